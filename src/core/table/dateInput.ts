/**
 * A date typed where the rule expects a number (a rate, a count) is not scored: Excel keeps 2023-03-15
 * as 45000, which read as a rate would be 45000% and full marks. The row becomes `invalid-input`
 * with the date in the message, as the person sees it — unless the row is a 时效 row, whose target names
 * a deadline the date is compared with.
 */
import { dateIn } from '../dates';
import { scoreRule } from '../rules';
import { calendarPeriod } from '../rules/dueDates';
import { cachedParseRule } from './ruleCache';
import type { RuleRequest, RuleResult } from '../rules/types';

export function scoreUnlessDate(req: RuleRequest): RuleResult {
  const input = dateIn(req.input);
  const target = dateIn(req.target);
  // A 时效 row of a 自评表 (`2021-12-31` against a deadline) compares dates: the cells as the person sees them.
  if ((input !== null || target !== null) && req.target) {
    const due = target === null ? req.target : { value: target };
    if (calendarPeriod(String(due.value ?? '')) !== null) {
      const shown = input === null ? req.input : { value: input };
      const byDate = scoreRule({ ...req, input: shown, target: due }, cachedParseRule);
      if (byDate.kind === 'target') return byDate;
    }
  }
  const result = scoreRule(req, cachedParseRule);
  // A rule that reads no input (a manual one) does not care what the cell holds.
  if (result.status !== 'scored' && result.status !== 'invalid-input') return result;
  if (input === null && target === null) return result;
  const message =
    input !== null
      ? `实际值“${input}”是日期，不是可计分的数值，请填写实际完成的数值`
      : `指标值“${target}”是日期，不是可对照的数值，请核对`;
  return {
    ...result,
    score: null,
    status: 'invalid-input',
    note: message,
    inputText: input ?? result.inputText,
    // A date in the target is reported where the rule (or the target, in a 自评表) stands.
    issues: [{ code: 'invalid-input', on: input !== null ? 'input' : 'rule', message }],
    missedTarget: false,
    overachieved: false,
  };
}
