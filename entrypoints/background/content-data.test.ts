import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, foreignSender, pageSender } from '@/test/unit/quota-harness';
import { saveImportedDefinition } from '@/utils/checklist/store';
import { setLanguage } from '@/utils/i18n';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import { saveImportedTours } from '@/utils/tours/store';
import { checklistDefinition, contentSettings, importedTours } from './content-data';

const ownDefinition = {
  version: 1,
  name: 'Comune di Prova',
  rules: [{ id: 'all', order: 1, steps: [{ id: 'only', label: { it: 'Unico passo' } }] }],
};

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('it');
});

describe('what the background reads for the content script', () => {
  it('answers only our own content script, and only an empty request', async () => {
    for (const ask of [contentSettings, checklistDefinition, importedTours]) {
      await expect(ask({}, foreignSender())).rejects.toThrow(/mittente/);
      await expect(ask({}, pageSender('popup.html'))).rejects.toThrow(/mittente/);
      await expect(ask({ sneaky: 1 }, contentSender(3))).rejects.toThrow();
    }
  });

  it('sends the blocking setting (off by default)', async () => {
    expect(await contentSettings({}, contentSender(3))).toEqual({ blockSubmitOnErrors: false });
  });

  it('sends null while the built-in checklist is in force, the validated import after', async () => {
    expect(await checklistDefinition({}, contentSender(3))).toBeNull();
    expect((await saveImportedDefinition(JSON.stringify(ownDefinition))).ok).toBe(true);
    const answer = await checklistDefinition({}, contentSender(3));
    expect(answer?.name).toBe('Comune di Prova');
    expect(answer?.rules[0]?.steps[0]?.required).toBe(true); // parsed: defaults applied
  });

  it('sends no imported tours until a trainer imports some', async () => {
    expect(await importedTours({}, contentSender(3))).toEqual([]);
    const tour = { ...BUILTIN_TOURS[0]!, id: 'mio-giro' };
    expect((await saveImportedTours(JSON.stringify({ version: 1, tours: [tour] }))).ok).toBe(true);
    expect((await importedTours({}, contentSender(3))).map((t) => t.id)).toEqual(['mio-giro']);
  });
});
