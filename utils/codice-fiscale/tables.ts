/**
 * Lookup tables of the codice fiscale (DM 23/12/1976), indexed by character code so the
 * parser does one array read per character. -1 means "not allowed here".
 */

const table = (): Int8Array => new Int8Array(128).fill(-1);
const code = (char: string): number => char.charCodeAt(0);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Check-character value of a character in an odd position (1st, 3rd ... 15th). */
export const ODD_VALUE = table();
/** Check-character value of a character in an even position (2nd, 4th ... 14th). */
export const EVEN_VALUE = table();
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
for (let i = 0; i < 26; i++) {
  ODD_VALUE[65 + i] = ODD_LETTERS[i]!;
  EVEN_VALUE[65 + i] = i;
}
for (let i = 0; i < 10; i++) {
  // A digit counts like the letter in the same place of the alphabet (0 = A, 1 = B ...).
  ODD_VALUE[48 + i] = ODD_LETTERS[i]!;
  EVEN_VALUE[48 + i] = i;
}

/** Month letters: A = January ... T = December. */
export const MONTH_LETTERS = 'ABCDEHLMPRST';
export const MONTH = table();
for (let i = 0; i < MONTH_LETTERS.length; i++) MONTH[code(MONTH_LETTERS[i]!)] = i + 1;

/** Omocodia letters standing for the digits 0-9. */
export const OMOCODE_LETTERS = 'LMNPQRSTUV';
/** The digit a character stands for in a numeric position: itself, or its omocodia letter. */
export const DIGIT = table();
for (let i = 0; i < 10; i++) {
  DIGIT[48 + i] = i;
  DIGIT[code(OMOCODE_LETTERS[i]!)] = i;
}

/** First letter of a Belfiore code: comuni A..M (no J, K), foreign states Z. */
export const PLACE_LETTERS = 'ABCDEFGHILMZ';
export const PLACE_LETTER = table();
for (const letter of PLACE_LETTERS) PLACE_LETTER[code(letter)] = 1;

/** Numeric positions (0-based) in the order the Agenzia replaces them on omocodia: right to left. */
export const OMOCODE_POSITIONS = [14, 13, 12, 10, 9, 7, 6] as const;

/** The check character of the first 15 characters (already upper case and well formed). */
export function checkCharacter(code15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code15.charCodeAt(i);
    sum += (i & 1) === 0 ? ODD_VALUE[c]! : EVEN_VALUE[c]!;
  }
  return ALPHABET[sum % 26]!;
}
