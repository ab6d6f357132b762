import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, foreignSender, freshIndexedDb, newRequest, pageSender } from '@/test/unit/quota-harness';
import { saveImportedDefinition } from '@/utils/checklist/store';
import { setLanguage } from '@/utils/i18n';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import { saveImportedTours } from '@/utils/tours/store';
import { contentStart } from './content-data';
import { recordRequest } from './quota';

const ownDefinition = {
  version: 1,
  name: 'Comune di Prova',
  rules: [{ id: 'all', order: 1, steps: [{ id: 'only', label: { it: 'Unico passo' } }] }],
};

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDb();
  setLanguage('it');
});

const ask = () => contentStart({}, contentSender(3));

describe('what the background reads for the content script, in one answer at start', () => {
  it('answers only our own content script, and only an empty request', async () => {
    await expect(contentStart({}, foreignSender())).rejects.toThrow(/mittente/);
    await expect(contentStart({}, pageSender('popup.html'))).rejects.toThrow(/mittente/);
    await expect(contentStart({ sneaky: 1 }, contentSender(3))).rejects.toThrow();
  });

  it('sends the defaults on a fresh install: no blocking, the built-in checklist, no imported tours, an empty day', async () => {
    expect(await ask()).toMatchObject({
      blockSubmitOnErrors: false,
      checklistDefinition: null,
      importedTours: [],
      quotaToday: { count: 0, limit: 20, level: 'ok' },
      officeToday: { configured: false },
    });
  });

  it('sends the validated import once a comune imports a checklist', async () => {
    expect((await saveImportedDefinition(JSON.stringify(ownDefinition))).ok).toBe(true);
    const answer = (await ask()).checklistDefinition;
    expect(answer?.name).toBe('Comune di Prova');
    expect(answer?.rules[0]?.steps[0]?.required).toBe(true); // parsed: defaults applied
  });

  it('sends the tours a trainer imported', async () => {
    const tour = { ...BUILTIN_TOURS[0]!, id: 'mio-giro' };
    expect((await saveImportedTours(JSON.stringify({ version: 1, tours: [tour] }))).ok).toBe(true);
    expect((await ask()).importedTours.map((t) => t.id)).toEqual(['mio-giro']);
  });

  it("sends the day's count as recorded", async () => {
    await recordRequest(newRequest(), contentSender(3));
    expect((await ask()).quotaToday?.count).toBe(1);
  });
});
