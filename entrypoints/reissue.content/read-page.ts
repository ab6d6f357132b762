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
 * the function says nothing: the top frame speaks for the tab. One per frame: the first part
 * makes it and hands it to the live panel. Each call's promise settles when the background has
 * answered (or failed to), at once when nothing was sent.
 */
export function pageStatusReporter(): (status: PageStatus) => Promise<void> {
  let last = '';
  let frameWasRecognised = false;
  return (status) => {
    const key = JSON.stringify(status);
    if (key === last) return Promise.resolve();
    last = key;
    frameWasRecognised ||= status.recognised;
    if (window !== window.top && !frameWasRecognised) return Promise.resolve();
    return sendMessage('reportPageStatus', status).catch(() => undefined);
  };
}
