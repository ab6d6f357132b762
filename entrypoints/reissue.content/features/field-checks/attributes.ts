import type { FieldName } from '@/utils/portal/adapter';
import { messageId, type FieldState } from './message-elements';

const ORIGINAL_INVALID = 'data-sportello-aria-invalid';

/** Marks a portal input as checked by us; returns what puts it back as the portal made it. */
export function markField(input: HTMLInputElement, name: FieldName): () => void {
  const describedBy = input.getAttribute('aria-describedby');
  const invalid = input.getAttribute('aria-invalid');
  input.setAttribute('data-sportello-field', name);
  if (invalid !== null) input.setAttribute(ORIGINAL_INVALID, invalid);
  return () => {
    input.removeAttribute('data-sportello-field');
    input.removeAttribute('data-sportello-state');
    input.removeAttribute(ORIGINAL_INVALID);
    restoreAttribute(input, 'aria-describedby', describedBy);
    restoreAttribute(input, 'aria-invalid', invalid);
  };
}

/**
 * The contract's attributes after a check: data-sportello-state, aria-invalid="true" only when
 * invalid (the portal's own value otherwise), aria-describedby including our message.
 */
export function setState(input: HTMLInputElement, name: FieldName, state: FieldState | null): void {
  if (state === null) input.removeAttribute('data-sportello-state');
  else input.setAttribute('data-sportello-state', state);
  if (state === 'invalid') input.setAttribute('aria-invalid', 'true');
  else restoreAttribute(input, 'aria-invalid', input.getAttribute(ORIGINAL_INVALID));
  if (state !== null) {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(messageId(name))) input.setAttribute('aria-describedby', [...ids, messageId(name)].join(' '));
  }
}

function restoreAttribute(input: HTMLElement, attribute: string, value: string | null): void {
  if (value === null) input.removeAttribute(attribute);
  else input.setAttribute(attribute, value);
}
