import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { readPortalPage, type PortalPage } from '@/utils/portal/adapter';
import type { RequestMemory } from '@/utils/request-memory';

// The background: what it was sent, and its answer to the recall, given when the test says.
// Each test loads the module anew: a page asks for its memory once.
const background = vi.hoisted(() => ({ sent: [] as { type: string; data: unknown }[], answerRecall: (_memory: unknown): void => undefined }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn((type: string, data: unknown) => {
    background.sent.push({ type, data });
    return type === 'recallRequest' ? new Promise((resolve) => (background.answerRecall = resolve)) : Promise.resolve(undefined);
  }),
}));

type RequestMemoryModule = typeof import('./request-memory');
let requests: RequestMemoryModule;
beforeEach(async () => {
  vi.resetModules();
  background.sent = [];
  requests = await import('./request-memory');
});

const tabMemory = (over: Partial<RequestMemory>): RequestMemory => ({
  requestId: 'the-last-request', values: {}, checklist: null, screen: null, submitted: null, confirmed: false, ...over,
});

/** The tab's memory comes back as the background holds it. */
async function recall(answer: RequestMemory): Promise<void> {
  const recalled = requests.recallRequest();
  background.answerRecall(answer);
  await recalled;
}

function reprintPage(): PortalPage {
  const reading = readPortalPage(loadPortalPage('ristampa.html'));
  if (!reading.recognised) throw new Error('not recognised');
  return reading.page;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The reprint page followed, its memory recalled, and `value` typed into one of its fields. */
async function typedOnFollowedPage(field: 'codiceFiscale' | 'numeroCarta', value: string): Promise<HTMLInputElement> {
  const page = reprintPage();
  requests.followScreen(page, new AbortController().signal);
  await recall(tabMemory({}));
  await settle();
  const input = page.fields[field]!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return input;
}
const remembered = (): RequestMemory[] => background.sent.filter((m) => m.type === 'rememberRequest').map((m) => m.data as RequestMemory);

describe('a submit the operator made before the live panel came', () => {
  it('is what the portal confirmation counts, as the first part read it, and the recall does not undo it', async () => {
    requests.noteSubmittedBeforeLive({ halves: null, email: false });
    expect(requests.submittedRequest()).toEqual({ halves: 'both', channel: 'paper' });
    requests.noteSubmittedBeforeLive({ halves: 'first', email: true });
    await recall(tabMemory({ values: { codiceFiscale: '' } }));
    expect(requests.submittedRequest()).toEqual({ halves: 'first', channel: 'email' });
    expect(requests.currentRequestId()).toBe('the-last-request');
  });

  it("is the next request when the tab's last one was already counted: its own id, nothing of the last", async () => {
    requests.noteSubmittedBeforeLive({ halves: 'both', email: true });
    await recall(tabMemory({ values: { codiceFiscale: 'RSSMRA80A41H501Y' }, confirmed: true }));
    expect(requests.submittedRequest()).toEqual({ halves: 'both', channel: 'email' });
    expect(requests.currentRequestId()).not.toBe('the-last-request');
    expect(requests.requestValues()).toEqual({});
  });

  it('stays when the portal cleared the form it sent: the empty card search is not a new request', async () => {
    requests.noteSubmittedBeforeLive({ halves: 'both', email: true });
    requests.followScreen(reprintPage(), new AbortController().signal);
    await recall(tabMemory({ values: { codiceFiscale: 'RSSMRA80A41H501Y', numeroCarta: 'CA12345AB' }, screen: { step: null } }));
    await settle();
    expect(requests.submittedRequest()).toEqual({ halves: 'both', channel: 'email' });
    expect(requests.currentRequestId()).toBe('the-last-request');
  });
});

describe("the request's memory", () => {
  it("goes to the background at the portal's submit, before the next step loads, not a debounce later", async () => {
    const input = await typedOnFollowedPage('codiceFiscale', 'RSSMRA80A41H501Y');
    const before = remembered().length;
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(remembered().slice(before).map((memory) => memory.values.codiceFiscale)).toContain('RSSMRA80A41H501Y');
  });

  it('goes to the background as the page leaves, not a debounce later, and once', async () => {
    await typedOnFollowedPage('numeroCarta', 'CA12345AB');
    const before = remembered().length;
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    // (Pages of the tests before, each its own module, send what they held too.)
    const sent = remembered().length;
    expect(remembered().slice(before).map((memory) => memory.values.numeroCarta)).toContain('CA12345AB');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(remembered().length).toBe(sent);
  });
});
