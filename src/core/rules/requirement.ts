/**
 * A requirement written without points (`上班时要穿工作服。`, `有博物馆章程`), answered yes or no as a form
 * writes it: met, the row's whole weight; not met, nothing — as a single condition is read (SPEC §3
 * checklist). Only a plain requirement: no number (a standard to measure), no words saying how it is judged
 * (`每条河流单独评价`) or how far it must hold (`高度重视`), and not a question whether a fault happened
 * (`是否存在病虫危害`, where yes is the fault).
 */
import { requirementSaid } from '../inputs';
import { compactText } from '../text';
import {
  FAULT_CHAR_RE,
  ISSUE_VERBS,
  JUDGED_DEGREES,
  JUDGEMENT_VERBS,
  PLAIN_NO,
  PLAIN_YES,
} from '../vocabulary/rules';

/** A question whether a fault happened (`是否存在…`, `是否有违反…事件发生`): which answer is good is not said. */
function asksAFault(text: string): boolean {
  const asked = text.indexOf('是否');
  if (asked === -1) return false;
  const after = text.slice(asked + 2);
  return ISSUE_VERBS.some((v) => after.includes(v)) || FAULT_CHAR_RE.test(after);
}

/** True: met; false: not met; null: not a plain requirement, or not a plain yes or no nor said in its words. */
export function requirementAnswered(rule: string, answer: string): boolean | null {
  // (`1.区县有健全的…机构`: the number the row's rule is listed under is no standard.)
  const text = compactText(rule).replace(LIST_NUMBER_RE, '');
  if (/\d/.test(text) || asksAFault(text)) return null;
  if ([...JUDGEMENT_VERBS, ...JUDGED_DEGREES].some((v) => text.includes(v))) return null;
  const said = compactText(answer).toUpperCase();
  if (PLAIN_YES.includes(said)) return true;
  if (PLAIN_NO.includes(said)) return false;
  return requirementSaid(text, said);
}

/** `1.`, `2.1.1`, `（3）`, `④`: a list number opening the rule. */
const LIST_NUMBER_RE = /^(?:\d+(?:\.\d+)*[.、．]|[(（]\d+[)）]|[①-⑳])/;
