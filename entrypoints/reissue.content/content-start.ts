import type { ChecklistDefinition } from '@/utils/checklist/definition';
import { LANGUAGES } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { ContentStart } from '@/utils/messaging/protocol';

// The content script reads no storage and carries no zod (its size and start-up time are
// the page's): the background reads, validates and answers, at document_start and again when
// the panel is drawn anew in the same page. Our own background's answer is trusted; these
// checks only keep a broken answer from breaking the page. Never throws.

const NOTHING_KNOWN: ContentStart = {
  blockSubmitOnErrors: false,
  checklistDefinition: null,
  importedTours: [],
  quotaToday: null,
  officeToday: null,
  officeLines: null,
  // Unknown counts as a request under way: the live panel, which asks for it, draws.
  requestUnderWay: true,
};

let asked: Promise<ContentStart> | null = null;
let known: ContentStart | null = null;
const listeners = new Set<(start: ContentStart) => void>();

/** What the features start from, asked once per page (at document_start); on failure, nothing known. */
export function contentStart(): Promise<ContentStart> {
  asked ??= ask();
  return asked;
}

/**
 * The live panel starts from the answer the first part of the script already had, or waits for
 * the one it asked for (live-stage.ts): one ask per page, not two.
 */
export function adoptContentStart(answer: ContentStart | Promise<ContentStart>): void {
  // A promise made in the first part's bundle: told by its `then`, not by this bundle's Promise.
  if (!('then' in answer)) {
    known = answer;
    asked = Promise.resolve(answer);
    return;
  }
  // Asked again meanwhile (the panel drawn anew): that newer answer is the one that counts.
  const adopted: Promise<ContentStart> = answer.then((start) => (asked === adopted ? heard(start) : start));
  asked = adopted;
}

/**
 * The panel is drawn anew in the same page (the portal's own navigation left the function and
 * came back): the day's counts and the settings are asked again, and the sections drawn with
 * the new answer when it comes (the last one known until then).
 */
export function askContentStartAgain(): void {
  asked = ask();
}

async function ask(): Promise<ContentStart> {
  const answer: unknown = await sendMessage('contentStart', {}).catch(() => null);
  return heard(checked(answer));
}

/** An answer came: it is what is known now, and every follower is told. */
function heard(start: ContentStart): ContentStart {
  known = start;
  for (const listener of listeners) listener(start);
  return start;
}

/** The start answer if it came, else null. */
export function contentStartNow(): ContentStart | null {
  return known;
}

/** Calls `listener` with every answer from now on; returns what stops it. */
export function followContentStart(listener: (start: ContentStart) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tests only: the next `contentStart()` asks again, nothing known until then. */
export function forgetContentStart(): void {
  asked = null;
  known = null;
}

/** The answer's parts that are well formed; the rest as if nothing were known. */
function checked(answer: unknown): ContentStart {
  if (typeof answer !== 'object' || answer === null) return NOTHING_KNOWN;
  const start = answer as Partial<Record<keyof ContentStart, unknown>>;
  return {
    blockSubmitOnErrors: start.blockSubmitOnErrors === true,
    checklistDefinition: isDefinition(start.checklistDefinition) ? start.checklistDefinition : null,
    importedTours: Array.isArray(start.importedTours) ? (start.importedTours as ContentStart['importedTours']) : [],
    quotaToday: isCount(start.quotaToday) ? (start.quotaToday as ContentStart['quotaToday']) : null,
    officeToday: typeof start.officeToday === 'object' && start.officeToday !== null ? (start.officeToday as ContentStart['officeToday']) : null,
    officeLines: isLines(start.officeLines) ? start.officeLines : null,
    requestUnderWay: start.requestUnderWay !== false,
  };
}

function isLines(value: unknown): value is ContentStart['officeLines'] {
  return typeof value === 'object' && value !== null && LANGUAGES.every((language) => typeof (value as Record<string, unknown>)[language] === 'string');
}

function isDefinition(value: unknown): value is ChecklistDefinition {
  return typeof value === 'object' && value !== null && 'rules' in value && Array.isArray(value.rules) && value.rules.length > 0;
}

function isCount(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'count' in value && typeof value.count === 'number' && 'limit' in value && typeof value.limit === 'number';
}
