/**
 * What the taskpane asks of the workbook it sits beside. The Office implementation runs over
 * `Excel.run`; the browser preview runs the same implementation over an in-memory Excel fake.
 */
import type { ScoreReport } from '../../core/report';
import type { ScoringSettings } from '../../core/settings';

export interface RunStats {
  /** context.sync() calls the run made (goal: ≤ 2). */
  syncs: number;
  /** Cells written. */
  cellsWritten: number;
}

export interface ScoreRun {
  report: ScoreReport;
  stats: RunStats;
}

export type Progress = (step: 'reading' | 'scoring' | 'writing' | 'done', fraction: number) => void;

export interface ScoringHost {
  /** Read the workbook, score every table, write scores/notes/marks; throws a HostError on failure. */
  score(settings: ScoringSettings, onProgress?: Progress): Promise<ScoreRun>;
  /** Restore every cell the last `score` touched (values and fills) exactly; false when nothing to undo. */
  undo(): Promise<boolean>;
  /** Remove our fills (restoring the earlier ones) and the notes we wrote; scores stay. */
  clearMarks(): Promise<void>;
  /** Add a sheet holding these lines (the 自评结论), never over an existing one; resolves to its name. */
  writeConclusion(lines: string[]): Promise<string>;
  /** Select a cell in Excel so the person sees it (finding list navigation). */
  select(sheet: string, address: string): Promise<void>;
  /** Settings kept with the document (Office document settings; localStorage in the preview). */
  loadSettings(): ScoringSettings;
  saveSettings(settings: ScoringSettings): Promise<void>;
}

/** A failure the person can act on: `message` is Chinese, `english` the same in English. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly english: string,
    readonly code: 'cell-edit' | 'protected' | 'no-table' | 'too-large' | 'unknown',
  ) {
    super(message);
    this.name = 'HostError';
  }
}
