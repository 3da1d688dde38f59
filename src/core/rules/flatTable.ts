/**
 * A band or level table pasted into one cell, its columns run together with spaces (`列养率=100% 5
 * 95%≤列养率<100% 3 列养率<95% 0`, `1.1.1 ≥30% 30 1.1.2 20%-29% 25 …`, `30 公里以内 10 60 公里以内 6`,
 * `优秀 10 良好 8 一般 5 差 0`) or kept apart by bars (`…完整. | 3 | …不完整. | 1 | 无. | 0`). Read as the
 * sentences a person would have written (`列养率=100%,得5分;…`) when every chunk is a condition or its points — two
 * pairs at least, item codes (`1.1.2`) aside. A bound may be an arrow after its number (`400↑ 10`: 400 and more);
 * a heading's unit in brackets (`总经费(万元) 80↑ 35`) is the conditions' unit; one sentence of words after the last
 * pair (`不含职工宿舍。`) says what is counted. The caller parses the rewrite and keeps it only when it reads fully;
 * anything it cannot place is quoted from the cell as written.
 */
import Decimal from 'decimal.js';
import { formatPlain } from '../numberText';
import { alternatives, normalizeText } from '../text';
import {
  BARE_MAGNITUDES,
  CHINESE_NUMERALS,
  COMPARATOR_WORDS,
  COUNT_UNITS,
  ONLY_LEADS,
  OWN_POINTS_LEADS,
  POSTFIX_COMPARATORS,
  QUANTITY_UNITS,
} from '../vocabulary/rules';

/** `1.1.2`: a table's item code, three levels deep (two could be points: `1.5`). */
const CODE_RE = /^\d+(\.\d+){2,}$/;
const POINTS_RE = /^\d+(\.\d+)?$/;
/** Points, or a span of them the person judges within (`4~7`). */
const SPAN_POINTS_RE = /^\d+(\.\d+)?(?:[~～]\d+(\.\d+)?)?$/;
/** What makes a chunk a condition: a comparison, a percentage, a range, or a bound in words. */
const CONDITION_RE = new RegExp(
  `[<>=≤≥%]|\\d[-~]\\d|${alternatives([...COMPARATOR_WORDS, ...POSTFIX_COMPARATORS].map(([w]) => w))}`,
);

/** Words a heading may not hold: they count, score or turn a bound round. */
const HEADING_BLOCKERS = /[每扣加减不未无没低高超少多满]|以上|以下|以内/;
/** A note closing the table may say what is counted (`不含…`), never score, count or bound. */
const NOTE_BLOCKERS = /[每扣加减得分\d]|以上|以下|以内|低于|高于|超过|不足|不低于|不少于|少于|多于|不超过/;
/** `400↑`, `5↓`: the table's arrows for 以上 and 以下. */
const ARROWS: Readonly<Record<string, string>> = { '↑': '以上', '↓': '以下' };
/** `(万元)`, `(%)` closing a heading: the unit of the numbers under it. */
const HEADING_UNIT_RE = new RegExp(`[(（](${alternatives(['%', ...QUANTITY_UNITS])})[)）]$`);
/** `超过(人次)`, `达到`: a comparison closing a heading, with the unit of the numbers under it, if written. */
const HEADING_COMPARISON_RE = new RegExp(
  `(${alternatives(COMPARATOR_WORDS.map(([w]) => w))})(?:[(（](${alternatives(QUANTITY_UNITS)})[)）])?$`,
);
/** `六种`, `两项`: a count in Chinese numerals, which holds no digit. */
const WORDED_COUNT_RE = new RegExp(`[${CHINESE_NUMERALS}]{1,3}(?:${alternatives(COUNT_UNITS)})`);
/** `仅有一种`, `3个`: a count alone, as a table's row for exactly so many (the 仅有 no subject of the count). */
const EXACT_COUNT_RE = new RegExp(
  `^(?:${alternatives(ONLY_LEADS)})?((?:\\d+|[${CHINESE_NUMERALS}]{1,3})(?:${alternatives(COUNT_UNITS)}))$`,
);
/** A chunk holding a number: digits, or a count in words (`六种以上(含)`). */
const holdsNumber = (c: string) => /\d/.test(c) || WORDED_COUNT_RE.test(c);
/** `4000万`, `2.5`: a number alone, with at most its magnitude. */
const BARE_AMOUNT_RE = new RegExp(`^\\d+(?:\\.\\d+)?(?:${alternatives(BARE_MAGNITUDES)})?$`);

/**
 * `按期完成目标,建设成效显著,层次高; 3⏎按期完成目标,建设成效明显 2⏎…`: a table's rows, one a line, each words
 * (no number of their own) and its points closing the line.
 */
const POINTS_LINE_RE = /^([^\d\n]+?)[;；,，\s]+(\d+(?:\.\d+)?)\s*$/;

function pointsByLine(source: string): string | null {
  const lines = source
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2) return null;
  const rows = lines.map((l) => POINTS_LINE_RE.exec(l));
  if (rows.some((r) => r === null)) return null;
  return (rows as RegExpExecArray[]).map(([, words, points]) => `${words},得${points}分`).join(';');
}

/**
 * `符合2.0,基本符合1.0,不符合0`, `是否着装上岗3,言行文明2,工作认真2`: words (no number of their own) each closed by
 * its points, separated by commas — after any sentences of words alone (`…由主要领导担任。评分标准:优秀5,良好4`).
 */
const POINTS_PIECE_RE = /^([\u4e00-\u9fff、]{1,16}?)(\d+(?:\.\d+)?)$/;

function pointsByComma(source: string): string | null {
  const pieces = source
    .split(/[,，;；。\n]+/)
    .map((p) => p.replace(/\s+/g, ''))
    .filter((p) => p !== '');
  const first = pieces.findIndex((p) => /\d/.test(p));
  if (first === -1) return null;
  const lead = pieces.slice(0, first);
  // (`评分标准:优秀5`: the words before a colon lead the pairs; they are no level's.)
  const colon = pieces[first].search(/[:：][^:：]*$/);
  if (colon !== -1) lead.push(pieces[first].slice(0, colon));
  const rows = [
    colon === -1 ? pieces[first] : pieces[first].slice(colon + 1),
    ...pieces.slice(first + 1),
  ].map((p) => POINTS_PIECE_RE.exec(p));
  if (rows.length < 2 || rows.some((r) => r === null)) return null;
  const pairs = (rows as RegExpExecArray[]).map(([, words, points]) => `${words},得${points}分`).join(';');
  return lead.length > 0 ? `${lead.join('，')}。${pairs}` : pairs;
}

/**
 * `信息准确有效,更新及时. | 2 | 介绍不完整. | 1 | 无此项内容. | 0`: a level table's cells kept apart by bars, each
 * level's words then its points.
 */
function pointsByBar(source: string): string | null {
  const cells = source.split('|').map((c) => c.trim().replace(/[。.;；,，]+$/, ''));
  if (cells[cells.length - 1] === '') cells.pop();
  if (cells.length < 4 || cells.length % 2 !== 0) return null;
  const pairs: string[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const [words, points] = [cells[k], cells[k + 1]];
    if (!POINTS_RE.test(points) || !/[\u4e00-\u9fff]/.test(words)) return null;
    pairs.push(`${words},得${points}分`);
  }
  return pairs.join(';');
}

/** `1.2建筑设计4`: a table's item code before a heading (two levels at least: `1.2`, `2.1.3`). */
const LEAD_CODE_RE = /^\d+(?:\.\d+)+\s*(?=[\u4e00-\u9fff])/;
/** Words (no number of their own) closed by points, the next row's words or the end right after them. */
const GLUED_ROW_RE = /^([^\d]*[\u4e00-\u9fff][^\d]*?)\s*(\d+(?:\.\d+)?)(?=\s|[\u4e00-\u9fff]|$)/;

/**
 * `…建立了明确的议事规则和决策程序1…但存在瑕疵0.5…存在明显缺陷,会影响各自有效履职0`, `1.2建筑设计4 考虑自然采光的设计
 * 与运用1 有减少噪音的设计1 …`: a table's rows run together, each words closed by its points — levels, when three or
 * more fall to 0; or, after a heading whose points are the sum of the rest (the row's worth), two or more items each
 * worth its own.
 * A number with a unit after it (`3次`), or a row that compares (`达到`, `%`), is no such table.
 */
function pointsGlued(source: string): string | null {
  let rest = source.trim().replace(LEAD_CODE_RE, '');
  const rows: { words: string; points: Decimal }[] = [];
  while (rest !== '') {
    const m = GLUED_ROW_RE.exec(rest);
    if (m === null) return null;
    const words = m[1].trim().replace(/^[,，;；。.、\s]+|[,，;；。.、\s]+$/g, '');
    const after = rest.slice(m[0].length);
    if (CONDITION_RE.test(words) || QUANTITY_UNITS.some((u) => after.startsWith(u))) return null;
    rows.push({ words, points: new Decimal(m[2]) });
    rest = after.trim();
  }
  const written = (list: typeof rows) => list.map((r) => `${r.words},得${formatPlain(r.points)}分`).join(';');
  const falling = rows.every((r, k) => k === 0 || r.points.lt(rows[k - 1].points));
  if (rows.length >= 3 && falling && rows[rows.length - 1].points.isZero()) return written(rows);
  // (Points falling all the way, `材料齐全2 基本齐全1.5 不全0.5`, are levels whichever way they add up.)
  if (falling) return null;
  const [heading, ...items] = rows;
  const sum = items.reduce((t, r) => t.plus(r.points), new Decimal(0));
  // (The heading's points are the row's worth as written: a row worth otherwise is the person's.)
  return items.length >= 2 && sum.eq(heading.points)
    ? `${heading.words}(满分${formatPlain(heading.points)}分)。${written(items)}`
    : null;
}

export function flatTable(source: string): string | null {
  if (source.includes('|')) return pointsByBar(source);
  const plain = !/[分得扣]/.test(source);
  const byLine = plain ? pointsByLine(source) : null;
  if (byLine !== null) return byLine;
  // (Words may hold 分 or 得, `评分标准`, `分管领导`; points written as such may not.)
  const scored = /\d\s*分|[得扣加减]\s*\d/.test(source);
  const byComma = scored ? null : pointsByComma(source);
  if (byComma !== null) return byComma;
  const bySpace = plain ? pointsBySpace(source) : null;
  return bySpace ?? (scored ? (bandsGlued(source) ?? levelsGlued(source)) : pointsGlued(source));
}

/** One level and its points, as a table's row: its words, then `N分` (or a span, `1~5分`) with no verb before. */
const LEVEL_ROW_RE = /^(.+?)(\d+(?:\.\d+)?(?:\s*[~～]\s*\d+(?:\.\d+)?)?)\s*分/;
/** What closes words before points that are a clause's own: a word (`得5分`), a mark of a span or list (`1~5分`). */
const POINTS_LEAD_RE = new RegExp(`(?:${alternatives(OWN_POINTS_LEADS)}|[、~～\\-—/:：(（])\\s*$`);

/**
 * `…完整、及时15分公开过…但不够完整及时 5分未公开过… 0分`, `1 级 5 分2 级 10 分3 级 15 分`: a level table's rows run
 * together, each its words then its bare points, one row's points glued to the next row's
 * words. Read as the rows written out (`…,得15分;…`) — every point in the cell a row's, three rows at least (two, `A…1分B…0分`,
 * would read as full marks less one fault, the first row's words lost), one glued.
 */
/** A cell opening with option A (`A.`, `A、`). */
export const LETTERED_RE = /^\s*A\s*[.、．]/;

function levelsGlued(source: string): string | null {
  let rest = normalizeText(source)
    .trim()
    .replace(/[。.;；]$/, '');
  const rows: string[] = [];
  let glued = false;
  // (`A. …1分B. …0分`: options lettered from A, each glued to the points before it — a choice of one, two enough.)
  let lettered = LETTERED_RE.test(rest);
  while (rest !== '') {
    const m = LEVEL_ROW_RE.exec(rest);
    if (m === null) return null;
    const words = m[1].replace(/^[,，;；。.、\s]+|[,，;；。、\s]+$/g, '');
    if (!/[\u4e00-\u9fff]/.test(words) || POINTS_LEAD_RE.test(m[1])) return null;
    rows.push(`${words},得${m[2].replace(/\s+/g, '')}分`);
    rest = rest.slice(m[0].length);
    // (Glued to words, a choice's letter or a level's number, `…15分公开过…`, `0.5分B.`, `5 分2 级`: numbered
    // items, `15分(2)`, are a list.)
    if (/^(?:[\u4e00-\u9fff]|[A-H][.、．]|\d+\s*[级档星])/.test(rest)) glued = true;
    if (rest !== '' && !rest.startsWith(String.fromCharCode(65 + rows.length))) lettered = false;
    rest = rest.replace(/^[\s,，;；。.]+/, '');
  }
  return (rows.length >= 3 || (rows.length === 2 && lettered)) && glued ? rows.join(';') : null;
}

/** One band run into the next: a share (with its comparison, if any), then its points. */
const GLUED_BAND_RE = /^([<>=≤≥]?\d+(?:\.\d+)?%)(\d+(?:\.\d+)?)分/;

/**
 * `100%60分>=80%48分>=60%36分>=40%24分>=20%12分<20%0分`: a band table run together with no mark between its rows,
 * each a share and its points — three rows at least, nothing else in the cell.
 */
function bandsGlued(source: string): string | null {
  let rest = normalizeText(source).replace(/[。.;；]$/, '');
  const rows: string[] = [];
  for (let m = GLUED_BAND_RE.exec(rest); m !== null; m = GLUED_BAND_RE.exec(rest)) {
    rows.push(`${m[1]},得${m[2]}分`);
    rest = rest.slice(m[0].length);
  }
  return rest === '' && rows.length >= 3 ? rows.join(';') : null;
}

/**
 * `列养率=100% 5 95%≤列养率<100% 3 列养率<95% 0`, `优秀 10 良好 8 一般 5 差 0`: conditions or levels and their points,
 * kept apart by spaces.
 */
function pointsBySpace(source: string): string | null {
  if (!/\s/.test(source.trim())) return null;
  const all = source
    .replace(/(\d)\s*([↑↓])/g, (_m, d: string, arrow: string) => `${d}${ARROWS[arrow]}`)
    .trim()
    .split(/\s+/)
    .filter((c) => !CODE_RE.test(c));
  // `上年度接待游学团队人数 查阅相关资料(有图片) 5000人以上 6 …`: the row's title and method columns before the
  // first condition, words that neither count nor turn a bound (`每`, `低于` would), are no pair.
  const first = all.findIndex(holdsNumber);
  // `…接待国内游客超过(人次) 4000万 7 3000万 5 …`: a heading closing with the comparison (and the unit) that every
  // bare number under it is read with.
  const compared = first > 0 ? HEADING_COMPARISON_RE.exec(all[first - 1]) : null;
  const numbered = first > 0 && (CONDITION_RE.test(all[first]) || compared !== null);
  const heading = numbered ? all.slice(0, first) : [];
  if (compared !== null) heading[heading.length - 1] = heading[heading.length - 1].slice(0, compared.index);
  if (heading.some((c) => HEADING_BLOCKERS.test(c))) return null;
  const unit =
    compared !== null
      ? compared[2]
      : heading.length > 0
        ? HEADING_UNIT_RE.exec(heading[heading.length - 1])?.[1]
        : undefined;
  const chunks = all
    .slice(heading.length)
    .map((c, k) => (compared !== null && k % 2 === 0 && BARE_AMOUNT_RE.test(c) ? `${compared[1]}${c}` : c));
  // (A note after the last pair: an odd chunk of words alone, closing the cell as a sentence.)
  const last = chunks[chunks.length - 1];
  const note =
    chunks.length % 2 === 1 && /[。.]$/.test(last) && !NOTE_BLOCKERS.test(last) ? chunks.pop() : undefined;
  // `30 公里以内`: a number split from its unit and bound joins them again.
  const joined: string[] = [];
  for (const c of chunks) {
    // (Only where a condition stands: every other chunk, from the first.)
    const last = joined[joined.length - 1];
    const split = last !== undefined && POINTS_RE.test(last) && joined.length % 2 === 1;
    if (split && /^[\u4e00-\u9fff]/.test(c) && CONDITION_RE.test(c))
      joined[joined.length - 1] = `${last}${c}`;
    else joined.push(c);
  }
  if (joined.length < 4 || joined.length % 2 !== 0) return null;
  const pairs: string[] = [];
  for (let k = 0; k < joined.length; k += 2) {
    const [cond, points] = [joined[k], joined[k + 1]];
    // (`优秀 10 良好 8 一般 5`: levels or items in words, as the written rule would name them.)
    // (After a heading only conditions with numbers: its words could be a level's.)
    const words = heading.length === 0 && /^[\u4e00-\u9fff、]{1,12}$/.test(cond);
    // (`1~2万 4~7`: a span of points, the person's call within it.)
    // (`六种以上(含) 10 … 仅有一种 4`: counts in words, and a count alone for exactly so many.)
    const exact = EXACT_COUNT_RE.exec(cond)?.[1];
    const counted = (holdsNumber(cond) && CONDITION_RE.test(cond)) || exact !== undefined;
    if (!SPAN_POINTS_RE.test(points) || !(words || counted)) return null;
    const row = exact ?? cond;
    pairs.push(`${unit === undefined ? row : withUnit(row, unit)},得${points}分`);
  }
  return note === undefined ? pairs.join(';') : `${pairs.join(';')}。${note}`;
}

/** `80以上` under `(万元)` is `80万元以上`; a number with a unit of its own keeps it. */
function withUnit(cond: string, unit: string): string {
  return cond.replace(/\d+(?:\.\d+)?(?=以上|以下|以内|[-~]|$)/g, (n) => `${n}${unit}`);
}
