import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { importDefinition, MAX_DEFINITION_CHARS } from './import';
import { BUILTIN_DEFINITION } from './rules';

const good = {
  version: 1,
  name: 'Comune di Prova',
  rules: [
    { id: 'identify', order: 1, steps: [{ id: 'id-check', label: { it: 'Documento valido', de: 'Gültiger Ausweis' } }] },
    {
      id: 'minor',
      order: 2,
      when: { who: ['minor'] },
      steps: [{ id: 'parent', label: { key: 'checklistStepMinorParentId' }, document: 'dichiarazione-minore' }],
    },
  ],
};

/** The good file with one step replaced, to aim an error at a named step. */
function withStep(step: Record<string, unknown>): string {
  const copy = structuredClone(good);
  copy.rules[1]!.steps[0] = step as (typeof copy.rules)[1]['steps'][0];
  return JSON.stringify(copy);
}

describe('importDefinition', () => {
  beforeEach(() => setLanguage('it'));

  it('accepts a good file and returns it parsed, with defaults filled in', () => {
    const result = importDefinition(JSON.stringify(good), BUILTIN_DEFINITION);
    expect(result.ok).toBe(true);
    expect(result.definition.name).toBe('Comune di Prova');
    expect(result.definition.rules[1]?.steps[0]?.required).toBe(true);
  });

  it('accepts the built-in definition exported as a file (the template a comune edits)', () => {
    const result = importDefinition(JSON.stringify(BUILTIN_DEFINITION), BUILTIN_DEFINITION);
    expect(result).toMatchObject({ ok: true, definition: BUILTIN_DEFINITION });
  });

  it('names the rule, the step and the field of an unknown document kind, keeping the previous definition', () => {
    const result = importDefinition(withStep({ id: 'parent', label: { it: 'x' }, document: 'passaporto' }), BUILTIN_DEFINITION);
    expect(result.ok).toBe(false);
    expect(result.definition).toBe(BUILTIN_DEFINITION);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/regola «minor», passo «parent», campo «document»: valore non ammesso/);
    expect(result.errors[0]).toContain('"delega-terzi"');
  });

  it('reports a missing label and an unknown field by step', () => {
    const result = importDefinition(withStep({ id: 'parent', colour: 'red' }), BUILTIN_DEFINITION);
    if (result.ok) throw new Error('should fail');
    expect(result.errors).toContain('regola «minor», passo «parent», campo «label»: manca');
    expect(result.errors.some((e) => e.includes('passo «parent»') && e.includes('colour'))).toBe(true);
  });

  it('rejects a label with both key and text, or an unknown key', () => {
    const both = importDefinition(withStep({ id: 'parent', label: { key: 'checklistStepSign', it: 'x' } }), BUILTIN_DEFINITION);
    if (both.ok) throw new Error('should fail');
    expect(both.errors[0]).toMatch(/passo «parent», campo «label»: il testo va dato/);
    const unknown = importDefinition(withStep({ id: 'parent', label: { key: 'panelTitle' } }), BUILTIN_DEFINITION);
    if (unknown.ok) throw new Error('should fail');
    expect(unknown.errors[0]).toBe('regola «minor», passo «parent», campo «label.key»: chiave di testo sconosciuta');
  });

  it('names a step by position when its id is itself wrong', () => {
    const result = importDefinition(withStep({ id: 'Bad Id!', label: { it: 'x' } }), BUILTIN_DEFINITION);
    if (result.ok) throw new Error('should fail');
    expect(result.errors[0]).toMatch(/regola «minor», passo «Bad Id!», campo «id»: formato non valido/);
    const noId = importDefinition(withStep({ label: { it: 'x' } }), BUILTIN_DEFINITION);
    if (noId.ok) throw new Error('should fail');
    expect(noId.errors[0]).toBe('regola «minor», passo «#1», campo «id»: manca');
  });

  it('finds duplicated ids', () => {
    const result = importDefinition(withStep({ id: 'id-check', label: { it: 'x' } }), BUILTIN_DEFINITION);
    if (result.ok) throw new Error('should fail');
    expect(result.errors).toEqual(['regola «minor», passo «id-check», campo «id»: id di passo ripetuto']);
  });

  it('refuses a definition that leaves a case without required steps, naming the case', () => {
    const onlyMinor = { version: 1, rules: [good.rules[1]] };
    const result = importDefinition(JSON.stringify(onlyMinor), BUILTIN_DEFINITION);
    if (result.ok) throw new Error('should fail');
    expect(result.errors[0]).toMatch(/^campo «rules»: nessun passo obbligatorio per il caso who=holder/);
  });

  it('handles files that are not JSON, too large, or the wrong shape without throwing', () => {
    const cases = ['{ not json', 'x'.repeat(MAX_DEFINITION_CHARS + 1), '[]', 'null', '{"version":2,"rules":[]}'];
    for (const text of cases) {
      const result = importDefinition(text, BUILTIN_DEFINITION);
      expect(result.ok).toBe(false);
      expect(result.definition).toBe(BUILTIN_DEFINITION);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    const notJson = importDefinition('{ not json', BUILTIN_DEFINITION);
    expect(notJson.ok ? [] : notJson.errors).toEqual(['file: il file non è un JSON valido']);
  });

  it('speaks the operator language', () => {
    setLanguage('en');
    const result = importDefinition(withStep({ id: 'parent', label: { it: 'x' }, document: 'passaporto' }), BUILTIN_DEFINITION);
    if (result.ok) throw new Error('should fail');
    expect(result.errors[0]).toMatch(/^rule "minor", step "parent", field "document": value not allowed/);
  });
});
