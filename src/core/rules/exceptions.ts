/**
 * `发生一次扣1分（紧急情况除外）`: what a rule excepts is read past when nothing is said of it, but an answer
 * that names it (`紧急情况违章1次`) may be the exception — the person decides, the rule never guesses.
 */
import { compactText } from '../text';
import { EXCEPTION_WORDS } from '../vocabulary/rules';

const EXCEPTION_RE = new RegExp(`([^,;。()“”]{2,24}?)的?(?:${EXCEPTION_WORDS.join('|')})`, 'g');
/** Words that lead what is excepted without naming it: `因不可抗力`, `遇特殊情况`. */
const LEADS_RE = /^(因|由于|遇|属于?|经|如|凡)/;
/** The share of an exception's words an answer must hold in one run to be taken as naming it. */
const NAMING_SHARE = 0.75;

/** The exception an answer names, as the rule words it; null when it names none. */
export function exceptionNamed(rule: string, answer: string): string | null {
  // (Most rules except nothing: decided on the raw text, before any normalising.)
  if (!EXCEPTION_WORDS.some((w) => rule.includes(w))) return null;
  const text = compactText(rule);
  const said = compactText(answer);
  for (const m of text.matchAll(EXCEPTION_RE)) {
    const what = m[1].replace(LEADS_RE, '');
    // (`紧急情况` in `紧急情况违章1次`: the answer holds most of the exception's words in one run;
    // `违法用地` is not `省级以上重点项目用地`.)
    const run = Math.max(2, Math.ceil(what.length * NAMING_SHARE));
    for (let i = 0; i + run <= what.length; i++) if (said.includes(what.slice(i, i + run))) return m[1];
  }
  return null;
}
