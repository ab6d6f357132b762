import { describe, expect, it } from 'vitest';
import { holdsARequest, withSubmit, type RequestMemory } from './request-memory';

const fresh: RequestMemory = { requestId: 'r', values: {}, checklist: null, screen: null, submitted: null, confirmed: false };

describe('a request under way', () => {
  it('is none in a fresh memory, nor in the form\'s own choice of halves, empty values or an untouched checklist', () => {
    expect(holdsARequest(fresh)).toBe(false);
    expect(holdsARequest({ ...fresh, values: { halves: 'both', codiceFiscale: '', email: '' } })).toBe(false);
    expect(holdsARequest({ ...fresh, checklist: { case: { kind: 'holder' } as never, checked: [], touched: [] } })).toBe(false);
  });

  it('is one as soon as a value is typed, a step ticked, a case chosen or a submit awaits the portal', () => {
    expect(holdsARequest({ ...fresh, values: { surname: 'Rossi' } })).toBe(true);
    expect(holdsARequest({ ...fresh, checklist: { case: {} as never, checked: ['id'], touched: [] } })).toBe(true);
    expect(holdsARequest({ ...fresh, checklist: { case: {} as never, checked: [], touched: ['kind' as never] } })).toBe(true);
    expect(holdsARequest({ ...fresh, submitted: { halves: 'both', channel: 'paper' } })).toBe(true);
  });
});

describe('the memory a submit leaves for the next page', () => {
  it("keeps the earlier steps' request and adds what was submitted: the half ticked, e-mail or paper", () => {
    const earlier: RequestMemory = { ...fresh, values: { codiceFiscale: 'RSSMRA80A41H501Y' }, screen: { step: 1 } };
    expect(withSubmit(earlier, { halves: 'second', email: true })).toEqual({ ...earlier, submitted: { halves: 'second', channel: 'email' } });
    expect(withSubmit(earlier, { halves: null, email: false }).submitted).toEqual({ halves: 'both', channel: 'paper' });
  });

  it('starts the next request when nothing was remembered, or the last one was already counted', () => {
    const none = withSubmit(null, { halves: 'first', email: false });
    expect(none).toMatchObject({ values: {}, checklist: null, confirmed: false, submitted: { halves: 'first', channel: 'paper' } });
    const counted: RequestMemory = { ...fresh, requestId: 'counted', values: { surname: 'Rossi' }, confirmed: true };
    const next = withSubmit(counted, { halves: 'both', email: true });
    expect(next.requestId).not.toBe('counted');
    expect(next).toMatchObject({ values: {}, confirmed: false, submitted: { halves: 'both', channel: 'email' } });
  });
});
