import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { checkCharacter } from '@/utils/codice-fiscale/tables';
import { setLanguage } from '@/utils/i18n';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import { FEATURES } from '../../feature-registry';
import { onMinorDetected, type MinorStatus } from '../../holder-age';
import { attachFieldChecks, type FieldCheckOptions } from './field-checks';
import { registerOurRoot } from '../../our-root';
import { askContentStartAgain, forgetContentStart } from '../../content-start';

// No background here, but for a start answer a test asks for again.
const background: { contentStart: unknown } = vi.hoisted(() => ({ contentStart: null }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn(async (type: string) => {
    if (type === 'contentStart' && background.contentStart !== null) return background.contentStart;
    throw new Error('no background in this test');
  }),
}));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const withCheck = (code15: string) => code15 + checkCharacter(code15);
const today = new Date(2026, 0, 15);
const ROMA = { name: 'Roma', province: 'RM', foreign: false, validFrom: '1884-09-11', validTo: '9999-12-31' };

let doc: Document;
// The one-screen demo page shows every field.
let page: PortalPage & { fields: Required<PortalPage['fields']> };
let controller: AbortController;

function mountHost(): HTMLElement {
  const host = doc.createElement('div');
  host.id = 'sportello-cie-root';
  host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  registerOurRoot(host);
  return host;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

function blur(input: HTMLInputElement): void {
  input.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('blur'));
}

/** The demo form's submit, pressed by the test; counts the submits that reach the portal. */
function portalForm(): { submit: () => void; portalSubmits: () => number } {
  const form = page.submit!.closest('form')!;
  let reached = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // the portal's own handler would stop here too: no navigation in the test
    reached++;
  });
  return {
    submit: () => void form.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true })),
    portalSubmits: () => reached,
  };
}

/** The panel mounted, the checks attached and their block setting read: the portal's form, ready to submit. */
async function attachedPortalForm(options: FieldCheckOptions = {}): Promise<ReturnType<typeof portalForm>> {
  mountHost();
  attach(options);
  await sleep(0);
  return portalForm();
}

function attach(options: FieldCheckOptions = {}): void {
  attachFieldChecks(page, controller.signal, {
    debounceMs: 5,
    today,
    askBirthplace: async (code) => (code === 'H501' ? ROMA : null),
    readBlockSetting: async () => false,
    ...options,
  });
}

beforeEach(() => {
  setLanguage('it');
  doc = loadPortalPage('ristampa.html');
  const reading = readPortalPage(doc);
  if (!reading.recognised) throw new Error('demo page not recognised');
  const { codiceFiscale, numeroCarta, email } = reading.page.fields;
  if (!codiceFiscale || !numeroCarta || !email) throw new Error('a field of the demo page was not found');
  page = { ...reading.page, fields: { codiceFiscale, numeroCarta, email } };
  controller = new AbortController();
  registerOurRoot(null); // the last test's host lives on in its own document
});
afterEach(() => {
  controller.abort();
  background.contentStart = null;
  forgetContentStart();
});

describe('field checks on the demo portal page', () => {
  it('is registered once as a feature', () => {
    expect(FEATURES.filter((f) => f.id === 'field-checks')).toHaveLength(1);
  });

  it('marks the fields, checks after typing and shows the decoded code beside the field', async () => {
    mountHost();
    attach();
    const cf = page.fields.codiceFiscale;
    expect(cf.getAttribute('data-sportello-field')).toBe('codiceFiscale');
    expect(page.fields.numeroCarta.getAttribute('data-sportello-field')).toBe('numeroCarta');
    expect(page.fields.email.getAttribute('data-sportello-field')).toBe('email');
    const typed = withCheck('RSSMRA80A41H501').toLowerCase().replace('h501', ' h501');
    type(cf, typed);
    expect(cf.hasAttribute('data-sportello-state')).toBe(false); // debounced: nothing yet
    await sleep(40);
    expect(cf.value).toBe(typed); // never rewritten
    expect(cf.getAttribute('data-sportello-state')).toBe('valid');
    expect(cf.hasAttribute('aria-invalid')).toBe(false);
    expect(cf.getAttribute('aria-describedby')?.split(' ')).toContain('sportello-message-codiceFiscale');
    const message = doc.getElementById('sportello-message-codiceFiscale');
    expect(message?.parentElement?.id).toBe('sportello-cie-root');
    expect(message?.getAttribute('aria-live')).toBe('polite');
    expect(message?.textContent).toBe('nato/a il 01/01/1980 a ROMA (RM), F');
    expect(doc.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('slot[name="sportello-message-codiceFiscale"]')).not.toBeNull();
  });

  it('says why on blur: invalid code, CAN instead of card number, PEC address', () => {
    mountHost();
    attach();
    const { codiceFiscale: cf, numeroCarta: card, email } = page.fields;
    cf.value = 'RSSMRA80A41H501A';
    blur(cf);
    expect(cf.getAttribute('data-sportello-state')).toBe('invalid');
    expect(cf.getAttribute('aria-invalid')).toBe('true');
    expect(doc.getElementById('sportello-message-codiceFiscale')?.textContent).toContain('carattere');
    card.value = '123456';
    blur(card);
    expect(card.getAttribute('data-sportello-state')).toBe('invalid');
    expect(doc.getElementById('sportello-message-numeroCarta')?.textContent).toContain('CAN');
    email.value = 'mario.rossi@pec.it';
    blur(email);
    expect(email.getAttribute('data-sportello-state')).toBe('warning');
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    expect(doc.getElementById('sportello-message-email')?.textContent).toContain('PEC');
  });

  it('warns when the code does not match the holder names shown on the page', () => {
    mountHost();
    attach();
    page.holder.surname!.value = 'Bianchi';
    page.holder.name!.value = 'Maria';
    page.fields.codiceFiscale.value = withCheck('RSSMRA80A41H501');
    blur(page.fields.codiceFiscale);
    expect(page.fields.codiceFiscale.getAttribute('data-sportello-state')).toBe('warning');
    expect(doc.getElementById('sportello-message-codiceFiscale')?.textContent).toContain('(RSS)');
  });

  it('reports a minor to listeners', () => {
    mountHost();
    const heard: MinorStatus[] = [];
    onMinorDetected((status) => heard.push(status), controller.signal);
    attach();
    page.fields.codiceFiscale.value = withCheck('RSSMRA12A01H501');
    blur(page.fields.codiceFiscale);
    expect(heard.at(-1)).toEqual({ minor: true, age: 14 });
    expect(doc.getElementById('sportello-message-codiceFiscale')?.textContent).toContain('Minorenne (14 anni)');
  });

  it('waits for the panel host when attach runs before it exists', async () => {
    page.fields.numeroCarta.value = 'ca00000aa';
    attach();
    expect(page.fields.numeroCarta.getAttribute('data-sportello-state')).toBe('valid');
    expect(doc.getElementById('sportello-message-numeroCarta')).toBeNull();
    mountHost();
    // Handed over when the panel registers its host: no polling, no delay.
    expect(doc.getElementById('sportello-message-numeroCarta')?.textContent).toContain('CIE 3.0');
  });

  it('forgets what waited for the host once the screen is gone', () => {
    page.fields.numeroCarta.value = 'ca00000aa';
    attach();
    controller.abort();
    mountHost();
    expect(doc.getElementById('sportello-message-numeroCarta')).toBeNull();
  });

  it('blocks the submit only when the office turned blocking on and a field is invalid', async () => {
    const { submit, portalSubmits } = await attachedPortalForm({ readBlockSetting: async () => true });
    page.fields.codiceFiscale.value = 'RSSMRA80A41H501A';
    page.fields.numeroCarta.value = 'CA00000AA';
    submit();
    expect(portalSubmits()).toBe(0);
    expect(doc.getElementById('sportello-message-codiceFiscale')?.textContent).toContain('Invio bloccato');
    page.fields.codiceFiscale.value = withCheck('RSSMRA80A41H501');
    submit();
    expect(portalSubmits()).toBe(1);
  });

  it('follows a later start answer: blocking turned on by a policy that came back other than its copy', async () => {
    const { submit, portalSubmits } = await attachedPortalForm();
    page.fields.codiceFiscale.value = 'RSSMRA80A41H501A';
    page.fields.numeroCarta.value = 'CA00000AA';
    submit();
    expect(portalSubmits()).toBe(1);
    background.contentStart = { blockSubmitOnErrors: true };
    askContentStartAgain();
    await sleep(0);
    submit();
    expect(portalSubmits()).toBe(1);
  });

  it('never blocks when the setting is off', async () => {
    const { submit, portalSubmits } = await attachedPortalForm();
    page.fields.codiceFiscale.value = 'nonsense';
    submit();
    expect(portalSubmits()).toBe(1);
  });

  it('leaves the portal as it was when the signal aborts', () => {
    mountHost();
    page.fields.email.setAttribute('aria-describedby', 'portal-hint');
    attach();
    page.fields.email.value = 'not-an-address';
    blur(page.fields.email);
    expect(page.fields.email.getAttribute('aria-describedby')).toBe('portal-hint sportello-message-email');
    controller.abort();
    expect(page.fields.email.getAttribute('aria-describedby')).toBe('portal-hint');
    expect(page.fields.email.hasAttribute('aria-invalid')).toBe(false);
    expect(page.fields.email.hasAttribute('data-sportello-field')).toBe(false);
    expect(doc.getElementById('sportello-message-email')).toBeNull();
  });
});
