import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { setLanguage } from '../i18n';
import { BUILTIN_DEFINITION } from './rules';
import { hasImportedDefinition, loadDefinition, resetDefinition, saveImportedDefinition } from './store';

const own = {
  version: 1,
  name: 'Comune di Prova',
  rules: [{ id: 'all', order: 1, steps: [{ id: 'only', label: { it: 'Unico passo' } }] }],
};

describe('checklist definition store', () => {
  beforeEach(() => setLanguage('it'));

  it('uses the built-in procedure until a comune imports its own', async () => {
    expect(await loadDefinition()).toBe(BUILTIN_DEFINITION);
    expect(await hasImportedDefinition()).toBe(false);
  });

  it('stores a good import and keeps it over a bad one', async () => {
    const saved = await saveImportedDefinition(JSON.stringify(own));
    expect(saved.ok).toBe(true);
    expect((await loadDefinition()).name).toBe('Comune di Prova');

    const bad = await saveImportedDefinition(JSON.stringify({ ...own, rules: [{ ...own.rules[0], order: 'first' }] }));
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors).toEqual(['regola «all», campo «order»: tipo errato (atteso: number)']);
    expect(bad.definition.name).toBe('Comune di Prova');
    expect((await loadDefinition()).name).toBe('Comune di Prova');
    expect(await hasImportedDefinition()).toBe(true);

    await resetDefinition();
    expect(await loadDefinition()).toBe(BUILTIN_DEFINITION);
  });

  it('falls back to the built-in procedure when storage holds something broken', async () => {
    await storage.setItem('local:checklistDefinition', { version: 1, rules: 'nope' });
    expect(await loadDefinition()).toBe(BUILTIN_DEFINITION);
  });
});
