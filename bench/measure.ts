/** Small helpers shared by the benchmarks: timing, medians, and a plain table. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs a command to completion and returns its wall time in ms; throws with its output on failure. */
export function timeCommand(command: string, args: string[], options: SpawnSyncOptions = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return elapsed;
}

export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** Prints a target line: the measured value, the goal, and whether it is met. */
export function target(name: string, ok: boolean, detail: string): string {
  return `${ok ? 'MET    ' : 'MISSED '} ${name}: ${detail}`;
}

/**
 * The most timestamps within any half-open window of `ms` (the peak rate a budget must hold to).
 * Callers observing arrivals a little late pass a window slightly under a second, so jitter in
 * the timestamps does not read as a burst.
 */
export function peakInWindow(times: number[], ms = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= ms) lo++;
    peak = Math.max(peak, hi - lo + 1);
  }
  return peak;
}
