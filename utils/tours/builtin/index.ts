import type { z } from 'zod';
import type { Tour, TourStep } from '../schema';
import { checklist, codiceFiscale, delegaUpload, emailEmpty, emailGiven, halves, heading, numeroCarta, submit } from './steps';

type StepInput = z.input<typeof TourStep>;

const minorParent: StepInput = {
  id: 'minor-parent',
  target: 'checklist',
  title: { it: 'Chi chiede per un minore', en: 'Who asks for a minor', de: 'Wer für Minderjährige beantragt' },
  body: {
    it: 'Per un minore la richiesta la fa un genitore o il tutore: identificarlo e scegliere «Genitore o tutore di un minore» nella lista di controllo.',
    en: 'For a minor, a parent or guardian makes the request: identify them and choose "Parent or guardian of a minor" in the checklist.',
    de: 'Für Minderjährige stellt ein Elternteil oder der Vormund den Antrag: die Person identifizieren und in der Checkliste „Elternteil oder Vormund“ wählen.',
  },
};

const minorCode: StepInput = {
  ...codiceFiscale,
  id: 'minor-codice-fiscale',
  body: {
    it: 'Qui va il codice fiscale del minore, titolare della carta, non quello del genitore. Sportello CIE segnala quando il titolare risulta minorenne.',
    en: "Here goes the minor's codice fiscale (the card holder), not the parent's. Sportello CIE points out when the holder is under age.",
    de: 'Hier gehört die Steuernummer des Kindes (Karteninhaber) hin, nicht die des Elternteils. Sportello CIE weist darauf hin, wenn der Inhaber minderjährig ist.',
  },
};

const delegateDocuments: StepInput = {
  id: 'delegate-documents',
  target: 'checklist',
  title: { it: 'Il delegato', en: 'The delegate', de: 'Der Bevollmächtigte' },
  body: {
    it: "Il delegato porta la delega firmata dal titolare, la copia del documento del titolare e il proprio documento valido. Controllarli prima di procedere.",
    en: "The delegate brings the delega signed by the holder, a copy of the holder's ID and their own valid ID. Check them before going on.",
    de: 'Der Bevollmächtigte bringt die vom Inhaber unterschriebene Vollmacht, eine Kopie von dessen Ausweis und den eigenen gültigen Ausweis. Vor dem Weitermachen prüfen.',
  },
};

const delegateCode: StepInput = {
  ...codiceFiscale,
  id: 'delegate-codice-fiscale',
  body: {
    it: 'Il codice fiscale è quello del titolare della carta, non del delegato.',
    en: "The codice fiscale is the card holder's, not the delegate's.",
    de: 'Die Steuernummer ist die des Karteninhabers, nicht die des Bevollmächtigten.',
  },
};

const t3 = (it: string, en: string, de: string) => ({ it, en, de });

const RAW: z.input<typeof Tour>[] = [
  {
    id: 'holder-email',
    title: t3('Titolare con e-mail', 'Holder with e-mail', 'Inhaber mit E-Mail'),
    steps: [heading, codiceFiscale, numeroCarta, halves, emailGiven, submit, checklist],
  },
  {
    id: 'no-email-delega',
    title: t3('Senza e-mail, con delega', 'No e-mail, with delega', 'Ohne E-Mail, mit Vollmacht'),
    steps: [heading, codiceFiscale, numeroCarta, halves, emailEmpty, delegaUpload, submit, checklist],
  },
  {
    id: 'minor',
    title: t3('Titolare minorenne', 'Minor holder', 'Minderjähriger Inhaber'),
    steps: [heading, minorParent, minorCode, numeroCarta, halves, emailGiven, submit],
  },
  {
    id: 'delegate',
    title: t3('Richiesta tramite delegato', 'Request through a delegate', 'Antrag durch Bevollmächtigte'),
    steps: [heading, delegateDocuments, delegateCode, numeroCarta, halves, emailGiven, submit, checklist],
  },
];

/**
 * The tours shipped with the extension. Trusted bundled data, so no zod at run time (the
 * content script carries none): a unit test checks Tour.parse gives back exactly these.
 */
export const BUILTIN_TOURS: readonly Tour[] = RAW;
