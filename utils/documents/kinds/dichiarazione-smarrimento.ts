import { art38Block, art76, halvesList, privacyNote, signatureBlock, titleBlock, verb } from '../clauses';
import { identityRuns, r, val, BLANK } from '../format';
import type { Writer } from '../layout';
import type { DocumentData, DocumentLanguage } from '../schema';

/** Dichiarazione sostitutiva di smarrimento dei codici PIN/PUK (DPR 445/2000 art. 47). */
export function renderDichiarazioneSmarrimento(w: Writer, data: DocumentData, lang: DocumentLanguage): void {
  const card = val(data.cardNumber, BLANK.short);
  if (lang === 'de') {
    titleBlock(w, 'ERSATZERKLÄRUNG DES NOTORIETÄTSAKTES', '(Art. 47 des D.P.R. vom 28. Dezember 2000, Nr. 445)', [
      { text: 'Betreff: ', bold: true },
      r('Verlust der PIN- und PUK-Codes der elektronischen Identitätskarte (EIK)'),
    ]);
    w.paragraph([r('Der/Die Unterfertigte '), ...identityRuns(data.holder, lang), r(',')]);
    w.paragraph(art76(lang));
    verb(w, 'ERKLÄRT');
    w.paragraph([r('Inhaber/in der elektronischen Identitätskarte Nr. '), card, r(' zu sein und folgende zugehörige Sicherheitscodes verloren zu haben:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('Er/Sie ersucht daher um den Neudruck der oben angegebenen Codes und nimmt zur Kenntnis, dass die Codes streng persönlich sind und sorgfältig aufbewahrt werden müssen.')]);
    signatureBlock(w, data, lang, 'Der/Die Erklärende');
    art38Block(w, data, lang, 'des/der Erklärenden');
  } else {
    titleBlock(w, "DICHIARAZIONE SOSTITUTIVA DELL'ATTO DI NOTORIETÀ", '(art. 47 del D.P.R. 28 dicembre 2000, n. 445)', [
      { text: 'Oggetto: ', bold: true },
      r('smarrimento dei codici PIN e PUK della Carta di Identità Elettronica (CIE)'),
    ]);
    w.paragraph([r('Il/La sottoscritto/a '), ...identityRuns(data.holder, lang), r(',')]);
    w.paragraph(art76(lang));
    verb(w, 'DICHIARA');
    w.paragraph([r('di essere titolare della Carta di Identità Elettronica n. '), card, r(' e di aver smarrito i seguenti codici di sicurezza ad essa associati:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('Chiede pertanto la ristampa dei codici sopra indicati e prende atto che i codici sono strettamente personali e devono essere custoditi con cura.')]);
    signatureBlock(w, data, lang, 'Il/La dichiarante');
    art38Block(w, data, lang, 'del/della dichiarante');
  }
  privacyNote(w, lang);
}
