import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** The highlighted area in viewport pixels (the overlay's cut-out). */
export interface HoleRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

const HOLE_PADDING = 6;

/**
 * Keeps the callout beside the target and reports the cut-out's rectangle whenever the page
 * scrolls, resizes or re-lays out. Returns the stop function.
 */
export function followTarget(target: HTMLElement, callout: HTMLElement, onHole: (rect: HoleRect) => void): () => void {
  let stopped = false;
  const update = (): void => {
    const box = target.getBoundingClientRect();
    onHole({
      top: box.top - HOLE_PADDING,
      left: box.left - HOLE_PADDING,
      width: box.width + 2 * HOLE_PADDING,
      height: box.height + 2 * HOLE_PADDING,
    });
    void computePosition(target, callout, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(HOLE_PADDING + 8), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (stopped) return;
      // A target taller than the screen leaves no room beside it: keep the callout in view.
      const view = callout.ownerDocument.defaultView;
      const maxY = (view?.innerHeight ?? Infinity) - callout.offsetHeight - 8;
      callout.style.left = `${Math.round(x)}px`;
      callout.style.top = `${Math.round(Math.max(8, Math.min(y, maxY)))}px`;
    }, () => undefined);
  };
  // Observers missing (old engines, test DOMs) only cost the finer updates, not the tour.
  const stop = autoUpdate(target, callout, update, {
    elementResize: typeof ResizeObserver !== 'undefined',
    layoutShift: typeof IntersectionObserver !== 'undefined',
  });
  return () => {
    stopped = true;
    stop();
  };
}
