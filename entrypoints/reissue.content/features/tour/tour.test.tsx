import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { setLanguage } from '@/utils/i18n';
import { readPortalPage } from '@/utils/portal/adapter';
import { BUILTIN_TOURS } from '@/utils/tours/builtin';
import type { StartTourResult, Tour } from '@/utils/tours/schema';
import { FEATURES } from '../../feature-registry';
import { tourFeature, TourSection } from './tour';
import { TOUR_TARGET_ATTRIBUTE } from './highlight';
import { createTourRunnerHost } from './runner-mount';

// In the page the runner is injected on the first start; here it is the same code, in-process.
const runnerHost = createTourRunnerHost();

let shadow: ShadowRoot;
let container: HTMLElement;
let popupStart: ((tourId: string | undefined) => StartTourResult) | null;

/** The demo portal's reprint page in the test document, with our shadow root and a checklist in it. */
async function mount(edit: (html: string) => string = (h) => h, imported: Tour[] = []): Promise<void> {
  const portal = loadPortalPage('ristampa.html', edit);
  document.body.replaceChildren(...[...portal.body.childNodes].map((node) => document.importNode(node, true)));
  const reading = readPortalPage(document);
  if (!reading.recognised) throw new Error('demo page not recognised');
  const host = document.createElement('div');
  host.id = 'sportello-cie-root';
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  container = document.createElement('div');
  shadow.append(container);
  const listen = (start: (tourId: string | undefined) => StartTourResult) => {
    popupStart = start;
    return () => (popupStart = null);
  };
  await act(() => {
    render(
      <div>
        <section data-testid="checklist">Lista</section>
        <TourSection page={reading.page} imported={imported} listen={listen} loadRunner={() => Promise.resolve(runnerHost)} />
      </div>,
      container,
    );
  });
}

const byTestId = <T extends Element = HTMLElement>(id: string): T | null => shadow.querySelector<T>(`[data-testid="${id}"]`);
const callout = (): HTMLElement | null => byTestId('tour-callout');
const marked = (): Element[] => [
  ...document.querySelectorAll(`[${TOUR_TARGET_ATTRIBUTE}]`),
  ...shadow.querySelectorAll(`[${TOUR_TARGET_ATTRIBUTE}]`),
];
const target = (): Element => {
  const [only, ...more] = marked();
  if (!only || more.length > 0) throw new Error(`expected one marked element, found ${marked().length}`);
  return only;
};

async function startTour(id: string): Promise<void> {
  const select = byTestId<HTMLSelectElement>('tour-start-choice')!;
  select.value = id;
  await act(() => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const button = byTestId<HTMLButtonElement>('tour-start')!;
  button.focus();
  await act(() => button.click());
  await runnerArrives();
}

/**
 * The runner is asked for on start (injected by the background in the page), then draws: its
 * first effects run after Preact's next paint (at most 35 ms when no frame comes).
 */
async function runnerArrives(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

async function press(key: string, on: EventTarget | null = shadow.activeElement): Promise<void> {
  if (!on) throw new Error('nothing focused');
  await act(() => {
    on.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  });
}

beforeEach(() => {
  setLanguage('it');
  popupStart = null;
});
afterEach(() => {
  if (container) render(null, container);
  document.body.replaceChildren();
});

describe('guided tour on the demo portal', () => {
  it('is registered once in FEATURES', () => {
    expect(FEATURES.filter((feature) => feature === tourFeature)).toHaveLength(1);
  });

  it('walks the holder tour with the arrow keys, marking the right element at each step', async () => {
    await mount();
    await startTour('holder-email');
    const expected: [string, () => Element | null][] = [
      ['heading', () => document.querySelector('h1.titolo')],
      ['codice-fiscale', () => document.getElementById('txtCodiceFiscale')],
      ['numero-carta', () => document.getElementById('txtNumeroCarta')],
      ['halves', () => document.getElementById('radPrima')!.closest('fieldset')],
      ['email', () => document.getElementById('txtEmail')],
      ['sign', () => document.getElementById('btnInvia')],
      ['checklist', () => shadow.querySelector('[data-testid="checklist"]')],
    ];
    for (const [index, [stepId, element]] of expected.entries()) {
      expect(callout()?.getAttribute('data-step-id')).toBe(stepId);
      expect(target()).toBe(element());
      expect(shadow.activeElement).toBe(callout()); // focus on the explanation, every step
      expect(byTestId('tour-step-title')?.textContent).toBe(BUILTIN_TOURS[0]!.steps[index]!.title.it);
      if (index < expected.length - 1) await press('ArrowRight');
    }
    expect(byTestId('tour-next')?.textContent).toBe('Fine');
    await press('ArrowLeft');
    expect(callout()?.getAttribute('data-step-id')).toBe('sign');
    expect(target()).toBe(document.getElementById('btnInvia'));
  });

  it('moves with the Next and Back buttons, and Back is off on the first step', async () => {
    await mount();
    await startTour('minor');
    expect(byTestId<HTMLButtonElement>('tour-back')?.disabled).toBe(true);
    await act(() => byTestId<HTMLButtonElement>('tour-next')!.click());
    expect(callout()?.getAttribute('data-step-id')).toBe('minor-parent');
    expect(target().getAttribute('data-testid')).toBe('checklist');
    await act(() => byTestId<HTMLButtonElement>('tour-back')!.click());
    expect(target()).toBe(document.querySelector('h1.titolo'));
  });

  it('Esc ends the tour: nothing left on the page, focus back on the start button', async () => {
    await mount();
    await startTour('holder-email');
    await press('ArrowRight');
    expect(marked()).toHaveLength(1);
    await press('Escape');
    expect(callout()).toBeNull();
    expect(byTestId('tour-overlay')).toBeNull();
    expect(marked()).toHaveLength(0);
    expect(shadow.querySelector('.tour-layer')).toBeNull();
    expect(shadow.activeElement).toBe(byTestId('tour-start'));
  });

  it('Esc typed in a portal field ends it as well; Next on the last step finishes', async () => {
    await mount();
    await startTour('holder-email');
    await press('Escape', document.getElementById('txtEmail'));
    expect(callout()).toBeNull();
    await startTour('holder-email');
    for (let i = 0; i < BUILTIN_TOURS[0]!.steps.length; i++) await press('ArrowRight');
    expect(callout()).toBeNull();
    expect(marked()).toHaveLength(0);
  });

  it('skips the delega upload while the portal hides it, with a visible note, and shows it once shown', async () => {
    await mount();
    await startTour('no-email-delega');
    for (const _ of ['heading', 'cf', 'card', 'halves']) await press('ArrowRight');
    expect(callout()?.getAttribute('data-step-id')).toBe('email-empty');
    await press('ArrowRight');
    expect(callout()?.getAttribute('data-step-id')).toBe('sign');
    expect(byTestId('tour-skipped-note')?.textContent).toContain('Caricare la delega firmata');
    document.getElementById('boxDelega')!.hidden = false; // the portal shows it when the e-mail is empty
    await press('ArrowLeft');
    expect(callout()?.getAttribute('data-step-id')).toBe('delega-upload');
    expect(target()).toBe(document.getElementById('fileDelega'));
    expect(byTestId('tour-skipped-note')).toBeNull();
  });

  it('skips a step whose element the page lacks (no submit button) and says so', async () => {
    await mount((html) => html.replace(/<button type="submit"[^>]*>[^<]*<\/button>/, ''));
    await startTour('holder-email');
    for (let i = 0; i < 5; i++) await press('ArrowRight');
    expect(callout()?.getAttribute('data-step-id')).toBe('checklist');
    expect(byTestId('tour-skipped-note')?.textContent).toContain('Firma e invio');
  });

  it('starts from the popup message, and refuses an unknown tour', async () => {
    await mount();
    let answer: StartTourResult | undefined;
    await act(() => {
      answer = popupStart?.('delegate');
    });
    await runnerArrives();
    expect(answer).toEqual({ started: true, tourId: 'delegate' });
    expect(callout()?.getAttribute('data-step-id')).toBe('heading');
    await press('Escape');
    await act(() => {
      answer = popupStart?.('nope');
    });
    expect(answer).toEqual({ started: false, reason: 'unknown-tour' });
    expect(shadow.querySelector('[role="alert"]')?.textContent).toBe('Percorso guidato non trovato.');
  });

  it('with no element of a trainer tour on the page, says so, dims all and ends on Next', async () => {
    const onlyDelega: Tour = { id: 'solo-delega', title: { it: 'Solo delega' }, steps: [{ id: 'upload', target: 'delegaUpload', title: { it: 'Delega' }, body: { it: 'Caricarla.' } }] };
    await mount(undefined, [onlyDelega]); // a trainer's tour, after the built-in ones
    await startTour('solo-delega');
    expect(callout()?.getAttribute('data-step-id')).toBe('');
    expect(callout()?.textContent).toContain('Nessun elemento di questo percorso');
    expect(byTestId('tour-skipped-note')?.textContent).toContain('«Delega»');
    expect(marked()).toHaveLength(0);
    expect(shadow.activeElement).toBe(callout());
    await press('ArrowRight');
    expect(callout()).toBeNull();
  });
});
