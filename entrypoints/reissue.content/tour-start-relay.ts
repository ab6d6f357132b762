import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForStartTour } from './features/tour/start-tour-listener';
import type { TourStart } from './live-handoff';

/** How long the popup's tour start waits for the live panel's tour section. */
const TOUR_WAIT_MS = 10_000;

/**
 * The popup's "start a tour", answered by the first part in the frame that shows the function
 * (one listener per content script, whichever part is running): the live panel is brought in
 * and its tour section, once drawn, gives the start it makes.
 */
export function relayTourStarts(ctx: ContentScriptContext, bringLivePanel: () => Promise<void>): {
  /** Starts answering the popup (idempotent). */
  answer: () => void;
  /** The live panel's tour start, or null while its section is not drawn. */
  provide: (start: TourStart | null) => void;
} {
  let current: TourStart | null = null;
  const waiting = new Set<(start: TourStart | null) => void>();
  let stop: (() => void) | null = null;
  const answer = (): void => {
    if (stop) return;
    stop = listenForStartTour(async (tourId) => {
      await bringLivePanel();
      const start =
        current ??
        (await new Promise<TourStart | null>((resolve) => {
          waiting.add(resolve);
          // A page the live panel does not draw on has no tour section.
          ctx.setTimeout(() => {
            waiting.delete(resolve);
            resolve(null);
          }, TOUR_WAIT_MS);
        }));
      return start ? start(tourId) : { started: false, reason: 'unknown-tour' };
    });
    ctx.onInvalidated(stop);
  };
  return {
    answer,
    provide: (start) => {
      current = start;
      if (!start) return;
      answer();
      for (const resolve of waiting) resolve(start);
      waiting.clear();
    },
  };
}
