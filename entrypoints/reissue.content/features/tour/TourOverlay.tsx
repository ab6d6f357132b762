export interface TourOverlayProps {
  /** The cut-out around the highlighted element, in viewport pixels; null dims everything. */
  hole: { top: number; left: number; width: number; height: number } | null;
}

const px = (n: number): string => `${Math.max(0, Math.round(n))}px`;

/**
 * Dims the page around the highlighted element with four panes (plain boxes paint the same
 * in every engine) and rings the element. Pure decoration: it takes no clicks
 * (pointer-events: none), so the portal's own controls keep working under it.
 */
export function TourOverlay({ hole }: TourOverlayProps) {
  if (!hole) {
    return (
      <div class="tour-overlay" data-testid="tour-overlay" aria-hidden="true">
        <div class="tour-overlay__pane" style={{ inset: 0 }} />
      </div>
    );
  }
  const bottom = hole.top + hole.height;
  const right = hole.left + hole.width;
  return (
    <div class="tour-overlay" data-testid="tour-overlay" aria-hidden="true">
      <div class="tour-overlay__pane" style={{ top: 0, left: 0, right: 0, height: px(hole.top) }} />
      <div class="tour-overlay__pane" style={{ top: px(bottom), left: 0, right: 0, bottom: 0 }} />
      <div class="tour-overlay__pane" style={{ top: px(hole.top), left: 0, width: px(hole.left), height: px(hole.height) }} />
      <div class="tour-overlay__pane" style={{ top: px(hole.top), left: px(right), right: 0, height: px(hole.height) }} />
      <div class="tour-overlay__ring" style={{ top: px(hole.top), left: px(hole.left), width: px(hole.width), height: px(hole.height) }} />
    </div>
  );
}
