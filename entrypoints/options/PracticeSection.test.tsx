import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/utils/i18n';
import { DEMO_PRACTICE_URL } from '@/utils/practice-portal';
import { readSettings } from '@/utils/settings';
import { commitSetting, loadOptions } from './options-state';
import { PracticeSection } from './PracticeSection';

const PRACTICE_PAGE = readFileSync('test/portal/pratica.html', 'utf8').replace(/<link[^>]*>/g, '');
const REPRINT_PAGE = readFileSync('test/portal/ristampa.html', 'utf8').replace(/<link[^>]*>/g, '');
const { request: realRequest, contains: realContains } = fakeBrowser.permissions;

beforeEach(() => setLanguage('it'));
afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.permissions.request = realRequest;
  fakeBrowser.permissions.contains = realContains;
});

const tick = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
};

/** The section as the options page shows it, saving through the real settings. */
async function mount(serve: Record<string, string> = {}) {
  const fetchPage = vi.fn(async (url: string | URL) => {
    const body = serve[url.toString()];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetchPage);
  const openTab = vi.fn<(url: string) => Promise<void>>(async () => undefined);
  let state = await loadOptions();
  const root = document.createElement('div');
  document.body.append(root);
  const draw = (): void =>
    render(
      <PracticeSection
        state={state}
        openTab={openTab}
        save={async (url) => {
          const result = await commitSetting(state, 'practiceUrl', url);
          if (!result.ok) return result.message;
          state = result.state;
          draw();
          return null;
        }}
      />,
      root,
    );
  draw();
  await tick();
  const input = root.querySelector<HTMLInputElement>('#practiceUrl')!;
  const error = (): string => root.querySelector('#practiceUrl-error')?.textContent ?? '';
  const status = (): string => root.querySelector('[data-testid=practice-status]')?.textContent ?? '';
  const start = async (): Promise<void> => {
    root.querySelector<HTMLButtonElement>('[data-testid=practice-start]')!.click();
    await tick();
  };
  const type = async (value: string): Promise<void> => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
  };
  const button = root.querySelector<HTMLButtonElement>('[data-testid=practice-start]')!;
  return { input, button, error, status, start, type, openTab, fetchPage };
}

describe('starting practice from the options page', () => {
  it("opens the demo portal's practice cases once their page proves to be practice", async () => {
    const section = await mount({ [DEMO_PRACTICE_URL]: PRACTICE_PAGE });
    expect(section.input.value).toBe(DEMO_PRACTICE_URL);
    await section.start();
    expect(section.openTab).toHaveBeenCalledWith(DEMO_PRACTICE_URL);
    expect(section.status()).toBe('Esercitazione aperta in una nuova scheda.');
    expect(section.error()).toBe('');
  });

  it('never opens a page without the practice marker, such as the real reprint page', async () => {
    const url = 'https://cieonline.interno.it/ristampa.html';
    const section = await mount({ [url]: REPRINT_PAGE });
    await section.type(url);
    await section.start();
    expect(section.openTab).not.toHaveBeenCalled();
    expect(section.error()).toContain('non è un portale di esercitazione');
    expect(section.input.getAttribute('aria-invalid')).toBe('true');
  });

  it('says the practice portal does not answer when nothing is served there', async () => {
    const section = await mount({});
    await section.start();
    expect(section.openTab).not.toHaveBeenCalled();
    expect(section.error()).toBe(`Il portale di esercitazione non risponde a ${DEMO_PRACTICE_URL}: avviarlo (npm run demo) o correggere l'indirizzo.`);
  });

  it('asks for an address the extension does not act on to be added first, without fetching it', async () => {
    const section = await mount();
    await section.type('https://formazione.comune.esempio.it/pratica.html');
    expect((await readSettings()).practiceUrl).toBe('https://formazione.comune.esempio.it/pratica.html');
    await section.start();
    expect(section.fetchPage).not.toHaveBeenCalled();
    expect(section.error()).toContain('aggiungerlo prima in «Altri indirizzi del portale»');
  });

  it('asks the browser for an added address, and stops when refused', async () => {
    const origin = 'https://formazione.comune.esempio.it';
    const url = `${origin}/pratica.html`;
    await commitSetting(await loadOptions(), 'extraOrigins', [origin]);
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request;
    const section = await mount({ [url]: PRACTICE_PAGE });
    await section.type(url);
    await section.start();
    expect(request).toHaveBeenCalledWith({ origins: [`${origin}/*`] });
    expect(section.openTab).not.toHaveBeenCalled();
    expect(section.error()).toBe("Permesso non concesso: l'esercitazione non è stata aperta.");

    // Granted: the browser now reports the permission, which the network guard checks.
    fakeBrowser.permissions.request = vi.fn(async () => true);
    fakeBrowser.permissions.contains = vi.fn(async () => true);
    await section.start();
    expect(section.openTab).toHaveBeenCalledWith(url);
  });

  it('runs one check at a time however often the button is pressed, keeping it focusable', async () => {
    const section = await mount();
    let answer: (response: Response) => void = () => undefined;
    section.fetchPage.mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)));
    section.button.click();
    await tick();
    section.button.click(); // while the first check waits for the server
    await tick();
    expect(section.button.disabled).toBe(false);
    expect(section.button.getAttribute('aria-disabled')).toBe('true');
    expect(section.status()).toBe('Verifica del portale di esercitazione in corso…');
    answer(new Response(PRACTICE_PAGE));
    await tick();
    expect(section.fetchPage).toHaveBeenCalledTimes(1);
    expect(section.openTab).toHaveBeenCalledTimes(1);
    expect(section.button.hasAttribute('aria-disabled')).toBe(false);
  });

  it('says so when the tab cannot be opened', async () => {
    const section = await mount({ [DEMO_PRACTICE_URL]: PRACTICE_PAGE });
    section.openTab.mockRejectedValueOnce(new Error('No window'));
    await section.start();
    expect(section.error()).toBe("Non è stato possibile aprire la scheda dell'esercitazione: riprovare.");
    expect(section.status()).toBe('');
  });

  it('refuses a bad address beside the field and keeps the one in force', async () => {
    const section = await mount();
    await section.type('http://cieonline.interno.it/pratica.html');
    expect(section.error()).toContain(`Resta il valore precedente: «${DEMO_PRACTICE_URL}»`);
    expect(section.input.value).toBe('http://cieonline.interno.it/pratica.html');
    expect((await readSettings()).practiceUrl).toBe(DEMO_PRACTICE_URL);
  });
});
