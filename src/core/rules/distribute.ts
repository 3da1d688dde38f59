/**
 * One sentence that stands for several, written once, is rewritten as those sentences before lexing, so
 * the rest of the parser reads each as any clause and the restatement shows the pairs as understood:
 * - a `、` list paired by 分别 with as many amounts: `被省、市、县督查组发现的火点，每个分别扣10分、5分、3分`
 *   → `被省督查组发现的火点，每个扣10分；被市…扣5分；…`; one amount for each (`…无措施、无总结的分别扣1分`,
 *   and `每项扣1分` / `各扣1分` right after the list);
 * - a run of grades paired so: `被评定为5至10级…的, 分别计50、40、…分` → `被评定为5级…的,计50分;…`;
 * - two things counted with one amount: `每涂改一处或有一处不清楚扣1分` → `每涂改一处扣1分；每有一处…扣1分`.
 * Lists and amounts that do not pair one to one are left as written (and then unparsed).
 */
import { IDENTITY } from '../text';
import {
  ADMIN_LEVELS,
  ANY_OF_LEADS,
  LIST_NEGATIONS,
  NUMBER_ITEM_LEADS,
  NUMBER_ITEM_POSTS,
  RESPECTIVELY_SAID,
} from '../vocabulary/rules';
import type { NormalizedText } from '../text';

const RESPECTIVELY = '分别';
/** `分别`, and the longer ways of writing it, longest first. */
const RESPECTIVELY_WORDS = [...RESPECTIVELY_SAID].sort((a, b) => b.length - a.length);
/** The map entry of a character the rewrite wrote (no source position of its own). */
const WRITTEN = -1;
/** The verb and the amounts after 分别: `扣10分、5分、3分`, `加1分和0.5分`, `扣5、3、1分`. */
const AMOUNTS_RE =
  /^(扣除|扣减|扣|加计|加|得|计|记|占)?(\d+(?:\.\d+)?分?(?:(?:、|,|和|及|或)\d+(?:\.\d+)?分?)*)/;
/** Ends a list item when reading back from its first `、`: punctuation and words that lead a phrase. */
const ITEM_STOP = /[,;:。\n()“”"'‘’《》<>=≥≤%\d在被对获得由为是的和与及或从向给经受凡若如各每]/;
/** After a list's last `、`: an item, 及 or 和, the closing item, then only `的` before 分别. */
const CLOSING_RE = /^([^、及和,;:。\n]{1,8}?)(及(?!时)|和)([^、及和,;:。\n]{1,8}?)的?,?$/;
/** What a middle item may hold: plain words, no punctuation or numbers (a bracketed word: `省(部)`). */
const ITEM_RE = /^(?=.{1,10}$)(?:[^,;:。\n()“”"'‘’《》<>=≥≤%\d、]|\([\u4e00-\u9fff]{1,3}\))+$/;

interface Pairing {
  /** [start, end) of the sentence part rewritten: from the sentence start to the end of the amounts. */
  start: number;
  end: number;
  text: string;
  /** Source position of each character of `text` (through the normalisation map). */
  map: number[];
}

/** Builds a rewritten text with the source position of each character (`WRITTEN` for new ones). */
export class Writer {
  text = '';
  readonly map: number[] = [];
  constructor(
    private readonly t: string,
    private readonly at: (i: number) => number,
  ) {}

  copy(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.text += this.t[i];
      this.map.push(this.at(i));
    }
  }

  write(s: string): void {
    this.text += s;
    for (let i = 0; i < s.length; i++) this.map.push(WRITTEN);
  }
}

/** `无计划、无检查、无总结，每项扣1分`, `…各扣1分`: one amount for each item of the list right before. */
const EACH_RE = /(?:的)?,?(?:每项|各)(?=扣|加|得|占)/g;

export function distribute(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  const respectively = t.includes(RESPECTIVELY);
  if (!respectively && !/各|每项|或|增减|加减|升降|、[\d.]+分?\)|下列|:/.test(t)) return norm;
  const at = (i: number) => (norm.map === IDENTITY ? i : norm.map[i]);
  const triggers: { k: number; length: number; adjacent: boolean }[] = [];
  // (`每例分别对应扣4分、3分…`: 分别对应 says 分别.)
  if (respectively)
    for (let k = t.indexOf(RESPECTIVELY); k !== -1; k = t.indexOf(RESPECTIVELY, k + 1)) {
      const said = RESPECTIVELY_WORDS.find((w) => t.startsWith(w, k)) ?? RESPECTIVELY;
      triggers.push({ k, length: said.length, adjacent: false });
    }
  for (const m of t.matchAll(EACH_RE)) triggers.push({ k: m.index, length: m[0].length, adjacent: true });
  triggers.sort((a, b) => a.k - b.k);
  const found = [
    ...triggers.map((trigger) => pairing(t, trigger, at)),
    ...[...t.matchAll(BRACKETED_AMOUNTS_RE)].map((m) => bracketed(t, m, at)),
    ...[...t.matchAll(ANY_OF_LIST_RE)].map((m) => anyOfList(t, m, at)),
    ...[...t.matchAll(EITHER_RE)].map((m) => either(m, at)),
    ...[...t.matchAll(BOTH_WAYS_RE)].map((m) => bothWays(m, at)),
    ...headedRows(t, at),
  ]
    .filter((p): p is Pairing => p !== null)
    .sort((a, b) => a.start - b.start);
  const pairings: Pairing[] = [];
  for (const p of found)
    if (pairings.length === 0 || pairings[pairings.length - 1].end <= p.start) pairings.push(p);
  if (pairings.length === 0) return norm;
  const out = new Writer(t, at);
  let i = 0;
  for (const p of pairings) {
    out.copy(i, p.start);
    out.text += p.text;
    out.map.push(...p.map);
    i = p.end;
  }
  out.copy(i, t.length);
  return { text: out.text, map: out.map };
}

/**
 * `国家级:一等加10分,二等加9分;省部级:一等加8分,二等加7分`: a table written by rows, each heading before its items
 * → `国家级一等加10分,国家级二等加9分;…`, the heading named in each item. Only when two rows or more list the same
 * items (a heading over items of its own is a title, not a row of a table).
 */
const HEADED_ROW_RE =
  /(?<=^|[;。\n])([^,;:。\n\d]{2,12}):((?:[^,;:。\n\d]{1,6}(?:加|扣|得|计)\d+(?:\.\d+)?分,)+[^,;:。\n\d]{1,6}(?:加|扣|得|计)\d+(?:\.\d+)?分)(?=[;。\n]|$)/g;
const HEADED_ITEM_RE = /([^,]{1,6}?)((?:加|扣|得|计)\d+(?:\.\d+)?分)/g;

function headedRows(t: string, at: (i: number) => number): Pairing[] {
  const rows = [...t.matchAll(HEADED_ROW_RE)];
  const names = rows.map((m) => [...m[2].matchAll(HEADED_ITEM_RE)].map((i) => i[1]).join('|'));
  if (rows.length < 2 || !names.every((n) => n === names[0])) return [];
  return rows.map((m) => {
    const [whole, heading, items] = m;
    const start = m.index as number;
    const out = new Writer(whole, (i) => at(start + i));
    const itemsAt = heading.length + 1;
    for (const item of items.matchAll(HEADED_ITEM_RE)) {
      const from = itemsAt + (item.index as number);
      if (item.index !== 0) out.write(',');
      out.copy(0, heading.length);
      out.copy(from, from + item[0].length);
    }
    return { start, end: start + whole.length, text: out.text, map: out.map };
  });
}

/**
 * `每增减1%,加减1分`, `每增减300平方米增减2分`, `加减一个百分点,加减0.5分`, `每提高(减少)10个百分点增减1分`: one
 * step both ways, written once → `每增加1%加1分,每减少1%扣1分`.
 */
const BOTH_WAYS_RE =
  /(每|^|(?<=[,;。]))(?:增减|升降|加减|提高\(减少\)|增加\(减少\)|提高\(降低\))([^,;。\n增加减]{1,10}?),?(?:增减|加减)(\d+(?:\.\d+)?分)/g;

function bothWays(m: RegExpMatchArray, at: (i: number) => number): Pairing {
  const [whole, , size, amount] = m;
  const start = m.index as number;
  const out = new Writer(whole, (i) => at(start + i));
  out.write(`每增加${size}加${amount},每减少${size}扣${amount}`);
  return { start, end: start + whole.length, text: out.text, map: out.map };
}

/** `每涂改一处或有一处不清楚扣1分`: two things counted, each with a count of one, sharing the amount. */
const EITHER_RE = /每([^,;。\n或每]{1,12}?)或([^,;。\n或每]{1,12}?)(,?)(扣(?:除|减)?\d+(?:\.\d+)?分)/g;
const ONE_OF_RE = /[一1][处项个次件条份例起]/;

function either(m: RegExpMatchArray, at: (i: number) => number): Pairing | null {
  const [whole, a, b, comma, amount] = m;
  if (!ONE_OF_RE.test(a) || !ONE_OF_RE.test(b)) return null;
  const start = m.index as number;
  const out = new Writer(whole, (i) => at(start + i));
  // 每A扣N分;每B扣N分
  out.copy(0, 1 + a.length);
  out.write(`${comma}${amount};每`);
  out.copy(1 + a.length + 1, whole.length);
  return { start, end: start + whole.length, text: out.text, map: out.map };
}

function pairing(
  t: string,
  trigger: { k: number; length: number; adjacent: boolean },
  at: (i: number) => number,
): Pairing | null {
  const { k } = trigger;
  const after = AMOUNTS_RE.exec(t.slice(k + trigger.length));
  if (after === null || !after[2].endsWith('分')) return null;
  // (`各占5分`: what each is worth, written as what each earns.)
  const verb = after[1] === '占' ? '得' : (after[1] ?? '');
  const amounts = after[2].split(/、|,|和|及|或/).map((a) => (a.endsWith('分') ? a : `${a}分`));
  if (trigger.adjacent && amounts.length !== 1) return null;
  const end = k + trigger.length + after[0].length;
  const sentence = clauseStart(t, k);
  if (!trigger.adjacent && amounts.length > 1) {
    const numbers = numberList(t, sentence, k, amounts.length) ?? gradeRun(t, sentence, k, amounts.length);
    if (numbers !== null) {
      const out = new Writer(t, at);
      numbers.items.forEach((item, n) => {
        if (n > 0) out.write(';');
        out.copy(sentence, numbers.start);
        out.write(item);
        out.copy(numbers.end, k);
        out.write(verb + amounts[n]);
      });
      return { start: sentence, end, text: out.text, map: out.map };
    }
  }
  const list = lastList(t, sentence, k, amounts.length);
  if (list === null && !trigger.adjacent && amounts.length > 1)
    return clausesPaired(t, sentence, k, end, verb, amounts, at);
  // `每项扣1分` is each of the list only right after it; elsewhere it is each issue found. 各 is each of a list
  // whose shared words follow it (`市、县领导建立联系点各得0.5分`: each level's leaders).
  if (list === null || (trigger.adjacent && list.end !== k && !sharedAfter(t, trigger, sentence, list)))
    return null;
  const negation = LIST_NEGATIONS.find((w) => t.startsWith(w, list.items[0][0]));
  // (`1、…被评为业主单位、集团…`: the row's list number opens the first copy only.)
  const marker = /^(?:\(\d+\)|\d+[、.)])/.exec(t.slice(sentence, list.start))?.[0];
  // The verb and amount stand where 分别 and the amounts stood.
  const out = pairsWritten(t, at, sentence, list, k, verb, amounts, { negation, marker });
  return { start: sentence, end, text: out.text, map: out.map };
}

/** Plain words (no number, no punctuation) between a list and the 各 after it: what each item shares. */
const SHARED_WORDS_RE = /^[\u4e00-\u9fff]{1,20}$/;

/** The longest item (a bracketed word aside) of a list whose shared words follow it. */
const SHORT_ITEM = 4;

/**
 * `市、县领导建立联系点各得0.5分`, `调解率、成功率不达标各扣0.5分`: the words between a list and its 各 are what each
 * item shares — when the items are short words alike in length (a bracketed word aside) and the first opens its
 * clause, and alike in kind (one ending, or levels of government), so that where the last ends and the shared
 * words begin is plain (`无垃圾池、垃圾填埋场各扣6分` is no such list).
 */
function sharedAfter(
  t: string,
  trigger: { k: number; length: number },
  sentence: number,
  list: { start: number; end: number; items: [number, number][] },
): boolean {
  const items = list.items.map(([a, b]) => t.slice(a, b).replace(/\([^)]*\)/g, ''));
  const lengths = new Set(items.map((x) => x.length));
  // (Alike: ending as the first does, `调解率、成功率`, each a level of government, `省级、市级`, or one character
  // each, `市、县、乡(镇)、村`.)
  const alike =
    items.every((x) => x.endsWith(items[0].slice(-1))) ||
    items.every((x) => ADMIN_LEVELS.some((l) => x === l || x === `${l}级`)) ||
    items.every((x) => x.length === 1);
  const opens =
    /^(?:\(\d+\)|\d+[、.)])?$/.test(t.slice(sentence, list.start)) || /[,:]/.test(t[list.start - 1]);
  return (
    t.slice(trigger.k, trigger.k + trigger.length).endsWith('各') &&
    lengths.size === 1 &&
    [...lengths][0] <= SHORT_ITEM &&
    alike &&
    opens &&
    SHARED_WORDS_RE.test(t.slice(list.end, trigger.k))
  );
}

/**
 * Each item of `list` in a sentence of its own — the words before the list, the item, the words after it up to
 * `to`, then the verb and its amount (one for all, or one each) — joined by `;`. `lead.negation` leading the first
 * item leads each later item without its own; `lead.marker` (the row's list number) opens the first copy only.
 */
function pairsWritten(
  t: string,
  at: (i: number) => number,
  sentence: number,
  list: { start: number; end: number; items: [number, number][] },
  to: number,
  verb: string,
  amounts: readonly string[],
  lead: { negation?: string; marker?: string } = {},
): Writer {
  const out = new Writer(t, at);
  const { negation, marker } = lead;
  list.items.forEach((item, n) => {
    if (n > 0) out.write(';');
    out.copy(n > 0 && marker !== undefined ? sentence + marker.length : sentence, list.start);
    // (`无方案、记录`: the negation leading the first item leads each.)
    if (n > 0 && negation !== undefined && !LIST_NEGATIONS.some((w) => t.startsWith(w, item[0])))
      out.write(negation);
    out.copy(item[0], item[1]);
    out.copy(list.end, to);
    out.write(verb + (amounts.length === 1 ? amounts[0] : amounts[n]));
  });
  return out;
}

/** `(1、3、5分)`: amounts listed in brackets, closing a sentence that lists as many things. */
const BRACKETED_AMOUNTS_RE = /\((\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)+)分\)/g;

/**
 * `…在市级、省级、国家级杂志上发表。(1、3、5分)`: a list of things, then as many amounts in brackets — the pairs in
 * order, as 分别 pairs them → `…在市级杂志上发表得1分;…省级…得3分;…`. The brackets may follow the sentence's
 * full stop. Null unless the list before has as many items.
 */
function bracketed(t: string, m: RegExpMatchArray, at: (i: number) => number): Pairing | null {
  const k = m.index as number;
  const amounts = m[1].split('、').map((a) => `${a}分`);
  // (After the sentence's stop, the sentence before it is the one paired.)
  const to = t[k - 1] === '。' ? k - 1 : k;
  const sentence = clauseStart(t, to - 1);
  const list = lastList(t, sentence, to, amounts.length);
  if (list === null || list.items.length !== amounts.length) return null;
  const out = pairsWritten(t, at, sentence, list, to, '得', amounts);
  return { start: sentence, end: k + m[0].length, text: out.text, map: out.map };
}

/** `有下列情形之一的,扣除6分:`, then the list on the lines after it. */
const ANY_OF_LIST_RE = new RegExp(
  `(?:${ANY_OF_LEADS.join('|')})的?,?(扣除|扣减|扣|减)(\\d+(?:\\.\\d+)?分):\\n`,
  'g',
);
/** One item of such a list: its marker (`1)`, `2、`, `(3)`, `4.`, `①`), its words, its close. */
const ANY_OF_ITEM_RE = /(?:\d+[)、.]|\(\d+\)|[①-⑳])([^\n;。]+?)[;。]?(?:\n|$)/y;

/**
 * `导游人员在导游活动中,有下列情形之一的,扣除6分:⏎1)…的⏎2)…的`: a price written once for each fault listed on the
 * lines after it → `…的,扣除6分;…的,扣除6分`. Words before the header only say whom it is about and are read past
 * (a number or points in them keep them, as a sentence of their own). Null unless two or more items follow, each
 * on its own line with its marker.
 */
function anyOfList(t: string, m: RegExpMatchArray, at: (i: number) => number): Pairing | null {
  const k = m.index as number;
  const items: [number, number][] = [];
  let i = k + m[0].length;
  for (;;) {
    ANY_OF_ITEM_RE.lastIndex = i;
    const item = ANY_OF_ITEM_RE.exec(t);
    if (item === null) break;
    const from = i + item[0].indexOf(item[1]);
    items.push([from, from + item[1].length]);
    i = ANY_OF_ITEM_RE.lastIndex;
  }
  if (items.length < 2) return null;
  const sentence = clauseStart(t, k);
  const out = new Writer(t, at);
  // (Words before the header say whom it is about; with a number or points in them they stand as a sentence of their
  // own, to be read or reported.)
  const lead = t.slice(sentence, k).replace(/[,;]+$/, '');
  if (/[\d分]/.test(lead)) {
    out.copy(sentence, sentence + lead.length);
    out.write(';');
  }
  items.forEach(([a, b], n) => {
    if (n > 0) out.write(';');
    out.copy(a, b);
    out.write(`,${m[1]}${m[2]}`);
  });
  // (The last item's own close stays: what follows reads as it did.)
  const end = t[i - 1] === '\n' ? i - 1 : i;
  return { start: sentence, end, text: out.text, map: out.map };
}

/** Before 分别, what each amount is per (`每项`), after the things it pairs. */
const PER_BEFORE_RE = /,?(每项|各项|每次|每个)?$/;

/**
 * `获得国家级荣誉的,获得省部级表彰的,获得市级表彰的,每项分别加2分、1分、0.5分`: things each closed by 的 and a
 * comma, as many as the amounts, paired with them in order → `获得国家级荣誉的,每项加2分;…`. Words before the
 * things stand as a sentence of their own.
 */
function clausesPaired(
  t: string,
  from: number,
  k: number,
  end: number,
  verb: string,
  amounts: readonly string[],
  at: (i: number) => number,
): Pairing | null {
  const per = PER_BEFORE_RE.exec(t.slice(from, k)) as RegExpExecArray;
  const to = k - per[0].length;
  const spans: [number, number][] = [];
  let a = from;
  for (let i = from; i <= to; i++)
    if (i === to || t[i] === ',') {
      spans.push([a, i]);
      a = i + 1;
    }
  const things = spans.slice(-amounts.length);
  const fits = ([x, y]: [number, number]) =>
    y - x >= 2 && y - x <= 30 && t[y - 1] === '的' && !/[\d每]/.test(t.slice(x, y));
  if (things.length !== amounts.length || !things.every(fits)) return null;
  const out = new Writer(t, at);
  if (things[0][0] > from) {
    out.copy(from, things[0][0] - 1);
    out.write(';');
  }
  things.forEach(([x, y], n) => {
    if (n > 0) out.write(';');
    out.copy(x, y);
    out.write(`,${per[1] ?? ''}${verb}${amounts[n]}`);
  });
  return { start: from, end, text: out.text, map: out.map };
}

/** A number in a list paired by 分别: the word leading it (`超过`, `第`), its unit (`%`, `名`) and bound (`以上`). */
const NUMBER_ITEM_RE = new RegExp(
  `^(${NUMBER_ITEM_LEADS.join('|')})?(\\d+(?:\\.\\d+)?)(%|‰|[\\u4e00-\\u9fff]{1,3}?)?(${NUMBER_ITEM_POSTS.join('|')})?$`,
);

/** Where the first item of such a list begins: its lead, or its number. */
const NUMBER_HEAD_RE = new RegExp(`(?:${NUMBER_ITEM_LEADS.join('|')})?\\d`);

/**
 * `占总投资的30%以上、20%以上和10%以上,分别得6分、4分和2分`, `超过80%、70%和60%的分别…`, `第1、2、3名分别…`:
 * numbers listed before 分别, each written out whole — a lead only the first has (`超过`), and a unit or
 * bound only the last has (`名`, `以下`), belong to each. Null unless every item is such a number, as many
 * as the amounts.
 */
function numberList(
  t: string,
  from: number,
  to: number,
  count: number,
): { start: number; end: number; items: string[] } | null {
  let end = to;
  while (end > from && /[的,]/.test(t[end - 1])) end--;
  // (`2、重点县…`: the row's list number is no item.)
  const marker = /^(?:\(\d+\)|\d+[、.)])/.exec(t.slice(from, end));
  if (marker !== null) from += marker[0].length;
  const pieces = t.slice(from, end).split('、');
  if (pieces.length < 2) return null;
  // `…20%以上和10%以上`: 和/及 joins the last two.
  const last = pieces.pop() as string;
  const joined = /^(.+?)(?:和|及)(.+)$/.exec(last);
  const tail = joined !== null && NUMBER_ITEM_RE.test(joined[1]) ? [joined[1], joined[2]] : [last];
  // The first piece holds the words the items share, then its number.
  const head = NUMBER_HEAD_RE.exec(pieces[0]);
  if (head === null) return null;
  const words = [pieces[0].slice(head.index), ...pieces.slice(1), ...tail];
  const parts = words.map((w) => NUMBER_ITEM_RE.exec(w));
  if (words.length !== count || parts.some((p) => p === null)) return null;
  const read = parts as RegExpExecArray[];
  const [, lead = ''] = read[0];
  const [, , , unit = '', post = ''] = read[read.length - 1];
  return {
    start: from + head.index,
    end,
    items: read.map(([, l, n, u, p]) => `${l ?? lead}${n}${u ?? unit}${p ?? post}`),
  };
}

/** `5至10级`, `1-3档`: a run of grades, each its own. */
const GRADE_RUN_RE = /(\d+)(?:至|到|-|~)(\d+)(级|档|星|等|类)/g;

/**
 * `被评定为5至10级残疾等级的,分别计50、40、30、20、10、5分`: one run of grades, as many as the amounts, paired with
 * them in order → `被评定为5级残疾等级的,计50分;被评定为6级…`.
 */
function gradeRun(
  t: string,
  from: number,
  to: number,
  count: number,
): { start: number; end: number; items: string[] } | null {
  const runs = [...t.slice(from, to).matchAll(GRADE_RUN_RE)];
  if (runs.length !== 1) return null;
  const [whole, a, b, unit] = runs[0];
  const first = Number(a);
  if (Number(b) - first + 1 !== count || count < 2) return null;
  const start = from + (runs[0].index as number);
  return {
    start,
    end: start + whole.length,
    items: Array.from({ length: count }, (_, n) => `${first + n}${unit}`),
  };
}

/**
 * Where the words the pairs share begin: the sentence start, or after a clause before them that scores
 * on its own (`组织不到位扣2分，工作无计划、…`).
 */
function clauseStart(t: string, k: number): number {
  let start = Math.max(t.lastIndexOf(';', k), t.lastIndexOf('。', k), t.lastIndexOf('\n', k)) + 1;
  const scored = /\d分[^,]*,/g;
  scored.lastIndex = start;
  for (let m = scored.exec(t); m !== null && m.index < k; m = scored.exec(t)) start = m.index + m[0].length;
  return start;
}

/**
 * The `、` list nearest before 分别 in [from, to) with `count` items (any count above one when one amount
 * is given to each), as [start, end) spans of its items.
 */
function lastList(
  t: string,
  from: number,
  to: number,
  count: number,
): { start: number; end: number; items: [number, number][] } | null {
  const region = t.slice(from, to);
  // Runs of `、`-joined items; middle items are exact, the first and last are found by their neighbours.
  const seps: number[] = [];
  for (let i = region.indexOf('、'); i !== -1; i = region.indexOf('、', i + 1)) seps.push(from + i);
  // `方案、记录、结果及总结分别扣2分`: 及/和 joins the last item, which then runs to 分别.
  const closing = seps.length > 0 ? CLOSING_RE.exec(t.slice(seps[seps.length - 1] + 1, to)) : null;
  if (closing !== null) {
    const at = seps[seps.length - 1] + 1 + closing[1].length;
    const items = itemSpans(t, seps, from, at, true);
    const last: [number, number] = [at + closing[2].length, at + closing[2].length + closing[3].length];
    if (items !== null && (count === 1 || items.length + 1 === count) && ITEM_RE.test(t.slice(...last)))
      return { start: items[0][0], end: last[1], items: [...items, last] };
  }
  const runs: number[][] = [];
  for (const s of seps) {
    const run = runs[runs.length - 1];
    if (run !== undefined && ITEM_RE.test(t.slice(run[run.length - 1] + 1, s))) run.push(s);
    else runs.push([s]);
  }
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    const n = run.length + 1;
    if (count !== 1 && n !== count) continue;
    const items = itemSpans(t, run, from, to);
    if (items !== null) return { start: items[0][0], end: items[items.length - 1][1], items };
  }
  return null;
}

/** `closed`: the last item runs to `to` (another item follows it, joined by 及/和). */
function itemSpans(
  t: string,
  seps: number[],
  from: number,
  to: number,
  closed = false,
): [number, number][] | null {
  const middle: [number, number][] = seps.slice(1).map((s, i) => [seps[i] + 1, s]);
  // (`…无台账和报表、或者不按作业计划实施、…`: an item opening with 或 is a whole fault of its own, not a thing sharing
  // the first item's words.)
  if (seps.some((s) => t.startsWith('或', s + 1))) return null;
  const lengths = new Set(middle.map(([a, b]) => b - a));
  // The first item runs back from its `、` to a word that leads the phrase (`被省`, `获得国家级`).
  let a = seps[0];
  while (a > from && !ITEM_STOP.test(t[a - 1])) a--;
  // `工作无计划、无措施`: the middle and last items share a lead (`无`); the first starts at it.
  const lead = sharedLead([...middle.map(([x, y]) => t.slice(x, y)), t.slice(seps[seps.length - 1] + 1, to)]);
  if (lead !== '') {
    const l = t.lastIndexOf(lead, seps[0] - 1);
    if (l >= a) a = l;
  }
  if (a === seps[0]) return null;
  const first = t.slice(a, seps[0]);
  // The last item is as long as the middle ones, or ends where the first did (`国家级、省级表彰`: 级).
  const start = seps[seps.length - 1] + 1;
  let length = closed ? to - start : lengths.size === 1 ? [...lengths][0] : null;
  if (length === null) {
    const tail = t.indexOf(first[first.length - 1], start);
    length = tail !== -1 && tail - start < first.length + 1 ? tail - start + 1 : first.length;
  }
  // (`省(部)、国家级优秀项目经理`, `市、省级以上推广`: a last item opening with a level of government is that
  // level, unless the others' length already cut one: `省、市级刊物` keeps `市`, the 级 shared.)
  // (`市级、省级、国家级刊物`: the others each end with the 级 the level adds — the last has its own too.)
  const level = ADMIN_LEVELS.find((w) => t.startsWith(w, start) && start + w.length <= to);
  const cut = t.slice(start, start + length);
  const added = level === undefined || level.length <= length ? '' : level.slice(length);
  const others = [first, ...middle.map(([x, y]) => t.slice(x, y))];
  const ownEnding = added !== '' && level?.startsWith(cut) === true && others.every((o) => o.endsWith(added));
  if (!closed && level !== undefined && (!ADMIN_LEVELS.includes(cut) || ownEnding)) length = level.length;
  const end = start + length;
  if (end > to || !ITEM_RE.test(t.slice(start, end))) return null;
  return [[a, seps[0]], ...middle, [start, end]];
}

/** The leading characters every item shares (`无计划`, `无措施`: `无`), or ''. */
function sharedLead(items: string[]): string {
  if (items.length < 2) return '';
  let n = 0;
  while (n < items[0].length && items.every((s) => s[n] === items[0][n])) n++;
  return items[0].slice(0, n);
}
