import { describe, expect, it } from 'vitest';
import { cardNumberMessage, parseCardNumber } from './card-number';
import { setLanguage } from './i18n';

describe('parseCardNumber', () => {
  it('accepts the CIE 3.0 number in any case and spacing, normalised to upper case', () => {
    expect(parseCardNumber('CA00000AA')).toEqual({ valid: true, number: 'CA00000AA', warnings: [] });
    expect(parseCardNumber(' ca 12345 ab ')).toEqual({ valid: true, number: 'CA12345AB', warnings: [] });
  });

  it('warns, without blocking, about a first letter other than C', () => {
    expect(parseCardNumber('DA12345BB')).toEqual({ valid: true, number: 'DA12345BB', warnings: ['unusual-first-letter'] });
  });

  it.each([
    ['', 'empty'],
    ['CA00000A!', 'invalid-characters'],
    ['123456', 'can-not-card-number'],
    ['AX1234567', 'old-format'],
    ['CA0000AA', 'too-short'],
    ['CA000000AA', 'too-long'],
    ['CA123XYAA', 'wrong-shape'],
  ])('%j -> %s', (input, reason) => {
    expect(parseCardNumber(input)).toEqual({ valid: false, reason });
  });

  it('suggests the number when O/0 or I/1 were swapped', () => {
    expect(parseCardNumber('CA0O000AA')).toEqual({ valid: false, reason: 'letter-digit-confusion', suggestion: 'CA00000AA' });
    expect(parseCardNumber('CA00000A1')).toEqual({ valid: false, reason: 'letter-digit-confusion', suggestion: 'CA00000AI' });
  });

  it('explains the CAN and the CIE 3.0 limit in every language', () => {
    setLanguage('it');
    expect(cardNumberMessage(parseCardNumber('123456'))).toContain('CAN');
    expect(cardNumberMessage(parseCardNumber('AX1234567'))).toContain('CIE 3.0');
    setLanguage('de');
    expect(cardNumberMessage(parseCardNumber('123456'))).toContain('nicht die Kartennummer');
    setLanguage('en');
    expect(cardNumberMessage(parseCardNumber('CA0O000AA'))).toContain('CA00000AA');
    setLanguage('it');
  });
});
