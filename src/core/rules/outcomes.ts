/** Outcomes and conditions as numbers and as plain Chinese: shared by the evaluator and `explain`. */
import Decimal from 'decimal.js';
import { formatPlain } from '../numberText';
import type { Condition, Outcome } from './ast';

/** Points an outcome gives before clamping; `x` (the input, in its own units) only for a proportional outcome. */
export function outcomePoints(o: Outcome, weight: Decimal, x: Decimal | null): Decimal {
  switch (o.type) {
    case 'points':
      return o.points;
    case 'full':
      return weight;
    case 'zero':
      return new Decimal(0);
    case 'fraction':
      return weight.times(o.fraction);
    case 'proportional': {
      const share = Decimal.max(x ?? 0, 0);
      if (o.per !== undefined && o.top !== undefined && o.per.gt(0))
        return outcomePoints(o.top, weight, null).times(Decimal.min(share.div(o.per), 1));
      return weight.times(Decimal.min(share, 100)).div(100);
    }
    case 'between': {
      const low = outcomePoints(o.low, weight, null);
      const high = outcomePoints(o.high, weight, null);
      if (x === null) return low;
      const t = Decimal.min(Decimal.max(x.minus(o.from).div(o.to.minus(o.from)), 0), 1);
      return low.plus(high.minus(low).times(t));
    }
    case 'deduct':
      return weight.minus(deductedPoints(o.amount, o.ofWeight === true, weight));
    case 'bonus':
      return o.amount;
    case 'range':
      // Never scored: evaluate hands a range to the person before it gets here.
      return o.high ?? o.low;
  }
}

/** `扣2至6分`, `酌情扣分` when the rule says no amount at all, `加倍扣分` when it says twice another's. */
export function deductionSpanText(span: { low: Decimal; high: Decimal | null; doubled?: true }): string {
  if (span.doubled) return '加倍扣分';
  return span.high === null ? '酌情扣分' : `扣${formatPlain(span.low)}至${formatPlain(span.high)}分`;
}

/** A deduction's points: `扣1分` is 1, `扣该项分值的5%` is 5% of the weight. */
export function deductedPoints(amount: Decimal, ofWeight: boolean, weight: Decimal): Decimal {
  return ofWeight ? weight.times(amount) : amount;
}

/** A fixed number of points (`得3分`, `满分`, `得分值的80%`, `不得分`), not a deduction or a product of the input. */
export function isFixed(o: Outcome): boolean {
  return (
    o.type !== 'deduct' &&
    o.type !== 'proportional' &&
    o.type !== 'between' &&
    o.type !== 'bonus' &&
    o.type !== 'range'
  );
}

/**
 * What a run of ranks may be given (`前5名得满分`, `6-10名的扣0.5分`): fixed points, or a deduction — off the full
 * marks a run above it gets, which `rankRule` checks where the runs are put together.
 */
export function pricesARank(o: Outcome): boolean {
  return isFixed(o) || o.type === 'deduct';
}

/** What a named level or state may give: fixed points, or a deduction from the weight (`不完善的扣4分`). */
export function isLevelOutcome(o: Outcome): boolean {
  return isFixed(o) || (o.type === 'deduct' && o.ofWeight !== true) || o.type === 'range';
}

/** `(3分到0分)`: the person's call within a span. */
export function isRange(o: Outcome): boolean {
  return o.type === 'range';
}

/** `不得分`, `得0分`. */
export function givesNothing(o: Outcome): boolean {
  return o.type === 'zero' || (o.type === 'points' && o.points.isZero());
}

export function outcomeText(o: Outcome, subject = ''): string {
  switch (o.type) {
    case 'points':
      return o.points.isZero() ? '不得分' : `得${formatPlain(o.points)}分`;
    case 'full':
      return '得满分';
    case 'zero':
      return '不得分';
    case 'fraction':
      return o.fraction.eq(0.5) ? '得一半分值' : `得分值的${formatPlain(o.fraction.times(100))}%`;
    case 'proportional':
      if (o.per !== undefined && o.top !== undefined)
        return `按${subject || '实际值'}÷${formatPlain(o.per)}${o.perUnit ?? '%'}×${outcomeText(o.top).replace(/^得/, '')}计分`;
      return `按${subject || '完成比例'}×分值得分`;
    case 'between': {
      const at = (v: Decimal, p: Outcome) =>
        `${formatPlain(v)}${o.unit}时${givesNothing(p) ? '得0分' : outcomeText(p)}`;
      return `按比例计分（${at(o.from, o.low)}，${at(o.to, o.high)}）`;
    }
    case 'deduct':
      return `扣${amountText(o.amount, o.ofWeight === true)}`;
    case 'bonus':
      return `加${formatPlain(o.amount)}分`;
    case 'range':
      return o.deduct || o.high === null
        ? `${deductionSpanText(o)}（由评分人评定）`
        : `${o.unsaidShare ? '按比例计分（未写明比例的基数），' : ''}由评分人在${formatPlain(o.low)}至${formatPlain(o.high)}分之间评定`;
  }
}

/** `1分`, or `分值的5%` for a share of the weight. */
export function amountText(amount: Decimal, ofWeight: boolean): string {
  return ofWeight ? `分值的${formatPlain(amount.times(100))}%` : `${formatPlain(amount)}分`;
}

export function valueText(v: Decimal, pct: boolean, unit: string | null): string {
  return `${formatPlain(v)}${pct ? '%' : (unit ?? '')}`;
}

/** `≥90%`, `<60%`, `=100%`, `80%（含）至90%（不含）`, `绝对值≤5%`, `与100%之差的绝对值>10%`. */
export function conditionText(c: Condition): string {
  return c.abs ? `${distanceFrom(c)}${boundsText(c)}` : boundsText(c);
}

/** `绝对值`, or `与100%之差的绝对值` for a distance from a plan other than 0. */
export function distanceFrom(c: Condition): string {
  return c.about === undefined ? '绝对值' : `与${valueText(c.about, c.pct, c.unit)}之差的绝对值`;
}

function boundsText(c: Condition): string {
  const v = (d: Decimal) => valueText(d, c.pct, c.unit);
  const { lower, upper } = c;
  if (lower && upper && lower.value.eq(upper.value)) return `=${v(lower.value)}`;
  if (lower && upper) {
    return `${v(lower.value)}（${lower.incl ? '含' : '不含'}）至${v(upper.value)}（${upper.incl ? '含' : '不含'}）`;
  }
  if (lower) return `${lower.incl ? '≥' : '>'}${v(lower.value)}`;
  if (upper)
    return `${upper.incl ? '≤' : '<'}${v(upper.value)}${upper.unsaid ? `（${v(upper.value)}本身未写明）` : ''}`;
  return c.text;
}
