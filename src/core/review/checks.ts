/**
 * The reviewer's checks (预算管理一体化 绩效模块), each on or off in settings: the table's 得分率 against
 * its 执行率, a regional cap on the total by 执行率, and whether over-achievement without a reason is
 * reported. All are warnings: they ask the person to look, they change no score.
 */
import Decimal from 'decimal.js';
import { FINDING_SEVERITY } from '../findings';
import type { Finding } from '../findings';
import type { ScoredTable } from '../report';
import type { ReviewChecks } from '../settings';
import { REVIEW_MESSAGES } from './messages';

/** `cell` is where the table's total is shown (the total row's 得分, else the 得分 header). */
export function reviewFindings(
  scored: ScoredTable,
  rate: number | null,
  checks: ReviewChecks,
  cell: string,
): Finding[] {
  const out: Finding[] = [];
  const add = (code: 'rate-score-deviation' | 'total-over-cap', message: string) =>
    out.push({ cell, code, severity: FINDING_SEVERITY[code], message });
  const { total } = scored;
  if (rate === null || total.weight <= 0) return out;
  const execution = new Decimal(rate);
  // Caps and rates speak of a table out of 100: another total is scaled.
  const points = new Decimal(total.score).times(100).dividedBy(total.weight);
  const shown = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();

  if (checks.rateDeviation && !total.provisional) {
    const gap = points.minus(execution).abs();
    if (gap.greaterThan(checks.rateDeviationPoints))
      add(
        'rate-score-deviation',
        REVIEW_MESSAGES.rateDeviation(
          shown(points),
          shown(execution),
          shown(gap),
          String(checks.rateDeviationPoints),
        ),
      );
  }
  // A band is [from, to); one that ends at 100 also holds 100 itself.
  const cap = checks.caps.find(
    (c) =>
      execution.greaterThanOrEqualTo(c.from) &&
      (execution.lessThan(c.to) || (c.to >= 100 && execution.equals(c.to))),
  );
  if (cap && points.greaterThan(cap.maxTotal))
    add(
      'total-over-cap',
      REVIEW_MESSAGES.overCap(
        shown(execution),
        String(cap.from),
        String(cap.to),
        String(cap.maxTotal),
        shown(points),
      ),
    );
  return out;
}
