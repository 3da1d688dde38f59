/** The JSON report (SPEC §7): what `jixiao score --json` writes and what the taskpane shows. */
import type { Finding } from './findings';
import type { RuleKind, RuleStatus } from './rules/types';

export interface IndicatorReport {
  /** 1-based worksheet row. */
  row: number;
  level1: string;
  level2: string;
  name: string;
  weight: number | null;
  kind: RuleKind;
  /** The input as read, for display; null when empty. */
  input: string | null;
  score: number | null;
  status: RuleStatus;
  note: string;
  /** The rule restated in plain Chinese. */
  explain: string;
  /** Words of the rule text the parser could not place. */
  unparsed: string[];
  /** A1 addresses of the row's score and input cells, for navigation. */
  scoreCell: string;
  inputCell: string | null;
}

export interface TotalReport {
  weight: number;
  score: number;
  /** Some indicator is unscored: the total is provisional and no grade is given. */
  provisional: boolean;
  grade: '优' | '良' | '中' | '差' | null;
}

export interface LevelSubtotal {
  level1: string;
  weight: number;
  score: number;
}

export interface TableReport {
  sheet: string;
  headerRow: number;
  total: TotalReport;
  subtotals: LevelSubtotal[];
  indicators: IndicatorReport[];
  findings: Finding[];
}

export interface ScoreReport {
  file?: string;
  tables: TableReport[];
}
