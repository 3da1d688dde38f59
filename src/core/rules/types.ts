/**
 * The rule engine's public contract: one rule text (评分标准) or one target (年度指标值) plus one input
 * cell in, one scored result out. Table scoring and `jixiao rule` both go through `scoreRule`.
 */
import type Decimal from 'decimal.js';
import type { CellValue } from '../grid';
import type { FindingCode } from '../findings';
import type { ScoringSettings } from '../settings';

/** The family names of SPEC §3, as they appear in the report's `kind`. */
export type RuleKind =
  | 'bands'
  | 'linear'
  | 'twosided'
  | 'proportional'
  | 'checklist'
  | 'perissue'
  | 'grade'
  | 'target'
  | 'formula'
  | 'bonus'
  | 'composite'
  | 'deadline'
  | 'rank'
  // (not a rule family: a table's own column of points deducted, `应得分数 | 扣减分数 | 实得分数`)
  | 'deduction'
  | 'manual';

export type RuleStatus = 'scored' | 'manual' | 'missing-input' | 'invalid-input' | 'unscored';

/** An input or target as read from a cell: its value and number format (`0.00%` makes 0.93 mean 93%). */
export interface InputValue {
  value: CellValue;
  format?: string;
}

export interface RuleRequest {
  /** The 评分标准 text; empty or absent in a 自评表 row scored against its target. */
  rule?: string;
  weight: Decimal;
  /** The input (实际值 / 实际完成值) cell; null or an empty value means the person left it empty. */
  input: InputValue | null;
  /** The 年度指标值 / 目标值 cell, when the table has one. */
  target?: InputValue | null;
  /** A score the person typed in the 得分 cell (kept on manual rows, checked against qualitative bands). */
  typedScore?: Decimal | null;
  /** The indicator's name, used as the subject of the note (`预算完成率92.00%，…`). */
  name?: string;
  settings: ScoringSettings;
}

/** A problem the engine saw with this one row; the table layer turns it into a finding at a cell. */
export interface RuleIssue {
  code: Extract<FindingCode, 'unparsed-rule' | 'suspicious-input' | 'invalid-input' | 'score-out-of-range'>;
  /** Which cell the issue is about. */
  on: 'rule' | 'input' | 'score';
  message: string;
}

export interface RuleResult {
  kind: RuleKind;
  /** Clamped to [0, weight] and rounded half-up to settings.decimals; null when not scored. */
  score: Decimal | null;
  status: RuleStatus;
  /** One-line Chinese computation note, e.g. `预算完成率92.00%，低于95%标准3.00个百分点，…得2.40分`. */
  note: string;
  /** The rule restated in plain Chinese: what the parser understood. */
  explain: string;
  /** Spans of the rule text the parser could not place (non-empty ⇒ kind manual + unparsed-rule). */
  unparsed: string[];
  /** The input as the engine read it, for display (`92%`, `73个`, `①③`). */
  inputText: string;
  issues: RuleIssue[];
  /** 自评表: the target was not reached (so a 偏差原因 is owed). */
  missedTarget?: boolean;
  /** 自评表: actual ≥ 130% of a higher-is-better target. */
  overachieved?: boolean;
}
