import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDom } from '@/utils/dom/observe';
import { LANGUAGES, resolveLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { PANEL_SNAPSHOTS_KEY, type PanelSnapshot } from '@/utils/panel-snapshot';
import { affectsReading, ancestorDocuments, FIELD_NAMES, readPortalPage, type PageReading, type PortalPage } from '@/utils/portal/adapter';
import { holdsARequest, type RequestMemory } from '@/utils/request-memory';
import { isLanguageChoice, UI_CHOICE_KEY } from '@/utils/ui-language-store';
import { contentStart } from './content-start';
import { LAYOUT_KEY, reserveSpace, toPanelLayout } from './dock';
import { markField } from './features/field-checks/attributes';
import { listenForStartTour } from './features/tour/start-tour-listener';
import { leaveFirstPaint, pathOf, type PanelCopy, type TourStart } from './live-handoff';
import { createPanelRoot } from './panel-root';
import { answerDigest, firstPaintData, drawSnapshot, snapshotKey, storedSnapshot } from './snapshot';
import { ACTION_EVENTS } from './trusted-input';

/**
 * The part of the content script every portal page loads: small, so a page pays little for it.
 * It reads the page once it is parsed, marks the fields it will check and, when the panel's
 * first paint for this screen is kept (snapshot.ts), draws that copy at once. The live panel
 * (reissue-live.ts) is injected the moment the operator reaches for the panel or a field, or
 * whenever the copy could be out of date: a request in progress, other start data, a page that
 * changes itself, another language. With no copy kept it is injected at once.
 */
/** How long the copy waits for the start answer before leaving the drawing to the live panel. */
const ANSWER_WAIT_MS = 300;
/** How long the popup's tour start waits for the live panel's tour section. */
const TOUR_WAIT_MS = 10_000;

export function startFirstPaint(ctx: ContentScriptContext): void {
  // Asked at document_start: all answered long before the page is parsed.
  const stored: Promise<Record<string, unknown>> = browser.storage.local.get([LAYOUT_KEY, UI_CHOICE_KEY, PANEL_SNAPSHOTS_KEY]).catch(() => ({}));
  let answer: Awaited<ReturnType<typeof contentStart>> | null = null;
  const answered = contentStart().then((start) => (answer = start));

  const recalled = sendMessage('recallRequest', {}).catch(() => null);

  /** The first part's own listeners and marks: gone once the live panel takes over. */
  const listening = new AbortController();
  const undoMarks: (() => void)[] = [];
  let copy: PanelCopy | null = null;
  let live: Promise<void> | null = null;
  let tourStart: TourStart | null = null;
  const tourStartWaiting = new Set<(start: TourStart) => void>();

  const handOver = (): void => {
    listening.abort();
    for (const undo of undoMarks.splice(0)) undo();
  };
  const goLive = (): Promise<void> => {
    if (live) return live;
    leaveFirstPaint({
      ctx,
      answer: () => answer,
      copy,
      handOver,
      provideTourStart: (start) => {
        tourStart = start;
        if (!start) return;
        answerTours();
        for (const waiting of tourStartWaiting) waiting(start);
        tourStartWaiting.clear();
      },
    });
    live = sendMessage('injectLiveStage', {}).catch(() => {
      // No live panel to be had: no help rather than a copy whose buttons do nothing.
      handOver();
      copy?.releaseRoom();
      copy?.host.remove();
    });
    return live;
  };

  // The popup's "start a tour" is answered here, by the frame that shows the function (one
  // listener per content script, whichever part is running): the live panel is brought in,
  // then starts it.
  let tourListener: (() => void) | null = null;
  const answerTours = (): void => {
    if (tourListener) return;
    tourListener = listenForStartTour(async (tourId) => {
      await goLive();
      // The live panel's tour section gives its start once drawn; a page it does not draw on has none.
      const start = tourStart ?? (await new Promise<TourStart | null>((resolve) => {
        tourStartWaiting.add(resolve);
        ctx.setTimeout(() => resolve(null), TOUR_WAIT_MS);
      }));
      return start ? start(tourId) : { started: false, reason: 'unknown-tour' };
    });
    ctx.onInvalidated(tourListener);
  };

  const read = (): PageReading => {
    try {
      return readPortalPage(document, { ancestors: ancestorDocuments(window) });
    } catch {
      return { recognised: false, missing: [] };
    }
  };

  const begin = async (): Promise<void> => {
    let reading = read();
    // Firefox lays nothing out before DOMContentLoaded, and a reading needs a layout: once the
    // page has been painted, read again.
    if (!reading.recognised) reading = await new Promise<PageReading>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(read()), 0)));
    if (ctx.isInvalid) return;
    reportStatus(reading);
    // From here, any change of the page that may change the reading is the live panel's to follow.
    observeDom(document.documentElement, (structural) => structural && void goLive(), listening.signal, {
      // Ours: the copy, and the room made beside the page (a style on the root element).
      ignore: (node) => node === document.documentElement || (node instanceof Element ? node : node.parentElement)?.closest('[data-sportello-owned]') != null,
      isStructural: affectsReading,
    });
    if (!reading.recognised) return;
    const { page } = reading;
    answerTours();
    markFields(page);
    // The start answer decides whether the kept copy is still what the panel would draw: asked at
    // document_start, it is nearly always here by now. If it is late, the live panel draws at
    // once and fills in what the answer brings, as it always did; a copy is never shown stale.
    const late = new Promise<null>((resolve) => ctx.setTimeout(() => resolve(null), ANSWER_WAIT_MS));
    const [values, memory, start] = await Promise.all([stored, recalled, Promise.race([answered, late])]);
    const layout = toPanelLayout(values[LAYOUT_KEY]);
    const choice = values[UI_CHOICE_KEY];
    const language = resolveLanguage(isLanguageChoice(choice, LANGUAGES) ? choice : 'auto', navigator.language);
    const snapshot = storedSnapshot(values[PANEL_SNAPSHOTS_KEY], snapshotKey({ language, ...layout, page }));
    const current = snapshot !== null && start !== null && !start.blockSubmitOnErrors && answerDigest(firstPaintData(start)) === snapshot.answer;
    // A request under way (earlier steps remembered) is the live panel's from the start.
    if (requestUnderWay(memory) || !current || listening.signal.aborted) return void goLive();
    const releaseRoom = reserveSpace(document, layout);
    // The copy in a task of its own, as the live panel is drawn: reading and drawing never add up.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (live || ctx.isInvalid) return releaseRoom();
    copy = drawCopy(snapshot, releaseRoom);
    if (!copy) return void goLive();
    listenForTheOperator(copy);
  };

  const markFields = (page: PortalPage): void => {
    for (const name of FIELD_NAMES) {
      const input = page.fields[name];
      if (!input) continue;
      undoMarks.push(markField(input, name));
      // The operator is about to type: the checks come with the live panel.
      for (const type of ['focus', 'input', 'pointerdown']) input.addEventListener(type, () => void goLive(), { signal: listening.signal, once: true });
    }
  };

  const drawCopy = (snapshot: PanelSnapshot, releaseRoom: () => void): PanelCopy | null => {
    const { host, container } = createPanelRoot();
    try {
      drawSnapshot(snapshot.tree, container);
    } catch {
      releaseRoom();
      return null;
    }
    document.body.append(host);
    ctx.onInvalidated(() => {
      host.remove();
      releaseRoom();
    });
    return { host, body: container, releaseRoom, pressed: [], key: snapshot.key, answer: snapshot.answer };
  };

  const listenForTheOperator = (drawn: PanelCopy): void => {
    const { signal } = listening;
    // The pointer or the keyboard coming to the panel: the live panel is on its way before the press.
    for (const type of ['pointerover', 'focusin', 'touchstart', 'keydown']) drawn.host.addEventListener(type, () => void goLive(), { signal, passive: true });
    // A press before it came is kept, and made again on the live panel; nothing happens on the copy.
    const shadow = drawn.host.shadowRoot!;
    for (const type of ACTION_EVENTS) {
      shadow.addEventListener(
        type,
        (event) => {
          event.preventDefault();
          event.stopImmediatePropagation();
          const target = event.target;
          if (!event.isTrusted || type !== 'click' || !(target instanceof Element)) return;
          const pressed = target.closest('button, input, select, label, summary, a') ?? target;
          drawn.pressed.push({ path: pathOf(pressed, drawn.body), localName: pressed.localName, text: pressed.textContent ?? '' });
          void goLive();
        },
        { capture: true },
      );
    }
  };

  const reportStatus = (reading: PageReading): void => {
    // A sub-frame that never showed the function says nothing: the top frame speaks for the tab.
    if (window !== window.top && !reading.recognised) return;
    const status = { recognised: reading.recognised, missing: reading.recognised ? [] : reading.missing };
    void sendMessage('reportPageStatus', status).catch(() => undefined);
  };

  // The office changed the language while the copy is on show: the live panel draws it anew.
  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && UI_CHOICE_KEY in changes) void goLive();
  };
  browser.storage.onChanged.addListener(onStorage);
  listening.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void begin(), { once: true, signal: ctx.signal });
  else void begin();
}

/** The tab's memory of a request, as the background answered (anything unreadable counts as one). */
function requestUnderWay(memory: unknown): boolean {
  if (memory === null || memory === undefined) return false;
  try {
    return holdsARequest(memory as RequestMemory);
  } catch {
    return true;
  }
}
