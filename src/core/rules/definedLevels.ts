/**
 * Levels defined by bands, then priced (`就业率在95%及以上的为优秀,90%-94%的为良好,80%-89%的为合格,低于80%的为
 * 不合格。计分:优秀100%,良好85%,合格70%,不合格零分。`): each definition written with its level's price
 * (`…95%及以上的(优秀),得满分;90%-94%的(良好),得分值的85%;…`), the price list dropped. Only when every level
 * priced is defined once, by a condition with a number, and every level defined is priced — else null, the text as
 * written. The caller parses the rewrite and keeps it only when it reads fully.
 */
import { normalizeText } from '../text';
import { LEVEL_SETS } from '../vocabulary/rules';

/** Words opening the price list: `计分:`, `评分:`. */
const PRICE_LEAD_RE = /^(?:计分|评分|得分|赋分|分值)[:：]?/;
/** One price: a level and what it gives (`优秀100%`, `良好得8分`, `不合格零分`). */
const PRICE_RE = /^(.+?)(?:得|计|为)?(\d+(?:\.\d+)?%|\d+(?:\.\d+)?分|满分|零分|不得分|不计分)$/;
/** One definition: a condition with a number, then the level it makes (`90%-94%的为良好`). */
const DEFINITION_RE = /^(.*\d.*?)为(.+)$/;

const LEVELS = new Set(LEVEL_SETS.flat());

export function definedLevels(source: string): string | null {
  const sentences = normalizeText(source)
    .split(/[。;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (sentences.length !== 2) return null;
  const [defined, priced] = sentences;
  const prices = pricesOf(priced);
  if (prices === null) return null;
  const pieces = defined.split(',');
  const definitions = pieces.map((p) => DEFINITION_RE.exec(p));
  if (definitions.some((d) => d === null || !prices.has(d[2]))) return null;
  const levels = (definitions as RegExpExecArray[]).map((d) => d[2]);
  if (new Set(levels).size !== levels.length || levels.length !== prices.size) return null;
  return (definitions as RegExpExecArray[])
    .map(([, cond, level]) => `${cond.replace(/的$/, '')}(${level}),${prices.get(level) as string}`)
    .join(';');
}

/** `计分:优秀100%,良好85%,合格70%,不合格零分` → level → `得满分`, `得分值的85%`, `不得分`; null unless two or more. */
function pricesOf(sentence: string): Map<string, string> | null {
  const list = sentence.replace(PRICE_LEAD_RE, '').split(/[,、]/);
  if (list.length < 2) return null;
  const prices = new Map<string, string>();
  for (const entry of list) {
    const m = PRICE_RE.exec(entry);
    if (m === null || !LEVELS.has(m[1]) || prices.has(m[1])) return null;
    prices.set(m[1], written(m[2]));
  }
  return prices;
}

function written(price: string): string {
  if (price === '100%' || price === '满分') return '得满分';
  if (/^(零分|0分|0%|不得分|不计分)$/.test(price)) return '不得分';
  return price.endsWith('%') ? `得分值的${price}` : `得${price}`;
}
