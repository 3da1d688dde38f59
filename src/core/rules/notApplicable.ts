/**
 * `…每超出5%扣2分，扣完为止。没有楼堂馆所项目的部门按满分计算。`: a sentence saying that a row which has
 * nothing to measure earns full marks. The rest of the rule is read without it; an answer saying there is
 * none of the thing (`没有楼堂馆所项目`, `无建制村`) earns full marks, any other answer is scored by the rest.
 */
import { compactText, withoutSentence } from '../text';
import { FULL_MARKS_WORDS, NONE_THERE_LEADS } from '../vocabulary/rules';
import type { NotApplicable } from './ast';
import { window } from './naming';

const lead = `(?:${NONE_THERE_LEADS.join('|')})`;
/** The sentence: the lead, the thing, `的`, then (no number) full marks. */
const SENTENCE_RE = new RegExp(
  `^[^\\d]*?${lead}([^\\d,，的]{2,20})的[^\\d]{0,16}?(?:${FULL_MARKS_WORDS.join('|')})$`,
);

const MARKER_RE = /^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])/;

/** The rule without its not-applicable sentence, and that sentence; null when it has none. */
export function splitNotApplicable(rule: string): { rest: string; na: NotApplicable } | null {
  // (Sentences end at their marks and at line breaks, which the compact form would lose.)
  const split = withoutSentence(rule, (whole) => {
    // (`2.若实施方案没有该项建设任务的，不扣分`: the sentence's number is no number of the rule.)
    const sentence = whole.replace(MARKER_RE, '');
    const m = SENTENCE_RE.exec(sentence);
    return m === null ? null : { text: sentence, thing: m[1] };
  });
  return split === null ? null : { rest: split.rest, na: split.found };
}

/** Does the answer say there is none of the thing (`没有楼堂馆所项目`, `无建制村`)? */
export function saysNone(answer: string, na: NotApplicable): boolean {
  const m = new RegExp(`^${lead}(.{2,})$`).exec(compactText(answer));
  if (m === null) return false;
  const what = m[1].replace(/的$/, '');
  const w = window(what, na.thing);
  return what.length >= 2 && w !== null && w.length <= what.length + 4;
}
