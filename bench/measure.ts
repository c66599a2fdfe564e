/**
 * Timing and statistics shared by the benchmark phases: wall time with the process's CPU time
 * beside it (on a shared machine other people's work stretches wall time, not CPU time),
 * medians over runs and percentiles over samples.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  wallMs: number;
  /** User + system CPU time of this process (all its threads) over the same interval. */
  cpuMs: number;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; timing: Timing }> {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  return { result, timing: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 } };
}

/** The p-th percentile (0..100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Medians, key by key, of several runs that report the same named figures. */
export function medianOfRuns(runs: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  return Object.fromEntries(
    [...keys].map((key) => [key, median(runs.map((run) => run[key]).filter((v) => v !== undefined))]),
  );
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  // resourceUsage reports kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

export const MB = 1024 * 1024;
