/**
 * One rule written for two kinds of unit at once (`全部完成的，产区得1.5分、非产区得1分；每减少10个百分点，产区扣0.15分、
 * 非产区扣0.1分`): every amount is a pair, one for each group, in every clause that scores. A row belongs to one
 * group — the one its answer names (`非产区，93%`), or else the one whose full points are the row's weight — and
 * is scored by that group's amounts alone, the note naming the group.
 */
import type Decimal from 'decimal.js';
import { compactText } from '../text';
import { lruMemo } from '../memo';
import type { InputValue } from './types';

export interface RowGroup {
  /** The group the row was scored as. */
  name: string;
  /** How it was told: named by the answer, or by the row's weight. */
  by: 'answer' | 'weight';
  /** The rule with each pair replaced by the group's own amount. */
  rule: string;
  /** The answer without the group's name. */
  input: InputValue | null;
}

/** A group's name (a few characters after a stop), its verb and points, then the other group's with the same verb. */
const PAIR_RE =
  /(?<=^|[,，;；:：。、])([\u4e00-\u9fff]{1,6}?)(得|扣|加|计|记)(\d+(?:\.\d+)?)分[、,，]([\u4e00-\u9fff]{1,6}?)\2(\d+(?:\.\d+)?)分/g;
/** A third name-verb-points right after a pair (`一等加10分,二等加9分,三等加8分`): a scale, not two groups. */
const SIBLING_RE = /^[、,，][\u4e00-\u9fff]{1,6}?(?:得|扣|加|计|记)\d/;
/** Verbs whose points are what the group has in full. */
const FULL_VERBS = ['得', '计', '记'];

interface Pair {
  start: number;
  end: number;
  verb: string;
  points: [string, string];
}

/** A rule's pairs and the two groups they name, or null when it is not written for two groups. */
interface Written {
  text: string;
  pairs: Pair[];
  groups: [string, string];
}

function writtenFor(rule: string): Written | null {
  const text = compactText(rule);
  const pairs: Pair[] = [];
  let names: [string, string] | null = null;
  for (const m of text.matchAll(PAIR_RE)) {
    const at = m.index as number;
    const end = at + m[0].length;
    if (SIBLING_RE.test(text.slice(end))) return null;
    if (names === null) names = [m[1], m[4]];
    else if (names[0] !== m[1] || names[1] !== m[4]) return null;
    pairs.push({ start: at, end, verb: m[2], points: [m[3], m[5]] });
  }
  // (Written twice at least — a single pair may as well be two things each worth its points.)
  if (names === null || pairs.length < 2 || names[0] === names[1]) return null;
  const [a, b] = names;
  // Every mention of either group inside a pair: a group named elsewhere scores in some other way.
  let outside = '';
  let from = 0;
  for (const p of pairs) {
    outside += text.slice(from, p.start);
    from = p.end;
  }
  outside += text.slice(from);
  return outside.includes(a) || outside.includes(b) ? null : { text, pairs, groups: names };
}

/**
 * The pairs depend on the rule's text alone: kept by it, as parses are (every row of a table scored asks, most rows
 * repeating a template's rules); an unusually long text is never kept.
 */
const written = lruMemo<Written | null>(1000, writtenFor);
const LONGEST_KEPT = 1000;

/** The group a row is scored as, with the rule and answer rewritten for it; null when the rule is not so written. */
export function rowGroup(rule: string, weight: Decimal, input: InputValue | null): RowGroup | null {
  const w = rule.length > LONGEST_KEPT ? writtenFor(rule) : written.get(rule);
  if (w === null) return null;
  const { text, pairs, groups } = w;
  const said = compactText(String(input?.value ?? ''));
  // The longer name first: `非产区` holds `产区`.
  const byLength = groups[0].length >= groups[1].length ? [0, 1] : [1, 0];
  const named = byLength.find((k) => said.startsWith(groups[k]));
  let which: number | null = named ?? null;
  let by: RowGroup['by'] = 'answer';
  if (which === null) {
    const full = pairs.filter((p) => FULL_VERBS.includes(p.verb));
    const fits = [0, 1].filter((k) => full.length > 0 && full.every((p) => weight.eq(p.points[k])));
    if (fits.length !== 1) return null;
    which = fits[0];
    by = 'weight';
  }
  const k = which;
  let rewritten = '';
  let from = 0;
  for (const p of pairs) {
    rewritten += `${text.slice(from, p.start)}${p.verb}${p.points[k]}分`;
    from = p.end;
  }
  rewritten += text.slice(from);
  const rest =
    named === undefined
      ? input
      : { ...input, value: said.slice(groups[k].length).replace(/^[,，:：;；、\s]+/, '') };
  return { name: groups[k], by, rule: rewritten, input: rest };
}
