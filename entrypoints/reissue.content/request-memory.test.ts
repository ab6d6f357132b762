import { beforeEach, describe, expect, it } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import { documentData } from './features/print/print';
import { currentRequestId, followScreen, noteConfirmed, prefillFromRequest, requestValues, startNewRequest } from './request-memory';

// The two-step demo page, with one step or the other on show (happy-dom, no portal script).
function step(n: 1 | 2): PortalPage {
  const doc = loadPortalPage('ristampa-passi.html', (html) => html.replace(`<section id="passo${n}" hidden>`, `<section id="passo${n}">`));
  const reading = readPortalPage(doc);
  if (!reading.recognised) throw new Error('step not recognised');
  return reading.page;
}

function type(input: HTMLInputElement | undefined, value: string): void {
  if (!input) throw new Error('no such field on this screen');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the request across the portal steps', () => {
  beforeEach(() => startNewRequest());

  it('keeps what step 1 saw for step 2: the documents are filled in with the codice fiscale typed before', async () => {
    const first = step(1);
    const screen1 = new AbortController();
    followScreen(first, screen1.signal);
    await settle();
    type(first.fields.codiceFiscale, 'RSSMRA80A41H501Y');
    type(first.fields.numeroCarta, 'ca12345ab');
    const id = currentRequestId();
    screen1.abort();

    const second = step(2);
    followScreen(second, new AbortController().signal);
    await settle();
    type(second.fields.email, 'mario.rossi@example.it');
    expect(currentRequestId()).toBe(id);
    expect(requestValues()).toMatchObject({ codiceFiscale: 'RSSMRA80A41H501Y', numeroCarta: 'ca12345ab', email: 'mario.rossi@example.it', halves: 'both' });
    expect(documentData(requestValues(), new Date('2026-12-05T10:00:00Z'))).toEqual({
      holder: { codiceFiscale: 'RSSMRA80A41H501Y' },
      cardNumber: 'CA12345AB',
      email: 'mario.rossi@example.it',
      halves: 'both',
      date: '2026-12-05',
    });
    expect(prefillFromRequest()).toEqual({ halves: 'both', email: true });
  });

  it('starts a new request when the portal is back at step 1', async () => {
    const first = step(1);
    const screen1 = new AbortController();
    followScreen(first, screen1.signal);
    await settle();
    type(first.fields.codiceFiscale, 'RSSMRA80A41H501Y');
    screen1.abort();
    const screen2 = new AbortController();
    followScreen(step(2), screen2.signal);
    await settle();
    const id = currentRequestId();
    screen2.abort();

    followScreen(step(1), new AbortController().signal);
    await settle();
    expect(currentRequestId()).not.toBe(id);
    expect(requestValues()).toEqual({ codiceFiscale: '', numeroCarta: '' });
  });

  it('without step captions, the card search shown again empty starts a new request; a re-rendered screen does not', async () => {
    const page = (): PortalPage => {
      const reading = readPortalPage(loadPortalPage('ristampa.html'));
      if (!reading.recognised) throw new Error('not recognised');
      return reading.page;
    };
    const before = page();
    followScreen(before, new AbortController().signal);
    await settle();
    type(before.fields.codiceFiscale, 'RSSMRA80A41H501Y');
    const id = currentRequestId();
    const rendered = page();
    rendered.fields.codiceFiscale!.value = 'RSSMRA80A41H501Y';
    followScreen(rendered, new AbortController().signal);
    await settle();
    expect(currentRequestId()).toBe(id);
    followScreen(page(), new AbortController().signal);
    await settle();
    expect(currentRequestId()).not.toBe(id);
  });

  it('after the portal confirmed a request, typing the next card search starts the next (only when an operator types)', async () => {
    const page = step(1);
    followScreen(page, new AbortController().signal);
    await settle();
    type(page.fields.codiceFiscale, 'RSSMRA80A41H501Y');
    noteConfirmed();
    const id = currentRequestId();
    type(page.fields.codiceFiscale, 'VRDLGU70A01F205X'); // untrusted: a script's event
    expect(currentRequestId()).toBe(id);
  });
});
