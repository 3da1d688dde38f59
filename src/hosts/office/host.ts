/**
 * What the taskpane asks of the workbook it sits beside. The Office implementation runs over
 * `Excel.run`; the browser preview runs the same implementation over an in-memory Excel fake.
 */
import type { ScoreReport } from '../../core/report';
import type { ScoringSettings } from '../../core/settings';

export interface RunStats {
  /** context.sync() calls the run made (3 for an ordinary workbook; see README for larger ones). */
  syncs: number;
  /** Cells written. */
  cellsWritten: number;
}

export interface ScoreRun {
  report: ScoreReport;
  stats: RunStats;
}

/** A cell as the person finds it now: its sheet's current name and its A1 address. */
export interface CellRef {
  sheet: string;
  address: string;
}

/** What undo or 清除标注 could not put back. */
export interface RestoreOutcome {
  /** Cells the person changed after 评分: left as they are (已被修改，未撤销). */
  kept: CellRef[];
  /** Sheets written to that are gone (or renamed, for 清除标注): nothing there was restored. */
  missingSheets: string[];
}

export type Progress = (step: 'reading' | 'scoring' | 'writing' | 'done', fraction: number) => void;

export interface ScoringHost {
  /** Read the workbook, score every table, write scores/notes/marks; throws a HostError on failure. */
  score(settings: ScoringSettings, onProgress?: Progress): Promise<ScoreRun>;
  /**
   * Restore every cell the last `score` touched (values and fills) exactly, except cells the person has
   * changed since; null when there is nothing to undo.
   */
  undo(): Promise<RestoreOutcome | null>;
  /** Remove our fills (restoring the earlier ones) and the notes we wrote; scores stay. */
  clearMarks(): Promise<RestoreOutcome>;
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
    readonly code:
      'cell-edit' | 'protected' | 'access-denied' | 'no-table' | 'too-large' | 'partial-write' | 'unknown',
  ) {
    super(message);
    this.name = 'HostError';
  }
}
