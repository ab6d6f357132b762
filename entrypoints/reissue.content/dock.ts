import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** Where the panel sits, remembered per browser profile (no citizen data). */
export const PanelLayout = z.object({
  side: z.enum(['right', 'left']),
  collapsed: z.boolean(),
});
export type PanelLayout = z.infer<typeof PanelLayout>;

const DEFAULT_LAYOUT: PanelLayout = { side: 'right', collapsed: false };
const layoutItem = storage.defineItem<unknown>('local:panelLayout');

/** Width the open panel takes, and the space we make for it beside the portal. */
export const PANEL_WIDTH = 340;
const GAP = 16;
/** Below this the page has no room to give: the panel opens over it until collapsed. */
const MIN_PAGE_WIDTH = 900;

export async function readLayout(): Promise<PanelLayout> {
  const parsed = PanelLayout.safeParse(await layoutItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_LAYOUT;
}

export async function saveLayout(layout: PanelLayout): Promise<void> {
  await layoutItem.setValue(layout);
}

/**
 * Makes room for the open panel by adding a margin to the page's root element, so the panel
 * never covers the portal's fields or buttons. Returns the undo; the page's own value is kept.
 */
export function reserveSpace(doc: Document, layout: PanelLayout): () => void {
  const root = doc.documentElement;
  const property = layout.side === 'right' ? 'margin-right' : 'margin-left';
  const view = doc.defaultView;
  if (layout.collapsed || !view || view.innerWidth < MIN_PAGE_WIDTH) return () => undefined;
  const previous = root.style.getPropertyValue(property);
  const priority = root.style.getPropertyPriority(property);
  root.style.setProperty(property, `${PANEL_WIDTH + GAP * 2}px`, 'important');
  return () => root.style.setProperty(property, previous, priority);
}
