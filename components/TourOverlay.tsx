export interface TourOverlayProps {
  /** The cut-out around the highlighted element, in viewport pixels; null dims everything. */
  hole: { top: number; left: number; width: number; height: number } | null;
}

/**
 * Dims the page around the highlighted element. Pure decoration: it takes no clicks
 * (pointer-events: none), so the portal's own controls keep working under it.
 */
export function TourOverlay({ hole }: TourOverlayProps) {
  return (
    <div class="tour-overlay" data-testid="tour-overlay" aria-hidden="true">
      {hole ? (
        <div
          class="tour-overlay__hole"
          style={{ top: `${hole.top}px`, left: `${hole.left}px`, width: `${hole.width}px`, height: `${hole.height}px` }}
        />
      ) : (
        <div class="tour-overlay__dim" />
      )}
    </div>
  );
}
