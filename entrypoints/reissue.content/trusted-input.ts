/**
 * The panel lives in the portal's page, where any script (an XSS on the portal, another
 * extension's injected code) can reach its open shadow root and call `click()` on a button or
 * feed a file input. Every action of the panel (counting, printing, merging scans, opening a
 * tab, ticking a step) starts from one of these events: one that the operator did not make
 * (`isTrusted` false) is stopped here, before any of our handlers sees it, and its default
 * action (a checkbox toggling, a radio choosing) is undone. Typing text stays free: a text
 * alone acts on nothing.
 */
export const ACTION_EVENTS = ['click', 'auxclick', 'dblclick', 'change', 'submit'] as const;

/**
 * The operator's own presses on the panel's first-paint copy, made again on the live panel
 * once it came (live-stage.ts). Only event objects our code made and put here pass: a page
 * script can neither reach this set nor make an event that is in it.
 */
const replayed = new WeakSet<Event>();

/**
 * Presses `target` again for the operator: a click that stays inside our shadow root (not
 * composed, so no page listener on the document runs while it is dispatched). A checkbox or
 * radio toggles by it, and the `change` the browser then fires is not one of ours (stopped):
 * the `change` that follows is ours.
 */
export function replayPress(target: HTMLElement): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: false, detail: 1 });
  replayed.add(click);
  target.dispatchEvent(click);
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio') && !click.defaultPrevented) {
    const change = new Event('change', { bubbles: true });
    replayed.add(change);
    target.dispatchEvent(change);
  }
}

export function acceptOnlyTrustedActions(root: ShadowRoot): void {
  for (const type of ACTION_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted || replayed.has(event)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}
