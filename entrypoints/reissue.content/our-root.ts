/** The one element all our UI hangs under (contract). */
export const ROOT_ID = 'sportello-cie-root';

/**
 * Our own shadow host, as we made it. Never looked up by id: a page may plant a decoy with the
 * same id before we mount, and our messages must not end up under the page's element.
 */
let ours: HTMLElement | null = null;
/** Work that needs our host, waiting for the panel to mount it. */
const waiting = new Set<() => void>();

export function registerOurRoot(host: HTMLElement | null): void {
  ours = host;
  if (!host) return;
  const ready = [...waiting];
  waiting.clear();
  for (const run of ready) run();
}

/** Our host while it is in the page; null before the panel mounts or after it is removed. */
export function ourRoot(): HTMLElement | null {
  return ours?.isConnected ? ours : null;
}

/** Our host as registered, in the page or taken out of it by a page script (until the panel is removed). */
export function ourHost(): HTMLElement | null {
  return ours;
}

/**
 * Runs `then` once our host is in the page: now if it is, otherwise when the panel mounts it
 * (the features attach to the portal's fields first, and the panel is drawn a task later).
 * Forgotten when `signal` aborts.
 */
export function whenOurRoot(then: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  if (ourRoot()) return then();
  const run = (): void => {
    signal.removeEventListener('abort', forget);
    then();
  };
  const forget = (): void => void waiting.delete(run);
  waiting.add(run);
  signal.addEventListener('abort', forget, { once: true });
}
