/** A part of `npm run bench`: a title and the lines it prints. */
import path from 'path';

export interface BenchSection {
  title: string;
  run(): Promise<string[]>;
}

/** Median of measured milliseconds. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The repository root: the bench runs compiled, from dist/bench. */
export const repoRoot = path.resolve(__dirname, '..', '..');
