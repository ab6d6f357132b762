/** The one element all our UI hangs under (contract). */
export const ROOT_ID = 'sportello-cie-root';

/**
 * Our own shadow host, as we made it. Never looked up by id: a page may plant a decoy with the
 * same id before we mount, and our messages must not end up under the page's element.
 */
let ours: HTMLElement | null = null;

export function registerOurRoot(host: HTMLElement | null): void {
  ours = host;
}

/** Our host while it is in the page; null before the panel mounts or after it is removed. */
export function ourRoot(): HTMLElement | null {
  return ours?.isConnected ? ours : null;
}
