/**
 * The rule engine's entry: `parseRule` says what a 评分标准 was understood to mean; `scoreRule` scores
 * one input against it (or against a 自评表 target), clamped to [0, weight] and rounded half-up.
 */
import Decimal from 'decimal.js';
import { finalScore, formatPlain, formatScore } from '../numberText';
import { DEFAULT_SETTINGS } from '../settings';
import { alternatives, compactText, sharesRun } from '../text';
import {
  ALL_ITEMS_WORDS,
  BEYOND_ROW_RE,
  EMPTY_BOXES,
  CONTRAST_WORDS,
  DENYING_WORDS,
  FAILED_VERDICT_WORDS,
  ISSUE_VERBS,
  NON_NEGATING,
  PARTLY_DONE_DEGREES,
  TICK_MARKS,
  UNCAPPED_PHRASES,
  WHOLE_UNMET_ANSWERS,
  YES_WORDS,
} from '../vocabulary/rules';
import type { StepMode } from '../settings';
import { wholeNumber } from './lexer';
import type { Averaged, ParsedRule, RuleAst } from './ast';
import { periodAnswers, splitAveraged } from './averaged';
import { evaluate, noneDone } from './evaluate';
import type { Evaluation } from './evaluate';
import { explainRule } from './explain';
import { eachMeasure } from './namedMeasures';
import { parseRuleText } from './parse';
import { rowGroup } from './groups';
import { readByWeight } from './byWeight';
import { exceptionNamed } from './exceptions';
import { saysNone, splitNotApplicable } from './notApplicable';
import { splitRoundUp } from './roundUp';
import { splitChargedElsewhere } from './chargedElsewhere';
import type { ParsedText } from './parse';
import { requirementAnswered, requirementExplained } from './requirement';
import { scoreTarget } from './target';
import { answersPerPeriod } from './perPeriod';
import type { InputValue, RuleRequest, RuleResult } from './types';

export type { ParsedRule } from './ast';
export type { RuleRequest, RuleResult, RuleKind, RuleStatus, InputValue, RuleIssue } from './types';

export function parseRule(text: string, steps: StepMode = DEFAULT_SETTINGS.steps): ParsedRule & ParsedText {
  // `…扣完为止。没有楼堂馆所项目的部门按满分计算。`: the rest is the rule; the sentence, its exception.
  const split = splitNotApplicable(text);
  if (split !== null) {
    const rest = parseRule(split.rest, steps);
    if (rest.kind !== 'manual')
      return { ...rest, notApplicable: split.na, explain: `${rest.explain}；${split.na.text}，得满分` };
  }
  // `…名次每减1位减基本分5%。年终按照12个月的得分数取平均值。`: the rest scores a period; the year averages them.
  const periods = splitAveraged(text);
  if (periods !== null) {
    const rest = parseRule(periods.rest, steps);
    if (rest.kind !== 'manual' && rest.notApplicable === undefined)
      return { ...rest, averaged: periods.averaged, explain: `${rest.explain}；${periods.averaged.text}` };
  }
  // `…每人次扣2分、首席代表扣1分`: the person's deduction is theirs; the rest is the row's.
  const charged = splitChargedElsewhere(text);
  if (charged !== null) {
    const rest = parseRule(charged.rest, steps);
    if (rest.kind !== 'manual')
      return { ...rest, explain: `${rest.explain}；${charged.charged.join('；')}（另计，不计入本项得分）` };
  }
  // `每发行500册加1分，不足500册以500册计算`: a started step counts whole, for this rule.
  const rounded = splitRoundUp(text);
  if (rounded !== null) {
    const rest = parseRule(rounded, 'ceil');
    if (rest.kind !== 'manual') return { ...rest, steps: 'ceil' };
  }
  const parsed = parseRuleText(text);
  const read = explainRule(parsed.ast, steps);
  const judged =
    parsed.judgedShort === undefined ? read : `${read}；不得满分时按“${parsed.judgedShort}”由评分人评定`;
  const explain =
    parsed.beyondAt === undefined
      ? judged
      : `${judged}；扣分达到${formatPlain(parsed.beyondAt)}分时另有追加扣分，由评分人评分`;
  // (`扣分不封顶`: the floor of 0 is not the rule's; past the weight the row is the person's.)
  const past = uncapped(text);
  return {
    ...parsed,
    explain:
      parsed.ast.kind !== 'manual' && past !== null
        ? `${explain.replace(/，最低0分/g, '')}；${past}，扣分超过分值时由评分人评分`
        : explain,
  };
}

/**
 * `…不低于200万元的…,得10分` on a row worth 5: a band, level or yes that gives more than the row is worth —
 * the rule and the table disagree, as when the rule states its worth (never clamped to the weight).
 */
function pointsAbove(ast: RuleAst, weight: Decimal): Decimal | undefined {
  const outcomes =
    ast.kind === 'bands'
      ? ast.bands.map((b) => b.outcome)
      : ast.kind === 'grade'
        ? ast.levels.map((l) => l.outcome)
        : ast.kind === 'checklist' && ast.mode === 'yesno'
          ? [ast.yes]
          : [];
  const above = outcomes.flatMap((o) => (o.type === 'points' && o.points.gt(weight) ? [o.points] : []));
  return above.length > 0 ? Decimal.max(...above) : undefined;
}

/** The words saying deductions go past the row's weight (`扣分不封顶`, `扣完10分后扣项目考核总分`), or null. */
function uncapped(text: string): string | null {
  const t = compactText(text);
  return UNCAPPED_PHRASES.find((p) => t.includes(p)) ?? BEYOND_ROW_RE.exec(t)?.[0] ?? null;
}

function hasValue(v: RuleRequest['target']): boolean {
  return v !== null && v !== undefined && v.value !== null && String(v.value).trim() !== '';
}

/**
 * `完成值达到指标值,记满分;未达到指标值,按B/A或A/B×该指标分值记分`, the whole text: completion over target (A the
 * 指标值, B the 完成值), either way round. (Anything more in the text is not this sentence.)
 */
const TARGET_RATIO_RE =
  /^(?:定量指标(?:计算)?[:：])?完成值达到指标值[,，]?记满分[;；]未达到指标值[,，]?按B\/A或A\/B[×*xX]?(?:该)?(?:指标)?分值记分[。.]?$/;

/**
 * `≥360天服务读者` beside the 年度指标值 `≥360天`: the 指标 cell restates its target in its name — what is left
 * once the target's words are taken out only describes, so the row is scored against the target.
 */
function namesItsTarget(
  text: string,
  ast: RuleAst,
  req: RuleRequest,
  parse: (text: string, steps: StepMode) => ReturnType<typeof parseRule>,
): boolean {
  if (ast.kind !== 'manual' || ast.reason !== 'unparsed') return false;
  const target = compactText(String(req.target?.value ?? ''));
  const rule = compactText(text);
  if (target.length < 2 || !rule.includes(target)) return false;
  const rest = parse(rule.replace(target, ''), req.settings.steps).ast;
  return rest.kind === 'manual' && (rest.reason === 'empty' || rest.reason === 'description');
}

/**
 * `☑是 □否`, `是☑ 否□`, `■达成 □部分达成 □未达成`: a form's tick boxes answer with the one option ticked, the
 * boxes before their options or after them; none or several ticked, or boxes on neither side, is no answer
 * read (the cell as written).
 */
function checkedOption(input: InputValue | null): InputValue | null {
  if (typeof input?.value !== 'string') return input;
  const text = input.value.trim();
  const before = TICK_BOX_BEFORE_RE.test(text);
  if (!before && !TICK_BOX_AFTER_RE.test(text)) return input;
  const pairs = [...text.matchAll(before ? TICKED_OPTION_BEFORE_RE : TICKED_OPTION_AFTER_RE)].map((m) =>
    before ? { box: m[1], option: m[2] } : { box: m[2], option: m[1] },
  );
  if (pairs.length < 2) return input;
  const ticked = pairs.filter((p) => !EMPTY_BOXES.includes(p.box));
  const option = ticked.length === 1 ? ticked[0].option.trim().replace(/[，,;；、\s]+$/, '') : '';
  return option === '' ? input : { value: option };
}

const BOXES = [...TICK_MARKS, ...EMPTY_BOXES].join('');
const TICK_BOX_BEFORE_RE = new RegExp(`^[${BOXES}]`);
const TICK_BOX_AFTER_RE = new RegExp(`[${BOXES}]$`);
const TICKED_OPTION_BEFORE_RE = new RegExp(`([${BOXES}])\\s*([^${BOXES}]*)`, 'g');
const TICKED_OPTION_AFTER_RE = new RegExp(`([^${BOXES}]*?)\\s*([${BOXES}])`, 'g');

/**
 * `A`, answering `A. 制订了工作制度 0.5分 B. 未制订 0分`: a letter names the option the rule marks with it, read as
 * the option's own words (its points left off). A letter the rule marks never, or twice, is the answer as written.
 */
function letteredOption(input: InputValue | null, rule: string): InputValue | null {
  if (typeof input?.value !== 'string' || !/^\s*[A-Ha-h]\s*$/.test(input.value)) return input;
  const marks = [...rule.matchAll(OPTION_MARK_RE)];
  const letter = input.value.trim().toUpperCase();
  const at = marks.filter((m) => m[1] === letter);
  if (marks.length < 2 || at.length !== 1) return input;
  const from = (at[0].index as number) + at[0][0].length;
  const next = marks.find((m) => (m.index as number) >= from);
  const words = rule
    .slice(from, next?.index ?? rule.length)
    .replace(OPTION_POINTS_RE, '')
    .trim();
  return words === '' ? input : { value: words };
}

/** `A.`, `B、`, `C：` opening an option: at the start, or after a space, a stop or points. */
const OPTION_MARK_RE = /(?:^|(?<=[\s,，;；。分]))([A-H])\s*[.．、:：]/g;
/** An option's own points at its end: `0.5分`, `（2分）`, `得3分`. */
const OPTION_POINTS_RE = /[\s,，;；。]*[(（]?\s*(?:得|计)?\s*\d+(?:\.\d+)?\s*分\s*[)）]?[\s,，;；。]*$/;

/** `parse` lets a caller hand in a cached parseRule (src/core/table/ruleCache.ts). */
export function scoreRule(
  asked: RuleRequest,
  parse: (text: string, steps: StepMode) => ReturnType<typeof parseRule> = parseRule,
): RuleResult {
  const option = letteredOption(asked.input, asked.rule ?? '');
  // (The option's words read as the answer, the note naming the option — where the rule is read at all.)
  const read = option === asked.input ? null : scoreRule({ ...asked, input: option }, parse);
  if (read !== null && read.kind !== 'manual') {
    const letter = String(asked.input?.value).trim().toUpperCase();
    return { ...read, note: read.note ? `选项${letter}：${read.note}` : read.note };
  }
  const group = rowGroup(asked.rule ?? '', asked.weight, asked.input);
  const asGroup =
    group === null ? null : scoreRule({ ...asked, rule: group.rule, input: group.input }, parse);
  if (group !== null && asGroup !== null && asGroup.kind !== 'manual') {
    const why = group.by === 'weight' ? `（本行分值${formatPlain(asked.weight)}分即${group.name}满分）` : '';
    return {
      ...asGroup,
      note: asGroup.note ? `按${group.name}计${why}：${asGroup.note}` : asGroup.note,
      explain: `按${group.name}计：${asGroup.explain}`,
    };
  }
  const result = fullMarksDoubted(scoreAnswered(asked, parse), asked);
  return deniedAlikeFull(result, asked, parse);
}

/**
 * `没有符合`, `未否`, `没有降低6个百分点`: full marks for an answer led by a denial whose words without it earn full
 * marks too — both cannot be right, so neither reading is kept: the person's.
 */
function deniedAlikeFull(
  result: RuleResult,
  asked: RuleRequest,
  parse: (text: string, steps: StepMode) => ReturnType<typeof parseRule>,
): RuleResult {
  if (!fullMarks(result, asked)) return result;
  const said = compactText(String(asked.input?.value ?? ''));
  const lead = LEADING_DENIAL_RE.exec(said);
  if (lead === null || NON_NEGATING.some((w) => said.startsWith(w))) return result;
  const rest = said.slice(lead[0].length);
  const plain = fullMarksDoubted(
    scoreAnswered({ ...asked, input: { ...asked.input, value: rest } }, parse),
    asked,
  );
  if (!fullMarks(plain, asked)) return result;
  return {
    ...result,
    score: null,
    status: 'manual',
    note: `实际完成情况“${said}”与“${rest}”按评分标准都得满分，无法确定是否做到，请人工评分`,
    issues: [],
  };
}

/** A score of the row's whole (positive) weight. */
function fullMarks(result: RuleResult, asked: RuleRequest): boolean {
  return (
    result.status === 'scored' && result.score !== null && result.score.eq(asked.weight) && asked.weight.gt(0)
  );
}

/** `没有`, `未`, `无`, `不`: a denial leading the whole answer. */
const LEADING_DENIAL_RE = /^(?:没有|未|无|不)(?=.)/;

/**
 * Full marks for an answer that says something no reader heard, in words the rule never writes: the thing done
 * only in part (`基本达到标准`, `部分按时下达`), a turn to what was not done (`有制度，但未落实`), or problems
 * found (`…，发现问题2处`). Such words are never full marks as written: the person's.
 */
function fullMarksDoubted(result: RuleResult, asked: RuleRequest): RuleResult {
  if (!fullMarks(result, asked)) return result;
  const said = compactText(String(asked.input?.value ?? ''));
  const rule = compactText(asked.rule ?? '');
  const doubt =
    partlyDone(said, rule) ??
    turnedToDenial(said, rule) ??
    problemsFound(said, rule) ??
    verdictBeside(said, rule);
  if (doubt === null) return result;
  // (A judgement the person makes, as a span of points is: nothing to complain about.)
  return { ...result, score: null, status: 'manual', note: doubt, issues: [] };
}

function partlyDone(said: string, rule: string): string | null {
  const degree = PARTLY_DONE_DEGREES.find((d) => said.includes(d) && !rule.includes(d));
  return degree === undefined
    ? null
    : `实际完成情况“${said}”说明只是${degree}做到，评分标准未写明${degree}做到如何计分，请人工评分`;
}

/** `有计划并实施，但未落实`: after a turn, something denied — unless the rule writes those very words. */
function turnedToDenial(said: string, rule: string): string | null {
  const m = TURNED_TO_DENIAL_RE.exec(said);
  if (m === null || rule.includes(m[1])) return null;
  return `实际完成情况“${said}”写明“${m[1]}”，评分标准未写明此情形如何计分，请人工评分`;
}

/** `全部，发现问题2处`: problems found, counted (none is `发现问题0处`). */
function problemsFound(said: string, rule: string): string | null {
  const m = PROBLEMS_FOUND_RE.exec(said);
  if (m === null || wholeNumber(m[2]) === 0 || rule.includes(m[0])) return null;
  return `实际完成情况“${said}”写明${m[0]}，评分标准未写明此情形如何计分，请人工评分`;
}

/**
 * `开展3项（不合格）`, `编发12期，存在问题`, `未发现破损档案，未完成`: beside what was read, a piece that is a plain
 * verdict of failure — the whole not met as the answer's own judgement, unless the rule writes it.
 */
function verdictBeside(said: string, rule: string): string | null {
  const pieces = said.split(/[,;()]/).filter((p) => p !== '');
  if (pieces.length < 2) return null;
  const verdict = pieces.find((p) => FAILED_VERDICTS.includes(p) && !rule.includes(p));
  return verdict === undefined
    ? null
    : `实际完成情况“${said}”写明“${verdict}”，评分标准未写明此情形如何计分，请人工评分`;
}

/**
 * A piece of an answer judging the whole not met: `不符合要求`, `不合格`, `存在问题`, `未完成`. (Not a bare `否`:
 * against a question whether a fault happened it is the clean answer, `否，未超标`.)
 */
const FAILED_VERDICTS = [...WHOLE_UNMET_ANSWERS, ...FAILED_VERDICT_WORDS];

/** A turn (`但`, `却`), then words with a denial in them: `但未落实`, `但整改不到位`. */
const TURNED_TO_DENIAL_RE = new RegExp(
  `(?<=.{2})(?:${alternatives(CONTRAST_WORDS.filter((w) => w !== '而'))})([^,;]*?(?:${alternatives(DENYING_WORDS)})[^,;]*)`,
);
/** `发现问题2处`, `存在问题3个`: problems found, and how many. */
const PROBLEMS_FOUND_RE = new RegExp(
  `(${alternatives(ISSUE_VERBS)})[\u4e00-\u9fff]{0,6}?问题(\\d+|[一二两三四五六七八九十])`,
);

function scoreAnswered(
  asked: RuleRequest,
  parse: (text: string, steps: StepMode) => ReturnType<typeof parseRule>,
): RuleResult {
  const answered = { ...asked, input: checkedOption(asked.input) };
  const text = (answered.rule ?? '').trim();
  const read = parse(text, answered.settings.steps);
  // (`不足500册以500册计算`: the rule's own step mode, over the setting's.)
  const req =
    read.steps === undefined
      ? answered
      : { ...answered, settings: { ...answered.settings, steps: read.steps } };
  const byWeight = readByWeight(read.ast, read.statedWeights, req.weight, text, read.clauses);
  const parsed = byWeight
    ? {
        ...read,
        kind: byWeight.ast.kind,
        ast: byWeight.ast,
        statedWeights: [],
        explain: `${byWeight.how}。${explainRule(byWeight.ast, req.settings.steps)}`,
      }
    : read;
  const ast = parsed.ast;
  // (A standard stated alone beside a 自评表 target, `辖区企业满意率达95%以上。`, restates the target.)
  const noStructure =
    (ast.kind === 'manual' && (ast.reason === 'empty' || ast.reason === 'description')) ||
    (ast.kind === 'bands' && ast.statedAlone === true);
  if (hasValue(req.target)) {
    if (noStructure || namesItsTarget(text, ast, req, parse)) return scoreTarget(req);
    // `完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分`: the 自评表's own arithmetic, written out.
    if (TARGET_RATIO_RE.test(compactText(text))) return scoreTarget(req, 'ratio');
  }

  const base = { kind: parsed.kind, explain: parsed.explain, unparsed: parsed.unparsed };
  // `…得3分，不符合要求的，发现一处扣0.5分` on a row worth 2: a start above the weight is never reached either.
  const start =
    'base' in ast && ast.base.type === 'points' && ast.base.points.gt(req.weight)
      ? ast.base.points
      : undefined;
  const stated = parsed.statedWeights.find((w) => !w.eq(req.weight)) ?? start ?? pointsAbove(ast, req.weight);
  // (No weight, 0, disagrees with nothing: the row is unscored for want of one, which the table says.)
  if (stated !== undefined && ast.kind !== 'manual' && req.weight.gt(0)) {
    // `得满分（2分）` on a row worth 3: the rule and the table disagree on what the row is worth.
    const message = `评分标准写明本项${formatPlain(stated)}分，与分值${formatPlain(req.weight)}分不一致，未自动评分`;
    // Nothing earned under a rule worth more than the row is nothing however the two are reconciled (capped at
    // the weight, or scaled to it); anything earned is the person's to reconcile.
    const own = stated.gt(req.weight)
      ? scoreRule({ ...asked, weight: stated, typedScore: null }, parse)
      : null;
    if (own?.status === 'scored' && own.score?.isZero())
      return {
        ...own,
        note: `${own.note}（评分标准写明本项${formatPlain(stated)}分，与分值${formatPlain(req.weight)}分不一致，未得分不受影响）`,
      };
    // (Nothing found under a start above the row, `…得3分，…发现一处扣0.5分` on a row worth 2, is the whole row
    // too, capped or scaled; points a band gives above the row are the person's to reconcile.)
    if (start !== undefined && stated.eq(start) && own?.status === 'scored' && own.score?.eq(start)) {
      const score = finalScore(req.weight, req.weight, req.settings.decimals);
      return {
        ...own,
        score,
        note: `实际完成情况为“${inputDisplay(req)}”，未发现扣分情形；评分标准写明本项${formatPlain(stated)}分，与分值${formatPlain(req.weight)}分不一致，按分值得${formatScore(score, req.settings.decimals)}分`,
      };
    }
    return {
      ...base,
      kind: 'manual',
      score: null,
      status: 'manual',
      note: `${message}，请人工评分`,
      inputText: inputDisplay(req),
      issues: [{ code: 'unparsed-rule', on: 'rule', message }],
    };
  }
  const met =
    ast.kind === 'manual' && ast.reason === 'description' ? requirementAnswered(text, answerOf(req)) : null;
  if (met !== null) {
    const score = finalScore(met ? req.weight : new Decimal(0), req.weight, req.settings.decimals);
    // (The rule writes no points: a score the person typed otherwise is their judgement of how far it was met.)
    const typed = req.typedScore ?? null;
    if (typed !== null && !typed.eq(score))
      return {
        ...base,
        kind: 'checklist',
        explain: requirementExplained(text),
        score: typed,
        status: 'manual',
        note: `实际完成情况为“${inputDisplay(req)}”，评分标准未写明分值，采用评分人评定的${formatPlain(typed)}分`,
        inputText: inputDisplay(req),
        issues: [],
      };
    return {
      ...base,
      kind: 'checklist',
      explain: requirementExplained(text),
      score,
      status: 'scored',
      note: `实际完成情况为“${inputDisplay(req)}”，评分标准所列要求${met ? '已达到' : '未达到'}，得${formatScore(score, req.settings.decimals)}分`,
      inputText: inputDisplay(req),
      issues: [],
    };
  }
  if (ast.kind === 'manual') {
    const issues: RuleResult['issues'] = [];
    let note = '评分标准需人工评定';
    if (ast.reason === 'unparsed') {
      const words = parsed.unparsed.map((w) => `“${w}”`).join('、');
      note = `评分标准中${words}未能识别，请人工评分`;
      issues.push({ code: 'unparsed-rule', on: 'rule', message: `评分标准中${words}未能识别，未自动评分` });
    } else if (ast.reason === 'empty') {
      note = '没有评分标准，请人工评分';
    }
    return { ...base, score: null, status: 'manual', note, inputText: inputDisplay(req), issues };
  }

  const answer = answerOf(req);
  if (parsed.notApplicable !== undefined && saysNone(answer, parsed.notApplicable)) {
    const score = finalScore(req.weight, req.weight, req.settings.decimals);
    return {
      ...base,
      score,
      status: 'scored',
      note: `属于“${parsed.notApplicable.text}”情形，得${formatScore(score, req.settings.decimals)}分`,
      inputText: inputDisplay(req),
      issues: [],
    };
  }
  const excepted = exceptionNamed(text, answer);
  if (excepted !== null)
    return {
      ...base,
      score: null,
      status: 'manual',
      note: `实际值提到评分标准的除外情形“${excepted}”，请人工评分`,
      inputText: inputDisplay(req),
      issues: [],
    };
  // `每学期至少两次` answered `3次`: of a term, or of the year? Only an answer per term says.
  const period = parsed.period;
  // (`未组织演练` against `每学期组织…演练不少于一次`: none at all falls short in every period.)
  if (
    period !== undefined &&
    answer.trim() !== '' &&
    !answersPerPeriod(answer, period) &&
    !noneDone(compactText(answer), compactText(text))
  ) {
    const message = `评分标准按每${period}的次数计分，请写明每${period}的次数（如：每${period}2次）`;
    return {
      ...base,
      score: null,
      status: 'invalid-input',
      note: message,
      inputText: inputDisplay(req),
      issues: [{ code: 'invalid-input', on: 'input', message }],
    };
  }
  const subject = req.name ?? (('subject' in ast && ast.subject) || '实际值');
  const one = (r: RuleRequest) =>
    heldForPerson(eachMeasure(ast, r, evaluate) ?? evaluate(ast, r, subject), parsed, r);
  const e = parsed.averaged !== undefined ? averagedEvaluation(one, parsed.averaged, req) : one(req);
  if (e.type === 'missing') {
    return {
      ...base,
      score: null,
      status: 'missing-input',
      note: `${subject}的实际值未填写，无法评分`,
      inputText: '',
      issues: [],
    };
  }
  if (e.type === 'judged') {
    // A span of points (`(3分到0分)`): the person scores it; nothing to complain about.
    return {
      ...base,
      score: null,
      status: 'manual',
      note: `${e.why}，请人工评分`,
      inputText: e.inputText,
      issues: [],
    };
  }
  if (e.type === 'invalid') {
    return {
      ...base,
      score: null,
      status: 'invalid-input',
      note: e.message,
      inputText: e.inputText,
      issues: [{ code: 'invalid-input', on: 'input', message: e.message }],
    };
  }
  // `扣分不封顶`: a deduction past the row's weight goes beyond this row.
  const past = e.raw.isNegative() ? uncapped(text) : null;
  if (past !== null)
    return {
      ...base,
      score: null,
      status: 'manual',
      note: `${e.why}，扣分超过本项分值，评分标准写明“${past}”，请人工评分`,
      inputText: e.inputText,
      issues: [],
    };
  const score = finalScore(e.raw, req.weight, req.settings.decimals);
  return {
    ...base,
    score,
    status: 'scored',
    note: `${e.why}，得${formatScore(score, req.settings.decimals)}分`,
    inputText: e.inputText,
    issues: e.issues,
  };
}

/**
 * `年终按照12个月的得分数取平均值`: each period's answer scored by the rule as any answer is (`one`; each within the
 * row's weight), the year's score their mean. Any period the rule does not score leaves the year to the person.
 */
function averagedEvaluation(
  one: (req: RuleRequest) => Evaluation,
  averaged: Averaged,
  req: RuleRequest,
): Evaluation {
  const shown = inputDisplay(req);
  if (answerOf(req).trim() === '') return { type: 'missing' };
  const read = periodAnswers(answerOf(req), averaged);
  if (!read.ok) return { type: 'invalid', inputText: shown, message: read.message };
  let sum = new Decimal(0);
  const said: string[] = [];
  for (const { count, answer } of read.values) {
    const e = one({ ...req, input: { value: answer } });
    if (e.type === 'judged') return { type: 'judged', inputText: shown, why: `“${answer}”：${e.why}` };
    if (e.type !== 'scored')
      return {
        type: 'invalid',
        inputText: shown,
        message: `“${answer}”：${e.type === 'invalid' ? e.message : '无法评分'}`,
      };
    const each = Decimal.min(Decimal.max(e.raw, 0), req.weight);
    sum = sum.plus(each.times(count));
    said.push(`${count}个${averaged.unit}${answer}，各得${formatPlain(each)}分`);
  }
  return {
    type: 'scored',
    raw: sum.div(averaged.count),
    why: `${said.join('；')}，按${averaged.count}个${averaged.unit}取平均值`,
    inputText: shown,
    issues: [],
  };
}

/**
 * A score the rule leaves to the person all the same: short of full marks where the shortfall is judged
 * (`…得15分，达不到扣分`), or an answer affirming only part of what full marks ask (`已成立` against `成立…小组、
 * 明确…部门得2分`); deductions reaching an amount that costs more beyond the row (`扣满15分的，追加扣除10分`).
 */
function heldForPerson(
  e: Evaluation,
  parsed: Pick<ParsedText, 'ast' | 'judgedShort' | 'beyondAt'>,
  req: RuleRequest,
): Evaluation {
  if (e.type !== 'scored') return e;
  const judged = (why: string): Evaluation => ({ type: 'judged', inputText: e.inputText, why });
  if (parsed.judgedShort !== undefined) {
    const short = e.raw.lt(req.weight);
    if (short || !affirmsWhole(parsed.ast, answerOf(req)))
      return judged(
        `${short ? `${e.why}，未得满分` : `实际完成情况“${inputDisplay(req)}”未写明满分所需的每一项`}；评分标准写明“${parsed.judgedShort}”，扣分由评分人评定`,
      );
  }
  if (parsed.beyondAt !== undefined && req.weight.minus(e.raw).gte(parsed.beyondAt))
    return judged(
      `${e.why}，扣分达到${formatPlain(parsed.beyondAt)}分，评分标准另有追加扣分（超出本项分值）`,
    );
  return e;
}

/**
 * A yes answering every part of a yes/no question: a plain yes (`是`, `全部达到`), or words reaching into each
 * part (`按时报送` against `按时报送月报的`). Rules of other kinds are answered as their kind reads them.
 */
function affirmsWhole(ast: RuleAst, answer: string): boolean {
  if (ast.kind !== 'checklist' || ast.mode !== 'yesno') return true;
  const said = compactText(answer).replace(/^(已经|均已|都已|已)/, '');
  if ([...YES_WORDS, ...ALL_ITEMS_WORDS].includes(said.toUpperCase())) return true;
  const question = compactText(ast.question);
  // (`全部建立完善`: all of it, then the question's own verb.)
  const all = /^(?:全部|均|都|全)(?:已经|已)?(.{2,})$/.exec(said)?.[1];
  if (all !== undefined && question.includes(all.slice(0, 2))) return true;
  const parts = question
    .split(/[、,，;；和及并与]/)
    .map((p) => p.replace(/的$/, ''))
    .filter((p) => p.length >= 2);
  return parts.every((p) => sharesRun(said, p, 2));
}

function answerOf(req: RuleRequest): string {
  return String(req.input?.value ?? '');
}

function inputDisplay(req: RuleRequest): string {
  const v = req.input?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}
