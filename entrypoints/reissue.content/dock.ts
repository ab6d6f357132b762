/** Where the panel sits, remembered per browser profile (no citizen data). */
export interface PanelLayout {
  side: 'right' | 'left';
  collapsed: boolean;
}

export const DEFAULT_LAYOUT: PanelLayout = { side: 'right', collapsed: false };
// Plain storage.local and a hand check: the content script carries neither zod nor WXT storage.
export const LAYOUT_KEY = 'panelLayout';

/** Whether a stored value is a layout (extra keys are ignored, as before). */
export function isPanelLayout(value: unknown): value is PanelLayout {
  if (typeof value !== 'object' || value === null) return false;
  const { side, collapsed } = value as Record<string, unknown>;
  return (side === 'right' || side === 'left') && typeof collapsed === 'boolean';
}

/** Width the open panel takes, and the space we make for it beside the portal. */
export const PANEL_WIDTH = 340;
const GAP = 16;
/** Below this the page has no room to give: the panel opens over it until collapsed. */
const MIN_PAGE_WIDTH = 900;

/** The layout a stored value says, or the default. */
export function toPanelLayout(stored: unknown): PanelLayout {
  return isPanelLayout(stored) ? { side: stored.side, collapsed: stored.collapsed } : DEFAULT_LAYOUT;
}


export async function saveLayout(layout: PanelLayout): Promise<void> {
  await browser.storage.local.set({ [LAYOUT_KEY]: layout });
}

/**
 * Makes room for the open panel by adding a margin to the page's root element, so the panel
 * never covers the portal's fields or buttons. Returns the undo (which acts once); the page's own
 * value is kept.
 */
export function reserveSpace(doc: Document, layout: PanelLayout): () => void {
  const root = doc.documentElement;
  const property = layout.side === 'right' ? 'margin-right' : 'margin-left';
  const view = doc.defaultView;
  // A media query, not innerWidth: reading innerWidth lays the page out there and then.
  if (layout.collapsed || !view?.matchMedia(`(min-width: ${MIN_PAGE_WIDTH}px)`).matches) return () => undefined;
  const previous = root.style.getPropertyValue(property);
  const priority = root.style.getPropertyPriority(property);
  root.style.setProperty(property, `${PANEL_WIDTH + GAP * 2}px`, 'important');
  // Once only: undoing again later would take away room another reservation has made since.
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    root.style.setProperty(property, previous, priority);
  };
}
