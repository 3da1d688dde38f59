/**
 * `…每超出5%扣2分，扣完为止。没有楼堂馆所项目的部门按满分计算。`: a sentence saying that a row which has
 * nothing to measure earns full marks. The rest of the rule is read without it; an answer saying there is
 * none of the thing (`没有楼堂馆所项目`, `无建制村`) earns full marks, any other answer is scored by the rest.
 */
import { compactText } from '../text';
import { FULL_MARKS_WORDS, NONE_THERE_LEADS } from '../vocabulary/rules';
import type { NotApplicable } from './ast';
import { window } from './naming';

const lead = `(?:${NONE_THERE_LEADS.join('|')})`;
/** The sentence: the lead, the thing, `的`, then (no number) full marks. */
const SENTENCE_RE = new RegExp(
  `^[^\\d]*?${lead}([^\\d,，的]{2,20})的[^\\d]{0,16}?(?:${FULL_MARKS_WORDS.join('|')})$`,
);

/** The rule without its not-applicable sentence, and that sentence; null when it has none. */
export function splitNotApplicable(rule: string): { rest: string; na: NotApplicable } | null {
  const text = compactText(rule);
  const sentences = text.split(/(?<=[。;；\n])/);
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k].replace(/[。;；\n]$/, '');
    const m = SENTENCE_RE.exec(sentence);
    if (m === null || sentences.length < 2) continue;
    const rest = sentences.filter((_, j) => j !== k).join('');
    return { rest, na: { text: sentence, thing: m[1] } };
  }
  return null;
}

/** Does the answer say there is none of the thing (`没有楼堂馆所项目`, `无建制村`)? */
export function saysNone(answer: string, na: NotApplicable): boolean {
  const said = compactText(answer);
  const m = new RegExp(`^${lead}(.{2,})$`).exec(said);
  if (m === null) return false;
  const what = m[1].replace(/项目$|的$/, '');
  return (
    what.length >= 2 &&
    window(what, na.thing) !== null &&
    (window(what, na.thing)?.length ?? 99) <= what.length + 4
  );
}
