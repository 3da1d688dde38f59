/** The typed AST of a rule text: clauses as the parser placed them, and the family each text forms. */
import type Decimal from 'decimal.js';
import type { Direction } from '../vocabulary/rules';
import type { RuleKind } from './types';

/** A boundary of a band. `explicit`: the text says so (`≥`, `（含）`); else a convention that may yield to a neighbour. */
export interface Bound {
  value: Decimal;
  incl: boolean;
  explicit: boolean;
}

/** A condition on the input; null bounds are open. An `=` condition has equal inclusive bounds. */
export interface Condition {
  lower: Bound | null;
  upper: Bound | null;
  /** The condition as written (normalised), e.g. `80%(含)-90%`. */
  text: string;
  pct: boolean;
  unit: string | null;
  /** Compare the input's absolute value (`±5%以内`). */
  abs: boolean;
}

export type Outcome =
  | { type: 'points'; points: Decimal }
  | { type: 'full' }
  | { type: 'zero' }
  | { type: 'fraction'; fraction: Decimal }
  | { type: 'proportional' }
  | { type: 'deduct'; amount: Decimal };

/** A deduction step `每降低5%，扣1分`. */
export interface StepClause {
  type: 'step';
  dir: Direction | null;
  size: Decimal;
  pct: boolean;
  unit: string | null;
  /** Words between 每 and 扣 (`发现`, `不合规问题`), for telling issues from missing items. */
  words: string;
  amount: Decimal;
}

/** One placed clause. `span` is [start, end) in the normalised text. */
export type Clause = { span: [number, number] } & (
  | { type: 'band'; subject: string; cond: Condition; outcome: Outcome }
  | { type: 'else'; outcome: Outcome }
  | StepClause
  | { type: 'cap' }
  | { type: 'maxDeduct'; amount: Decimal }
  | { type: 'proportional'; subject: string }
  | { type: 'countAs100' }
  | { type: 'level'; level: string; subject: string; outcome: Outcome }
  | { type: 'outcome'; outcome: Outcome }
  | { type: 'item'; n: number; marker: string; desc: string; outcome: Outcome | null }
  | { type: 'check'; desc: string; outcome: Outcome }
  | { type: 'description'; text: string; hasCondition: boolean; question: boolean }
  | { type: 'discretionary'; text: string }
);

export type ClauseType = Clause['type'];
export type ClauseOf<K extends ClauseType> = Extract<Clause, { type: K }>;

/** What the input is read as. */
export type ValueKind =
  | { type: 'rate' }
  | { type: 'quantity'; unit: string | null }
  /** Time past a deadline (`延期2个月`, `按时` = 0). */
  | { type: 'delay'; unit: string };

/** The unit a value kind is stated in (null for rates and bare counts). */
export function unitOf(kind: ValueKind): string | null {
  return kind.type === 'rate' ? null : kind.unit;
}

export interface Band {
  cond: Condition;
  outcome: Outcome;
}

export interface LinearStep {
  dir: 'up' | 'down';
  size: Decimal;
  amount: Decimal;
}

export interface ChecklistItem {
  n: number;
  marker: string;
  desc: string;
  points: Outcome | null;
}

export type RuleAst =
  | { kind: 'bands'; subject: string; value: ValueKind; bands: Band[]; otherwise: Outcome | null }
  | {
      kind: 'linear' | 'twosided';
      subject: string;
      value: ValueKind;
      /** The full-marks condition (`≥95%`, `≤100%`, `=100%`) and what it gives. */
      threshold: Condition;
      base: Outcome;
      target: Decimal;
      steps: LinearStep[];
      maxDeduct: Decimal | null;
      /** Bands that give a fixed outcome whatever the steps say (`60%以下不得分`). */
      overrides: Band[];
    }
  | { kind: 'proportional'; subject: string }
  | { kind: 'checklist'; mode: 'items'; items: ChecklistItem[] }
  | { kind: 'checklist'; mode: 'missing'; items: ChecklistItem[]; amount: Decimal; maxDeduct: Decimal | null }
  | { kind: 'checklist'; mode: 'yesno'; question: string; yes: Outcome; no: Outcome }
  | {
      kind: 'perissue';
      checkpoints: string[];
      /** What a clean result gives (`未发现问题得2分`); full marks unless the text says otherwise. */
      base: Outcome;
      amount: Decimal;
      maxDeduct: Decimal | null;
      unitWord: string;
    }
  | { kind: 'grade'; levels: { level: string; outcome: Outcome }[] }
  | { kind: 'manual'; reason: 'empty' | 'description' | 'discretionary' | 'unparsed' };

export interface ParsedRule {
  kind: RuleKind;
  ast: RuleAst;
  /** The rule restated in plain Chinese. */
  explain: string;
  /** The person's words the parser could not place. */
  unparsed: string[];
  clauses: Clause[];
}
