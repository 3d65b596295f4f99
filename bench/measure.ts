/** Timing helpers shared by the benchmark suites. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Runs `fn` a few times to warm up, then `runs` times, and returns the timings in milliseconds. */
export async function measure(fn: () => unknown, runs = 30, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function report(label: string, timing: Timing, target?: string): void {
  const goal = target ? `  (target ${target})` : '';
  console.log(`${label.padEnd(58)} median ${formatMs(timing.median).padStart(10)}  p95 ${formatMs(timing.p95).padStart(10)}${goal}`);
}
