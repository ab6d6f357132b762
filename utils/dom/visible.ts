/** True when a person could see the element: not hidden by attribute or style, itself or above. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  return element.checkVisibility({ visibilityProperty: true });
}

/** The text a person reads in an element, whitespace folded. */
export function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
