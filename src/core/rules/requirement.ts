/**
 * A requirement written without points (`上班时要穿工作服。`, `有博物馆章程`), answered yes or no as a form
 * writes it: met, the row's whole weight; not met, nothing — as a single condition is read (SPEC §3
 * checklist). Only a plain requirement: no number (a standard to measure), no words saying how it is judged
 * (`每条河流单独评价`) or how far it must hold (`高度重视`), and not a question whether a fault happened
 * (`是否存在病虫危害`, where yes is the fault).
 */
import { saysAllMet } from '../inputs';
import { compactText, sharesRun } from '../text';
import {
  ALL_MET_LEADS,
  DENYING_WORDS,
  ALREADY_WORDS,
  FAULT_CHAR_RE,
  ISSUE_VERBS,
  JUDGED_DEGREES,
  JUDGEMENT_VERBS,
  PLAIN_NO,
  PARTIAL_WORDS,
  PLAIN_YES,
} from '../vocabulary/rules';

/** A question whether a fault happened (`是否存在…`, `是否有违反…事件发生`): which answer is good is not said. */
function asksAFault(text: string): boolean {
  const asked = text.indexOf('是否');
  if (asked === -1) return false;
  const after = text.slice(asked + 2);
  return ISSUE_VERBS.some((v) => after.includes(v)) || FAULT_CHAR_RE.test(after);
}

/** True: met; false: not met; null: not a plain requirement, or not a plain yes or no. */
export function requirementAnswered(rule: string, answer: string): boolean | null {
  // (`1.区县有健全的…机构`: the number the row's rule is listed under is no standard.)
  const text = compactText(rule).replace(LIST_NUMBER_RE, '');
  if (/\d/.test(text) || asksAFault(text)) return null;
  if ([...JUDGEMENT_VERBS, ...JUDGED_DEGREES].some((v) => text.includes(v))) return null;
  const said = compactText(answer).toUpperCase();
  if (PLAIN_YES.includes(said)) return true;
  if (PLAIN_NO.includes(said)) return false;
  return saidInWords(text, said);
}

/** `1.`, `2.1.1`, `（3）`, `④`: a list number opening the rule. */
const LIST_NUMBER_RE = /^(?:\d+(?:\.\d+)*[.、．]|[(（]\d+[)）]|[①-⑳])/;

/** What leads words done (`已开展`, `均已按规定粘贴`, `承担了…`), said of the rule's own things. */
const DONE_LEAD_RE = new RegExp(`^(?:${[...ALL_MET_LEADS, ...ALREADY_WORDS].join('|')})+`);
/** A denial before what it denies: `未开展`, `无办事机构`, `尚未通气`, `不及时`. */
const DENIAL_RE = new RegExp(`(?:${DENYING_WORDS.join('|')})([\u4e00-\u9fff]{2,})`, 'g');

/**
 * A requirement answered in words about its own things. Only a requirement of one part (`开展创建…示范点工作`,
 * `月报告等材料齐全及时`) is read so: of several (`组织网络健全,台帐完整`, `有报道、有批示`) one said met or
 * denied leaves the others unsaid, and the hands leave such rows to the person. Not met: a denial of two or
 * more of the rule's own characters (`未开展`, `材料齐全但报送不及时`). A rule that denies something itself is
 * never read so.
 * Met: every thing the answer says done is written in the rule (`已开展`, `有年检报告`), or all is said met
 * (`全部具备` — of any requirement). A degree (`部分`, `基本`) or a count is the person's.
 */
function saidInWords(rule: string, said: string): boolean | null {
  if (said.length < 2 || /\d/.test(said) || PARTIAL_WORDS.some((w) => said.includes(w))) return null;
  // (`“扫黄打非”`: a quoted name denies nothing. `每次扣____分`: a template's blanks say nothing yet.)
  const unquoted = rule.replace(/“[^”]*”/g, '');
  if (DENYING_WORDS.some((n) => unquoted.includes(n)) || /_{2,}/.test(rule)) return null;
  if (ALL_MET_LEADS.some((l) => said.startsWith(l)) && saysAllMet(said)) return true;
  if (rule.replace(/[。.]$/, '').split(PART_SEPARATOR_RE).length !== 1) return null;
  const denials = [...said.matchAll(DENIAL_RE)].map((m) => m[1]);
  if (denials.length > 0) return denials.some((d) => sharesRun(d, rule, 2)) ? false : null;
  if (/[但却而]/.test(said)) return null;
  const things = said
    .replace(/(?<=[\u4e00-\u9fff])了/g, '')
    .replace(DONE_LEAD_RE, '')
    .split(/[、，,;；]|并且?|和|及(?!时)/)
    .filter((t) => t !== '');
  // (`有年检报告` against `每年提交年检报告`: what is there, said by its presence.)
  const written = (t: string) => rule.includes(t) || (t.startsWith('有') && rule.includes(t.slice(1)));
  return things.length > 0 && things.every((t) => t.length >= 2 && written(t)) ? true : null;
}

/** Between the parts of a requirement: `组织网络健全,台帐完整`, `完成…建设并通气`, `有报道、有批示`. */
const PART_SEPARATOR_RE = /[，,、；;。：:]|并且?|而且|以及|和|及(?!时)|且|与|同时/;
