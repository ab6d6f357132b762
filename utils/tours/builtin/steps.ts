import type { z } from 'zod';
import type { TourStep } from '../schema';

type StepInput = z.input<typeof TourStep>;

// The steps the built-in tours share. Plain data: a trainer's file uses the same shape.
export const heading: StepInput = {
  id: 'heading',
  target: 'heading',
  title: { it: 'La pagina Ristampa PIN/PUK', en: 'The PIN/PUK reprint page', de: 'Die Seite PIN/PUK-Nachdruck' },
  body: {
    it: 'Da qui si chiede la ristampa dei codici PIN e PUK della CIE. Prima di compilare, identificare il cittadino con un documento valido.',
    en: 'This is where you request a reprint of the CIE PIN and PUK codes. Before filling it in, identify the citizen with a valid ID.',
    de: 'Hier wird der Nachdruck von PIN und PUK der CIE beantragt. Vor dem Ausfüllen die Person mit einem gültigen Ausweis identifizieren.',
  },
};

export const codiceFiscale: StepInput = {
  id: 'codice-fiscale',
  target: 'codiceFiscale',
  title: { it: 'Codice fiscale del titolare', en: "Holder's codice fiscale", de: 'Steuernummer (codice fiscale) des Inhabers' },
  body: {
    it: 'Scrivere il codice fiscale del titolare della carta. Sportello CIE controlla il carattere di controllo e mostra data, sesso e luogo di nascita: confrontarli con il documento.',
    en: "Type the card holder's codice fiscale. Sportello CIE checks the check character and shows birth date, sex and place: compare them with the ID.",
    de: 'Die Steuernummer des Karteninhabers eingeben. Sportello CIE prüft das Kontrollzeichen und zeigt Geburtsdatum, Geschlecht und Geburtsort: mit dem Ausweis vergleichen.',
  },
};

export const numeroCarta: StepInput = {
  id: 'numero-carta',
  target: 'numeroCarta',
  title: { it: 'Numero della carta', en: 'Card number', de: 'Kartennummer' },
  body: {
    it: 'Il numero unico nazionale è in alto a destra sul fronte della CIE (ad esempio CA00000AA). Non è il CAN a 6 cifre.',
    en: 'The national card number is at the top right of the CIE front (for example CA00000AA). It is not the 6-digit CAN.',
    de: 'Die nationale Kartennummer steht oben rechts auf der Vorderseite der CIE (zum Beispiel CA00000AA). Sie ist nicht die 6-stellige CAN.',
  },
};

export const halves: StepInput = {
  id: 'halves',
  target: 'halves',
  title: { it: 'Quali metà ristampare', en: 'Which halves to reprint', de: 'Welche Hälften nachdrucken' },
  body: {
    it: 'Scegliere la metà smarrita: la prima (stampata allo sportello), la seconda (per e-mail o con la delega) o entrambe.',
    en: 'Choose the lost half: the first (printed at the counter), the second (by e-mail or with the delega) or both.',
    de: 'Die verlorene Hälfte wählen: die erste (am Schalter gedruckt), die zweite (per E-Mail oder mit Vollmacht) oder beide.',
  },
};

export const emailGiven: StepInput = {
  id: 'email',
  target: 'email',
  title: { it: "L'indirizzo e-mail", en: 'The e-mail address', de: 'Die E-Mail-Adresse' },
  body: {
    it: 'La seconda metà arriva per e-mail da no-reply@cie.interno.gov.it. Gli indirizzi PEC non sono accettati: Sportello CIE avvisa se ne riconosce uno.',
    en: 'The second half arrives by e-mail from no-reply@cie.interno.gov.it. PEC addresses are not accepted: Sportello CIE warns when it spots one.',
    de: 'Die zweite Hälfte kommt per E-Mail von no-reply@cie.interno.gov.it. PEC-Adressen werden nicht angenommen: Sportello CIE warnt, wenn es eine erkennt.',
  },
};

export const emailEmpty: StepInput = {
  id: 'email-empty',
  target: 'email',
  title: { it: 'Nessun indirizzo e-mail', en: 'No e-mail address', de: 'Keine E-Mail-Adresse' },
  body: {
    it: 'Se il cittadino non ha un indirizzo e-mail (non PEC), lasciare il campo vuoto: il portale chiede allora la delega firmata.',
    en: 'If the citizen has no (non-PEC) e-mail address, leave the field empty: the portal then asks for the signed delega.',
    de: 'Hat die Person keine (Nicht-PEC-)E-Mail-Adresse, das Feld leer lassen: das Portal verlangt dann die unterschriebene Vollmacht (delega).',
  },
};

export const delegaUpload: StepInput = {
  id: 'delega-upload',
  target: 'delegaUpload',
  title: { it: 'Caricare la delega firmata', en: 'Upload the signed delega', de: 'Die unterschriebene Vollmacht hochladen' },
  body: {
    it: 'Stampare la delega, farla firmare al cittadino, scansionarla e caricarla qui. Poi si stampano entrambe le metà.',
    en: 'Print the delega, have the citizen sign it, scan it and upload it here. Both halves are then printed.',
    de: 'Die Vollmacht drucken, von der Person unterschreiben lassen, einscannen und hier hochladen. Danach werden beide Hälften gedruckt.',
  },
};

export const submit: StepInput = {
  id: 'sign',
  target: 'submit',
  title: { it: 'Firma e invio', en: 'Sign and send', de: 'Signieren und senden' },
  body: {
    it: 'La richiesta si firma con la Smart Card Operatore. Non annotare e non conservare mai i codici PIN e PUK.',
    en: 'The request is signed with the operator smart card. Never write down or keep the PIN and PUK codes.',
    de: 'Der Antrag wird mit der Smartcard des Bediensteten signiert. PIN und PUK nie notieren oder aufbewahren.',
  },
};

export const checklist: StepInput = {
  id: 'checklist',
  target: 'checklist',
  title: { it: 'La lista di controllo', en: 'The checklist', de: 'Die Checkliste' },
  body: {
    it: 'Spuntare i passi del caso, stampare la dichiarazione sostitutiva di smarrimento e segnare la richiesta come completata: così viene contata.',
    en: 'Tick the steps of the case, print the self-declaration of loss and mark the request as completed: that is how it is counted.',
    de: 'Die Schritte des Falls abhaken, die Verlusterklärung drucken und den Antrag als erledigt markieren: so wird er gezählt.',
  },
};
