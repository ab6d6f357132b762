import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDom } from '@/utils/dom/observe';
import { onLanguageChange } from '@/utils/i18n';
import { affectsReading, screenElements, type PageReading, type PortalPage } from '@/utils/portal/adapter';
import type { PageStatus } from '@/utils/schemas';
import { askContentStartAgain } from './content-start';
import { FEATURES } from './feature-registry';
import { keepFirstPaint } from './keep-first-paint';
import type { PanelCopy, PanelRoom } from './live-handoff';
import { ourHost, ourRoot } from './our-root';
import { mountPanel, type MountedPanel } from './panel-ui';
import { readThisPage } from './read-page';
import { followScreen, recallRequest } from './request-memory';

/**
 * A page script that takes our panel away this often in ten seconds does not want it: the
 * portal is left as it was until the function is left, rather than the panel put back again and
 * again. A portal that draws its page anew now and then (our host with it) gets it back each time.
 */
const TAKEN_AWAY_MAX = 5;
const TAKEN_AWAY_WINDOW_MS = 10_000;

interface Mounted {
  panel: MountedPanel;
  page: PortalPage;
  /** Aborted when the screen changes: everything attached to its elements goes with it. */
  screen: AbortController;
}

/**
 * Recognises the reprint function now and whenever the page changes itself (a wizard's next
 * step, a client-side route, fields added later). The panel stays while the operator is in
 * the function; the field checks follow each screen's fields as they appear, hide and are
 * replaced. Leaving the function removes everything. Any failure leaves the portal as it was.
 */
export function watchPortal(
  ctx: ContentScriptContext,
  /** From the first part: its copy of the panel on show, the room it made, and the frame's page-status reporter. */
  from: { copy: PanelCopy | null; room: PanelRoom | null; reportStatus: (status: PageStatus) => Promise<void> },
): { followLanguage: (signal: AbortSignal) => void } {
  let mounted: Mounted | null = null;
  /** The first part's copy of the panel, until the live panel takes its place (or the page is left). */
  let copy = from.copy;
  let room = from.room;
  const report = from.reportStatus;
  const dropCopy = (): void => {
    room?.release();
    room = null;
    copy?.host.remove();
    copy = null;
  };
  /** The panel was drawn before in this page: a new drawing asks for the day's figures again. */
  let drawnBefore = false;
  /** A reading found the function (Firefox's first reading, before any layout, cannot). */
  let recognisedOnce = false;
  let queue = Promise.resolve();
  /** When a page script took our panel away (within the window), and whether it kept doing so. */
  let takenAway: number[] = [];
  let declined = false;
  const tooOftenTakenAway = (): boolean => {
    const now = performance.now();
    takenAway = [...takenAway.filter((at) => now - at < TAKEN_AWAY_WINDOW_MS), now];
    return takenAway.length >= TAKEN_AWAY_MAX;
  };

  const unmount = (): void => {
    const gone = mounted;
    mounted = null;
    gone?.screen.abort();
    gone?.panel.remove();
  };

  const refresh = async (structural: boolean): Promise<void> => {
    // A change that cannot alter the reading (text of an outcome message, a clock) is only
    // passed on to the features of the screen on show.
    if (!structural && mounted) return notifyPageChange(mounted.page);
    let reading: PageReading = readThisPage();
    recognisedOnce ||= reading.recognised;
    // A page script took our panel away: put back as it was, unless it keeps doing so.
    if (reading.recognised && mounted && !ourRoot()) {
      if (tooOftenTakenAway()) {
        declined = true;
        unmount();
      } else mounted.panel.putBack();
    }
    if (!reading.recognised) {
      unmount();
      dropCopy();
      // The function left: coming back to it, the panel is drawn again.
      takenAway = [];
      declined = false;
    }
    else if (declined) {
      // No help on this page until the function is left: the status still says what the reading found.
    }
    else if (!mounted || !ourRoot()) {
      unmount();
      try {
        if (drawnBefore) askContentStartAgain();
        drawnBefore = true;
        const screen = attachScreen(reading.page);
        const replacing = copy;
        const roomMade = room;
        copy = null;
        room = null;
        mounted = { page: reading.page, screen, panel: await mountPanel(ctx, reading.page, FEATURES, replacing, roomMade) };
        keepFirstPaint(mounted.panel, reading.page, replacing, screen.signal);
      } catch {
        unmount(); // degrade to no help, never to a broken form
        dropCopy();
        reading = { recognised: false, missing: [] };
      }
    } else if (!sameScreen(mounted.page, reading.page)) {
      mounted.screen.abort();
      mounted = { ...mounted, page: reading.page, screen: attachScreen(reading.page) };
      mounted.panel.show(reading.page);
      notifyPageChange(reading.page);
    } else notifyPageChange(mounted.page);
    void report(reading.recognised ? { recognised: true, missing: [], ...(declined ? { declined: true } : {}) } : { recognised: false, missing: reading.missing });
  };

  const schedule = (structural = true): void => {
    const run = (): Promise<void> => refresh(structural);
    queue = queue.then(run, run);
  };
  const begin = (): void => {
    schedule();
    observeDom(document.documentElement, schedule, ctx.signal, { ignore: isOurs, isStructural: affectsReading, ours: ourHost });
    // Firefox lays nothing out before DOMContentLoaded, and checkVisibility() says "hidden"
    // for elements without a layout box: once the page has been painted, read it again (a
    // static page changes nothing the observer would see).
    requestAnimationFrame(() => setTimeout(() => !ctx.signal.aborted && schedule(), 0));
  };
  // What the earlier steps of this request saw is asked for now, while the page still loads.
  void recallRequest();
  // Started at document_start, we read the page only once it is parsed: a half-parsed form
  // is not worth reading. The portal's deferred scripts have run by then; what its own
  // DOMContentLoaded handlers (which run after ours) change, the observer catches.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal: ctx.signal });
  else begin();
  ctx.onInvalidated(unmount);
  return {
    // A new language arrived: draw our UI again with it, in place (a case in progress stays).
    followLanguage: (signal) => onLanguageChange(() => mounted?.panel.refresh(), signal),
  };
}

/** Attaches every feature to the screen's elements; returns what detaches them. */
function attachScreen(page: PortalPage): AbortController {
  const screen = new AbortController();
  followScreen(page, screen.signal);
  for (const feature of FEATURES) {
    try {
      feature.attach?.(page, screen.signal);
    } catch {
      // one feature failing must not take the others (or the portal) down
    }
  }
  return screen;
}

function notifyPageChange(page: PortalPage): void {
  for (const feature of FEATURES) {
    try {
      feature.onPageChange?.(page);
    } catch {
      // a feature's failure stays its own
    }
  }
}

/** Same elements on show as before: a re-render that kept them needs no new attachment. */
function sameScreen(a: PortalPage, b: PortalPage): boolean {
  const before = screenElements(a);
  const now = screenElements(b);
  return before.length === now.length && before.every((element, i) => element === now[i]);
}

/** Our own nodes and the changes we make must not wake the observer (a page script taking our host away does: observeDom). */
function isOurs(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return false;
  return ourRoot()?.contains(element) === true || element.closest('[data-sportello-owned]') !== null;
}
