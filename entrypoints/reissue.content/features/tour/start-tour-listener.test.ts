import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { foreignSender, pageSender, sendAs } from '@/test/unit/quota-harness';
import type { StartTourResult } from '@/utils/tours/schema';
import { startTourInTab } from '@/utils/tours/start';
import { listenForStartTour } from './start-tour-listener';

let stop: (() => void) | null = null;
const start = vi.fn((tourId: string | undefined): StartTourResult => ({ started: true, tourId: tourId ?? 'holder-email' }));

// The fake browser has no tabs.sendMessage: deliver to this context's listeners, from the
// popup, with the callback the messaging library passes (undefined when nobody listens).
function routeTabsToListeners(): void {
  const send = (_tabId: number, message: unknown, _options: unknown, callback: (response: unknown) => void): void => {
    let respond!: (response: unknown) => void;
    const response = new Promise((resolve) => (respond = resolve));
    void fakeBrowser.runtime.onMessage
      .trigger(message, pageSender('popup.html'), respond)
      .then(async (results) => callback(results.some((r) => (r as unknown) === true) ? await response : undefined));
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send);
}

beforeEach(() => {
  start.mockClear();
  routeTabsToListeners();
});
afterEach(() => {
  stop?.();
  stop = null;
});

describe('startTour from the popup to the content script', () => {
  it('hands a valid request to the tour and returns its answer', async () => {
    stop = listenForStartTour(start);
    expect(await startTourInTab(1, 'minor')).toEqual({ started: true, tourId: 'minor' });
    expect(await startTourInTab(1)).toEqual({ started: true, tourId: 'holder-email' });
    expect(start.mock.calls).toEqual([['minor'], [undefined]]);
  });

  it('refuses a malformed request without starting anything', async () => {
    stop = listenForStartTour(start);
    expect(await startTourInTab(1, '#btnInvia')).toEqual({ started: false, reason: 'invalid-request' });
    expect(await sendAs(pageSender('popup.html'), 'startTour', { tourId: 'minor', selector: 'x' })).toEqual({
      started: false,
      reason: 'invalid-request',
    });
    expect(start).not.toHaveBeenCalled();
  });

  it('rejects a message from anyone but our own extension', async () => {
    stop = listenForStartTour(start);
    await expect(sendAs(foreignSender(), 'startTour', { tourId: 'minor' })).rejects.toThrow(/mittente/);
    expect(start).not.toHaveBeenCalled();
  });

  it('says "not on the page" when no reprint page listens in the tab', async () => {
    expect(await startTourInTab(1, 'minor')).toEqual({ started: false, reason: 'not-on-page' });
  });
});
