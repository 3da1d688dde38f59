/**
 * Evaluating a parsed rule against one input: raw points (before clamping and rounding) and the
 * words of the computation note up to, not including, the final `得N分`.
 */
import Decimal from 'decimal.js';
import {
  inUnit,
  itemMarker,
  readCount,
  readDelay,
  readItems,
  readLevel,
  readQuantity,
  readRate,
} from '../inputs';
import type { Read } from '../inputs';
import { COUNT_UNITS } from '../vocabulary/rules';
import { formatPercent, formatPlain, formatScore } from '../numberText';
import type { StepMode } from '../settings';
import {
  type Band,
  type ChecklistItem,
  type LinearStep,
  type Outcome,
  type RuleAst,
  type ValueKind,
  unitOf,
} from './ast';
import { bandFor } from './bands';
import { conditionText, givesNothing, outcomePoints, outcomeText, valueText } from './outcomes';
import type { InputValue, RuleIssue, RuleRequest } from './types';

export type Evaluation =
  | { type: 'scored'; raw: Decimal; why: string; inputText: string; issues: RuleIssue[] }
  | { type: 'missing' }
  | { type: 'invalid'; inputText: string; message: string };

type Scorable = Exclude<RuleAst, { kind: 'manual' }>;

interface Ctx {
  req: RuleRequest;
  weight: Decimal;
  subject: string;
}

export function evaluate(ast: Scorable, req: RuleRequest, subject: string): Evaluation {
  const ctx: Ctx = { req, weight: req.weight, subject };
  switch (ast.kind) {
    case 'bands':
      return withValue(ast.value, req.input, (x, shown, issues) =>
        bands(ctx, ast.bands, ast.otherwise, x, shown, issues, ast.value),
      );
    case 'linear':
    case 'twosided':
      return withValue(ast.value, req.input, (x, shown, issues) => linear(ctx, ast, x, shown, issues));
    case 'proportional':
      return withValue({ type: 'rate' }, req.input, (x, shown, issues) => {
        const used = Decimal.min(Decimal.max(x, 0), 100);
        const capped = x.gt(100) ? '（超过100%按100%计）' : x.isNegative() ? '（按0计）' : '';
        return scored(
          outcomePoints({ type: 'proportional' }, ctx.weight, x),
          `${shown}${capped}，按${formatPlain(used)}%×${formatPlain(ctx.weight)}分计`,
          shown,
          issues,
        );
      });
    case 'checklist':
      return checklist(ctx, ast);
    case 'perissue':
      return fromRead(readCount(req.input), (n, text) => {
        const ded = deduction(ctx, n.times(ast.amount), ast.maxDeduct);
        const found = n.isZero()
          ? '未发现问题'
          : `发现${n.toFixed()}${ast.unitWord}问题，每${ast.unitWord}扣${formatPlain(ast.amount)}分，${ded.text}`;
        return scored(outcomePoints(ast.base, ctx.weight, null).minus(ded.amount), found, text, []);
      });
    case 'grade':
      return fromRead(gradeLevel(req.input, ast.levels), (level, text) => {
        const hit = ast.levels.find((l) => l.level === level) as { level: string; outcome: Outcome };
        return scored(
          outcomePoints(hit.outcome, ctx.weight, null),
          `评定为“${level}”，${outcomeText(hit.outcome)}`,
          text,
          [],
        );
      });
  }
}

/**
 * The level named by the input. Two states of which one gives nothing (`按期完成得2分，未按期完成不得分`)
 * are a yes/no question too: `是`/`否` pick the state that scores and the one that does not.
 */
function gradeLevel(input: InputValue | null, levels: { level: string; outcome: Outcome }[]): Read<string> {
  const named = readLevel(
    input,
    levels.map((l) => l.level),
  );
  const nothing = levels.filter((l) => givesNothing(l.outcome));
  if (named.ok || named.missing || levels.length !== 2 || nothing.length !== 1) return named;
  const answer = readItems(input, 1);
  if (!answer.ok) return named;
  const level = answer.value.size > 0 ? levels.find((l) => l !== nothing[0])! : nothing[0];
  return { ok: true, value: level.level, text: answer.text };
}

function scored(raw: Decimal, why: string, inputText: string, issues: RuleIssue[]): Evaluation {
  return { type: 'scored', raw, why, inputText, issues };
}

function fromRead<T>(r: Read<T>, then: (v: T, text: string, issues: RuleIssue[]) => Evaluation): Evaluation {
  if (!r.ok)
    return r.missing ? { type: 'missing' } : { type: 'invalid', inputText: r.text, message: r.message };
  const issues: RuleIssue[] = r.suspicious
    ? [{ code: 'suspicious-input', on: 'input', message: r.suspicious }]
    : [];
  return then(r.value, r.text, issues);
}

/** Reads the input as the rule's value kind; a unit that differs from the rule's is invalid. */
function withValue(
  kind: ValueKind,
  input: InputValue | null,
  then: (x: Decimal, shown: string, issues: RuleIssue[]) => Evaluation,
): Evaluation {
  // Notes show rates with two decimals (`92.00%`); the display text stays as the person wrote it.
  const display = (e: Evaluation, text: string): Evaluation =>
    e.type === 'scored' ? { ...e, inputText: text } : e;
  if (kind.type === 'rate')
    return fromRead(readRate(input), (x, text, issues) => display(then(x, formatPercent(x), issues), text));
  const quantity = kind.type === 'delay' ? readDelay(input) : readQuantity(input);
  // `发现3个问题` against a count rule (`发现1个问题得1分`): read as an issue count.
  if (!quantity.ok && !quantity.missing && kind.unit !== null && COUNT_UNITS.includes(kind.unit)) {
    const count = readCount(input);
    if (count.ok) return then(count.value, count.text, []);
  }
  return fromRead(quantity, (q, text, issues) => {
    const { value, mismatch } = inUnit(q, kind.unit, false);
    // A rule stated without a unit takes a count in any unit; a % in a quantity rule is still a slip.
    const warn = mismatch !== null && (kind.unit !== null || q.pct);
    return then(
      value,
      text,
      warn ? [...issues, { code: 'suspicious-input', on: 'input', message: mismatch }] : issues,
    );
  });
}

function bands(
  ctx: Ctx,
  list: Band[],
  otherwise: Outcome | null,
  x: Decimal,
  shown: string,
  issues: RuleIssue[],
  kind: ValueKind,
): Evaluation {
  const band = bandFor(list, x);
  if (band === null) {
    const missed = list.length === 1 ? `未达到“${conditionText(list[0].cond)}”` : '不在所列各档内';
    if (otherwise !== null)
      return scored(
        outcomePoints(otherwise, ctx.weight, x),
        `${ctx.subject}${shown}，${missed}，${outcomeText(otherwise, ctx.subject)}`,
        shown,
        issues,
      );
    const unit = kind.type === 'rate' ? '%' : (kind.unit ?? '');
    return {
      type: 'invalid',
      inputText: shown,
      message: `实际值${shown}不在评分标准所列的任何一档内（${list.map((b) => conditionText(b.cond)).join('、')}），请核对${unit ? '' : ''}`,
    };
  }
  return scored(
    outcomePoints(band.outcome, ctx.weight, x),
    `${ctx.subject}${shown}，属于“${conditionText(band.cond)}”一档，${outcomeText(band.outcome, ctx.subject)}`,
    shown,
    issues,
  );
}

/** How many steps a distance makes under the step mode. */
export function stepCount(distance: Decimal, size: Decimal, mode: StepMode): Decimal {
  const ratio = distance.div(size);
  if (mode === 'ceil') return ratio.ceil();
  if (mode === 'floor') return ratio.floor();
  return ratio;
}

function linear(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  input: Decimal,
  shown: string,
  issues: RuleIssue[],
): Evaluation {
  // `±5%以内`: the distance runs from the absolute value; the note says so.
  const x = ast.threshold.abs ? input.abs() : input;
  const absText = ast.threshold.abs ? '，绝对值' : '，';
  const pct = ast.value.type === 'rate';
  const unit = unitOf(ast.value);
  const v = (d: Decimal) => valueText(d, pct, unit);
  const override = bandFor(ast.overrides, input);
  if (override !== null) {
    return scored(
      outcomePoints(override.outcome, ctx.weight, x),
      `${ctx.subject}${shown}，属于“${conditionText(override.cond)}”，${outcomeText(override.outcome)}`,
      shown,
      issues,
    );
  }
  const base = outcomePoints(ast.base, ctx.weight, x);
  const dir: 'up' | 'down' | null = x.gt(ast.target) ? 'up' : x.lt(ast.target) ? 'down' : null;
  const step: LinearStep | undefined = ast.steps.find((s) => s.dir === dir);
  const meets = (() => {
    const c = ast.threshold;
    const lowOk = c.lower === null || (c.lower.incl ? x.gte(c.lower.value) : x.gt(c.lower.value));
    const highOk = c.upper === null || (c.upper.incl ? x.lte(c.upper.value) : x.lt(c.upper.value));
    return lowOk && highOk;
  })();
  if (ast.value.type === 'delay') return delayed(ctx, ast, x, shown, issues, step ?? null);
  if (dir === null || step === undefined || (meets && ast.kind === 'linear')) {
    return scored(
      base,
      `${ctx.subject}${shown}，达到“${conditionText(ast.threshold)}”标准，${outcomeText(ast.base)}`,
      shown,
      issues,
    );
  }
  const distance = x.minus(ast.target).abs();
  const steps = stepCount(distance, step.size, ctx.req.settings.steps);
  const ded = deduction(ctx, steps.times(step.amount), ast.maxDeduct);
  const way = step.dir === 'up' ? '高于' : '低于';
  const per = step.dir === 'up' ? '每超过' : '每降低';
  const gap = pct ? `${distance.toFixed(2)}个百分点` : `${formatPlain(distance)}${unit ?? ''}`;
  const why =
    `${ctx.subject}${shown}${absText}${way}${v(ast.target)}标准${gap}，按${per}${v(step.size)}扣${formatPlain(step.amount)}分` +
    ded.text;
  return scored(base.minus(ded.amount), why, shown, issues);
}

/** A deduction held to `最多扣N分`, with its words for the note: `计扣0.60分`, `（已达扣分上限）` when held. */
function deduction(ctx: Ctx, raw: Decimal, limit: Decimal | null): { amount: Decimal; text: string } {
  const capped = limit !== null && raw.gt(limit);
  const amount = capped ? limit : raw;
  return {
    amount,
    text: `计扣${formatScore(amount, ctx.req.settings.decimals)}分${capped ? '（已达扣分上限）' : ''}`,
  };
}

/** A deadline rule: full base points on time, the step's deduction per unit of delay. */
function delayed(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  x: Decimal,
  shown: string,
  issues: RuleIssue[],
  step: LinearStep | null,
): Evaluation {
  const base = outcomePoints(ast.base, ctx.weight, x);
  if (step === null || x.lte(0)) return scored(base, `按时完成，${outcomeText(ast.base)}`, shown, issues);
  const unit = unitOf(ast.value) ?? '';
  const ded = deduction(
    ctx,
    stepCount(x, step.size, ctx.req.settings.steps).times(step.amount),
    ast.maxDeduct,
  );
  const why =
    `${ctx.subject}${formatPlain(x)}${unit}，按每${ctx.subject}${formatPlain(step.size)}${unit}扣${formatPlain(step.amount)}分` +
    ded.text;
  return scored(base.minus(ded.amount), why, shown, issues);
}

function checklist(ctx: Ctx, ast: Extract<Scorable, { kind: 'checklist' }>): Evaluation {
  if (ast.mode === 'yesno') {
    return fromRead(readItems(ctx.req.input, 1), (set, text) => {
      const o = set.size > 0 ? ast.yes : ast.no;
      return scored(outcomePoints(o, ctx.weight, null), `${text}，${outcomeText(o)}`, text, []);
    });
  }
  const items: ChecklistItem[] = ast.items;
  return fromRead(readItems(ctx.req.input, items.length), (set, text) => {
    const met = items.filter((_, k) => set.has(k + 1));
    const unmet = items.filter((_, k) => !set.has(k + 1));
    const list = (xs: ChecklistItem[]) => xs.map((i) => itemMarker(items.indexOf(i) + 1)).join('');
    const said = `${met.length > 0 ? `满足${list(met)}` : '各项均未满足'}${unmet.length > 0 && met.length > 0 ? `，未满足${list(unmet)}` : ''}`;
    if (ast.mode === 'missing') {
      const ded = deduction(ctx, ast.amount.times(unmet.length), ast.maxDeduct);
      return scored(
        ctx.weight.minus(ded.amount),
        `${said}，每少一项扣${formatPlain(ast.amount)}分，计扣${formatScore(ded.amount, ctx.req.settings.decimals)}分`,
        text,
        [],
      );
    }
    const raw = met.reduce(
      (sum, i) => sum.plus(i.points ? outcomePoints(i.points, ctx.weight, null) : 0),
      new Decimal(0),
    );
    return scored(raw, said, text, []);
  });
}
