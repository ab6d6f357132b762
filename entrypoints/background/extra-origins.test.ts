import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '@/utils/settings';
import { registerExtraOriginsService, syncExtraOrigins } from './extra-origins';
import { contentScriptsRegistrar, scriptingRegistrar } from './extra-origins-registrar';

type Listener = (permissions: chrome.permissions.Permissions) => void;
const granted = new Set<string>();
const added: Listener[] = [];

// The fake browser has no permissions API: an in-memory one, with onAdded we can fire.
beforeEach(() => {
  granted.clear();
  added.length = 0;
  const contains = (p: { origins?: string[] }): Promise<boolean> => Promise.resolve((p.origins ?? []).every((o) => granted.has(o)));
  // Assigned, not spied: the typings only offer the callback overloads.
  Object.assign(fakeBrowser.permissions, { contains });
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((l: Listener) => void added.push(l));
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
});

function fakeScripting() {
  const scripts = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const api = {
    scripts,
    registerContentScripts: vi.fn((list: { id: string; matches: string[]; js: string[] }[]): Promise<void> => {
      for (const s of list) {
        if (scripts.has(s.id)) return Promise.reject(new Error(`Duplicate script ID '${s.id}'`));
        scripts.set(s.id, s);
      }
      return Promise.resolve();
    }),
    unregisterContentScripts: vi.fn(({ ids }: { ids: string[] }): Promise<void> => {
      ids.forEach((id) => scripts.delete(id));
      return Promise.resolve();
    }),
    getRegisteredContentScripts: vi.fn(({ ids }: { ids: string[] }) =>
      Promise.resolve(ids.flatMap((id) => (scripts.has(id) ? [scripts.get(id)!] : []))),
    ),
  };
  return api;
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

describe('extra origins (Chromium scripting)', () => {
  it('registers the content script only for origins whose permission is granted', async () => {
    await saveSettings({ extraOrigins: ['https://anagrafe.comune.example.it', 'https://altro.example.org'] });
    granted.add('https://anagrafe.comune.example.it/*');
    const scripting = fakeScripting();
    const matches = await syncExtraOrigins(scriptingRegistrar(scripting));
    expect(matches).toEqual(['https://anagrafe.comune.example.it/*']);
    const script = scripting.scripts.get('sportello-extra-origins');
    expect(script?.matches).toEqual(['https://anagrafe.comune.example.it/*']);
    expect(script?.js).toEqual(['content-scripts/reissue.js']);
  });

  it('re-registers when a permission is granted, and again at start without duplicating', async () => {
    await saveSettings({ extraOrigins: ['https://a.example.it', 'https://b.example.it'] });
    granted.add('https://a.example.it/*');
    const scripting = fakeScripting();
    registerExtraOriginsService(scriptingRegistrar(scripting));
    await settle();
    expect(scripting.scripts.get('sportello-extra-origins')?.matches).toEqual(['https://a.example.it/*']);

    granted.add('https://b.example.it/*');
    added.forEach((l) => l({ origins: ["https://b.example.it/*"] }));
    await settle();
    expect(scripting.scripts.get('sportello-extra-origins')?.matches).toEqual(['https://a.example.it/*', 'https://b.example.it/*']);

    // A restarted worker syncs again: same list, so nothing is re-registered.
    const calls = scripting.registerContentScripts.mock.calls.length;
    registerExtraOriginsService(scriptingRegistrar(scripting));
    await settle();
    expect(scripting.registerContentScripts.mock.calls.length).toBe(calls);
  });

  it("replaces an older version's registration that started at document_idle", async () => {
    await saveSettings({ extraOrigins: ['https://a.example.it'] });
    granted.add('https://a.example.it/*');
    const scripting = fakeScripting();
    scripting.scripts.set('sportello-extra-origins', { id: 'sportello-extra-origins', matches: ['https://a.example.it/*'], js: ['content-scripts/reissue.js'], runAt: 'document_idle' } as never);
    await syncExtraOrigins(scriptingRegistrar(scripting));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.scripts.get('sportello-extra-origins')).toMatchObject({ matches: ['https://a.example.it/*'], runAt: 'document_start', allFrames: true });
  });

  it('follows settings changes: removing every origin unregisters the script', async () => {
    await saveSettings({ extraOrigins: ['https://a.example.it'] });
    granted.add('https://a.example.it/*');
    const scripting = fakeScripting();
    registerExtraOriginsService(scriptingRegistrar(scripting));
    await settle();
    expect(scripting.scripts.size).toBe(1);
    await saveSettings({ extraOrigins: [] });
    await settle();
    expect(scripting.scripts.size).toBe(0);
  });

  it('includes origins set by managed policy once granted', async () => {
    await fakeBrowser.storage.managed.set({ extraOrigins: ['https://policy.example.it'] });
    granted.add('https://policy.example.it/*');
    const scripting = fakeScripting();
    expect(await syncExtraOrigins(scriptingRegistrar(scripting))).toEqual(['https://policy.example.it/*']);
  });
});

describe('extra origins (Firefox contentScripts)', () => {
  it('registers, then unregisters the old handle when the list changes', async () => {
    const unregister = vi.fn();
    const register = vi.fn(() => Promise.resolve({ unregister }));
    const registrar = contentScriptsRegistrar({ register });
    await saveSettings({ extraOrigins: ['https://a.example.it'] });
    granted.add('https://a.example.it/*');
    await syncExtraOrigins(registrar);
    expect(register).toHaveBeenCalledWith({ matches: ['https://a.example.it/*'], js: [{ file: '/content-scripts/reissue.js' }], runAt: 'document_start', allFrames: true });
    await syncExtraOrigins(registrar);
    expect(register).toHaveBeenCalledTimes(1);
    granted.delete('https://a.example.it/*');
    await syncExtraOrigins(registrar);
    expect(unregister).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('never throws when the browser refuses the registration', async () => {
    await saveSettings({ extraOrigins: ['https://a.example.it'] });
    granted.add('https://a.example.it/*');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const registrar = contentScriptsRegistrar({ register: async () => Promise.reject(new Error('denied')) });
    await expect(syncExtraOrigins(registrar)).resolves.toEqual([]);
    expect(warn).toHaveBeenCalled();
  });
});
