import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { ContentStart } from '@/utils/messaging/protocol';

// The content script reads no storage and carries no zod (its size and start-up time are
// the page's): the background reads, validates and answers, once per page, at document_start.
// Our own background's answer is trusted; these checks only keep a broken answer from
// breaking the page. Never throws.

const NOTHING_KNOWN: ContentStart = {
  blockSubmitOnErrors: false,
  checklistDefinition: null,
  importedTours: [],
  quotaToday: null,
  officeToday: null,
};

let asked: Promise<ContentStart> | null = null;
let known: ContentStart | null = null;

/** What the features start from, asked once (at document_start); on failure, nothing known. */
export function contentStart(): Promise<ContentStart> {
  asked ??= sendMessage('contentStart', {}).then(
    (answer) => (known = isContentStart(answer) ? answer : NOTHING_KNOWN),
    () => (known = NOTHING_KNOWN),
  );
  return asked;
}

/**
 * The start answer for a panel section: there at the first render when it came before the
 * panel was drawn (the usual case: asked at document_start), else drawn again once it comes.
 */
export function useContentStart(): ContentStart | null {
  const [value, setValue] = useState(known);
  useEffect(() => {
    if (!value) void contentStart().then(setValue);
  }, []);
  return value;
}

/** Tests only: the next `contentStart()` asks again. */
export function forgetContentStart(): void {
  asked = null;
  known = null;
}

function isContentStart(value: unknown): value is ContentStart {
  return typeof value === 'object' && value !== null && 'importedTours' in value && Array.isArray(value.importedTours) && 'quotaToday' in value;
}
