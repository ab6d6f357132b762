import type { PanelSnapshot } from '@/utils/panel-snapshot';
import { pathOf, type PanelCopy } from './live-handoff';
import { createPanelRoot } from './panel-root';
import { drawSnapshot } from './snapshot';
import { ACTION_EVENTS } from './trusted-input';

// The pointer or the keyboard coming to the panel: the live panel is on its way before the press.
const REACHES = ['pointerover', 'focusin', 'touchstart', 'keydown'] as const;
const PRESSABLE = 'button, input, select, label, summary, a';

/**
 * Draws the kept first paint in our shadow root, beside the page (its room already made).
 * Nothing on it acts: a press the operator makes before the
 * live panel comes is kept (to be made again on it) and `onReach` called; a page script's is
 * dropped. Null, with nothing drawn, when the tree is not a panel's.
 */
export function drawPanelCopy(snapshot: PanelSnapshot, onReach: () => void): PanelCopy | null {
  const { host, shadow, container } = createPanelRoot();
  // Says which part drew what is on show (for support, and for tests seen from the page).
  host.setAttribute('data-sportello-copy', '');
  const drawn = new WeakSet<Node>();
  try {
    drawSnapshot(snapshot.tree, container, drawn);
  } catch {
    return null;
  }
  const listening = new AbortController();
  const { signal } = listening;
  const copy: PanelCopy = {
    host, body: container, pressed: [], key: snapshot.key, digest: snapshot.answer,
    stopListening: () => listening.abort(),
  };
  // Capture: the shadow root's body stops our keystrokes from reaching the page.
  for (const type of REACHES) host.addEventListener(type, onReach, { signal, passive: true, capture: true });
  for (const type of ACTION_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
        if (event.isTrusted && type === 'click') notePress(copy, event.target, drawn);
        if (event.isTrusted) onReach();
      },
      { capture: true, signal },
    );
  }
  document.body.append(host);
  return copy;
}

/** The pressed element, if we drew it (a label stands for its control): found again by its place and text. */
function notePress(copy: PanelCopy, target: EventTarget | null, drawn: WeakSet<Node>): void {
  if (!(target instanceof Element)) return;
  const closest = target.closest(PRESSABLE);
  const pressed = closest instanceof HTMLLabelElement ? (closest.control ?? closest) : (closest ?? target);
  if (!drawn.has(pressed)) return;
  copy.pressed.push({ path: pathOf(pressed, copy.body), localName: pressed.localName, text: pressed.textContent ?? '' });
}
