import { describe, expect, it } from 'vitest';
import { tabRateLimit } from './tab-rate-limit';

describe('per-tab rate limit (token bucket)', () => {
  it('lets a burst through, then refuses until time refills the bucket', () => {
    let now = 1_000_000;
    const limit = tabRateLimit({ burst: 3, perMinute: 6, now: () => now });
    expect([1, 2, 3, 4].map(() => limit.take(1))).toEqual([true, true, true, false]);
    now += 5_000; // half a token (6 a minute: one every 10 s); a refused attempt costs nothing
    expect(limit.take(1)).toBe(false);
    now += 5_000;
    expect(limit.take(1)).toBe(true);
    expect(limit.take(1)).toBe(false);
    // A long pause refills to the burst, never beyond it.
    now += 3_600_000;
    expect([1, 2, 3, 4].map(() => limit.take(1))).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per tab, and forgets a closed tab', () => {
    const limit = tabRateLimit({ burst: 1, perMinute: 1, now: () => 0 });
    expect(limit.take(1)).toBe(true);
    expect(limit.take(1)).toBe(false);
    expect(limit.take(2)).toBe(true);
    limit.forget(1);
    expect(limit.take(1)).toBe(true);
  });
});
