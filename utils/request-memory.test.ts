import { describe, expect, it } from 'vitest';
import { holdsARequest, type RequestMemory } from './request-memory';

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
