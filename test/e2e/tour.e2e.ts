import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel } from './page-objects';
import { focusedInPanel, focusInPanel, hitMap, tourState, waitForStep, waitForTourClosed, type ExpectedStep } from './tour-helpers';

// The tours' steps and their elements, as the tour's author wrote them.
const HEADING: ExpectedStep = { stepId: 'heading', selector: 'h1.titolo', target: 'heading' };
const CODICE_FISCALE: ExpectedStep = { stepId: 'codice-fiscale', selector: '#txtCodiceFiscale', target: 'codiceFiscale' };
const NUMERO_CARTA: ExpectedStep = { stepId: 'numero-carta', selector: '#txtNumeroCarta', target: 'numeroCarta' };
const HALVES: ExpectedStep = { stepId: 'halves', selector: 'fieldset:has(#radPrima)', target: 'halves' };
const EMAIL: ExpectedStep = { stepId: 'email', selector: '#txtEmail', target: 'email' };
const EMAIL_EMPTY: ExpectedStep = { ...EMAIL, stepId: 'email-empty' };
const SIGN: ExpectedStep = { stepId: 'sign', selector: '#btnInvia', target: 'submit' };
const CHECKLIST: ExpectedStep = { stepId: 'checklist', selector: '[data-testid=checklist]', target: 'checklist', shadow: true };

const HOLDER_EMAIL = [HEADING, CODICE_FISCALE, NUMERO_CARTA, HALVES, EMAIL, SIGN, CHECKLIST];
const NO_EMAIL_DELEGA_WITH_EMAIL_TYPED = [HEADING, CODICE_FISCALE, NUMERO_CARTA, HALVES, EMAIL_EMPTY, SIGN, CHECKLIST];

describe.each(BROWSERS)('guided tour with the keyboard alone in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPortal(): Promise<E2EPage> {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    // The office's language comes from the background a moment after the panel shows.
    await page.waitFor(() => (document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=tour-start]')?.textContent ?? '') === 'Avvia la guida', undefined, 20_000);
    return page;
  }

  /** Focus on the start button, (optionally) pick the tour with the arrow keys, Enter. */
  async function startTour(page: E2EPage, position = 0): Promise<void> {
    if (position > 0) {
      await focusInPanel(page, 'tour-start-choice');
      for (let i = 0; i < position; i++) await page.press('ArrowDown');
      await page.press('Tab');
      expect(await focusedInPanel(page)).toBe('tour-start');
    } else {
      await focusInPanel(page, 'tour-start');
    }
    await page.press('Enter');
    // A key pressed at once after the start can be lost in Chromium: wait for the callout's focus.
    await page.waitFor(() => {
      const root = document.getElementById('sportello-cie-root')?.shadowRoot;
      return root?.activeElement?.getAttribute('data-testid') === 'tour-callout';
    });
  }

  /** The step is on show: its element alone is marked, the ring is on it, focus on the callout. */
  async function expectStep(page: E2EPage, step: ExpectedStep, notes: RegExp[] = []): Promise<void> {
    await waitForStep(page, step);
    const state = await tourState(page, step);
    expect(state).toMatchObject({ open: true, stepId: step.stepId, focused: 'tour-callout', ringOnTarget: true });
    expect(state.marks).toEqual([{ target: step.target, isExpected: true }]);
    expect(state.notes).toHaveLength(notes.length);
    notes.forEach((note, i) => expect(state.notes[i]).toMatch(note));
  }

  async function expectNothingLeft(page: E2EPage): Promise<void> {
    await waitForTourClosed(page);
    const state = await tourState(page);
    expect(state).toMatchObject({ open: false, stepId: null, marks: [], notes: [] });
    expect(await page.evaluate(() => document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector('.tour-overlay, .tour-layer *') === null)).toBe(true);
  }

  it('holder-email: every step highlighted in order with →, and a 7th → ends it', async () => {
    const page = await openPortal();
    await startTour(page);
    expect(await page.evaluate(() => document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector('[data-testid=tour]')!.getAttribute('data-tour-id'))).toBe('holder-email');
    for (const [i, step] of HOLDER_EMAIL.entries()) {
      await expectStep(page, step);
      expect(await panel.text(page, 'tour-callout')).toContain(`Passo ${i + 1} di ${HOLDER_EMAIL.length}`);
      await page.press('ArrowRight');
    }
    await expectNothingLeft(page);
    expect(await focusedInPanel(page)).toBe('tour-start');
    await page.close();
  });

  it('← goes back a step; Esc from the middle closes it and the portal takes clicks and typing', async () => {
    const page = await openPortal();
    const before = await hitMap(page);
    await startTour(page);
    await expectStep(page, HEADING);
    await page.press('ArrowLeft'); // nothing before the first step: stays
    await expectStep(page, HEADING);
    await page.press('ArrowRight');
    await expectStep(page, CODICE_FISCALE);
    await page.press('ArrowRight');
    await expectStep(page, NUMERO_CARTA);
    await page.press('ArrowLeft');
    await expectStep(page, CODICE_FISCALE);
    // Each key once the step is on show: a second key pressed within a frame can be lost (report).
    await page.press('ArrowRight');
    await expectStep(page, NUMERO_CARTA);
    await page.press('ArrowRight');
    await expectStep(page, HALVES);
    await page.press('Escape');
    await expectNothingLeft(page);
    expect(await focusedInPanel(page)).toBe('tour-start');

    // Nothing of the tour covers anything: every point takes clicks as before the tour.
    expect(await hitMap(page)).toEqual(before);
    // The panel may cover the field's right part in a narrow window; its left part is the portal's.
    const onTop = await page.evaluate(() => {
      const field = document.querySelector('#txtCognome')!;
      const box = field.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
      return top === field ? 'the field' : `${top?.tagName ?? 'nothing'}#${top?.id ?? ''}`;
    });
    expect(onTop).toBe('the field');
    await page.click('#txtCognome');
    await page.type('#txtCognome', 'ROSSI');
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#txtCognome')!.value)).toBe('ROSSI');
    await page.close();
  });

  it('no-email-delega on a page without the delega box: that step is skipped with a note', async () => {
    const page = await openPortal();
    await page.type('#txtEmail', 'mario.rossi@example.it');
    await page.waitFor(() => document.querySelector<HTMLElement>('#boxDelega')?.hidden === true);
    await startTour(page, 1);
    expect(await page.evaluate(() => document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector('[data-testid=tour]')!.getAttribute('data-tour-id'))).toBe('no-email-delega');
    for (const step of NO_EMAIL_DELEGA_WITH_EMAIL_TYPED) {
      // The note about the missing delega upload comes with the step shown in its place.
      await expectStep(page, step, step === SIGN ? [/Caricare la delega firmata.*saltato/] : []);
      expect(await page.evaluate(() => document.querySelector('[data-sportello-tour-target=delegaUpload]') !== null)).toBe(false);
      await page.press('ArrowRight');
    }
    await expectNothingLeft(page);
    expect(await focusedInPanel(page)).toBe('tour-start');
    await page.close();
  });
});
