import { describe, expect, it, vi } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage } from '@/utils/portal/adapter';
import type { RequestMemory } from '@/utils/request-memory';
import { followScreen, noteSubmittedBeforeLive, recallRequest, requestValues, submittedRequest } from './request-memory';

// The background: what it was sent, and its answer to the recall, given when the test says
// (the page's memory is asked once, so the tests below follow one page in order).
const background = vi.hoisted(() => ({ sent: [] as { type: string; data: unknown }[], answerRecall: (_memory: unknown): void => undefined }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn((type: string, data: unknown) => {
    background.sent.push({ type, data });
    return type === 'recallRequest' ? new Promise((resolve) => (background.answerRecall = resolve)) : Promise.resolve(undefined);
  }),
}));

const nothingSubmitted: RequestMemory = {
  requestId: 'this-tab',
  values: { codiceFiscale: '' },
  checklist: null,
  screen: null,
  submitted: null,
  confirmed: false,
};

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const remembered = (): RequestMemory[] => background.sent.filter((m) => m.type === 'rememberRequest').map((m) => m.data as RequestMemory);

describe("the request's memory on one page", () => {
  it('a submit the operator made before the live panel came is what the portal confirmation counts, and the recall does not undo it', async () => {
    noteSubmittedBeforeLive({ halves: null, email: false });
    expect(submittedRequest()).toEqual({ halves: 'both', channel: 'paper' });
    noteSubmittedBeforeLive({ halves: 'first', email: true });
    expect(submittedRequest()).toEqual({ halves: 'first', channel: 'email' });
    const recalled = recallRequest();
    background.answerRecall(nothingSubmitted);
    await recalled;
    expect(submittedRequest()).toEqual({ halves: 'first', channel: 'email' });
    expect(requestValues()).toEqual({ codiceFiscale: '' });
  });

  it('goes to the background as the page leaves, not a debounce later', async () => {
    const reading = readPortalPage(loadPortalPage('ristampa.html'));
    if (!reading.recognised) throw new Error('not recognised');
    const { page } = reading;
    followScreen(page, new AbortController().signal);
    await settle();
    const input = page.fields.numeroCarta!;
    input.value = 'CA12345AB';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const before = remembered().length;
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(remembered().slice(before).map((memory) => memory.values.numeroCarta)).toEqual(['CA12345AB']);
    // Sent once: nothing waits after it.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(remembered().length).toBe(before + 1);
  });
});
