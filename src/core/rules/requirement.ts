/**
 * A requirement written without points (`上班时要穿工作服。`, `有博物馆章程`), answered yes or no as a form
 * writes it: met, the row's whole weight; not met, nothing — as a single condition is read (SPEC §3
 * checklist). Only a plain requirement: no number (a standard to measure), no words saying how it is judged
 * (`每条河流单独评价`) or how far it must hold (`高度重视`). A question whether a fault happened (`是否存在病虫危害`)
 * is met when the fault did not.
 */
import { PART_SEPARATOR_RE, requirementSaid } from '../inputs';
import { alternatives, compactText } from '../text';
import { nameAmong } from './naming';
import {
  FAULT_CHAR_RE,
  ISSUE_VERBS,
  JUDGED_DEGREES,
  JUDGEMENT_VERBS,
  NEGATIONS,
  NO_ISSUE_WORDS,
  NONE_OF_WORDS,
  PLAIN_NO,
  PLAIN_YES,
} from '../vocabulary/rules';

/** A question whether a fault happened (`是否存在…`, `是否有违反…事件发生`): not a requirement to be met as written. */
function asksAFault(text: string): boolean {
  const asked = text.indexOf('是否');
  if (asked === -1) return false;
  const after = text.slice(asked + 2);
  return ISSUE_VERBS.some((v) => after.includes(v)) || FAULT_CHAR_RE.test(after);
}

/**
 * What the one question whether a fault happened asks about (`是否存在病虫危害致灾。` → `存在病虫危害致灾`): a fault
 * said to have happened (`存在…`, `有违反…`), one thing. Null for two questions or two things (`是否发现问题并及时整改`
 * asks for what was done too), a question of an absence (`是否无安全事故`, whose no is the fault), or a word that
 * may be a fault or not (`是否超过目标`).
 */
function faultAsked(text: string): string | null {
  if (!asksAFault(text) || text.split('是否').length !== 2) return null;
  const fault = text.slice(text.indexOf('是否') + 2).replace(/[。.？?]$/, '');
  const happened =
    ISSUE_VERBS.some((v) => fault.includes(v)) || (fault.startsWith('有') && FAULT_CHAR_RE.test(fault));
  if (!happened || PART_SEPARATOR_RE.test(fault)) return null;
  return NEGATIONS.some((n) => fault.includes(n)) ? null : fault;
}

/**
 * A question whether a fault happened, answered: no, or the fault denied (`未发现病虫危害`), is met; yes, or the fault
 * said (`存在病虫危害致灾`), is not. Null for anything else: a count, a degree, a turn.
 */
function faultAnswered(fault: string, said: string): boolean | null {
  if (PLAIN_NO.includes(said) || NO_ISSUE_WORDS.includes(said) || NONE_OF_WORDS.includes(said)) return true;
  if (PLAIN_YES.includes(said)) return false;
  if (/\d|[但却而]/.test(said)) return null;
  // (What happened said without its verb: `未发现病虫危害` → `无病虫危害`, `存在病虫危害致灾` → `病虫危害致灾`.)
  const denied = FAULT_DENIED_RE.exec(said);
  const plain = denied !== null ? `无${denied[1]}` : said.replace(FAULT_SAID_RE, '');
  const n = nameAmong(plain, [fault.replace(FAULT_SAID_RE, '')]);
  return n === 'denied' ? true : n === null ? null : false;
}

/** The rule restated: the requirement met, or the fault asked about not happened, earns the row. */
export function requirementExplained(rule: string): string {
  const fault = faultAsked(requirementText(rule));
  return fault !== null
    ? `按是否${fault}计分：否得满分，是不得分`
    : '按要求是否达到计分：达到得满分，未达到不得分';
}

/** True: met; false: not met; null: not a plain requirement, or not a plain yes or no nor said in its words. */
export function requirementAnswered(rule: string, answer: string): boolean | null {
  const text = requirementText(rule);
  if (/\d/.test(text)) return null;
  if ([...JUDGEMENT_VERBS, ...JUDGED_DEGREES].some((v) => text.includes(v))) return null;
  const said = compactText(answer).toUpperCase();
  if (asksAFault(text)) {
    const fault = faultAsked(text);
    return fault === null ? null : faultAnswered(fault, said);
  }
  if (PLAIN_YES.includes(said)) return true;
  if (PLAIN_NO.includes(said)) return false;
  return requirementSaid(text, said);
}

/** `存在…`, `发现…`, `有…`: the verb a fault is said to have happened with. */
const FAULT_SAID_RE = new RegExp(`^(?:${alternatives(ISSUE_VERBS)}|有)`);
/** `未发现…`, `没有…`, `不存在…`: a fault said not to have happened, then what. */
const FAULT_DENIED_RE = new RegExp(
  `^(?:${alternatives(NEGATIONS)})(?:${alternatives(ISSUE_VERBS)}|有)?([\\u4e00-\\u9fff]{2,})$`,
);

/** The requirement's words: `1.区县有健全的…机构` — the number the row's rule is listed under is no standard. */
function requirementText(rule: string): string {
  return compactText(rule).replace(LIST_NUMBER_RE, '');
}

/** `1.`, `2.1.1`, `（3）`, `④`: a list number opening the rule. */
const LIST_NUMBER_RE = /^(?:\d+(?:\.\d+)*[.、．]|[(（]\d+[)）]|[①-⑳])/;
