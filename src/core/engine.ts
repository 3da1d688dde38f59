/**
 * The core's entry points, implemented by the table layer (recognise → score → validate → patch).
 * Hosts call only these: grid in, report + patches + ledger out.
 */
import type { MarkLedger, CellPatch } from './patch';
import type { ScoreReport } from './report';
import type { ScoringSettings } from './settings';

export interface ScoreOptions {
  settings?: Partial<ScoringSettings>;
  /** The ledger the document carries from earlier runs (null or absent for a first run). */
  ledger?: MarkLedger | null;
  /**
   * The document carries a ledger of ours that could not be read (see ledgerXml.ts): the run goes on
   * with what could be read, and the first table reports `ledger-unreadable`.
   */
  ledgerDamaged?: boolean;
  /**
   * The host could not read merged cells (Excel before ExcelApi 1.13): each table whose level, weight or
   * rule cells are blank where a merge usually sits reports `merges-unread`, naming those indicators.
   */
  mergesUnread?: boolean;
  /** File name for the report's `file`. */
  file?: string;
}

export interface ScoreOutcome {
  report: ScoreReport;
  /** Every cell change, in application order; hosts apply them all at once. */
  patches: CellPatch[];
  /** The ledger to store back into the document. */
  ledger: MarkLedger;
}

/** Thrown when no sheet holds a recognisable 评分表; the message is Chinese, `english` the same in English. */
export class NoTableError extends Error {
  readonly english = 'No scoring table (评分表) was found in this workbook.';
  constructor() {
    super('未在工作簿中找到评分表（需要含“三级指标/指标名称”“分值”等表头的行）。');
    this.name = 'NoTableError';
  }
}
