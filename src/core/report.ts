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
  /** The input cell was blank and the input was worked out from the row's definition and the data tables. */
  derived?: DerivedInput;
}

/** How a blank input was worked out (`在职人员控制率=（在职人员数/编制数）×100%` → 43/45 → 95.56%). */
export interface DerivedInput {
  /** The definition as the 指标解释 (or 评分标准) writes it. */
  formula: string;
  /** Each quantity the definition names, its number and where it was found (`基础数据表!C4`). */
  values: { name: string; value: number; cell: string }[];
  /** The input as shown in the note: `95.56%`. */
  result: string;
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

/** One table as the table layer scores it. */
export interface ScoredTable {
  sheet: string;
  headerRow: number;
  total: TotalReport;
  subtotals: LevelSubtotal[];
  indicators: IndicatorReport[];
  findings: Finding[];
}

/** One table of the report: as scored, plus what the reviewer reads (src/core/review). */
export interface TableReport extends ScoredTable {
  /** 单位名称 as the title rows give it (`单位名称：示例区委编办`), or null. */
  unit: string | null;
  /** The score the person typed: the total row's 得分, else the sum of typed scores when every row has one. */
  typedScore: number | null;
  /** 预算执行率 as a percentage (98.64), from the 预算执行率 block or indicator, when there is one. */
  executionRate: number | null;
  /** The 自评结论 paragraph (see src/core/review/conclusion.ts). */
  conclusion: string;
}

export interface ScoreReport {
  file?: string;
  tables: TableReport[];
}
