import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RequestMemory } from '@/utils/request-memory';
import { contentSender, pageSender } from '@/test/unit/quota-harness';
import { noteSubmit, recallRequest, rememberRequest } from './request-memory';

const memory = (over: Partial<RequestMemory> = {}): RequestMemory => ({
  requestId: crypto.randomUUID(),
  values: { codiceFiscale: 'RSSMRA80A01H501U', numeroCarta: 'CA12345AB' },
  checklist: { case: { who: 'holder', halves: 'both', email: false, presence: 'present' }, checked: ['identify'], touched: ['email'] },
  screen: { step: 1 },
  submitted: { halves: 'both', channel: 'paper' },
  confirmed: false,
  ...over,
});

describe('the request memory of a tab, across the portal steps', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());
  const at = (ms: number): void => void vi.useFakeTimers({ now: ms, toFake: ['Date'] });

  it('gives a tab back what its earlier step remembered, and nothing to another tab', async () => {
    const kept = memory();
    at(1000);
    await rememberRequest(kept, contentSender(4));
    at(2000);
    expect(await recallRequest({}, contentSender(4))).toEqual(kept);
    expect(await recallRequest({}, contentSender(5))).toBeNull();
  });

  it('forgets a request left open for more than half an hour', async () => {
    at(0);
    await rememberRequest(memory(), contentSender(4));
    at(29 * 60 * 1000);
    expect(await recallRequest({}, contentSender(4))).not.toBeNull();
    at(31 * 60 * 1000);
    expect(await recallRequest({}, contentSender(4))).toBeNull();
  });

  it('takes only our content script on a portal page, and only the strict shape', async () => {
    await expect(rememberRequest(memory(), pageSender('popup.html'))).rejects.toThrow();
    await expect(rememberRequest(memory(), { ...contentSender(4), url: 'https://evil.example/', tab: { id: 4, url: 'https://evil.example/' } as never })).rejects.toThrow();
    await expect(rememberRequest({ ...memory(), extra: 1 }, contentSender(4))).rejects.toThrow();
    await expect(rememberRequest(memory({ values: { codiceFiscale: 'x'.repeat(300) } }), contentSender(4))).rejects.toThrow();
    await expect(recallRequest({ tabId: 9 }, contentSender(4))).rejects.toThrow();
  });

  it("adds a submit the first part saw to the tab's request: the earlier steps' request, or the next one", async () => {
    const earlier = memory({ submitted: null });
    await rememberRequest(earlier, contentSender(4));
    await noteSubmit({ halves: 'second', email: true }, contentSender(4));
    expect(await recallRequest({}, contentSender(4))).toEqual({ ...earlier, submitted: { halves: 'second', channel: 'email' } });
    // Nothing remembered in this tab: a request of its own, holding only the submit.
    await noteSubmit({ halves: null, email: false }, contentSender(5));
    expect(await recallRequest({}, contentSender(5))).toMatchObject({ values: {}, checklist: null, confirmed: false, submitted: { halves: 'both', channel: 'paper' } });
    // The last request was counted: the submit is the next one (its own id, nothing of the last).
    const counted = memory({ submitted: null, confirmed: true });
    await rememberRequest(counted, contentSender(6));
    await noteSubmit({ halves: 'first', email: false }, contentSender(6));
    const next = await recallRequest({}, contentSender(6));
    expect(next?.requestId).not.toBe(counted.requestId);
    expect(next).toMatchObject({ values: {}, confirmed: false, submitted: { halves: 'first', channel: 'paper' } });
  });

  it('takes a submit only from our content script, and only its kind: never a value', async () => {
    await expect(noteSubmit({ halves: 'both', email: true }, pageSender('popup.html'))).rejects.toThrow();
    await expect(noteSubmit({ halves: 'both', email: 'mario.rossi@example.it' }, contentSender(4))).rejects.toThrow();
    await expect(noteSubmit({ halves: 'both', email: true, codiceFiscale: 'RSSMRA80A01H501U' }, contentSender(4))).rejects.toThrow();
  });

  it('drops the memory when the tab is closed', async () => {
    await rememberRequest(memory(), contentSender(6));
    const { registerRequestMemoryHandlers } = await import('./request-memory');
    registerRequestMemoryHandlers();
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 1, isWindowClosing: false });
    expect(await recallRequest({}, contentSender(6))).toBeNull();
  });
});
