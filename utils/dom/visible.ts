/** True when a person could see the element: not hidden by attribute or style, itself or above. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  // `closest('[hidden]')` also covers DOMs without a user-agent stylesheet (tests).
  return element.closest('[hidden]') === null && element.checkVisibility({ visibilityProperty: true });
}

/** The text a person reads in an element, whitespace folded. */
export function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
