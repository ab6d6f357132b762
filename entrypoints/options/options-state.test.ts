import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/utils/i18n';
import { readManagedSettings, readSettings, saveSettings } from '@/utils/settings';
import { commitSetting, effective, isLocked, loadOptions } from './options-state';

beforeEach(() => setLanguage('it'));

describe('options state', () => {
  it('saves a valid value', async () => {
    const state = await loadOptions();
    const result = await commitSetting(state, 'dailyLimit', 40);
    expect(result.ok).toBe(true);
    expect((await readSettings()).dailyLimit).toBe(40);
  });

  it('refuses a bad value and keeps the stored one', async () => {
    await saveSettings({ dailyLimit: 30 });
    const state = await loadOptions();
    const result = await commitSetting(state, 'dailyLimit', 0);
    expect(result).toEqual({ ok: false, message: 'Inserire un numero intero da 1 a 10000. Resta il valore precedente: «30».' });
    expect((await readSettings()).dailyLimit).toBe(30);
  });

  it('refuses to change a value set by policy', async () => {
    await fakeBrowser.storage.managed.set({ comuneName: 'Comune di Trento' });
    const state = await loadOptions();
    expect(isLocked(state, 'comuneName')).toBe(true);
    expect(effective(state, 'comuneName')).toBe('Comune di Trento');
    const result = await commitSetting(state, 'comuneName', 'Altro');
    expect(result.ok).toBe(false);
    expect((await loadOptions()).local.comuneName).toBe('');
  });

  it('policy locks only the keys it sets; one bad policy value is ignored alone', async () => {
    await saveSettings({ dailyLimit: 30, officeName: 'Anagrafe' });
    await fakeBrowser.storage.managed.set({ blockSubmitOnErrors: true, dailyLimit: 'many' });
    expect(await readManagedSettings()).toEqual({ blockSubmitOnErrors: true });
    const settings = await readSettings();
    expect(settings.dailyLimit).toBe(30);
    expect(settings.officeName).toBe('Anagrafe');
    expect(settings.blockSubmitOnErrors).toBe(true);
  });

  it('reads a Windows registry switch (REG_DWORD 0 or 1, as Firefox passes it) as a boolean', async () => {
    await fakeBrowser.storage.managed.set({ blockSubmitOnErrors: 1 });
    expect(await readManagedSettings()).toEqual({ blockSubmitOnErrors: true });
    await fakeBrowser.storage.managed.set({ blockSubmitOnErrors: 0, dailyLimit: 1 });
    expect(await readManagedSettings()).toEqual({ blockSubmitOnErrors: false, dailyLimit: 1 });
  });
});
