/** `jixiao review <files or folders…> --out <汇总.xlsx> [--json <summary.json>] [--jobs N] [--settings <file>]`. */
import os from 'os';
import type { ScoringSettings } from '../../core/settings';
import { UsageError, scoringFlags, split, text } from '../args';

export interface ReviewCommand {
  inputs: string[];
  out: string;
  json?: string;
  /** Worker threads scoring at once. */
  jobs: number;
  settings: Partial<ScoringSettings>;
  settingsFile?: string;
  /** Show a progress bar when stderr is a terminal. */
  progress: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export function parseReview(argv: string[]): ReviewCommand {
  const { positional, flags } = split('review', argv);
  if (positional.length === 0)
    throw new UsageError('review 需要至少一个文件或文件夹。', 'review takes at least one file or folder.');
  const out = text(flags, 'out');
  if (out === undefined)
    throw new UsageError('review 需要 --out <汇总.xlsx>。', 'review needs --out <summary.xlsx>.');
  if (!/\.xlsx$/i.test(out))
    throw new UsageError('--out 须为 .xlsx 文件。', '--out must name an .xlsx file.');
  const jobsText = text(flags, 'jobs');
  let jobs = defaultJobs();
  if (jobsText !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(jobsText))
      throw new UsageError('--jobs 须为 1 到 999 的整数。', '--jobs must be a whole number from 1 to 999.');
    jobs = Number(jobsText);
  }
  return {
    inputs: positional,
    out,
    json: text(flags, 'json'),
    jobs,
    settings: scoringFlags(flags),
    settingsFile: text(flags, 'settings'),
    progress: flags.get('no-progress') !== true,
  };
}
