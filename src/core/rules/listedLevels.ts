/**
 * A scale written as its levels, their count, then their points in the same order — `评价按严重、比较严重、一般、
 * 不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分`, `按“非常满意”“满意”…5个等级,对应的分值分别为10分、
 * 8分…`, `按国家、省、市、县、街道五级,分别加5分、4分…` — is rewritten before lexing as one sentence per level
 * (`严重得1分;比较严重得2分;…`), which the parser reads as levels. Only when the text states the count and the
 * levels and points both number it: the count is what makes the list a scale, and is accounted for by it.
 * The person's words keep their source positions, so anything unread is still quoted as written.
 */
import { chineseNumber } from './lexer';
import type { NormalizedText } from '../text';
import { Writer } from './distribute';
import { LEVEL_COUNT_WORDS, SCALE_LEADS, SCALE_POINTS_LEADS } from '../vocabulary/rules';
import { alternatives, IDENTITY } from '../text';

/** A level's words: plain words, a bracketed aside (`县(区、市)`), no number or pause. */
const LEVEL = '(?:[^、,;:。\\n()“”\\d]|\\([^()\\d]{1,8}\\))';
/** Levels joined by 、, or each in quotes (`“满意”“基本满意”`, `“满意”、“基本满意”`). */
const LIST = `(?:“[^“”\\d]{1,10}”(?:、?“[^“”\\d]{1,10}”){2,}|${LEVEL}{1,10}(?:、${LEVEL}{1,10}){2,})`;
/**
 * After the word that leads a scale (`按`, `分为`), its levels, their count and its word (`5档`, `五级`, `5个等级`),
 * then the words that lead the points.
 */
const LISTED_RE = new RegExp(
  `(?<=${SCALE_LEADS.join('|')})(${LIST})(\\d+|[一二两三四五六七八九十]{1,2})个?(${LEVEL_COUNT_WORDS.join('|')})(?:划分)?,?` +
    `([\\u4e00-\\u9fff]{0,8}?)(?:分别|依次)?(?:为|是)?(加|扣|得|计|记)?` +
    `(\\d+(?:\\.\\d+)?分?(?:、\\d+(?:\\.\\d+)?分?)+分?)`,
  'g',
);
/** Words that may stand between the count and the points: what they are (`计分标准为`, `对应的分值`). */
const BETWEEN_RE = new RegExp(`^(?:${alternatives(SCALE_POINTS_LEADS)})*$`);

export function listedLevels(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  if (!/[档级等]/.test(t)) return norm;
  const at = (i: number) => (norm.map === IDENTITY ? i : norm.map[i]);
  const out = new Writer(t, at);
  let i = 0;
  for (const m of t.matchAll(LISTED_RE)) {
    const [whole, list, count, , between, verb, amounts] = m;
    const start = m.index;
    const levels = levelSpans(list, start);
    const points = amounts.split('、').map((a) => a.replace(/分$/, ''));
    const n = /^\d+$/.test(count) ? Number(count) : chineseNumber(count);
    if (!BETWEEN_RE.test(between) || levels.length !== n || points.length !== n || !amounts.endsWith('分'))
      continue;
    out.copy(i, start);
    // (The words before the scale, `…的评价按`, close as a sentence of their own.)
    if (start > 0 && !/[;。\n]/.test(t[start - 1])) out.write(';');
    levels.forEach(([a, b], k) => {
      if (k > 0) out.write(';');
      out.copy(a, b);
      out.write(`,${verb === '加' || verb === '扣' ? verb : '得'}${points[k]}分`);
    });
    i = start + whole.length;
  }
  if (i === 0) return norm;
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}

/** [start, end) of each level in the list at `from`, its quotes left out. */
function levelSpans(list: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  if (list.startsWith('“')) {
    for (const q of list.matchAll(/“([^“”]+)”/g))
      spans.push([from + q.index + 1, from + q.index + 1 + q[1].length]);
    return spans;
  }
  // (`县(区、市)`: a 、 inside brackets joins no levels.)
  let depth = 0;
  let a = 0;
  for (let k = 0; k <= list.length; k++) {
    const ch = list[k];
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (k === list.length || (ch === '、' && depth === 0)) {
      spans.push([from + a, from + k]);
      a = k + 1;
    }
  }
  return spans;
}
