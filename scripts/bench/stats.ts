/** Small statistics helpers for the benchmark. */
import { performance } from 'node:perf_hooks';

export const round = (n: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** The value at quantile `q` (nearest rank) of `samples`. */
export function quantile(samples: readonly number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export const median = (samples: readonly number[]): number => {
  const s = [...samples].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export function stats(samples: readonly number[]): { median: number; p95: number; runs: number } {
  return { median: round(median(samples)), p95: round(quantile(samples, 0.95)), runs: samples.length };
}

/** Runs `fn` `runs` times after three warm-up calls; milliseconds per call. */
export function time(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
