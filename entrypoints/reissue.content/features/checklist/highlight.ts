import type { FieldName } from '@/utils/portal/words';
import type { PortalPage } from '@/utils/portal/adapter';

/** Marks the portal field we point at; the outline goes with it. */
export const HIGHLIGHT_ATTRIBUTE = 'data-sportello-highlight';
const HIGHLIGHT_MS = 3000;

let clearCurrent: (() => void) | null = null;

/**
 * Scrolls to a portal field, focuses it and outlines it for a few seconds, then puts its
 * style back as it was. Returns false when the field is not on this screen.
 */
export function highlightField(page: PortalPage, field: FieldName, signal?: AbortSignal): boolean {
  const element = page.fields[field];
  if (!element?.isConnected) return false;
  clearCurrent?.();

  const previous = { outline: element.style.outline, offset: element.style.outlineOffset };
  element.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  // Inline style: the portal's stylesheet is not ours to extend, and this wins over it.
  element.style.outline = '3px solid #ffb400';
  element.style.outlineOffset = '2px';
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });

  const clear = (): void => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', clear);
    element.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    element.style.outline = previous.outline;
    element.style.outlineOffset = previous.offset;
    if (clearCurrent === clear) clearCurrent = null;
  };
  const timer = setTimeout(clear, HIGHLIGHT_MS);
  signal?.addEventListener('abort', clear, { once: true });
  clearCurrent = clear;
  return true;
}
