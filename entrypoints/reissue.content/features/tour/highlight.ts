/** Marks the element the tour points at (tests and styles read it); removed when the step ends. */
export const TOUR_TARGET_ATTRIBUTE = 'data-sportello-tour-target';

/**
 * Marks a step's element with its target name and brings it into view. Returns the undo.
 * Only our attribute is added: the portal's own markup and styles stay as they were.
 */
export function markTourTarget(element: HTMLElement, target: string): () => void {
  element.setAttribute(TOUR_TARGET_ATTRIBUTE, target);
  // A tall element (the checklist) is shown from its top; anything else in the middle.
  const tall = element.getBoundingClientRect().height > (element.ownerDocument.defaultView?.innerHeight ?? 0) * 0.6;
  element.scrollIntoView?.({ block: tall ? 'start' : 'center', inline: 'nearest' });
  return () => element.removeAttribute(TOUR_TARGET_ATTRIBUTE);
}

/** The focused element, looking inside shadow roots (ours included), to give focus back later. */
export function deepActiveElement(document: Document): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
