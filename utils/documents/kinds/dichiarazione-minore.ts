import { art38Block, art76, halvesList, privacyNote, signatureBlock, titleBlock, verb } from '../clauses';
import { BLANK, identityRuns, r, val } from '../format';
import type { Writer } from '../layout';
import type { DocumentData, DocumentLanguage } from '../schema';
import type { Run } from '../wrap';

function roleRuns(role: DocumentData['guardianRole'], lang: DocumentLanguage): Run[] {
  if (lang === 'de') {
    if (role === 'parent') return [r('in der Eigenschaft als '), { text: 'Elternteil mit elterlicher Verantwortung', bold: true }];
    if (role === 'guardian') return [r('in der Eigenschaft als '), { text: 'Vormund', bold: true }];
    return [r('in der Eigenschaft als Elternteil mit elterlicher Verantwortung / Vormund (Nichtzutreffendes streichen)')];
  }
  if (role === 'parent') return [r('in qualità di '), { text: 'genitore esercente la responsabilità genitoriale', bold: true }];
  if (role === 'guardian') return [r('in qualità di '), { text: 'tutore', bold: true }];
  return [r('in qualità di genitore esercente la responsabilità genitoriale / tutore (cancellare la voce che non interessa)')];
}

/** Declaration of a parent or guardian for a minor's card. */
export function renderDichiarazioneMinore(w: Writer, data: DocumentData, lang: DocumentLanguage): void {
  const card = val(data.cardNumber, BLANK.short);
  const guardianDecree = data.guardianRole !== 'parent';
  if (lang === 'de') {
    titleBlock(w, 'ERSATZERKLÄRUNG DES NOTORIETÄTSAKTES', '(Art. 47 des D.P.R. vom 28. Dezember 2000, Nr. 445)', [
      { text: 'Betreff: ', bold: true },
      r('Verlust der PIN- und PUK-Codes der elektronischen Identitätskarte (EIK) eines/einer Minderjährigen'),
    ]);
    w.paragraph([r('Der/Die Unterfertigte '), ...identityRuns(data.guardian, lang), r(', '), ...roleRuns(data.guardianRole, lang), r(' des/der Minderjährigen '), ...identityRuns(data.holder, lang), r(',')]);
    w.paragraph(art76(lang));
    verb(w, 'ERKLÄRT');
    w.paragraph([r('dass der/die Minderjährige Inhaber/in der elektronischen Identitätskarte Nr. '), card, r(' ist und dass folgende zugehörige Sicherheitscodes verloren gegangen sind:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('Er/Sie ersucht daher im Namen und für Rechnung des/der Minderjährigen um den Neudruck der oben angegebenen Codes.')]);
    if (guardianDecree) w.paragraph([r('Der Vormund legt eine Kopie der Bestellungsmaßnahme bei.')]);
    signatureBlock(w, data, lang, 'Der Elternteil / Der Vormund');
    art38Block(w, data, lang, 'des/der Erklärenden');
  } else {
    titleBlock(w, "DICHIARAZIONE SOSTITUTIVA DELL'ATTO DI NOTORIETÀ", '(art. 47 del D.P.R. 28 dicembre 2000, n. 445)', [
      { text: 'Oggetto: ', bold: true },
      r('smarrimento dei codici PIN e PUK della Carta di Identità Elettronica (CIE) di un/una minore'),
    ]);
    w.paragraph([r('Il/La sottoscritto/a '), ...identityRuns(data.guardian, lang), r(', '), ...roleRuns(data.guardianRole, lang), r(' del/della minore '), ...identityRuns(data.holder, lang), r(',')]);
    w.paragraph(art76(lang));
    verb(w, 'DICHIARA');
    w.paragraph([r('che il/la minore è titolare della Carta di Identità Elettronica n. '), card, r(' e che sono stati smarriti i seguenti codici di sicurezza ad essa associati:')]);
    halvesList(w, data.halves, lang);
    w.paragraph([r('Chiede pertanto, in nome e per conto del/della minore, la ristampa dei codici sopra indicati.')]);
    if (guardianDecree) w.paragraph([r('Il tutore allega copia del provvedimento di nomina.')]);
    signatureBlock(w, data, lang, 'Il genitore / Il tutore');
    art38Block(w, data, lang, 'del/della dichiarante');
  }
  privacyNote(w, lang);
}
