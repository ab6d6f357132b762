import { halvesList, privacyNote, signatureBlock, titleBlock, verb } from '../clauses';
import { BLANK, idDocumentRuns, identityRuns, nameRuns, r, val } from '../format';
import type { Writer } from '../layout';
import type { DocumentData, DocumentLanguage } from '../schema';
import { comuneTitle } from '../letterhead';

/** Delega a terzi: the holder authorises another person to request the reprint. */
export function renderDelegaTerzi(w: Writer, data: DocumentData, lang: DocumentLanguage): void {
  const card = val(data.cardNumber, BLANK.short);
  const name = data.letterhead?.comuneName;
  const comune = val(name ? comuneTitle(name, lang) : undefined, BLANK.long);
  if (lang === 'de') {
    titleBlock(w, 'VOLLMACHT', 'für den Antrag auf Neudruck der PIN- und PUK-Codes der elektronischen Identitätskarte (EIK)', null);
    w.paragraph([r('Der/Die Unterfertigte (Vollmachtgeber/in) '), ...identityRuns(data.holder, lang), r(', Inhaber/in der elektronischen Identitätskarte Nr. '), card, r(',')]);
    verb(w, 'BEVOLLMÄCHTIGT');
    w.paragraph([r('Herrn/Frau (Bevollmächtigte/r) '), ...identityRuns(data.delegate, lang), r(',')]);
    w.paragraph([r('in seinem/ihrem Namen bei der '), comune, r(' den Antrag auf Neudruck der PIN- und PUK-Codes seiner/ihrer elektronischen Identitätskarte zu stellen, und zwar für:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('sowie die ausgestellten Unterlagen in verschlossenem Umschlag entgegenzunehmen.')]);
    w.paragraph([{ text: 'Anlagen:', bold: true }], { after: 3 });
    w.paragraph([r('1. nicht beglaubigte Kopie des Ausweisdokuments des Vollmachtgebers/der Vollmachtgeberin: '), ...idDocumentRuns(data.holder?.idDocument, lang), r(';')], { indent: 12, after: 3 });
    w.paragraph([r('2. vom Vollmachtgeber/von der Vollmachtgeberin unterzeichnete Ersatzerklärung über den Verlust der Codes.')], { indent: 12 });
    w.paragraph([r('Der/Die Bevollmächtigte '), ...nameRuns(data.delegate), r(' weist sich am Schalter mit folgendem gültigem Ausweisdokument aus: '), ...idDocumentRuns(data.delegate?.idDocument, lang), r('.')]);
    signatureBlock(w, data, lang, 'Unterschrift des Vollmachtgebers/der Vollmachtgeberin');
    w.signatureLine('Unterschrift des/der Bevollmächtigten zur Annahme');
  } else {
    titleBlock(w, 'DELEGA', 'per la richiesta di ristampa dei codici PIN e PUK della Carta di Identità Elettronica (CIE)', null);
    w.paragraph([r('Il/La sottoscritto/a (delegante) '), ...identityRuns(data.holder, lang), r(', titolare della Carta di Identità Elettronica n. '), card, r(',')]);
    verb(w, 'DELEGA');
    w.paragraph([r('il/la sig./sig.ra (delegato/a) '), ...identityRuns(data.delegate, lang), r(',')]);
    w.paragraph([r('a presentare in sua vece, presso il '), comune, r(', la richiesta di ristampa dei codici PIN e PUK della propria Carta di Identità Elettronica, relativamente a:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('e a ritirare quanto rilasciato in busta chiusa.')]);
    w.paragraph([{ text: 'Si allegano:', bold: true }], { after: 3 });
    w.paragraph([r("1. copia fotostatica non autenticata del documento d'identità del/della delegante: "), ...idDocumentRuns(data.holder?.idDocument, lang), r(';')], { indent: 12, after: 3 });
    w.paragraph([r('2. dichiarazione sostitutiva di smarrimento dei codici sottoscritta dal/dalla delegante.')], { indent: 12 });
    w.paragraph([r('Il/La delegato/a '), ...nameRuns(data.delegate), r(" esibisce allo sportello il proprio documento d'identità in corso di validità: "), ...idDocumentRuns(data.delegate?.idDocument, lang), r('.')]);
    signatureBlock(w, data, lang, 'Firma del/della delegante');
    w.signatureLine('Firma del/della delegato/a per accettazione');
  }
  privacyNote(w, lang);
}
