import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_REASONS, CARD_WARNINGS, parseCardNumber } from './card-number';
import { CF_REASONS, CF_WARNINGS, isValidCodiceFiscale, parseCodiceFiscale } from './codice-fiscale';
import { checkCharacter, MONTH_LETTERS, OMOCODE_LETTERS } from './codice-fiscale/tables';
import { EMAIL_REASONS, EMAIL_WARNINGS, checkEmail } from './email';

// Arbitrary strings, plus strings built from the characters these fields are made of.
const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'ABCDEHLMPRSTZ0123456789LMNPQRSTUV @.-'), maxLength: 20 }),
);
const digitOrOmo = fc.constantFrom(...'0123456789', ...OMOCODE_LETTERS);
const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
// 15 characters shaped like a codice fiscale (dates and places random): the check char is ours.
const shaped = fc
  .tuple(fc.array(letter, { minLength: 6, maxLength: 6 }), fc.array(digitOrOmo, { minLength: 2, maxLength: 2 }), fc.constantFrom(...MONTH_LETTERS), fc.array(digitOrOmo, { minLength: 2, maxLength: 2 }), fc.constantFrom(...'ABCDEFGHILMZ'), fc.array(digitOrOmo, { minLength: 3, maxLength: 3 }))
  .map((parts) => parts.flat().join(''));

/**
 * The rules written plainly, for clarity not speed, as an independent check of the parser:
 * only letters, digits, spaces and hyphens; the shape by a regular expression; a day that
 * exists in 19yy or 20yy; a place number other than 000; the check character.
 */
function referenceValid(input: string): boolean {
  if (!/^[A-Za-z0-9\s-]*$/.test(input)) return false;
  const code = input.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[A-Z]{6}[0-9L-NP-V]{2}[ABCDEHLMPRST][0-9L-NP-V]{2}[A-IL-MZ][0-9L-NP-V]{3}[A-Z]$/.test(code)) return false;
  const digits = (from: number, to: number): number =>
    Number([...code.slice(from, to)].map((ch) => (/\d/.test(ch) ? ch : String(OMOCODE_LETTERS.indexOf(ch)))).join(''));
  const yy = digits(6, 8);
  const month = MONTH_LETTERS.indexOf(code[8]!) + 1;
  const dd = digits(9, 11);
  const day = dd > 40 ? dd - 40 : dd;
  if (day < 1 || day > 31 || (dd > 31 && dd < 41) || digits(12, 15) === 0) return false;
  const exists = (year: number): boolean => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return (exists(1900 + yy) || exists(2000 + yy)) && checkCharacter(code) === code[15];
}

describe('the validators never throw and never contradict themselves', () => {
  it('parseCodiceFiscale', () => {
    fc.assert(
      fc.property(fc.oneof(noise, shaped, shaped.map((s) => s + checkCharacter(s))), fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), (input, today) => {
        const result = parseCodiceFiscale(input, { today });
        if (result.valid) {
          expect(result.code).toMatch(/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/);
          expect(result.birthDate <= today.toISOString().slice(0, 10) || result.birthDate.slice(0, 4) === String(today.getFullYear())).toBe(true);
          expect(result.belfiore).toMatch(/^[A-MZ]\d{3}$/);
          expect(['M', 'F']).toContain(result.sex);
          expect(result.warnings.every((w) => (CF_WARNINGS as readonly string[]).includes(w))).toBe(true);
          expect(checkCharacter(result.code)).toBe(result.code[15]);
        } else {
          expect(CF_REASONS).toContain(result.reason);
          expect(Object.keys(result).sort()).toEqual(['reason', 'valid']);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('isValidCodiceFiscale and parseCodiceFiscale agree with a plain reference on valid codes and their mutations', () => {
    const valid = shaped.map((s) => s + checkCharacter(s));
    // One character replaced: ASCII and look-alikes whose low byte is an allowed letter (ň is 0x148).
    const mutated = fc
      .tuple(valid, fc.integer({ min: 0, max: 15 }), fc.constantFrom(...'AZ09LVxy -_.ňÁßΑ\u00a0\u2003é'))
      .map(([code, at, char]) => code.slice(0, at) + char + code.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(valid, mutated, noise), (input) => {
        const expected = referenceValid(input);
        expect(isValidCodiceFiscale(input)).toBe(expected);
        expect(parseCodiceFiscale(input).valid).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('isValidCodiceFiscale gives the verdict parseCodiceFiscale gives', () => {
    const spaced = shaped.map((s) => s + checkCharacter(s)).chain((code) =>
      fc.tuple(fc.integer({ min: 0, max: 15 }), fc.constantFrom(' ', '-', '  ')).map(([at, gap]) => code.slice(0, at) + gap + code.slice(at).toLowerCase()),
    );
    fc.assert(
      fc.property(fc.oneof(noise, shaped, shaped.map((s) => s + checkCharacter(s)), spaced), (input) => {
        expect(isValidCodiceFiscale(input)).toBe(parseCodiceFiscale(input).valid);
      }),
      { numRuns: 5000 },
    );
  });

  it('parseCardNumber', () => {
    fc.assert(
      fc.property(noise, (input) => {
        const result = parseCardNumber(input);
        if (result.valid) {
          expect(result.number).toMatch(/^[A-Z]{2}\d{5}[A-Z]{2}$/);
          expect(result.warnings.every((w) => (CARD_WARNINGS as readonly string[]).includes(w))).toBe(true);
        } else expect(CARD_REASONS).toContain(result.reason);
      }),
      { numRuns: 3000 },
    );
  });

  it('checkEmail', () => {
    fc.assert(
      fc.property(fc.oneof(noise, fc.emailAddress()), (input) => {
        const result = checkEmail(input);
        expect(typeof result.pec).toBe('boolean');
        if (result.valid) {
          expect(result.reason).toBeUndefined();
          expect(result.warnings.every((w) => (EMAIL_WARNINGS as readonly string[]).includes(w))).toBe(true);
          expect(result.pec).toBe(result.warnings.includes('pec-domain') || result.warnings.includes('pec-heuristic'));
          expect(result.suggestion === undefined).toBe(!result.warnings.includes('typo-suggestion'));
        } else {
          expect(EMAIL_REASONS).toContain(result.reason);
          expect(result.pec).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
