/**
 * The panel lives in the portal's page, where any script (an XSS on the portal, another
 * extension's injected code) can reach its open shadow root and call `click()` on a button or
 * feed a file input. Every action of the panel (counting, printing, merging scans, opening a
 * tab, ticking a step) starts from one of these events: one that the operator did not make
 * (`isTrusted` false) is stopped here, before any of our handlers sees it, and its default
 * action (a checkbox toggling, a radio choosing) is undone. Typing text stays free: a text
 * alone acts on nothing.
 */
const ACTION_EVENTS = ['click', 'auxclick', 'dblclick', 'change', 'submit'] as const;

export function acceptOnlyTrustedActions(root: ShadowRoot): void {
  for (const type of ACTION_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}
