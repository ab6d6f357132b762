import { UI_CHOICE_KEY } from '@/utils/ui-language-store';
import { DEFAULT_LAYOUT, LAYOUT_KEY, toPanelLayout, type PanelLayout } from './dock';
import { loadUiLanguage } from './ui-language';

/** What the panel needs before its first paint. */
export interface StartData {
  layout: PanelLayout;
}

let started: Promise<StartData> | null = null;
let known: StartData | null = null;

/**
 * Started at document_start, once: one storage read for the panel's place and the office's
 * language (then that language's catalogue), all done long before the page is parsed, so the
 * panel is drawn at once, in place and in the office's language. Never rejects.
 */
export function startData(signal?: AbortSignal): Promise<StartData> {
  started ??= read(signal ?? new AbortController().signal);
  return started;
}

/** The start data if already read, else null (to make room in the right place at once). */
export function startDataNow(): StartData | null {
  return known;
}

async function read(signal: AbortSignal): Promise<StartData> {
  const first: Promise<Record<string, unknown>> = browser.storage.local.get([LAYOUT_KEY, UI_CHOICE_KEY]).catch(() => ({}));
  const [layout] = await Promise.all([
    first.then((stored) => toPanelLayout(stored[LAYOUT_KEY])),
    loadUiLanguage(first.then((stored) => stored[UI_CHOICE_KEY]), signal),
  ]).catch((): [PanelLayout] => [DEFAULT_LAYOUT]);
  known = { layout };
  return known;
}
