/**
 * Tiny benchmark helpers shared by the bench/*.bench.ts files. Medians over several runs, since
 * these machines are shared and noisy. Benchmarks report; they never fail a build.
 */
import { performance } from 'node:perf_hooks';

export interface Sample {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Free-form extra figures (emails/s, peak RSS MB, ...). */
  readonly extra?: Readonly<Record<string, string | number>>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Times `fn` `runs` times (after `warmup` untimed calls) and returns the median and spread. */
export async function measure(name: string, fn: () => unknown, runs = 7, warmup = 1): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { name, runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

/** Prints samples as an aligned table. */
export function report(title: string, samples: readonly Sample[]): void {
  console.log(`\n## ${title}`);
  for (const s of samples) {
    const extra = s.extra ? '  ' + Object.entries(s.extra).map(([k, v]) => `${k}=${v}`).join('  ') : '';
    console.log(`${s.name.padEnd(48)} median ${fmt(s.medianMs)}  (min ${fmt(s.minMs)}, max ${fmt(s.maxMs)}, ${s.runs} runs)${extra}`);
  }
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}
