import { sendMessage } from '@/utils/messaging';
import { ancestorDocuments, readPortalPage, type PageReading, type PortalPage } from '@/utils/portal/adapter';
import type { PageStatus } from '@/utils/schemas';

/** This frame's page as the adapter reads it (with the frames around it); a failure reads as "not recognised". */
export function readThisPage(): PageReading {
  try {
    return readPortalPage(document, { ancestors: ancestorDocuments(window) });
  } catch {
    return { recognised: false, missing: [] };
  }
}

/** No value in any of the screen's fields or the holder's names (a reload or the back button may restore some). */
export function nothingTyped(page: PortalPage): boolean {
  return [...Object.values(page.fields), page.holder.surname, page.holder.name].every((input) => !input || input.value === '');
}

/**
 * Tells the background what this frame shows, once per change. A sub-frame that never showed
 * the function says nothing (the top frame speaks for the tab), unless `speak` asks (its page
 * was listed as showing it: room-pages.ts). One per frame: the first part makes it and hands it
 * to the live panel. Each call's promise settles when the background has answered the last
 * report sent (or failed to), at once when none was.
 */
export function pageStatusReporter(): (status: PageStatus, speak?: boolean) => Promise<void> {
  let last = '';
  let lastSent: Promise<void> = Promise.resolve();
  let frameWasRecognised = false;
  return (status, speak = false) => {
    const key = JSON.stringify(status);
    if (key === last) return lastSent;
    last = key;
    frameWasRecognised ||= status.recognised;
    if (window !== window.top && !frameWasRecognised && !speak) return lastSent;
    lastSent = sendMessage('reportPageStatus', status).catch(() => undefined);
    return lastSent;
  };
}
