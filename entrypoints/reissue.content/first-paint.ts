import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDom } from '@/utils/dom/observe';
import { LANGUAGES, resolveLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { ContentStart } from '@/utils/messaging/protocol';
import { PANEL_SNAPSHOTS_KEY } from '@/utils/panel-snapshot';
import { isRoomPage, ROOM_PAGES_KEY } from '@/utils/room-pages';
import { POLICY_COPY_KEY } from '@/utils/policy-copy';
import { affectsReading, FIELD_NAMES, formOf, tickedHalf, type PageReading, type PortalPage } from '@/utils/portal/adapter';
import type { SubmitSeen } from '@/utils/request-memory';
import { isLanguageChoice, UI_CHOICE_KEY } from '@/utils/ui-language-store';
import { contentStart } from './content-start';
import { LAYOUT_KEY, reserveSpace, toPanelLayout, type PanelLayout } from './dock';
import { markField } from './features/field-checks/attributes';
import { leaveFirstPaint, type PanelCopy, type PanelRoom } from './live-handoff';
import { followLocalKeys } from './follow-storage';
import { drawPanelCopy } from './panel-copy';
import { nothingTyped, pageStatusReporter, readThisPage } from './read-page';
import { currentCopy, snapshotKey, storedSnapshot } from './snapshot';
import { relayTourStarts } from './tour-start-relay';

/**
 * How long the copy waits for the start answer before leaving the drawing to the live panel,
 * once the background answers at all (its answer to the page's status: the worker is awake).
 */
const ANSWER_WAIT_MS = 300;
/** The most it waits from storage's answer, however slowly the background wakes. */
const ANSWER_WAIT_MAX_MS = 2000;

/**
 * The part of the content script every portal page loads: small, so a page pays little for it.
 * It reads the page once it is parsed, marks the fields it will check and, when the panel's
 * first paint for this screen is kept (snapshot.ts), draws that copy at once. The live panel
 * (reissue-live.ts) is injected the moment the operator reaches for the panel or a field, or
 * whenever the copy could be out of date: a request under way, other start data, values on the
 * page, a page that changes itself, another language. With no copy kept it is injected at once.
 */
export function startFirstPaint(ctx: ContentScriptContext): void {
  // Asked at document_start: nearly always answered before the page is parsed.
  const stored: Promise<Record<string, unknown>> = browser.storage.local.get([LAYOUT_KEY, UI_CHOICE_KEY, PANEL_SNAPSHOTS_KEY, ROOM_PAGES_KEY]).catch(() => ({}));
  let answer: ContentStart | null = null;
  let answerOutdated = false;
  const answered = contentStart().then((start) => (answer = start));

  /** The first part's following of the page and its field marks: gone once the live panel takes over. */
  const listening = new AbortController();
  const undoMarks: (() => void)[] = [];
  let copy: PanelCopy | null = null;
  let room: PanelRoom | null = null;
  let live: Promise<void> | null = null;
  let submitted: SubmitSeen | null = null;
  const reportStatus = pageStatusReporter();

  const handOver = (): void => {
    listening.abort();
    for (const undo of undoMarks.splice(0)) undo();
  };
  /** The room beside the page goes (no function here, or no help at all). */
  const giveBackRoom = (): void => {
    room?.release();
    room = null;
  };
  /** No help on this page: the following and marks, the copy and the room all go. */
  const leavePortalAsItWas = (): void => {
    handOver();
    copy?.stopListening();
    copy?.host.remove();
    giveBackRoom();
  };
  const goLive = (): Promise<void> => {
    if (live) return live;
    leaveFirstPaint({
      ctx, answer: () => (answerOutdated ? null : (answer ?? answered)), copy, room, reportStatus, handOver, submitted: () => submitted, provideTourStart: (start) => tours.provide(start),
    });
    // No live panel to be had: no help rather than a copy whose buttons do nothing.
    live = sendMessage('injectLiveStage', {}).catch(leavePortalAsItWas);
    return live;
  };
  const tours = relayTourStarts(ctx, goLive);

  /**
   * Room beside the page in the stored place, for the copy or the live panel (which takes it
   * over). Made as soon as the page is read and storage has answered (nearly always before the
   * reading: then in its task), or as soon as storage answers on a page listed as showing the
   * function, so the page's first layout has it and the portal never moves when the panel
   * appears. Never once the live panel is on its way: that room would be no one's to give back.
   */
  const makeRoom = (layout: PanelLayout): void => {
    if (room || live || ctx.isInvalid) return;
    const made: PanelRoom = { layout, release: reserveSpace(document, layout) };
    room = made;
    ctx.onInvalidated(made.release);
  };

  // A page that showed the function last time (room-pages.ts): its room as soon as storage
  // answers, before the reading. Chromium often paints a next step in the same tab before
  // DOMContentLoaded; Firefox paints before its second reading when the first finds no layout.
  // Given back below if the reading finds no function.
  let read = false;
  let listed = false;
  void stored.then((values) => {
    if (read || !isRoomPage(values[ROOM_PAGES_KEY], location.href)) return;
    listed = true;
    makeRoom(toPanelLayout(values[LAYOUT_KEY]));
  });

  const begin = async (): Promise<void> => {
    let reading = readThisPage();
    // Firefox lays nothing out before DOMContentLoaded, and a reading needs a layout: once the
    // page has been painted, read again.
    if (!reading.recognised) reading = await new Promise<PageReading>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(readThisPage()), 0)));
    read = true;
    // Invalidated, or the live panel already took over (the language changed meanwhile).
    if (ctx.isInvalid || listening.signal.aborted) return;
    // Not the function after all: no room (unless the live panel, on its way, owns it now).
    if (!reading.recognised && !live) giveBackRoom();
    // Its answer says the background is awake: the copy's wait for the start answer counts from
    // it (below). A listed sub-frame speaks even when it shows no function, to be unlisted.
    const reported = reportStatus({ recognised: reading.recognised, missing: reading.recognised ? [] : reading.missing }, listed);
    // From here, any change of the page that may change the reading is the live panel's to follow.
    observeDom(document.documentElement, (structural) => structural && void goLive(), listening.signal, {
      // Ours: the copy, and the room made beside the page (a style on the root element). A page
      // script taking the copy out is not: the live panel is drawn in the room left for it.
      ignore: (node) => node === document.documentElement || (node instanceof Element ? node : node.parentElement)?.closest('[data-sportello-owned]') != null,
      isStructural: affectsReading,
      ours: () => copy?.host,
    });
    if (!reading.recognised) return;
    const { page } = reading;
    tours.answer();
    markFields(page);
    const values = await stored;
    const layout = toPanelLayout(values[LAYOUT_KEY]);
    makeRoom(layout);
    const choice = values[UI_CHOICE_KEY];
    const language = resolveLanguage(isLanguageChoice(choice, LANGUAGES) ? choice : 'auto', navigator.language);
    const snapshot = storedSnapshot(values[PANEL_SNAPSHOTS_KEY], snapshotKey({ language, ...layout, page, build: buildVersion() }));
    // No copy kept for this screen: nothing to wait for, the live panel draws at once in the room made.
    if (!snapshot || listening.signal.aborted) return void goLive();
    // The start answer decides whether the kept copy is still what the panel would draw. If it is
    // late, the live panel draws at once and fills in what the answer brings, as it always did: a
    // copy is never shown stale. Late counts from the background's answer to the page's status
    // (the worker is awake), and from storage's answer at the earliest: while its worker wakes (the
    // first page after the browser starts) the live panel, which it injects, would come no sooner.
    const wait = (ms: number): Promise<null> => new Promise((resolve) => ctx.setTimeout(() => resolve(null), ms));
    const late = Promise.race([reported.then(() => wait(ANSWER_WAIT_MS)), wait(ANSWER_WAIT_MAX_MS)]);
    const start = await Promise.race([answered, late]);
    // Blocking the portal's submit is the live panel's: with it on, the live panel draws at once.
    const drawable = start && !start.blockSubmitOnErrors ? currentCopy(snapshot, start, language) : null;
    // A request under way (the portal's earlier steps in this tab), or values on the page
    // (restored by the browser): the live panel's from the start.
    if (!drawable || start?.requestUnderWay !== false || !nothingTyped(page) || listening.signal.aborted) return void goLive();
    // The copy in a task of its own, as the live panel is drawn: reading and drawing never add up.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (live || ctx.isInvalid) return;
    copy = drawPanelCopy(drawable, () => void goLive());
    if (!copy) return void goLive();
    const drawnCopy = copy;
    ctx.onInvalidated(() => drawnCopy.host.remove());
  };

  const markFields = (page: PortalPage): void => {
    for (const name of FIELD_NAMES) {
      const input = page.fields[name];
      if (!input) continue;
      undoMarks.push(markField(input, name));
      // The operator is about to type: the checks come with the live panel.
      for (const type of ['focus', 'input', 'pointerdown']) input.addEventListener(type, () => void goLive(), { signal: listening.signal, once: true });
    }
    // Typed faster than the live panel loads: the portal's confirmation still counts the request
    // (portal-confirmation.ts), with what the submit had, read now.
    formOf(page)?.addEventListener(
      'submit',
      (event) => {
        if (!event.isTrusted) return;
        const seen: SubmitSeen = { halves: tickedHalf(page), email: (page.fields.email?.value.trim() ?? '') !== '' };
        submitted = seen;
        // The portal may confirm on its next page, and this one may leave before the live panel
        // comes: the background adds the submit to the tab's request at once, and the next
        // page's live panel counts the confirmation.
        void sendMessage('noteSubmit', seen).catch(() => undefined);
        void goLive();
      },
      { capture: true, signal: listening.signal },
    );
  };

  // The office changed the language while the copy is on show: the live panel draws it anew.
  // The policy came back other than the copy of it the start answer was made from: that answer
  // is not handed over, the live panel asks again.
  const onStored = (changed: string[]): void => {
    if (changed.includes(POLICY_COPY_KEY)) answerOutdated = true;
    void goLive();
  };
  followLocalKeys([UI_CHOICE_KEY, POLICY_COPY_KEY], onStored, listening.signal);

  // A failure leaves the portal as it was: no room with no panel in it.
  const start = (): void => {
    begin().catch(() => {
      if (!live) leavePortalAsItWas();
    });
  };
  // Stopped (the extension updated or removed): the first part stops following the page and undoes its marks.
  ctx.onInvalidated(handOver);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
  else start();
}

/** The extension's version: a copy kept by another version is not drawn (its markup and strings may differ). */
function buildVersion(): string {
  return browser.runtime.getManifest().version;
}
