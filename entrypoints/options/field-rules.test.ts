import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { checkField, checkValue, keptOldMessage } from './field-rules';

beforeEach(() => setLanguage('it'));

describe('checkField', () => {
  it('turns the daily limit text into a whole number', () => {
    expect(checkField('dailyLimit', ' 35 ')).toEqual({ ok: true, value: 35 });
  });

  it.each(['', 'abc', '2.5', '-3', '0', '10001', '1e3'])('refuses the daily limit %j with the range from the schema', (text) => {
    const check = checkField('dailyLimit', text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toBe('Inserire un numero intero da 1 a 10000.');
  });

  it('refuses a name longer than the schema allows, naming the limit', () => {
    const check = checkField('comuneName', 'x'.repeat(121));
    expect(check).toEqual({ ok: false, message: 'Al massimo 120 caratteri.' });
  });

  it('trims names and accepts the languages of the schema only', () => {
    expect(checkField('officeName', '  Anagrafe  ')).toEqual({ ok: true, value: 'Anagrafe' });
    expect(checkField('language', 'de')).toEqual({ ok: true, value: 'de' });
    expect(checkField('language', 'fr').ok).toBe(false);
  });

  it('refuses a logo that is not a PNG or JPEG data URL', () => {
    expect(checkValue('logoDataUrl', 'data:image/svg+xml;base64,PHN2Zz4=').ok).toBe(false);
    expect(checkValue('logoDataUrl', 'data:image/png;base64,iVBORw0KGgo=').ok).toBe(true);
  });
});

describe('keptOldMessage', () => {
  it('names the value that stays in force', () => {
    expect(keptOldMessage('Valore non valido.', 20)).toBe('Valore non valido. Resta il valore precedente: «20».');
    expect(keptOldMessage('Valore non valido.', '')).toContain('(vuoto)');
    expect(keptOldMessage('Valore non valido.')).toBe('Valore non valido. Resta in uso il valore precedente.');
  });
});
