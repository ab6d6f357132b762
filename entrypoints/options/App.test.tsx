import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDefinition } from '@/utils/checklist/store';
import { setLanguage } from '@/utils/i18n';
import { readSettings, saveSettings } from '@/utils/settings';
import { App } from './App';
import { loadOptions } from './options-state';

const { request: realRequest, contains: realContains } = fakeBrowser.permissions;
beforeEach(() => setLanguage('it'));
afterEach(() => Object.assign(fakeBrowser.permissions, { request: realRequest, contains: realContains }));

const tick = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
};

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App initial={await loadOptions()} />, root);
  await tick();
  return root;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function pickFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page', () => {
  it('refuses a bad daily limit beside the field, announced, and keeps the old value', async () => {
    await saveSettings({ dailyLimit: 25 });
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#dailyLimit')!;
    expect(input.value).toBe('25');
    type(input, 'venti');
    await tick();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector('#dailyLimit-error')!;
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('dailyLimit-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('Inserire un numero intero da 1 a 10000. Resta il valore precedente: «25».');
    expect((await readSettings()).dailyLimit).toBe(25);

    type(input, '40');
    await tick();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect((await readSettings()).dailyLimit).toBe(40);
  });

  it('shows settings fixed by policy as disabled, saying the administrator set them', async () => {
    await fakeBrowser.storage.managed.set({ comuneName: 'Comune di Merano', blockSubmitOnErrors: true });
    const root = await mount();
    const comune = root.querySelector<HTMLInputElement>('#comuneName')!;
    expect(comune.disabled).toBe(true);
    expect(comune.value).toBe('Comune di Merano');
    expect(root.querySelector('#comuneName-locked')?.textContent).toBe("Impostato dall'amministratore");
    expect(comune.getAttribute('aria-describedby')).toContain('comuneName-locked');
    expect(root.querySelector<HTMLInputElement>('#blockSubmitOnErrors')!.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#officeName')!.disabled).toBe(false);
    expect(root.querySelectorAll('[data-testid=setting-locked]')).toHaveLength(2);
  });

  it('reports a bad policy entry and keeps the good ones of the same list in force', async () => {
    await fakeBrowser.storage.managed.set({
      extraOrigins: ['https://cieonline.comune.example.it', 'http://insicuro.example.it', '<img src=x onerror=alert(1)>', 'https://anagrafe.altro.example.it'],
      dailyLimit: 0,
      comuneName: 'Comune di Merano',
    });
    const root = await mount();
    const origins = [...root.querySelectorAll('[data-testid=origins] li')].map((li) => li.getAttribute('data-origin'));
    expect(origins).toEqual(['https://cieonline.comune.example.it', 'https://anagrafe.altro.example.it']);
    const report = root.querySelector('[data-testid=policy-problems]');
    expect(report?.getAttribute('role')).toBe('alert');
    const lines = [...report!.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      "Il valore di «dailyLimit» non è valido ed è ignorato: resta in uso quello dell'ufficio.",
      "«http://insicuro.example.it» in «extraOrigins» non è valido ed è ignorato; gli altri valori dell'elenco restano in uso.",
      "«<img src=x onerror=alert(1)>» in «extraOrigins» non è valido ed è ignorato; gli altri valori dell'elenco restano in uso.",
    ]);
    // Shown as text, never as markup.
    expect(report!.querySelector('img')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('#dailyLimit')!.disabled).toBe(false);
    expect(root.querySelector<HTMLInputElement>('#comuneName')!.disabled).toBe(true);
  });

  it('shows no policy report when the policy is valid', async () => {
    await fakeBrowser.storage.managed.set({ extraOrigins: ['https://cieonline.comune.example.it'] });
    const root = await mount();
    expect(root.querySelector('[data-testid=policy-problems]')).toBeNull();
  });

  it('refuses a non-https origin without asking the browser', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#extraOrigin')!;
    type(input, 'http://cieonline.comune.example.it');
    await tick();
    root.querySelector<HTMLButtonElement>('[data-testid=origin-add]')!.click();
    await tick();
    expect(request).not.toHaveBeenCalled();
    expect(root.querySelector('#extraOrigin-error')?.textContent).toBe('Sono ammessi solo indirizzi https://.');
    expect((await readSettings()).extraOrigins).toEqual([]);
  });

  it('adds an origin only when the browser grants access to it', async () => {
    // Assigned, not spied: the typings only offer the callback overloads (restored after each test).
    const answers = [false, true];
    const request = vi.fn((_: unknown) => Promise.resolve(answers.shift() ?? false));
    Object.assign(fakeBrowser.permissions, { request, contains: () => Promise.resolve(true) });
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('#extraOrigin')!;
    type(input, 'https://CIEonline.comune.example.it/');
    await tick();
    root.querySelector<HTMLButtonElement>('[data-testid=origin-add]')!.click();
    await tick();
    expect(root.querySelector('#extraOrigin-error')?.textContent).toBe("Permesso non concesso: l'indirizzo non è stato aggiunto.");
    expect((await readSettings()).extraOrigins).toEqual([]);

    root.querySelector<HTMLButtonElement>('[data-testid=origin-add]')!.click();
    await tick();
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://cieonline.comune.example.it/*'] });
    expect((await readSettings()).extraOrigins).toEqual(['https://cieonline.comune.example.it']);
    expect(root.querySelector('[data-origin="https://cieonline.comune.example.it"]')?.textContent).toContain('(attivo)');
  });

  it('offers to allow access to an office server set by policy (a policy cannot grant the permission)', async () => {
    await fakeBrowser.storage.managed.set({
      officeServer: { url: 'https://couch.comune.example.it:6984', database: 'sportello-cie', username: 'sportello-1', password: 'segreta' },
    });
    let granted = false;
    const request = vi.fn(() => ((granted = true), Promise.resolve(true)));
    Object.assign(fakeBrowser.permissions, { request, contains: () => Promise.resolve(granted) });
    const root = await mount();
    expect(root.querySelector('[data-testid=office-settings-locked]')?.textContent).toContain('https://couch.comune.example.it:6984 · sportello-cie · sportello-1');
    expect(root.querySelector('[data-testid=office-settings] form')).toBeNull();
    expect(root.querySelector('[data-testid=office-access]')?.textContent).toContain('(in attesa del permesso del browser)');
    const grant = root.querySelector<HTMLButtonElement>('[data-testid=office-grant]')!;
    expect(grant.textContent).toBe("Consenti l'accesso a https://couch.comune.example.it:6984");
    grant.click();
    await tick();
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.comune.example.it/*'] });
    expect(root.querySelector('[data-testid=office-access]')?.getAttribute('data-granted')).toBe('true');
    expect(root.querySelector('[data-testid=office-access]')?.textContent).toContain('(attivo)');
    expect(root.querySelector('[data-testid=office-grant]')).toBeNull();
  });

  it('shows the checklist validator’s errors and keeps the definition in force', async () => {
    const before = await loadDefinition();
    const root = await mount();
    pickFile(root.querySelector<HTMLInputElement>('#checklistFile')!, new File(['{"rules": 5}'], 'checklist.json'));
    await tick();
    const errors = root.querySelectorAll('[data-testid=checklist-errors] li');
    expect(errors.length).toBeGreaterThan(0);
    expect(root.querySelector('#checklistFile')?.getAttribute('aria-invalid')).toBe('true');
    expect(await loadDefinition()).toEqual(before);
    expect(root.querySelector('[data-testid=checklist-current]')?.textContent).toBe('In uso: la checklist predefinita.');
  });

  it('shows the tours validator’s errors for a file that is not JSON', async () => {
    const root = await mount();
    pickFile(root.querySelector<HTMLInputElement>('#toursFile')!, new File(['not json'], 'tours.json'));
    await tick();
    expect(root.querySelectorAll('[data-testid=tours-errors] li')).toHaveLength(1);
    expect(root.querySelector('[data-testid=tours-current]')?.textContent).toBe('In uso: solo i percorsi predefiniti.');
  });
});
