import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, foreignSender, freshIndexedDb, newRequest, pageSender } from '@/test/unit/quota-harness';
import { saveImportedDefinition } from '@/utils/checklist/store';
import { setLanguage } from '@/utils/i18n';
import { saveSettings } from '@/utils/settings';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import { saveImportedTours } from '@/utils/tours/store';
import { contentStart } from './content-data';
import { recordRequest } from './quota';
import { rememberRequest } from './request-memory';

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

  it("with an office server, sends the office's line in each language, worded as the panel words it (for the first paint's copy)", async () => {
    expect((await ask()).officeLines).toBeNull();
    await saveSettings({ officeServer: { url: 'https://couch.example.it:6984', database: 'sportello-cie', username: 'sportello-1', password: 'pw' } });
    // A new worker: the settings cache an earlier test filled (and its storage listener, gone with the fake's reset) starts again.
    vi.resetModules();
    const answer = await (await import('./content-data')).contentStart({}, contentSender(3));
    expect(answer.officeToday).toMatchObject({ configured: true, count: 0, limit: 20, state: 'never' });
    expect(answer.officeLines).toEqual({
      it: "Ufficio: 0 di 20 · nessun dato dell'ufficio ancora oggi",
      en: 'Office: 0 of 20 · no office figures yet today',
      de: 'Büro: 0 von 20 · heute noch keine Bürozahlen',
    });
  });

  it("sends the day's count as recorded", async () => {
    await recordRequest(newRequest(), contentSender(3));
    expect((await ask()).quotaToday?.count).toBe(1);
  });

  it("says whether the sender's tab holds a request from the portal's earlier steps (a boolean: nothing of it)", async () => {
    expect((await ask()).requestUnderWay).toBe(false);
    const values = { codiceFiscale: 'RSSMRA80A01H501U', numeroCarta: 'CA12345AB' };
    await rememberRequest({ requestId: crypto.randomUUID(), values, checklist: null, screen: { step: 1 }, submitted: null, confirmed: false }, contentSender(3));
    const answer = await ask();
    expect(answer.requestUnderWay).toBe(true);
    // Another tab's start answer: no request there.
    expect((await contentStart({}, contentSender(4))).requestUnderWay).toBe(false);
  });
});
