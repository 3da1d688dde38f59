/**
 * Text normalisation shared by the rule parser and the input readers: full-width forms become
 * ASCII (０-９ Ａ-Ｚ ％ ＜ ＞ ＝ （ ） ， ； ： ．), ≥ ≤ stay, spaces go, line breaks fold to one `\n`, and a
 * prime after a number is its points (`(2')`, `4′` are `(2分)`, `4分`, a table's shorthand).
 * The map back to source positions lets the parser quote the person's own words.
 */

export interface NormalizedText {
  text: string;
  /** map[i] = index in the source of text[i] (-1: written by a rewrite); `IDENTITY` when the text is the source. */
  map: readonly number[] | typeof IDENTITY;
}

/** The map of a text that normalisation left as it was. */
export const IDENTITY = 'identity';

/** Characters outside the FF01–FF5E block that mean the same as an ASCII or kept symbol. */
const SINGLE: Readonly<Record<string, string>> = {
  '\u3000': ' ',
  '≧': '≥',
  '⩾': '≥',
  '≦': '≤',
  '⩽': '≤',
  '﹤': '<',
  '﹥': '>',
  '﹦': '=',
  '═': '=',
  '﹪': '%',
  '٪': '%',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '〜': '~',
  '\u00A0': ' ',
  '\r': '\n',
  // (`完毕率到达100%旳得满分`: the old form of 的 some scanned documents keep.)
  旳: '的',
};

/** Two-character ASCII comparators written out. */
const PAIRS: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '=>': '≥', '=<': '≤' };

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return SINGLE[ch] ?? ch;
}

export function normalizeWithMap(source: string): NormalizedText {
  // Most rule texts need nothing: the text is the source, position for position.
  if (!NEEDS_WORK.test(source)) return { text: source, map: IDENTITY };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // Printable ASCII and CJK ideographs (most of a rule) never change — but 旳, the old form of 的, and 毕.
    const plain =
      (code > 0x20 && code < 0x7f) ||
      (code >= 0x4e00 && code <= 0x9fff && code !== 0x65f3 && code !== 0x6bd5);
    const ch = plain ? source[i] : halfWidth(source[i]);
    if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v') continue;
    const last = out[out.length - 1];
    if (ch === '末' && MISREAD_NOT_RE.test(source.slice(i + 1, i + 3)) && !PERIOD_END_RE.test(last ?? '')) {
      // (`末按规定要求公示`: 未 misread as 末, before what a fault denies; `年末`, `月末按时` keep it.)
      out.push('未');
      map.push(i);
      continue;
    }
    if (ch === '毕' && last === '完') {
      // (`完毕率达到100%`, `发放完毕`: converted documents write 完毕 for 完成; finished either way.)
      out.push('成');
      map.push(i);
      continue;
    } else if (ch === '\n') {
      if (out.length === 0 || last === '\n') continue;
    } else if ((ch === "'" || ch === '′') && last !== undefined && last >= '0' && last <= '9') {
      out.push('分');
      map.push(i);
      continue;
    } else if (ch === '&' && last !== undefined && last >= '0' && last <= '9') {
      // (`60%-69&计4分`: & beside % on the keyboard, typed after a number for it.)
      out.push('%');
      map.push(i);
      continue;
    } else if (ch === '-' && last === '-') {
      continue; // `——` is one dash
    } else if ((ch === '*' || ch === '★' || ch === '※') && (last === undefined || last === '\n')) {
      continue; // `*3.…`: a mark opening a line (a key indicator, a footnote) multiplies nothing
    } else if (
      (ch === '=' || ch === '<' || ch === '>') &&
      last !== undefined &&
      PAIRS[last + ch] !== undefined
    ) {
      out[out.length - 1] = PAIRS[last + ch];
      continue;
    }
    out.push(ch);
    map.push(i);
  }
  while (out[out.length - 1] === '\n') {
    out.pop();
    map.pop();
  }
  return { text: out.join(''), map };
}

/** What 未 denies in a fault (`未按…`, `未及时…`): after 末, a misreading of 未. */
const MISREAD_NOT_RE = /^(按|及时|经|达到|完成|落实|建立|开展|制定)/;
/** `年末`, `月末`, `期末`: 末 closing a period. */
const PERIOD_END_RE = /[年月期周季旬度底初始学]/;

/** Anything normalisation would change: full-width forms, the SINGLE table, spaces, `>=`-style pairs. */
const NEEDS_WORK =
  /[\uFF01-\uFF5E\u3000≧⩾≦⩽﹤﹥﹦═﹪٪–—―−﹣〜\u00A0\s旳]|--|\d&|[<>=][<>=]|\d['′]|完毕|末(?:按|及时|经|达到|完成|落实|建立|开展|制定)|^[*★※]|\n[*★※]/;

export function normalizeText(source: string): string {
  // Most cell texts are already clean; skip the per-character pass (hot in header recognition).
  return NEEDS_WORK.test(source) ? normalizeWithMap(source).text : source;
}

/**
 * The text without the first of its sentences (ended by `。`, `;` or a line break) that `read` reads, and what it
 * read; null when none does. `read` sees the sentence normalised, without its end mark.
 */
export function withoutSentence<T>(
  text: string,
  read: (sentence: string) => T | null,
): { rest: string; found: T } | null {
  const sentences = normalizeText(text).split(/(?<=[。;；\n])/);
  if (sentences.length < 2) return null;
  for (let k = 0; k < sentences.length; k++) {
    const found = read(sentences[k].replace(/[。;；\n]$/, ''));
    if (found !== null) return { rest: sentences.filter((_, j) => j !== k).join(''), found };
  }
  return null;
}

/** Normalised and on one line: for comparing short cell texts (levels, yes/no, units). */
export function compactText(source: string): string {
  return normalizeText(source).replace(/\n/g, '');
}

/** The source words behind normalised positions [start, end). */
export function sourceSpan(source: string, norm: NormalizedText, start: number, end: number): string {
  if (end <= start) return '';
  if (norm.map === IDENTITY) return source.slice(start, end).trim();
  // A rewritten text (rules/distribute.ts: -1 marks what it wrote) may run back over the source: quote
  // the words as read.
  const map = norm.map;
  for (let i = start; i < end; i++)
    if (map[i] < 0 || (i > start && map[i] < map[i - 1])) return norm.text.slice(start, end).trim();
  return source.slice(norm.map[start], norm.map[end - 1] + 1).trim();
}

/** Words as a regex alternation (`a|b|c`), each escaped: the longest first is the caller's to order. */
export function alternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * Whether `a` and `b` share a run of `length` characters (`keep` chooses which runs of `a` count: CJK ones for
 * words only). For telling whether two phrases speak of the same thing.
 */
export function sharesRun(
  a: string,
  b: string,
  length: number,
  keep: (run: string) => boolean = () => true,
): boolean {
  for (let i = 0; i + length <= a.length; i++) {
    const run = a.slice(i, i + length);
    if (keep(run) && b.includes(run)) return true;
  }
  return false;
}
