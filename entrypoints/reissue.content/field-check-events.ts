/** What the codice fiscale says about the holder's age; null when no valid code is shown. */
export type MinorStatus = { minor: boolean; age: number } | null;

type Listener = (status: MinorStatus) => void;
const listeners = new Set<Listener>();
let last: MinorStatus = null;

/**
 * Tells the listener (e.g. the checklist) whether the holder is a minor, now and whenever the
 * codice fiscale field changes: a minor's request is made by a parent or guardian. Returns
 * the unsubscribe function.
 */
export function onMinorDetected(listener: Listener, signal?: AbortSignal): () => void {
  listeners.add(listener);
  listener(last);
  const off = (): void => void listeners.delete(listener);
  signal?.addEventListener('abort', off);
  return off;
}

/** Called by the field check after each codice fiscale check; listeners hear only changes. */
export function reportMinorStatus(status: MinorStatus): void {
  if (JSON.stringify(status) === JSON.stringify(last)) return;
  last = status;
  for (const listener of listeners) {
    try {
      listener(status);
    } catch {
      // a listener's failure is its own
    }
  }
}
