import { ageOn, fromIsoDate, isoDate, partsOf, resolveBirthDate, type DateParts } from './codice-fiscale/birth-date';
import { placeValidOn, type BirthPlace, type PlaceLookup } from './codice-fiscale/place';
import { CHARS, scan, scannedAsTyped } from './codice-fiscale/scan';
import { DIGIT, MONTH, OMOCODE_POSITIONS } from './codice-fiscale/tables';

export type { BirthPlace, PlaceLookup } from './codice-fiscale/place';

/** Why a codice fiscale is rejected: stable codes, each with a message in the locales. */
export const CF_REASONS = [
  'empty',
  'invalid-characters',
  'numeric-code',
  'too-short',
  'too-long',
  'name-letters',
  'year',
  'month',
  'day',
  'place-letter',
  'place-number',
  'impossible-date',
  'check-character',
] as const;
export type CodiceFiscaleReason = (typeof CF_REASONS)[number];

/** What a valid code still asks the operator to look at. */
export const CF_WARNINGS = ['century-ambiguous', 'omocode-pattern', 'place-unknown', 'place-not-valid-on-date'] as const;
export type CodiceFiscaleWarning = (typeof CF_WARNINGS)[number];

export interface CodiceFiscaleValid {
  valid: true;
  /** The code, upper case, without spaces (omocodia letters kept as typed). */
  code: string;
  /** YYYY-MM-DD, century chosen as the latest date not in the future. */
  birthDate: string;
  sex: 'M' | 'F';
  /** The Belfiore code with omocodia letters decoded back to digits, e.g. "H501". */
  belfiore: string;
  omocode: boolean;
  /** Filled when a place lookup was given and knew the code. */
  place?: BirthPlace;
  warnings: CodiceFiscaleWarning[];
}
export interface CodiceFiscaleInvalid {
  valid: false;
  reason: CodiceFiscaleReason;
}
export type CodiceFiscaleResult = CodiceFiscaleValid | CodiceFiscaleInvalid;

export interface CodiceFiscaleOptions {
  /** The day to judge dates against (default: now). */
  today?: Date;
  /** Synchronous Belfiore lookup; without it `place` stays empty and no place warning is given. */
  lookupPlace?: PlaceLookup;
}

const invalid = (reason: CodiceFiscaleReason): CodiceFiscaleInvalid => ({ valid: false, reason });
const isLetter = (c: number): boolean => c >= 65 && c <= 90;

/**
 * True when `parseCodiceFiscale(input).valid` would be, without decoding anything: for checks
 * that only need a yes or no (a pasted list, a document's data). Never throws, reads no clock.
 */
export function isValidCodiceFiscale(input: string): boolean {
  return typeof input === 'string' && scan(input) === null;
}

/**
 * Checks and decodes an Italian codice fiscale (persone fisiche): structure, month letter,
 * real calendar date (leap years), female day +40, Belfiore position rules, omocodia, check
 * character. Lower case, spaces and hyphens are accepted. Never throws.
 */
export function parseCodiceFiscale(input: string, options: CodiceFiscaleOptions = {}): CodiceFiscaleResult {
  if (typeof input !== 'string') return invalid('empty');
  const reason = scan(input);
  if (reason !== null) return invalid(reason);
  // scan() left the code's character codes, upper case, in CHARS.
  const code = scannedAsTyped ? input : String.fromCharCode(...CHARS);
  const yy = DIGIT[CHARS[6]!]! * 10 + DIGIT[CHARS[7]!]!;
  const month = MONTH[CHARS[8]!]!;
  const dd = DIGIT[CHARS[9]!]! * 10 + DIGIT[CHARS[10]!]!;
  const day = dd > 40 ? dd - 40 : dd;
  const resolved = resolveBirthDate(yy, month, day, options.today ? partsOf(options.today) : todayParts());
  if (!resolved) return invalid('impossible-date'); // only before 29/02/2000, for a given `today`

  const warnings: CodiceFiscaleWarning[] = [];
  if (resolved.ambiguous) warnings.push('century-ambiguous');
  const omocode = omocodeState();
  if (omocode === 'irregular') warnings.push('omocode-pattern');
  // Omocodia letters back to digits: H50M -> H501.
  const belfiore = String.fromCharCode(CHARS[11]!, 48 + DIGIT[CHARS[12]!]!, 48 + DIGIT[CHARS[13]!]!, 48 + DIGIT[CHARS[14]!]!);
  const birthDate = isoDate(resolved.date);
  const result: CodiceFiscaleValid = {
    valid: true,
    code,
    birthDate,
    sex: dd > 40 ? 'F' : 'M',
    belfiore,
    omocode: omocode !== 'none',
    warnings,
  };
  const place = safeLookup(options.lookupPlace, belfiore);
  if (place === null) warnings.push('place-unknown');
  else if (place) {
    result.place = place;
    if (!placeValidOn(place, birthDate)) warnings.push('place-not-valid-on-date');
  }
  return result;
}

// Today's date changes once a day: recompute it only after local midnight.
let cachedToday: DateParts | undefined;
let cachedUntil = 0;
function todayParts(): DateParts {
  const now = Date.now();
  if (!cachedToday || now >= cachedUntil) {
    const date = new Date(now);
    cachedToday = partsOf(date);
    cachedUntil = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }
  return cachedToday;
}

/**
 * The Agenzia replaces digits right to left (15, 14, 13, 11, 10, 8, 7), so a letter with a
 * digit to its right in that order is unusual: a typo is more likely than a real omocode.
 */
function omocodeState(): 'none' | 'regular' | 'irregular' {
  let seenDigit = false;
  let letters = 0;
  for (const position of OMOCODE_POSITIONS) {
    if (isLetter(CHARS[position]!)) {
      letters++;
      if (seenDigit) return 'irregular';
    } else seenDigit = true;
  }
  return letters === 0 ? 'none' : 'regular';
}

function safeLookup(lookup: PlaceLookup | undefined, belfiore: string): BirthPlace | null | undefined {
  try {
    return lookup?.(belfiore);
  } catch {
    return undefined; // a broken lookup means "no place data", never a broken check
  }
}

/** Completed years on `today` (default now) for a YYYY-MM-DD birth date: minors need a parent. */
export function ageFromBirthDate(birthDate: string, today: Date = new Date()): number {
  return ageOn(fromIsoDate(birthDate), partsOf(today));
}

export { codiceFiscaleMessage, codiceFiscaleDecoded, displayDate } from './codice-fiscale/messages';
export { holderLetters, holderMismatches, type HolderMismatch } from './codice-fiscale/holder';
