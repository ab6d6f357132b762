import { getLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { ContentStart } from '@/utils/messaging/protocol';
import { TEXT_INPUTS, type PortalPage } from '@/utils/portal/adapter';
import { contentStart } from './content-start';
import type { PanelCopy } from './live-handoff';
import type { MountedPanel } from './panel-ui';
import { holdsARequest } from '@/utils/request-memory';
import { nothingTyped } from './read-page';
import { checklistProgress, recallRequest, requestValues, submittedRequest } from './request-memory';
import { answerDigest, firstPaintData, snapshotKey, snapshotOf } from './snapshot';
import { startData } from './start-data';

/** At the latest this long after the panel is drawn (a headless browser may never be idle). */
const KEEP_WITHIN_MS = 400;

/**
 * Keeps the live panel's first paint for the next page of the same shape (snapshot.ts), once
 * it has settled, and only when nothing of a citizen can be in it: no value in any of the
 * portal's fields, nothing remembered of a request, nothing done on the panel, no tour on show.
 * Not kept again when the copy drawn on this page was already this one. A panel first drawn
 * before the start answer came is not kept (it settles into another drawing): the next is.
 */
export function keepFirstPaint(panel: MountedPanel, page: PortalPage, copy: PanelCopy | null, signal: AbortSignal): void {
  const root = panel.shadow;
  let touched = false;
  const touch = (event: Event): void => void (event.isTrusted && (touched = true));
  for (const type of ['pointerdown', 'keydown', 'input', 'click']) root.addEventListener(type, touch, { capture: true, signal });
  if (copy?.pressed.length) return;
  void Promise.all([contentStart(), startData(), recallRequest()]).then(([start, { layout }]) =>
    requestIdleCallback(() => void keep(start, layout), { timeout: KEEP_WITHIN_MS }),
  );

  const keep = async (start: ContentStart, layout: { side: string; collapsed: boolean }): Promise<void> => {
    if (signal.aborted || touched || !pristine(page) || root.querySelector('.tour-layer')) return;
    // What is kept is the panel as first drawn, before any page script could touch our (open)
    // shadow root, and only if it still looks the same once settled: nothing the page added to
    // it is ever drawn again on another page.
    const tree = panel.firstPaint;
    const body = root.querySelector('body');
    const settled = body ? snapshotOf(body) : null;
    if (!tree || !settled || JSON.stringify(settled) !== JSON.stringify(tree) || mentionsPageValue(tree, page)) return;
    const key = snapshotKey({ build: browser.runtime.getManifest().version, language: getLanguage(), side: layout.side, collapsed: layout.collapsed, page });
    const answer = answerDigest(firstPaintData(start));
    if (copy && copy.key === key && copy.digest === answer) return;
    await sendMessage('savePanelSnapshot', { key, answer, tree }).catch(() => undefined);
  };
}

/** Nothing of a citizen on the page or in the request's memory. */
function pristine(page: PortalPage): boolean {
  return nothingTyped(page) && !holdsARequest({ values: requestValues(), checklist: checklistProgress(), submitted: submittedRequest() });
}

/** A last guard: no text of the copy holds what any input of the page holds. */
function mentionsPageValue(tree: unknown, page: PortalPage): boolean {
  const text = JSON.stringify(tree);
  const doc = page.heading?.ownerDocument ?? document;
  return [...doc.querySelectorAll(`${TEXT_INPUTS}, textarea`)].some((input) => {
    const value = (input as HTMLInputElement).value.trim();
    return value.length >= 4 && text.includes(value);
  });
}
