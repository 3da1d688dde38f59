/**
 * Sub-items numbered under the row's own number — `3.1主要领导挂帅的得0.5分,…;3.2成立…领导小组的得0.5分,…;3.3…`
 * — are rewritten before lexing as circled numbers (`①…;②…;③…`), which the parser reads as any numbered list.
 * Only when every such number opens a sentence, all share one major number and the minor numbers run 1, 2, 3…
 * with no gap: a lone `3.1` opening a sentence may as well be an amount (`3.1万元以上得5分`).
 * The person's words keep their source positions; the written numbers have none.
 */
import type { NormalizedText } from '../text';
import { IDENTITY } from '../text';
import { Writer } from './distribute';

/** `3.1` at a sentence's start (or the text's), before words. */
const SUB_NUMBER_RE = /(?<=^|[;。\n])(\d{1,2})\.(\d{1,2})(?=[\u4e00-\u9fff“(])/g;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function subItems(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  if (!/\d\.\d/.test(t)) return norm;
  const found = [...t.matchAll(SUB_NUMBER_RE)];
  if (found.length < 2 || found.length > CIRCLED.length) return norm;
  const major = found[0][1];
  if (!found.every((m, k) => m[1] === major && Number(m[2]) === k + 1)) return norm;
  const at = (i: number) => (norm.map === IDENTITY ? i : norm.map[i]);
  const out = new Writer(t, at);
  let i = 0;
  found.forEach((m, k) => {
    const start = m.index;
    out.copy(i, start);
    out.write(CIRCLED[k]);
    i = start + m[0].length;
  });
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}
