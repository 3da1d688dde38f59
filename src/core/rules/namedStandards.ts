/**
 * A standard named in words whose value the rule does not write (`不低于平均值的，得2分；每低1%，扣0.1分`): which
 * side of it a clause or an answer stands on (`不低于平均值` reaches it for a step counting down).
 */
import { NAMED_STANDARD_REACHED, NAMED_STANDARDS } from '../vocabulary/rules';
import { alternatives } from '../text';

/** The comparator, then words naming the standard (`不低于全省平均值`, `高于平均数`). */
const NAMED_STANDARD_RE = new RegExp(
  `(${alternatives([...NAMED_STANDARD_REACHED.down, ...NAMED_STANDARD_REACHED.up])})[\\u4e00-\\u9fff]{0,12}?(?:${alternatives(NAMED_STANDARDS)})的?$`,
);

/** Words naming such a standard, for patterns that read a gap from it (`低于平均值3个百分点`). */
export const NAMED_STANDARD_WORDS = alternatives(NAMED_STANDARDS);

/**
 * Whether `text` ends by saying the named standard is reached on the side a step counting `dir` does not
 * count (`不低于平均值的` for a step down); `whole`: the comparator opens the text too (an answer).
 */
export function reachesNamedStandard(text: string, dir: 'down' | 'up', whole = false): boolean {
  const m = NAMED_STANDARD_RE.exec(text);
  if (m === null || (whole && m.index !== 0)) return false;
  return NAMED_STANDARD_REACHED[dir].includes(m[1]);
}
