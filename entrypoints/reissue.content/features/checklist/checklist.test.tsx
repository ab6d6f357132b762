import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistSummary } from '@/utils/checklist/complete';
import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
import { stepsFor } from '@/utils/checklist/steps';
import { setLanguage } from '@/utils/i18n';
import type { PortalPage } from '@/utils/portal/adapter';
import { ChecklistSection } from './checklist';
import { HIGHLIGHT_ATTRIBUTE } from './highlight';
import { reportMinorStatus } from '../../holder-age';
import { startNewRequest } from '../../request-memory';

type FullPage = PortalPage & { fields: Required<PortalPage['fields']> };

function portal(): FullPage {
  document.body.replaceChildren();
  const make = (type: string, name = ''): HTMLInputElement => {
    const input = document.createElement('input');
    input.type = type;
    input.name = name;
    document.body.append(input);
    return input;
  };
  const [cf, nc, em] = [make('text'), make('text'), make('email')];
  const [h1, h2, h3] = [make('radio', 'm'), make('radio', 'm'), make('radio', 'm')];
  return {
    context: { source: 'title', element: null },
    step: null,
    heading: null,
    fields: { codiceFiscale: cf, numeroCarta: nc, email: em },
    halves: { first: h1, second: h2, both: h3 },
    delegaUpload: null,
    submit: null,
    holder: { surname: null, name: null },
  };
}

let host: HTMLElement;
let page: FullPage;
let onComplete: ReturnType<typeof vi.fn<(s: ChecklistSummary) => Promise<void>>>;
let onPrint: ReturnType<typeof vi.fn<(kind: string) => void>>;

const q = <T extends Element = HTMLInputElement>(testId: string): T | null => host.querySelector<T>(`[data-testid="${testId}"]`);
const must = <T extends Element = HTMLInputElement>(testId: string): T => {
  const found = q<T>(testId);
  if (!found) throw new Error(`no ${testId}`);
  return found;
};
const click = async (testId: string): Promise<void> => {
  await act(() => must<HTMLElement>(testId).click());
};
const completeButton = (): HTMLButtonElement => must<HTMLButtonElement>('complete-request');
const visibleStepIds = (): string[] => [...host.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step') ?? '');

async function mount(): Promise<void> {
  await act(() => {
    render(<ChecklistSection page={page} definition={BUILTIN_DEFINITION} onPrint={onPrint} onComplete={onComplete} />, host);
  });
}

async function checkAll(required = true): Promise<void> {
  for (const id of visibleStepIds()) {
    const step = BUILTIN_DEFINITION.rules.flatMap((r) => r.steps).find((s) => s.id === id);
    if (!required || step?.required) await click(`step-${id}`);
  }
}

beforeEach(async () => {
  setLanguage('it');
  startNewRequest(); // each test is a new request, as a new page would be
  page = portal();
  host = document.createElement('div');
  document.body.append(host);
  onComplete = vi.fn(() => Promise.resolve());
  onPrint = vi.fn();
  await mount();
});
afterEach(() => {
  render(null, host);
  vi.useRealTimers();
});

describe('ChecklistSection', () => {
  it('prefills from the page: no e-mail typed yet, halves ticked on the portal', async () => {
    expect(q('checklist')).not.toBeNull();
    expect(must('case-email-no').checked).toBe(true);
    await act(() => {
      page.halves.second!.click();
    });
    expect(must('case-halves-second').checked).toBe(true);
    await act(() => {
      page.fields.email.value = 'someone@example.org';
      page.fields.email.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(must('case-email-yes').checked).toBe(true);
    expect(q('step-email-not-pec')).not.toBeNull();
    expect(q('step-delega-upload')).toBeNull();
  });

  it("takes the minor's case from the codice fiscale, and the holder's back when it is corrected", async () => {
    expect(must('case-who-holder').checked).toBe(true);
    await act(() => reportMinorStatus({ minor: true, age: 14 }));
    expect(must('case-who-minor').checked).toBe(true);
    expect(q('step-minor-parent-id')).not.toBeNull();
    await act(() => reportMinorStatus({ minor: false, age: 40 }));
    expect(must('case-who-holder').checked).toBe(true);
    await click('case-who-delegate');
    await act(() => reportMinorStatus({ minor: true, age: 15 }));
    expect(must('case-who-delegate').checked).toBe(true); // the operator's choice stands
    await act(() => reportMinorStatus(null));
  });

  it("stops following the page once the operator chooses", async () => {
    await click('case-email-yes');
    await act(() => {
      page.fields.email.value = '';
      page.fields.email.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(must('case-email-yes').checked).toBe(true);
  });

  it('lists the steps of the case and enables completion only when every required one is checked', async () => {
    await click('case-who-minor');
    const expected = stepsFor({ who: 'minor', halves: 'both', email: false, presence: 'present' }, BUILTIN_DEFINITION);
    expect(visibleStepIds()).toEqual(expected.map((s) => s.id));
    expect(completeButton().disabled).toBe(true);
    await checkAll();
    expect(completeButton().disabled).toBe(false);
    await click(`step-${expected[0]!.id}`); // uncheck one
    expect(completeButton().disabled).toBe(true);
  });

  it('records the case without citizen data, announces it and clears the case', async () => {
    await click('case-who-delegate');
    await checkAll();
    await click('complete-request');
    expect(onComplete).toHaveBeenCalledTimes(1);
    const summary = onComplete.mock.calls[0]![0];
    expect(summary).toMatchObject({ kind: 'delegate', halves: 'both', channel: 'paper', source: 'checklist', skipped: [] });
    expect(summary.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(summary).not.toHaveProperty('overrideReason');
    expect(must('checklist-status').textContent).toBe('Richiesta registrata. Caso chiuso.');
    expect(must('case-who-holder').checked).toBe(true);
    expect(host.querySelectorAll('[data-step] input:checked')).toHaveLength(0);
    expect(completeButton().disabled).toBe(true);

    await checkAll();
    await click('complete-request');
    expect(onComplete.mock.calls[1]![0].requestId).not.toBe(summary.requestId);
  });

  it('lets the operator override, but only with a reason', async () => {
    expect(q('complete-override-reason')).toBeNull();
    await click('complete-override');
    expect(completeButton().disabled).toBe(true);
    const reason = must<HTMLTextAreaElement>('complete-override-reason');
    await act(() => {
      reason.value = '   ';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(completeButton().disabled).toBe(true);
    await act(() => {
      reason.value = 'Dichiarazione già agli atti';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(completeButton().disabled).toBe(false);
    await click('complete-request');
    const summary = onComplete.mock.calls[0]![0];
    expect(summary.skipped.length).toBeGreaterThan(3);
    expect(summary.overrideReason).toBe('Dichiarazione già agli atti');
  });

  it('keeps the case when recording fails and says why', async () => {
    onComplete.mockRejectedValueOnce(new Error('quota non raggiungibile'));
    await checkAll();
    await click('step-identify-present'); // leave it unchecked, then check again
    await click('step-identify-present');
    await click('complete-request');
    expect(must('checklist-status').textContent).toContain('quota non raggiungibile');
    expect(must('step-identify-present').checked).toBe(true);
  });

  it('offers the documents of the case and hands the kind to the print flow', async () => {
    await click('case-who-minor');
    expect(q('print-delega-terzi')).toBeNull();
    await click('print-dichiarazione-minore');
    expect(onPrint).toHaveBeenCalledWith('dichiarazione-minore');
    await click('case-presence-remote');
    await click('print-istanza-recupero');
    expect(onPrint).toHaveBeenLastCalledWith('istanza-recupero');
  });

  it('shows a portal field: focus and a temporary outline, then the style as it was', async () => {
    vi.useFakeTimers();
    await click('show-enter-numero-carta');
    const field = page.fields.numeroCarta;
    expect(document.activeElement).toBe(field);
    expect(field.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(true);
    expect(field.style.outline).not.toBe('');
    await click('show-enter-codice-fiscale'); // a second highlight clears the first
    expect(field.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(page.fields.codiceFiscale.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(false);
    expect(page.fields.codiceFiscale.style.outline).toBe('');
  });

  it('collapses without losing the open case', async () => {
    await click('step-identify-present');
    await click('checklist-toggle');
    expect(must<HTMLElement>('checklist-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector<HTMLElement>('#sportello-checklist-body')?.hidden).toBe(true);
    await click('checklist-toggle');
    expect(must('step-identify-present').checked).toBe(true);
  });

  it('labels every control for screen readers', () => {
    for (const input of host.querySelectorAll<HTMLInputElement>('input, textarea')) {
      expect(input.labels?.length ?? 0, input.getAttribute('data-testid') ?? '').toBeGreaterThan(0);
    }
    for (const fieldset of host.querySelectorAll('fieldset')) expect(fieldset.querySelector('legend')?.textContent).toBeTruthy();
    expect(must<HTMLElement>('checklist-status').getAttribute('aria-live')).toBe('polite');
  });
});
