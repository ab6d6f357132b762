/**
 * Calls `onChange` with those of `keys` that changed in `storage.local`, until `signal` aborts:
 * the content script follows what the background writes there (the office's language, the
 * policy's copy) rather than asking again on a timer.
 */
export function followLocalKeys(keys: readonly string[], onChange: (changed: string[]) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local') return;
    const changed = keys.filter((key) => key in changes);
    if (changed.length > 0) onChange(changed);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
