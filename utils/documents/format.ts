import type { IdDocument, Person } from './schema';
import type { DocumentLanguage } from './schema';
import type { Run } from './wrap';

/** Blank line lengths (in underscores) for what the citizen writes by hand. */
export const BLANK = { short: 12, medium: 22, long: 34 } as const;

/** A blank line to fill in by hand. */
export function blank(length: number): Run {
  return { text: '_'.repeat(length) };
}

/** The value in bold, or a blank line when it is missing. */
export function val(value: string | undefined, length: number = BLANK.medium): Run {
  return value ? { text: value, bold: true } : blank(length);
}

/** Plain text. */
export function r(text: string): Run {
  return { text };
}

/** `YYYY-MM-DD` as DD/MM/YYYY (it) or DD.MM.YYYY (de). */
export function formatDate(iso: string | undefined, lang: DocumentLanguage): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  return lang === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/** "Surname Given name", with a blank for a missing part. */
export function nameRuns(person: Person | undefined): Run[] {
  const { surname, givenName } = person ?? {};
  if (!surname && !givenName) return [blank(BLANK.long)];
  return [val(surname, BLANK.medium), r(' '), val(givenName, BLANK.medium)];
}

/** The identity of a person: name, birth, codice fiscale, residence. */
export function identityRuns(person: Person | undefined, lang: DocumentLanguage): Run[] {
  const p = person ?? {};
  const date = val(formatDate(p.birthDate, lang), BLANK.short);
  if (lang === 'de') {
    return [
      ...nameRuns(p),
      r(', geboren in '), val(p.birthPlace), r(' am '), date,
      r(', Steuernummer '), val(p.codiceFiscale, BLANK.medium),
      r(', wohnhaft in '), val(p.residence, BLANK.long),
    ];
  }
  return [
    ...nameRuns(p),
    r(', nato/a a '), val(p.birthPlace), r(' il '), date,
    r(', codice fiscale '), val(p.codiceFiscale, BLANK.medium),
    r(', residente in '), val(p.residence, BLANK.long),
  ];
}

/** An identity document: "Carta d'identità n. X, rilasciata da Y il Z". */
export function idDocumentRuns(doc: IdDocument | undefined, lang: DocumentLanguage): Run[] {
  const d = doc ?? {};
  const date = val(formatDate(d.issuedOn, lang), BLANK.short);
  if (lang === 'de') {
    return [
      val(d.type, BLANK.medium), r(' Nr. '), val(d.number, BLANK.short),
      r(', ausgestellt von '), val(d.issuedBy), r(' am '), date,
    ];
  }
  return [
    val(d.type, BLANK.medium), r(' n. '), val(d.number, BLANK.short),
    r(', rilasciato/a da '), val(d.issuedBy), r(' il '), date,
  ];
}
