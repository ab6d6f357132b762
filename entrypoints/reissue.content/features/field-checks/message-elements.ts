import type { FieldName } from '@/utils/portal/adapter';
import { ourRoot } from '../../our-root';

/** Id of the message element of a field: what the field's aria-describedby points at. */
export const messageId = (field: FieldName): string => `sportello-message-${field}`;
const SLOTS_ID = 'sportello-field-slots';

/**
 * Our shadow host, once the panel has mounted it (attach runs before the panel exists, so
 * callers must accept null and try again later).
 */
export function messageHost(doc: Document = document): HTMLElement | null {
  const host = ourRoot();
  return host?.ownerDocument === doc ? host : null;
}

/**
 * The message element of a field: a light-DOM child of `#sportello-cie-root`, so it is in the
 * same tree scope as the portal's input (aria-describedby cannot point into a shadow root),
 * and shown through a named slot of our shadow root. Null while the host does not exist.
 */
export function messageElement(field: FieldName, doc: Document = document): HTMLElement | null {
  const host = messageHost(doc);
  if (!host) return null;
  const id = messageId(field);
  const existing = doc.getElementById(id);
  if (existing?.parentElement === host) return existing;
  existing?.remove();
  ensureSlot(host, id);
  const element = doc.createElement('div');
  element.id = id;
  element.slot = id;
  element.setAttribute('data-sportello-owned', '');
  // Announced when its text changes; polite, so typing is never interrupted.
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.hidden = true;
  Object.assign(element.style, MESSAGE_STYLE);
  host.append(element);
  return element;
}

function ensureSlot(host: HTMLElement, name: string): void {
  const shadow = host.shadowRoot;
  if (!shadow) return;
  let slots = shadow.getElementById(SLOTS_ID);
  if (!slots) {
    slots = host.ownerDocument.createElement('div');
    slots.id = SLOTS_ID;
    shadow.append(slots);
  }
  if (!slots.querySelector(`slot[name="${name}"]`)) {
    const slot = host.ownerDocument.createElement('slot');
    slot.name = name;
    slots.append(slot);
  }
}

// Inline, because light-DOM children of the host can be reached by the portal's stylesheets.
const MESSAGE_STYLE: Partial<CSSStyleDeclaration> = {
  position: 'fixed',
  zIndex: '2147482999',
  boxSizing: 'border-box',
  maxWidth: '420px',
  padding: '4px 8px',
  borderRadius: '4px',
  border: '1px solid #5c6f82',
  background: '#fff',
  color: '#1a1a1a',
  font: '13px/1.4 "Titillium Web", system-ui, sans-serif',
  boxShadow: '0 2px 6px rgb(0 0 0 / 0.15)',
  pointerEvents: 'none',
};

export type FieldState = 'valid' | 'warning' | 'invalid';
const BORDER: Record<FieldState, string> = { valid: '#008758', warning: '#a66300', invalid: '#d9364f' };

/** Shows `lines` under the field, coloured by state; hides the element when there is nothing. */
export function showMessage(element: HTMLElement, state: FieldState | null, lines: string[]): void {
  element.replaceChildren(
    ...lines.map((line, i) => {
      const span = element.ownerDocument.createElement(i === 0 ? 'strong' : 'span');
      span.textContent = i === 0 ? line : ` ${line}`;
      return span;
    }),
  );
  element.hidden = lines.length === 0;
  element.style.display = lines.length === 0 ? 'none' : 'block';
  element.style.borderLeft = state ? `4px solid ${BORDER[state]}` : '1px solid #5c6f82';
  element.setAttribute('data-state', state ?? '');
}

/** Puts the message beside its field (under it when there is no room); hidden with the field. */
export function placeMessage(element: HTMLElement, field: HTMLElement): void {
  const rect = field.getBoundingClientRect();
  const width = field.ownerDocument.defaultView?.innerWidth ?? 1024;
  if (rect.width === 0 && rect.height === 0) {
    element.style.visibility = 'hidden';
    return;
  }
  element.style.visibility = 'visible';
  const room = width - rect.right - 16;
  if (room >= 240) {
    element.style.top = `${Math.round(rect.top)}px`;
    element.style.left = `${Math.round(rect.right + 8)}px`;
    element.style.maxWidth = `${Math.round(Math.min(room, 420))}px`;
  } else {
    element.style.top = `${Math.round(rect.bottom + 4)}px`;
    element.style.left = `${Math.round(Math.max(4, rect.left))}px`;
    element.style.maxWidth = `${Math.round(Math.min(width - 8, 420))}px`;
  }
}
