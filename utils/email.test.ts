import { describe, expect, it } from 'vitest';
import { checkEmail, emailMessage } from './email';
import { setLanguage } from './i18n';

describe('checkEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const address of ['mario.rossi@libero.it', 'a+b@example.co.uk', ' m@gmail.com ', "o'neil@comune.bolzano.it"]) {
      expect(checkEmail(address)).toEqual({ valid: true, pec: false, warnings: [] });
    }
  });

  it.each([
    ['', 'empty'],
    ['mario rossi@libero.it', 'spaces'],
    ['mariò@libero.it', 'non-ascii'],
    ['mario.libero.it', 'missing-at'],
    ['a@b@libero.it', 'multiple-at'],
    ['.mario@libero.it', 'local-part'],
    ['mario..rossi@libero.it', 'local-part'],
    ['mario@libero', 'domain'],
    ['mario@-libero.it', 'domain'],
    ['mario@libero.i', 'domain'],
    [`${'a'.repeat(250)}@b.it`, 'too-long'],
  ])('%j -> %s', (input, reason) => {
    const result = checkEmail(input);
    expect(result).toMatchObject({ valid: false, pec: false, reason });
  });

  it('flags known PEC providers and PEC-looking domains as warnings', () => {
    expect(checkEmail('mario.rossi@pec.it')).toEqual({ valid: true, pec: true, warnings: ['pec-domain'] });
    expect(checkEmail('studio@cert.legalmail.it')).toEqual({ valid: true, pec: true, warnings: ['pec-domain'] });
    expect(checkEmail('protocollo@postacert.comune.esempio.it')).toEqual({ valid: true, pec: true, warnings: ['pec-heuristic'] });
    expect(checkEmail('info@pec.studiorossi.it')).toMatchObject({ pec: true, warnings: ['pec-heuristic'] });
    expect(checkEmail('info@spectrum.net')).toMatchObject({ pec: false });
  });

  it('suggests common Italian and international providers for typos', () => {
    expect(checkEmail('mario.rossi@gmial.com')).toEqual({
      valid: true,
      pec: false,
      suggestion: 'mario.rossi@gmail.com',
      warnings: ['typo-suggestion'],
    });
    expect(checkEmail('mario@virgilo.it').suggestion).toBe('mario@virgilio.it');
    expect(checkEmail('mario@hotmial.it').suggestion).toBe('mario@hotmail.it');
    expect(checkEmail('mario@gmail').suggestion).toBe('mario@gmail.com');
  });

  it('explains PEC and suggestions in the message', () => {
    setLanguage('it');
    expect(emailMessage(checkEmail('x@arubapec.it'), 'x@arubapec.it')).toContain('arubapec.it');
    setLanguage('en');
    expect(emailMessage(checkEmail('m@gmial.com'), 'm@gmial.com')).toContain('Did you mean m@gmail.com?');
    setLanguage('it');
  });
});
