/** What the codice fiscale says about the holder's age; null when no valid code is shown. */
export type MinorStatus = { minor: boolean; age: number } | null;

type Listener = (status: MinorStatus) => void;
const listeners = new Set<Listener>();
let last: MinorStatus = null;

// Where two features meet: the field checks read the holder's age from the codice fiscale,
// the checklist takes the minor's case from it. Neither imports the other.

/**
 * Tells the listener whether the holder is a minor, now and whenever the codice fiscale field
 * changes: a minor's request is made by a parent or guardian. Returns the unsubscribe function.
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

/** The last status the field check reported (null: no valid codice fiscale shown). */
export function currentMinorStatus(): MinorStatus {
  return last;
}
