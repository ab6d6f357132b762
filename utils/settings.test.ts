import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesSettings, coerceSettings, parseSettingField, readManagedSettings, readManagedSettingsReport, readSettings } from './settings';

const GOOD = ['https://cieonline.comune.example.it', 'https://anagrafe.altro.example.it'];

describe('one bad entry of a list', () => {
  it('is dropped and reported alone; the good entries stay (policy)', async () => {
    await fakeBrowser.storage.managed.set({ extraOrigins: [GOOD[0], 'http://insicuro.example.it', 42, GOOD[1]] });
    expect((await readManagedSettings()).extraOrigins).toEqual(GOOD);
    expect((await readManagedSettingsReport()).problems).toEqual([
      { key: 'extraOrigins', entry: 'http://insicuro.example.it' },
      { key: 'extraOrigins', entry: '42' },
    ]);
    // Policy wins and locks the list, with the good entries only.
    await fakeBrowser.storage.local.set({ settings: { extraOrigins: ['https://locale.example.it'] } });
    expect((await readSettings()).extraOrigins).toEqual(GOOD);
  });

  it('keeps the office list when no policy entry is usable, and reports each', async () => {
    await fakeBrowser.storage.managed.set({ extraOrigins: ['ftp://x.example.it', 'https://1.2.3.4'] });
    await fakeBrowser.storage.local.set({ settings: { extraOrigins: ['https://locale.example.it'] } });
    expect((await readSettings()).extraOrigins).toEqual(['https://locale.example.it']);
    expect((await readManagedSettingsReport()).problems).toHaveLength(2);
  });

  it('keeps the first 50 of a longer list and says so; duplicates count once', () => {
    const many = Array.from({ length: 60 }, (_, i) => `https://c${i}.example.it`);
    const field = parseSettingField('extraOrigins', [...many, many[0]]);
    expect(field.value).toEqual(many.slice(0, 50));
    expect(field.problems).toEqual([{ key: 'extraOrigins', tooMany: 60 }]);
  });

  it('in local storage too, and a bad scalar falls back to its default, reported', () => {
    expect(coerceSettings({ extraOrigins: [GOOD[0], 'nope'], dailyLimit: -3 })).toMatchObject({ extraOrigins: [GOOD[0]], dailyLimit: 20 });
    expect(parseSettingField('dailyLimit', -3)).toEqual({ problems: [{ key: 'dailyLimit' }] });
    expect(parseSettingField('comuneName', 'x'.repeat(500)).problems).toEqual([{ key: 'comuneName' }]);
  });

  it('reports a long bad entry shortened', async () => {
    await fakeBrowser.storage.managed.set({ extraOrigins: [`https://${'a'.repeat(400)}`] });
    const [problem] = (await readManagedSettingsReport()).problems;
    expect(problem?.entry).toHaveLength(100);
  });
});

describe('which storage changes change the settings', () => {
  it('the policy, its copy and the stored settings do; the language copies, kept first paints and the panel\'s place do not', () => {
    expect(changesSettings({ settings: {} }, 'local')).toBe(true);
    expect(changesSettings({ policyCopy: {} }, 'local')).toBe(true);
    expect(changesSettings({ anything: {} }, 'managed')).toBe(true);
    expect(changesSettings({ panelSnapshots: [], uiLanguageChoice: 'it', panelLayout: {} }, 'local')).toBe(false);
    expect(changesSettings({ settings: {} }, 'session')).toBe(false);
  });
});
