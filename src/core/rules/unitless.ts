/**
 * Tables that leave the 分 off a deduction (`未设服务电话扣0.5,…`, `未执行养护计划的扣72`): a number
 * right after 扣 that closes its phrase can only be points, and is read as written with 分. The added
 * character has no source position, so the person's words are still quoted as written.
 */
import { IDENTITY } from '../text';
import type { NormalizedText } from '../text';
import { Writer } from './distribute';

/** 扣 and a bare number, then the phrase's end (not `扣1次`, `扣0.5%`, `扣1分`). */
const BARE_RE = /扣(?:除|减)?\d+(?:\.\d+)?(?=[,;。\n)]|$)/g;

export function unitless(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  if (!t.includes('扣')) return norm;
  const ends = [...t.matchAll(BARE_RE)].map((m) => (m.index as number) + m[0].length);
  if (ends.length === 0) return norm;
  const out = new Writer(t, (i) => (norm.map === IDENTITY ? i : norm.map[i]));
  let i = 0;
  for (const end of ends) {
    out.copy(i, end);
    out.write('分');
    i = end;
  }
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}
