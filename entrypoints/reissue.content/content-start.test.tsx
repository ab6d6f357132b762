import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptContentStart, askContentStartAgain, contentStart, contentStartNow, followContentStart, forgetContentStart } from './content-start';
import { sendMessage } from '@/utils/messaging';
import type { ContentStart } from '@/utils/messaging/protocol';
import { useContentStart } from './use-content-start';

// The background's answers, one per ask, set per test.
const answers = vi.hoisted(() => ({ next: [] as unknown[] }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => answers.next.shift()) }));

const day = (count: number) => ({ day: '2026-12-06', count, limit: 20, level: 'ok', notices: [], practice: 0 });

function Count() {
  const start = useContentStart();
  return <p>{start?.quotaToday?.count ?? 'nothing yet'}</p>;
}

beforeEach(() => forgetContentStart());

describe("the features' start answer", () => {
  it('keeps only well-formed parts: a broken answer reads as nothing known', async () => {
    answers.next = [{ blockSubmitOnErrors: 'yes', checklistDefinition: { rules: [] }, importedTours: 'x', quotaToday: { count: '3' }, officeToday: 7, officeLines: { it: 'Ufficio', en: 3 } }];
    // A request under way unless the answer says there is none: the live panel draws, never a stale copy.
    expect(await contentStart()).toEqual({ blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: null, officeToday: null, officeLines: null, requestUnderWay: true });
  });

  it("keeps the office's line only with a text for every language", async () => {
    const officeLines = { it: 'Ufficio: 3 di 20', en: 'Office: 3 of 20', de: 'Amt: 3 von 20' };
    answers.next = [{ blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: day(3), officeToday: null, officeLines }];
    expect((await contentStart()).officeLines).toEqual(officeLines);
  });

  it('draws a section once it comes, and again when the panel asks anew in the same page', async () => {
    answers.next = [{ blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: day(3), officeToday: null }];
    const root = document.createElement('div');
    await act(() => render(<Count />, root));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.textContent).toBe('3');
    answers.next = [{ blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: day(4), officeToday: null }];
    await act(async () => {
      askContentStartAgain();
      await contentStart();
    });
    expect(root.textContent).toBe('4');
    render(null, root);
  });

  it("takes the first part's answer still on its way: one ask per page, and its followers told when it comes", async () => {
    let arrive: (start: ContentStart) => void = () => undefined;
    const onItsWay = new Promise<ContentStart>((resolve) => (arrive = resolve));
    const asks = vi.mocked(sendMessage).mock.calls.length;
    adoptContentStart(onItsWay);
    const told: unknown[] = [];
    const stop = followContentStart((start) => told.push(start.quotaToday?.count));
    expect(contentStartNow()).toBeNull();
    const start = { blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: day(5), officeToday: null, officeLines: null } as unknown as ContentStart;
    arrive(start);
    expect((await contentStart()).quotaToday?.count).toBe(5);
    expect(contentStartNow()).toEqual(start);
    expect(told).toEqual([5]);
    expect(vi.mocked(sendMessage).mock.calls.length).toBe(asks);
    stop();
  });
});
