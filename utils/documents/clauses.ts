import type { Writer } from './layout';
import { BLANK, blank, formatDate, r, val } from './format';
import type { DocumentData, DocumentLanguage } from './schema';
import type { Run } from './wrap';

/** Shared wording of the declarations (DPR 445/2000), in Italian and German. */

/** Title block: title, legal reference, subject line. */
export function titleBlock(w: Writer, title: string, reference: string | null, subject: Run[] | null): void {
  w.paragraph([{ text: title, bold: true }], { size: 13, align: 'center', after: 2 });
  if (reference) w.paragraph([r(reference)], { size: 10, align: 'center', after: 4 });
  w.space(10);
  if (subject) w.paragraph(subject, { after: 10 });
}

/** The art. 76 awareness clause (and art. 75, loss of benefits). */
export function art76(lang: DocumentLanguage): Run[] {
  return lang === 'de'
    ? [r('im Bewusstsein der strafrechtlichen Folgen, die Art. 76 des D.P.R. vom 28. Dezember 2000, Nr. 445, für unwahre Erklärungen sowie für die Ausstellung oder den Gebrauch falscher Urkunden vorsieht, sowie des Verfalls der aufgrund unwahrer Erklärungen erlangten Begünstigungen (Art. 75 desselben Dekrets),')]
    : [r("consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 28 dicembre 2000, n. 445, per le ipotesi di falsità in atti e di dichiarazioni mendaci, nonché della decadenza dai benefici eventualmente conseguiti sulla base di dichiarazioni non veritiere (art. 75 del medesimo decreto),")];
}

/** A centred, bold verb: DICHIARA, DELEGA, CHIEDE ... */
export function verb(w: Writer, text: string): void {
  w.space(2);
  w.paragraph([{ text, bold: true }], { align: 'center', size: 11.5, after: 8 });
}

/** The two halves as checkboxes, ticked from `halves`. */
export function halvesList(w: Writer, halves: DocumentData['halves'], lang: DocumentLanguage): void {
  const first = halves === 'first' || halves === 'both';
  const second = halves === 'second' || halves === 'both';
  if (lang === 'de') {
    w.checkbox(first, [r('die '), { text: 'erste Hälfte', bold: true }, r(' der PIN- und PUK-Codes (mit der Empfangsbestätigung des Antrags auf Ausstellung der Karte ausgehändigt);')], { after: 3 });
    w.checkbox(second, [r('die '), { text: 'zweite Hälfte', bold: true }, r(' der PIN- und PUK-Codes (im Begleitschreiben enthalten, mit dem die Karte zugestellt wurde).')]);
  } else {
    w.checkbox(first, [r('la '), { text: 'prima metà', bold: true }, r(' dei codici PIN e PUK (consegnata con la ricevuta della richiesta della carta);')], { after: 3 });
    w.checkbox(second, [r('la '), { text: 'seconda metà', bold: true }, r(' dei codici PIN e PUK (contenuta nella lettera di accompagnamento con cui è stata recapitata la carta).')]);
  }
  w.space(6);
}

/** "Place, date" on the left and the signature line on the right. */
export function signatureBlock(w: Writer, data: DocumentData, lang: DocumentLanguage, signer: string): void {
  w.ensure(90);
  w.space(12);
  const date = formatDate(data.date, lang);
  const label = lang === 'de' ? 'Ort und Datum: ' : 'Luogo e data: ';
  w.paragraph([r(label), val(data.place, BLANK.medium), r(', '), val(date, BLANK.short)], { after: 0 });
  w.signatureLine(signer);
}

/** How the declaration was signed (art. 38): at the counter, or sent with a copy of an ID. */
export function art38Block(w: Writer, data: DocumentData, lang: DocumentLanguage, signerRole: string): void {
  w.ensure(110);
  w.space(8);
  w.rule(0.4);
  w.space(4);
  const de = lang === 'de';
  w.paragraph([{ text: de ? 'Art der Unterzeichnung (Art. 38 des D.P.R. Nr. 445/2000)' : 'Modalità di sottoscrizione (art. 38 del D.P.R. n. 445/2000)', bold: true }], { size: 9.5, after: 4 });
  const atCounter = data.signedAtCounter;
  const size = 9.5;
  if (atCounter !== false) {
    w.checkbox(atCounter === true, de
      ? [r(`Die Erklärung wurde in Anwesenheit des zuständigen Bediensteten unterzeichnet, nach Feststellung der Identität ${signerRole} mittels `), blank(BLANK.medium), r('. Der/Die Bedienstete: '), blank(BLANK.medium)]
      : [r(`Dichiarazione sottoscritta in presenza del dipendente addetto, previa identificazione ${signerRole} mediante `), blank(BLANK.medium), r('. Il dipendente addetto: '), blank(BLANK.medium)], { size, after: 3 });
  }
  if (atCounter !== true) {
    w.checkbox(atCounter === false, de
      ? [r(`Die Erklärung wurde unterzeichnet und zusammen mit einer nicht beglaubigten Kopie eines gültigen Ausweisdokuments ${signerRole} eingereicht: `), { text: 'Kopie des Ausweisdokuments beigelegt.', bold: true }]
      : [r(`Dichiarazione sottoscritta e presentata unitamente a copia fotostatica non autenticata di un documento d'identità in corso di validità ${signerRole}: `), { text: "allegata copia del documento d'identità.", bold: true }], { size, after: 3 });
  }
}

/** The privacy notice (GDPR art. 13), short. */
export function privacyNote(w: Writer, lang: DocumentLanguage): void {
  w.space(6);
  w.paragraph([r(lang === 'de'
    ? 'Datenschutzhinweis (Art. 13 der Verordnung (EU) 2016/679): Die personenbezogenen Daten werden von der Gemeinde als Verantwortlicher ausschließlich für das Verfahren zum Neudruck der PIN- und PUK-Codes verarbeitet und nicht an Dritte weitergegeben, außer in den gesetzlich vorgesehenen Fällen.'
    : "Informativa (art. 13 del Regolamento UE 2016/679): i dati personali sono trattati dal Comune, titolare del trattamento, esclusivamente per il procedimento di ristampa dei codici PIN e PUK e non sono comunicati a terzi, salvi i casi previsti dalla legge.")], { size: 8, after: 0 });
}
