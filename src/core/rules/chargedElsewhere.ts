/**
 * `…的,每人次扣2分、首席代表扣1分`, `发现应寄未寄的一次扣1分,首席代表扣0.5分`: right after the row's own deduction,
 * a deduction charged to a person the rule names (`CHARGED_PERSONS`) — that person's score, not this row's. The
 * clause is taken out, the rest read as any rule, and the restatement says what was set aside, so every number
 * is still accounted for.
 */
import { alternatives, normalizeText } from '../text';
import { CHARGED_PERSONS } from '../vocabulary/rules';

const POINTS = '\\d+(?:\\.\\d+)?分';
/** The row's deduction, then the person's, with a word of `also` around it or not. */
const CHARGED_RE = new RegExp(
  `(?<=扣${POINTS})[、,，](?:同时|并|另|对)?((?:${alternatives(CHARGED_PERSONS)})(?:另|同时|也|各)?扣${POINTS})(?=[,，;；。]|$)`,
  'g',
);

/** The rule without the deductions charged to someone else, and those clauses; null when it has none. */
export function splitChargedElsewhere(rule: string): { rest: string; charged: string[] } | null {
  const text = normalizeText(rule);
  const found = [...text.matchAll(CHARGED_RE)];
  if (found.length === 0) return null;
  return { rest: text.replace(CHARGED_RE, ''), charged: found.map((m) => m[1]) };
}
