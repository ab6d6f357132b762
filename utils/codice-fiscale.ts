import { ageOn, daysInMonth, fromIsoDate, isoDate, partsOf, resolveBirthDate, type DateParts } from './codice-fiscale/birth-date';
import { placeValidOn, type BirthPlace, type PlaceLookup } from './codice-fiscale/place';
import { checkCharacter, DIGIT, MONTH, OMOCODE_POSITIONS, PLACE_LETTER } from './codice-fiscale/tables';

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
 * Checks and decodes an Italian codice fiscale (persone fisiche): structure, month letter,
 * real calendar date (leap years), female day +40, Belfiore position rules, omocodia, check
 * character. Lower case, spaces and hyphens are accepted. Never throws.
 */
export function parseCodiceFiscale(input: string, options: CodiceFiscaleOptions = {}): CodiceFiscaleResult {
  if (typeof input !== 'string') return invalid('empty');
  const code = normalise(input);
  if (code === null) return invalid('invalid-characters');
  if (code === '') return invalid('empty');
  if (code.length === 11 && /^\d{11}$/.test(code)) return invalid('numeric-code');
  if (code.length < 16) return invalid('too-short');
  if (code.length > 16) return invalid('too-long');

  for (let i = 0; i < 6; i++) if (!isLetter(code.charCodeAt(i))) return invalid('name-letters');
  const y1 = DIGIT[code.charCodeAt(6)]!;
  const y2 = DIGIT[code.charCodeAt(7)]!;
  if (y1 < 0 || y2 < 0) return invalid('year');
  const month = MONTH[code.charCodeAt(8)]!;
  if (month < 0) return invalid('month');
  const d1 = DIGIT[code.charCodeAt(9)]!;
  const d2 = DIGIT[code.charCodeAt(10)]!;
  const dd = d1 * 10 + d2;
  if (d1 < 0 || d2 < 0 || dd < 1 || (dd > 31 && dd < 41) || dd > 71) return invalid('day');
  if (PLACE_LETTER[code.charCodeAt(11)]! < 0) return invalid('place-letter');
  const p1 = DIGIT[code.charCodeAt(12)]!;
  const p2 = DIGIT[code.charCodeAt(13)]!;
  const p3 = DIGIT[code.charCodeAt(14)]!;
  if (p1 < 0 || p2 < 0 || p3 < 0 || p1 + p2 + p3 === 0) return invalid('place-number');

  const yy = y1 * 10 + y2;
  const day = dd > 40 ? dd - 40 : dd;
  // A real calendar date in one of the two centuries; today (a clock read) only for valid codes.
  if (day > daysInMonth(2000 + yy, month) && day > daysInMonth(1900 + yy, month)) return invalid('impossible-date');
  if (checkCharacter(code) !== code[15]) return invalid('check-character');
  const resolved = resolveBirthDate(yy, month, day, options.today ? partsOf(options.today) : todayParts());
  if (!resolved) return invalid('impossible-date');

  const warnings: CodiceFiscaleWarning[] = [];
  if (resolved.ambiguous) warnings.push('century-ambiguous');
  const omocode = omocodeState(code);
  if (omocode === 'irregular') warnings.push('omocode-pattern');
  const belfiore = code[11]! + p1 + p2 + p3;
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

/**
 * Upper case without spaces and hyphens, in one pass; null when another character appears.
 * What the operator usually types is already clean and is returned as is (no allocation).
 */
function normalise(input: string): string | null {
  let clean = true;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if ((c >= 97 && c <= 122) || c === 32 || c === 45 || (c >= 9 && c <= 13)) clean = false;
    else if (!/\s/.test(input[i]!)) return null;
    else clean = false;
  }
  return clean ? input : input.replace(/[\s-]+/g, '').toUpperCase();
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
function omocodeState(code: string): 'none' | 'regular' | 'irregular' {
  let seenDigit = false;
  let letters = 0;
  for (const position of OMOCODE_POSITIONS) {
    if (isLetter(code.charCodeAt(position))) {
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
