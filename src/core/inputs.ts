/**
 * Reading input cells (SPEC §2): what a person typed into 实际值 / 实际完成值, as a rate, a quantity,
 * an issue count, a delay, a set of checklist items or a level. Every reader says missing, invalid (with a
 * Chinese reason) or what it read, plus a display text.
 */
import Decimal from 'decimal.js';
import { formatPlain } from './numberText';
import type { InputValue } from './rules/types';
import type { Condition } from './rules/ast';
import { contains } from './rules/bands';
import { chineseNumber, circledNumber, wholeNumber } from './rules/lexer';
import { calendarPeriod, doneBy } from './rules/dueDates';
import type { Deadline } from './rules/dueDates';
import { commonPrefix, commonSuffix } from './rules/levels';
import {
  alternativeNamed,
  bareVerbNamed,
  subjectedNamed,
  DENYING_LEAD_RE,
  deniedForm,
  holds,
  nameAmong,
  names,
  nameWithBeside,
  negatedTail,
  window,
} from './rules/naming';
import { alternatives, compactText, sharesRun } from './text';
import {
  ALL_ITEMS_WORDS,
  LIGHT_VERBS,
  COUNT_UNITS,
  ANY_ONE_LEADS,
  LACK_VERBS,
  PERSON_UNITS,
  DELAY_ANSWER_LEADS,
  DEGREE_WORDS,
  FAULT_HINT_WORDS,
  TIMING_WORDS,
  DELAY_WORDS,
  PROVIDED_DATA,
  EARLY_WORDS,
  NO_ISSUE_WORDS,
  NO_FAULT_WORDS,
  NEGATIONS,
  PARTLY_DONE_DEGREES,
  NON_NEGATING,
  ADDED_ON_ENDINGS,
  ADDED_ON_WORDS,
  ALL_MET_LEADS,
  BARE_MAGNITUDES,
  ONLY_LEADS,
  NUMBER_SAID_RE,
  SMALL_NUMERALS,
  MET_ENDINGS,
  NO_ITEMS_WORDS,
  QUANTITY_TURNING_WORDS,
  NO_WORDS,
  ON_TIME_WORDS,
  PERCENT_POINT_WORDS,
  QUANTITY_UNITS,
  UNMET_WORDS,
  COUNT_HEDGES,
  SHORTFALL_OBJECTS,
  SHORTFALL_VERBS,
  SCORED_UNITS,
  HALVED_TIME_UNITS,
  SHORTAGE_WORDS,
  FOUND_NONE_LEADS,
  NONE_OF_WORDS,
  ALREADY_WORDS,
  ANSWER_SCOPE_LEADS,
  LISTED_AS_A_WHOLE,
  CONTRAST_WORDS,
  ISSUE_NOUNS,
  SETBACK_WORDS,
  DENYING_LEADS,
  TOTAL_COUNT_WORDS,
  DONE_COUNT_WORDS,
  NONE_AT_ALL,
  ISSUE_VERBS,
  LIST_NEGATIONS,
  BARE_YES_WORDS,
  DONE_LEADS,
  PRESENCE_LEADS,
  DENYING_WORDS,
  PARTIAL_WORDS,
  DONE_WORDS,
  TIME_UNITS,
  VALUE_ONLY_UNITS,
  MET_WORDS,
  YES_WORDS,
  AFFIRMED_STATE_WORDS,
  AFFIRMED_THING_LEADS,
  GENERIC_WORDS,
  FAULT_CHAR_RE,
  PART_OF_LEADS,
} from './vocabulary/rules';

export type Read<T> =
  | { ok: true; value: T; text: string; suspicious?: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; text: string; message: string };

export interface Quantity {
  value: Decimal;
  unit: string | null;
  /** Written as a percentage (or %-formatted): value is in percentage points. */
  pct: boolean;
}

const MISSING: Read<never> = { ok: false, missing: true };

export function invalid<T>(text: string, message: string): Read<T> {
  return { ok: false, missing: false, text, message };
}

/**
 * `无方案、记录` → `无方案`, `无记录`: the lead (one of `leads`) of a list's first item leads each later item that
 * has none of its own (`hasOwn`: by default, an item opening with a negation), as the rules' own lists are read.
 */
export function leadEach(
  list: readonly string[],
  leads: readonly string[],
  hasOwn: (item: string) => boolean = (item) => NEGATIONS.some((n) => item.startsWith(n)),
): string[] {
  const lead = leads.find((n) => list[0]?.startsWith(n));
  return list.map((p, i) => (i > 0 && lead !== undefined && !hasOwn(p) ? lead + p : p));
}

/** The cell's text for display and parsing; null when the cell is empty. */
function cellText(input: InputValue | null): string | null {
  if (input === null || input.value === null) return null;
  const raw = typeof input.value === 'string' ? input.value : String(input.value);
  // (`迟报半天`, `少半小时`: half a day or an hour is a count of it, as the rule's `每迟报半天` is.)
  const text = compactText(raw).replace(HALF_TIME_SAID_RE, '0.5$1$2');
  return text === '' ? null : text;
}
/** `半天`, `半小时`, `半个工作日` (never `每半天`, a period). */
const HALF_TIME_SAID_RE = new RegExp(`(?<![每\\d.])半(个)?(${alternatives(HALVED_TIME_UNITS)})`, 'g');

function isPercentFormat(format: string | undefined): boolean {
  // `0.00%` but not a literal `"%"` inside quotes meaning something else.
  return format !== undefined && /%/.test(format.replace(/"[^"]*"/g, ''));
}

const NUMBER_RE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)/;
const UNITS = [...QUANTITY_UNITS, ...PERCENT_POINT_WORDS, ...VALUE_ONLY_UNITS, '%'].sort(
  (a, b) => b.length - a.length,
);

/** `92.5%`, `73个`, `218.68万元`, `1,200`: number, optional unit, nothing else. */
function parseNumberText(text: string): { value: Decimal; unit: string | null } | null {
  const m = NUMBER_RE.exec(text);
  if (m === null) return null;
  const rest = text.slice(m[0].length);
  const value = new Decimal(m[0].replace(/,/g, ''));
  if (rest === '') return { value, unit: null };
  const unit = UNITS.find((u) => u === rest);
  return unit === undefined ? null : { value, unit };
}

/** A quantity with or without unit; a %-formatted number counts as a percentage. */
export function readQuantity(input: InputValue | null): Read<Quantity> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  if (typeof input.value === 'number') {
    if (!Number.isFinite(input.value)) return invalid(text, `“${text}”不是数值`);
    const raw = new Decimal(input.value);
    if (isPercentFormat(input.format)) {
      const points = raw.times(100);
      return { ok: true, value: { value: points, unit: null, pct: true }, text: `${formatPlain(points)}%` };
    }
    return { ok: true, value: { value: raw, unit: null, pct: false }, text: formatPlain(raw) };
  }
  if (typeof input.value === 'boolean') return invalid(text, `“${text}”不是数值`);
  // `第2名`: a rank, in the unit 名.
  const n = parseNumberText(text.replace(/^第(?=\d+名$)/, ''));
  if (n === null) return invalid(text, `无法读出数值：“${text}”`);
  const pct = n.unit === '%' || (n.unit !== null && PERCENT_POINT_WORDS.includes(n.unit));
  const unit = pct ? null : n.unit;
  return {
    ok: true,
    value: { value: n.value, unit, pct },
    text: pct ? `${formatPlain(n.value)}%` : `${formatPlain(n.value)}${unit ?? ''}`,
  };
}

/** Words around a number that make it a shortfall or excess (`缺`, `超编`), unless the measure says so too. */
export function turnsQuantity(words: string, measure = ''): boolean {
  return words !== '' && !measure.includes(words) && QUANTITY_TURNING_WORDS.some((t) => words.includes(t));
}

/**
 * `参加3次`, `张贴2张`, `分管领导参加4次`: a quantity with words naming what was counted. The words
 * must not turn the number round — a shortfall or excess (`缺1次`, `超编2人`, `未完成2项`) is another
 * quantity — unless the measure's own name says the same (`迟报2天` against bands on `迟报…天`).
 */
export function readLabelledQuantity(
  input: InputValue | null,
  unit: string | null,
  measure = '',
): Read<Quantity> {
  const direct = readQuantity(input);
  if (direct.ok || direct.missing || typeof input?.value !== 'string') return direct;
  const text = compactText(input.value);
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
  if (numbers.length !== 1) return direct;
  const m = numbers[0];
  const before = text.slice(0, m.index);
  const rest = text.slice((m.index ?? 0) + m[0].length);
  const found = UNITS.find((u) => rest.startsWith(u)) ?? null;
  const after = rest.slice(found?.length ?? 0);
  if (found !== null && found !== unit && found !== '%') return direct;
  if (turnsQuantity(before, measure) || turnsQuantity(after, measure) || /\d/.test(after)) return direct;
  // An ordinal, a sign or a bound is not the amount itself.
  if (notExact(before, after)) return direct;
  const pct = found === '%';
  const value = new Decimal(m[0]);
  return {
    ok: true,
    value: { value, unit: pct ? null : found, pct },
    text: `${formatPlain(value)}${found ?? ''}`,
  };
}

/** `1天上报`: a time, then the verb done (no fault in it). */
const DONE_AFTER_TIME_RE = new RegExp(`^(.*\\d(?:${alternatives(TIME_UNITS)}))([\u4e00-\u9fff]{2,4})$`);

/** Time past a deadline: `延期2个月`, `超过5天`, `3`; `按时`/`无` are none. */
export function readDelay(input: InputValue | null): Read<Quantity> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  // (`按时提交`, `按期上报`: a word of timing, then the verb done.)
  const timing = TIMING_WORDS.find((w) => ON_TIME_WORDS.includes(w) && text.startsWith(w));
  const verb = timing === undefined ? '' : text.slice(timing.length);
  if (ON_TIME_WORDS.includes(text) || (/^[\u4e00-\u9fff]{2,4}$/.test(verb) && !FAULT_CHAR_RE.test(verb)))
    return { ok: true, value: { value: new Decimal(0), unit: null, pct: false }, text };
  const prefix = DELAY_ANSWER_LEADS.find((w) => text.startsWith(w));
  // (`延迟1天上报`: the verb done, after the time.)
  const done = DONE_AFTER_TIME_RE.exec(text);
  const time = done !== null && !FAULT_CHAR_RE.test(done[2]) ? done[1] : text;
  const q = readQuantity(
    prefix ? { value: time.slice(prefix.length) } : time === text ? input : { value: time },
  );
  if (q.ok && !q.value.pct && !q.value.value.isNegative()) return { ...q, text };
  if (!q.ok && q.missing) return q;
  return invalid(text, `无法读出延期时间：“${text}”（可写3天、延期2个月或按时）`);
}

/** `个月` and `月`, `日` and `天`: one unit of time spelt two ways (`工作日` stays its own). */
function timeUnit(unit: string): string {
  const bare = unit.replace(/^个/, '');
  return bare === '日' ? '天' : bare;
}

/**
 * A delay in the rule's unit (`按时` is 0, a bare number is taken in it). Another unit is refused, not
 * converted: a month is no fixed number of days, and a delay read in the wrong unit is a wrong score.
 */
export function readDelayIn(
  input: InputValue | null,
  unit: string,
  /** The one deadline the rule sets (`3月31日前报送`): a day the answer gives is so many days past it. */
  due: Deadline | null = null,
): Read<Decimal> {
  // `提前5天`: finished before the deadline, a delay below 0.
  const text = cellText(input);
  // `4月3日报送` against `3月31日前报送，每逾期一天扣0.5分`: 3 days late; `第7个工作日` against `5个工作日内`: 2.
  const done = due === null || text === null ? null : doneBy(due, text);
  if (done !== null && text !== null) {
    const past = timeUnit(unit) === timeUnit(done.unit) ? done.past : null;
    return past === null
      ? invalid(text, `无法由“${text}”算出延期${unit}数，请填写延期时间（如：延期3${unit}）`)
      : {
          ok: true,
          value: new Decimal(past),
          text: past === 0 ? `${text}（按时）` : `${text}（延期${past}${unit}）`,
        };
  }
  const early = text === null ? undefined : EARLY_WORDS.find((w) => text.startsWith(w));
  if (early !== undefined && text !== null) {
    const ahead = readDelayIn({ value: text.slice(early.length) }, unit);
    return ahead.ok ? { ok: true, value: ahead.value.negated(), text } : ahead;
  }
  const q = readDelay(input);
  if (!q.ok) return q;
  if (q.value.unit !== null && timeUnit(q.value.unit) !== timeUnit(unit))
    return invalid(q.text, `延期时间“${q.text}”的单位与评分标准（按${unit}计）不同，请换算为${unit}后填写`);
  return { ok: true, value: q.value.value, text: q.text };
}

/** Units of one kind that convert exactly: money, head counts, mass and length. */
const SCALES: Readonly<Record<string, readonly [string, number]>> = {
  元: ['money', 1],
  千元: ['money', 1e3],
  万元: ['money', 1e4],
  // `5-10万` in a rule on funds: 万 stands for 万元.
  万: ['money', 1e4],
  百万元: ['money', 1e6],
  百万: ['money', 1e6],
  千万元: ['money', 1e7],
  千万: ['money', 1e7],
  亿元: ['money', 1e8],
  亿: ['money', 1e8],
  人: ['people', 1],
  // (`配备专职工作人员3名`: a head count, as 人 is.)
  名: ['people', 1],
  万人: ['people', 1e4],
  人次: ['visits', 1],
  万人次: ['visits', 1e4],
  公斤: ['mass', 1],
  千克: ['mass', 1],
  吨: ['mass', 1e3],
  米: ['length', 1],
  公里: ['length', 1e3],
  千米: ['length', 1e3],
  km: ['length', 1e3],
  KM: ['length', 1e3],
  厘米: ['length', 1e-2],
  毫米: ['length', 1e-3],
  平方米: ['area', 1],
  平米: ['area', 1],
  '㎡': ['area', 1],
  'm²': ['area', 1],
  m2: ['area', 1],
  M2: ['area', 1],
  公顷: ['area', 1e4],
  平方公里: ['area', 1e6],
};

/** The scales two units convert by, a bare magnitude (`BARE_MAGNITUDES`) taking the other's kind; null when they differ. */
function scalesOf(a: string, b: string): readonly [number, number] | null {
  const [x, y] = [SCALES[a], SCALES[b]];
  if (!x || !y) return null;
  return x[0] === y[0] || BARE_MAGNITUDES.includes(a) || BARE_MAGNITUDES.includes(b) ? [x[1], y[1]] : null;
}

/** `1亿元` in 万元 is 10000: a value moved between two units of one kind, or null when they differ in kind. */
export function rescale(value: Decimal, from: string, to: string): Decimal | null {
  if (from === to) return value;
  const by = scalesOf(from, to);
  return by === null ? null : value.times(by[0]).div(by[1]);
}

/** What a unit measures (`money`, `people`, `count`, `time`), when it is known; null otherwise. */
function unitKind(unit: string | null): string | null {
  if (unit === null) return null;
  if (SCALES[unit]) return SCALES[unit][0];
  if (COUNT_UNITS.includes(unit)) return 'count';
  return TIME_UNITS.includes(unit) ? 'time' : null;
}

/** A unit the readers list (`个`, `万元`, `%`); any other (`粒`, `TB`) is compared only as written. */
export function isListedUnit(unit: string): boolean {
  return UNITS.includes(unit);
}

/** `万元`, `元`, `亿元`: a sum of money. */
export function isMoney(unit: string | null): boolean {
  return unitKind(unit) === 'money';
}

/** `人` and `次`, `次` and `万元`: units that measure different things (SPEC §2: they must match). */
export function otherKinds(a: string | null, b: string | null): boolean {
  const [x, y] = [unitKind(a), unitKind(b)];
  return x !== null && y !== null && x !== y && (a === null || b === null || scalesOf(a, b) === null);
}

/**
 * A quantity in the unit a rule or target states: money and head counts convert (218680元 → 21.868万元);
 * any other difference is compared by number with a warning, since it is most likely a slip.
 */
export function inUnit(
  q: Quantity,
  unit: string | null,
  pct: boolean,
): { value: Decimal; mismatch: string | null } {
  const shown = (u: string | null, p: boolean) => (p ? '%' : (u ?? '无单位'));
  if (pct !== q.pct && (q.unit !== null || (!pct && unit !== null))) {
    return {
      value: q.value,
      mismatch: `实际值单位“${shown(q.unit, q.pct)}”与要求的“${shown(unit, pct)}”不一致，已按数值比较，请核对`,
    };
  }
  if (unit === null || q.unit === null || unit === q.unit) return { value: q.value, mismatch: null };
  const by = scalesOf(q.unit, unit);
  if (by !== null) return { value: q.value.times(by[0]).div(by[1]), mismatch: null };
  return { value: q.value, mismatch: `实际值单位“${q.unit}”与要求的“${unit}”不一致，已按数值比较，请核对` };
}

/** A rate in percentage points: `95%` → 95; a bare number is already in points (`95` → 95%). */
export function readRate(input: InputValue | null): Read<Decimal> {
  // `45/50`: so many of so many, the share done — when it is a whole percentage to two places (`2/3` would
  // have to be rounded, which the rule does not say how).
  const said = cellText(input);
  const of = said === null ? null : /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(said);
  const share = of !== null && Number(of[2]) > 0 ? new Decimal(of[1]).div(of[2]).times(100) : null;
  if (share !== null && share.lte(100) && share.eq(share.toDecimalPlaces(2)))
    return { ok: true, value: share, text: `${said}（${formatPlain(share)}%）` };
  const counted = said === null ? null : shareOfCounts(compactText(said));
  if (counted !== null) return { ok: true, value: counted, text: `${said}（${formatPlain(counted)}%）` };
  const q = readQuantity(input);
  if (!q.ok) return q.missing ? MISSING : invalid(q.text, `无法读出百分比：“${q.text}”`);
  const { value, unit, pct } = q.value;
  if (unit !== null) return invalid(q.text, `“${q.text}”是数量，不是百分比`);
  const text = pct ? q.text : `${formatPlain(value)}%`;
  const result: Read<Decimal> = { ok: true, value, text };
  if (!pct && value.gt(0) && value.lt(1)) {
    result.suspicious = `实际值“${formatPlain(value)}”没有百分号，按${text}计；若指${formatPlain(value.times(100))}%，请写成百分比`;
  }
  return result;
}

const TOTAL_LEAD = alternatives(TOTAL_COUNT_WORDS);
const DONE_LEAD = alternatives(DONE_COUNT_WORDS);
const COUNTED = `(\\d+(?:\\.\\d+)?)([\\u4e00-\\u9fff]{0,2})`;
/** What was done, said in words before its count: no issue found (`发现`), no fault in it (`未完成`). */
const DONE_SAID = `((?!${alternatives(ISSUE_VERBS)})(?:(?!${FAULT_CHAR_RE.source})[\\u4e00-\\u9fff]){0,4}?)`;
/**
 * `抽查20个，合格18个`, `完成1500亩，任务2000亩`, `8座完成6座`, `6家中完成4家`, `关停8个，任务10个`: so many done of so
 * many, each shape with its groups of [done words, done, its unit, all, its unit].
 */
const SO_MANY_OF: readonly { re: RegExp; groups: readonly [number, number, number, number, number] }[] = [
  { re: new RegExp(`^(?:${TOTAL_LEAD})${COUNTED}[,，;；]?${DONE_SAID}${COUNTED}$`), groups: [3, 4, 5, 1, 2] },
  {
    re: new RegExp(`^${DONE_SAID}${COUNTED}[,，;；(（]?(?:${TOTAL_LEAD})${COUNTED}[)）]?$`),
    groups: [1, 2, 3, 4, 5],
  },
  { re: new RegExp(`^${COUNTED}中${DONE_SAID}${COUNTED}$`), groups: [3, 4, 5, 1, 2] },
  { re: new RegExp(`^${COUNTED}(${DONE_LEAD})${COUNTED}$`), groups: [3, 4, 5, 1, 2] },
];
const ALL_OF_RE = new RegExp(`^(?:${TOTAL_LEAD})${COUNTED}[,，;；]?(?:全部|均|都)(?:${DONE_LEAD})$`);

/** So many done of so many, and the words the done ones were said in (`完成`; empty when all are said done). */
export interface CountsOfAll {
  done: Decimal;
  all: Decimal;
  words: string;
}

/**
 * So many done of so many (`抽查20个，合格18个`, `6家中完成4家`): both counts in one unit (or one of them bare), none
 * done beyond all; null for anything else.
 */
export function countsOfAll(said: string): CountsOfAll | null {
  const every = ALL_OF_RE.exec(said);
  if (every !== null && Number(every[1]) > 0) {
    const all = new Decimal(every[1]);
    return { done: all, all, words: '' };
  }
  for (const { re, groups } of SO_MANY_OF) {
    const m = re.exec(said);
    if (m === null) continue;
    const [words, done, doneUnit, all, allUnit] = groups.map((g) => m[g]);
    if (doneUnit !== '' && allUnit !== '' && doneUnit !== allUnit) return null;
    const [d, a] = [new Decimal(done), new Decimal(all)];
    return a.gt(0) && d.lte(a) ? { done: d, all: a, words } : null;
  }
  return null;
}

/** The share done (`抽查20个，合格18个` → 90%) when it is a whole percentage to two places (the rule does not say how to round). */
function shareOfCounts(said: string): Decimal | null {
  const counts = countsOfAll(said);
  if (counts === null) return null;
  const share = counts.done.div(counts.all).times(100);
  return share.eq(share.toDecimalPlaces(2)) ? share : null;
}

const COUNT_NUMBER_RE =
  /(\d+(?:\.\d+)?)|([零〇一二两三四五六七八九十]{1,3})(?=[^零〇一二两三四五六七八九十]|$)/g;
const UNITS_BY_LENGTH = [...QUANTITY_UNITS].sort((a, b) => b.length - a.length);
/** `第2`, `-2`, `2项以上`, `约95%`, `1个半`: an ordinal, a sign, a bound or a guess around a number. */
function notExact(before: string, after: string): boolean {
  // (A one-character hedge only beside the number: `约10处`, `10余处`; `多报1处` reports too much, it hedges nothing.)
  return (
    /[-－第]$/.test(before) ||
    COUNT_HEDGES.some((h) => (h.length > 1 ? before.includes(h) : before.endsWith(h)) || after.startsWith(h))
  );
}

/** `95分` (never `95分钟`): points, a score written where a value is asked. */
function isPoints(after: string): boolean {
  return after.startsWith('分') && !after.startsWith('分钟');
}

/**
 * A count of things: `0`, `2`, `发现2类问题`, `超编3人`, `少报2次`, `三处`, `无`. Words may stand
 * around the one number; a unit after it must be a count (or the rule's own unit). Counts of issues and
 * items are whole numbers.
 */
export function readCount(input: InputValue | null, unit: string | null = null): Read<Decimal> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  if (NO_ISSUE_WORDS.includes(text)) return { ok: true, value: new Decimal(0), text: '0' };
  if (typeof input.value === 'number' && isPercentFormat(input.format))
    return invalid(text, `“${text}”是百分比，不是个数`);
  // `三处`, `发现两起`: a numeral in words counts only before a measure word (or alone); in `一般偏上`,
  // `差一点` it is part of a word.
  const numbers = [...text.matchAll(COUNT_NUMBER_RE)].filter(
    (m) =>
      m[1] !== undefined ||
      m[0] === text ||
      UNITS_BY_LENGTH.some((u) => text.startsWith(u, (m.index ?? 0) + m[0].length)),
  );
  const bad = invalid<Decimal>(text, `无法读出个数：“${text}”`);
  if (numbers.length !== 1) return bad;
  const m = numbers[0];
  const value =
    m[1] !== undefined
      ? new Decimal(m[1])
      : chineseNumber(m[2]) === null
        ? null
        : new Decimal(chineseNumber(m[2]) as number);
  if (value === null) return bad;
  const after = text.slice((m.index ?? 0) + m[0].length);
  if (after.startsWith('%') || PERCENT_POINT_WORDS.some((w) => after.startsWith(w)))
    return invalid(text, `“${text}”是百分比，不是个数`);
  if (isPoints(after) && unit !== '分') return invalid(text, `“${text}”是得分，不是个数`);
  const found = UNITS_BY_LENGTH.find((u) => after.startsWith(u)) ?? null;
  // `-2`, `第2`, `2项以上`, `不少于3次`, `1个半`: not how many, or not exactly.
  const before = text.slice(0, m.index ?? 0);
  const rest = after.slice(found?.length ?? 0);
  if (notExact(before, rest))
    return invalid(text, `无法读出确切的个数：“${text}”，请填写发现的个数（如：2处）`);
  // (`少2平方米` against `每少1m2`: another spelling, or a unit that converts, of the rule's own.)
  const scaled = found !== null && unit !== null && found !== unit ? rescale(value, found, unit) : null;
  if (scaled !== null) return { ok: true, value: scaled, text: `${formatPlain(scaled)}${unit}` };
  const counting = unit === null || COUNT_UNITS.includes(unit);
  // (`专项督查少3次` against `缺一项扣1分`: items listed and times done are not one count.)
  const itemsOrTimes = (u: string | null) => u === '项' || u === '次';
  const crossed =
    found !== null && unit !== null && found !== unit && itemsOrTimes(found) && itemsOrTimes(unit);
  if (crossed || (found !== null && found !== unit && !(counting && COUNT_UNITS.includes(found))))
    return invalid(text, `“${text}”的单位是“${found}”，评分标准按“${unit ?? '个数'}”计`);
  if (counting && !value.isInteger()) return invalid(text, `个数应为整数：“${text}”`);
  return { ok: true, value, text: `${formatPlain(value)}${found ?? ''}` };
}

/**
 * `露天粪缸2处，简易棚厕1处`, `漏报1例，错报2例`: issues counted piece by piece, each naming what it counts;
 * their sum. Null when the answer is not such a list (then it is read as one count).
 */
export function readCountsNamed(
  input: InputValue | null,
  unit: string | null,
  /** A piece counting what was done, not issues (`召开3次`): then the list is not read. */
  done: (piece: string) => boolean,
): Read<Decimal> | null {
  const text = cellText(input);
  if (text === null) return null;
  // (`发现危房1处、违章建筑2处`: a 、 between pieces each with its count parts them as a comma does.)
  const pieces = text
    .split(/[,，;；]+/)
    .filter((p) => p !== '')
    .flatMap((p) => {
      const listed = p.split('、');
      return listed.length > 1 && listed.every((x) => /\d/.test(x)) ? listed : [p];
    });
  if (pieces.length < 2) return null;
  let sum = new Decimal(0);
  for (const piece of pieces) {
    // (`不达标1处，达标5处`: a count of things in order is no issue.)
    const met =
      !/[不未没无缺少差漏错]/.test(piece) &&
      ([...MET_ENDINGS, ...MET_WORDS].some((w) => piece.includes(w)) || piece.includes('已'));
    // (`发现问题3处，其中1处已整改`: a part of the count before, counted again — or a thing put right, `另有1处已整改`:
    // neither adds to the issues.)
    if (met || done(piece) || PART_OF_BEFORE_RE.test(piece)) return null;
    const n = readCount({ value: piece }, unit);
    // Each piece names its issue in words (a bare `2处，3处` says nothing of what).
    if (!n.ok || !/[\u4e00-\u9fff]{2,}/.test(piece.replace(/[零〇一二两三四五六七八九十]/g, ''))) return null;
    sum = sum.plus(n.value);
  }
  return { ok: true, value: sum, text };
}

/** `其中1处…`, `含2项…`: a piece counting part of the one before. */
const PART_OF_BEFORE_RE = new RegExp(`^(?:${alternatives(PART_OF_LEADS)})`);

const SHORTFALL_RE = new RegExp(
  `^(?:${SHORTFALL_VERBS.join('|')})(?:${SHORTFALL_OBJECTS.join('|')})?(\\d+(?:\\.\\d+)?)(\\S*)$`,
);

/**
 * `少1次`, `少完成50亩`, `少25人次`: a shortfall said as such — its verb, perhaps what was short, the amount and
 * the unit it is in (`''` when none is written); null for any other answer.
 */
export function readShortfall(input: InputValue | null): { amount: Decimal; unit: string } | null {
  if (input === null || typeof input.value !== 'string') return null;
  const m = SHORTFALL_RE.exec(compactText(input.value));
  return m === null ? null : { amount: new Decimal(m[1]), unit: m[2] };
}

/** What a fault is named by (its words, and `①` when the rule numbers it). */
export interface FaultName {
  label: string;
  marker: string;
  /** Counted per occurrence (`每处扣1分`): a bare number answers how often. */
  perOccurrence: boolean;
  /** Counted by what is short (`每少一个扣0.5分`): `少2个` names it by the verb alone. */
  shortfall?: boolean;
  /** Counted in a time unit (`每迟报一天`): a count in another unit (`迟报2个月`) does not answer it. */
  unit?: string | null;
  /** Counted in a measure word (`错一笔扣1分`): `错2笔` names it by its last words and that word. */
  counter?: string;
  /** The noun counted (`小区`), which an answer may close its count with (`…未正常运行2个小区`). */
  counted?: string;
  /** Points it costs; null when it gives nothing (一票否决). */
  amount?: Decimal | null;
  /** `满意率达不到90%`: a measure falling in a condition, named by the measure and its value (`满意率85%`). */
  measure?: { subject: string; cond: Condition };
  /** The words a fault's step counts (`投诉` in `无故拒载乘客每投诉一次`), which an answer may name it with. */
  verb?: string;
  /** The standard's words before the fault (`每季度召开议事会议`), which an answer may add to its own. */
  context?: string;
}

const BARE_COUNT_RE = /^(\d+)(次|处|个|件|起|项|条|例)?$/;
/** A thing said missing on its own: `未进校园`, `缺台账`. */
const OWN_DENIAL_RE = /^(缺少|缺失|缺|少|没有|未|无)(?=.{2,})/;
/** `半年小结` for `半年有工作小结`: a listed thing said short, the item's first words and its last two whole. */
function shortened(said: string, item: string): boolean {
  if (said.length < 4) return false;
  const w = window(said, item);
  return (
    w !== null &&
    w.length <= said.length + 3 &&
    item.slice(w.start).startsWith(said.slice(0, 2)) &&
    item.endsWith(said.slice(-2))
  );
}
/** `两项均未做到`, `都没有`: every requirement the faults deny, unmet. */
const EVERY_UNMET_RE =
  /^(?:([\d一二两三四五六七八九十]+)项)?(?:均|都|全部|全)(?:未|没有|没)(?:做到|落实|完成|达到)?$/;
/** `两表都缺`, `三项均缺`: every thing the faults name, missing — with or without how many, and what they are. */
const EVERY_MISSING_RE =
  /^(?:([\d一二两三四五六七八九十]+)(?:项|个|种|份|本|[\u4e00-\u9fff]))?(?:均|都|全部|全)(?:缺少|缺失|缺)$/;
/** `三项均存在`, `全部发生`: every listed fault said present, with or without how many there are. */
const EVERY_FAULT_RE = new RegExp(
  `^(?:([\\d一二两三四五六七八九十]+)项(?:问题|情形)?)?(?:均|都|全部|全)(?:${ISSUE_VERBS.join('|')})$`,
);

/** `3`, `3处`: a count and nothing else, or null when the text says more. */
export function readBareCount(input: InputValue | null): Read<Decimal> | null {
  const text = cellText(input);
  const m = text === null ? null : BARE_COUNT_RE.exec(text);
  return m && text !== null ? { ok: true, value: new Decimal(m[1]), text } : null;
}

/** What a list of bonuses is called in messages (and the reading only bonuses get). */
export const BONUS_ITEMS = '加分事项';

/**
 * `省级表彰` against bonuses that differ only in their level (`…获得表彰表扬的,部级` / `,省级` / `,市级`): the
 * answer holds the words of exactly one of them that the others lack. For bonuses only: of faults, words a
 * fault shares with the answer may name another fault (`记录不全` is not `无记录`).
 */
function namedByWhatDiffers(words: string, labels: readonly string[]): { index: number } | null {
  if (labels.length < 2 || NEGATIONS.some((n) => words.includes(n))) return null;
  const head = commonPrefix(labels).length;
  const rests = labels.map((l) => l.slice(head));
  const tail = commonSuffix(rests).length;
  const parts = rests.map((r) => r.slice(0, r.length - tail));
  if (parts.some((d) => d.length === 0)) return null;
  const held = parts.flatMap((d, k) => (words.includes(d) ? [k] : []));
  return held.length === 1 ? { index: held[0] } : null;
}

/** An issue said there and nothing more: `有问题`, `存在问题`, `发现错误`, `发生`. */
const BARE_ISSUE_RE = new RegExp(
  `^(?:(?:有|${ISSUE_VERBS.join('|')})(?:问题|错误)|${ISSUE_VERBS.join('|')})$`,
);

export function isBareIssue(text: string): boolean {
  return BARE_ISSUE_RE.test(text);
}

/**
 * The faults an input names, with how often: `未实行竞聘上岗，内部事企不分`, `主街2处，小街小巷3处`,
 * `①③`, a bare count when the rule has one fault to count, or none (`无`, `是`, `符合`, the rule's own
 * clean statement). Each piece names exactly one fault (see rules/naming.ts); a piece that names none
 * or two is not guessed.
 */
export function readFaults(
  input: InputValue | null,
  faults: readonly FaultName[],
  clean: readonly string[] = [],
  /** What the rule lists, in messages: `扣分情形`, or `加分事项` for bonuses. */
  what = '扣分情形',
  /** The one deadline the rule sets (`每年3月31日前…`), which a day the answer gives is measured against. */
  due: Deadline | null = null,
): Read<Map<number, Decimal>> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  const found = new Map<number, Decimal>();
  // (`参加了培训会议` names what `不参加培训会议` denies: the particle 了 says nothing of which.)
  const tidy = (s: string) =>
    compactText(s)
      .replace(/^[、,;。]+|[、,;。的]+$/g, '')
      .replace(/(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])/g, '');
  const labels = faults.map((f) => tidy(f.label));
  const cleanLabels = clean.map(tidy);
  const none: Read<Map<number, Decimal>> = { ok: true, value: found, text: '无' };
  // `无` means no fault, unless a fault itself starts so (`无规划`): then it is not clear which.
  // `有批准文件：2分；没有批准文件：0分`: a question of presence, which `有` and `无` answer.
  // (`有项目年度工作计划…计2分，没有不得分`: a bare `没有` is the same question's no.)
  const absent = labels.flatMap((l, k) => {
    const what = /^(没有|无)(.*)$/.exec(l)?.[2];
    if (what === undefined) return [];
    return cleanLabels.some((c) => (what === '' ? c.startsWith('有') : c === `有${what}`)) ? [k] : [];
  });
  /** A shortfall named by the standard it counts from (`资料完整,缺1个…`), not by a fault's words. */
  const isStandard = (k: number) =>
    faults[k].shortfall === true && !DENYING_WORDS.some((n) => labels[k].includes(n));
  const said = text.toUpperCase();
  // (`有问题`, `存在问题`, `发生`: an issue said there, not which — never none of them.)
  if (isBareIssue(text)) return invalid(text, `“${text}”没有写明是哪一项${what}，请写出${what}的原话`);
  // `3月28日已公开` against `每年3月31日前…公开…（未公开的不得分；未及时公开的扣2分）`: the day it was done, measured
  // against the rule's one deadline — by then no fault; after it, the one fault of timing. (Only where the faults
  // are that timing and the thing not done at all: a day says nothing of `内容不全`.)
  const byDeadline = due === null ? null : doneBy(due, text);
  if (byDeadline !== null) {
    const late = labels.flatMap((l, k) => (isLate(l) ? [k] : []));
    const notDone = (l: string) => {
      const what = /^(未|没有|不)(.{2,})$/.exec(l)?.[2];
      return what !== undefined && late.length === 1 && labels[late[0]].endsWith(what);
    };
    const when = byDeadline.when;
    if (late.length === 1 && labels.every((l, k) => k === late[0] || notDone(l)) && when !== 'unclear')
      return when === 'on-time' ? none : { ok: true, value: new Map([[late[0], new Decimal(1)]]), text };
    return invalid(text, `无法确定“${text}”对应评分标准中的哪一项${what}，请写出${what}的原话`);
  }
  // `是` to one bonus (`获得市级表彰的，加5分`) says it was earned, `否` that nothing was — the other way
  // round from a fault's yes/no. (Which of several, or how many of one counted each time, is not said.)
  if (what === BONUS_ITEMS && (YES_WORDS.includes(said) || NO_WORDS.includes(said))) {
    if (NO_WORDS.includes(said)) return none;
    if (faults.length === 1 && !faults[0].perOccurrence)
      return { ok: true, value: new Map([[0, new Decimal(1)]]), text };
    return invalid(text, `评分标准有${faults.length}项${what}，请写明是哪一项（如：${faults[0].label}）`);
  }
  if (absent.length === 1 && (said === '有' || YES_WORDS.includes(said))) return none;
  // `开展专题调研2次` against `…有专题调研,得2分,没有的不得分`: the thing a bare 没有 denies, said done so often.
  const thingThere =
    faults.length === 1 && /^(没有|无)$/.test(labels[0]) ? thingCounted(text, cleanLabels) : null;
  if (thingThere !== null)
    return thingThere.isZero() ? { ok: true, value: new Map([[0, new Decimal(1)]]), text } : none;
  if (absent.length === 1 && (said === '无' || said === '没有' || NO_WORDS.includes(said)))
    return { ok: true, value: new Map([[absent[0], new Decimal(1)]]), text };
  const saysNone = (w: string) =>
    (NO_FAULT_WORDS.includes(w.toUpperCase()) || NO_ISSUE_WORDS.includes(w)) &&
    !labels.some((l) => l.startsWith(w) && !NON_NEGATING.some((n) => l.startsWith(n)));
  // `没有` against `没有不得分；名称不规范的扣1-2分`: a fault's own words, whole, name it — even words of none.
  // (`资料完整` against `资料完整,缺1个扣0.5分`: what a shortfall counts from, said back, is that standard met.)
  const exactly = labels.indexOf(tidy(text));
  if (exactly !== -1 && isStandard(exactly)) return none;
  if (exactly !== -1) return { ok: true, value: new Map([[exactly, new Decimal(1)]]), text };
  if (saysNone(text)) return none;
  // `5月28日报送，在规定时间内` against the one fault `未在规定时间内报送`; `出席活动3次` against `未提供数据不得分`.
  if (faults.length === 1 && (timingSaidMet(text, labels[0]) || dataGiven(text, labels[0]))) return none;
  // `完成率98%`, `超额完成` against the one fault `未完成…任务`: done means the whole of it.
  const done = faults.length === 1 ? completionSaid(text, labels[0]) : null;
  if (done !== null) return done ? none : { ok: true, value: new Map([[0, new Decimal(1)]]), text };
  // (`A和B均符合要求`: the 均 speaks for every thing named, which are not read one by one.)
  if (TOPICAL_MET_RE.test(compactText(text)) && saysAllMet(text)) return none;
  // `无` to a list of faults, some of which start so (`无专职人员扣1分，未挂牌扣1分`): none of them — one
  // fault alone may be what `无` names, several cannot be.
  if (faults.length > 1 && NONE_AT_ALL.includes(text)) return none;
  // `三项均存在`, `均发生`: every fault the rule lists, each once (a count, if said, must be all of them).
  // (`两项均未做到` against faults that each deny a requirement: every requirement unmet.)
  // (`两表都缺` against `缺1999年表的扣5分；缺1988年表的扣3分`: every thing the faults say is missing, missing.)
  const every =
    EVERY_FAULT_RE.exec(compactText(text)) ??
    (labels.every((l) => NEGATIONS.some((n) => l.includes(n)))
      ? EVERY_UNMET_RE.exec(compactText(text))
      : null) ??
    (labels.every((l) => /^(缺少|缺失|缺)/.test(l)) ? EVERY_MISSING_RE.exec(compactText(text)) : null);
  const listed =
    every === null
      ? null
      : every[1] === undefined
        ? faults.length
        : /\d/.test(every[1])
          ? Number(every[1])
          : chineseNumber(every[1]);
  // (Not when one fault holds another, `工期滞后` / `工期严重滞后`: whether both count is not written.)
  const nested = labels.some((a, i) => labels.some((b, j) => i !== j && holds(a, b)));
  if (
    every !== null &&
    listed === faults.length &&
    faults.length > 1 &&
    !nested &&
    faults.every((f) => !f.perOccurrence)
  )
    return { ok: true, value: new Map(faults.map((_, k) => [k, new Decimal(1)])), text };
  // `否` to a rule with one fault (`未落实的，扣2分`): the requirement was not met, so the fault holds.
  if (faults.length === 1 && !faults[0].perOccurrence && NO_WORDS.includes(text.toUpperCase()))
    return { ok: true, value: new Map([[0, new Decimal(1)]]), text };
  // `1、2`, `①③`: numbered faults named by their numbers. (Words for all, `均已清理`, say which way nothing;
  // a lone plain number, `2`, may as well say how many.)
  const numbers = compactText(text);
  if (
    faults.every((f) => f.marker !== '') &&
    /^[\d①-⑳,，、;；和及]+$/.test(numbers) &&
    !/^\d+$/.test(numbers)
  ) {
    const byNumber = readItems(input, faults.length);
    if (byNumber.ok) {
      for (const n of byNumber.value) found.set(n - 1, new Decimal(1));
      return { ok: true, value: found, text: byNumber.text };
    }
  }
  // A bare count answers a rule with one fault to count (`一次扣1分`): how often it happened.
  const counted = faults.flatMap((f, k) => (f.perOccurrence ? [k] : []));
  const bare = BARE_COUNT_RE.exec(text);
  if (bare) {
    if (Number(bare[1]) === 0) return none;
    // (Beside another fault, a bare count may as well count that one: `缺一项扣1分；…发现一处扣0.5分`.)
    const only = counted.length === 1 && faults.length === 1 ? counted[0] : -1;
    if (only === -1)
      return invalid(
        text,
        `评分标准有${faults.length}项${what}，请写明是哪一项（如：${faults[0].label}1次）`,
      );
    found.set(only, new Decimal(bare[1]));
    return { ok: true, value: found, text };
  }
  type Named = { k: number; count: Decimal } | 'none' | null;
  /** Faults a piece denies (`已提交说明` against `…但没有提交说明`). */
  const denied = new Set<number>();
  // (`2个月未开展培训`: read again with the count put last, where a fault's count is read, if not read as written.)
  const name = (whole: string, labels: readonly string[]): Named => {
    const named = nameAsWritten(whole, labels);
    const turned = timeCountLast(whole);
    return named === null && turned !== whole ? nameAsWritten(turned, labels) : named;
  };
  const nameAsWritten = (whole: string, labels: readonly string[]): Named => {
    const valued = measureSaid(whole, faults);
    if (valued !== undefined) return valued;
    const anyShort = anyOneShort(tidy(whole), labels, faults);
    if (anyShort !== undefined) return anyShort;
    // `少签订2个单位`, `缺1名专兼职计生干部`: a count inside the words counts what follows it.
    const inside = FAULT_COUNT_RE.test(whole) ? null : COUNT_INSIDE_RE.exec(whole);
    // (`投放设备未正常运行2个小区`: the noun a fault counts closes the count; the words before it name the fault.)
    const countedNoun = inside !== null && faults.some((f) => f.counted === inside[4]);
    // (`3个乡镇未按时下达` against `未按时下达任务扣1分`: who is counted, when no fault names them, scopes the count.)
    const scope = inside && SCORED_UNITS.find((u) => u.length > 1 && inside[4].startsWith(u));
    const scoped = scope && !labels.some((l) => l.includes(scope)) ? inside[4].slice(scope.length) : null;
    const piece = inside
      ? `${inside[1]}${countedNoun ? '' : (scoped ?? inside[4])}${inside[2]}${inside[3]}`
      : whole;
    const found = FAULT_COUNT_RE.exec(piece);
    // `四有`, `多杆合一`: a numeral in words is a count only before a measure word, never alone or before a noun.
    // (`缺1988年表`: a year names a thing, it counts nothing.)
    const year = found !== null && /^(19|20)\d\d$/.test(found[1]) && found[2] === '年';
    // (`1.5处`: a thing is counted whole; only a time has parts.)
    const part = found !== null && found[1].includes('.') && !TIME_UNITS.includes(found[2] ?? '');
    if (part) return null;
    // (`质量缺陷3%`, `缺1万元`: a share, or an amount of money, mass or length no fault is counted in, is no count of
    // faults.)
    const amount = (u: string | undefined) =>
      u !== undefined &&
      ['money', 'mass', 'length', 'area'].includes(unitKind(u) ?? '') &&
      !faults.some((f) => (f.counter ?? f.unit) === u);
    if (found !== null && (found[3] === '%' || amount(found[2]))) return null;
    const m = (found && found[2] === undefined && !/\d/.test(found[1])) || year ? null : found;
    const spoken = tidy(m ? piece.slice(0, m.index) : piece).replace(/^(共|发现|存在|出现|发生|查到)/, '');
    // `吸烟者1人` against `吸烟者扣0.5分`: the rule's 者 closed the fault's words (dropped from its label), and
    // closes the answer's the same way — unless a fault holds the 者 itself (`第三者责任险`).
    const said =
      spoken.endsWith('者') && !labels.some((l) => l.includes(spoken)) ? spoken.slice(0, -1) : spoken;
    // `年度计划少2条`: a shortfall before the count is the fault's own negation (`未制定年度计划`).
    // (`资料缺失1起` against `资料缺失,每起扣1分`: a fault's own words, whole, are that fault.)
    const short =
      m && !SHORTAGE_WORDS.some((w) => said.endsWith(w)) && !labels.includes(said)
        ? /(缺少|缺失|少|缺)$/.exec(said)
        : null;
    const words = short ? `未${said.slice(0, short.index)}` : said;
    const count = m ? new Decimal(/\d/.test(m[1]) ? m[1] : String(chineseNumber(m[1]) ?? 1)) : new Decimal(1);
    // `少1个`, `缺2条`, `发现1处`: a count with no words but the step's verb names the one fault counted
    // so (the one fault there is, when nothing but a count is said).
    if (m && (said === '' || (short !== null && short.index === 0))) {
      const alone = faults.length === 1 && (faults[0].perOccurrence || count.eq(1));
      const ks = faults.flatMap((f, k) => ((said === '' ? alone : f.shortfall) ? [k] : []));
      // (`少2个` against `少一个扣3分` and `每少完成100万元…扣1分`: the measure word says which shortfall.)
      const inMeasure = ks.filter((k) => (faults[k].counter ?? faults[k].unit) === m[2]);
      if (ks.length > 1 && m[2] !== undefined && inMeasure.length === 1) return { k: inMeasure[0], count };
      return ks.length === 1 ? { k: ks[0], count } : null;
    }
    // `缺专兼职计生干部1名` against `每缺一名专兼职计生干部`, `管理人员少1人` against `管理人员未按要求配备每少1人`:
    // the shortfall verb before or after the words it counts names a fault counted by what is short.
    const leading = m ? /^(缺少|缺失|少|缺)(.{2,})$/.exec(said) : null;
    const counted = leading?.[2] ?? (short !== null && short.index >= 2 ? said.slice(0, short.index) : null);
    if (counted !== null) {
      const shortfalls = faults.flatMap((f, k) => (f.shortfall ? [k] : []));
      const among = (ls: readonly string[]) => {
        const n = nameAmong(counted, ls);
        return n === 'denied' ? null : n;
      };
      // (`缺会议记录1次` against `无会议记录、纪要的,缺一次扣1分`: a fault said as an absence counts the thing
      // absent — when the faults' own words name none.)
      const n =
        among(shortfalls.map((k) => labels[k])) ??
        among(shortfalls.map((k) => labels[k].replace(ABSENCE_LEAD_RE, '')));
      if (n !== null) return { k: shortfalls[n.index], count };
    }
    // `缺档案橱`, `缺电教设备、资料` against `场所内有电教设备、资料、档案橱，每少1项扣3分`: the things short,
    // named from the fault's own list, one each.
    // (`登记本缺`, `标识牌、登记本都缺`: the things first, then the lack.)
    const after = m ? null : /^(.{2,}?)(?:都|均)?(?:缺少|缺失|缺)$/.exec(words);
    const listed = m ? null : (/^(缺少|缺失|缺|少)(.{2,})$/.exec(words) ?? (after && ['', '缺', after[1]]));
    // (`未进校园、未进家庭` against `未开展宣传进企业、进校园…，每少1个`: each thing with its own denial.)
    const each = m ? [] : words.split('、');
    const eachDenied = each.length > 1 && each.every((x) => OWN_DENIAL_RE.test(x));
    if (listed || eachDenied) {
      const kinds = listed
        ? listed[2].split(/[、和及]/).filter((x) => x !== '')
        : each.map((x) => x.replace(OWN_DENIAL_RE, ''));
      const ks = faults.flatMap((f, k) => {
        const list = labels[k].split('、');
        // (`进家庭` in `进家庭活动`, the last item running on to the words after the list; `半年小结` in
        // `半年有工作小结`, the item said short, its ends whole.)
        const inList = (x: string) =>
          x.length >= 2 &&
          list.some((e, n) => e.endsWith(x) || (n === list.length - 1 && e.startsWith(x)) || shortened(x, e));
        // (`缺学习制度、随访制度` against `每缺一个制度扣0.5分`: things of the kind the shortfall counts, one each.)
        const kind = labels[k].replace(/^(缺少|缺失|缺|少)/, '');
        const ofKind = kind.length >= 2 && kinds.every((x) => x.length > kind.length && x.endsWith(kind));
        return f.shortfall && f.perOccurrence && ((list.length > 1 && kinds.every(inList)) || ofKind)
          ? [k]
          : [];
      });
      if (ks.length === 1) return { k: ks[0], count: new Decimal(kinds.length) };
    }
    // `未发现无证生产企业` against `有无证生产企业扣2分`: none found of what a fault names.
    // (`全年未发生人为水土流失`: when the answer speaks of comes before it.)
    const unscoped = words.replace(SCOPE_LEAD_RE, '');
    const foundNone = FOUND_NONE_LEADS.find((w) => unscoped.startsWith(w));
    const namedNone = foundNone && !m ? nameAmong(unscoped.slice(foundNone.length), labels) : null;
    if (namedNone !== null && namedNone !== 'denied') return 'none';
    // `未发生火警火灾`, `无责任事故`: none found of a kind of issue — whichever fault it is, none is there
    // (unless a fault itself is said so, `未发生演练`).
    const issueNone =
      !m &&
      ((foundNone !== undefined && unscoped.length > foundNone.length + 1) ||
        (/^(无|没有)/.test(words) && ISSUE_NOUNS.some((n) => words.endsWith(n)))) &&
      !labels.some((l) => l.startsWith(foundNone ?? words.slice(0, 1)));
    if (issueNone) return 'none';
    // `无上述现象`, `均无扣分情形`, `年内无责任事故`, `无缺项` against `缺项扣4分`: none of what the rule lists, said
    // of the list as a whole or of one fault by its words (never of a fault that is itself a lack).
    const noneOf = !m ? NONE_OF_RE.exec(words.replace(SCOPE_LEAD_RE, '')) : null;
    if (noneOf !== null) {
      const what = noneOf[1];
      const n = GENERIC_FAULT_RE.test(what) ? 'generic' : nameAmong(what, labels);
      // (`没有年度工作计划` against `未制定年度工作计划`: a fault that is itself a lack is what the answer says.)
      const lack = (l: string) => DENYING_WORDS.some((neg) => l.includes(neg));
      if (n === 'generic' || (n !== null && n !== 'denied' && !lack(labels[n.index]))) return 'none';
    }
    // `部分`, `个别`: a degree alone names nothing, though a fault's words may hold it.
    if (words === '' || DEGREE_WORDS.includes(words)) return null;
    // `都有` against faults said by their presence (`有乱搭乱建`, `融资额度低于上年水平`) and none by an
    // absence (`无垃圾池`): all of them, or every requirement met? Not told.
    if (
      /^(均|都|全部|全)有$/.test(words) &&
      (labels.some((l) => PRESENCE_LEADS.some((p) => l.startsWith(p))) ||
        !labels.some((l) => NEGATIONS.some((n) => l.startsWith(n))))
    )
      return null;
    // `均已落实`, `全部已整改`, `均有`: every requirement met. (`全年100%`, `都有问题` say nothing of the kind.)
    if (saysNone(words) || /^(均|都|全部|全)已|^(均|都|全)有$/.test(words)) return 'none';
    if (saysEveryOneMet(words)) return 'none';
    const direct = nameAmong(words, labels);
    // `符合规定`, `达到要求`: the requirement met, in words that name no fault.
    if (saysMetInWords(words) && direct === null) return 'none';
    // The clean result's own words name no fault; words denying it (`未开展活动`) say nothing clean. With a
    // count (`召开班子会议10次` against `每月召开…，每少开一次`) they say how many were done, which is not
    // "none short".
    const cleanNamed = cleanLabels.length > 0 && !m ? nameAmong(words, cleanLabels) : null;
    if (cleanNamed !== null && cleanNamed !== 'denied' && direct === null) return 'none';
    const named =
      direct ??
      nameWithBeside(
        words,
        labels.map((label, k) => ({ label, before: faults[k].context })),
      ) ??
      nameWithBeside(
        words,
        labels.map((label, k) => ({ label, after: faults[k].verb })),
      ) ??
      labelThenClean(words, labels, cleanLabels) ??
      negatedTail(words, labels) ??
      alternativeNamed(words, labels) ??
      bareVerbNamed(words, labels) ??
      subjectedNamed(words, labels) ??
      deniedAlike(words, labels) ??
      lateNamed(words, labels) ??
      (what === BONUS_ITEMS ? namedByWhatDiffers(words, labels) : null);
    // `有台账` denies `未建台账`; with a count (`台账3本`) it says something else, not "none".
    if (named === 'denied') {
      const ks = labels.flatMap((l, k) => (nameAmong(words, [l]) === 'denied' ? [k] : []));
      // `未配备专职人员` against `是否…配备专职人员…，缺一项扣1分`: denying what must be there is the
      // shortfall itself, not "no fault".
      if (ks.length === 1 && faults[ks[0]].shortfall && NEGATIONS.some((n) => words.startsWith(n)))
        return { k: ks[0], count };
      ks.forEach((k) => denied.add(k));
      // (`召开2次` against the one fault `未召开`: done, and how often.)
      if (m && doneSoOftenAmong(whole, labels, cleanLabels)) return 'none';
      return m ? null : 'none';
    }
    // `错2笔` against `表内项目错一笔扣1分，迟报一天扣1分`: the last words of one fault, in the measure word
    // only that fault counts in.
    const measured = (k: number) => (faults[k].counter ?? faults[k].unit) === m?.[2];
    const byMeasure =
      named === null &&
      m?.[2] !== undefined &&
      words !== '' &&
      labels.filter((_, k) => measured(k)).length === 1
        ? labels.findIndex((l, k) => measured(k) && l.endsWith(words))
        : -1;
    if (byMeasure !== -1) return { k: byMeasure, count };
    // `配备到位`, `花名册齐全`: met, in words naming no fault.
    if (named === null && !m && saysAllMet(words)) return 'none';
    // `全年督促检查2次` against the one fault `未对…落实情况进行督促检查的扣5分`: what the fault says was not
    // done, said done in the answer's own words.
    if (named === null)
      return (faults.length === 1 && doneInOwnWords(whole, labels[0])) ||
        (m !== null && doneSoOftenAmong(whole, labels, cleanLabels)) ||
        affirmsOpposite(whole, labels) ||
        verbDone(piece, labels) ||
        saidDone(piece, labels)
        ? 'none'
        : null;
    // `花名册资料完整` against `花名册资料完整,缺1个扣0.5分`: the standard a shortfall is counted from, said in full
    // or said whole and without a count or a word of lack, is met (`已签订` against `每少签订一个单位的目标责任书`
    // does not say none is missing).
    const allSaid = words.includes(labels[named.index]) || saysAllMet(words);
    if (!m && isStandard(named.index) && allSaid && !DENYING_WORDS.some((n) => words.includes(n)))
      return 'none';
    // `工期严重滞后` names a fault that holds another (`工期滞后`): whether both count is not written,
    // unless the answer is the fault's own words.
    // (`台帐信息与实际情况不符` holds `台帐` of `每少1类台帐`: the thing a shortfall counts, not a fault said of it.)
    const thingShort = (k: number) => faults[k].shortfall === true && !FAULT_CHAR_RE.test(labels[k]);
    const both =
      labels[named.index] !== words &&
      labels.some((l, k) => k !== named.index && !thingShort(k) && holds(labels[named.index], l));
    // `迟报2个月` against `每迟报一天`: another unit of time is another quantity.
    const unit = faults[named.index].unit ?? null;
    const given = m?.[2] ?? null;
    const isTime = (u: string | null) => u !== null && TIME_UNITS.includes(u);
    // (`堤长3km`: a length, a sum or a weight is no count of faults.)
    const measure = (u: string | null) => ['money', 'mass', 'length'].includes(unitKind(u) ?? '');
    const agrees =
      unit === null
        ? !isTime(given) && (!measure(given) || faults[named.index].counter === given)
        : given === null || (isTime(given) && timeUnit(given) === timeUnit(unit));
    // `自查2次` against `质量自查少一次扣2.5分`: a count without a word of what is short counts what was
    // done, not what was missed.
    const doneCount =
      m !== null &&
      faults[named.index].shortfall === true &&
      /[少缺]/.test(labels[named.index]) &&
      !FAULT_CHAR_RE.test(words);
    return both || !agrees || doneCount ? null : { k: named.index, count };
  };
  const read = (piece: string, among: readonly string[]): Named[] => {
    const whole = name(piece, among);
    // `无计划、无总结` against `无计划、总结每处扣0.5分`: each thing listed is one more of that fault.
    const listed = piece.split('、').filter((p) => p !== '');
    if (
      whole !== null &&
      whole !== 'none' &&
      listed.length > 1 &&
      !/\d/.test(piece) &&
      faults[whole.k].perOccurrence
    ) {
      const each = listed.map((p) => name(p, among));
      if (each.every((n) => n !== null && n !== 'none' && n.k === whole.k))
        return [{ k: whole.k, count: new Decimal(listed.length) }];
    }
    if (whole !== null) return [whole];
    // (`及时` is a word, not `及` joining two faults.)
    // (`已纳入总体工作并制定年度计划`: 并 joins two things done, as the rule's own lists join them.)
    const split = piece.split(/[、/和]+|及(?!时)|(?<![合兼])并(?![网表存入列])/).filter((p) => p !== '');
    // (`/`, `、`: marks with no words name nothing — not "no fault".)
    if (split.length === 0) return [null];
    // `无方案和记录`, `已利用媒体和部门网站宣传`: the negation or the `已` leading the first part leads each
    // (as in the rule's own lists).
    const parts = leadEach(split, [...LIST_NEGATIONS, ...DONE_LEADS]).map((p) => name(p, among));
    // Two parts of one piece naming one fault (`月度预测数未` and `时报送2次`) is a word cut in two.
    const ks = parts.flatMap((n) => (n !== null && n !== 'none' ? [n.k] : []));
    return new Set(ks).size === ks.length ? parts : [null];
  };
  // `噪音和臭味均超标`: things listed, then 均/都 and what is said of each — one piece for each thing.
  const pieces = text
    .split(/[,，;；]+/)
    .filter((p) => p !== '')
    .flatMap((p) => {
      // (`(2)(4)项不符合要求`: the standards numbered, then what each is.)
      const numbered = MARKERS_SAID_RE.exec(compactText(p));
      if (numbered !== null)
        return (numbered[1].match(/\(\d+\)/g) ?? []).map(
          (marker) => marker + numbered[2].replace(/^项(均|都)/, '项'),
        );
      return eachSaid(p) ?? [p];
    });
  // `6月3日报送，超过规定时间` against a rule that states no day: the day says when, the other piece which fault.
  const dayOnly = (p: string) => due === null && pieces.length > 1 && calendarPeriod(p) !== null;
  const first = pieces.map((p): Named[] => (dayOnly(p) ? ['none'] : read(p, labels)));
  // `错误1项，严重表述性错误1项`: words that fit two faults name the one no other piece names — unless the
  // two are one event told apart by a denial (`办案安全事故1起，未导致人员死亡`: the second piece says which).
  const taken = new Set(first.flat().flatMap((n) => (n !== null && n !== 'none' ? [n.k] : [])));
  const rest = labels.map((l, k) =>
    taken.has(k) || [...taken].some((t) => deniedForm(labels[t], l)) ? '' : l,
  );
  for (const [i, piece] of pieces.entries()) {
    const parts = first[i].includes(null) && taken.size > 0 ? read(piece, rest) : first[i];
    for (const p of parts) {
      if (p === null)
        return invalid(text, `无法确定“${piece}”对应评分标准中的哪一项${what}，请写出${what}的原话`);
      if (p !== 'none' && !p.count.isZero()) found.set(p.k, (found.get(p.k) ?? new Decimal(0)).plus(p.count));
    }
  }
  // `因客观原因未认领，已提交说明`: one piece names the fault, another denies it.
  if ([...found.keys()].some((k) => denied.has(k)))
    return invalid(text, `“${text}”前后矛盾：既写了扣分情形，又写了与之相反的情况，请人工评分`);
  return { ok: true, value: found, text };
}

/**
 * `2个月未开展培训`, `有3天未巡查`: a count of months, days or weeks first, then the fault said of each. (Not bare
 * 月, 年 or 日: `3月`, `2021年`, `5日` name a time of the calendar, not how many.)
 */
const TIME_COUNT_FIRST_RE = new RegExp(
  `^(?:有|共|发现)?(\\d+|[${SMALL_NUMERALS}]{1,3})(${alternatives(TIME_UNITS.filter((u) => !['月', '年', '日'].includes(u)))})(?![底末内前后份中初以来])([\u4e00-\u9fff]{2,12})$`,
);

/** `2个月未开展培训` → `未开展培训2个月`: the count put last, where a fault's count is read. */
function timeCountLast(piece: string): string {
  const m = TIME_COUNT_FIRST_RE.exec(piece);
  return m === null ? piece : `${m[3]}${m[1]}${m[2]}`;
}

/**
 * `政府网站首页未刊登公益广告` against `没有在首页显著位置刊登公益广告`: the one fault an answer denies alike (see
 * `deniesAlike`) — not a list, which is counted thing by thing, nor words holding another fault's (`大型设备`).
 */
function deniedAlike(words: string, labels: readonly string[]): { index: number } | null {
  if (/[、和及与]/.test(words)) return null;
  const alike = labels.flatMap((l, k) => (deniesAlike(words, l) ? [k] : []));
  const bare = (l: string) => l.replace(DENYING_LEAD_RE, '');
  const another = (k: number) =>
    labels.some((l, j) => j !== k && bare(l).length >= 2 && words.includes(bare(l)));
  return alike.length === 1 && !another(alike[0]) ? { index: alike[0] } : null;
}

/**
 * Whether the answer and a fault each deny once, the same verb, and what each denies shares a run of four
 * characters or more and the answer's last two (`未刊登公益广告` and `没有在首页显著位置刊登公益广告`), with no
 * turn (`但`, `却`) in the answer.
 */
function deniesAlike(answer: string, label: string): boolean {
  const after = (x: string) => {
    const plain = x.replace(/[“”"‘’]/g, '');
    const at = NEGATIONS_BY_LENGTH.map((n) => ({ n, i: plain.indexOf(n) })).filter((f) => f.i !== -1);
    if (at.length === 0) return null;
    const first = at.reduce((a, b) => (b.i < a.i || (b.i === a.i && b.n.length > a.n.length) ? b : a));
    const rest = plain.slice(first.i + first.n.length);
    return NEGATIONS.some((n) => rest.includes(n)) ? null : rest;
  };
  const [a, l] = [after(answer), after(label)];
  if (a === null || l === null || CONTRAST_WORDS.some((w) => answer.includes(w))) return false;
  // (What the fault denies it of, `门禁、对讲机、摄像头`, the answer's subject must touch: `电梯` is another thing.)
  const [subject, of] = [answer.slice(0, answer.length - a.length), label.slice(0, label.length - l.length)];
  const own = (x: string) => x.replace(new RegExp(`(${NEGATIONS_BY_LENGTH.join('|')})$`), '');
  if (own(of).length >= 2 && own(subject).length >= 2 && ![...own(subject)].some((c) => own(of).includes(c)))
    return false;
  // (The verb the answer denies is the fault's: `未成立…领导小组` is not `未确定…领导小组`.)
  const verb = a.replace(/^(在|对|向|给)/, '').slice(0, 2);
  if (verb.length < 2 || !l.includes(verb)) return false;
  // (Nor what it ends with: `未按时清运垃圾桶` counts bins, not the fault's `小区`.)
  if (!l.includes(a.slice(-2))) return false;
  for (let i = 0; i + 4 <= a.length; i++) if (l.includes(a.slice(i, i + 4))) return true;
  return false;
}

const NEGATIONS_BY_LENGTH = [...NEGATIONS].sort((a, b) => b.length - a.length);

/**
 * `专题调研2次`, `开展专题调研2次`: the thing a clean standard ends with being there (`…有专题调研`), counted — how
 * often; null when the answer is not that thing and a count.
 */
function thingCounted(answer: string, cleanLabels: readonly string[]): Decimal | null {
  const m = THING_COUNTED_RE.exec(compactText(answer));
  if (m === null) return null;
  const thing = m[1].replace(LIGHT_VERB_LEAD_RE, '');
  const there = cleanLabels.some((c) => c.endsWith(`有${thing}`));
  const n = /\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
  return there && thing.length >= 2 && n !== null ? new Decimal(n) : null;
}

/** A thing, then how many times or items of it: `专题调研2次`, `开展培训三期`. */
const THING_COUNTED_RE =
  /^([\u4e00-\u9fff]{2,}?)(\d+|[一二两三四五六七八九十]{1,3})(?:次|个|项|篇|场|期|份)$/;
/** A light verb before what was done (`开展专题调研`): no word of the thing's own. */
const LIGHT_VERB_LEAD_RE = new RegExp(`^(?:${LIGHT_VERBS.join('|')}|有)`);

/** `无会议记录`, `没有台账`: a fault's words that say a thing is absent, before the thing. */
const ABSENCE_LEAD_RE = /^(没有|无|缺少|缺失|缺)(?=[\u4e00-\u9fff]{2})/;

/** `少任一种证件`, `缺少任意一项制度`: a lack, any one of what follows. */
const ANY_ONE_SHORT_RE = new RegExp(
  `^(?:${LACK_VERBS.join('|')})(?:${ANY_ONE_LEADS.join('|')})(?:一|1)?(?:${COUNT_UNITS.join('|')})?([\u4e00-\u9fff]{2,})$`,
);
/** `缺2种证件`, `缺少食品安全制度`: a lack, perhaps counted, then what is short. */
const SHORT_OF_RE = new RegExp(
  `^(?:${LACK_VERBS.join('|')})(?:(\\d+|[一二两三四五六七八九十])(?:${COUNT_UNITS.join('|')}))?([\u4e00-\u9fff]{2,})$`,
);

/**
 * `缺少食品安全制度`, `缺2种证件` against the fault `缺少任意一项制度`: a thing of the kind that fault says any one of
 * is short — that fault. How often is said by the count only when the fault gives nothing (any one short costs
 * it all); a deduction for any one, two short, may be once or twice: not told. Undefined when no such fault or
 * answer.
 */
function anyOneShort(
  piece: string,
  labels: readonly string[],
  faults: readonly FaultName[],
): { k: number; count: Decimal } | null | undefined {
  const said = SHORT_OF_RE.exec(piece);
  if (said === null) return undefined;
  const ks = labels.flatMap((l, k) => {
    const kind = ANY_ONE_SHORT_RE.exec(l)?.[1];
    return kind !== undefined && said[2].endsWith(kind) ? [k] : [];
  });
  if (ks.length !== 1) return undefined;
  const count = said[1] === undefined ? 1 : (wholeNumber(said[1]) ?? 0);
  if (count < 1) return undefined;
  return count === 1 || faults[ks[0]].amount === null ? { k: ks[0], count: new Decimal(1) } : null;
}

/** What may stand between a measure's name and its value: `满意率为85%`, `安全感达80%`. */
const MEASURE_VERB_RE = /(为|是|达到|达|占)$/;

/**
 * `满意率85%` against `满意率达不到90%扣1分`: a measure a fault is defined on, with its value — the fault when
 * the value falls in its condition, none when it does not. Undefined when the piece is no value of such a
 * measure; null when it is one but which fault is not told (another kind of value, or two tiers of one
 * measure both holding it: `低于3%的扣0.25分,低于2%的扣0.5分` at 1.5%).
 */
function measureSaid(
  piece: string,
  faults: readonly FaultName[],
): { k: number; count: Decimal } | 'none' | null | undefined {
  if (!faults.some((f) => f.measure !== undefined)) return undefined;
  const text = compactText(piece);
  // (`满意率达不到90%`: the fault's own words, whose number is its standard, not a count.)
  const own = faults.findIndex((f) => f.measure !== undefined && compactText(f.label) === text);
  if (own !== -1) return { k: own, count: new Decimal(1) };
  const at = text.search(/\d/);
  const words = at < 2 ? '' : text.slice(0, at).replace(MEASURE_VERB_RE, '');
  const q = at < 2 ? null : parseNumberText(text.slice(at));
  if (q === null || words.length < 2) return undefined;
  const on = faults.flatMap(({ measure }, k) =>
    measure !== undefined && (measure.subject.endsWith(words) || words.endsWith(measure.subject))
      ? [{ k, cond: measure.cond }]
      : [],
  );
  if (on.length === 0) return undefined;
  const pct = q.unit === '%' || (q.unit !== null && PERCENT_POINT_WORDS.includes(q.unit));
  if (on.some(({ cond }) => cond.pct !== pct || (!pct && cond.unit !== q.unit))) return null;
  const holding = on.filter(({ cond }) => contains(cond, q.value));
  if (holding.length === 0) return 'none';
  return holding.length === 1 ? { k: holding[0].k, count: new Decimal(1) } : null;
}

/**
 * `未成立领导小组` against the fault `未成立` beside the clean result `成立…领导小组及其办公室的得0.5分`: the fault's
 * words whole, then words of what the clean result asks — that fault, said with its object.
 */
function labelThenClean(
  words: string,
  labels: readonly string[],
  cleanLabels: readonly string[],
): { index: number } | null {
  const ks = labels.flatMap((l, k) => {
    const rest = words.slice(l.length);
    return l.length >= 2 &&
      words.startsWith(l) &&
      rest.length >= 2 &&
      cleanLabels.some((c) => c.includes(rest))
      ? [k]
      : [];
  });
  return ks.length === 1 ? { index: ks[0] } : null;
}

/** `均无问题`, `不存在上述情形`: a word of absence, then what is absent. */
const NONE_OF_RE = new RegExp(`^(?:均|都|全)?(?:${NONE_OF_WORDS.join('|')})(.{2,})$`);
/** `年内无责任事故`: when the answer speaks of, before what it says. */
const SCOPE_LEAD_RE = new RegExp(`^(${ANSWER_SCOPE_LEADS.join('|')})`);
/** `上述情形`, `扣分项`: what a rule lists, named as a whole. */
const GENERIC_FAULT_RE = new RegExp(`^(${LISTED_AS_A_WHOLE.join('|')})$`);

/** `无上述情形`, `均无扣分项`, `年内无问题`, `无缺项`: none of whatever the rule lists. */
export function noneOfTheList(words: string): boolean {
  const what = NONE_OF_RE.exec(words.replace(SCOPE_LEAD_RE, ''))?.[1];
  return what !== undefined && GENERIC_FAULT_RE.test(what);
}

/** What leads words done (`已开展`, `均已按规定粘贴`, `承担了…`), said of the rule's own things. */
const DONE_LEAD_RE = new RegExp(`^(?:${[...ALL_MET_LEADS, ...ALREADY_WORDS].join('|')})+`);
/** A denial before what it denies: `未开展`, `无办事机构`, `尚未通气`, `不及时`. */
const DENIAL_RE = new RegExp(`(?:${DENYING_WORDS.join('|')})([\u4e00-\u9fff]{2,})`, 'g');

/**
 * A requirement answered in words about its own things: true met, false not met, null not said so. Only a
 * requirement of one part (`开展创建…示范点工作`, `月报告等材料齐全及时`) is read so: of several (`组织网络健全,
 * 台帐完整`, `有清洗消毒设备和冷藏设施(3分)`) one part said met or denied leaves the others unsaid, and the hands
 * leave such rows to the person. Not met: a denial of two or more of the requirement's own characters
 * (`未开展`, `材料齐全但报送不及时`). Met: every thing the answer says done is written in it (`已开展`,
 * `有年检报告`), or all is said met (`全部具备`, of any requirement). A requirement that denies something itself,
 * or describes what is looked at (`本级财政投入情况`), is never read so; a degree (`部分`, `基本`) or a count is
 * the person's.
 */
export function requirementSaid(rule: string, said: string): boolean | null {
  if (said.length < 2 || /\d/.test(said) || PARTIAL_WORDS.some((w) => said.includes(w))) return null;
  // (`“扫黄打非”`: a quoted name denies nothing. `每次扣____分`: a template's blanks say nothing yet.)
  const unquoted = rule.replace(/“[^”]*”/g, '');
  if (DENYING_WORDS.some((n) => unquoted.includes(n)) || /_{2,}/.test(rule) || rule.includes('情况'))
    return null;
  if (ALL_MET_LEADS.some((l) => said.startsWith(l)) && saysAllMet(said)) return true;
  // (`有年度计划或方案`: alternatives, one denied or a word of one said, say nothing of the whole. `大于或等于`
  // is one bound.)
  const choice = rule.replace(/于或等于/g, '').includes('或');
  if (choice) return null;
  const parts = rule
    .replace(/[。.]$/, '')
    .split(PART_SEPARATOR_RE)
    .filter((p) => p !== '');
  const denials = [...said.matchAll(DENIAL_RE)].map((m) => m[1]);
  if (denials.length > 0)
    return parts.length === 1 && denials.some((d) => sharesRun(d, rule, 2)) ? false : null;
  if (/[但却而]/.test(said)) return null;
  const things = said
    .replace(/(?<=[\u4e00-\u9fff])了/g, '')
    .replace(DONE_LEAD_RE, '')
    .split(/[、，,;；]|并且?|和|及(?!时)/)
    .filter((t) => t !== '');
  // (`有年检报告` against `每年提交年检报告`: what is there, said by its presence.)
  // (`列入预算` against `将工作经费列入财政预算`: its words in order, as faults and items are named.)
  const written = (t: string, words: string) =>
    names(t, words) || (t.startsWith('有') && words.includes(t.slice(1)));
  if (things.length === 0 || !things.every((t) => t.length >= 2 && written(t, rule))) return null;
  // (`已研究、制定并提交` against `研究、制定、提交年度行动方案`: of several parts, every one said done.)
  return parts.length === 1 || parts.every((p) => things.some((t) => written(t, p))) ? true : null;
}

/** Between the parts of a requirement: `组织网络健全,台帐完整`, `完成…建设并通气`, `有报道、有批示`. */
export const PART_SEPARATOR_RE = /[，,、；;。：:]|并且?|而且|以及|和|及(?!时)|且|与|同时/;

/** `(1)(2)项均不符合`: two or more numbers of standards, then (均) what each is. */
const MARKERS_SAID_RE = /^((?:\(\d+\)){2,})(?:均|都)?(项.+)$/;

/** `噪音和臭味均超标`: a list of things (no count), 均/都, then what each is — a fault's words. */
const EACH_SAID_RE =
  /^([\u4e00-\u9fff]{2,}(?:[、和及与][\u4e00-\u9fff]{2,})+)(?:均|都)([\u4e00-\u9fff]{2,})$/;

/** `噪音和臭味均超标` → `噪音超标`, `臭味超标`; null when the piece is not so written. */
function eachSaid(piece: string): string[] | null {
  const m = EACH_SAID_RE.exec(piece);
  if (m === null) return null;
  const things = m[1].split(/[、和及与]/).filter((t) => t !== '');
  return things.length >= 2 && things.every((t) => t.length >= 2) ? things.map((t) => t + m[2]) : null;
}

/**
 * The one fault of a rule says something was not done (`未对…进行督促检查`); the answer, with no word of
 * lack, of a fault or of a part done, holds what closes the words not done (`全年督促检查2次`).
 */
function doneInOwnWords(answer: string, label: string): boolean {
  const negation = /^(未|没有|没|尚未|不)/.exec(label);
  if (negation === null) return false;
  const done = label.slice(negation[0].length);
  const a = compactText(answer);
  if (DENYING_WORDS.some((w) => a.includes(w)) || FAULT_HINT_WORDS.some((w) => a.includes(w))) return false;
  // (`基本符合`, `部分到位`: done in part; `完成率98%`, or a fault with its own number: how much is the
  // question, not whether; `第7个工作日上报` against `未及时上报`: done, but whether in time is what it asks.)
  if (PARTIAL_WORDS.some((w) => a.includes(w)) || /[%率]/.test(a) || /\d/.test(label)) return false;
  if (TIMING_WORDS.some((w) => done.includes(w))) return false;
  // (`未确定防火负责人,防火安全员和防火领导小组`, `未建立健全各项管理制度`: a list, or every kind — one thing
  // done says nothing of the rest.)
  if (/[、,，和及或与]|各项|各类|所有|全部/.test(done)) return false;
  // What closes the words not done is what was not done (`…进行督促检查`, `…签订消防安全责任书`): the answer
  // must hold it, four characters of it — not merely a verb or a noun any fault may share (`已制定年度工作计划`
  // is not `未制定应急预案` done, nor `已完成工作任务` `未完成…税收宣传任务`).
  const head = done
    .replace(/[^\u4e00-\u9fff]/g, '')
    .replace(/[的了]$/, '')
    .slice(-4);
  return head.length === 4 && a.replace(/[^\u4e00-\u9fff]/g, '').includes(head);
}

/**
 * The one fault denies a verb (`未召开`, `未组织培训`, `没有开展…活动`); the answer says it done so many times
 * (`召开2次`, `已开展1次`, `每学期考评1次`) — done, as often as any count the rule's standards ask
 * (`市本级组织开展1次…`), or more.
 */
function doneSoOften(answer: string, label: string, standards: readonly string[]): boolean {
  const verb = /^(?:未|没有|没)([\u4e00-\u9fff]{2})/.exec(label)?.[1];
  const a = compactText(answer);
  // (`每学期考评1次`, `已开展1次`: when, or 已, before the verb; what was done after it.)
  const at = verb === undefined ? -1 : a.indexOf(verb);
  const m =
    at >= 0 && at <= 4 ? /^[\u4e00-\u9fff]{2,8}?(\d+|[一二两三四五六七八九十])次$/.exec(a.slice(at)) : null;
  if (m === null) return false;
  if (DENYING_WORDS.some((w) => a.includes(w)) || FAULT_CHAR_RE.test(a)) return false;
  // (`每季度召开一次…`: so often per period — the year's count is more than the answer may hold.)
  if (standards.some((t) => /每(?:月|季|半年|周|学期|年度?)/.test(t))) return false;
  const times = (n: string) => (/\d/.test(n) ? Number(n) : (chineseNumber(n) ?? 0));
  const asked = standards.flatMap((t) =>
    [...t.matchAll(/(\d+|[一二两三四五六七八九十])次/g)].map((x) => times(x[1])),
  );
  return times(m[1]) >= Math.max(1, ...asked);
}

/**
 * `开展2次` against `未开展健康教育活动扣10分;已开展活动但档案资料不全,扣3分`: done so often in the verb one fault
 * denies (`doneSoOften`) — that fault only, beside faults that count nothing (a count asked in another, `开展不足4次`,
 * could be what is short).
 */
function doneSoOftenAmong(answer: string, labels: readonly string[], standards: readonly string[]): boolean {
  const denied = labels.filter((l) => doneSoOften(answer, l, standards));
  return (
    denied.length === 1 && labels.every((l) => denied.includes(l) || !/[\d一二两三四五六七八九十]次/.test(l))
  );
}

/**
 * `超过规定时间` against the one fault of timing (`未在规定时间内报送`): lateness said of the fault's own words names
 * it. (With a count, `逾期3天`, it says how late, which such a fault does not price.)
 */
function lateNamed(words: string, labels: readonly string[]): { index: number } | null {
  const lead = DELAY_WORDS.find((w) => words.startsWith(w));
  if (NUMBER_SAID_RE.test(words) || lead === undefined) return null;
  // (What is late must be the fault's own words: `逾期报送` names no `未及时维修…`.)
  const what = words.slice(lead.length);
  const late = labels.flatMap((l, k) => (isLate(l) && what.length >= 2 && l.includes(what) ? [k] : []));
  return late.length === 1 ? { index: late[0] } : null;
}

/** A fault of timing: `未及时公开`, `不按时上报`, `逾期报送`, `迟报`. */
function isLate(label: string): boolean {
  // (`超过`, `超出` are past a standard as often as past a time.)
  return deniedTiming(label) !== undefined || DELAY_WORDS.some((w) => label.includes(w) && !/^超/.test(w));
}

/** The timing a fault opening with a denial holds (`未在规定时间内报送`: `规定时间`), if any. */
function deniedTiming(label: string): string | undefined {
  return /^(未|没有|没|不)/.test(label) ? TIMING_WORDS.find((w) => label.includes(w)) : undefined;
}

/** The one fault denies doing a thing in time (`未在规定时间内报送`); the answer says that timing, met. */
function timingSaidMet(answer: string, label: string): boolean {
  const timing = deniedTiming(label);
  const a = compactText(answer);
  return timing !== undefined && a.includes(timing) && !FAULT_CHAR_RE.test(a) && !/问题|超过|逾期/.test(a);
}

/**
 * The one fault is a task not done (`未完成年度税收任务的`); the answer says how much of it was done: a share
 * (`完成率98%`, `完成计划的96%`, `103%`) — all of it or more is done — or the whole done over (`超额完成`) or in
 * part (`部分完成`). Null when the answer says neither.
 */
function completionSaid(answer: string, label: string): boolean | null {
  if (!/^(未|没有)(全部)?完成/.test(label)) return null;
  const a = compactText(answer);
  const share = /^(?:完成率|完成计划的|完成任务的|完成)?(\d+(?:\.\d+)?)%$/.exec(a);
  if (share !== null) return new Decimal(share[1]).gte(100);
  if (/^(超额完成|超额完成任务|全面完成)$/.test(a)) return true;
  return PARTIAL_WORDS.some((w) => a === `${w}完成`) ? false : null;
}

/** The one fault is data not given (`未提供数据`); the answer gives data: numbers, no word of lack or fault. */
function dataGiven(answer: string, label: string): boolean {
  const m = /^(未|没有|没|不)(提供|报送|上报)?(.+)$/.exec(label);
  const a = compactText(answer);
  return m !== null && PROVIDED_DATA.includes(m[3]) && /\d/.test(a) && !FAULT_CHAR_RE.test(a);
}

/**
 * `政务微博、政务微信` against `政务微博、政务微信、公开栏…一项可得2分`: things named from the rule's own list,
 * counted. Null unless every piece is two characters or more that the rule holds, distinct, with no number
 * or word of lack.
 */
export function thingsListed(input: InputValue | null, rule: string): Read<Decimal> | null {
  const text = cellText(input);
  if (text === null || /[\d一二两三四五六七八九十]/.test(text) || FAULT_CHAR_RE.test(text)) return null;
  const r = compactText(rule);
  const pieces = text.split(/[、,，;；/]+/).filter((p) => p !== '');
  if (pieces.length === 0 || new Set(pieces).size !== pieces.length) return null;
  if (!pieces.every((p) => p.length >= 2 && r.includes(p))) return null;
  return { ok: true, value: new Decimal(pieces.length), text: `${text}（${pieces.length}项）` };
}

/**
 * `污泥去向清楚` against `污泥去向不明扣5分`, `设有中控平台` against `整县没有设置中控平台扣3分`: each thing the answer
 * says there or well is one a fault names right beside its negation (or its word of damage), and nothing else is
 * said — no word of lack, part, fault or number, nor the fault's own words restated (`有投诉记录` in
 * `有投诉记录未处置`), nor only a word every fault may hold (`制度`).
 */
function affirmsOpposite(answer: string, labels: readonly string[]): boolean {
  const a = compactText(answer);
  if (/\d/.test(a) || FAULT_CHAR_RE.test(a) || /坏|问题|隐患|投诉|事故/.test(a)) return false;
  if (PARTIAL_WORDS.some((w) => a.includes(w))) return false;
  const lead = AFFIRMED_THING_LEADS.find((w) => a.startsWith(w));
  const rest = AFFIRMED_STATE_WORDS.reduce((t, w) => t.split(w).join('|'), lead ? a.slice(lead.length) : a);
  if (lead === undefined && !rest.includes('|')) return false;
  // Each thing said there or well is one a fault names, right beside its negation.
  const things = rest.split(/[|、和及与并且]+/).filter((t) => t !== '');
  return (
    things.length > 0 &&
    things.every(
      (t) =>
        t.length >= 2 &&
        !GENERIC_WORDS.includes(t) &&
        labels.some((label) => {
          const l = compactText(label);
          const at = l.indexOf(t);
          if (at === -1 || window(a, l) !== null) return false;
          const near = `${l.slice(Math.max(0, at - 4), at)}|${l.slice(at + t.length, at + t.length + 3)}`;
          return FAULT_CHAR_RE.test(near);
        }),
    )
  );
}

/**
 * `年度目标已制定并下达`, `已设立女职工委员会`: a piece that names no fault and says, with 已, that something was
 * done — with no number, no word of a fault, of a part, of an issue, of a turn (`已开展但资料不全`) or of a
 * setback (`已停用`). Faults an answer does not name are absent, so it names none.
 */
function saidDone(piece: string, labels: readonly string[]): boolean {
  const w = compactText(piece);
  if (!w.includes('已') || /\d/.test(w) || FAULT_CHAR_RE.test(w)) return false;
  // (`已制定扬尘治理管理制度` against `未建立健全各项管理制度`, `已成立防火领导小组` against `未确定防火负责人,防火
  // 安全员和防火领导小组`: one thing done says nothing of every kind, nor of the rest of a list.)
  if (labels.some((l) => EVERY_KIND_RE.test(l))) return false;
  const faults = labels.map(compactText);
  if (faults.some((l) => LISTED_AFTER_NEGATION_RE.test(l) && sharesWords(w, l))) return false;
  // (`已成立禁毒工作领导小组` against `未成立工作机构`: the verb a fault denies, done to another thing, is the
  // person's call.)
  for (const l of faults)
    for (const m of l.matchAll(DENIED_VERB_RE))
      if (w.includes(m[1]) && !sameThingDone(w, m[1], l.slice((m.index ?? 0) + m[0].length))) return false;
  return ![...PARTIAL_WORDS, ...ISSUE_VERBS, ...ISSUE_NOUNS, ...CONTRAST_WORDS, ...SETBACK_WORDS].some((x) =>
    w.includes(x),
  );
}

/**
 * `数据库已建立` against `未建立数据库`, `已制定方案` against `未制定…建设工作方案`: what the answer did with the verb
 * (after it, or named before its 已) is what the fault says was not — its words within the fault's, closely.
 */
function sameThingDone(said: string, verb: string, deniedObject: string): boolean {
  const at = said.indexOf(verb);
  const after = said.slice(at + verb.length).split(/[并,，;；和及]/)[0];
  const before = said
    .slice(0, at)
    .replace(/(均已|都已|已经|已)$/, '')
    .split(/[并,，;；]/)
    .pop() as string;
  const thing = after !== '' ? after : before;
  if (thing === '') return true;
  const object = deniedObject.split(/[,，;；。]/)[0];
  const w = window(thing, object);
  return w !== null && w.length <= thing.length * 2;
}

/** Two characters of words (CJK only) running in both texts. */
const sharesWords = (a: string, b: string) => sharesRun(a, b, 2, (run) => /^[\u4e00-\u9fff]{2}$/.test(run));

/** A negation leading what it denies (`没有`, `尚未`, `未`, `无`, `不`, `没`), the longer spelling first. */
const NEGATION_LEAD = alternatives([...DENYING_LEADS, '没']);
/** `未确定防火负责人,防火安全员和防火领导小组`: a negation governing a list. */
const LISTED_AFTER_NEGATION_RE = new RegExp(
  `(?:${NEGATION_LEAD})[^,，;；]*[、和及与]|(?:${NEGATION_LEAD})[^;；]*,[^;；]*[和及与]`,
);
/** `各项管理制度`, `所有人员`: a fault on every kind of a thing. */
const EVERY_KIND_RE = /各项|各类|所有|全部/;
/** `未成立…`, `不及时`: the two characters right after a negation (all of them, with `matchAll`). */
export const DENIED_VERB_RE = new RegExp(`(?:${NEGATION_LEAD})([\\u4e00-\\u9fff]{2})`, 'g');

/**
 * `已成立工作机构`, `配备兼职人员2名` against `未成立工作机构和配备专职人员`: the verb a fault denies, said done —
 * led by 已 or followed by how many it did — of the thing the fault names, when that fault alone holds the verb.
 */
function verbDone(piece: string, labels: readonly string[]): boolean {
  const said = compactText(piece);
  // (`全员入会` against `一人未入会`: everyone did it, as 已 says it was done.)
  const done = said.replace(/^(已经|均已|都已|已|全员|全体)/, '');
  // (`完成率97%`: how much, not whether; without 已, a count of what was done closes the words.)
  if (/[%％率]/.test(said) || (done === said && !COUNT_CLOSING_RE.test(said))) return false;
  if (FAULT_CHAR_RE.test(done) || PARTIAL_WORDS.some((w) => done.includes(w))) return false;
  if (ISSUE_NOUNS.some((n) => done.includes(n))) return false;
  // (`已建立制度并制定措施`: each thing done after 并 with its own verb, the 已 leading both.)
  return done.split('并').every((clause) => clauseDone(clause, labels));
}

/** One verb and what it did, the fault that alone holds the verb denying it (see `verbDone`). */
function clauseDone(clause: string, labels: readonly string[]): boolean {
  const verb = clause.slice(0, 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(verb)) return false;
  const holding = labels.map(compactText).filter((l) => l.includes(verb));
  // (`没有成立机构和配备…`: a negation leading a list denies each verb in it.)
  const denied = new RegExp(`(?:没有|未|没|不)(?:[^,;]*[和、及与])?${verb}(.*)$`).exec(holding[0] ?? '');
  if (holding.length !== 1 || denied === null) return false;
  // What was done must be what the fault names (`已完成党支部交办的工作任务` is not `未完成…税收宣传任务` done):
  // each thing said, its words in the fault's, or a short one ending in a word of them.
  const things = clause
    .slice(2)
    .replace(COUNT_CLOSING_RE, '')
    .split(/[和、及与]+/)
    .filter((t) => t !== '');
  return things.every((t) => {
    const w = window(t, denied[1]);
    return (w !== null && w.length <= t.length * 2) || (t.length <= 4 && denied[1].includes(t.slice(-2)));
  });
}

const COUNT_CLOSING_RE = new RegExp(`\\d+(?:${[...COUNT_UNITS, ...PERSON_UNITS].join('|')})$`);

/** `少签订2个单位`: words, a count of things or people (no amount), and the noun it counts. */
const COUNT_INSIDE_RE = new RegExp(
  `^(.*?)(\\d+|[一二两三四五六七八九十]{1,3})(${[...COUNT_UNITS, ...PERSON_UNITS]
    .sort((a, b) => b.length - a.length)
    .join('|')})([\\u4e00-\\u9fff]{2,12})$`,
);

/**
 * `未签章3处`, `台账少3本`: a count closing a piece of a fault answer, in any measure word. (`迟报1.5天`: a time
 * may be part of its unit; a count of things may not — the name reader refuses it.)
 */
const FAULT_COUNT_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})(${[...new Set([...COUNT_UNITS, ...QUANTITY_UNITS])]
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[/]/g, '\\/'))
    .join('|')})?([^\\d\\s上下多余半内外前后以及,，;；、]?)$`,
);

/**
 * `紧急问题结案率98%，按期结案率96%`: the value of each measure a composite rule names, each piece naming
 * one measure by its words. Every measure must be named once.
 */
export function readMeasures(input: InputValue | null, names: readonly string[]): Read<string[]> {
  const read = readMeasuresBeside(input, names, false);
  return read.ok ? { ok: true, value: read.value.values, text: read.text } : read;
}

/**
 * The measures' values as `readMeasures` reads them; with `others`, pieces that name no measure
 * (`瞒报1宗` beside `发现率93%`) are handed back for the faults the rule prices beside its measures.
 */
export function readMeasuresBeside(
  input: InputValue | null,
  names: readonly string[],
  others: boolean,
): Read<{ values: string[]; rest: string[] }> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  const values: (string | undefined)[] = names.map(() => undefined);
  const example = names.map((n, k) => `${n}${95 - k}%`).join('，');
  const refuse = invalid<{ values: string[]; rest: string[] }>(
    text,
    `请逐项写明各指标的数值（如：${example}）`,
  );
  const pieces = text.split(/[,，;；\s]+/).filter((p) => p !== '');
  const said = pieces.map((piece) => /^(.*?)[为是:：]?([-+]?\d[\d.]*.*)$/.exec(piece));
  const named = said.map((m) => (m === null || m[1] === '' ? null : nameAmong(compactText(m[1]), names)));
  // `结案率100%，按期结案率95%`: words that fit two measures name the one no other piece names.
  const taken = new Set(named.flatMap((n) => (n !== null && n !== 'denied' ? [n.index] : [])));
  const rest = names.map((n, k) => (taken.has(k) ? '' : n));
  const unnamed: string[] = [];
  for (const [i, m] of said.entries()) {
    // (`6次` beside faults: a bare value is the one measure's, when there is one.)
    const sole = m !== null && m[1] === '' && names.length === 1 ? { index: 0 } : null;
    const n = m === null || m[1] === '' ? sole : (named[i] ?? nameAmong(compactText(m[1]), rest));
    if (n === null || n === 'denied' || values[n.index] !== undefined) {
      if (!others) return refuse;
      unnamed.push(pieces[i]);
      continue;
    }
    values[n.index] = (m as RegExpExecArray)[2];
  }
  if (values.some((v) => v === undefined)) return refuse;
  return { ok: true, value: { values: values as string[], rest: unnamed }, text };
}

/**
 * A rank: `第3名`, `3`, `第三名`, `3名`, `排名第7位`; where the rule counts from the last, `倒数第2名` (and only
 * so: a rank not said to count from the last is not one of those).
 */
export function readRank(input: InputValue | null, bottom = false): Read<number> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  const m = /^(?:排名|名列|位列|位居)?(倒数)?第?(\d+|[一二三四五六七八九十]{1,3})[名位]?$/.exec(text);
  const n = m ? wholeNumber(m[2]) : null;
  const lead = bottom ? '倒数' : '';
  if (n === null || n < 1 || (m?.[1] !== undefined) !== bottom)
    return invalid(
      text,
      bottom
        ? `评分标准按倒数名次计分，无法读出倒数名次：“${text}”（可写倒数第3名）`
        : `无法读出名次：“${text}”（可写第3名或3）`,
    );
  return { ok: true, value: n, text: `${lead}第${n}名` };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function itemMarker(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}

/**
 * `专家委员会已成立`, `领导小组、专家委员会均已成立`: the things named first, then the verb done — read as
 * `已成立专家委员会`, when the items say the verb.
 */
function doneTurned(text: string, descs: readonly string[]): string {
  const m = /^(.{2,}?)(均|都|全部|皆)?(已经|已)([\u4e00-\u9fff]{1,4})$/.exec(text);
  if (m === null || !descs.some((d) => d.includes(m[4]))) return '';
  return `已${m[4]}${m[1]}`;
}

const ONLY_LEAD_RE = new RegExp(`^(?:${alternatives(ONLY_LEADS)})(?![要是])`);

/**
 * `只开办了定期普法节目`, `仅有接访制度、接访记录`: only the items named were met — what the items' words alone say,
 * and the 仅 says again. Null unless every piece after it names an item met.
 */
function onlyThese(text: string, descs: readonly string[]): Set<number> | null {
  const lead = ONLY_LEAD_RE.exec(text);
  if (lead === null) return null;
  const named = itemsByWords(text.slice(lead[0].length), descs, false);
  return named !== null && named.size > 0 && named.size < descs.length ? named : null;
}

/**
 * Checklist answers: `①③`, `1,3`, `1、3`, `(1)(3)`, `全部`, `无`, `是`/`否`, or the items' own words
 * (`方案科学、保障有力`) when the rule gives them.
 */
export function readItems(
  input: InputValue | null,
  itemCount: number,
  descs: readonly string[] = [],
  /** Items each missing one costs (`每少一项扣1分`): naming what is missing says the rest are there. */
  missingList = false,
): Read<Set<number>> {
  const text = cellText(input);
  if (text === null || input === null) return MISSING;
  const all = new Set(Array.from({ length: itemCount }, (_, k) => k + 1));
  // `两项均达到`, `三项均无`: the rule's count of items, then what each of them is.
  const counted = /^(\d+|[一二两三四五六七八九十]{1,3})项(?=[均都])(.+)$/.exec(text);
  if (counted !== null && itemCount > 1 && wholeNumber(counted[1]) === itemCount) {
    const each = readItems({ value: counted[2] }, itemCount, descs, missingList);
    return each.ok && (each.value.size === 0 || each.value.size === itemCount)
      ? { ...each, text }
      : invalid(text, `无法读出满足的条目：“${text}”`);
  }
  const upper = text.toUpperCase();
  // (`全部落实`, `齐全`: every part met, in words.)
  const everyPart =
    saysEveryOneMet(text) || (itemCount > 1 && MET_ENDINGS.includes(text) && saysAllMet(text));
  // (A bare yes — `有`, `是`, `√` — answers one question; to several it says which none of them.)
  const yes = YES_WORDS.includes(upper) && (itemCount === 1 || !BARE_YES_WORDS.includes(upper));
  if (ALL_ITEMS_WORDS.includes(text) || yes || everyPart)
    return { ok: true, value: all, text: itemCount === 1 ? '是' : '全部' };
  // (`均未纳入`, `均不达标`, `都没有`: none of them met, in words.)
  const noneMet = /^(均|都|全部|全|各项均)(不|未|没有|没|无)[^\d]*$/.test(text);
  if (NO_ITEMS_WORDS.includes(text) || NO_WORDS.includes(upper) || noneMet)
    return { ok: true, value: new Set(), text: itemCount === 1 ? '否' : '无' };
  // `缺第3、7项`: the parts missing, by number; the rest are met.
  const short = /^(缺少|缺失|缺|少|未满足|未达到)第?(?=[\d①-⑳])(.+?)项?$/.exec(text);
  if (short) {
    const unmet = readItems({ value: short[2] }, itemCount);
    if (!unmet.ok) return unmet;
    const met = new Set([...all].filter((n) => !unmet.value.has(n)));
    return { ok: true, value: met, text: [...met].map(itemMarker).join('') || '无' };
  }
  const found = new Set<number>();
  let rest = text;
  while (rest.length > 0) {
    const ch = rest[0];
    const circled = circledNumber(ch);
    if (circled !== null) {
      found.add(circled);
      rest = rest.slice(1);
      continue;
    }
    // `1.2` names the part the rule numbers `1.2` (`…(4分)1.2开展…(3分)`), never parts 1 and 2.
    const dotted = /^\d+\.\d+/.exec(rest);
    if (dotted) {
      const k = descs.findIndex((d) => compactText(d).startsWith(dotted[0]));
      if (k === -1) return invalid(text, `评分标准中没有编号为${dotted[0]}的条目`);
      found.add(k + 1);
      rest = rest.slice(dotted[0].length);
      continue;
    }
    if (/[,，、;；/\s.和及与第项]/.test(ch) || ch === '(' || ch === ')') {
      rest = rest.slice(1);
      continue;
    }
    const m = /^\d+/.exec(rest);
    if (m === null) {
      // (`有计划,部分落实` against `①有计划并实施…②有计划,部分落实…`: one item's own words, whole.)
      const plain = (x: string) => compactText(x).replace(/[,，、;；。]/g, '');
      const whole = descs.flatMap((d, k) => (plain(d) === plain(text) ? [k + 1] : []));
      if (whole.length === 1) return { ok: true, value: new Set(whole), text: itemMarker(whole[0]) };
      const turned = doneTurned(text, descs);
      const named =
        itemsByWords(text, descs, missingList) ??
        (turned === '' ? null : itemsByWords(turned, descs, missingList)) ??
        onlyThese(text, descs);
      if (named !== null) return { ok: true, value: named, text: [...named].map(itemMarker).join('') };
      return invalid(text, `无法读出满足的条目：“${text}”（可写①③、1,3、全部或无）`);
    }
    found.add(Number(m[0]));
    rest = rest.slice(m[0].length);
  }
  const bad = [...found].filter((n) => n < 1 || n > itemCount);
  if (bad.length > 0) return invalid(text, `评分标准只有${itemCount}项，没有第${bad.join('、')}项`);
  if (found.size === 0) return invalid(text, `无法读出满足的条目：“${text}”`);
  const sorted = [...found].sort((a, b) => a - b);
  return { ok: true, value: new Set(sorted), text: sorted.map(itemMarker).join('') };
}

const UNMET_RE = new RegExp(
  `^(?:${[...UNMET_WORDS].sort((a, b) => b.length - a.length).join('|')})(\\d+|[一二两三四五六七八九十]{1,3})项$`,
);

/**
 * `少1项`, `未达到2项`: how many items were not met, for a checklist whose items all cost the same (which
 * ones then does not change the score). Null when the input is not such a count.
 */
export function readUnmetCount(input: InputValue | null, itemCount: number): Read<number> | null {
  const text = cellText(input);
  if (text === null) return null;
  const m = UNMET_RE.exec(text);
  if (m === null) return null;
  const n = /\d/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
  if (n === null || n > itemCount) return invalid(text, `评分标准只有${itemCount}项，“${text}”超出了项数`);
  return { ok: true, value: n, text };
}

/** `记录均达要求`, `压力点设置和管网压力均符合要求`: what is met named first, then every one of it met. */
const TOPICAL_MET_RE = /^[\u4e00-\u9fff]{2,12}?(均|都)(已|按|达|符合|满足)/;

/** Words with a fault in them: a character of one (`迟`, `缺`, `不`) or a word (`逾期`, `滞后`, `不到位`). */
export function namesFault(text: string): boolean {
  return FAULT_CHAR_RE.test(text) || FAULT_HINT_WORDS.some((h) => text.includes(h));
}

/**
 * `均按要求开展`, `全部落实`, `每月均召开`, `配备到位`, `花名册齐全`: an answer saying every requirement was
 * met, with no number and no negation (`都有问题`, `全部` alone and `不到位` say nothing of the kind).
 */
export function saysAllMet(text: string): boolean {
  const w = compactText(text);
  // (`全部，但突破…指标`: a but says what was not.)
  // (`全部逾期`, `都滞后`: every one of them late is none met; `全部超额完成`: beyond the task is more than met.)
  if (/\d/.test(w) || /[问题但却]/.test(w) || namesFault(w.replace(/超额/g, ''))) return false;
  // (`均存在`, `都发生`: every fault there, not every requirement met.)
  if (ISSUE_VERBS.some((v) => w.includes(v))) return false;
  // (`部分到位`, `基本齐全`: partly met is not met.)
  if (PARTIAL_WORDS.some((p) => w.includes(p))) return false;
  const lead = ALL_MET_LEADS.find((l) => w.replace(/^(每月|每季度|每年|每次)/, '').startsWith(l));
  if (lead !== undefined && w.length > lead.length) return true;
  return TOPICAL_MET_RE.test(w) || MET_ENDINGS.some((e) => w.endsWith(e));
}

/** `符合规定`, `按要求召开`: the requirement met, in words leading with met and saying no count or fault. */
export function saysMetInWords(text: string): boolean {
  const w = compactText(text);
  // (`及时报送但数据有误`: a but, or an error, is no requirement met.)
  return (
    MET_WORDS.some((m) => w.startsWith(m)) && !/\d/.test(w) && !/[不未没无缺少差漏错迟误但违]|问题/.test(w)
  );
}

/**
 * `完成3项`, `三项均完成`, `开展4次`: a count said with words that affirm it was done — how many were done,
 * not how many were missed or found wrong.
 */
export function countsDone(text: string): boolean {
  const w = compactText(text);
  if (!/[\d一二两三四五六七八九十]/.test(w) || FAULT_CHAR_RE.test(w) || w.includes('问题')) return false;
  // (`16项全部公示`: a word for all before the verb says the count was done, whatever the verb.)
  return [...DONE_WORDS, ...MET_WORDS, ...MET_ENDINGS, ...ALL_MET_LEADS].some((d) => w.includes(d));
}

/** `全部按要求开展`, `均已落实`: every requirement met, said with a word for all (`全部` alone says nothing). */
export function saysEveryOneMet(text: string): boolean {
  return ALL_MET_LEADS.some((l) => text.startsWith(l)) && saysAllMet(text);
}

/**
 * `方案科学、保障有力` → {1, 3}: each piece names one item by its words (in order, `nameAmong`), or null.
 * A piece may name an item with its negation (`决算未公开`, `缺少现金管理制度`): that item is unmet. Pieces
 * that only deny list what is missing — the rest are met where each missing item costs (`missingList`),
 * else they must deny every item; pieces that affirm list what is met (the rest are not); both together
 * must say every item.
 */
function itemsByWords(text: string, descs: readonly string[], missingList: boolean): Set<number> | null {
  if (descs.length === 0) return null;
  // `…领导(0.5)及岗位职责(0.5)`: the connective before a part is not its name.
  const clean = (s: string) =>
    compactText(s).replace(/^[、,;]+(?:及|和|并|与|且)?|^(?:及|和|并|与|且)|[、,;。的]+$/g, '');
  const items = descs.map(clean);
  const met = new Set<number>();
  const denied = new Set<number>();
  // (`及时` is a word, not `及` joining two items; `建立台账但不规范` says two things. `未进行安全排查、改造维修`:
  // a denial leading a list denies each thing in it, as the rule's own lists are read.)
  // (`已成立领导小组并明确职责分工`: 并 joins two things done — unless the items' own words join with it.)
  // (`有固定场所且布置规范`: 且 joins two things as 并 does.)
  const joins = items.some((d) => /[并且]/.test(d))
    ? /(?:[、/和与]|及(?!时))+/
    : /(?:[、/和与]|及(?!时)|(?<![合兼])并(?![网表存入列])|(?<![而并])且)+/;
  const pieces = text.split(/(?:[,，;；]|但是|但|却)+/).flatMap((clause) => {
    // `设备、环境均不整洁`: things listed, then 均 and what each is — one piece for each thing.
    const each = eachSaid(clause);
    if (each !== null) return each;
    // (`考虑自然采光的设计与运用`, an item's own words whole: its 与 joins nothing.)
    if (items.some((d) => d.includes(clean(clause)))) return [clause];
    const list = clause.split(joins).filter((p) => p !== '');
    return leadEach(list, LEAD_DENIALS, (p) => NEGATIONS.some((n) => p.startsWith(n)) || /^(已|有)/.test(p));
  });
  // (`建立了协调机制`: the particle of a thing done is no word of the item's.)
  // (`制度已落实`, `已制发文件`: 已 says done, no word of the item's either.)
  const done = items.some((d) => d.includes('已'))
    ? (p: string) => p
    : (p: string) => p.replace(/已经?/g, '');
  const particle = items.some((d) => d.includes('了')) ? done : (p: string) => done(p).replace(/了/g, '');
  for (const piece of pieces.map((p) => particle(clean(p))).filter((p) => p !== '')) {
    const k = itemSaidMet(piece, items);
    const d = k === -1 ? itemDenied(piece, items) : -1;
    if (k === -1 && d === -1) return null;
    if (k !== -1) met.add(k + 1);
    else denied.add(d + 1);
  }
  // (`采用信息化手段…的再得0.5分` said met alone: an item that goes on from the one before, that one not said met, is
  // the person's.)
  if (denied.size === 0)
    return [...met].some((n) => n > 1 && !met.has(n - 1) && goesOnFrom(compactText(descs[n - 1])))
      ? null
      : met;
  // (Elsewhere one item unmet says nothing of the others, unless every item is said.)
  // `未保证必要的经费` against `有办公及教学设施3分;保证必要的经费2分;…`: the items said unmet, the rest met — unless
  // another item hangs on one of them (`…实施计划(4'),并上报…(2')`, `发展新党员(4分);新党员中有…再加2分`).
  const rest = items.map((_, k) => k + 1).filter((n) => !denied.has(n));
  const hangs = rest.some((n) => [...denied].some((d) => dependsOn(compactText(descs[n - 1]), items[d - 1])));
  if (met.size === 0 && (missingList || denied.size === items.length || !hangs)) return new Set(rest);
  // `未制定` against `制定…实施计划(4'),并上报省、市防指(2')`: what goes on from an item unmet (并…) is unmet too.
  const goesOn = (n: number) => GOES_ON_RE.test(compactText(descs[n - 1]));
  if (met.size === 0 && rest.every((n) => goesOn(n) && denied.has(n - 1))) return new Set();
  return met.size + denied.size === items.length && [...met].every((n) => !denied.has(n)) ? met : null;
}

/** `并上报…`, `且…`: an item that goes on from the one before it. */
const GOES_ON_RE = /^[、,;]*(并|且|再|同时)/;

/** An item that goes on from the one before it (`并上报…`, `…的再得0.5分`, `…再加2分`, `其中…`). */
function goesOnFrom(item: string): boolean {
  return (
    GOES_ON_RE.test(item) ||
    ADDED_ON_WORDS.some((w) => item.includes(w)) ||
    ADDED_ON_ENDINGS.some((w) => item.endsWith(w))
  );
}

/** An item that goes on from another (see `goesOnFrom`) or speaks of its thing again (`新党员`). */
function dependsOn(item: string, on: string): boolean {
  return goesOnFrom(item) || sharesRun(on, item, 3);
}

/** Denials that lead a list and deny each thing in it (`未…、…`, `没有…和…`, `缺…`). */
const LEAD_DENIALS = [...LIST_NEGATIONS, '尚未', '未', '没'].sort((a, b) => b.length - a.length);

/** The item a piece names as met (by index), or -1. `bySubject`: also `河塘达标`, a subject said met. */
function itemSaidMet(piece: string, items: readonly string[], bySubject = true): number {
  // (`已`, `部分`: a lead or a degree alone names no item, whatever item holds it.)
  if (piece.length < 2 || DEGREE_WORDS.includes(piece)) return -1;
  const exact = items.indexOf(piece);
  if (exact !== -1) return exact;
  // (`缺少现金管理制度` holds the item's words but denies them; `猪人工受精任务完成80%`, `部分…` say them in part.)
  const rest = (d: string) => piece.replace(d, '');
  const whole = (d: string) =>
    !DENYING_WORDS.some((w) => rest(d).includes(w)) &&
    !/\d/.test(rest(d)) &&
    !PARTLY_DONE_DEGREES.some((w) => rest(d).includes(w));
  const holding = items.flatMap((d, k) => (d.includes(piece) || (piece.includes(d) && whole(d)) ? [k] : []));
  if (holding.length === 1) return holding[0];
  if (holding.length > 1) return -1;
  // `列入规划` names `档案工作列入了本机关近期规划` by its words in order.
  const named = nameAmong(piece, items);
  if (named !== null && named !== 'denied') return named.index;
  if (named !== null || !bySubject) return -1;
  // `河塘达标`: an item named by its subject, then said to be met.
  const ending = MET_ENDINGS.find((e) => piece.endsWith(e) && piece.length >= e.length + 2);
  const subject = ending ? piece.slice(0, -ending.length) : '';
  const said =
    subject !== '' && !NEGATIONS.some((n) => subject.includes(n)) ? nameAmong(subject, items) : null;
  return said !== null && said !== 'denied' ? said.index : -1;
}

/** `决算未公开`, `缺少现金管理制度`: the one item a piece names with a word denying it, or -1. */
function itemDenied(piece: string, items: readonly string[]): number {
  const word = DENYING_WORDS.find((w) => piece.includes(w));
  if (word === undefined) return -1;
  const plain = piece.replace(word, '');
  // (`未公开` against two items that are both 公开…: `nameAmong` names neither.)
  if (plain.length < 2) return -1;
  // (`河塘不达标` says of 河塘 what any of its items may be.)
  const k = itemSaidMet(plain, items, false);
  // (The item's own words must not hold the denial: `无违规` is met by `无违规`.)
  return k !== -1 && !items[k].includes(word) ? k : -1;
}
