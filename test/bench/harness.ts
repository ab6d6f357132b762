/**
 * Shared bench helpers. Every benchmark compares against a peer measured in the same run,
 * so results are ratios that mean the same on a slow or a fast machine.
 */
export interface BenchResult {
  /** What was measured, e.g. "parseCodiceFiscale". */
  name: string;
  /** The measurement (median). */
  value: number;
  unit: string;
  /** The peer measured in the same run. */
  peer: string;
  peerValue: number;
  /** Extra facts printed before the ratio (agreement, sizes...). */
  note?: string;
}

/**
 * Median of `rounds` timings of `fn` run `iterations` times, in ns per iteration. A promise
 * is awaited; a plain result is not, so a synchronous `fn` pays no microtask per call.
 */
export async function nsPerOp(fn: () => unknown, iterations: number, rounds = 7): Promise<number> {
  const samples: number[] = [];
  // Round 0 is a warm-up (compilation, caches) and is not kept.
  for (let round = 0; round <= rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const result = fn();
      if (result instanceof Promise) await result;
    }
    if (round > 0) samples.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  return median(samples);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One printed line: the value, then the ratio against the peer (lower is faster/smaller). */
export function formatResult(r: BenchResult): string {
  const ratio = r.value / r.peerValue;
  const note = r.note ? ` (${r.note})` : '';
  return `${r.name}: ${fmt(r.value)} ${r.unit}${note} | ${r.peer}: ${fmt(r.peerValue)} ${r.unit} | ratio ${ratio.toFixed(2)}x vs ${r.peer}`;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(2);
}
