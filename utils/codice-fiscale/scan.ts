import type { CodiceFiscaleReason } from '../codice-fiscale';
import { daysInMonth } from './birth-date';
import { DIGIT, EVEN_VALUE, MONTH, MONTH_LETTERS, ODD_VALUE, OMOCODE_LETTERS, PLACE_LETTERS } from './tables';

/**
 * Reads a codice fiscale once, character by character, and says what is wrong with it, if
 * anything. It allocates nothing and reads no clock: charCodeAt is the cost that matters, so
 * a code typed as printed (16 characters, upper case) takes one fused loop, and only other
 * input (lower case, spaces, wrong length, stray characters) takes the path that explains.
 */

/** The 16 character codes, upper case, of the last code scan() accepted as well formed. */
export const CHARS = new Uint8Array(16);
/** Whether that input was already exactly the code (no case or spaces to fix). */
export let scannedAsTyped = false;

/** Why `input` is not a valid codice fiscale, or null (CHARS then holds the code). */
export function scan(input: string): CodiceFiscaleReason | null {
  if (input.length === 16) {
    const sum = readAsPrinted(input);
    scannedAsTyped = sum >= 0;
    if (scannedAsTyped) return checkNumbers(sum);
    // Typed as printed but wrong somewhere: CHARS already holds it, find which position.
    if (sum === MISFIT && upperAlnumOnly()) {
      scannedAsTyped = true;
      return checkPositions();
    }
  } else scannedAsTyped = false;
  return normaliseInto(input) ?? checkPositions();
}

/** CHARS holds only upper-case letters and digits (no case or spaces to fix first). */
function upperAlnumOnly(): boolean {
  for (let i = 0; i < 16; i++) {
    const c = CHARS[i]!;
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

// For each of the 16 positions and each ASCII code: 0 when the character may not stand there,
// else 1 + what it adds to the check character's sum (the 16th adds nothing). One table read
// per character both checks the shape and sums.
const AT = new Uint8Array(16 * 128);
const allow = (positions: number[], chars: string): void => {
  for (const p of positions) {
    for (const char of chars) {
      const c = char.charCodeAt(0);
      AT[p * 128 + c] = 1 + (p === 15 ? 0 : p % 2 === 0 ? ODD_VALUE[c]! : EVEN_VALUE[c]!);
    }
  }
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
allow([0, 1, 2, 3, 4, 5, 15], LETTERS);
allow([6, 7, 9, 10, 12, 13, 14], '0123456789' + OMOCODE_LETTERS);
allow([8], MONTH_LETTERS);
allow([11], PLACE_LETTERS);

/** What readAsPrinted() returns for an ASCII character where it may not stand. */
const MISFIT = -1;
/** ... and for a character outside ASCII anywhere. */
const NOT_ASCII = -2;

/**
 * The check sum of a 16-character code in its printed shape, or MISFIT or NOT_ASCII. CHARS
 * then holds the characters; for NOT_ASCII only their low byte (a byte array), so nothing
 * may read them.
 */
function readAsPrinted(input: string): number {
  let sum = 0;
  let misfit = 0; // becomes negative at a character not allowed where it stands
  let seen = 0; // every code OR-ed: above 127 means a character outside ASCII
  for (let i = 0; i < 16; i++) {
    const c = input.charCodeAt(i);
    const value = AT[(i << 7) | (c & 127)]! - 1;
    seen |= c;
    misfit |= value;
    sum += value;
    CHARS[i] = c;
  }
  if (seen > 127) return NOT_ASCII;
  return misfit >= 0 ? sum : MISFIT;
}

/** Upper-cases into CHARS, skipping spaces and hyphens; a reason when that gives no 16-character code. */
function normaliseInto(input: string): CodiceFiscaleReason | null {
  let length = 0;
  let digits = 0;
  for (let i = 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) c -= 32;
    else if (c < 65 || c > 90) {
      if (!isSeparator(c, input, i)) return 'invalid-characters';
      continue;
    }
    if (length < 16) CHARS[length] = c;
    length++;
  }
  if (length === 0) return 'empty';
  if (length === 11 && digits === 11) return 'numeric-code';
  if (length < 16) return 'too-short';
  if (length > 16) return 'too-long';
  return null;
}

/** The first position of CHARS (16 letters and digits) that breaks the rules, in reading order. */
function checkPositions(): CodiceFiscaleReason | null {
  for (let i = 0; i < 6; i++) if (!AT[(i << 7) | CHARS[i]!]) return 'name-letters';
  if (DIGIT[CHARS[6]!]! < 0 || DIGIT[CHARS[7]!]! < 0) return 'year';
  if (MONTH[CHARS[8]!]! < 0) return 'month';
  if (DIGIT[CHARS[9]!]! < 0 || DIGIT[CHARS[10]!]! < 0 || !validDayNumber()) return 'day';
  if (!AT[(11 << 7) | CHARS[11]!]) return 'place-letter';
  if (DIGIT[CHARS[12]!]! < 0 || DIGIT[CHARS[13]!]! < 0 || DIGIT[CHARS[14]!]! < 0) return 'place-number';
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += AT[(i << 7) | CHARS[i]!]! - 1;
  return checkNumbers(sum);
}

const dayNumber = (): number => DIGIT[CHARS[9]!]! * 10 + DIGIT[CHARS[10]!]!;
/** 1-31 for men, 41-71 for women (day + 40). */
const validDayNumber = (): boolean => {
  const dd = dayNumber();
  return dd >= 1 && dd <= 71 && (dd <= 31 || dd >= 41);
};

/** For a code of the right shape: the day number, the place number, a real date, the check character. */
function checkNumbers(sum: number): CodiceFiscaleReason | null {
  if (!validDayNumber()) return 'day';
  if (DIGIT[CHARS[12]!]! + DIGIT[CHARS[13]!]! + DIGIT[CHARS[14]!]! === 0) return 'place-number';
  // A real date in one of the two centuries. No clock needed: 19yy is never in the future,
  // and the one date it lacks that 20yy has, 29/02/2000, is past.
  const dd = dayNumber();
  const day = dd > 40 ? dd - 40 : dd;
  if (day > 28) {
    const yy = DIGIT[CHARS[6]!]! * 10 + DIGIT[CHARS[7]!]!;
    const month = MONTH[CHARS[8]!]!;
    if (day > daysInMonth(2000 + yy, month) && day > daysInMonth(1900 + yy, month)) return 'impossible-date';
  }
  return 65 + (sum % 26) === CHARS[15] ? null : 'check-character';
}

/** Spaces (any Unicode space, as pasted from documents) and hyphens, which codes are printed with. */
const isSeparator = (c: number, input: string, at: number): boolean =>
  c === 32 || c === 45 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(input[at]!));
