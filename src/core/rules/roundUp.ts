/**
 * `每发行500册加1分，不足500册以500册计算`, `每低1个百分点扣1分（不足1个百分点的，按1个百分点计算）`: the rule
 * says a started step counts whole, for its own step. The clause is taken out and the rest read with steps
 * rounded up (the setting's step mode, for this rule only); the clause's amount must be the size of a step
 * the rest writes with 每, so every number is still accounted for.
 */
import { alternatives, normalizeText } from '../text';
import { ROUND_UP_VERBS } from '../vocabulary/rules';

const AMOUNT = '(\\d+(?:\\.\\d+)?[\\u4e00-\\u9fff]{0,4}?)';
const CLAUSE_RE = new RegExp(
  `[,，;；]?[(（]?不足${AMOUNT}的?[,，]?(?:${alternatives(['以', '按'])})${AMOUNT}(?:${alternatives(ROUND_UP_VERBS)})[)）]?(?=[,，;；。]|$)`,
);

/** The rule without its round-up clause, when it has one whose amount a step of the rest is written in. */
export function splitRoundUp(rule: string): string | null {
  const text = normalizeText(rule);
  const m = CLAUSE_RE.exec(text);
  if (m === null || m[1] !== m[2]) return null;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  const step = new RegExp(`每[^,，;；。]{0,8}?(?:${alternatives([m[1]])})`);
  return step.test(rest) ? rest : null;
}
