// Latency summaries of per-call timings in milliseconds.

/** Median and tail of a set of timings. */
export interface LatencySummary {
  median: number;
  p99: number;
  mean: number;
}

/** The `q` quantile (0..1) of ascending-sorted values, nearest rank; 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Median, p99 and mean of timings (ms), rounded to microseconds. */
export function summarizeLatency(ms: readonly number[]): LatencySummary {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const mean = sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : 0;
  return { median: round(quantile(sorted, 0.5)), p99: round(quantile(sorted, 0.99)), mean: round(mean) };
}

/** Milliseconds taken by `fn` (high-resolution clock). */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
