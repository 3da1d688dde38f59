/**
 * Dates in a 自评表's 时效 rows: a 年度指标值 that is a day or a period of the calendar (`2021年12月31日`,
 * `12月底前`, `2021年底`, `三季度`) and the 实际完成值 that says when the work was done (`2021年11月30日`,
 * `11月完成`). Done by the deadline is the target met; done after it is the person's call (no rule prices
 * the delay); a period that runs across the deadline says neither.
 */
import { compactText } from '../text';
import { DATE_DONE_VERBS } from '../vocabulary/rules';

/** A stretch of one year's calendar: days as month × 32 + day, so they order as dates do. */
export interface Period {
  /** `2021`, `next` (`次年`), or null when the text names no year. */
  year: number | 'next' | null;
  from: number;
  to: number;
  /** `9月前`: before a month, not by its end — a day inside it is neither on time nor late for certain. */
  before: boolean;
}

const day = (m: number, d: number) => m * 32 + d;
const MONTH_END = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const LEADS_RE = /^(已于|已在|于|在|截至|截止到|截止|到)/;
/** `12月底前已到位`, `12月20日拨付`: what was done, after when. */
const DONE_RE = new RegExp(`(?:已|全部)?(?:${DATE_DONE_VERBS.join('|')})$`);
const RANGE_RE = /^(.+?)(?:-|~|至|到)(.+)$/;
const TAILS_RE = /(前完成|内完成|之前|以前|前|完成|为止|止)$/;
const YEAR = '(?:(\\d{4})年?|(次年|下年|翌年)|(?:当年|本年|今年))?';
const DATE_RE = /^(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/;
const MONTH_RE = new RegExp(`^${YEAR}(\\d{1,2})月(?:(\\d{1,2})[日号]|(底|末|份|上旬|中旬|下旬))?$`);
const YEAR_END_RE = new RegExp(`^${YEAR}(年底|年末|底|末|年内|全年)$`);
const HALF_RE = new RegExp(`^${YEAR}(上半年|下半年)(?:末|底)?$`);
const QUARTER_RE = new RegExp(`^${YEAR}第?([一二三四1-4])季度(?:末|底)?$`);

function yearOf(m: RegExpExecArray): Period['year'] {
  if (m[1] !== undefined) return Number(m[1]);
  return m[2] !== undefined ? 'next' : null;
}

/** The calendar period a cell names, or null when it names none (`6个月` is a length, not a date). */
export function calendarPeriod(text: string): Period | null {
  const raw = compactText(text).replace(LEADS_RE, '').replace(DONE_RE, '');
  const one = single(raw);
  if (one !== null) return one;
  // `2021年1月-12月`, `2021年3月-2022年2月`: from the start of one to the end of the other.
  const range = RANGE_RE.exec(raw);
  if (range !== null) {
    const first = calendarPeriod(range[1]);
    const last = calendarPeriod(
      /^\d{4}/.test(range[2]) || first === null ? range[2] : `${yearText(first)}${range[2]}`,
    );
    if (first === null || last === null || typeof first.year !== typeof last.year) return null;
    const years =
      typeof first.year === 'number' && typeof last.year === 'number' ? last.year - first.year : 0;
    if (years < 0 || (years === 0 && last.to < first.from)) return null;
    return { year: first.year, from: first.from, to: last.to + years * 1000, before: false };
  }
  return null;
}

/** `底`, `上旬`, `份` or nothing after a month: the days of it meant. */
function partOfMonth(word: string | undefined, end: number): [number, number] {
  switch (word) {
    case '底':
    case '末':
      return [end, end];
    case '上旬':
      return [1, 10];
    case '中旬':
      return [11, 20];
    case '下旬':
      return [21, end];
    default:
      return [1, end];
  }
}

function yearText(p: Period): string {
  return typeof p.year === 'number' ? `${p.year}年` : '';
}

function single(raw: string): Period | null {
  const bare = raw.replace(TAILS_RE, '');
  const said = raw !== bare;
  let m = DATE_RE.exec(bare);
  if (m !== null) {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > MONTH_END[mo]) return null;
    return { year: Number(m[1]), from: day(mo, d), to: day(mo, d), before: false };
  }
  m = MONTH_RE.exec(bare);
  if (m !== null) {
    const mo = Number(m[3]);
    if (mo < 1 || mo > 12) return null;
    const end = MONTH_END[mo];
    const [from, to] = m[4] !== undefined ? [Number(m[4]), Number(m[4])] : partOfMonth(m[5], end);
    if (from > end) return null;
    // (`12月31日前` includes the day; `9月前` stops short of the month.)
    const before = said && m[4] === undefined && m[5] === undefined && /前$/.test(raw.replace(/完成$/, ''));
    return { year: yearOf(m), from: day(mo, from), to: day(mo, to), before };
  }
  m = YEAR_END_RE.exec(bare);
  if (m !== null) {
    // (`2021年` alone is the whole year; bare `年内` too.)
    const whole = m[3] === '年内' || m[3] === '全年';
    return { year: yearOf(m), from: whole ? day(1, 1) : day(12, 31), to: day(12, 31), before: false };
  }
  if (/^\d{4}年$/.test(bare))
    return { year: Number(bare.slice(0, 4)), from: day(1, 1), to: day(12, 31), before: false };
  m = HALF_RE.exec(bare);
  if (m !== null) {
    const first = m[3] === '上半年';
    return {
      year: yearOf(m),
      from: first ? day(1, 1) : day(7, 1),
      to: first ? day(6, 30) : day(12, 31),
      before: false,
    };
  }
  m = QUARTER_RE.exec(bare);
  if (m !== null) {
    const q = QUARTERS[m[3]];
    const last = q * 3;
    return { year: yearOf(m), from: day(last - 2, 1), to: day(last, MONTH_END[last]), before: false };
  }
  return null;
}

export type Timeliness = 'on-time' | 'late' | 'unclear';

/** Whether work done in `done` met the deadline `due` (a year left out is the other's). */
export function timeliness(due: Period, done: Period): Timeliness {
  const base = typeof due.year === 'number' ? due.year : typeof done.year === 'number' ? done.year : 0;
  const yearOf = (p: Period) => (p.year === 'next' ? base + 1 : (p.year ?? base));
  const at = (p: Period, d: number) => yearOf(p) * 1000 + d;
  const onTimeBy = at(due, due.before ? due.from - 1 : due.to);
  if (at(done, done.to) <= onTimeBy) return 'on-time';
  if (at(done, done.from) > at(due, due.to)) return 'late';
  return 'unclear';
}

/** `3月31日前`, `每年6月底以前`, `2021年12月31日之前`: a day or a month's end, then before. */
const DEADLINE_RE = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|底|末)(?:之前|以前|前)/g;
/** `5个工作日内`, `3天内`, `24小时内`: a time from a start the rule names, then within. */
const WITHIN_RE = /(\d+)个?(工作日|天|日|小时)(?:以内|之内|内)/g;
/** `第4个工作日上报`, `7个工作日完成`, `3天内上报`: when, counted from that start, the work was done. */
const TAKEN_RE = new RegExp(
  `^(?:在|于)?第?(\\d+)个?(工作日|天|日|小时)(?:以内|之内|内)?(?:已|全部)?(?:${DATE_DONE_VERBS.join('|')}|完成)?$`,
);

/** The one deadline a rule sets: a day (`3月31日前`), or a time from a start it names (`5个工作日内`). */
export type Deadline = { day: Period } | { within: number; unit: string };

/**
 * The one deadline a rule's text sets (`每年3月31日前在门户网站公开…`, `接到任务后5个工作日内上报`), or null when
 * it sets none or several (`3月31日前完成的计4分，4月15日前完成的计3分` prices each, which is no single deadline).
 */
export function deadlineIn(rule: string): Deadline | null {
  const text = compactText(rule);
  const found = [...new Set(text.match(DEADLINE_RE) ?? [])];
  // (`于每年7月5日和次年1月5日前`: another day named beside it is another deadline.)
  const days = new Set(text.match(/\d{1,2}月(?:\d{1,2}[日号]|底|末)?/g) ?? []);
  const within = [...text.matchAll(WITHIN_RE)];
  if (found.length + within.length !== 1) return null;
  if (within.length === 1)
    return days.size === 0 ? { within: Number(within[0][1]), unit: unitOf(within[0][2]) } : null;
  const day = days.size === 1 ? calendarPeriod(found[0]) : null;
  return day === null ? null : { day };
}

const unitOf = (u: string) => (u === '日' ? '天' : u);

/**
 * How work done (`3月28日公开`, `第7个工作日上报`) stands against a deadline, and by how much it is late in the
 * deadline's unit (null when that is not known: a month against a day, working days from dates). Null when the
 * answer gives no day or time.
 */
export function doneBy(
  due: Deadline,
  answer: string,
): { when: Timeliness; past: number | null; unit: string } | null {
  if ('within' in due) {
    const m = TAKEN_RE.exec(compactText(answer));
    if (m === null || unitOf(m[2]) !== due.unit) return null;
    const past = Math.max(0, Number(m[1]) - due.within);
    return { when: past === 0 ? 'on-time' : 'late', past, unit: due.unit };
  }
  const done = calendarPeriod(answer);
  if (done === null) return null;
  return { when: timeliness(due.day, done), past: daysPast(due.day, done), unit: '天' };
}

/**
 * Days from a deadline that is one day (`3月31日前`) to work done on one day (`4月3日`): 3; 0 when done by it.
 * Null when either is a stretch of days (`4月`; `3月底前` is one day, `9月前` is not).
 */
function daysPast(due: Period, done: Period): number | null {
  if (due.before || due.from !== due.to || done.from !== done.to) return null;
  const base = typeof due.year === 'number' ? due.year : typeof done.year === 'number' ? done.year : 2001;
  const yearOf = (p: Period) => (p.year === 'next' ? base + 1 : (p.year ?? base));
  const utc = (p: Period) => Date.UTC(yearOf(p), Math.floor(p.from / 32) - 1, p.from % 32);
  return Math.max(0, Math.round((utc(done) - utc(due)) / 86_400_000));
}
