/**
 * The target family (SPEC §3, 自评表): 实际完成值 against 年度指标值. The target's comparator decides
 * which way is better; a qualitative target is scored in bands of the weight from the person's score.
 */
import Decimal from 'decimal.js';
import { inUnit, isListedUnit, isMoney, otherKinds, readQuantity } from '../inputs';
import type { Quantity } from '../inputs';
import { finalScore, formatPlain, formatScore } from '../numberText';
import { calendarPeriod, timeliness } from './dueDates';
import type { Period } from './dueDates';
import { compactText } from '../text';
import {
  ACHIEVED_WORDS,
  BARE_NO_WORDS,
  BARE_YES_WORDS,
  NONE_ACTUALS,
  ACHIEVEMENT_OBJECTS,
  COMPARATOR_SYMBOLS,
  COMPARATOR_WORDS,
  NOT_ACHIEVED_WORDS,
  PARTLY_ACHIEVED_WORDS,
  POSTFIX_COMPARATORS,
  AT_LEAST_MARKS,
  ON_TIME_WORDS,
  COST_NAME_WORDS,
  LESSER_DEGREE_WORDS,
  MANNER_WORDS,
  QUALITY_WORDS,
  GREATER_DEGREE_WORDS,
  COUNT_UNITS,
  LEADING_MINIMUM_WORDS,
  INCLUSIVE_MARKS,
  SUBJECT_CLOSERS,
  PERIOD_WORDS,
  NEGATIONS,
  PERCENT_TAIL_WORDS,
  TARGET_SCALE_GRADES,
} from '../vocabulary/rules';
import type { Comparator } from '../vocabulary/rules';
import type { InputValue, RuleIssue, RuleRequest, RuleResult } from './types';

export interface Target {
  op: Comparator;
  /** The comparator was written (a bare value counts as `≥`). */
  written: boolean;
  value: Decimal;
  pct: boolean;
  unit: string | null;
  text: string;
  /** Written as a sentence, its subject before the value (`辖区企业满意率达95%以上`). */
  sentence?: true;
  /** `万`/`亿` written before a unit the readers do not list (`28万亩`): value holds it, a bare actual does not. */
  scale?: Decimal;
}

type Achievement = 'achieved' | 'partly' | 'not';

/** Parse a 年度指标值: `≥73个`, `100%`, `≤221.69万元`, `=0`, `不低于90%`, `90%以上`; null when qualitative. */
export function parseTarget(cell: InputValue): Target | null {
  if (typeof cell.value === 'number') {
    const q = readQuantity(cell);
    return q.ok
      ? { op: q.value.value.isZero() ? '=' : '>=', written: false, ...q.value, text: q.text }
      : null;
  }
  const whole = targetWords(cell);
  return targetIn(whole) ?? statedOf(whole) ?? leadingMinimum(whole);
}

/**
 * `至少全年完成2次宣传`: a minimum word leading the sentence, a count in a unit of things, and the thing counted
 * after it — at least that many.
 */
function leadingMinimum(text: string): Target | null {
  const m = LEADING_MINIMUM_TARGET_RE.exec(text);
  if (m === null) return null;
  return { op: '>=', written: true, value: new Decimal(m[2]), pct: false, unit: m[3], text, sentence: true };
}

const LEADING_MINIMUM_TARGET_RE = new RegExp(
  `^(?:${LEADING_MINIMUM_WORDS.join('|')})([\\u4e00-\\u9fff]{0,8}?)(\\d+)(${[...COUNT_UNITS]
    .sort((a, b) => b.length - a.length)
    .join('|')})[\\u4e00-\\u9fff]{0,6}$`,
);

/** A 年度指标值's text as read: `15万元。` without its sentence's full stop, `≥90%(含)` without the mark `≥` says already. */
function targetWords(cell: InputValue): string {
  return compactText(String(cell.value ?? ''))
    .replace(SENTENCE_END_RE, '')
    .replace(INCLUSIVE_TAIL_RE, '');
}

/** A sentence's closing stop (`15万元。`), which says nothing of the value. */
const SENTENCE_END_RE = /[。；;]+$/;
const INCLUSIVE_TAIL_RE = new RegExp(`[(（](?:${INCLUSIVE_MARKS.join('|')})[)）]$`);

/**
 * `辖区企业满意率达95%以上`, `全年培训不少于3次`: a target written as a sentence, its subject before the value —
 * read when the subject is words only and either closes with 达/为/在… or the value comes with its comparator.
 */
function statedOf(text: string): Target | null {
  for (let at = 2; at < text.length - 1; at++) {
    const subject = text.slice(0, at);
    if (!/^[\u4e00-\u9fff]+$/.test(subject)) return null;
    const closed = SUBJECT_CLOSERS.some((c) => subject.endsWith(c));
    const t = targetIn(text.slice(at));
    if (t !== null && (closed || t.written)) return { ...t, text, sentence: true };
  }
  return null;
}

function targetIn(whole: string): Target | null {
  let text = whole;
  const shown = text;
  let op: Comparator | null = null;
  const symbol = COMPARATOR_SYMBOLS[text[0]];
  if (symbol !== undefined) {
    op = symbol;
    text = text.slice(1);
  } else {
    const word = [...COMPARATOR_WORDS]
      .sort((a, b) => b[0].length - a[0].length)
      .find(([w]) => text.startsWith(w));
    if (word) {
      op = word[1];
      text = text.slice(word[0].length);
    }
  }
  const post = [...POSTFIX_COMPARATORS]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([w]) => text.endsWith(w));
  if (op === null && post && post[1] !== 'between') {
    op = post[1];
    text = text.slice(0, -post[0].length);
  }
  const q = readQuantity({ value: withoutPercentTail(text) });
  const m = q.ok ? q.value : countedIn(text);
  if (m === null) return null;
  // (A bare `0起` is none allowed: `≥0` would be met by anything.)
  const bare = m.value.isZero() ? '=' : '>=';
  return { op: op ?? bare, written: op !== null, ...m, text: shown };
}

/** `100%覆盖` → `100%`: a percentage and the word of what it measures. */
function withoutPercentTail(text: string): string {
  const tail = PERCENT_TAIL_WORDS.find((w) => text.endsWith(w) && text.slice(0, -w.length).endsWith('%'));
  return tail === undefined ? text : text.slice(0, -tail.length);
}

/** `优良中低差` → its grades, best first; null unless the whole cell is such a scale. */
function gradeScale(text: string): string[] | null {
  const grades = [...text];
  return grades.length >= 2 &&
    new Set(grades).size === grades.length &&
    grades.every((g) => TARGET_SCALE_GRADES.includes(g))
    ? grades
    : null;
}

/**
 * `550万粒`, `5300元/户`, `530元/人*月`: a number in a unit the readers do not list, or per something. Such a unit
 * is compared as written: the actual must be in the very same unit.
 */
function countedIn(text: string): (Quantity & { scale?: Decimal }) | null {
  const m = TAIL_UNIT_RE.exec(text);
  // (`3年内`, `5日前`, `90左右`: a bound or a time said in words is no unit; the target stays qualitative.)
  if (m === null || /[内前后左右以上下]/.test(m[3])) return null;
  const scale = m[2] === '万' ? 10000 : m[2] === '亿' ? 100000000 : 1;
  const value = new Decimal(m[1]).times(scale);
  return { value, pct: false, unit: m[3], ...(scale > 1 && { scale: new Decimal(scale) }) };
}

// (`≤28.40/株`: the unit's first half may be left out, the per-what kept. `80TB`, `500Mbps`: a unit in Latin
// letters, compared as written.)
const TAIL_UNIT_RE =
  /^(\d+(?:\.\d+)?)(万|亿)?((?:[\u4e00-\u9fff]|\/[\u4e00-\u9fff])[\u4e00-\u9fff/·*]{0,6}|[A-Za-z][A-Za-z/]{0,7})$/;

/** `每月1次` → `1次/月`: a rate per period said with 每 before it, as targets write it after. */
function perPeriodWritten(text: string): string {
  const m = PER_PERIOD_RE.exec(text);
  return m === null ? text : `${m[2]}/${m[1]}`;
}

const PER_PERIOD_RE = new RegExp(`^每(${PERIOD_WORDS.join('|')})(\\d+(?:\\.\\d+)?[\\u4e00-\\u9fff]+)$`);

/**
 * The period a target's unit is counted per (`次/月` → `月`), other than the year a 自评表 covers: an actual
 * without it (`3次` against `1次/月`) may be the year's count or the month's, so it is not read.
 */
function perPeriod(unit: string | null): string | null {
  const m = unit === null ? null : /\/([\u4e00-\u9fff]+)$/.exec(unit);
  return m !== null && PERIOD_WORDS.includes(m[1]) && m[1] !== '年' ? m[1] : null;
}

/**
 * A 是/否 target (`是否存在超标准配备` → `否`) is met by the same answer, whichever it is. The answer may lead
 * with it (`是，已及时传输`); against `否`, a plain denial (`无影响`, `未发生`, `不存在`) is a no. (Against `是` a
 * denial may affirm — `无延误` — so it is not read.)
 */
function answered(target: string, actual: string, question: string): Achievement | null {
  const side = (w: string) =>
    BARE_YES_WORDS.includes(w.toUpperCase()) ? 'yes' : BARE_NO_WORDS.includes(w.toUpperCase()) ? 'no' : null;
  const wanted = side(target);
  if (wanted === null) return null;
  const said =
    side(actual) ?? ledBy(actual, side) ?? (wanted === 'no' && deniesAsked(actual, question) ? 'no' : null);
  return said === null ? null : wanted === said ? 'achieved' : 'not';
}

/** `无影响` to `是否对当地生态环境造成影响`: a plain denial of what the row's question asks (never `不及时` to `是否超标`). */
function deniesAsked(actual: string, question: string): boolean {
  const denied = deniedPlainly(actual);
  return denied !== null && question.includes(denied);
}

/** `是，已及时传输`, `否，未超标`: a yes or no leading words that say the same again (never `无，但有1起`). */
function ledBy(actual: string, side: (w: string) => 'yes' | 'no' | null): 'yes' | 'no' | null {
  const m = /^(.+?)[，,；;、](.+)$/.exec(actual);
  const lead = m === null ? null : side(m[1]);
  if (m === null || lead === null) return null;
  const rest = m[2].replace(/[。.]+$/, '');
  const again =
    lead === 'no'
      ? deniedPlainly(rest) !== null || NOT_ACHIEVED_WORDS.includes(rest)
      : !/\d/.test(rest) && ![...NEGATIONS, ...LESSER_DEGREE_WORDS].some((w) => rest.includes(w));
  return again ? lead : null;
}

/**
 * `无影响`, `未发生`, `没有超标`: one denial leading a few words, nothing counted, nothing else said — the words
 * denied (`影响`), or null.
 */
function deniedPlainly(actual: string): string | null {
  const lead = NEGATIONS.find((n) => actual.startsWith(n));
  if (lead === undefined) return null;
  const rest = actual.slice(lead.length);
  const plain =
    rest.length > 0 &&
    rest.length <= 6 &&
    /^[\u4e00-\u9fff]+$/.test(rest) &&
    !NEGATIONS.some((n) => rest.includes(n));
  return plain ? rest : null;
}

/**
 * `严格执行` against `严格执行相关制度规定`, `效果明显，群众满意` against `效果明显`, `明显提升` against `有所提升`: the
 * actual says part of the target's own words, or all of them and more, degree and manner words aside — with no
 * denial or lesser degree of its own, and a degree where the target asks one.
 */
function restatedInPart(target: string, actual: string): boolean {
  const plain = actual.replace(/[。.！!]+$/, '');
  if (plain.length < 2 || target.length < 2 || /\d/.test(plain + target)) return false;
  const unmannered = (text: string) => MANNER_WORDS.reduce((t, w) => t.split(w).join(''), text);
  const [t, a] = [unmannered(target), unmannered(plain)];
  const own = (w: string) => a.includes(w) && !t.includes(w);
  if (NEGATIONS.some(own) || LESSER_DEGREE_WORDS.some(own)) return false;
  // (`提升` against `显著提升`: a target asking a degree is not met by none.)
  const degree = (text: string) => GREATER_DEGREE_WORDS.some((w) => text.includes(w));
  if (degree(t) && !degree(a)) return false;
  const core = (text: string) =>
    [...GREATER_DEGREE_WORDS, ...LESSER_DEGREE_WORDS].reduce((x, w) => x.split(w).join(''), text);
  const [tc, ac] = [core(t), core(a)];
  if (tc.length < 2 || ac.length < 2) return t === a;
  if (ac.includes(tc)) return true;
  // (`发生` against `不发生安全事故`, `效果明显` against `效果良好`: the words left out must be neither the
  // target's denial nor the quality it asks.)
  const at = tc.indexOf(ac);
  const left = at < 0 ? '' : tc.slice(0, at) + tc.slice(at + ac.length);
  return at >= 0 && ![...NEGATIONS, '零', ...QUALITY_WORDS].some((n) => left.includes(n));
}

function achievementOf(text: string): Achievement | null {
  // Longest words first: 未达成 before 达成, 部分达成 before 达成.
  const all: [string, Achievement][] = [
    ...NOT_ACHIEVED_WORDS.map((w): [string, Achievement] => [w, 'not']),
    ...PARTLY_ACHIEVED_WORDS.map((w): [string, Achievement] => [w, 'partly']),
    ...ACHIEVED_WORDS.map((w): [string, Achievement] => [w, 'achieved']),
  ].sort((a, b) => b[0].length - a[0].length);
  const object = ACHIEVEMENT_OBJECTS.find((o) => text.endsWith(o) && text.length > o.length);
  const bare = object === undefined ? text : text.slice(0, -object.length);
  return all.find(([w]) => bare === w)?.[1] ?? null;
}

const ACHIEVEMENT_BANDS: Readonly<Record<Achievement, [number, number, string]>> = {
  achieved: [0.8, 1, '达成'],
  partly: [0.6, 0.8, '部分达成'],
  not: [0, 0.6, '未达成'],
};

/**
 * `ratio`: the rule says a target missed scores B/A (higher is better) or A/B (lower is better) of the
 * weight, A the target and B the actual — for a lower-is-better target, target/actual instead of SPEC's
 * default (1 − overrun/target).
 */
export function scoreTarget(req: RuleRequest, lowerMissed: 'default' | 'ratio' = 'default'): RuleResult {
  const targetText = req.target ? targetWords(req.target) : '';
  // (`12月` is a month of the calendar, not twelve of something.)
  const due = calendarPeriod(targetText);
  // (`±3%以内`: a deviation either way, within a bound.)
  const tolerance = due === null ? TOLERANCE_RE.exec(targetText) : null;
  const target = req.target && due === null && tolerance === null ? parseTarget(req.target) : null;
  const explain = tolerance
    ? `偏差指标“${targetText}”：偏差（绝对值）不超过${tolerance[1]}${tolerance[2]}得满分，超出时由评分人评分`
    : target
      ? explainTarget(target, lowerMissed)
      : due
        ? `时效指标“${targetText}”：不晚于该时间完成得满分，晚于该时间由评分人评分`
        : `定性指标“${targetText}”：达成得满分（或评分人在分值80%—100%之间评定），部分达成在60%—80%之间评定，未达成在60%以下评定`;
  const base = { kind: 'target' as const, explain, unparsed: [], issues: [] as RuleIssue[] };
  const subject = req.name ?? '实际完成值';
  const inputText =
    req.input === null || req.input.value === null ? '' : compactText(String(req.input.value));
  if (inputText === '')
    return {
      ...base,
      score: null,
      status: 'missing-input',
      note: `${subject}未填写实际完成值，无法评分`,
      inputText: '',
    };

  // `效果明显` against the target `效果明显`: the actual restates the qualitative target, so it was met.
  // (Or a target written as a sentence, `辖区企业满意率达95%以上。`.)
  const restated =
    (target === null || target.sentence === true) && inputText.replace(SENTENCE_END_RE, '') === targetText;
  const question = req.name ?? compactText(req.rule ?? '');
  const achievement = restated
    ? 'achieved'
    : (answered(targetText, inputText, question) ?? achievementOf(inputText));
  if (achievement !== null) return qualitative(req, achievement, base, inputText);
  if (due !== null) return dated(req, due, targetText, base, inputText);
  if (tolerance !== null) return withinTolerance(req, tolerance, targetText, base, inputText);
  // `优` against `优良中低差`: the best grade of the scale the target lists is the target met.
  const scale = target === null ? gradeScale(targetText) : null;
  if (scale !== null && scale.includes(inputText)) {
    if (inputText === scale[0]) return qualitative(req, 'achieved', base, inputText);
    return {
      ...base,
      score: req.typedScore ?? null,
      status: 'manual',
      note: `实际完成情况为“${inputText}”，不是年度指标值“${targetText}”的最高一档“${scale[0]}”，评分标准未写明其得分${personScores(req)}`,
      inputText,
      missedTarget: true,
    };
  }
  if (target === null && scale === null && restatedInPart(targetText, inputText))
    return qualitative(req, 'achieved', base, inputText);
  if (target === null) {
    return {
      ...base,
      score: null,
      status: 'invalid-input',
      note: `定性指标的实际完成值应填写达成、部分达成或未达成`,
      inputText,
      issues: [
        {
          code: 'invalid-input',
          on: 'input',
          message: `定性指标“${targetText}”的实际完成值“${inputText}”应为达成、部分达成或未达成`,
        },
      ],
    };
  }
  // `警示标志设置成本预算` against `=5万元`: a budget to keep under, or a sum to reach? Not written.
  // (The row's name, or the 指标 text standing as its rule.)
  const named = req.name ?? compactText(req.rule ?? '');
  // (A row named by its sum alone, `15万元。`, says no more than a cost row does.)
  const unnamed = named.replace(/[。；;.]+$/, '') === targetText.replace(/[。；;.]+$/, '');
  const costing = unnamed || COST_NAME_WORDS.some((w) => named.includes(w));
  const either = costing && isMoney(target.unit) && (!target.written || target.op === '=');
  const actual = readActual(req.input, target);
  // (Spent exactly the sum: met whichever way the sum was meant.)
  if (either && ('message' in actual || !actual.value.eq(target.value)))
    return {
      ...base,
      score: null,
      status: 'manual',
      note: `${unnamed ? '' : `“${named}”是成本类指标，`}年度指标值“${target.text}”未写明是上限（≤）还是下限（≥），请人工评分`,
      inputText,
    };
  if ('message' in actual) return unreadActual(base, inputText, actual.message);
  return quantitative(req, target, actual, base, lowerMissed);
}

/** The actual in the target's unit, with a warning when the units differ in a way that does not convert. */
function readActual(
  input: InputValue | null,
  target: Target,
): (Quantity & { text: string; mismatch: string | null }) | { code: 'invalid-input'; message: string } {
  // `≥95%`, `600余人`: the actual said as a bound reached — a value only when it meets the target itself.
  // (`=100%`, `=230亩`: the actual written as the target is, with its `=`.)
  const said =
    typeof input?.value === 'string'
      ? withoutPercentTail(compactText(input.value).replace(/^=(?=\d)/, ''))
      : null;
  const bound = said === null ? null : boundSaid(said);
  const read = readQuantity(said === null ? input : { value: bound?.text ?? said });
  // (`425万粒` against `550万粒`: a unit the readers do not list reads only in the target's own unit; `无`
  // against `0起` is none.)
  const text = perPeriodWritten(compactText(String(input?.value ?? '')));
  // (`≥50厘米` copied from the target: the bound's own value, in a unit the readers do not list.)
  const tail = read.ok ? null : countedIn(bound === null ? text : perPeriodWritten(bound.text));
  // (`27.5元/株` against `≤28.40/株`, which left out its 元.)
  const sameUnit =
    tail !== null &&
    target.unit !== null &&
    (tail.unit === target.unit || (target.unit.startsWith('/') && tail.unit?.endsWith(target.unit) === true));
  // (`无` against `≤3起`, `小于5次`: none happened, below any ceiling.)
  const counted = target.unit !== null && COUNT_UNITS.includes(target.unit);
  const lower = target.value.isZero() || (counted && (target.op === '<=' || target.op === '<'));
  const none = !read.ok && lower && NONE_ACTUALS.includes(text);
  const q: typeof read =
    tail !== null && sameUnit
      ? { ok: true, value: { ...tail, unit: target.unit }, text }
      : none
        ? { ok: true, value: { value: new Decimal(0), pct: target.pct, unit: target.unit }, text }
        : read;
  if (!q.ok)
    return {
      code: 'invalid-input',
      message: q.missing ? '实际完成值未填写' : `无法读出实际完成值“${q.text}”`,
    };
  const period = perPeriod(target.unit);
  if (period !== null && q.value.unit !== target.unit)
    return {
      code: 'invalid-input',
      message: `年度指标值“${target.text}”按每${period}计，实际完成值“${q.text}”未写明每${period}多少，请按“${target.unit}”填写`,
    };
  // (`27.5元/株` or `28.4` against `≤28.40/株`, `5830元` against `≤5300元/户`; never `20万元` against `≤28.40/株`.)
  const per = target.unit?.indexOf('/') ?? -1;
  if (per >= 0 && q.value.unit !== null && q.value.unit !== target.unit) {
    const unit = target.unit ?? '';
    const kept = per > 0 ? q.value.unit === unit.slice(0, per) : q.value.unit.endsWith(unit);
    if (!kept)
      return {
        code: 'invalid-input',
        message: `实际完成值“${q.text}”与年度指标值“${target.text}”的单位不是一类，请按指标值的单位填写`,
      };
  }
  // SPEC §2: a unit must match the target's. `10人` against `≤100万元`, `5%` against `≥10个`: refused; so is any
  // other unit against one the readers do not list (`100万元` against `550万粒`, `6座` against `80TB`), which no
  // slip of the pen explains.
  const unlisted =
    per < 0 &&
    target.unit !== null &&
    q.value.unit !== null &&
    q.value.unit !== target.unit &&
    !isListedUnit(target.unit);
  const otherKind = unlisted || otherKinds(q.value.unit, target.unit);
  const share = q.value.pct !== target.pct && (q.value.unit !== null || target.unit !== null);
  if (otherKind || share)
    return {
      code: 'invalid-input',
      message: `实际完成值“${q.text}”与年度指标值“${target.text}”的单位不是一类，请按指标值的单位填写`,
    };
  const inTarget = inUnit(q.value, target.unit, target.pct);
  const { mismatch } = inTarget;
  // (`28` against `≥28万亩`: a bare number is in the unit as the target writes it, 万 and all.)
  const bareScaled = target.scale !== undefined && q.value.unit === null && !q.value.pct;
  const value = bareScaled ? inTarget.value.times(target.scale as Decimal) : inTarget.value;
  const higherBetter =
    target.op === '>=' || target.op === '>' || (target.op === '=' && !target.value.isZero());
  // (`3%以下` against `≤5%`: an upper bound within a ceiling is the ceiling kept.)
  const within =
    bound?.upper === true
      ? !higherBetter && (target.op === '<' ? value.lt(target.value) : value.lte(target.value))
      : higherBetter && (target.op === '>' ? value.gt(target.value) : value.gte(target.value));
  if (bound !== null && !within)
    return {
      code: 'invalid-input',
      message: `实际完成值“${text}”只写了${bound.upper ? '上限' : '下限'}，未说明是否达到“${target.text}”，请填写实际数值`,
    };
  // SPEC §2: a bare number between 0 and 1 against a percentage is read as points, with a warning.
  const bare = target.pct && !q.value.pct && q.value.unit === null && value.gt(0) && value.lt(1);
  const fraction = bare
    ? `实际完成值“${q.text}”没有百分号，按${q.text}%计；若指${formatPlain(value.times(100))}%，请写成百分比`
    : null;
  return { ...q.value, value, text: q.text, mismatch: mismatch ?? fraction };
}

/**
 * `≥95%`, `不低于80%`, `600余人`, `100%以上`: the value of an actual said as at least that much; `3%以下` as at most
 * (`upper`); null when said plainly.
 */
function boundSaid(plain: string): { text: string; upper?: true } | null {
  const symbol = COMPARATOR_SYMBOLS[plain[0]];
  if (symbol === '>=' || symbol === '>') return { text: plain.slice(1) };
  const word = COMPARATOR_WORDS.find(([w, op]) => (op === '>=' || op === '>') && plain.startsWith(w));
  if (word !== undefined && /^\d/.test(plain.slice(word[0].length)))
    return { text: plain.slice(word[0].length) };
  const m = AT_LEAST_RE.exec(plain);
  if (m !== null) return { text: `${m[1]}${m[2]}` };
  // `100%以上`, `3%以下`: the bound written after the number.
  const post = POSTFIX_COMPARATORS.find(
    ([w, op]) => op !== 'between' && plain.endsWith(w) && plain.length > w.length,
  );
  if (post === undefined || !/^\d/.test(plain)) return null;
  const text = plain.slice(0, -post[0].length);
  return post[1] === '>=' || post[1] === '>' ? { text } : { text, upper: true };
}

const AT_LEAST_RE = new RegExp(`^(\\d+(?:\\.\\d+)?)(?:${AT_LEAST_MARKS.join('|')})(.*)$`);

function explainTarget(t: Target, lowerMissed: 'default' | 'ratio'): string {
  const v = `${formatPlain(t.value)}${t.pct ? '%' : (t.unit ?? '')}`;
  if ((t.op === '=' && t.value.isZero()) || ((t.op === '<=' || t.op === '<') && t.value.isZero()))
    return `实际完成值为0得满分，否则不得分`;
  if ((t.op === '<=' || t.op === '<') && lowerMissed === 'ratio')
    return `越低越好：不超过${v}得满分；超出时按${v}÷实际完成值×分值计分`;
  if (t.op === '<=' || t.op === '<')
    return `越低越好：不超过${v}得满分；超出时按超出比例扣分（得分=分值×(1−超出部分/${v})），达到${v}的2倍不得分`;
  return `越高越好：达到${v}得满分；未达到按完成比例得分（得分=分值×实际完成值/${v}）`;
}

function finish(req: RuleRequest, raw: Decimal): Decimal {
  return finalScore(raw, req.weight, req.settings.decimals);
}

function quantitative(
  req: RuleRequest,
  t: Target,
  a: Quantity & { text: string; mismatch: string | null },
  base: Pick<RuleResult, 'kind' | 'explain' | 'unparsed' | 'issues'>,
  lowerMissed: 'default' | 'ratio',
): RuleResult {
  const w = req.weight;
  const d = req.settings.decimals;
  const x = Decimal.max(a.value, 0);
  const subject = req.name ?? '实际完成值';
  const shown = `${subject}${a.text}`;
  const target = t.text;
  let raw: Decimal;
  let why: string;
  let missed: boolean;
  let over = false;
  const lowerBetter = t.op === '<=' || t.op === '<' || (t.op === '=' && t.value.isZero());
  if (lowerBetter && t.value.lte(0)) {
    missed = x.gt(0);
    raw = missed ? new Decimal(0) : w;
    why = missed ? `${shown}，未达到“${target}”目标，不得分` : `${shown}，达到“${target}”目标`;
  } else if (lowerBetter) {
    missed = t.op === '<' ? x.gte(t.value) : x.gt(t.value);
    const twice = t.value.times(2);
    if (!missed) {
      raw = w;
      why = `${shown}，达到“${target}”目标`;
    } else if (lowerMissed === 'ratio') {
      raw = w.times(t.value).div(x);
      why = `${shown}，超出“${target}”目标，按${formatPlain(t.value)}/${formatPlain(x)}×${formatPlain(w)}计`;
    } else if (x.gte(twice)) {
      raw = new Decimal(0);
      why = `${shown}，达到目标值的2倍及以上，不得分`;
    } else {
      raw = w.times(new Decimal(1).minus(x.minus(t.value).div(t.value)));
      why = `${shown}，超出“${target}”目标${formatPlain(x.minus(t.value))}${t.pct ? '个百分点' : (t.unit ?? '')}，按${formatPlain(w)}×(1−${formatPlain(x.minus(t.value))}/${formatPlain(t.value)})计`;
    }
  } else {
    missed = t.op === '>' ? x.lte(t.value) && !t.value.isZero() : x.lt(t.value);
    over = t.value.gt(0) && x.gte(t.value.times(1.3));
    if (!missed || t.value.isZero()) {
      raw = w;
      why = `${shown}，达到“${target}”目标`;
    } else {
      raw = w.times(x).div(t.value);
      why = `${shown}，未达到“${target}”目标，按${formatPlain(x)}/${formatPlain(t.value)}×${formatPlain(w)}计`;
    }
  }
  const score = finish(req, raw);
  return {
    ...base,
    issues: a.mismatch === null ? [] : [{ code: 'suspicious-input', on: 'input', message: a.mismatch }],
    score,
    status: 'scored',
    note: `${why}，得${formatScore(score, d)}分`,
    inputText: a.text,
    missedTarget: missed,
    overachieved: over,
  };
}

/** `±3%以内`, `±5%`: a bound on a deviation either way (its unit `%` or none). */
const TOLERANCE_RE = /^±(\d+(?:\.\d+)?)(%?)(?:以内|之内|内)?$/;

/**
 * A deviation row (`结算误差率` against `±3%以内`): within the bound either way is the target met; beyond it
 * the rule does not say how much is lost.
 */
function withinTolerance(
  req: RuleRequest,
  tolerance: RegExpExecArray,
  targetText: string,
  base: Pick<RuleResult, 'kind' | 'explain' | 'unparsed' | 'issues'>,
  inputText: string,
): RuleResult {
  const q = readQuantity(req.input);
  const pct = tolerance[2] === '%';
  if (!q.ok || q.value.unit !== null || q.value.pct !== pct)
    return unreadActual(
      base,
      inputText,
      `实际完成值“${inputText}”不是偏差值，请填写偏差（如“${pct ? '2.5%' : '2.5'}”）`,
    );
  const subject = req.name ?? '实际完成值';
  const shown = `${subject}${q.text}`;
  if (q.value.value.abs().lte(new Decimal(tolerance[1]))) {
    const score = finish(req, req.weight);
    return {
      ...base,
      score,
      status: 'scored',
      note: `${shown}，在“${targetText}”范围内，达到目标，得${formatScore(score, req.settings.decimals)}分`,
      inputText: q.text,
      missedTarget: false,
    };
  }
  return {
    ...base,
    score: req.typedScore ?? null,
    status: 'manual',
    note: `${shown}，超出“${targetText}”范围，评分标准未写明超出如何扣分${personScores(req)}`,
    inputText: q.text,
    missedTarget: true,
  };
}

/** An actual the row cannot read: no score, the reason in the note and as the input's issue. */
function unreadActual(
  base: Pick<RuleResult, 'kind' | 'explain' | 'unparsed' | 'issues'>,
  inputText: string,
  message: string,
): RuleResult {
  return {
    ...base,
    score: null,
    status: 'invalid-input',
    note: message,
    inputText,
    issues: [{ code: 'invalid-input', on: 'input', message }],
  };
}

/** `，请人工评分`, or the person's own score when typed. */
function personScores(req: RuleRequest): string {
  const typed = req.typedScore ?? null;
  return typed === null ? '，请人工评分' : `，采用评分人评定的${formatPlain(typed)}分`;
}

/** A 时效 row: the day or period the work was done, against the deadline the target names. */
function dated(
  req: RuleRequest,
  due: Period,
  dueText: string,
  base: Pick<RuleResult, 'kind' | 'explain' | 'unparsed' | 'issues'>,
  inputText: string,
): RuleResult {
  // (`按期`, `如期完成`: on time, in words; a bare `无` says no date, not no delay.)
  if (inputText.length >= 2 && ON_TIME_WORDS.includes(inputText))
    return qualitative(req, 'achieved', base, inputText);
  const done = calendarPeriod(inputText);
  if (done === null)
    return unreadActual(
      base,
      inputText,
      `实际完成值“${inputText}”不是完成时间，请填写完成日期（如“${dueText}”）或达成情况`,
    );
  const when = timeliness(due, done);
  if (when === 'on-time') return qualitative(req, 'achieved', base, inputText);
  return {
    ...base,
    score: req.typedScore ?? null,
    status: 'manual',
    note:
      (when === 'late'
        ? `完成时间“${inputText}”晚于年度指标值“${dueText}”，评分标准未写明延期如何扣分`
        : `完成时间“${inputText}”与年度指标值“${dueText}”相比无法确定是否按时`) + personScores(req),
    inputText,
    missedTarget: when === 'late',
  };
}

function qualitative(
  req: RuleRequest,
  level: Achievement,
  base: Pick<RuleResult, 'kind' | 'explain' | 'unparsed' | 'issues'>,
  inputText: string,
): RuleResult {
  const w = req.weight;
  const d = req.settings.decimals;
  const [lo, hi, name] = ACHIEVEMENT_BANDS[level];
  const low = w.times(lo);
  const high = w.times(hi);
  const typed = req.typedScore ?? null;
  const range = `${formatPlain(low)}—${formatPlain(high)}分`;
  const missed = level !== 'achieved';
  const inBand =
    typed !== null && typed.gte(low) && (level === 'achieved' ? typed.lte(high) : typed.lt(high));
  if (typed === null || (level === 'achieved' && !inBand)) {
    if (level === 'achieved') {
      const score = finish(req, w);
      return {
        ...base,
        score,
        status: 'scored',
        note: `实际完成情况为“${inputText}”，得满分${formatScore(score, d)}分`,
        inputText,
        missedTarget: false,
      };
    }
    return {
      ...base,
      score: null,
      status: 'manual',
      note: `实际完成情况为“${name}”，请在${range}（不含${formatPlain(high)}分）之间评分`,
      inputText,
      missedTarget: missed,
    };
  }
  const issues: RuleIssue[] = inBand
    ? []
    : [
        {
          code: 'score-out-of-range',
          on: 'score',
          message: `“${name}”的得分应在${range}${level === 'achieved' ? '' : '（不含上限）'}之间，现为${formatPlain(typed)}分`,
        },
      ];
  return {
    ...base,
    issues,
    score: typed,
    status: 'manual',
    note: `实际完成情况为“${name}”，采用评分人评定的${formatPlain(typed)}分`,
    inputText,
    missedTarget: missed,
  };
}
