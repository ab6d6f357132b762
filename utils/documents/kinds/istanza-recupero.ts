import { art76, halvesList, privacyNote, signatureBlock, titleBlock, verb } from '../clauses';
import { BLANK, identityRuns, r, val } from '../format';
import type { Writer } from '../layout';
import type { DocumentData, DocumentLanguage } from '../schema';
import { comuneTitle } from '../letterhead';

/** The addressee, top right: "Al Comune di X / Ufficio Y". */
function addressee(w: Writer, data: DocumentData, lang: DocumentLanguage): void {
  const name = data.letterhead?.comuneName;
  const office = data.letterhead?.officeName;
  const de = lang === 'de';
  const comune = name ? comuneTitle(name, lang) : undefined;
  w.paragraph([r(de ? 'An die ' : 'Al '), val(comune, BLANK.medium)], { align: 'right', after: 0 });
  w.paragraph([val(office ?? (de ? 'Meldeamt' : 'Ufficio Anagrafe'), BLANK.medium)], { align: 'right', after: 16 });
}

/** Istanza di recupero: the request sent by e-mail, for comuni that accept it. */
export function renderIstanzaRecupero(w: Writer, data: DocumentData, lang: DocumentLanguage): void {
  const card = val(data.cardNumber, BLANK.short);
  const email = val(data.email, BLANK.long);
  const phone = val(data.phone, BLANK.medium);
  addressee(w, data, lang);
  if (lang === 'de') {
    titleBlock(w, 'ANTRAG AUF WIEDERERLANGUNG DER PIN- UND PUK-CODES DER ELEKTRONISCHEN IDENTITÄTSKARTE (EIK)', null, null);
    w.paragraph([r('Der/Die Unterfertigte '), ...identityRuns(data.holder, lang), r(', Telefon '), phone, r(', Inhaber/in der elektronischen Identitätskarte Nr. '), card, r(',')]);
    verb(w, 'ERSUCHT');
    w.paragraph([r('um die Wiedererlangung folgender Sicherheitscodes seiner/ihrer Karte:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('und um deren Übermittlung an folgende gewöhnliche E-Mail-Adresse (keine PEC-Adresse): '), email, r('.')]);
    w.paragraph([r('Er/Sie nimmt zur Kenntnis, dass die erste Hälfte der Codes von der Gemeinde und die zweite Hälfte direkt vom Innenministerium übermittelt wird.')]);
    w.paragraph([r('Zu diesem Zweck, '), ...art76(lang)]);
    verb(w, 'ERKLÄRT');
    w.paragraph([r('gemäß Art. 47 des D.P.R. Nr. 445/2000, die oben angegebenen Codes verloren zu haben.')]);
    w.paragraph([{ text: 'Anlage: ', bold: true }, r('Kopie der Vorder- und Rückseite der eigenen elektronischen Identitätskarte.')]);
    signatureBlock(w, data, lang, 'Der Antragsteller / Die Antragstellerin');
  } else {
    titleBlock(w, 'ISTANZA DI RECUPERO DEI CODICI PIN E PUK DELLA CARTA DI IDENTITÀ ELETTRONICA (CIE)', null, null);
    w.paragraph([r('Il/La sottoscritto/a '), ...identityRuns(data.holder, lang), r(', telefono '), phone, r(', titolare della Carta di Identità Elettronica n. '), card, r(',')]);
    verb(w, 'CHIEDE');
    w.paragraph([r('il recupero dei seguenti codici di sicurezza associati alla propria carta:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r("e che gli/le siano inviati al seguente indirizzo di posta elettronica ordinaria (non PEC): "), email, r('.')]);
    w.paragraph([r("Prende atto che la prima metà dei codici è inviata dal Comune e la seconda metà direttamente dal Ministero dell'Interno.")]);
    w.paragraph([r('A tal fine, '), ...art76(lang)]);
    verb(w, 'DICHIARA');
    w.paragraph([r("ai sensi dell'art. 47 del D.P.R. n. 445/2000, di aver smarrito i codici sopra indicati.")]);
    w.paragraph([{ text: 'Allega: ', bold: true }, r("copia fotostatica fronte/retro della propria Carta di Identità Elettronica.")]);
    signatureBlock(w, data, lang, 'Il/La richiedente');
  }
  privacyNote(w, lang);
}
