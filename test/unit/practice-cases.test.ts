import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPracticeCases, makePracticeCases, type PracticeCase } from '@/test/portal/make-practice-cases';
import { parseCardNumber } from '@/utils/card-number';
import { ageFromBirthDate, holderMismatches, parseCodiceFiscale } from '@/utils/codice-fiscale';
import { checkEmail } from '@/utils/email';

const committed = JSON.parse(readFileSync('test/portal/practice-cases.json', 'utf8')) as { cases: PracticeCase[] };
const today = new Date(2026, 0, 15);
const byId = (id: string): PracticeCase => {
  const found = committed.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe('practice cases of the demo portal', () => {
  it('are exactly what the generator makes (run it again after changing it)', () => {
    expect(committed.cases).toEqual(makePracticeCases());
    expect(() => checkPracticeCases(committed.cases, today)).not.toThrow();
  });

  it('have correct check characters and match the holder names, except the one wrong on purpose', () => {
    for (const c of committed.cases) {
      const cf = parseCodiceFiscale(c.fields.codiceFiscale, { today });
      if (c.id === 'carattere-errato') {
        expect(cf).toEqual({ valid: false, reason: 'check-character' });
        continue;
      }
      expect(cf.valid).toBe(true);
      expect(holderMismatches(c.fields.codiceFiscale, c.fields.cognome, c.fields.nome)).toEqual([]);
      expect(parseCardNumber(c.fields.numeroCarta).valid).toBe(true);
    }
  });

  it('include a minor, an omocode, a PEC, a foreign birth and an empty e-mail', () => {
    const minor = parseCodiceFiscale(byId('minore').fields.codiceFiscale, { today });
    expect(minor.valid && ageFromBirthDate(minor.birthDate, today) < 18).toBe(true);
    const omocode = parseCodiceFiscale(byId('omocodia').fields.codiceFiscale, { today });
    expect(omocode.valid && omocode.omocode && omocode.belfiore).toBe('H501');
    expect(checkEmail(byId('email-pec').fields.email).pec).toBe(true);
    const foreign = parseCodiceFiscale(byId('nato-estero').fields.codiceFiscale, { today });
    expect(foreign.valid && foreign.belfiore.startsWith('Z')).toBe(true);
    expect(byId('senza-email').fields.email).toBe('');
  });
});
