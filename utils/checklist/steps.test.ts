import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, setLanguage } from '../i18n';
import { allCases, HALVES, PRESENCE, WHO, type CaseInput } from './case';
import { ChecklistDefinition } from './definition';
import { BUILTIN_DEFINITION } from './rules';
import { stepsFor, stepText } from './steps';

const name = (c: CaseInput): string => `${c.who}/${c.halves}/${c.email ? 'email' : 'no-email'}/${c.presence}`;

describe('stepsFor over every case of the built-in procedure', () => {
  const cases = allCases();

  it('covers every combination once', () => {
    expect(cases).toHaveLength(WHO.length * HALVES.length * 2 * PRESENCE.length);
    expect(new Set(cases.map(name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    it(name(c), () => {
      const steps = stepsFor(c, BUILTIN_DEFINITION);
      const ids = steps.map((s) => s.id);
      const has = (id: string): boolean => ids.includes(id);
      const at = (id: string): number => ids.indexOf(id);
      const step = (id: string) => steps.find((s) => s.id === id);

      expect(new Set(ids).size).toBe(ids.length);
      // Identification first, then self-service, and nothing kept closes the list.
      expect(ids[0]).toBe(c.presence === 'present' ? 'identify-present' : 'identify-remote');
      expect(at('self-service-offered')).toBe(1);
      expect(step('self-service-offered')?.required).toBe(true);
      expect(ids.at(-1)).toBe('nothing-kept');
      expect(at('sign-request')).toBeGreaterThan(at('self-service-offered'));

      // Exactly one dichiarazione, the parent's for a minor.
      const declarations = steps.filter((s) => s.ruleId === 'declaration');
      expect(declarations).toHaveLength(1);
      expect(declarations[0]?.document).toBe(c.who === 'minor' ? 'dichiarazione-minore' : 'dichiarazione-smarrimento');

      expect(has('minor-parent-id')).toBe(c.who === 'minor');
      for (const id of ['delegate-delega', 'delegate-holder-id', 'delegate-own-id']) expect(has(id)).toBe(c.who === 'delegate');
      if (c.who === 'delegate') expect(step('delegate-delega')?.document).toBe('delega-terzi');

      expect(has('email-not-pec')).toBe(c.email);
      if (c.email) expect(step('email-not-pec')?.field).toBe('email');
      expect(has('delega-upload')).toBe(!c.email);
      expect(has('email-second-half-info')).toBe(c.email && c.halves !== 'first');

      const firstHalf = c.halves !== 'second';
      expect(has('first-half-handed')).toBe(firstHalf && c.presence === 'present');
      expect(has('first-half-sent')).toBe(firstHalf && c.presence === 'remote');
      expect(has('second-half-printed')).toBe(c.halves !== 'first' && !c.email);
      if (has('second-half-printed')) expect(at('second-half-printed')).toBeGreaterThan(at('delega-upload'));

      expect(step('enter-codice-fiscale')?.field).toBe('codiceFiscale');
      expect(step('enter-numero-carta')?.field).toBe('numeroCarta');
      if (c.presence === 'remote') expect(step('identify-remote')?.document).toBe('istanza-recupero');

      // A print button per document kind: its data-testid must stay unique in the list.
      const kinds = steps.flatMap((s) => (s.document ? [s.document] : []));
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(steps.filter((s) => s.required).length).toBeGreaterThan(5);
    });
  }
});

describe('stepText', () => {
  afterEach(() => setLanguage('it'));

  it('gives every built-in step a real sentence in it, en and de', () => {
    const labels = BUILTIN_DEFINITION.rules.flatMap((r) => r.steps.map((s) => s.label));
    for (const language of LANGUAGES) {
      setLanguage(language);
      for (const label of labels) {
        const text = stepText(label);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toBe(label.key);
      }
    }
  });

  it("falls back to the comune's Italian text when a language is missing", () => {
    setLanguage('de');
    expect(stepText({ it: 'Foto', en: 'Photo' })).toBe('Foto');
    setLanguage('en');
    expect(stepText({ it: 'Foto', en: 'Photo' })).toBe('Photo');
  });
});

describe('stepsFor with a custom definition', () => {
  const definition = ChecklistDefinition.parse({
    version: 1,
    rules: [
      { id: 'late', order: 50, steps: [{ id: 'b', label: { it: 'B' } }] },
      { id: 'early', order: 10, steps: [{ id: 'a', label: { it: 'A' } }, { id: 'a2', label: { it: 'A2' }, when: { who: ['minor'] } }] },
      { id: 'tie', order: 50, when: { email: [false] }, steps: [{ id: 'c', label: { it: 'C' }, required: false }] },
    ],
  });
  const base: CaseInput = { who: 'holder', halves: 'both', email: false, presence: 'present' };

  it('sorts by order, keeps file order on ties, and applies step conditions', () => {
    expect(stepsFor(base, definition).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(stepsFor({ ...base, who: 'minor', email: true }, definition).map((s) => s.id)).toEqual(['a', 'a2', 'b']);
  });

  it('defaults steps to required', () => {
    const steps = stepsFor(base, definition);
    expect(steps.map((s) => s.required)).toEqual([true, true, false]);
  });
});
