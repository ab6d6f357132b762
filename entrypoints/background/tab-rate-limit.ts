/** Thrown when a tab asks for more than its share; the caller opens nothing. */
export class RateLimitedError extends Error {
  constructor(what: string) {
    super(`Richiesta rifiutata: troppe richieste da questa scheda (${what}).`);
  }
}

export interface TabRateLimitOptions {
  /** Requests a tab may make at once (the bucket's size). */
  burst: number;
  /** Requests a tab regains per minute, continuously. */
  perMinute: number;
  now?: () => number;
}

export interface TabRateLimit {
  /** Takes one request for the tab; false (nothing taken) when its bucket is empty. */
  take(tabId: number): boolean;
  /** Forgets a closed tab. */
  forget(tabId: number): void;
}

/**
 * A token bucket per tab: an operator printing the documents of one case, one by one, never
 * meets it; a page script pressing our buttons in a loop gets a few tabs, then nothing.
 * Memory only: if the worker is stopped (30 s idle) a bucket starts full again, which is no
 * more than it would have refilled in that time.
 */
export function tabRateLimit({ burst, perMinute, now = Date.now }: TabRateLimitOptions): TabRateLimit {
  const buckets = new Map<number, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return {
    take(tabId) {
      const time = now();
      const bucket = buckets.get(tabId) ?? { tokens: burst, at: time };
      const tokens = Math.min(burst, bucket.tokens + Math.max(0, time - bucket.at) * perMs);
      if (tokens < 1) {
        buckets.set(tabId, { tokens, at: time });
        return false;
      }
      buckets.set(tabId, { tokens: tokens - 1, at: time });
      return true;
    },
    forget(tabId) {
      buckets.delete(tabId);
    },
  };
}
