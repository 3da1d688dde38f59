/**
 * Tables that write the points before what earns them — `100分:资金到位率80%以上的;60分:资金到位率60%~80%的;
 * 0分:资金到位率低于60%的` — are rewritten, before lexing, in the order the parser reads:
 * `资金到位率80%以上的,得100分;…`. Only when two or more sentences lead with their points (one alone
 * may be a heading stating the row's worth). Each character keeps its source position, so words the
 * parser cannot place are still quoted as the person wrote them.
 */
import { IDENTITY } from '../text';
import type { NormalizedText } from '../text';
import { Writer } from './distribute';

/** A sentence that opens with its points and a colon: `60分:`, `0分：`. */
const LEAD_RE = /^(\d+(?:\.\d+)?)分:/;
/** Where sentences end (the lexer's `sep`). */
const SENTENCE_END = /[;。\n]/;

export function pointsFirst(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  if (!t.includes('分:')) return norm;
  // Sentence spans [start, end), the ending mark excluded; a heading before the first (`评分标准:`) stays.
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++)
    if (i === t.length || SENTENCE_END.test(t[i])) {
      spans.push([start, i]);
      start = i + 1;
    }
  const leads = spans.map(([a, b]) => {
    // (`评分标准:100分:…`: a heading closed by its colon before the first points.)
    const head = /^[^\d:;,。]{2,8}:(?=\d)/.exec(t.slice(a, b));
    const from = head && a === 0 ? a + head[0].length : a;
    const m = LEAD_RE.exec(t.slice(from, b));
    return m === null || from + m[0].length >= b ? null : { from, m };
  });
  if (leads.filter((l) => l !== null).length < 2) return norm;
  const out = new Writer(t, (i) => (norm.map === IDENTITY ? i : norm.map[i]));
  let i = 0;
  spans.forEach(([, b], k) => {
    const lead = leads[k];
    if (lead === null) return;
    const { from, m } = lead;
    out.copy(i, from);
    // What earns the points, then `,得N分` — the number keeps its own source position.
    let body = b;
    while (body > from + m[0].length && /[,:]/.test(t[body - 1])) body--;
    out.copy(from + m[0].length, body);
    out.write(',得');
    out.copy(from, from + m[1].length + 1);
    i = b;
  });
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}
