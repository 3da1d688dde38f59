/**
 * Evaluating a parsed rule against one input: raw points (before clamping and rounding) and the
 * words of the computation note up to, not including, the final `得N分` — so the note never says the
 * points twice (`属于“≤5%”一档，得2.00分`, not `…一档，得2分，得2.00分`).
 */
import Decimal from 'decimal.js';
import { circledNumber, lex, wholeNumber } from './lexer';
import { NAMED_STANDARD_WORDS, reachesNamedStandard } from './namedStandards';
import type { TokenOf } from './tokens';
import {
  invalid,
  isBareIssue,
  BONUS_ITEMS,
  inUnit,
  itemMarker,
  readCount,
  thingsListed,
  readBareCount,
  readShortfall,
  readFaults,
  readItems,
  readCountsNamed,
  countsDone,
  countsOfAll,
  DENIED_VERB_RE,
  leadEach,
  saysMetInWords,
  saysAllMet,
  saysEveryOneMet,
  otherKinds,
  readMeasuresBeside,
  readMeasures,
  readDelayIn,
  readUnmetCount,
  readLabelledQuantity,
  readQuantity,
  readRank,
  readRate,
  turnsQuantity,
  isMoney,
  noneOfTheList,
  requirementSaid,
} from '../inputs';
import type { Read } from '../inputs';
import {
  AFFIRMING_LEADS,
  QUESTION_WORD,
  NUMBER_SAID_RE,
  ABSENCE_WORDS,
  ANSWER_RISE_WORDS,
  ANY_OF_LEADS,
  ISSUE_VERBS,
  FALL_WORDS,
  RISE_WORDS,
  FLAT_WORDS,
  GAP_DOWN_WORDS,
  GAP_UP_WORDS,
  ALL_THERE_ENDINGS,
  ALL_MET_LEADS,
  PARTIAL_WORDS,
  ALREADY_WORDS,
  EXCESS_STEP_VERBS,
  DEGREE_WORDS,
  DONE_LEADS,
  ONLY_LEADS,
  ALL_MISSING_ENDINGS,
  ALL_ITEMS_WORDS,
  COUNT_UNITS,
  RANK_UNITS,
  DELAY_ANSWER_LEADS,
  FOUND_NONE_LEADS,
  DENYING_LEADS,
  STANDING_ENDINGS,
  DECREASE_WORDS,
  NEGATIONS,
  OCCURRENCE_UNITS,
  NON_NEGATING,
  NOT_MISSING_WORDS,
  ITEM_UNITS,
  LIST_NEGATIONS,
  SHORTFALL_VERBS,
  NO_ISSUE_WORDS,
  NO_WORDS,
  OVERRUN_WORDS,
  VETO_FILLERS,
  WITHIN_RE,
  YES_WORDS,
  GRADE_SCALES,
  REACHING_WORDS,
  WHOLE_YEAR_WORDS,
  PRESENCE_LEADS,
  QUANTIFYING_WORDS,
  WHOLE_MET_ANSWERS,
  WHOLE_UNMET_ANSWERS,
  STANDARD_MET_WORDS,
  REQUIREMENT_MET_VERBS,
  NOTHING_DONE_LEADS,
  STANDARD_UNMET_WORDS,
  PERIODS_A_YEAR,
  WHOLE_YEAR_LEADS,
  MUST_BE_WORDS,
  MET_ENDINGS,
  TARGET_REACHED_WORDS,
  WHOLE_DONE_WORDS,
  EXCEEDED_WORDS,
  FAULT_CHAR_RE,
  FAULT_HINT_WORDS,
  APPROXIMATE_WORDS,
  GAP_MOVE_WORDS,
  DENYING_WORDS,
  UNDONE_LEADS,
  NONE_AT_ALL,
  TARGET_NAME_WORDS,
  TIME_UNITS,
  SAME_ITEM_LEAD,
} from '../vocabulary/rules';
import { formatPercent, formatPlain, formatScore } from '../numberText';
import type { StepMode } from '../settings';
import { alternatives, compactText, normalizeText } from '../text';
import {
  type Band,
  type ChecklistItem,
  type Condition,
  type FaultPart,
  type GradeLevel,
  type LinearStep,
  type Outcome,
  type RuleAst,
  type ValueKind,
  unitOf,
} from './ast';
import { bandFor, countRange, rivalAt, startsWhereBelowEnds } from './bands';
import { exprText, formulaOf, formulaValue, isRateName, onlyAsRatio } from './formula';
import { parseTarget } from './target';
import type { Target } from './target';
import { readGradeLevel } from './levels';
import { deadlineIn } from './dueDates';
import { LIGHT_VERB_RE, nameAmong, names, window } from './naming';
import {
  amountText,
  conditionText,
  deductedPoints,
  deductionSpanText,
  distanceFrom,
  givesNothing,
  isFixed,
  outcomePoints,
  outcomeText,
  valueText,
} from './outcomes';
import type { InputValue, RuleIssue, RuleRequest } from './types';

export type Evaluation =
  | { type: 'scored'; raw: Decimal; why: string; inputText: string; issues: RuleIssue[] }
  /** The input falls where the rule gives a span of points (`(3分到0分)`): the person's call. */
  | { type: 'judged'; inputText: string; why: string }
  | { type: 'missing' }
  | { type: 'invalid'; inputText: string; message: string };

type Scorable = Exclude<RuleAst, { kind: 'manual' }>;

interface Ctx {
  req: RuleRequest;
  weight: Decimal;
  subject: string;
}

export function evaluate(ast: Scorable, req: RuleRequest, subject: string): Evaluation {
  const ctx: Ctx = { req, weight: req.weight, subject };
  switch (ast.kind) {
    case 'bands': {
      const answered = singleStandardAnswered(ctx, ast);
      if (answered !== null) return answered;
      // `按时`, `延期2个月`: the answer says what it is; the subject would only repeat it.
      const delay = ast.value.type === 'delay';
      const said = delay ? { ...ctx, subject: '' } : ctx;
      // `宣传栏、宣传页、标语` against `…宣传栏,宣传页,宣传横幅或标语…至少2种`: things from the rule's list, counted.
      const listed =
        ast.value.type === 'quantity' && ast.value.unit !== null && COUNT_UNITS.includes(ast.value.unit)
          ? thingsListed(req.input, req.rule ?? '')
          : null;
      if (listed !== null && listed.ok)
        return bands(ctx, ast.bands, ast.otherwise, listed.value, listed.text, [], false);
      // `达到目标值`, `全部完成` against rate bands whose best band holds 100%: the whole done; so is the whole band's
      // own words (`符合要求` for `符合要求(含协同单位),得满分` beside shares of what is required).
      // `未开展` against `开放日活动1次以上计3分,未开展不计分`: the written denial said, the count 0.
      // `没有办公地点` against `…没有办公地点的,不得分` beside bands on its area: what the thing's absence gives.
      const none = compactText(String(req.input?.value ?? ''));
      if (ast.absent !== undefined && !/\d/.test(none) && names(none, ast.absent.words))
        return scoredBy(ast.absent.outcome, ctx, null, `${none}${how(ast.absent.outcome)}`, none, []);
      if (ast.noneWords !== undefined) {
        if (none !== '' && !/\d/.test(none) && names(none, ast.noneWords))
          return bands(ctx, ast.bands, ast.otherwise, new Decimal(0), none, [], false);
      }
      // (The answer says what is not there; the subject before it would only repeat it: not `村内建有无公共绿地`.)
      if (noneOfCounted(none, ast, req.rule ?? ''))
        return bands({ ...ctx, subject: '' }, ast.bands, ast.otherwise, new Decimal(0), none, [], false);
      const whole = wholeDone(req.input) ?? wholeBandNamed(req.input, ast.bands);
      if (whole !== null && ast.value.type === 'rate' && bestHolds100(ast.bands))
        return bands({ ...ctx, subject: '' }, ast.bands, ast.otherwise, new Decimal(100), whole, [], false);
      return withValue(
        ast.value,
        req.input,
        (x, shown, issues) =>
          deviationWritten(
            ast.bands.map((b) => b.cond),
            x,
            shown,
          ) ?? bands(said, ast.bands, ast.otherwise, x, shown, issues, delay),
        ast.subject,
      );
    }
    case 'linear':
    case 'twosided': {
      if (ast.fromTarget) return shortOfTarget(ctx, ast) ?? gapSaid(ctx, ast) ?? fromTargetCell(ctx, ast);
      const short = shortOf(ast, req.input, req.rule ?? '');
      if (short !== null) return linear(ctx, ast, short.value, short.text, []);
      const change = changeFromBase(ast, req.input);
      if (change !== null) return linear(ctx, ast, change, compactText(String(req.input?.value ?? '')), []);
      // `展板、海报` against `…如新媒体、电视、展板、宣传栏、海报…等,至少3种,…少1种扣2分`: things from the rule's list, counted.
      const listed =
        ast.value.type === 'quantity' && ast.value.unit !== null && COUNT_UNITS.includes(ast.value.unit)
          ? thingsListed(req.input, req.rule ?? '')
          : null;
      if (listed !== null && listed.ok) return linear(ctx, ast, listed.value, listed.text, []);
      // (`成本节约率0%以上计20分,低于0%…`: a scale that runs through 0 holds values below it; `-3%` is one.)
      const throughZero = [ast.threshold.lower, ast.threshold.upper].some(
        (b) => b !== null && b.value.lte(0),
      );
      return withValue(
        ast.value,
        req.input,
        (x, shown, issues) =>
          deviationWritten([ast.threshold], x, shown) ?? linear(ctx, ast, x, shown, issues),
        ast.subject,
        throughZero,
      );
    }
    case 'deadline':
      return fromRead(readDelayIn(req.input, ast.unit, deadlineIn(req.rule ?? '')), (x, text, issues) =>
        delayed(ctx, ast, x, text, issues),
      );
    case 'proportional': {
      const share = (x: Decimal, said: string, shown: string, issues: RuleIssue[]): Evaluation => {
        // Above 100% the bonus adds to the full weight: points the row does not hold.
        if (ast.above !== undefined && x.gt(100))
          return { type: 'judged', inputText: shown, why: `${said}，超额部分加分后超过分值` };
        const used = Decimal.min(Decimal.max(x, 0), 100);
        const capped = x.gt(100) ? '（超过100%按100%计）' : x.isNegative() ? '（按0计）' : '';
        return scored(
          outcomePoints({ type: 'proportional', explicit: true }, ctx.weight, x),
          // (`4家` of `6家` is 66.666…%: shown to two places.)
          `${said}${capped}，按${formatPlain(used.toDecimalPlaces(2))}%×${formatPlain(ctx.weight)}分计`,
          shown,
          issues,
        );
      };
      // `按实际完成值占目标值的比重计算得分` with the 年度指标值 `10亿元` and the actual `8.5亿元`.
      const t = req.target ? parseTarget(req.target) : null;
      const q = readQuantity(req.input);
      if (t !== null && !t.pct && t.value.gt(0) && !(q.ok && q.value.pct))
        return withValue({ type: 'quantity', unit: t.unit }, req.input, (q, shown, issues) => {
          const x = q.div(t.value).times(100);
          return share(x, shareOfTarget(shown, t, x), shown, issues);
        });
      // `全部完成`, `完成任务`, `资金全部到位`: the whole of the share done, 100%.
      const whole = wholeDone(req.input);
      if (whole !== null) return share(new Decimal(100), whole, whole, []);
      // `完成4家，共6家`: how many done of how many there are. (A bare `2/3` is left as it was: a fraction typed where
      // a rate is asked.)
      // (The done ones in the rule's own verb, `完成`: `合格18个，共20个` is read as a rate, exact or not at all.)
      const said = compactText(String(req.input?.value ?? ''));
      const part = countsOfAll(said);
      if (part !== null && compactText(req.rule ?? '').includes(part.words)) {
        const x = part.done.div(part.all).times(100);
        return share(x, `${said}，占${formatPercent(x)}`, said, []);
      }
      // `完成80%`: the rule's own words before the share (never a shortfall's: `未完成20%`).
      const lead = /^([^\d%]+?)\d/.exec(said)?.[1] ?? '';
      const words = /[未不没无缺少差欠超]/.test(lead) ? '' : (req.rule ?? '');
      return withValue(
        { type: 'rate' },
        req.input,
        (x, shown, issues) => share(x, `${ctx.subject}${shown}`, shown, issues),
        words,
      );
    }
    case 'formula':
      return formula(ctx, ast);
    case 'bonus': {
      const said = compactText(String(req.input?.value ?? ''));
      // (`均未做到` against `每做到一项得0.5分`, `未推广` against `每推广2000支加0.5分`: none of what earns it — of
      // a bonus earned once, `未建立` leaves what the row gives without it unsaid.)
      // (`不符合部门工作职责` against questions listed: one of them denied, which says nothing of the others. Only
      // where the questions make up the row: else what the unnamed ones are worth is not written.)
      const byQuestion =
        ast.listed !== undefined && ast.amount.times(ast.listed.length).eq(ctx.weight)
          ? questionsSaid(req.input, ast.listed)
          : null;
      const noneEarned =
        /^(均|都|全部|全)(未|没有|没|不)[^\d]*$/.test(said) ||
        (ast.once !== true && byQuestion === null && noneDone(said, compactText(req.rule ?? '')));
      // (`多创建1条，水质未达标`: a piece beside the count denying what earns it says it was not earned in full.)
      const deniedBeside = said.split(/[,;]/).length > 1 && NEGATIONS.some((n) => said.includes(n));
      // (`未开展8项活动`, `没有建立5项`: a count led by a denial counts what was not done, not what earns it.)
      const counts = NUMBER_SAID_RE.test(said);
      const deniedCount = !noneEarned && NEGATIONS.some((n) => said.startsWith(n)) && counts;
      // (`出现差错2次`, `发生事故1起` against `每宣传一次得0.5分`: a count of faults the rule does not speak of earns
      // nothing it prices.)
      const fault = noneEarned || !counts ? null : faultNotPriced(said, compactText(req.rule ?? ''));
      const counted =
        fault !== null
          ? invalid<Decimal>(said, `“${said}”写的是问题（${fault}），不是评分标准加分的事项，请人工评分`)
          : deniedBeside || deniedCount
            ? invalid<Decimal>(said, `“${said}”写有未做到的部分，加分如何计算请人工评定`)
            : readCount(ruleWordsBefore(said, req.rule ?? '') ?? req.input, ast.unit);
      // (`全部` against the questions listed, each earning the points, which add to the row: every one.)
      // (Nothing listed, each earned by a requirement met, the row worth a whole number of them: `全部` against
      // `每完成一项得2分` on a row of 4 — every one the row holds. Not what is won, `每获一项表彰`: all of no list.)
      const all = ALL_ITEMS_WORDS.includes(said) || saysEveryOneMet(said);
      const held = ast.amount.gt(0) ? ctx.weight.div(ast.amount) : null;
      const met = REQUIREMENT_MET_VERBS.some((w) => ast.words.startsWith(w));
      const fits =
        (met || ast.eachMet === true) &&
        ast.listed === undefined &&
        ast.once !== true &&
        held !== null &&
        held.isInteger() &&
        held.gt(1);
      const listedCount = ast.listed?.length ?? ast.items ?? (fits ? held.toNumber() : undefined);
      const everyListed = listedCount !== undefined && ast.amount.times(listedCount).eq(ctx.weight) && all;
      // (`1,2,4`, `①③` against things each met or not, as many as the row holds: the ones met, by number.)
      const numbered =
        listedCount !== undefined &&
        ast.amount.times(listedCount).eq(ctx.weight) &&
        MARKERS_ONLY_RE.test(said)
          ? readItems(req.input, listedCount)
          : null;
      // (`全部` of a count the rule gives whose points are not the row's: how many the row holds is unsaid.)
      const allOfOther =
        all && ast.items !== undefined && !everyListed
          ? invalid<Decimal>(
              said,
              `评分标准共${ast.items}项，每项${formatPlain(ast.amount)}分，与分值${formatPlain(ctx.weight)}分不一致，请填写达到的项数`,
            )
          : null;
      const read = noneEarned
        ? ({ ok: true, value: new Decimal(0), text: said } as const)
        : allOfOther !== null
          ? allOfOther
          : numbered?.ok
            ? ({
                ok: true,
                value: new Decimal(numbered.value.size),
                text: `${said}（${numbered.value.size}项）`,
              } as const)
            : everyListed
              ? ({
                  ok: true,
                  value: new Decimal(listedCount as number),
                  text:
                    ast.listed === undefined && ast.items === undefined
                      ? `${said}（按分值计${listedCount}项）`
                      : `${said}（${listedCount}项）`,
                } as const)
              : counted.ok
                ? counted
                : (byQuestion ??
                  thingsListed(req.input, req.rule ?? '') ??
                  countsOfListed(req.input, req.rule ?? '', ast.unit) ??
                  counted);
      // (`有效机时/定额机时×100%,每个百分点得1分` against `72%`: each point of the rate earns it.)
      const rate = !ast.growth && ast.words === '百分点' ? readQuantity(req.input) : null;
      const ofRate =
        rate !== null && rate.ok && rate.value.pct && rate.value.value.gte(0)
          ? ({ ok: true, value: rate.value.value, text: rate.text } as const)
          : null;
      // (`3处`, `5次` against `每个百分点得1分`: a count of things is no number of percentage points.)
      const pointsOfRate =
        ast.words === '百分点' && ofRate === null && /\d[^\d.%]/.test(said) && !said.includes('百分点')
          ? invalid<Decimal>(said, `“${said}”不是百分点数，请填写百分比（如95%）`)
          : null;
      return fromRead(
        ast.growth ? readGrowth(said, ast.growth) : (ofRate ?? pointsOfRate ?? read),
        (n, text): Evaluation => {
          if (ast.once === true && n.gt(ast.size))
            return {
              type: 'invalid',
              inputText: text,
              message: `评分标准只写明${formatPlain(ast.size)}${ast.unit ?? '项'}的加分，${text}如何计分未写明，请人工评分`,
            };
          if (ast.growth && n.isZero())
            return scored(
              new Decimal(0),
              `${text}，未${ast.growth === 'up' ? '增长' : '降低'}，不加分`,
              text,
              [],
            );
          const raw = stepCount(n, ast.size, ctx.req.settings.steps).times(ast.amount);
          const capped = ast.cap !== null && raw.gt(ast.cap);
          const per = `${formatPlain(ast.size)}${ast.unit ?? '项'}${ast.words === '百分点' ? '百分点' : ''}`;
          const started =
            ctx.req.settings.steps === 'ceil' && !n.div(ast.size).isInteger() ? `，不足${per}按${per}计` : '';
          return scored(
            capped ? (ast.cap as Decimal) : raw,
            `${text}，按每${per}加${formatPlain(ast.amount)}分计${started}${capped ? `，加分以${formatPlain(ast.cap as Decimal)}分为限` : ''}`,
            text,
            [],
          );
        },
      );
    }
    case 'rank':
      return fromRead(readRank(req.input, ast.bottom === true), (n, text) => {
        const hit = ast.ranks.find((r) => n >= r.from && n <= r.to);
        const last = ast.ranks[ast.ranks.length - 1];
        if (hit === undefined && ast.step !== undefined && n > last.to) {
          const each = deductedPoints(ast.step.amount, ast.step.ofWeight, ctx.weight);
          const off = each.times(n - last.to);
          const [lastText, away] = ast.bottom ? [`倒数第${last.to}名`, '高'] : [`第${last.to}名`, '低'];
          return scored(
            outcomePoints(last.outcome, ctx.weight, null).minus(off),
            `名次为${text}，比${lastText}${away}${n - last.to}位，每${away}1位扣${amountText(ast.step.amount, ast.step.ofWeight)}，计扣${formatScore(off, 2)}分`,
            text,
            [],
          );
        }
        if (hit === undefined && ast.otherwise !== undefined)
          return scoredBy(
            ast.otherwise,
            ctx,
            null,
            `名次为${text}，属于其他名次${how(ast.otherwise)}`,
            text,
            [],
          );
        if (hit === undefined)
          return {
            type: 'invalid',
            inputText: text,
            message: `名次${text}不在评分标准所列名次之内，请人工评分`,
          };
        return scoredBy(hit.outcome, ctx, null, `名次为${text}${how(hit.outcome)}`, text, []);
      });
    case 'checklist':
      return checklist(ctx, ast);
    case 'perissue':
      return perIssue(ctx, ast);
    case 'composite':
      if (ast.form === 'bonuses') return bonuses(ctx, ast);
      if (ast.form === 'parts') return byParts(ctx, ast);
      return ast.form === 'measures' ? measured(ctx, ast) : composite(ctx, ast);
    case 'grade': {
      // (Levels not added up: the answer may name several, read as items are first.)
      const several = ast.highest ? highestNamed(ctx, ast.levels) : null;
      if (several !== null) return several;
      const read = gradeLevel(req.input, ast.levels);
      const below = !read.ok && !read.missing ? belowEveryLevel(read.text, ast.levels, ctx.weight) : null;
      if (below !== null)
        return scored(
          new Decimal(0),
          `未达到最低一档“${below.level}”，不得分`,
          compactText(String(req.input?.value ?? '')),
          [],
        );
      return fromRead(read, (level, text): Evaluation => {
        const why = `评定为“${level.level}”${how(level.outcome)}`;
        return scoredBy(level.outcome, ctx, null, why, text, []);
      });
    }
  }
}

/**
 * Levels said not to add up (`此项分值不得累加`), the answer naming several or none in the items' words
 * (`条例和政府令均已制定`, `均未制定`): the highest named counts; none named gives nothing. Null when the answer
 * does not read so (then it is read as one level).
 */
function highestNamed(ctx: Ctx, levels: readonly GradeLevel[]): Evaluation | null {
  const descs = levels.map((l) => l.level);
  // (`三等功2次`: how many times a level was reached does not count when only the highest does.)
  const input = ctx.req.input;
  const said = input === null ? null : String(input.value ?? '').replace(TIMES_AFTER_NAME_RE, '$1');
  const read = readItems(input === null ? null : { ...input, value: said }, levels.length, descs);
  if (!read.ok && !read.missing) return null;
  return fromRead(read, (met, text): Evaluation => {
    const named = levels.filter((_, k) => met.has(k + 1));
    if (named.length === 0) return scored(new Decimal(0), '未达到任何一档，不得分', text, []);
    const points = named.map((l) => outcomePoints(l.outcome, ctx.weight, null));
    const most = Decimal.max(...points);
    const top = named[points.findIndex((p) => p.eq(most))];
    const why = `${named.length > 1 ? '所列各档不累加，按最高一档' : '评定为'}“${top.level}”${how(top.outcome)}`;
    return scoredBy(top.outcome, ctx, null, why, text, []);
  });
}

/** `三等功2次`: a count of times after a name. */
const TIMES_AFTER_NAME_RE = new RegExp(
  `([\u4e00-\u9fff])(?:${NUMBER_SAID_RE.source})+(?:次|回)(?=$|[,，、;；])`,
  'g',
);

/** What an outcome adds to a note before its final `得N分`: nothing for plain points, else how they came. */
function how(o: Outcome, subject = ''): string {
  switch (o.type) {
    case 'points':
    case 'full':
    case 'zero':
    case 'bonus':
      return '';
    case 'fraction':
      return `，按${outcomeText(o).replace(/^得/, '')}计`;
    default:
      return `，${outcomeText(o, subject)}`;
  }
}

/**
 * The level named by the input. Two states of which one is the other's negation or gives nothing
 * (`按期完成得2分，未按期完成不得分`, `齐全的得2分，不齐全的扣2分`) are a yes/no question too: `是`/`否`
 * pick the positive state and the negative one.
 */
function gradeLevel(input: InputValue | null, levels: GradeLevel[]): Read<GradeLevel> {
  const named = readGradeLevel(input, levels);
  if (named.ok || named.missing || levels.length !== 2) return named;
  const negative = levels.filter(
    (l) => NEGATIONS.some((n) => l.key.startsWith(n)) || givesNothing(l.outcome),
  );
  if (negative.length !== 1) return named;
  const text = compactText(String(input?.value ?? '')).toUpperCase();
  const yes = YES_WORDS.includes(text);
  // `无` against `有…得10分，无落实扣2分`: a word the levels are made of does not pick one.
  if ((!yes && !NO_WORDS.includes(text)) || levels.some((l) => l.level.includes(text))) return named;
  const level = yes ? levels.find((l) => l !== negative[0])! : negative[0];
  return { ok: true, value: level, text: yes ? '是' : '否' };
}

/**
 * `未悬挂` against `醒目、悬挂于办公场所外得5分;悬挂于办公场所内得3分;其他不得分`: the lowest level that gives anything,
 * its words denied — no level reached, and the rule says what that gives. The lowest level, or null. (Words a
 * level itself denies, or that name a level, are not read so.)
 */
function belowEveryLevel(input: string, levels: readonly GradeLevel[], weight: Decimal): GradeLevel | null {
  const said = compactText(input);
  const denied = /^(?:均|都|全部)?(?:尚未|没有|未|无)([\u4e00-\u9fff]{2,})$/.exec(said)?.[1];
  if (denied === undefined) return null;
  // (Only beside a level written to give nothing, `其他不得分`: with none, what is below them all is unsaid.)
  const giving = levels.filter((l) => !givesNothing(l.outcome) && l.outcome.type !== 'range');
  const nothing = levels.filter((l) => givesNothing(l.outcome));
  if (giving.length < 2 || nothing.length === 0 || giving.length + nothing.length !== levels.length)
    return null;
  const points = (l: GradeLevel) => outcomePoints(l.outcome, weight, null);
  const lowest = giving.reduce((a, b) => (points(b).lt(points(a)) ? b : a));
  if (giving.some((l) => l !== lowest && points(l).eq(points(lowest)))) return null;
  const level = compactText(lowest.level);
  const w = window(denied, level);
  const negated = (from: number, to: number) => NEGATIONS.some((n) => level.slice(from, to).includes(n));
  const inLowest =
    w !== null && w.length <= denied.length + 4 && !negated(Math.max(0, w.start - 2), w.start + w.length);
  const namesOne = levels.some((l) => {
    const n = nameAmong(said, [compactText(l.level)]);
    return n !== null && n !== 'denied';
  });
  return inLowest && !namesOne ? lowest : null;
}

function scored(raw: Decimal, why: string, inputText: string, issues: RuleIssue[]): Evaluation {
  return { type: 'scored', raw, why, inputText, issues };
}

/** What an outcome gives, or the person's call when it is a judged span (`否则酌情扣分`): never its low end. */
function scoredBy(
  o: Outcome,
  ctx: Ctx,
  x: Decimal | null,
  why: string,
  inputText: string,
  issues: RuleIssue[],
): Evaluation {
  if (o.type === 'range') return { type: 'judged', inputText, why };
  return scored(outcomePoints(o, ctx.weight, x), why, inputText, issues);
}

function fromRead<T>(r: Read<T>, then: (v: T, text: string, issues: RuleIssue[]) => Evaluation): Evaluation {
  if (!r.ok)
    return r.missing ? { type: 'missing' } : { type: 'invalid', inputText: r.text, message: r.message };
  const issues: RuleIssue[] = r.suspicious
    ? [{ code: 'suspicious-input', on: 'input', message: r.suspicious }]
    : [];
  return then(r.value, r.text, issues);
}

/**
 * `少1次` against `全年组织培训不少于2次，每少1次扣1分`: a shortfall in the rule's own unit below a minimum
 * is the minimum less that many (a quantity only; a rate's shortfall is read as written elsewhere).
 */
function shortOf(
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  input: InputValue | null,
  rule: string,
): { value: Decimal; text: string } | null {
  const unit = ast.value.type === 'quantity' ? ast.value.unit : null;
  const lower = ast.threshold.lower;
  if (ast.kind !== 'linear' || unit === null || lower === null) return null;
  if (ast.threshold.upper !== null) return null;
  const short = readShortfall(input) ?? shortInRuleVerb(input, rule);
  if (short === null || (short.unit !== '' && short.unit !== unit) || short.amount.gt(lower.value))
    return null;
  const value = lower.value.minus(short.amount);
  return { value, text: `${formatPlain(value)}${unit}（少${formatPlain(short.amount)}${unit}）` };
}

/**
 * `少招1名` against `…每少招收1名…扣1分`: the shortfall verb with the start of the rule's own verb after it — read
 * as `少1名`.
 */
function shortInRuleVerb(input: InputValue | null, rule: string): { amount: Decimal; unit: string } | null {
  const m = SHORT_IN_VERB_RE.exec(compactText(String(input?.value ?? '')));
  return m !== null && compactText(rule).includes(`${m[1]}${m[2]}`)
    ? { amount: new Decimal(m[3]), unit: m[4] }
    : null;
}

/** A shortfall verb, one or two characters of a verb after it, the amount and its unit: `少招1名`. */
const SHORT_IN_VERB_RE = new RegExp(
  `^(${alternatives(SHORTFALL_VERBS)})([\\u4e00-\\u9fff]{1,2})(\\d+(?:\\.\\d+)?)(\\S*)$`,
);

/**
 * `少25人次` against `培训人次达到计划数的得满分，每少10人次扣0.5分`: a shortfall in the step's own unit says how
 * far below the target the value is, so the target itself is not needed.
 */
function shortOfTarget(ctx: Ctx, ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>): Evaluation | null {
  const unit = ast.value.type === 'quantity' ? ast.value.unit : null;
  const step = ast.steps.find((s) => s.dir === 'down');
  if (ast.kind !== 'linear' || unit === null || step === undefined || step.bonus) return null;
  const short = readShortfall(ctx.req.input);
  if (short === null || short.unit !== unit) return null;
  const n = short.amount;
  const { base, ded } = stepsOff(ctx, ast, step, n);
  const per = `${formatPlain(step.size)}${unit}`;
  return scored(
    base.minus(ded.amount),
    `比年度指标值少${formatPlain(n)}${unit}，按每少${per}扣${formatPlain(step.amount)}分，${ded.text}`,
    compactText(String(ctx.req.input?.value)),
    [],
  );
}

/**
 * `低于标准3个百分点`, `达标`: an answer saying how far from the standard (in another column), on the side the
 * step counts — for a step measured from a standard the rule does not write. A standard the rule names
 * (`平均水平`) is answered in the step's own unit too (`低于平均水平15亿元`), and past it a bonus counts up
 * (`高于平均水平3个百分点`).
 */
function gapSaid(ctx: Ctx, ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>): Evaluation | null {
  const step = ast.steps.find((s) => !s.bonus);
  const said = compactText(String(ctx.req.input?.value ?? ''));
  const unit = ast.value.type === 'quantity' && ast.standardElsewhere === true ? ast.value.unit : null;
  if (ast.kind !== 'linear' || step === undefined || said === '') return null;
  if (ast.value.type !== 'rate' && unit === null) return null;
  // The side of the standard that costs: below a target to reach, above one not to pass (`≤…`) — whatever word the
  // step counts with (`每差1个百分点` reads both ways).
  const costly = /^[≤<]/.test(compactText(String(ctx.req.target?.value ?? ''))) ? 'up' : 'down';
  // (`亮灯率未达标`: the words of meeting it, denied.)
  const met =
    (MET_STANDARD_RE.test(said) && !NEGATIONS.some((n) => said.includes(n))) ||
    reachesNamedStandard(said, costly, true) ||
    (ast.standardElsewhere === true && LEVEL_WITH_RE.test(said));
  const m = (unit === null ? GAP_RE : gapIn(alternatives([unit]))).exec(said);
  // (`超过95%`, `低于90%`: with no standard named and in percent, a level said loosely, not a gap: read no further.)
  if (
    m !== null &&
    !met &&
    (unit !== null || m[0].endsWith('%')) &&
    !STANDARD_NAMED_RE.test(said) &&
    !GAP_MOVE_WORDS.includes(m[1])
  )
    return {
      type: 'invalid',
      inputText: said,
      message: `无法读出确切的数值：“${said}”，请填写实际完成值（如95%）或与标准的差距（如低于目标2个百分点）`,
    };
  const way = m === null ? null : GAP_DOWN_WORDS.includes(m[1]) ? 'down' : 'up';
  if (!met && m === null) return null;
  const gap = met ? new Decimal(0) : new Decimal((m as RegExpExecArray)[2]);
  const size = (s: LinearStep) =>
    unit === null ? `${formatPlain(s.size)}%` : `${formatPlain(s.size)}${unit}`;
  const gapText = unit === null ? `${formatPlain(gap)}个百分点` : `${formatPlain(gap)}${unit}`;
  // (`高于平均水平3个百分点` against `每高1个百分点加0.2分`: past the standard, the bonus counts.)
  const bonus = ast.steps.find((s) => s.bonus && s.dir === way && way !== costly);
  if (bonus !== undefined && gap.gt(0)) {
    const base = outcomePoints(ast.base, ctx.weight, null);
    const points = stepCount(gap, bonus.size, ctx.req.settings.steps).times(
      deductedPoints(bonus.amount, bonus.ofWeight, ctx.weight),
    );
    const passed = `高于标准${gapText}`;
    const added = bonusAdded(ctx, ast, base, points);
    if (added === null) return { type: 'judged', inputText: said, why: `${passed}，加分后超过分值` };
    return scored(
      added.total,
      `${passed}，按每超过${size(bonus)}加${amountText(bonus.amount, bonus.ofWeight)}${added.text}`,
      said,
      [],
    );
  }
  // (`高于标准2个百分点` against `每低1个百分点扣1分`: past the standard on the side that costs nothing.)
  const lost = way !== costly ? new Decimal(0) : gap;
  const counted = ast.steps.find((s) => !s.bonus && s.dir === way) ?? step;
  const { base, ded } = stepsOff(ctx, ast, counted, lost);
  if (lost.isZero()) return scored(base, `达到标准${how(ast.base)}`, said, []);
  const side = way === 'down' ? '低于' : '高于';
  return scored(
    base.minus(ded.amount),
    `${side}标准${gapText}，按每${way === 'down' ? '降低' : '超过'}${size(counted)}扣${amountText(counted.amount, counted.ofWeight)}，${ded.text}`,
    said,
    [],
  );
}

/** `增长12%`, `高出10个百分点`: the movement word, then how far, in points. */
const MOVED_RE = new RegExp(
  `^[^\\d]{0,12}?(${[...ANSWER_RISE_WORDS, ...FALL_WORDS].join('|')})[^\\d]{0,10}?(\\d+(?:\\.\\d+)?)(?:个百分点|%)$`,
);

/**
 * How far a measure rose, for a bonus per point risen: `增长12%` is 12; a fall (`下降3%`, `低于平均增幅2个百分点`) or
 * none (`持平`) earns nothing. For a bonus per point fallen (`way` down), the other way round.
 */
function readGrowth(said: string, way: 'up' | 'down'): Read<Decimal> {
  if (said === '') return { ok: false, missing: true };
  if (FLAT_WORDS.some((w) => said.includes(w))) return { ok: true, value: new Decimal(0), text: said };
  const m = MOVED_RE.exec(said);
  // (`比上年上升` against points per point fallen: the other way, however far, earns nothing.)
  const against = way === 'up' ? FALL_WORDS : ANSWER_RISE_WORDS;
  if (m === null && !/\d/.test(said) && against.some((w) => said.includes(w)))
    return { ok: true, value: new Decimal(0), text: said };
  if (m === null)
    return {
      ok: false,
      missing: false,
      text: said,
      message: `无法读出增长幅度：“${said}”，请写明增长或下降的百分点（如：增长12%）`,
    };
  const rose = ANSWER_RISE_WORDS.includes(m[1]);
  return { ok: true, value: rose === (way === 'up') ? new Decimal(m[2]) : new Decimal(0), text: said };
}

/**
 * `增长3%`, `下降2%`, `持平` against a standard of no change (`持平得5分,每增减1%…`): the change in percentage
 * points, signed; null for anything else.
 */
function changeFromBase(
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  input: InputValue | null,
): Decimal | null {
  const { lower, upper } = ast.threshold;
  const atZero = lower !== null && upper !== null && lower.value.isZero() && upper.value.isZero();
  if (!atZero || ast.value.type !== 'rate') return null;
  const said = compactText(String(input?.value ?? ''));
  if (FLAT_WORDS.includes(said)) return new Decimal(0);
  const m = MOVED_RE.exec(said);
  if (m === null) return null;
  return ANSWER_RISE_WORDS.includes(m[1]) ? new Decimal(m[2]) : new Decimal(m[2]).negated();
}

/** A linear rule's base, and what `n` units off its standard cost by its step (within its limits). */
function stepsOff(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  step: LinearStep,
  n: Decimal,
): { base: Decimal; ded: { amount: Decimal; text: string } } {
  const raw = stepCount(n, step.size, ctx.req.settings.steps).times(
    deductedPoints(step.amount, step.ofWeight, ctx.weight),
  );
  return { base: outcomePoints(ast.base, ctx.weight, null), ded: deduction(ctx, raw, ast.maxDeduct) };
}

/** `低于标准3个百分点`, `比目标低2.5%`, `差4个百分点`: the way, then the gap in percentage points. */
// (`低于规定指标10个百分点`, `低于责任指标1.2个百分点`: the standard by the rule's own name for it.)
const STANDARD_NAME = `(?:[\\u4e00-\\u9fff]{0,6}?(?:标准|指标|目标值?|要求|任务|序时进度|${NAMED_STANDARD_WORDS}))`;
// (`巡查户次数下降6%` against `…未达到规定户次数，每下降2%扣0.5分`: the measure named, then the step's own verb.)
// (`低于平均水平15亿元`: a gap in the step's own unit, for a standard named in words.)
const gapIn = (units: string) =>
  new RegExp(
    `^(?:[^\\d未不没无]{0,10}?(?:率|比例|比重|占比|数|量))?(?:比${STANDARD_NAME}?)?(${[...GAP_DOWN_WORDS, ...GAP_UP_WORDS].join('|')})${STANDARD_NAME}?(\\d+(?:\\.\\d+)?)(?:${units})$`,
  );
const GAP_RE = gapIn('个百分点|%');
/** `与平均水平持平`, `持平`: level with the standard the rule names. */
const LEVEL_WITH_RE = new RegExp(`^(?:与${STANDARD_NAME})?(?:${alternatives(FLAT_WORDS)})$`);
/** A standard named in an answer (`低于目标2个百分点`): a gap from it, not a level said loosely. */
const STANDARD_NAMED_RE = new RegExp(STANDARD_NAME);
/** `达标`, `达到标准`, `亮灯率达标`, `完成责任指标`: no gap. */
const MET_STANDARD_RE = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,6}?(?:达标|达到标准|达到要求|符合标准|已达标)|(?:已)?(?:达到|完成)${STANDARD_NAME})$`,
);

const REACHING_LONGEST_FIRST = [...REACHING_WORDS].sort((x, y) => y.length - x.length);

/**
 * `目标值的85%` against bands on `达到目标值…`: the words before a percentage name the rule's measure — the
 * one holds the other once verbs of reaching and a closing 的 are set aside.
 */
function namesMeasure(said: string, ruleWords: string): boolean {
  const bare = (w: string) => {
    const verb = REACHING_LONGEST_FIRST.find((v) => w.startsWith(v));
    return (verb === undefined ? w : w.slice(verb.length)).replace(/的$/, '');
  };
  const a = bare(said);
  const b = bare(ruleWords);
  // (`超支3%` against a measure of overrun written `超出`: one overrun, in any of its words.)
  const overrun = OVERRUN_WORDS.includes(said) && OVERRUN_WORDS.includes(ruleWords);
  return (
    overrun ||
    ruleWords.includes(said) ||
    (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a)))
  );
}

/** Reads the input as the rule's value kind; a unit that differs from the rule's is invalid. */
function withValue(
  kind: ValueKind,
  input: InputValue | null,
  then: (x: Decimal, shown: string, issues: RuleIssue[]) => Evaluation,
  ruleWords = '',
  /** The rule's own scale reaches 0 or below, so a value written with a minus is one of its values. */
  signed = false,
): Evaluation {
  // Notes show rates with two decimals (`92.00%`); the display text stays as the person wrote it.
  const display = (e: Evaluation, text: string): Evaluation =>
    e.type === 'scored' ? { ...e, inputText: text } : e;
  if (kind.type === 'rate') {
    // `超出3%` against bands on `超出预算…`: the measure's own words around the percentage.
    const rate = readRate(input);
    const m = rate.ok || rate.missing ? null : /^([^\d%]+?)(\d+(?:\.\d+)?)%$/.exec(rate.text);
    // `未超出预算` against an overrun measure: an overrun of 0.
    const within =
      !rate.ok &&
      !rate.missing &&
      OVERRUN_WORDS.some((w) => ruleWords.includes(w)) &&
      WITHIN_RE.test(rate.text);
    // (`完成率为93%`: a copula after the name says nothing; `抽查合格率95%` against `抽查合格村…数量/…`: a rate named
    // by a stem the rule's words hold.)
    const name = m === null ? '' : m[1].replace(/(为|是|达到|达|[:：])$/, '');
    // (`高出25%` against `…高于当地…养殖水平20%以上`: the measure is itself a rise over something, and the answer says by
    // how much in a word of the same direction.)
    const sameWay = (words: readonly string[]) =>
      words.includes(name) && words.some((w) => ruleWords.includes(w));
    // (`约95%`, `近100%`: a value said roughly names no measure, though the rule's words hold 约 or 近.)
    const rough = APPROXIMATE_WORDS.some((w) => name.startsWith(w));
    const named =
      m !== null &&
      !rough &&
      (namesMeasure(name, ruleWords) ||
        (name.endsWith('率') && name.length >= 3 && ruleWords.includes(name.slice(0, -1))) ||
        sameWay(RISE_WORDS) ||
        sameWay(FALL_WORDS));
    const read: Read<Decimal> =
      m !== null && named
        ? { ok: true, value: new Decimal(m[2]), text: `${m[2]}%` }
        : within
          ? { ok: true, value: new Decimal(0), text: rate.text }
          : rate;
    return fromRead(read, (x, text, issues) =>
      // `-6%` against `较上年下降5%以上`: a fall written with a sign may mean a fall of 6% or a rise.
      x.isNegative() && !signed && DECREASE_WORDS.some((w) => ruleWords.includes(w))
        ? {
            type: 'invalid',
            inputText: text,
            message: `“${text}”为负数，评分标准按“${ruleWords}”计，请写明下降幅度（如：下降6%）或写明上升`,
          }
        : display(then(x, formatPercent(x), issues), text),
    );
  }
  // Without bands for an early finish, finishing early is finishing on time.
  if (kind.type === 'delay')
    return fromRead(readDelayIn(input, kind.unit), (x, text) =>
      then(kind.signed ? x : Decimal.max(x, 0), text, []),
    );
  const said = input === null || input.value === null ? '' : compactText(String(input.value));
  // `未开展` against `…开展活动不少于4次`, `未安排` or `无` against `安排专项经费20万元以上`: none done, none spent.
  const counted = kind.unit !== null && (COUNT_UNITS.includes(kind.unit) || isMoney(kind.unit));
  if (counted && (noneDone(said, ruleWords) || (isMoney(kind.unit) && NONE_AT_ALL.includes(said))))
    return then(new Decimal(0), `${said}（0${kind.unit}）`, []);
  // `三项均有` against `缺少任何一项…`: the measure counts what is missing; words around the number with no
  // word of missing count what is there.
  const around = said.replace(/[\d.一二两三四五六七八九十]+/g, '').replace(kind.unit ?? '', '');
  if (
    kind.unit !== null &&
    COUNT_UNITS.includes(kind.unit) &&
    SHORTFALL_VERBS.some((v) => ruleWords.includes(v)) &&
    around !== '' &&
    !FAULT_CHAR_RE.test(around)
  )
    return {
      type: 'invalid',
      inputText: said,
      message: `“${said}”是现有的个数，评分标准按“${ruleWords}”的个数计，请填写缺少的个数`,
    };
  const quantity = readLabelledQuantity(input, kind.unit, ruleWords);
  // `发现3个问题` against a count rule (`发现1个问题得1分`): read as an issue count.
  if (!quantity.ok && !quantity.missing && kind.unit !== null && COUNT_UNITS.includes(kind.unit)) {
    const count = readCount(input, kind.unit);
    // `缺0次` counts what is missing, not what was done, and `有1个县未建设` counts what was not built: words
    // before or after the number turn it round.
    const number = /[\d.一二两三四五六七八九十]+/.exec(quantity.text);
    const words = number ? quantity.text.slice(0, number.index) : '';
    const after = number ? quantity.text.slice(number.index + number[0].length) : '';
    // (`发现问题3处` against `全年开展培训不少于2次`: issues found are no count of what the rule counts.)
    const found = ISSUE_VERBS.some((v) => words.includes(v) && !ruleWords.includes(v));
    if (count.ok && !found && !turnsQuantity(words, ruleWords) && !turnsQuantity(after, ruleWords))
      return then(count.value, count.text, []);
  }
  return fromRead(quantity, (q, text, issues): Evaluation => {
    // `约95%` against `≥10万元` or `≥4次`: a percentage is never the amount a quantity rule counts.
    if (q.pct)
      return {
        type: 'invalid',
        inputText: text,
        message: `实际值“${text}”是百分比，评分标准按${kind.unit ?? '数量'}计分，请填写数量`,
      };
    // `3次` against `≥10万元`: a count is no sum of money (another spelling of one kind only warns).
    if (otherKinds(q.unit, kind.unit))
      return {
        type: 'invalid',
        inputText: text,
        message: `实际值“${text}”的单位与评分标准（按${kind.unit}计）不是一类，请核对`,
      };
    const { value, mismatch } = inUnit(q, kind.unit, false);
    // `-2`, `1.5次` against `≥4次`: a count is a whole number, never below 0.
    const counted = kind.unit !== null && COUNT_UNITS.includes(kind.unit);
    if (counted && (value.isNegative() || !value.isInteger()))
      return { type: 'invalid', inputText: text, message: `个数应为不小于0的整数：“${text}”` };
    // A rule stated without a unit takes a count in any unit.
    const warn = mismatch !== null && kind.unit !== null;
    return then(
      value,
      text,
      warn ? [...issues, { code: 'suspicious-input', on: 'input', message: mismatch }] : issues,
    );
  });
}

/**
 * `未制作` against `在辖区制作1幅以上…`, `全年未研究` against `每年专门研究文化工作2-3次`: the counted thing's verb
 * denied, so none was done — a count of 0. (`3项均不符合`, `均未开展`: each of them, none done.)
 */
const NONE_DONE_RE = new RegExp(
  `^(${alternatives(WHOLE_YEAR_WORDS)})?(?:\\d+项)?(?:均|都|全部|全)?(${alternatives(DENYING_LEADS)})([\u4e00-\u9fff]{2,})$`,
);

export function noneDone(said: string, ruleWords: string): boolean {
  const m = NONE_DONE_RE.exec(said);
  return m !== null && ruleWords.includes(m[3].slice(0, 2));
}

/** `执行率92.00%`, but `X为92.00%` when the subject is a letter standing for the input. */
function stated(subject: string, shown: string): string {
  return /[A-Za-z0-9]$/.test(subject) ? `${subject}为${shown}` : `${subject}${shown}`;
}

/**
 * `达到5%得1分;达到10%得2分;达到15%以上得3分` at 3%, `30公里以内 10；60公里以内 6；100公里以内 2` at 150公里:
 * past the worst band of a table whose points fall band by band toward it, the table gives nothing. (A value
 * in a gap between bands, a table whose points do not fall steadily, one band beside the whole task done,
 * or ranks — a list of ranks often stops short of the last — are not read so.)
 */
function beyondWorst(list: Band[], x: Decimal, weight: Decimal): boolean {
  if (list.length < 2 || list.some((b) => b.cond.unit !== null && RANK_UNITS.includes(b.cond.unit)))
    return false;
  // (`完成(5分)完成80%以上(4分)`: beside the whole task done, below the one band may be in proportion.)
  const whole = (b: Band) =>
    b.cond.pct && b.cond.lower?.value.eq(100) && (b.cond.upper === null || b.cond.upper.value.eq(100));
  if (list.length === 2 && list.some(whole)) return false;
  const points = list.map((b) =>
    b.outcome.type === 'points' ? b.outcome.points : b.outcome.type === 'full' ? weight : null,
  );
  if (points.some((p) => p === null || p.isZero())) return false;
  const steady = (key: (b: Band) => Decimal | undefined, rising: boolean) => {
    const keyed = list.map((b, k) => ({ at: key(b), p: points[k] as Decimal }));
    if (keyed.some((b) => b.at === undefined)) return false;
    keyed.sort((a, b) => (a.at as Decimal).cmp(b.at as Decimal));
    return keyed.every((b, k) => k === 0 || (rising ? b.p.gt(keyed[k - 1].p) : b.p.lt(keyed[k - 1].p)));
  };
  const lows = list.map((b) => b.cond.lower?.value);
  const highs = list.map((b) => b.cond.upper?.value);
  if (lows.every((v) => v !== undefined) && x.lt(Decimal.min(...(lows as Decimal[]))))
    return steady((b) => b.cond.lower?.value, true);
  if (highs.every((v) => v !== undefined) && x.gt(Decimal.max(...(highs as Decimal[]))))
    return steady((b) => b.cond.upper?.value, false);
  return false;
}

function bands(
  ctx: Ctx,
  list: Band[],
  otherwise: Outcome | null,
  x: Decimal,
  shown: string,
  issues: RuleIssue[],
  inWords = false,
): Evaluation {
  const band = bandFor(list, x);
  const said = stated(ctx.subject, shown);
  // `迟报一天扣20分`, `考核优秀1年得1分` at 2: one unit, said without 以上 or 每, may price each unit or that
  // one alone; what more than one is worth is not written.
  // (`1件以上`, `不少于1次`, `发生一起的…不得分`: a bound, or nothing given at one already, says what more is worth.)
  const one = band?.cond.lower;
  if (
    band &&
    one &&
    one.value.eq(1) &&
    !one.explicit &&
    band.cond.upper === null &&
    band.cond.unit !== null &&
    band.cond.text.replace(/^[^\d一二两三四五六七八九十]*(1|一)/, '') === band.cond.unit &&
    !givesNothing(band.outcome) &&
    x.gt(1) &&
    list.every((b) => b === band || b.cond.lower === null || b.cond.lower.value.lt(1))
  )
    return {
      type: 'invalid',
      inputText: shown,
      message: `评分标准只写明“${conditionText(band.cond)}”的分数，${shown}如何计分未写明，请人工评分`,
    };
  if (band === null) {
    const missed = list.length === 1 ? `未达到“${conditionText(list[0].cond)}”` : '不在所列各档内';
    if (otherwise !== null)
      return scoredBy(otherwise, ctx, x, `${said}，${missed}${how(otherwise, ctx.subject)}`, shown, issues);
    if (beyondWorst(list, x, ctx.weight))
      return scored(new Decimal(0), `${said}，不及所列最低一档，不得分`, shown, issues);
    return {
      type: 'invalid',
      inputText: shown,
      message: `实际值${shown}不在评分标准所列的任何一档内（${list.map((b) => conditionText(b.cond)).join('、')}），请核对`,
    };
  }
  // `5%以内扣1分` at 0%: none at all may be no fault, or the band's low end; the text does not say.
  if (band.outcome.type === 'deduct' && band.cond.lower === null && x.isZero())
    return {
      type: 'invalid',
      inputText: shown,
      message: `实际值${shown}：评分标准“${conditionText(band.cond)}”是否包含0未写明，请人工评分`,
    };
  const rival = rivalAt(list, x, band);
  // `80%—95%得60分；80%以下不得分` at 80%: a bare 以下 ending where a range starts leaves the value to the range,
  // whose low end a dash includes. (`82%以上…82%以下…` at 82% stays the person's: the hands split.)
  const starting = rival === null ? null : startsWhereBelowEnds(band, rival, x);
  if (starting !== null) {
    const why = `${said}，属于“${conditionText(starting.cond)}”一档${how(starting.outcome, ctx.subject)}`;
    return scoredBy(starting.outcome, ctx, x, why, shown, issues);
  }
  // (`100%完成得10分，100%以下按比例扣分` at 100%: two bands that give the value the same points agree.)
  const priced = (o: Outcome) => o.type !== 'range' && o.type !== 'bonus';
  const agree =
    rival !== null &&
    priced(band.outcome) &&
    priced(rival.outcome) &&
    outcomePoints(band.outcome, ctx.weight, x).eq(outcomePoints(rival.outcome, ctx.weight, x));
  if (rival !== null && !agree)
    return {
      type: 'invalid',
      inputText: shown,
      message: `实际值${shown}同时落在“${conditionText(band.cond)}”和“${conditionText(rival.cond)}”两档（评分标准两处都含${shown}），请人工评分`,
    };
  // A band on a delay is named in the rule's words (`提前交图3天以上`): a signed bound would read oddly.
  const named = inWords ? band.cond.text : conditionText(band.cond);
  const why = `${said}，属于“${named}”一档${how(band.outcome, ctx.subject)}`;
  return scoredBy(band.outcome, ctx, x, why, shown, issues);
}

/** `全部完成`, `已完成任务`, `达到目标值`: an answer saying the whole was done (a rate of 100%); else null. */
function wholeDone(input: InputValue | null): string | null {
  const said = compactText(String(input?.value ?? ''));
  const core = said.replace(/^(已经|均已|已)/, '').replace(/任务$/, '');
  return WHOLE_DONE_WORDS.includes(core) || TARGET_REACHED_WORDS.includes(core) ? said : null;
}

/** The answer in the words of the band from 100% up that the rule wrote as words (`符合要求`), else null. */
function wholeBandNamed(input: InputValue | null, list: readonly Band[]): string | null {
  const said = compactText(String(input?.value ?? ''));
  const whole = list.find(
    (b) => b.cond.lower?.value.eq(100) && b.cond.upper === null && !/\d/.test(b.cond.text),
  );
  return whole !== undefined && said.length >= 2 && names(said, compactText(whole.cond.text)) ? said : null;
}

/**
 * `电视1次，网站2次` against `电视、报刊和网站每宣传一次得0.5分`: each piece a thing the rule names, counted — their sum.
 * Null when a piece names nothing of the rule's or is no count.
 */
function countsOfListed(input: InputValue | null, rule: string, unit: string | null): Read<Decimal> | null {
  const r = compactText(rule);
  const pieces = compactText(String(input?.value ?? ''))
    .split(/[,;]/)
    .filter((p) => p !== '');
  const named = (p: string) => {
    const words = /^([\u4e00-\u9fff]{2,}?)(?:\d|[一二两三四五六七八九十])/.exec(p)?.[1];
    return words !== undefined && r.includes(words);
  };
  if (pieces.length < 2 || !pieces.every(named)) return null;
  return readCountsNamed(input, unit, () => false);
}

/**
 * `无公共绿地` against `村内建有1处以上公共绿地`, `未公布` against `年内至少1次在…公布…`: bands on a count of things
 * that none of them reaches at 0, answered by a denial of words the count's own clause holds — none, 0. (`无记录`
 * against `每年组织不少于2次培训,有记录` denies another clause: not read.)
 */
function noneOfCounted(said: string, ast: Extract<Scorable, { kind: 'bands' }>, rule: string): boolean {
  if (ast.value.type !== 'quantity' || ast.value.unit === null || !COUNT_UNITS.includes(ast.value.unit))
    return false;
  if (bandFor([...ast.bands], new Decimal(0)) !== null) return false;
  const m = NONE_OF_RE.exec(said);
  if (m === null) return false;
  const counted = new RegExp(`(\\d+|[一二两三四五六七八九十]+)${ast.value.unit}`);
  const clauses = compactText(rule)
    .split(/[,;。，；]/)
    .filter((c) => counted.test(c));
  // (`未建公共绿地` across `建有1处以上公共绿地`: its words in order, close together.)
  const w = clauses.length === 1 ? window(m[2], clauses[0]) : null;
  return w !== null && w.length <= m[2].length * 3;
}

/** A denial that nothing is there or was done (`无`, `未`, `没有`), then its words: `无公共绿地`. */
const NONE_OF_RE = new RegExp(`^(${alternatives([...NOTHING_DONE_LEADS, '没'])})([\\u4e00-\\u9fff]{2,12})$`);

/** The band holding 100% gives the most: read as a rate done, the whole is the best case. */
function bestHolds100(list: readonly Band[]): boolean {
  const at = bandFor([...list], new Decimal(100));
  if (at === null || !isFixed(at.outcome)) return false;
  const points = (b: Band) => (b.outcome.type === 'points' ? b.outcome.points : null);
  const top = points(at);
  return (
    at.outcome.type === 'full' ||
    (top !== null && list.every((b) => b === at || (points(b) ?? new Decimal(0)).lte(top)))
  );
}

/** How many steps a distance makes under the step mode. */
export function stepCount(distance: Decimal, size: Decimal, mode: StepMode): Decimal {
  const ratio = distance.div(size);
  if (mode === 'ceil') return ratio.ceil();
  if (mode === 'floor') return ratio.floor();
  return ratio;
}

/**
 * The first word of a fault in an answer (`出现`, `差`, `逾期`) that the rule's text does not hold, or null: a bonus
 * counts what the rule names, and a fault it does not name is not that. (`无故`, `不论`: no fault.)
 */
function faultNotPriced(said: string, rule: string): string | null {
  const words = NON_NEGATING.reduce((t, w) => t.split(w).join(''), said);
  const marks = [
    ...ISSUE_VERBS.filter((v) => words.includes(v)),
    ...FAULT_HINT_WORDS.filter((h) => words.includes(h)),
    ...[...words].filter((ch) => FAULT_CHAR_RE.test(ch)),
  ];
  return marks.find((m) => !rule.includes(m)) ?? null;
}

/**
 * `5%`, `-3%` against `预算完成率超出正负10%不得分`: a value no farther from 0 than the rule's widest spread about
 * 100% is the deviation written, not the rate — refused, never read as 95 points short of the plan.
 */
function deviationWritten(conds: readonly Condition[], x: Decimal, shown: string): Evaluation | null {
  const about = conds.find((c) => c.abs && c.about !== undefined)?.about;
  if (about === undefined) return null;
  const spread = Decimal.max(
    ...conds.flatMap((c) => [c.lower?.value, c.upper?.value]).filter((v): v is Decimal => v !== undefined),
  );
  if (x.abs().gt(spread)) return null;
  return {
    type: 'invalid',
    inputText: shown,
    message: `评分标准按与${formatPlain(about)}%之差计分，“${shown}”像是偏差而不是完成率，请填写完成率（如95%）`,
  };
}

function linear(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  input: Decimal,
  shown: string,
  issues: RuleIssue[],
): Evaluation {
  // `±5%以内`: the distance runs from the absolute value (from 100% for a rate of completion); the note says so.
  const t = ast.threshold;
  const x = t.abs ? input.minus(t.about ?? 0).abs() : input;
  const said = stated(ctx.subject, shown) + (t.abs ? `，${distanceFrom(t)}` : '，');
  const pct = ast.value.type === 'rate';
  const unit = unitOf(ast.value);
  const v = (d: Decimal) => valueText(d, pct, unit);
  const override = bandFor(ast.overrides, input);
  if (override !== null) {
    return scoredBy(
      override.outcome,
      ctx,
      x,
      `${stated(ctx.subject, shown)}，属于“${conditionText(override.cond)}”${how(override.outcome)}`,
      shown,
      issues,
    );
  }
  const base = outcomePoints(ast.base, ctx.weight, x);
  const { lower, upper } = ast.threshold;
  // (`比值为1时,2分,比值每减0.1扣0.5分`: a bare number written without a bound, the steps only below it — what a
  // value above it earns is not written.)
  const bareAbove =
    lower !== null &&
    !lower.explicit &&
    upper === null &&
    ast.value.type === 'quantity' &&
    ast.value.unit === null &&
    ast.steps.every((s) => s.dir === 'down') &&
    x.gt(lower.value);
  if (bareAbove)
    return {
      type: 'judged',
      inputText: shown,
      why: `${stated(ctx.subject, shown)}，评分标准只写明${v(lower.value)}时的分数，高于${v(lower.value)}如何计分未写明`,
    };
  const below = lower !== null && (lower.incl ? x.lt(lower.value) : x.lte(lower.value));
  // (`≥100%得8分，每超1个百分点加0.5分`: past a standard reached, a bonus counts up from it.)
  const bonusFrom = upper === null && ast.steps.some((s) => s.dir === 'up' && s.bonus) ? lower : null;
  const above =
    (upper !== null && (upper.incl ? x.gt(upper.value) : x.gte(upper.value))) ||
    (bonusFrom !== null && x.gt(bonusFrom.value));
  // (From none at a baseline, `≤96%` is where nothing is earned yet, not a standard reached.)
  const meetsText =
    ast.base.type === 'zero' && upper !== null && lower === null
      ? `${stated(ctx.subject, shown)}，未高于${v(upper.value)}，不加分${how(ast.base)}`
      : `${stated(ctx.subject, shown)}，达到“${conditionText(ast.threshold)}”标准${how(ast.base)}`;
  // `=100%` passed on the side no step covers: the standard's points stand (an `=` reads as a target).
  const eq = lower !== null && upper !== null && lower.value.eq(upper.value);
  const dir: 'up' | 'down' | null = above
    ? 'up'
    : below
      ? 'down'
      : eq && x.gt(lower.value)
        ? 'up'
        : eq && x.lt(lower.value)
          ? 'down'
          : null;
  if (dir === null) return scored(base, meetsText, shown, issues);
  const step: LinearStep | undefined = ast.steps.find((s) => s.dir === dir);
  if (step === undefined) {
    if (eq) return scored(base, meetsText, shown, issues);
    return {
      type: 'invalid',
      inputText: shown,
      message: `实际值${shown}在“${conditionText(ast.threshold)}”之外，评分标准未说明这一侧如何扣分，请人工评分`,
    };
  }
  const bound = (dir === 'up' ? (upper ?? bonusFrom) : lower)?.value as Decimal;
  const distance = x.minus(bound).abs();
  const points = stepCount(distance, step.size, ctx.req.settings.steps).times(
    deductedPoints(step.amount, step.ofWeight, ctx.weight),
  );
  const gap = pct ? `${distance.toFixed(2)}个百分点` : `${formatPlain(distance)}${unit ?? ''}`;
  const passed = `${said}${dir === 'up' ? '高于' : '低于'}${v(bound)}标准${gap}`;
  const per = `按${dir === 'up' ? '每超过' : '每降低'}${v(step.size)}`;
  if (step.bonus) {
    const added = bonusAdded(ctx, ast, base, points);
    if (added === null) return { type: 'judged', inputText: shown, why: `${passed}，加分后超过分值` };
    return scored(
      added.total,
      `${passed}，${per}加${amountText(step.amount, step.ofWeight)}${added.text}`,
      shown,
      issues,
    );
  }
  const ded = deduction(ctx, points, ast.maxDeduct);
  const why = `${passed}，${per}扣${amountText(step.amount, step.ofWeight)}${ded.text}`;
  return scored(base.minus(ded.amount), why, shown, issues);
}

/**
 * What a bonus of `points` adds to the base, with its words for the note; null when the sum passes the row's
 * weight with nothing written to stop it there (`基准分8分，每下降1个百分点加1分`: points beyond the weight are a
 * 加分 the table does not hold — the person decides).
 */
function bonusAdded(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>,
  base: Decimal,
  points: Decimal,
): { total: Decimal; text: string } | null {
  // (`配备3名(5分),每增加1人加1分,加满15分为止` on a row of 15: a cap equal to the row's weight, which the base and
  // the cap together would pass, is where the score stops — the row's worth — not the most added.)
  const toWorth =
    ast.maxBonus !== undefined && ast.maxBonus.eq(ctx.weight) && base.plus(ast.maxBonus).gt(ctx.weight);
  const capped = !toWorth && ast.maxBonus !== undefined && points.gt(ast.maxBonus);
  const added = capped ? (ast.maxBonus as Decimal) : points;
  const beyond = base.plus(added).gt(ctx.weight);
  if (beyond && ast.ceilingStated !== true && !toWorth) return null;
  return {
    total: base.plus(added),
    text: `计加${formatScore(added, ctx.req.settings.decimals)}分${capped ? `（最多加${formatPlain(added)}分）` : ''}${beyond ? `，以${formatPlain(ctx.weight)}分为限` : ''}`,
  };
}

/**
 * A step counted from the 年度指标值: the target's comparator decides the side (`≥85%` deducts below it,
 * `≤70微克/立方米` above it; a bare value counts as ≥), then the row is scored as linear from there.
 */
function fromTargetCell(ctx: Ctx, ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>): Evaluation {
  // `确保完成区局下达的…年计划，每差1%扣10分` with no 年度指标值: a rate is the share of the plan done, its standard
  // the whole plan.
  const rule = compactText(ctx.req.rule ?? '');
  const wholePlan =
    ast.kind === 'linear' &&
    ast.value.type === 'rate' &&
    PLAN_DONE_RE.test(rule) &&
    !TARGET_SAID_RE.test(rule);
  const t = ctx.req.target
    ? parseTarget(ctx.req.target)
    : wholePlan || runsOutAtFloor(ctx, ast)
      ? WHOLE_PLAN
      : null;
  // `每低于目标值2%扣1分` with a target of `1亿元`: steps in percent of the target — the value is the
  // actual amount over the target, as a completion rate around 100%.
  const ofTarget = t !== null && !t.pct && t.value.gt(0) && ast.value.type === 'rate';
  if (t === null || (t.pct !== (ast.value.type === 'rate') && !ofTarget))
    return {
      type: 'invalid',
      inputText: '',
      message: ast.standardElsewhere
        ? '评分标准未写明标准值：请在实际值栏写明与标准的差距（如：低于标准3个百分点、达标），或在指标值栏填写标准值'
        : '评分标准按年度指标值扣分，请在指标值栏填写年度指标值（与实际值同一单位）',
    };
  const at = {
    value: ofTarget ? new Decimal(100) : t.value,
    incl: t.op !== '<' && t.op !== '>',
    explicit: true,
  };
  const upperSide = t.op === '<=' || t.op === '<';
  // `与计划每偏差…`: a deviation either way from the target, whatever its comparator.
  const both = ast.kind === 'twosided';
  // A bonus past a ≥ target makes the target a baseline: above it the bonus counts.
  const bonusAbove = !upperSide && ast.steps.some((s) => s.dir === 'up' && s.bonus);
  const threshold = {
    ...ast.threshold,
    lower: upperSide && !both ? null : at,
    upper: upperSide || both || bonusAbove ? at : null,
    unit: ofTarget ? null : t.unit,
  };
  const resolved = {
    ...ast,
    threshold,
    fromTarget: false,
    // (A bonus past the target stays: what it adds beyond the weight is the person's call.)
    steps: both ? ast.steps : ast.steps.filter((s) => s.dir === (upperSide ? 'up' : 'down') || s.bonus),
  };
  const value: ValueKind = t.pct ? { type: 'rate' } : { type: 'quantity', unit: t.unit };
  return withValue(value, ctx.req.input, (x, shown, issues) => {
    if (!ofTarget) return linear(ctx, resolved, x, shown, issues);
    const rate = x.div(t.value).times(100);
    const said = shareOfTarget(shown, t, rate);
    return linear({ ...ctx, subject: '' }, resolved, rate, said, issues);
  });
}

/**
 * `完成…下达的…计划`, `完成招商任务`: the measure is how much of a plan or task was done. (`完成年度目标任务`,
 * `目标值`: a target may be a rate itself, `≥90%`, which an answer of 88% may be — the 年度指标值 is asked for.)
 */
const PLAN_DONE_RE = /完成[^,;。]{0,20}(计划|任务)/;
const TARGET_SAID_RE = new RegExp(alternatives(TARGET_NAME_WORDS.filter((w) => w !== '计划')));
/**
 * `改厕率每下降10%扣2分；低于80%不得分` on a row of 4: the steps use the row up exactly at the floor only when they
 * count down from 100% — the whole of the rate, the standard the rule leaves unwritten.
 */
function runsOutAtFloor(ctx: Ctx, ast: Extract<Scorable, { kind: 'linear' | 'twosided' }>): boolean {
  const [step] = ast.steps;
  const floor = ast.overrides.length === 1 ? ast.overrides[0].cond.upper : null;
  return (
    ast.standardElsewhere === true &&
    ast.steps.length === 1 &&
    step.dir === 'down' &&
    !step.ofWeight &&
    step.amount.gt(0) &&
    floor !== null &&
    floor.value.plus(ctx.weight.div(step.amount).times(step.size)).eq(100)
  );
}

const WHOLE_PLAN: Target = {
  op: '>=',
  written: false,
  value: new Decimal(100),
  pct: true,
  unit: null,
  text: '100%',
};

/** `9600万元为年度指标值1亿元的96.00%`: an amount read as its share of the row's target. */
function shareOfTarget(shown: string, t: { value: Decimal; unit: string | null }, rate: Decimal): string {
  return `${shown}为年度指标值${formatPlain(t.value)}${t.unit ?? ''}的${rate.toFixed(2)}%`;
}

/** A deduction held to `最多扣N分`, with its words for the note: `计扣0.60分`, `（已达扣分上限）` when held. */
function deduction(ctx: Ctx, raw: Decimal, limit: Decimal | null): { amount: Decimal; text: string } {
  const capped = limit !== null && raw.gt(limit);
  const amount = capped ? limit : raw;
  return {
    amount,
    text: `计扣${formatScore(amount, ctx.req.settings.decimals)}分${capped ? '（已达扣分上限）' : ''}`,
  };
}

/** A deadline rule: the base points on time, the step's deduction per unit of delay. */
function delayed(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'deadline' }>,
  x: Decimal,
  shown: string,
  issues: RuleIssue[],
): Evaluation {
  const base = outcomePoints(ast.base, ctx.weight, x);
  if (x.lte(0)) return scored(base, `按时完成${how(ast.base)}`, shown, issues);
  const override = bandFor(ast.overrides, x);
  if (override !== null)
    return scoredBy(
      override.outcome,
      ctx,
      x,
      `延期${formatPlain(x)}${ast.unit}，属于“${conditionText(override.cond)}”${how(override.outcome)}`,
      shown,
      issues,
    );
  const step = ast.step;
  const ded = deduction(
    ctx,
    stepCount(x, step.size, ctx.req.settings.steps).times(
      deductedPoints(step.amount, step.ofWeight, ctx.weight),
    ),
    ast.maxDeduct,
  );
  const why = `延期${formatPlain(x)}${ast.unit}，按每延期${formatPlain(step.size)}${ast.unit}扣${amountText(step.amount, step.ofWeight)}${ded.text}`;
  return scored(base.minus(ded.amount), why, shown, issues);
}

function formula(ctx: Ctx, ast: Extract<Scorable, { kind: 'formula' }>): Evaluation {
  if (ast.target !== null) return againstTarget(ctx, ast);
  if (ast.inputs !== undefined) return ofSeveral(ctx, ast, ast.inputs);
  const { rate, read } = formulaInput(ctx.req.input, ast.subject);
  return fromRead(read, (x, text, issues) => {
    const override = bandFor(ast.overrides, x);
    const shown = rate ? formatPercent(x) : text;
    if (override !== null)
      return scoredBy(
        override.outcome,
        ctx,
        x,
        `${stated(ctx.subject, shown)}，属于“${conditionText(override.cond)}”${how(override.outcome)}`,
        text,
        issues,
      );
    const used = ast.atMost100 && rate && x.gt(100) ? new Decimal(100) : x;
    const value = formulaValue(ast, rate ? used.div(100) : used, ctx.weight);
    if (value === null)
      return {
        type: 'invalid',
        inputText: text,
        message: `按公式${exprText(ast.expr)}计算时除数为0，请人工评分`,
      };
    const capped = used.eq(x) ? '' : '（超过100%按100%计）';
    return scored(
      value,
      `${stated(ctx.subject, shown)}${capped}，按${exprText(ast.expr)}计算为${formatPlain(value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))}分`,
      text,
      issues,
    );
  });
}

/**
 * A formula's quantity as answered: a rate (in percent) when its name says so or the answer is a percentage
 * (`60分乘以完成投资占年度计划的比` with `80%`; a rate-named input written without its sign), else a plain number.
 */
function formulaInput(input: InputValue | null, name: string): { rate: boolean; read: Read<Decimal> } {
  const quantity = readQuantity(input);
  const rate = isRateName(name) || (quantity.ok && quantity.value.pct && quantity.value.unit === null);
  if (rate) return { rate, read: readRate(input) };
  return { rate, read: quantity.ok ? { ...quantity, value: quantity.value.value } : quantity };
}

/**
 * `线路年度考核分=线路平时考核得分×60%+线路年终考核得分×40%` answered `平时考核得分80，年终考核得分90`: each quantity
 * named with its value (a rate-named one read as a fraction), the formula over them all. Bands overriding the
 * formula are on one quantity, so they are not read here.
 */
function ofSeveral(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'formula' }>,
  names: readonly string[],
): Evaluation {
  if (ast.overrides.length > 0)
    return {
      type: 'judged',
      inputText: String(ctx.req.input?.value ?? ''),
      why: '评分标准的公式含多个数值且另有分档',
    };
  return fromRead(readMeasures(ctx.req.input, names), (said, text) => {
    const values = new Map<string, Decimal>();
    for (const [k, name] of names.entries()) {
      const { rate, read } = formulaInput({ value: said[k] }, name);
      if (!read.ok)
        return { type: 'invalid', inputText: text, message: `无法读出“${name}”的数值：“${said[k]}”` };
      values.set(name, rate ? read.value.div(100) : read.value);
    }
    const value = formulaOf(ast.expr, values, ctx.weight);
    if (value === null)
      return {
        type: 'invalid',
        inputText: text,
        message: `按公式${exprText(ast.expr)}计算时除数为0，请人工评分`,
      };
    const shown = names.map((n, k) => `${n}${said[k]}`).join('，');
    return scored(
      value,
      `${shown}，按${exprText(ast.expr)}计算为${formatPlain(value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))}分`,
      text,
      [],
    );
  });
}

/**
 * `得分=(实际到位资金额/时序目标任务)×分值`: the formula's second name is the row's 年度指标值; the input
 * is read in the target's unit (money and head counts convert), both as plain numbers.
 */
function againstTarget(ctx: Ctx, ast: Extract<Scorable, { kind: 'formula' }>): Evaluation {
  const target = ctx.req.target ? parseTarget(ctx.req.target) : null;
  // `60%` for `(实际到位资金额/时序目标任务)×分值` with no 年度指标值: an amount is never a percentage, so the
  // percentage is the share of the target (a rate-named input, `实际完成率/目标完成率`, is not read so).
  const q = readQuantity(ctx.req.input);
  const share = q.ok && q.value.pct && q.value.unit === null ? readRate(ctx.req.input) : null;
  if (target === null && share?.ok && !isRateName(ast.subject) && onlyAsRatio({ ...ast, input: ast.subject }))
    return fromRead(share, (x, text, issues) => {
      const value = formulaValue(ast, x.div(100), ctx.weight, new Decimal(1));
      if (value === null) return { type: 'invalid', inputText: text, message: '计算出错，请人工评分' };
      return scored(
        value,
        `${ast.subject}为${ast.target}的${formatPercent(x)}，按${exprText(ast.expr)}计算为${formatPlain(value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))}分`,
        text,
        issues,
      );
    });
  if (target === null || target.value.isZero())
    return {
      type: 'invalid',
      inputText: '',
      message: `按公式${exprText(ast.expr)}计分需要年度指标值，请在指标值栏填写（不能为0）`,
    };
  return fromRead(readQuantity(ctx.req.input), (q, text, issues) => {
    const { value: x, mismatch } = inUnit(q, target.unit, target.pct);
    const warned =
      mismatch === null
        ? issues
        : [...issues, { code: 'suspicious-input' as const, on: 'input' as const, message: mismatch }];
    const value = formulaValue(ast, x, ctx.weight, target.value);
    if (value === null)
      return {
        type: 'invalid',
        inputText: text,
        message: `按公式${exprText(ast.expr)}计算时除数为0，请人工评分`,
      };
    return scored(
      value,
      `${stated(ctx.subject, text)}，年度指标值${target.text}，按${exprText(ast.expr)}计算为${formatPlain(value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))}分`,
      text,
      warned,
    );
  });
}

/** Words an input may wrap a 一票否决 in: `存在挪用`, `发现重大违规问题的`, `有挪用行为`. */
function vetoCore(text: string): string {
  let core = compactText(text);
  for (const f of VETO_FILLERS.prefixes) if (core.startsWith(f)) core = core.slice(f.length);
  for (const f of VETO_FILLERS.suffixes) if (core.endsWith(f)) core = core.slice(0, -f.length);
  return core;
}

/** The 一票否决 the input names, if any: its words hold the veto's, or the veto's hold all of its words. */
function vetoNamed(input: InputValue | null, vetoes: string[], counts = ''): string | null {
  if (input === null || typeof input.value !== 'string' || vetoes.length === 0) return null;
  // `缺1项，填写不全` against `…缺一项扣1分，填写不全不得分`: any piece of the answer may name the veto.
  for (const piece of input.value.split(/[,，;；]+/).map(compactText)) {
    // (`发生重大群体性事件1起`: one or more of the vetoed event is the veto.)
    const counted = VETO_COUNT_RE.exec(piece);
    const said = vetoCore(counted ? counted[1] : piece);
    if (said.length < 2 || /\d/.test(said)) continue;
    // `无挪用资金`, `未发现挪用资金`, `不存在…`: the veto denied, not named (unless the veto opens so too,
    // `没有制定相关政策的不得分`).
    const denies = (v: string) =>
      VETO_DENIALS.some((w) => piece.startsWith(w) && !compactText(v).startsWith(w)) ||
      nameAmong(said, [vetoCore(v)]) === 'denied';
    // `群体性事件` is the issue the rule counts (`发生群体事件的每起扣2分`), not `重大群体性事件`: words short of
    // the veto's own name it only when they name nothing else.
    const general = counts.length >= 2 && (window(counts, said) !== null || window(said, counts) !== null);
    const named = vetoes.find(
      (v) => !denies(v) && (said.includes(vetoCore(v)) || (!general && vetoCore(v).includes(said))),
    );
    if (named !== undefined) return named;
  }
  return null;
}

/** Words opening an answer that says the vetoed thing is not there. */
const VETO_DENIALS = [...FOUND_NONE_LEADS, '不存在', '没有'];

const VETO_COUNT_RE = new RegExp(`^(.{2,}?)([1-9]\\d*|[一二两三四五六七八九十]+)(${COUNT_UNITS.join('|')})$`);

/** `标识、立牌均无`: things listed, then one word saying they are all missing. */
const ALL_MISSING_RE = new RegExp(
  `^([^,，;；]+[、和及与][^,，;；]+?)(?:均|都|全部|全)(?:${alternatives(ALL_MISSING_ENDINGS)})$`,
);

/**
 * `无增加` against `重复信访件数每增加1件扣1分`, `无涂改` against `报表应无涂改…否则每种报表扣一分`: none, said of
 * the rule's own words for the issue it counts (not of something required, which `无` would say is missing).
 */
function issueDenied(
  said: string,
  shortfall: boolean,
  rule: string,
  vetoes: readonly string[],
  found: string,
  required: readonly string[],
): boolean {
  if (shortfall) return false;
  const m = /^(?:无|没有|未发现|未出现|未发生)([\u4e00-\u9fff]{2,})$/.exec(said);
  if (m === null || FAULT_CHAR_RE.test(m[1].slice(1))) return false;
  // (`无挪用资金` against `…；存在挪用资金的，本项0分`: the veto denied says nothing of the issues counted.)
  if (vetoes.some((v) => compactText(v).includes(m[1]))) return false;
  // (`没有足额购买` against `…及时足额购买工程建设保险,得2分…`: what the rule requires, denied, is an issue itself —
  // words that open with a fault, `无违反`, deny the fault.)
  const requiredThere = required.some((t) => compactText(t).includes(m[1]));
  if (requiredThere && !compactText(found).includes(m[1]) && !FAULT_CHAR_RE.test(m[1].charAt(0)))
    return false;
  const r = compactText(rule);
  const at = r.indexOf(m[1]);
  // (`无信息收集、…工作记录每项扣1.5分`, `应无涂改`: the rule denies the words itself — what must be there, or be
  // absent; `无` then names the fault, or restates the standard.)
  // (`台账不全的每处扣1分`: a fault said of the words after them — `无台账` is worse, not none.)
  if (at === -1) return false;
  const before = r.slice(0, at).replace(/^.*[,，;；。]/, '');
  const after = r.slice(at + m[1].length).replace(/[,，;；。].*$/, '');
  return !NEGATIONS.some((n) => before.includes(n)) && !FAULT_CHAR_RE.test(after);
}

/**
 * `种植园、动物喂养角均有` against `缺一项扣3分`: every one there, none short — read only for a shortfall, and not
 * when the things are what the rule wants absent (`草荒、斑秃都有` against `无草荒、无斑秃…`: every fault there).
 */
function everyThingThere(said: string, rule: string): boolean {
  if (!saysAllThere(said)) return false;
  const r = compactText(rule);
  const things = said
    .replace(ALL_THERE_RE, '')
    .split(/[、和及与]/)
    .filter((t) => t.length >= 2);
  return !things.some((t) => NEGATIONS.some((n) => r.includes(n + t)));
}

/** `全年未检查`, `年内没有召开`: the year, then nothing of the verb done. */
const NONE_IN_YEAR_RE = new RegExp(
  `^(?:${WHOLE_YEAR_LEADS.join('|')})(?:${UNDONE_LEADS.join('|')})([\\u4e00-\\u9fff]{2,6})$`,
);

/**
 * `制度全部建立`, `行业性、区域性协商均已开展` against `未建立制度的,每少一项扣0.5分`: the things, then every one
 * done, in the verb the rule's fault denies — none short.
 */
function everyDoneInRuleVerb(said: string, rule: string): boolean {
  const m = /^[\u4e00-\u9fff、和与及]{0,30}?(?:均|都|全部|全)(?:已经|已)?([\u4e00-\u9fff]{2})$/.exec(said);
  if (m === null || DENYING_WORDS.some((w) => said.includes(w))) return false;
  return new RegExp(`(${UNDONE_LEADS.join('|')})${m[1]}`).test(compactText(rule));
}

/**
 * `不及时，不完整` for `信息公开不及时、不准确或不完整的，每项扣0.5分`: how many of the listed kinds the
 * answer names, each once (the rule counts kinds, so `不及时2次` is not read).
 */
function kindsNamed(
  input: InputValue | null,
  kinds: string[],
  otherwise: Read<Decimal>,
  shortfall: boolean,
  rule: string,
): Read<Decimal> {
  // `缺日期、标题` names the kinds `日期`, `标题` a rule lists as things that must be there.
  const said = input === null ? null : String(input.value ?? '');
  // `已建立首问首接责任制、一次性告知制` against `…(六项制度)每少一项扣0.5分`: the kinds there, not the
  // ones missing — the rest are short.
  // (`只成立了工作领导小组`: only these there, said so.)
  const done =
    said === null ? undefined : [...ONLY_LEADS, ...DONE_LEADS].find((w) => compactText(said).startsWith(w));
  if (done !== undefined && said !== null) {
    if (!shortfall) return otherwise;
    const named = readFaults(
      { ...input, value: compactText(said).slice(done.length) },
      kinds.map((label) => ({ label, marker: '', perOccurrence: false })),
    );
    if (!named.ok || named.value.size === 0 || [...named.value.values()].some((n) => !n.eq(1)))
      return otherwise;
    const missing = kinds.length - named.value.size;
    return { ok: true, value: new Decimal(missing), text: compactText(said) };
  }
  // `均未建立`, `都没有签订` against `没有建立…、…、…的,少1项扣2分`: every kind listed short — said in the verb the
  // rule's list hangs on (`落实` against `…，制定了工作方案，落实了工作措施`, one kind's own verb, says nothing).
  const none = shortfall && said !== null ? EVERY_KIND_UNMET_RE.exec(compactText(said)) : null;
  const listVerb = (v: string) =>
    compactText(rule)
      .split(/[,;。:]/)
      .some((clause) => clause.includes(v) && clause.includes('、'));
  if (
    none !== null &&
    (none[2] === '' || listVerb(none[2])) &&
    (none[1] === undefined || wholeNumber(none[1]) === kinds.length)
  )
    return { ok: true, value: new Decimal(kinds.length), text: compactText(said as string) };
  const negated = (k: string) => /^(缺|少|漏|没有|无|未)/.test(k);
  // (`未开展…进企业、进校园`: a list some of whose kinds are negated and some not is not read by name.)
  // (Kinds each a fault in its own words, `未按顺序填写`, `页码有误`, are read by name whatever leads them.)
  if (kinds.some(negated) && !kinds.every(negated) && !kinds.every((k) => FAULT_CHAR_RE.test(k)))
    return otherwise;
  // (Faults each in its own words, `疏捞无月份作业计划`, are named with their own denial: none is stripped.)
  const missing = said !== null && !kinds.some(negated) && !kinds.every((k) => FAULT_CHAR_RE.test(k));
  // `去向牌、座位牌均已设置`: every kind there, said so.
  if (missing && said !== null && saysAllThere(said))
    return { ok: true, value: new Decimal(0), text: compactText(said) };
  // (`完成` against `按要求完成辖区内山塘…,未完成的每处扣2分`: a kind's words with no word of lack say it is there.)
  if (missing && said !== null && !DENYING_WORDS.some((w) => said.includes(w)) && !/[少漏]/.test(said))
    return otherwise;
  // `标识、立牌均无`, `基本制度、岗位职责都缺`: each thing listed, missing.
  const allMissing = missing && said !== null ? ALL_MISSING_RE.exec(compactText(said)) : null;
  // `缺座位牌`, `未专人保管`, `质量未落实`, `专卡与库存实物不符`: each kind named with what denies it.
  const pieces = allMissing
    ? allMissing[1].split(/[、和及与]/).join('，')
    : missing
      ? said
          .replace(/(^|[,，、;；])(缺少|缺|少|漏报|漏|没有|无|未)/g, '$1')
          .replace(/(未落实|未做到|未达到|未设置|未建立|未制定|不符|不全|缺失)(?=$|[,，;；])/g, '')
      : said;
  // (`年初计划` against the kind `计划`: a piece holding one kind whole, and no other, names it — not a piece
  // joining two things or counting, nor a kind inside another kind's name.)
  const nested = (k: string) => kinds.some((o) => o !== k && o.includes(k));
  const byKind =
    pieces === null
      ? null
      : pieces.replace(/[^,，、;；]+/g, (p) => {
          if (/[和及与或\d一二两三四五六七八九十]/.test(p) || negated(p)) return p;
          const held = kinds.filter((k) => k.length >= 2 && p.includes(k));
          return held.length === 1 && !nested(held[0]) ? held[0] : p;
        });
  const named = readFaults(
    byKind === null ? null : { ...input, value: byKind },
    kinds.map((label) => ({ label, marker: '', perOccurrence: false })),
  );
  if (!named.ok) return otherwise;
  if ([...named.value.values()].some((n) => n.gt(1))) return otherwise;
  // (`未填写规范`: a lack said, its words naming no kind — not none missing.)
  if (named.value.size === 0 && pieces !== said) return otherwise;
  return { ok: true, value: new Decimal(named.value.size), text: named.text };
}

/** `财务管理办法` in `…、财务管理办法、养护检查制度等,未建立的`: a thing standing whole in a list, a separator after it. */
function listedWhole(thing: string, list: string): boolean {
  for (let at = list.indexOf(thing); at !== -1; at = list.indexOf(thing, at + 1)) {
    const next = list.charAt(at + thing.length);
    if (next === '' || '、,，;；。等的'.includes(next)) return true;
  }
  return false;
}

/**
 * `缺打印机、高拍仪、办公电话` against `每缺一项扣0.2分`: the things said missing, listed after the word
 * for missing, are counted one each, whether or not the rule names them. (`或` joins one thing's name:
 * `失学或免读名册`.) `within`: the list a fault writes and denies (`…、财务管理办法、…,未建立的`), each thing said
 * missing standing whole in it.
 */
function missingListed(said: string, unit: string, within?: string): Read<Decimal> | null {
  if (!ITEM_UNITS.includes(unit) || /[\d一二两三四五六七八九十]/.test(said)) return null;
  const m = MISSING_LIST_RE.exec(said);
  // (`无法统计`, `无需…`: the word for missing leads a verb, not a thing.)
  if (m === null || NOT_MISSING_LEADS.some((w) => said.startsWith(w))) return null;
  // (Of the things a fault lists, `台账和报表` may be one of them, as the rule writes it: only 、 parts them.)
  const things = m[2].split(within === undefined ? /[、和及与]/ : '、');
  // (`无缺项`: a lack denied is none short, not one thing missing.)
  if (things.some((t) => t.length < 2 || DENYING_WORDS.some((n) => t.includes(n)))) return null;
  if (within !== undefined && !things.every((t) => listedWhole(t, within))) return null;
  return { ok: true, value: new Decimal(things.length), text: said };
}

/**
 * `未制定工作方案，未落实工作措施` against `成立了…，制定了工作方案，落实了工作措施的，记10分，每少一项扣2分`;
 * `无会议记录、无安全检查记录` against `无…会议…和…安全检查记录的，扣20分/项`: each piece denies one thing the rule
 * names close together — a requirement a shortfall counts, or a fault the rule itself writes as missing (a
 * denial right before it). Their number; null when a piece is not so, or two pieces name one thing.
 * (`不按作业计划实施，安全防护不到位`: a clause may instead be things then the rule's own denial, `thingsThenDenied`.)
 * (`无门卫值班制度` against `无门卫值班制度、…的,一次扣0.5分`: a fault the rule writes, named with no count, happened
 * once — of faults counted in times as well as in items.)
 */
function piecesDenied(
  said: string,
  rule: string,
  ast: Extract<Scorable, { kind: 'perissue' }>,
): Read<Decimal> | null {
  const times = ast.unitWord === '次' && !ast.shortfall;
  if (
    ast.unitWord === null ||
    !(ITEM_UNITS.includes(ast.unitWord) || times) ||
    /[\d一二两三四五六七八九十]/.test(said)
  )
    return null;
  const r = compactText(rule);
  const at = new Set<number>();
  let denials = 0;
  let listed = 0;
  const clauses = said.split(/[,，;；]/).filter((c) => c !== '');
  for (const clause of clauses) {
    // (`无收集、审核、上报记录`: a denial leading a list denies each thing in it, as the rule's own lists do.)
    const pieces = leadEach(
      clause.split('、').filter((p) => p !== ''),
      LIST_NEGATIONS,
      (p) => DENIED_PIECE_RE.test(p),
    );
    const where = pieces.map((p) => deniedPieceAt(p, r, ast.shortfall));
    if (where.every((w) => w !== null)) {
      for (const w of where) at.add(w as number);
      denials += pieces.length;
      continue;
    }
    // (`制定预案，未演练` against `制定…应急预案并进行应急演练…缺一项扣1分`: a piece saying a thing the rule asks for
    // is there lacks nothing.)
    // (`有会议记录` against `无…会议…记录的,扣20分/项`: a fault written as missing, said there, did not happen.)
    if (pieces.every((p) => affirmedPieceAt(p, r, ast.shortfall) !== null)) continue;
    const things = clauses.length > 1 && !times ? thingsThenDenied(clause, rule, ast.unitWord) : null;
    if (things === null || !things.ok) return null;
    listed += things.value.toNumber();
  }
  // (Two pieces naming one thing count it once, which says neither.)
  const n = at.size + listed;
  return n === 0 || at.size !== denials ? null : { ok: true, value: new Decimal(n), text: said };
}

/**
 * Where, in the rule (compact), the thing a piece denies is named, when the rule prices it as a fault written as
 * missing (or, `shortfall`, as a requirement a shortfall counts); null otherwise.
 */
function deniedPieceAt(piece: string, r: string, shortfall: boolean): number | null {
  const m = DENIED_PIECE_RE.exec(piece);
  // (`均未签订`: every one denied, not one; `符合要求` is no thing the rule lists.)
  if (m === null || NOT_MISSING_LEADS.some((w) => piece.startsWith(w)) || /[均都全皆各]/.test(m[1]))
    return null;
  const thing = m[3];
  // (`无缺项`: a lack denied is none short, not one thing missing.)
  if (thing.length < 2 || DENYING_WORDS.some((n) => thing.includes(n)) || saysMetInWords(thing)) return null;
  // (`消防设施不到位` against `安全防护及应急措施不到位`: words before the denial say which thing — the rule must hold
  // them there too, and the thing is looked for from where they are.)
  const scope = m[1] === '' ? null : window(m[1] + thing, r);
  if (m[1] !== '' && (scope === null || scope.length > (m[1] + thing).length * 2)) return null;
  const from = scope?.start ?? 0;
  // (`无分析、反馈记录` against `无信息收集、审核、上报、分析、反馈、质量控制工作记录每项扣1.5分`: a list item with the
  // noun the rule's list closes with.)
  const tight = (words: string) => {
    const at = window(words, r.slice(from));
    return at !== null && at.length <= words.length * 3 ? { ...at, start: at.start + from } : null;
  };
  const item = [2, 3, 4]
    .map((k) => thing.slice(0, -k))
    .find((stem) => stem.length >= 2 && r.includes(`${stem}、`) && r.includes(thing.slice(stem.length)));
  const w = tight(thing) ?? (item === undefined ? null : tight(item));
  if (w === null) return null;
  // (The thing must be priced where it is named: `园舍不独立不参评;一项不符合规定扣3分` prices no 独立. `-5分/项` is a
  // price too.)
  const sentence = pricingSentence(r, w.start);
  if (!sentence.includes('扣') && !MINUS_POINTS_SAID_RE.test(sentence)) return null;
  // (What the rule writes before the thing, back to its list's start: a denial makes it a fault — unless
  // it is what must be so, `应无涂改`.)
  return writtenMissing(r, w.start) || shortfall ? w.start : null;
}

/** `已`, `均已`, `有`: what leads a thing said to be there. */
const AFFIRMED_LEAD_RE = new RegExp(`^(?:${alternatives([...ALL_MET_LEADS, ...ALREADY_WORDS, '有'])})+`);

/**
 * Where, in the rule (compact), the thing a piece says is there (`制定预案`, `已演练`) is asked for (`shortfall`) or
 * priced as missing (`无…会议记录的扣20分`) — its words close together in a sentence that deducts, with no denial,
 * count or fault in the piece. Null otherwise.
 */
function affirmedPieceAt(piece: string, r: string, shortfall: boolean): number | null {
  const thing = piece.replace(AFFIRMED_LEAD_RE, '').replace(/了$/, '');
  if (thing.length < 2 || /[\d一二两三四五六七八九十]/.test(thing) || FAULT_CHAR_RE.test(thing)) return null;
  if (DENYING_WORDS.some((n) => piece.includes(n)) || PARTIAL_WORDS.some((w) => piece.includes(w)))
    return null;
  const w = window(thing, r);
  if (w === null || w.length > thing.length * 3) return null;
  return writtenMissing(r, w.start) === shortfall || !pricingSentence(r, w.start).includes('扣')
    ? null
    : w.start;
}

/**
 * Whether what the rule (compact) names at `at` is written as missing: a denial before it, back to its list's start
 * — unless it is what must be so (`应无涂改`).
 */
function writtenMissing(r: string, at: number): boolean {
  const before = r.slice(0, at).replace(/^.*[,;。:]/, '');
  return NEGATIONS.some((n) => before.includes(n)) && !MUST_BE_RE.test(before);
}

/**
 * The sentence of the rule (compact) holding `at`; when it prices nothing itself (`(1)制定…应急预案并进行应急演练。
 * (2分)`), it and the sentences after it up to the first that deducts (`…缺一项扣1分`).
 */
function pricingSentence(r: string, at: number): string {
  const start = r.slice(0, at).replace(/^.*[;。]/, '');
  const own = start + r.slice(at).replace(/[;。].*$/, '');
  if (SENTENCE_OUTCOME_RE.test(own)) return own;
  const rest = r.slice(at);
  const priced = /^[^扣]*?扣[^;。]*/.exec(rest);
  return priced === null ? own : start + priced[0];
}

/** Words by which a sentence prices what it names itself: `扣`, `得`, `计2分`, `不参评`, `否决`. */
const SENTENCE_OUTCOME_RE = /扣|得|计|记|分|参评|否决/;

/**
 * `用水总量合计、新鲜用水量合计不等` against `表1煤炭合计、…、新鲜用水量合计应分别等于其分项之和,不等的,每一项扣除
 * 0.2分`; `儿科、精神科未完成` against `每1个专业未完成，扣1分`: things listed, then the rule's own denial said of them
 * all — one each. Each thing is named in the sentence that prices the denial, or the rule counts a kind
 * (`个专业未完成`) and the answer names its instances. Null for any other answer.
 */
function thingsThenDenied(said: string, rule: string, unit: string | null): Read<Decimal> | null {
  if (unit === null || !ITEM_UNITS.includes(unit) || /[\d一二两三四五六七八九十]/.test(said)) return null;
  const m = THINGS_THEN_DENIAL_RE.exec(compactText(said));
  if (m === null) return null;
  const things = m[1].split(/[、和及与]/);
  const denial = m[3];
  const r = compactText(rule);
  const at = r.indexOf(denial);
  // (The denial must be the rule's, once and whole: `不等` of `不等的,…扣`, not the start of a longer word.)
  if (at === -1 || r.indexOf(denial, at + 1) !== -1) return null;
  if (!/^(?:的|者|扣|[,，;；。]|$)/.test(r.slice(at + denial.length))) return null;
  if (things.some((t) => t.length < 2 || DENYING_WORDS.some((n) => t.includes(n)))) return null;
  // (Several things with 均/都 before the denial; one thing alone has no 均.)
  if (m[2] !== '' && things.length < 2) return null;
  const sentence = r.slice(0, at).replace(/^.*[;。]/, '');
  const kind = new RegExp(`${unit}([\u4e00-\u9fff]{1,4})$`).exec(r.slice(0, at));
  const named = things.every((t) => sentence.includes(t));
  // (Instances only as a list: one word alone, `全年未完成`, may say how many or when rather than which.)
  const instances =
    kind !== null &&
    things.length > 1 &&
    things.every((t) => !r.includes(t) && !QUANTIFYING_WORDS.some((q) => t.includes(q)));
  return named || instances ? { ok: true, value: new Decimal(things.length), text: said } : null;
}

/** Things (no numbers, no clause breaks), perhaps 均/都, then a denial and its words: `人员、制度均未落实`. */
const THINGS_THEN_DENIAL_RE = new RegExp(
  `^([\u4e00-\u9fff、和及与]{2,}?)(均|都|)((?:${alternatives(NEGATIONS)})[\u4e00-\u9fff]{1,4})$`,
);

/** `-5分`: points taken, written with a minus. */
const MINUS_POINTS_SAID_RE = /-\d+(?:\.\d+)?分/;

/** `应无`, `做到不…`: a denial of what must be so. */
const MUST_BE_RE = new RegExp(`(${alternatives(MUST_BE_WORDS)})(${alternatives(NEGATIONS)})`);

/** A piece denying a thing: the denial leads it, or follows what it is said of (`住宅区无专人看护`). */
const DENIED_PIECE_RE = new RegExp(`^(.{0,6}?)(${alternatives([...NEGATIONS, ...SHORTFALL_VERBS])})(.+)$`);

const MISSING_LIST_RE = new RegExp(`^(${alternatives([...LIST_NEGATIONS, ...SHORTFALL_VERBS])})(.+)$`);
const NOT_MISSING_LEADS = [...NON_NEGATING, ...NOT_MISSING_WORDS];

/** `均未建立`, `三项都没有`: every one short, with or without how many and the verb. */
const EVERY_KIND_UNMET_RE =
  /^(?:([\d一二两三四五六七八九十]+)项)?(?:均|都|全部|全)(?:未|没有|没|无)([\u4e00-\u9fff]{0,4})$/;

/** `均已设置`, `全部做到`, `都有`: every one there. */
const ALL_THERE_RE = new RegExp(`(${alternatives(ALL_MET_LEADS)})(${alternatives(ALL_THERE_ENDINGS)})$`);

/** `去向牌、座位牌均已设置`: every one there, said so, with no word of lack. */
function saysAllThere(said: string): boolean {
  return ALL_THERE_RE.test(compactText(said)) && !/[未不没无缺少]/.test(said);
}

/**
 * `召开10次` against `每月至少召开一次会议，每缺一次扣1分`: the answer counts what the standard asks done,
 * in its own verb, not the issues or the missing; read as issues it would cost every meeting held.
 */
function doneNotMissed(said: string, standards: readonly string[]): Read<Decimal> | null {
  const words = said
    .replace(/[\d一二两三四五六七八九十]+[^\d]{0,2}$/, '')
    .replace(/^(共|累计|全年|年内)/, '');
  if (words.length < 2 || FAULT_CHAR_RE.test(words)) return null;
  // Only a standard that asks for a number of things done (`每月至少召开一次`), not one listing faults
  // (`露天粪缸、简易棚厕`), is counted in what was done.
  const quantified = (s: string) => /至少|不少于|不低于|\d|[一二两三四五六七八九十]+[次个项条份期名]/.test(s);
  // (`发生1起` against `全年无发生森林火灾`: the standard forbids what the answer counts.)
  const asked = standards.some((s) => {
    const at = compactText(s).indexOf(words);
    return at !== -1 && quantified(s) && !NEGATIONS.some((n) => compactText(s).slice(0, at).endsWith(n));
  });
  if (!asked) return null;
  return {
    ok: false,
    missing: false,
    text: said,
    message: `“${said}”是完成的次数，评分标准按未达到要求的次数扣分，请填写缺少或发现问题的次数`,
  };
}

/**
 * `位置便利、路面整洁安全` against `位置便利;路面整洁安全;无车辆行驶,缺一项扣5分`: the answer names, each in its own
 * words, which of the standards a shortfall counts are there; the rest are short. Only when every standard is one
 * thing (no list inside, no number) and every piece names exactly one of them.
 */
function presentListed(said: string, ast: Extract<Scorable, { kind: 'perissue' }>): Read<Decimal> | null {
  const { standards } = ast;
  if (!ast.shortfall || ast.unitWord === null || !ITEM_UNITS.includes(ast.unitWord) || ast.kinds.length > 0)
    return null;
  if (standards.length < 2 || standards.some((t) => /[、,，;；\d]/.test(t)) || /\d/.test(said)) return null;
  const pieces = said.split(/[、,，;；]/).filter((p) => p !== '');
  const named = pieces.map((p) => nameAmong(p, standards));
  const at = named.flatMap((n) => (n !== null && n !== 'denied' ? [n.index] : []));
  if (at.length !== pieces.length || new Set(at).size !== at.length) return null;
  return { ok: true, value: new Decimal(standards.length - at.length), text: said };
}

/**
 * `内容全面` against `…MQI内容全面,路基、桥梁…每缺1项扣2分`, `畅通` against `…排污管道畅通,…发现一处不符合要求扣0.5分`:
 * the standard the issues are counted against, said back word for word (each piece of the answer), is met — none
 * found. Never words the standard negates (`堵塞外溢` inside `无堵塞外溢`), nor one of the things a shortfall
 * counts (`路基`), nor a count.
 */
function restatesStandard(said: string, ast: Extract<Scorable, { kind: 'perissue' }>): boolean {
  const { standards, shortfall } = ast;
  // (Standards a shortfall counts one by one, `位置便利;路面整洁安全 缺一项扣5分`, are read by `presentListed`.)
  if (standards.length === 0 || (shortfall && standards.length > 1) || said === '' || /\d/.test(said))
    return false;
  const kinds = shortfall ? ast.kinds : [];
  const pieces = said
    .replace(/^(已经|均已|都已|已)/, '')
    .split(/[、,;]/)
    .filter((p) => p !== '');
  // (A negation of the answer's own is the standard's only after its modal: `应无涂改`, not `园舍不独立不参评`.)
  // (`发生`, `违反`, `被通报` against `…发生不正之风的,一起扣2分`, `发现差错`: the fault's own words, said without a
  // denial, say it happened.)
  const inStandard = (piece: string) =>
    piece.length >= 2 &&
    !ISSUE_VERBS.some((v) => piece.includes(v)) &&
    !piece.startsWith('被') &&
    (NEGATIONS.some((n) => piece.includes(n)) || !FAULT_CHAR_RE.test(piece)) &&
    !kinds.some((k) => k.includes(piece) || piece.includes(k)) &&
    standards.some((t) => {
      const text = compactText(t);
      const at = text.indexOf(piece);
      const before = text.slice(0, at);
      return (
        at !== -1 &&
        !NEGATIONS.some((n) => before.endsWith(n)) &&
        !ISSUE_VERBS.some((v) => before.endsWith(v)) &&
        (!NEGATIONS.some((n) => piece.includes(n)) || /(应|须|要)$/.test(before))
      );
    });
  return pieces.length > 0 && pieces.every(inStandard);
}

/** `三项均完成`, `均已落实`, `7项齐全`: every thing asked for there (a count alone, `完成3项`, says how many). */
const ALL_THERE_SAID_RE =
  /^(?:([\d一二两三四五六七八九十]+)项|各项|所有|全部)?(?:(?:均|都|全部)已?(?:完成|达到|落实|建立|到位|齐全)|齐全|全部完成)$/;

/**
 * `超过3人` against `…超过控制指标，每超过1人扣5分`: the step's own verb of excess before a count is what is counted,
 * not a bound on it (elsewhere `超过3人` is more than three). The count alone, or null.
 */
function overStep(said: string, rule: string): InputValue | null {
  const verb = EXCESS_STEP_RE.exec(compactText(rule))?.[1];
  return verb !== undefined && said.startsWith(verb) && /^\d+$|^\d+\D{1,2}$/.test(said.slice(verb.length))
    ? { value: said.slice(verb.length) }
    : ruleWordsBefore(said, rule);
}

/**
 * `超过承诺时限1件` against `…超过承诺时限,每件次扣5分`, `超过基本任务2台` against `超过基本任务的,每超1台加1分`: the rule's
 * own words (four characters or more) before the count restate what is counted — its 超过 is no hedge. The count
 * alone, or null.
 */
function ruleWordsBefore(said: string, rule: string): InputValue | null {
  const m = /^(\D{4,}?)(\d+\D{0,2})$/.exec(said);
  return m !== null && compactText(rule).includes(m[1]) ? { value: m[2] } : null;
}

const EXCESS_STEP_RE = new RegExp(`每(${alternatives(EXCESS_STEP_VERBS)})[\\d一]`);
/** What an attendance step counts (`每缺席一次扣3分`): an answer of `全勤` misses none of it. */
const ABSENCE_COUNTED_RE = new RegExp(alternatives(ABSENCE_WORDS));

function perIssue(ctx: Ctx, ast: Extract<Scorable, { kind: 'perissue' }>): Evaluation {
  const veto = vetoNamed(ctx.req.input, ast.vetoes, ast.found);
  if (veto !== null) {
    const text = compactText(String(ctx.req.input?.value ?? ''));
    return scored(new Decimal(0), `存在“${vetoCore(veto)}”情形（一票否决），该项不得分`, text, []);
  }
  const said = compactText(String(ctx.req.input?.value ?? ''));
  // (`发生`, `存在`, `有问题`: an issue said there, with no count — never the clean result, however the standard
  // words it.)
  if (isBareIssue(said))
    return {
      type: 'invalid',
      inputText: said,
      message: `“${said}”没有写明个数，请填写发现的问题数（如：2处）或“无”`,
    };
  // `达到` / the clean result's own words (`符合`) answer "none found".
  // (`不准确` denies `及时、准确、完整`: that is an issue, not none.)
  // (`部分`, `基本`: a degree alone names nothing, though the clean result's words may hold it.)
  const named =
    ast.clean !== null && said !== '' && !/\d/.test(said) && !DEGREE_WORDS.includes(said)
      ? nameAmong(said, [ast.clean])
      : null;
  // `未发现破损档案` against `发现一份破损档案扣1分`: none of what is counted was found.
  const lead = FOUND_NONE_LEADS.find((w) => said.startsWith(w));
  const rest = lead === undefined ? '' : said.slice(lead.length);
  const noneFound =
    ast.found.length >= 2 &&
    rest.length >= 2 &&
    !/\d/.test(rest) &&
    (ast.found.includes(rest) || rest.includes(ast.found));
  // `无增加` against `重复信访件数每增加1件`: none of what is counted, said with a plain negation — when
  // what is counted is not itself a negation.
  // (`无违反师德师风行为` against `有违反者`: what is counted, its 有 and 者 set aside, named in full.)
  // (What the rule requires, `大门…符合标准` against `…符合标准,每发现一处,扣0.5分`, is no issue: denied, it is one —
  // unless what is counted says a fault itself, `违反…`.)
  const requiredWords = [ast.clean ?? '', ...ast.checkpoints, ...ast.standards].filter((t) => t !== '');
  const foundRequired =
    !FAULT_CHAR_RE.test(ast.found) && requiredWords.some((t) => compactText(t) === compactText(ast.found));
  const plainNone = /^(无|没有|未)(.{2,})$/.exec(said);
  const foundCore = ast.found.replace(/^有/, '').replace(/[者的]$/, '');
  const noneOfIt =
    plainNone !== null &&
    !/\d/.test(plainNone[2]) &&
    (ast.found.includes(plainNone[2]) || (foundCore.length >= 2 && plainNone[2].startsWith(foundCore))) &&
    !NEGATIONS.some((n) => ast.found.includes(n)) &&
    !foundRequired;
  // `均已完成`, `齐全`: every thing asked for there — none short. (`三项均完成` says so only of a rule that
  // lists three: against `每少一项扣0.5分` alone, three may be all or not.)
  const there = ast.shortfall ? ALL_THERE_SAID_RE.exec(said) : null;
  // (`全部` alone against `每缺1项扣1分`: every one of what is counted missing is there. `全勤` against `每缺席一次
  // 扣3分`: none missed.)
  const absences = ABSENCE_COUNTED_RE.test(ast.found + (ctx.req.rule ?? ''));
  const allThere =
    (there !== null && (there[1] === undefined || wholeNumber(there[1]) === ast.kinds.length)) ||
    (ast.shortfall && said === '全部') ||
    (said === '全勤' && absences);
  // `“一把手”已书面报告` against `“一把手”无书面报告的，每例扣1分`: the issue denied in its own words.
  // (`制度健全、设备完备` against `制度不健全、消防设备不完备一次扣0.5分`: each piece denies a fault listed — a piece that
  // names one, `设备不完备`, is no denial of the whole.)
  // (Only faults each denying in its own words: `无收集、审核记录` denies every item with one 无.)
  const listedFound = ast.found.split('、');
  const eachOwn =
    listedFound.length > 1 && listedFound.every((f) => DENYING_WORDS.some((n) => f.includes(n)));
  const saidPieces = said.split(/[、,;]/).filter((p) => p !== '');
  const denied =
    ast.found.length >= 2 &&
    !foundRequired &&
    !/\d/.test(said) &&
    (saidPieces.length > 1 && eachOwn
      ? saidPieces.every((p) => nameAmong(p, listedFound) === 'denied')
      : nameAmong(said, [ast.found]) === 'denied' &&
        !saidPieces.some((p) => listedFound.some((f) => names(p, f))));
  const cleanNamed =
    (named !== null && named !== 'denied') ||
    noneFound ||
    denied ||
    noneOfIt ||
    allThere ||
    noneOfTheList(said) ||
    restatesStandard(said, ast);
  // (`完成3项` against `每少一项扣0.5分`, `全年研究1次` against `少1次扣1分`: how many were done, not how
  // many were missed.)
  const doneCount = /^(共|全年|年内|累计|全年共)?(.*?)[\d一二两三四五六七八九十]+\S{0,2}$/.exec(said);
  const doneShort =
    ast.shortfall &&
    doneCount !== null &&
    // (`有8项` against `达到“十有”…每少一项扣0.05分`: a word of having is what is there.)
    (doneCount[2].length >= 2 || AFFIRMING_LEADS.includes(doneCount[2])) &&
    !FAULT_CHAR_RE.test(doneCount[2]) &&
    !doneCount[2].includes('低');
  // `5个` against `建有6个…得24分,每少1个扣4分`: with a count required in the same unit, a bare count may be what
  // was built as well as what is short.
  // (`12件` against `办好12件实事…少一件扣1分`: the counts asked, read once for the uses below.)
  const askedIn = [...ast.checkpoints, ast.clean ?? '', ...ast.standards];
  const asked =
    ast.shortfall && ast.unitWord !== null
      ? askedIn.flatMap((t) =>
          [...t.matchAll(new RegExp(`([\\d一二两三四五六七八九十]+)${ast.unitWord}`, 'g'))].map((m) =>
            wholeNumber(m[1]),
          ),
        )
      : [];
  const required = asked.length > 0;
  // (A bare number, `1`, is what is short, as the corpus reads it; a count in the rule's unit echoes the rule's.)
  const bareCount =
    new RegExp(`^[\\d一二两三四五六七八九十]+${ast.unitWord ?? ''}$`).test(said) && /\D$/.test(said);
  // `12件` against `办好12件实事…少一件扣1分`: the very count asked for, said — all done, none short.
  // (`15件`: more than was asked cannot be what is short — done, and more; not of a count asked per period,
  // `每季度…一次`, which the year's answer may hold several times.)
  const bareN = bareCount ? wholeNumber(said.slice(0, said.length - (ast.unitWord ?? '').length)) : null;
  const perPeriod = PER_PERIOD_RE.test(compactText(ctx.req.rule ?? ''));
  const allAsked =
    bareN !== null &&
    asked.length > 0 &&
    asked.every((n) => n !== null && n === asked[0]) &&
    (bareN === asked[0] || (bareN > (asked[0] as number) && !perPeriod));
  // `16项全部公示`, `6项职责均已履行`, `7项齐全`: so many, every one met — the count asked (when the rule says
  // one) all done.
  const allCounted = everyOneCounted(said, asked, ast.amount.isZero() ? null : ctx.weight.div(ast.amount));
  const verbSaid = countsDone(said) || doneShort;
  const doneSaid =
    !cleanNamed && !allAsked && !allCounted && !saysAllMet(said) && (verbSaid || (required && bareCount));
  // `办好11件` against `办好12件实事…少一件扣1分`, `全年检查3次` against `每季度…检查调研（少一次扣0.5分）`: what
  // was done, against the year's total the rule asks, leaves what is short.
  // (Per period, only an answer for the year says how many periods: `召开10次` may be of a half-year. Short by
  // more than one, only a step written with 每 says each costs the same.)
  // (A bare count, `5个` against `建有6个…每少1个扣4分`, may be what is short as well as what was built.)
  const forTheYear = WHOLE_YEAR_LEADS.some((w) => said.startsWith(w));
  // `全年未检查` against `每季度…进行检查调研(少一次扣0.5分)`: none of the year's done, in the rule's own verb.
  const noneInYear = ast.shortfall ? NONE_IN_YEAR_RE.exec(said) : null;
  const noneDone = noneInYear !== null && compactText(ctx.req.rule ?? '').includes(noneInYear[1]);
  const total =
    (doneSaid && verbSaid) || noneDone
      ? yearAsked(askedIn.map(compactText), ast.unitWord, asked, forTheYear)
      : null;
  const done = total !== null ? (noneDone ? 0 : doneNumber(said, ast.unitWord)) : null;
  const each = /每/.test(ctx.req.rule ?? '') || (total !== null && done !== null && total - done <= 1);
  if (doneSaid && (total === null || done === null || !each))
    return {
      type: 'invalid',
      inputText: said,
      message: `“${said}”是完成的个数，评分标准按缺少或发现问题的个数扣分，请填写缺少或发现问题的个数`,
    };
  const doneOf = total !== null && done !== null ? { total, done } : null;
  const counted =
    doneOf !== null
      ? ({ ok: true, value: Decimal.max(doneOf.total - doneOf.done, 0), text: said } as const)
      : cleanNamed ||
          allAsked ||
          allCounted ||
          saysAllMet(said) ||
          saysMetInWords(said) ||
          everyDoneInRuleVerb(said, ctx.req.rule ?? '') ||
          issueDenied(
            said,
            ast.shortfall,
            ctx.req.rule ?? '',
            ast.vetoes,
            foundRequired ? '' : ast.found,
            requiredWords,
          ) ||
          (ast.shortfall && everyThingThere(said, ctx.req.rule ?? ''))
        ? ({ ok: true, value: new Decimal(0), text: said } as const)
        : (doneNotMissed(said, ast.standards) ??
          readCountsNamed(ctx.req.input, ast.unitWord, (p) => doneNotMissed(p, ast.standards) !== null) ??
          presentListed(said, ast) ??
          readCount(overStep(said, ctx.req.rule ?? '') ?? ctx.req.input, ast.unitWord));
  // (`缺财务管理办法、养护检查制度` against `建立健全…、财务管理办法、养护检查制度,未建立的,1项扣1.8分`: things the fault
  // lists and denies, said missing — each named in the rule.)
  const listedLack =
    ast.shortfall || !DENYING_WORDS.some((n) => ast.found.includes(n)) ? undefined : ast.found;
  const count =
    counted.ok || ast.kinds.length === 0
      ? counted.ok || (!ast.shortfall && listedLack === undefined)
        ? counted
        : (missingListed(said, ast.unitWord, listedLack) ?? counted)
      : kindsNamed(ctx.req.input, ast.kinds, counted, ast.shortfall, ctx.req.rule ?? '');
  const listed = count.ok
    ? count
    : (piecesDenied(said, ctx.req.rule ?? '', ast) ??
      thingsThenDenied(said, ctx.req.rule ?? '', ast.unitWord) ??
      count);
  return fromRead(listed, (n, text) => {
    const unit = ast.unitWord;
    const override = bandFor(ast.overrides, n);
    if (override !== null)
      return scoredBy(
        override.outcome,
        ctx,
        n,
        `发现${n.toFixed()}${unit}，属于“${conditionText(override.cond)}”${how(override.outcome)}`,
        text,
        [],
      );
    const base = outcomePoints(ast.base, ctx.weight, null);
    if (n.isZero())
      return scored(
        base,
        allAsked || doneOf !== null
          ? `完成${said}，达到要求的数量${how(ast.base)}`
          : `${ast.shortfall ? '没有缺少' : '未发现问题'}${how(ast.base)}`,
        text,
        [],
      );
    const other = otherThing(said, compactText(ctx.req.rule ?? ''));
    if (other !== null)
      return {
        type: 'invalid',
        inputText: text,
        message: `实际值写的是“${other}”，评分标准的扣分情形是“${ast.found}”，请人工评分`,
      };
    const unmet = ast.shortfall ? null : conditionDenied(said, ctx.req.rule ?? '');
    if (unmet !== null)
      return {
        type: 'invalid',
        inputText: text,
        message: `实际值写明“${unmet}”，而评分标准扣分的条件含有此项，是否扣分请人工评分`,
      };
    // (`一起扣2分` on a row of 2, `发生2起`: past what the rule prices, unless what it prices already takes all.)
    if (ast.upTo !== null && n.gt(ast.upTo))
      return deduction(ctx, ast.amount, ast.maxDeduct).amount.gte(base)
        ? scored(
            new Decimal(0),
            `发现${n.toFixed()}${unit}问题，评分标准写明发现${formatPlain(ast.upTo)}${unit}扣${formatPlain(ast.amount)}分，已扣完本项分值`,
            text,
            [],
          )
        : {
            type: 'invalid',
            inputText: text,
            message: `评分标准只写明发现${formatPlain(ast.upTo)}${unit}如何扣分，发现${n.toFixed()}${unit}时请人工评分`,
          };
    const ded = deduction(
      ctx,
      stepCount(n, ast.size, ctx.req.settings.steps).times(ast.amount),
      ast.maxDeduct,
    );
    // (`每少1次`: a shortfall says its one; `每次` does not.)
    const per = ast.size.eq(1) && !ast.shortfall ? unit : `${formatPlain(ast.size)}${unit}`;
    // (`少1小时` against `每少半小时`: a time short or over is no number of problems found.)
    // (`缺1次` against `每季度…不少于1次，少一次扣2分`: a shortfall is no problem found either.)
    const counted =
      ast.shortfall || TIME_UNITS.includes(unit)
        ? `${ast.shortfall ? '少' : '计'}${n.toFixed()}${unit}`
        : null;
    return scored(
      base.minus(ded.amount),
      `${doneOf !== null ? `应${doneOf.total}${unit ?? ''}、完成${doneOf.done}${unit ?? ''}，少${n.toFixed()}${unit ?? ''}` : (counted ?? `发现${n.toFixed()}${unit}问题`)}，每${ast.shortfall ? '少' : ''}${per}扣${formatPlain(ast.amount)}分，${ded.text}`,
      text,
      [],
    );
  });
}

/**
 * The year's total a shortfall counts from: the one count the rule asks in the step's unit (`办好12件实事`), times
 * the periods of a year when asked per period (`每季度…召开一次` is four); a thing asked per period with no count
 * (`每季度…进行检查调研`, counted in 次) once each period. Null when not so written.
 */
function yearAsked(
  texts: readonly string[],
  unit: string | null,
  asked: (number | null)[],
  forTheYear: boolean,
): number | null {
  if (unit === null) return null;
  // (How many times the count a text asks before `upTo` comes in a year; null when per period and the answer
  // is not for the year.)
  const per = (t: string, upTo: number): number | null => {
    const m = PER_PERIOD_RE.exec(t.slice(0, upTo));
    return m === null ? 1 : forTheYear ? PERIODS_A_YEAR[m[1]] : null;
  };
  if (asked.length === 0) {
    const periodic = texts.find((t) => per(t, t.length) !== 1);
    if (periodic === undefined || unit !== '次' || /[\d一二两三四五六七八九十]/.test(periodic)) return null;
    return per(periodic, periodic.length);
  }
  const n = asked[0];
  if (n === null || !asked.every((a) => a === n)) return null;
  const count = new RegExp(`[\\d一二两三四五六七八九十]+${unit}`);
  const where = texts.find((t) => count.test(t)) ?? '';
  const times = per(where, where.search(count));
  return times === null ? null : n * times;
}

const PER_PERIOD_RE = new RegExp(`每个?(${alternatives(Object.keys(PERIODS_A_YEAR))})`);

/** `全年检查3次`, `公示14项`, `11件`: the one number an answer of what was done says, in the step's unit. */
function doneNumber(said: string, unit: string | null): number | null {
  const m = new RegExp(
    `^[^\\d一二两三四五六七八九十]*?(\\d+|[一二两三四五六七八九十]+)(${unit ?? ''})?$`,
  ).exec(said);
  return m === null ? null : wholeNumber(m[1]);
}

/**
 * `负次要责任事故1次` against `发生负主要及以上责任交通事故的，一次扣18分`: an answer naming another grade of
 * the fault's own scale (次要 for 主要, 一般 for 重大) says another thing, which the rule does not price. (The
 * grade may stand in the words before the step: `承担主要责任的…裁决每一案件扣5分`.)
 */
function otherThing(said: string, rule: string): string | null {
  for (const scale of GRADE_SCALES) {
    const inFault = scale.filter((g) => rule.includes(g));
    const inAnswer = scale.filter((g) => said.includes(g) && !inFault.some((f) => f.includes(g)));
    if (inFault.length > 0 && inAnswer.length > 0) return inAnswer[0];
  }
  return null;
}

/**
 * `迟报1次,未造成不良影响` against `…迟报现象,并造成不良影响及严重后果的…每件扣5分`: beside what it counts, the
 * answer denies words the rule's condition holds (not already negated there), so the fault may not be one.
 */
function conditionDenied(said: string, rule: string): string | null {
  const text = compactText(rule);
  const pieces = said.split(/[,，;；]+/);
  // (Only beside a piece that counts: a denial alone, `未专人保管`, is what is counted.)
  const counts = pieces.some((p) => /\d/.test(p) && !DENYING_LEADS.some((n) => p.startsWith(n)));
  if (!counts) return null;
  for (const piece of pieces) {
    const m = /^(未|没有|没|无|不)(.{4,})$/.exec(piece);
    if (m === null || /\d/.test(m[2])) continue;
    const at = text.indexOf(m[2]);
    if (at > 0 && !NEGATIONS.some((n) => text.slice(0, at).endsWith(n))) return piece;
  }
  return null;
}

/** A part the rule prices once (no 每) that the answer counts more than once: not written, so refused. */
function countedTwice(
  found: Map<number, Decimal>,
  parts: readonly FaultPart[],
  text: string,
  verb: '加' | '扣',
  measure: string,
): Evaluation | null {
  const repeated = [...found.entries()].find(([k, n]) => !parts[k].perOccurrence && n.gt(1));
  if (repeated === undefined) return null;
  return {
    type: 'invalid',
    inputText: text,
    message: `评分标准只写明“${parts[repeated[0]].label}”${verb}一次的分数，写了${formatPlain(repeated[1])}${measure}，请人工评分`,
  };
}

/** The bonuses the input names, each times its count; at most the cap (and the weight, when clamped). */
function bonuses(ctx: Ctx, ast: Extract<Scorable, { kind: 'composite'; form: 'bonuses' }>): Evaluation {
  const once = ast.oncePerItem === undefined ? null : highestOfOne(ctx, ast, ast.oncePerItem);
  if (once !== null) return once;
  return fromRead(readFaults(ctx.req.input, ast.parts, [], BONUS_ITEMS), (found, text) => {
    if (found.size === 0) return scored(new Decimal(0), '无加分事项', text, []);
    // `获得省级表彰的加2分` written as `省级2项`: the rule says what one gives, not what a second does.
    const repeated = countedTwice(found, ast.parts, text, '加', '项');
    if (repeated !== null) return repeated;
    let raw = new Decimal(0);
    const said: string[] = [];
    for (const [k, count] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
      const p = ast.parts[k];
      const all = (p.amount as Decimal).times(stepCount(count, p.size, ctx.req.settings.steps));
      // (A part's own ceiling, `每次加10分,最高不超过20分`, holds its points.)
      const got = p.cap !== null && all.gt(p.cap) ? p.cap : all;
      raw = raw.plus(got);
      said.push(
        `“${p.label}”${p.perOccurrence ? `${formatPlain(count)}${p.counter ?? '项'}` : ''}加${formatPlain(got)}分${got.lt(all) ? `（最多加${formatPlain(got)}分）` : ''}`,
      );
    }
    const capped = ast.cap !== null && raw.gt(ast.cap);
    const limit = capped ? `，加分以${formatPlain(ast.cap as Decimal)}分为限` : '';
    return scored(capped ? (ast.cap as Decimal) : raw, `${said.join('、')}${limit}`, text, []);
  });
}

/**
 * `同一内容取最高加分`, the answer saying one thing reached several items (`同一内容区级、市级均有报道`): the highest
 * of those named, once. Null when the answer does not say so (then the bonuses add up over things as written).
 */
function highestOfOne(
  ctx: Ctx,
  ast: Extract<Scorable, { kind: 'composite'; form: 'bonuses' }>,
  thing: string,
): Evaluation | null {
  const said = String(ctx.req.input?.value ?? '');
  if (!said.includes(SAME_ITEM_LEAD)) return null;
  // (`区级、市级均有报道`: what all of them had, said once at the end, names none.)
  const rest = said
    .replace(new RegExp(`${SAME_ITEM_LEAD}(?:${thing}|[项个篇件条])?`, 'g'), '')
    .replace(/(?:均|都)[\u4e00-\u9fff]*$/, '');
  return fromRead(
    readFaults({ ...(ctx.req.input as InputValue), value: rest }, ast.parts, [], BONUS_ITEMS),
    (found, text) => {
      // (Counts say several things, which the answer has just said are one.)
      if (found.size === 0 || [...found.values()].some((n) => n.gt(1)))
        return {
          type: 'invalid',
          inputText: text,
          message: `无法读出同一${thing}达到的加分事项：“${compactText(said)}”`,
        };
      const named = [...found.keys()].map((k) => ast.parts[k]);
      const top = named.reduce((a, b) => ((b.amount as Decimal).gt(a.amount as Decimal) ? b : a));
      const why = `同一${thing}${named.length > 1 ? '只按最高一项' : ''}“${top.label}”加${formatPlain(top.amount as Decimal)}分`;
      return scored(top.amount as Decimal, why, compactText(said), []);
    },
  );
}

/** The answer is the option's own words, its punctuation aside. */
function saysOption(input: InputValue | null, option: string | null): boolean {
  const plain = (x: string) => compactText(x).replace(/[,，、;；。.]/g, '');
  return option !== null && plain(String(input?.value ?? '')) === plain(option);
}

/** `1,2,4`, `①③`: two item numbers or more, nothing else (one number alone is a count). */
const MARKERS_ONLY_RE = /^(?:[①-⑳]+|\d+(?:[,，、]\d+)+)$/;

/** `30.2%`, `12`, `3.5万元`: a value and nothing to say what it is of. */
const BARE_VALUE_RE = /^\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,2})?$/;

/**
 * Parts each scored by their own rule within their worth, summed. The answer names every part, one piece
 * each (`完成100%，按时足额发放`), by the part's own words; `全部`/`均已落实` meets every part in full.
 */
function byParts(ctx: Ctx, ast: Extract<Scorable, { kind: 'composite'; form: 'parts' }>): Evaluation {
  const text = compactText(String(ctx.req.input?.value ?? ''));
  if (text === '') return { type: 'missing' };
  const example = ast.parts.map((p) => p.text.slice(0, 6)).join('…，');
  const refuse = (message: string): Evaluation => ({ type: 'invalid', inputText: text, message });
  if (ALL_ITEMS_WORDS.includes(text) || saysEveryOneMet(text)) {
    const total = ast.parts.reduce((sum, p) => sum.plus(p.worth), new Decimal(0));
    return scored(total, '各项均达到要求', text, []);
  }
  // `1,2,4` against parts each met or not (a yes/no, a bound reached): the numbers name the parts met.
  const metOrNot = ast.parts.every(
    (p) =>
      (p.ast.kind === 'checklist' && p.ast.mode === 'yesno') ||
      (p.ast.kind === 'bands' && p.ast.bands.length === 1 && p.ast.otherwise?.type === 'zero'),
  );
  // (Only where the rule numbers its parts 1, 2, … in order: `3.…(2分);3.…(1分)` leaves `3` naming two.)
  const numbers =
    metOrNot && /^[\d①-⑳、,，.;；]+$/.test(text) && partsNumbered(ctx.req.rule ?? '', ast.parts.length)
      ? readItems(ctx.req.input, ast.parts.length)
      : null;
  if (numbers?.ok) {
    const met = ast.parts.filter((_, k) => numbers.value.has(k + 1));
    const total = met.reduce((sum, p) => sum.plus(p.worth), new Decimal(0));
    const named = [...numbers.value]
      .sort((a, b) => a - b)
      .map(itemMarker)
      .join('');
    return scored(total, met.length > 0 ? `满足${named}` : '各项均未满足', text, []);
  }
  const split = text.split(/[,;，；]+/).filter((p) => p !== '');
  // (`①22%；②31%`: each piece opens with the number of the part it answers, as the rule numbers its parts 1, 2, …
  // in order. `1、2、3`: numbers listed name items, not a part and its answer.)
  const leads = split.map((p) => {
    const lead = leadingNumber(p);
    return lead !== null && !/^[\d①-⑳、,.]*$/.test(p.slice(lead.length)) ? lead : null;
  });
  const numbered =
    leads.every((l): l is NumberLead => l !== null) && partsNumbered(ctx.req.rule ?? '', ast.parts.length)
      ? leads
      : null;
  const pieces = numbered ? split.map((p, i) => p.slice(numbered[i].length)) : split;
  // A part the answer does not name is read as "none found" only where the part counts faults (faults
  // not named are absent); a measured part must be answered.
  // (`绩效目标规范得1分，不规范扣0.5分`: levels below the top that only take points off are faults too.)
  const faultsOnly = (k: number) => {
    const a = ast.parts[k].ast;
    if (a.kind === 'grade')
      return a.levels.slice(1).every((l) => l.outcome.type === 'deduct') && a.levels.length > 1;
    return a.kind === 'perissue' || (a.kind === 'composite' && a.form === 'faults');
  };
  // `无问题` when every part counts faults: none in any part.
  if (NO_ISSUE_WORDS.includes(text) && ast.parts.every((_, k) => faultsOnly(k))) {
    const total = ast.parts.reduce((sum, p) => sum.plus(p.worth), new Decimal(0));
    return scored(total, '各项均未发现扣分情形', text, []);
  }
  const owner = numbered
    ? numbered.map((l) => (l.n >= 1 && l.n <= ast.parts.length ? l.n - 1 : null))
    : pieces.map((piece) => partNamed(piece, ast.parts));
  // (`30.2%，增幅0.6%`: one bare value beside pieces naming their parts answers the one part they leave.)
  // (Not when the pieces are numbered: `③31%` names a part the rule does not have.)
  const bare = !numbered && owner.filter((k) => k === null).length === 1 ? owner.indexOf(null) : -1;
  const left = ast.parts.map((_, k) => k).filter((k) => !owner.includes(k));
  if (
    bare !== -1 &&
    pieces.length === ast.parts.length &&
    left.length === 1 &&
    BARE_VALUE_RE.test(pieces[bare])
  )
    owner[bare] = left[0];
  const unnamed = left.filter((k) => !owner.includes(k));
  if (pieces.length > ast.parts.length)
    return refuse(`评分标准分${ast.parts.length}项计分，请逐项写明各项情况（如：${example}…）`);
  if (owner.some((k) => k === null) || new Set(owner).size !== owner.length)
    return refuse(`无法确定“${text}”各部分对应评分标准的哪一项，请逐项写明（如：${example}…）`);
  if (!unnamed.every(faultsOnly))
    return refuse(`评分标准分${ast.parts.length}项计分，请逐项写明各项情况（如：${example}…）`);
  let raw = new Decimal(0);
  const said: string[] = [];
  for (const k of unnamed) {
    raw = raw.plus(ast.parts[k].worth);
    said[k] = `${itemMarker(k + 1)}未写明扣分情形，得${formatPlain(ast.parts[k].worth)}分`;
  }
  for (const [i, k] of (owner as number[]).entries()) {
    const part = ast.parts[k];
    const run = (value: string) =>
      evaluate(part.ast, { ...ctx.req, weight: part.worth, input: { value } }, '');
    const whole = run(pieces[i]);
    // `整村推进河塘完成95%`: the words named the part; what it says of that part is the number after them.
    const value = whole.type === 'invalid' ? valueAfterName(pieces[i], compactText(part.text)) : null;
    const e = value !== null ? run(value) : whole;
    if (e.type !== 'scored') return whole.type === 'invalid' && e.type === 'invalid' ? whole : e;
    const got = Decimal.min(Decimal.max(e.raw, 0), part.worth);
    raw = raw.plus(got);
    said[k] = `${itemMarker(k + 1)}${e.why}，得${formatPlain(got)}分`;
  }
  return scored(raw, `${said.filter((x) => x !== undefined).join('；')}；合计`, text, []);
}

/** Whether the rule numbers exactly `n` parts, 1 to n in order, at the starts of its sentences. */
function partsNumbered(rule: string, n: number): boolean {
  const text = compactText(rule);
  const found = [...text.matchAll(/(?:^|[。;；\n)）])([①-⑳]|\(\d{1,2}\)|\d{1,2}[、.](?!\d))/g)].map(
    (m) => leadingNumber(m[1])?.n,
  );
  return found.length === n && found.every((x, k) => x === k + 1);
}

/** The number a text opens with, and how many characters say it. */
interface NumberLead {
  n: number;
  length: number;
}

/** `①…`, `(2)…`, `3、…`: the number a text opens with, and how many characters say it. */
function leadingNumber(s: string): NumberLead | null {
  const circled = circledNumber(s[0] ?? '');
  if (circled !== null) return { n: circled, length: 1 };
  const m = /^(?:\((\d{1,2})\)|(\d{1,2})[、.](?!\d))/.exec(s);
  return m === null ? null : { n: Number(m[1] ?? m[2]), length: m[0].length };
}

const DELAY_LEADS_BY_LENGTH = [...DELAY_ANSWER_LEADS].sort((a, b) => b.length - a.length);

/**
 * `整村推进河塘完成95%` → `95%`, `…推迟3天` → `推迟3天`, `清水工程按时完成` → `按时`: what a piece says of the
 * part its leading words named — words the part's own text holds whole (`…提前2天` keeps its 提前, so it
 * is not read); null otherwise.
 */
function valueAfterName(piece: string, partText: string): string | null {
  const at = piece.search(/\d/);
  const onTime = at === -1 ? /^(.{2,}?)(按时|按期|如期)(完成)?$/.exec(piece) : null;
  if (at === -1 && onTime === null) return null;
  let head = onTime ? onTime[1] : piece.slice(0, at);
  const lead = DELAY_LEADS_BY_LENGTH.find((w) => head.endsWith(w)) ?? '';
  head = head.slice(0, head.length - lead.length).replace(/(完成|达到|为|是|占)$/, '');
  if (head.length < 2 || !partText.includes(head)) return null;
  return onTime ? onTime[2] : `${lead}${piece.slice(at)}`;
}

/**
 * The part a piece of the answer names: the one sharing the longest run of its words (numbers aside),
 * at least two characters and longer than any other part's; on a tie, the longest run no other part holds
 * (`补贴面积全部完成` names `全部完成发放补贴面积`, not `全部完成补贴资金下发`).
 */
function partNamed(piece: string, parts: readonly { text: string }[]): number | null {
  // (A count stands as `#` on both sides: `缺1项` names the part that says `缺一项`.)
  const counts = (s: string) =>
    s.replace(/[-+]?\d[\d.]*%?|[零〇一二两三四五六七八九十]+(?=[个次项处名人天月])/g, '#');
  const words = counts(piece);
  const texts = parts.map((p) => counts(compactText(p.text)));
  const pick = (runs: number[]) => {
    const best = Math.max(...runs);
    return best < 2 || runs.filter((r) => r === best).length > 1 ? null : runs.indexOf(best);
  };
  return (
    pick(texts.map((t) => longestShared(words, t))) ??
    pick(
      texts.map((t, k) =>
        longestShared(
          words,
          t,
          texts.filter((_, j) => j !== k),
        ),
      ),
    )
  );
}

/** The length of the longest run of characters `a` and `b` share (and none of `others` holds). */
function longestShared(a: string, b: string, others: readonly string[] = []): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      // (The longest run no other part holds may be a shorter one here.)
      for (let m = n; m > best; m--)
        if (!others.some((o) => o.includes(a.slice(i, i + m)))) {
          best = m;
          break;
        }
    }
  return best;
}

/** Each measure scored by its own rule from full marks; what each loses is summed. */
function measured(ctx: Ctx, ast: Extract<Scorable, { kind: 'composite'; form: 'measures' }>): Evaluation {
  const names = ast.parts.map((p) => p.subject);
  const faults = ast.faults;
  return fromRead(
    readMeasuresBeside(ctx.req.input, names, faults !== undefined),
    ({ values, rest }, text) => {
      let lost = new Decimal(0);
      const said: string[] = [];
      // (The faults beside the measures, from the pieces naming no measure: none said, none there.)
      const scoredParts: [Scorable, string, string][] = [
        ...ast.parts.map((p, k): [Scorable, string, string] => [p.ast, values[k], p.subject]),
        ...(faults
          ? [[faults, rest.length > 0 ? rest.join('，') : '无', ''] as [Scorable, string, string]]
          : []),
      ];
      for (const [partAst, value, subject] of scoredParts) {
        const e = evaluate(partAst, { ...ctx.req, input: { value } }, subject);
        if (e.type === 'missing') return { type: 'missing' };
        if (e.type === 'invalid') return { ...e, inputText: text };
        if (e.type === 'judged') return { ...e, inputText: text };
        const kept = Decimal.min(Decimal.max(e.raw, 0), ctx.weight);
        lost = lost.plus(ctx.weight.minus(kept));
        said.push(e.why);
      }
      return scored(ctx.weight.minus(lost), `${said.join('；')}；合计扣${formatPlain(lost)}分`, text, []);
    },
  );
}

/**
 * Faults that all cost the same, each per occurrence or each once (`…每个扣0.5分；…每个扣0.5分`,
 * `班子不团结、不协调…各扣1分`): a bare count (`3`) is then the number of faults found, whichever they are.
 */
function pooledCost(ast: Extract<Scorable, { kind: 'composite'; form: 'faults' }>): Decimal | null {
  const [first] = ast.parts;
  const same = ast.parts.every(
    (p) =>
      p.amount !== null &&
      first.amount !== null &&
      p.amount.eq(first.amount) &&
      !p.ofWeight &&
      p.cap === null &&
      p.size.eq(1) &&
      p.perOccurrence === first.perOccurrence &&
      // (`错一笔`, `迟报一天`: a bare count cannot be entries and days at once; `一项`, `一个部分` are alike.)
      countedAs(p) === countedAs(first),
  );
  // (A fault priced as a span or past the row is the person's call: a bare count cannot say it was not that.)
  const plain = ast.parts.every((p) => p.span === undefined && p.beyond !== true);
  return ast.parts.length > 1 && same && plain ? first.amount : null;
}

/**
 * What a fault is counted in: things (`项`, `个`, `处`, none said) alike, occurrences (`起`, `次`) alike, a time or
 * another measure as written.
 */
function countedAs(p: FaultPart): string {
  const u = p.counter ?? p.unit ?? null;
  if (u !== null && OCCURRENCE_UNITS.includes(u)) return 'occurrences';
  return u === null || (COUNT_UNITS.includes(u) && !TIME_UNITS.includes(u)) ? 'things' : u;
}

function composite(ctx: Ctx, ast: Extract<Scorable, { kind: 'composite'; form: 'faults' }>): Evaluation {
  const each = pooledCost(ast);
  const total = each !== null ? readBareCount(ctx.req.input) : null;
  if (each !== null && total !== null && total.ok && !total.value.isZero())
    return fromRead(total, (n, text) => {
      const once = !ast.parts[0].perOccurrence;
      if (once && n.gt(ast.parts.length))
        return {
          type: 'invalid',
          inputText: text,
          message: `评分标准共${ast.parts.length}项扣分情形，每项扣一次，填写了${n.toFixed()}项，请写明是哪几项`,
        };
      const ded = deduction(ctx, each.times(n), ast.maxDeduct);
      const base = outcomePoints(ast.base, ctx.weight, null);
      return scored(
        base.minus(ded.amount),
        `存在${n.toFixed()}${once ? '项扣分情形' : '处问题'}，每${once ? '项' : '处'}扣${formatPlain(each)}分，${ded.text}`,
        text,
        [],
      );
    });
  return fromRead(
    // The standard restated (`顺利完成换届选举任务`) names no fault, as the clean result's words do not.
    readFaults(
      ctx.req.input,
      ast.parts,
      [...(ast.clean === null ? [] : [ast.clean]), ...ast.standards],
      undefined,
      deadlineIn(ctx.req.rule ?? ''),
    ),
    (found, text) => {
      const base = outcomePoints(ast.base, ctx.weight, null);
      if (found.size === 0 && ast.cleanJudged === true)
        return {
          type: 'judged',
          inputText: text,
          why: `未写明评分标准中的扣分情形，酌情扣分的情形是否存在由评分人评定`,
        };
      if (found.size === 0 && ast.choice && !saysOption(ctx.req.input, ast.clean))
        return {
          type: 'invalid',
          inputText: text,
          message: `请填写所选的选项或其原话：“${ast.clean}”或“${ast.parts[0].label}”`,
        };
      if (found.size === 0)
        return scored(base, ast.choice ? `符合“${ast.clean}”` : `未发现扣分情形${how(ast.base)}`, text, []);
      // `顶窗漏水的扣12分` on a row of 5: one fault costing more than the row says the text and the row
      // disagree (a slip, or a deduction from elsewhere); the person decides.
      const over = [...found.keys()].find((k) => {
        const p = ast.parts[k];
        return p.amount !== null && !p.ofWeight && p.span === undefined && p.amount.gt(ctx.weight);
      });
      if (over !== undefined)
        return {
          type: 'invalid',
          inputText: text,
          message: `评分标准中“${ast.parts[over].label}”扣${formatPlain(ast.parts[over].amount as Decimal)}分，超过本项分值${formatPlain(ctx.weight)}分，请人工评分`,
        };
      // `情节严重的扣5-10分` named: how much within the span is the person's call.
      const spanned = [...found.keys()].find((k) => ast.parts[k].span !== undefined);
      if (spanned !== undefined) {
        const span = ast.parts[spanned].span as { low: Decimal; high: Decimal | null; doubled?: true };
        return {
          type: 'judged',
          inputText: text,
          why: `存在“${ast.parts[spanned].label}”，评分标准${ast.parts[spanned].perOccurrence ? `每${ast.parts[spanned].counter ?? '处'}` : ''}${deductionSpanText(span)}，由评分人评定`,
        };
      }
      const beyond = [...found.keys()].find((k) => ast.parts[k].beyond === true);
      if (beyond !== undefined)
        return {
          type: 'judged',
          inputText: text,
          why: `存在“${ast.parts[beyond].label}”，评分标准另有追加扣分（超出本项分值），由评分人评定`,
        };
      const within = [...found.keys()].find((k) => ast.parts[k].within !== undefined);
      if (within !== undefined)
        return {
          type: 'judged',
          inputText: text,
          why: `“${ast.parts[within].label}”也是“${ast.parts[within].within}”，评分标准未写明是否两项都扣，由评分人评定`,
        };
      // `有下列情形之一的,扣除8分:` with two of them named: deducted once, or for each? Not written.
      const anyOf = ANY_OF_LEADS.find((w) => compactText(ctx.req.rule ?? '').includes(w));
      if (found.size > 1 && anyOf !== undefined)
        return {
          type: 'invalid',
          inputText: text,
          message: `评分标准写明“${anyOf}的”扣分，写了${found.size}项，是否每项都扣请人工评分`,
        };
      const vetoed = [...found.keys()].find((k) => ast.parts[k].amount === null);
      if (vetoed !== undefined)
        return scored(new Decimal(0), `存在“${ast.parts[vetoed].label}”，该项不得分`, text, []);
      /** The deductions, a fault priced once counted once — or, `asOften`, as often as the answer says. */
      const deducted = (asOften: boolean) => {
        let raw = new Decimal(0);
        const said: string[] = [];
        for (const [k, count] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
          const p = ast.parts[k];
          const each = deductedPoints(p.amount as Decimal, p.ofWeight, ctx.weight);
          const times = p.perOccurrence
            ? stepCount(count, p.size, ctx.req.settings.steps)
            : asOften
              ? count
              : new Decimal(1);
          const cost = p.cap !== null ? Decimal.min(each.times(times), p.cap) : each.times(times);
          raw = raw.plus(cost);
          const limited =
            p.cap !== null && cost.lt(each.times(times)) ? `（以${formatPlain(p.cap)}分为限）` : '';
          said.push(
            p.perOccurrence
              ? `“${p.shortfall ? p.label.replace(/(缺少|缺失|缺|少)$/, '') : p.label}”${p.shortfall ? '缺' : ''}${formatPlain(count)}${countedIn(p.unit ?? p.counter ?? (p.shortfall ? '项' : '处'))}扣${formatPlain(cost)}分${limited}`
              : `“${p.label}”扣${formatPlain(each)}分`,
          );
        }
        const ded = deduction(ctx, raw, ast.maxDeduct);
        return { said, ded, left: Decimal.max(base.minus(ded.amount), 0) };
      };
      const once = deducted(false);
      // `账实不符扣1分` written as `账实不符2次`: the rule says what it costs once, not what a second costs —
      // unless it prices one of a thing and one already takes all there is to take (`发生一起扣2分` on a row
      // of 2, `发生2起`).
      const repeated = countedTwice(found, ast.parts, text, '扣', '处');
      const pricedPerOne = [...found.keys()].every(
        (k) => ast.parts[k].perOccurrence || ast.parts[k].perOne === true,
      );
      if (repeated !== null && !(pricedPerOne && deducted(true).left.eq(once.left))) return repeated;
      const either = repeated !== null ? '（按一次或按次数扣分，得分相同）' : '';
      return scored(
        base.minus(once.ded.amount),
        `存在${once.said.join('、')}，${once.ded.text}${either}`,
        text,
        [],
      );
    },
  );
}

/**
 * `完成得基本分，未完成的不得分` answered with a number: done when it reaches the row's 年度指标值 (`6座`
 * against `6座`), or, as a rate without one, 100%. Null when the question is not the task done or the
 * answer is no number.
 */
function completionMeasured(ctx: Ctx, question: string): Read<boolean> | null {
  if (!/^(全面|全部|按要求)?完成[^按时及]{0,16}$/.test(compactText(question).replace(/的$/, ''))) return null;
  // (`超额完成`: done and more; `完成95%`: the verb the question asks, then how much of it.)
  const said = compactText(String(ctx.req.input?.value ?? ''));
  if (EXCEEDED_WORDS.includes(said)) return { ok: true, value: true, text: said };
  const q = readQuantity(
    /^(已经|已)?完成\d/.test(said) ? { value: said.replace(/^(已经|已)?完成/, '') } : ctx.req.input,
  );
  if (!q.ok) return null;
  const target = ctx.req.target ? parseTarget(ctx.req.target) : null;
  if (target === null || target.op !== '>=') {
    if (!q.value.pct) return null;
    return { ok: true, value: q.value.value.gte(100), text: q.text };
  }
  if (target.pct !== q.value.pct) return null;
  const { value, mismatch } = inUnit(q.value, target.unit, target.pct);
  if (mismatch !== null) return null;
  return { ok: true, value: value.gte(target.value), text: `${q.text}（年度指标值${target.text}）` };
}

/**
 * `在辖区制作1幅以上永久性禁毒宣传标语`, `初检、复检到检率100%`: a yes/no question holding one standard of
 * at least so much (a number with its unit or %, bare or with `以上`/`不少于`), answered by a value
 * in its unit (`制作3幅`, `95%`): met when the value reaches it. A frequency (`每月1次`), a range or a
 * ceiling is not such a standard.
 */
function standardAsked(question: string): { kind: ValueKind; value: Decimal; text: string } | null {
  // (`其中一项工程未按规定完成,扣全分`: a number in a fault is no standard met.)
  if (question.includes('每') || NEGATIONS.some((n) => question.includes(n))) return null;
  const ts = lex(normalizeText(question));
  if (ts.some((t) => t.t === 'deduct' || t.t === 'zero' || t.t === 'full')) return null;
  const nums = ts.filter((t): t is TokenOf<'num'> => t.t === 'num');
  if (nums.length !== 1 || ts.some((t) => t.t === 'dash' || t.t === 'interval')) return null;
  const [n] = nums;
  if (!n.pct && n.unit === null) return null;
  const at = ts.indexOf(n);
  const before = ts[at - 1];
  const after = ts[at + 1];
  const ops = ts.filter((t) => t.t === 'cmp' || t.t === 'post') as (TokenOf<'cmp'> | TokenOf<'post'>)[];
  if (ops.some((o) => o.op !== '>=')) return null;
  if (ops.length > 0 && !(before?.t === 'cmp' || after?.t === 'post')) return null;
  return {
    kind: n.pct ? { type: 'rate' } : { type: 'quantity', unit: n.unit },
    value: n.v,
    text: n.pct ? `${formatPlain(n.v)}%` : `${formatPlain(n.v)}${n.unit}`,
  };
}

/**
 * `16项全部公示` against a count asked of 16: a count, then every one of them met. With no count asked, the
 * count must be the one the weight holds (`三项均完成` against `每少一项扣0.5分` on 1.5): else it may be some of
 * more.
 */
function everyOneCounted(said: string, asked: readonly (number | null)[], byWeight: Decimal | null): boolean {
  const m = /^([\d一二两三四五六七八九十]+)(?:个)?([\u4e00-\u9fff]*)$/.exec(said);
  if (m === null) return false;
  const n = wholeNumber(m[1]);
  const unit = COUNT_UNITS.find((u) => m[2].startsWith(u)) ?? '';
  const rest = m[2].slice(unit.length);
  if (n === null || rest === '' || !(saysAllMet(rest) || ALL_THERE_ENDINGS.some((e) => rest === e)))
    return false;
  return asked.length === 0 ? byWeight !== null && byWeight.eq(n) : asked.every((a) => a === n);
}

/** The measure a count is said in: `3个月`, not `3月` (a month of the year). */
function countedIn(unit: string): string {
  return unit === '月' ? '个月' : unit;
}

/**
 * `符合三定职责、具有科学性和前瞻性` against `是否依据法律法规…;是否符合部门三定…;…每项达到目标值得0.5分`: the questions
 * the rule lists, answered by their words — how many are met. Null when the answer does not name them so.
 */
function questionsSaid(input: InputValue | null, questions: readonly string[]): Read<Decimal> | null {
  const read = readItems(
    input,
    questions.length,
    questions.map((q) => q.split(QUESTION_WORD).join('')),
  );
  if (!read.ok) return null;
  const n = read.value.size;
  return { ok: true, value: new Decimal(n), text: `${read.text}（${n}项）` };
}

/**
 * `建立台账` in `建立各类普法依法治理基础工作台账`: the answer's verb and its object, each whole in the question,
 * with only the object's modifiers between them (no list, clause or second verb of the question's).
 */
function verbAndObject(words: string, q: string, w: { start: number; length: number }): boolean {
  if (words.length < 4) return false;
  const [verb, object] = [words.slice(0, 2), words.slice(2)];
  const span = q.slice(w.start, w.start + w.length);
  return span.startsWith(verb) && span.endsWith(object) && !/[、,，;；:：。和及与或并]/.test(span);
}

/**
 * `已建立`, `未建立`, `已分解落实` against `…建立项目储备库的，得2分，否则不得分`: the question's own words,
 * affirmed or negated, answer it; anything else stays unread.
 */
function answeredInWords(
  read: Read<Set<number>>,
  question: string,
  allAsked: boolean,
  countsAsked = false,
): Read<Set<number>> {
  if (read.ok || read.missing) return read;
  const said = read.text;
  const q = compactText(question);
  // `未开展帮扶慰问` against `经常帮扶慰问…得0.3分`: a light verb the question does not use, before its own words,
  // says nothing more than those words.
  const light = LIGHT_VERB_RE.exec(said);
  if (light !== null && !q.includes(light[2]) && q.includes(light[3])) {
    const plain = answeredInWords({ ...read, text: light[1] + light[3] }, question, allAsked, countsAsked);
    if (plain.ok) return { ...plain, text: said };
  }
  // `本级财政投入情况计2分`: how things stand is weighed, not a yes or no.
  if (STANDING_ENDINGS.some((e) => q.endsWith(e))) return read;
  // `已制定1个专项行动计划` against `每年制定1个专项行动计划`: the count the question asks, said with the thing,
  // says no more than the thing — a yes only. (Another count is not read here.)
  const counted = ASKED_COUNT_RE.exec(said);
  if (counted !== null && COUNT_UNITS.includes(counted[2]) && q.includes(counted[1] + counted[2])) {
    const plain = answeredInWords(
      { ...read, text: said.replace(counted[1] + counted[2], '') },
      question,
      allAsked,
      countsAsked,
    );
    if (plain.ok && plain.value.size > 0) return { ...plain, text: said };
  }
  const inQuestion = (words: string) => {
    if (words.length < 2) return false;
    // The words close together (not strewn over the question) and not negated there.
    const w = window(words, q);
    const close = w !== null && (w.length <= words.length * 3 || verbAndObject(words, q, w));
    return close && !NEGATIONS.some((n) => q.slice(0, w.start).endsWith(n));
  };
  // `全年无火灾` against `全年无火灾得10分`: the question's own words, whole, affirm it.
  const plain = (x: string) => x.replace(/[的,，、]/g, '');
  if (plain(said).length >= 2 && plain(said) === plain(q))
    return { ok: true, value: new Set([1]), text: said };
  const yes = AFFIRMED.exec(said);
  // (`有宣传栏` against `有宣传栏、宣传橱窗,并按期更换内容`: one part of a list affirmed is not all of them.)
  const yesAt = yes ? window(yes[2], q) : null;
  const onePart = yesAt !== null && onePartOfList(q, yesAt.start, yesAt.start + yesAt.length);
  // (With counts asked beside it, `已成立调解中心` against `成立调解中心,中心有3名以上专职调解员…`: one part said
  // done says nothing of the counts — only the whole met, or a part denied, answers.)
  if (yes && inQuestion(yes[2]) && !onePart && !countsAsked)
    return { ok: true, value: new Set([1]), text: said };
  // `没有尾工` against `项目没有尾工:工程项目按要求全部完成,没有尾工`: the answer is one of the question's own
  // phrases, word for word (its negation included).
  const phrases = q.split(/[,，;；:：。]/).map(plain);
  if (plain(said).length >= 3 && phrases.includes(plain(said)) && !q.includes('、') && !countsAsked)
    return { ok: true, value: new Set([1]), text: said };
  // `每周报送` against `项目县每周报送市站项目动态表的计2分`: a run of a question that asks one thing.
  const oneThing = !/[、,，;；和及并且与或]/.test(q);
  // (`发生安全事故` against `确保全年不发生安全事故`: the run denied in the question says the opposite.)
  const deniedInQuestion = NEGATIONS.some((n) => q.slice(0, q.indexOf(plain(said))).endsWith(n));
  if (
    oneThing &&
    plain(said).length >= 3 &&
    q.includes(plain(said)) &&
    !deniedInQuestion &&
    !NEGATIONS.some((n) => said.includes(n))
  )
    return { ok: true, value: new Set([1]), text: said };
  // `按时完成` against `按时完成各类材料、统计报表报送任务`: the verb a list hangs on, said done before the list's
  // first part, speaks for all of it.
  const verbOfList =
    q.includes('、') &&
    plain(said).length >= 3 &&
    q.startsWith(plain(said)) &&
    plain(said).length < q.indexOf('、') &&
    !onePartOfList(q, 0, plain(said).length) &&
    !NEGATIONS.some((n) => said.includes(n) || q.includes(n));
  if (verbOfList) return { ok: true, value: new Set([1]), text: said };
  // `参照公务员管理事业单位` against `…性质为行政机构或参照公务员管理事业单位`: one of the question's alternatives,
  // said (near) whole, meets it. (The first is what follows the question's 为 or 是: `行政机构`.)
  const bare = plain(said).replace(/了/g, '');
  const options = q
    .split(/或者|或/)
    .map((o, k) => plain(k === 0 ? o.replace(/^[^为是]{2,}(?:为|是)/, '') : o).replace(/了/g, ''));
  const chosen = options.filter((o) => o.includes(bare) && bare.length >= Math.max(4, o.length * 0.6));
  if (options.length > 1 && chosen.length === 1 && !NEGATIONS.some((n) => said.includes(n)))
    return { ok: true, value: new Set([1]), text: said };
  // `有尾工` against `项目没有尾工`, `编制了赤字预算` against `未编赤字预算的`: what the question says must not be,
  // said so — a no.
  if (affirmsDenied(said, q)) return { ok: true, value: new Set(), text: said };
  // `规范` against `项目档案管理规范`: the state the question closes with, said alone — a yes.
  if (
    MET_ENDINGS.includes(plain(said)) &&
    plain(q).endsWith(plain(said)) &&
    !NEGATIONS.some((n) => q.includes(n))
  )
    return { ok: true, value: new Set([1]), text: said };
  // `制度不完善` against `制度完善(3分)`: the question's own words, whole, with a negation put in — a no.
  const negated = NEGATIONS.find((n) => plain(said).includes(n));
  if (
    negated !== undefined &&
    !NEGATIONS.some((n) => q.includes(n)) &&
    plain(said).replace(negated, '') === plain(q)
  )
    return { ok: true, value: new Set(), text: said };
  const no = DENIED.exec(said);
  const w = no ? window(no[2], q) : null;
  // (`无挪用、移用、滞留` against `不存在挪用、移用、滞留…现象的`: the question denies them too — a yes.)
  const lead = w === null ? '' : q.slice(Math.max(0, w.start - 4), w.start).replace(/^.*[,，;；、]/, '');
  const deniedThere = NEGATIONS.some((n) => lead.includes(n));
  if (no && w && deniedThere)
    return w.length <= no[2].length * 3 ? { ok: true, value: new Set([1]), text: said } : read;
  if (no && w && inQuestion(no[2]) && !onePartOfList(q, w.start, w.start + w.length))
    return { ok: true, value: new Set(), text: said };
  // A question asking one thing, with no negation or fault of its own, is met in full or not at all. (Several
  // things asked, one denied, may leave the rest to be weighed by the person.)
  const plainQuestion =
    !NEGATIONS.some((n) => q.includes(n)) && !FAULT_CHAR_RE.test(q) && !/[、,，;；和与并且或]/.test(q);
  // `未落实包保干部`, `问题清单已建立，整改未完成` against `…落实包保干部…完成整改，得3分，否则不得分`: with the no
  // written, any part of the question denied is a no.
  const deniedPart = (piece: string) => {
    const lead = DENIED.exec(piece);
    if (lead !== null) return inQuestion(lead[2]);
    // (`整改未完成`, `记录不完整`: what, then its denial — both the question's words.)
    const after = /^(.{2,}?)(未|没有|不)(.{2,})$/.exec(piece);
    if (after !== null && inQuestion(after[1]) && inQuestion(after[3])) return true;
    // (`本学年未开展`, `记账不及时` against a question that denies nothing: a verb of the question, denied.)
    return plainQuestion && [...piece.matchAll(DENIED_VERB_RE)].some((m) => q.includes(m[1]));
  };
  // (`有制度文件但未严格执行`: a but parts what is said as a comma does.)
  if ((allAsked || plainQuestion) && said.split(/[,，;；]|但是|但|却/).some(deniedPart))
    return { ok: true, value: new Set(), text: said };
  // (`已开展`, `列入预算`, `全部具备`: what a requirement written without points would take as met or not.)
  const inWords = requirementSaid(q, said);
  return inWords === null || (inWords && countsAsked)
    ? read
    : { ok: true, value: new Set(inWords ? [1] : []), text: said };
}

/**
 * `无责任科室` against `有分管领导、责任科室、…人员`, `有宣传栏` against `有宣传栏、宣传橱窗`: words naming one part of a
 * 、 list (a later part, or the first up to its 、), whose being there or missing is not the whole asked.
 * `未按时呈报` against `按时呈报年度工作计划、年度报告等材料`, `已纳入` against `纳入本地区经济、社会发展计划`: the verb
 * the list hangs on, before its first part, speaks for all of it.
 */
function onePartOfList(q: string, start: number, end: number): boolean {
  const clause = clauseAround(q, start, end);
  if (!clause.includes('、')) return false;
  const from = q.indexOf(clause);
  const [s, e] = [start - from, end - from];
  const seps = [...clause.matchAll(/、/g)].map((m) => m.index as number);
  if (seps.some((i) => i >= s && i < e)) return false;
  return e >= seps[0];
}

const leading = (words: readonly string[]) =>
  new RegExp(`^(${[...words].sort((a, b) => b.length - a.length).join('|')})(.+)$`);
/**
 * The answer affirms words the question puts right after its negation (`没有尾工`, `未编赤字预算`): the thing
 * named, with at most a lead (`有`, `发生`) or the verb the question uses between (`编制了` for `未编`) — and no
 * negation, number or other words of its own.
 */
function affirmsDenied(said: string, q: string): boolean {
  const whole = compactText(said);
  if (/[\d不未没无非]/.test(whole)) return false;
  // (The lead, `有`, `发生`, `已`, is the answer's own: `有尾工` must not meet the 有 of `没有尾工`.)
  const a = AFFIRM_LEAD.exec(whole)?.[2] ?? whole;
  for (let len = a.length; len >= 2; len--)
    for (let i = 0; i + len <= a.length; i++) {
      const run = a.slice(i, i + len);
      const ats: number[] = [];
      for (let at = q.indexOf(run); at !== -1; at = q.indexOf(run, at + 1)) ats.push(at);
      if (ats.length === 0) continue;
      // (Wherever the question says it, it says it negated.)
      const negs = ats.map((at) =>
        /(没有|未|无|不)([\u4e00-\u9fff]{0,2})$/.exec(q.slice(Math.max(0, at - 4), at)),
      );
      if (negs.some((n) => n === null)) return false;
      const gap = (negs[0] as RegExpExecArray)[2];
      const rest = (a.slice(0, i) + a.slice(i + len)).replace(/[了的]/g, '');
      return rest === '' || (gap !== '' && gap.includes(rest[0]));
    }
  return false;
}

const AFFIRMED = leading(AFFIRMING_LEADS.filter((w) => w !== '是'));
/** The one count an answer holds, with its measure word: `1个`. */
const ASKED_COUNT_RE = /^[^\d]*?((?<![\d.])\d+)([\u4e00-\u9fff]{1,2}?)(?=[\u4e00-\u9fff])[^\d]*$/;
/** `有尾工`, `发生…`, `已…`: a lead saying a thing is there, before the thing. */
const AFFIRM_LEAD = leading([...PRESENCE_LEADS, '已经', '已']);
const DENIED = leading(DENYING_LEADS);

/** The comma-delimited clause of `text` around [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[',', ';', '，', '；'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const stops = [',', ';', '，', '；'].map((c) => text.indexOf(c, end)).filter((x) => x !== -1);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/** Items that all cost the same, so a count of those missed (`少1项`) scores without naming them. */
function interchangeable(ast: Extract<Scorable, { kind: 'checklist' }>): boolean {
  if (ast.mode === 'missing') return true;
  if (ast.mode !== 'items') return false;
  const first = ast.items[0]?.points;
  return (
    first?.type === 'points' &&
    ast.items.every((i) => i.points?.type === 'points' && i.points.points.eq(first.points))
  );
}

/**
 * `火化率达100%。标准分25分` answered `是`: one standard to reach, nothing when not, is a single condition (SPEC §3)
 * a yes or a no answers. (`无` against a ceiling, `≤0起`, may be the count itself.)
 */
function singleStandardAnswered(ctx: Ctx, ast: Extract<Scorable, { kind: 'bands' }>): Evaluation | null {
  const [band, below] = ast.bands;
  // (A range of counts asked, `2-3次`: yes is the range met, no is fewer — more is not asked.)
  const ranged = ast.bands.length === 2 && countRange(band.cond) && below.outcome.type === 'zero';
  // (`未达标的，扣0.5分` on a row of 0.5 leaves nothing too.)
  const other = ranged ? below.outcome : ast.otherwise;
  const nothing =
    other?.type === 'zero' || (other?.type === 'deduct' && outcomePoints(other, ctx.weight, null).lte(0));
  if ((ast.bands.length !== 1 && !ranged) || !nothing || other === null) return null;
  const said = compactText(String(ctx.req.input?.value ?? '')).toUpperCase();
  // (A ceiling, `坏损率不超过30%`, is answered so too, but not by `有` or `无`: a count may be meant.)
  if (
    band.cond.upper !== null &&
    ((band.cond.lower !== null && !ranged) || ['有', '无', '没有'].includes(said))
  )
    return null;
  const yes = STANDARD_MET_WORDS.includes(said);
  if (!yes && !STANDARD_UNMET_WORDS.includes(said)) return null;
  const o = yes ? band.outcome : other;
  const shown = String(ctx.req.input?.value ?? '').trim();
  return scoredBy(o, ctx, null, `${shown}${how(o)}`, shown, []);
}

function checklist(ctx: Ctx, ast: Extract<Scorable, { kind: 'checklist' }>): Evaluation {
  if (ast.mode === 'yesno') {
    const measured = completionMeasured(ctx, ast.question);
    if (measured !== null)
      return fromRead(measured, (done, text) => {
        const o = done ? ast.yes : ast.no;
        return scoredBy(o, ctx, null, `${text}${done ? '，已完成' : '，未完成'}${how(o)}`, text, []);
      });
    const standard = standardAsked(ast.question);
    const valued =
      standard === null
        ? null
        : withValue(
            standard.kind,
            ctx.req.input,
            (x, shown) => {
              const met = x.gte(standard.value);
              const o = met ? ast.yes : ast.no;
              return scoredBy(
                o,
                ctx,
                null,
                `${shown}${met ? '，达到' : '，未达到'}${standard.text}${how(o)}`,
                shown,
                [],
              );
            },
            ast.question,
          );
    if (valued?.type === 'scored') return valued;
    // (`否，发生1起`: a no, then why.)
    const said = compactText(String(ctx.req.input?.value ?? ''));
    const lead = said.split(/[,;]/)[0];
    if (lead !== said && NO_WORDS.includes(lead.toUpperCase()))
      return scoredBy(ast.no, ctx, null, `${said}${how(ast.no)}`, said, []);
    // (`达到要求`, `不符合要求`: the one requirement judged whole.)
    const whole = WHOLE_MET_ANSWERS.includes(said)
      ? ast.yes
      : WHOLE_UNMET_ANSWERS.includes(said)
        ? ast.no
        : null;
    if (whole !== null) return scoredBy(whole, ctx, null, `${said}${how(whole)}`, said, []);
    const read = readItems(ctx.req.input, 1);
    return fromRead(
      read.ok || read.missing
        ? read
        : answeredInWords(read, ast.question, ast.allAsked === true, ast.countsAsked === true),
      (set, text) => {
        const o = set.size > 0 ? ast.yes : ast.no;
        return scoredBy(o, ctx, null, `${text}${how(o)}`, text, []);
      },
    );
  }
  const items: ChecklistItem[] = ast.items;
  const unmet = interchangeable(ast) ? readUnmetCount(ctx.req.input, items.length) : null;
  if (unmet !== null)
    return fromRead(unmet, (n, text) => {
      if (ast.mode === 'missing') {
        const ded = deduction(ctx, ast.amount.times(n), ast.maxDeduct);
        return scored(
          ctx.weight.minus(ded.amount),
          `${n}项未满足，每少一项扣${formatPlain(ast.amount)}分，${ded.text}`,
          text,
          [],
        );
      }
      const each = outcomePoints(items[0].points as Outcome, ctx.weight, null);
      const met = items.length - n;
      return scored(each.times(met), `${met}项满足、${n}项未满足，每项${formatPlain(each)}分`, text, []);
    });
  // (`没有进行安全排查和改造维修` against the rule's own words for none met.)
  const noneSaid =
    ast.mode === 'items' &&
    ast.none !== undefined &&
    compactText(String(ctx.req.input?.value ?? '')) === compactText(ast.none);
  return fromRead(
    noneSaid
      ? { ok: true, value: new Set<number>(), text: compactText(String(ctx.req.input?.value)) }
      : readItems(
          ctx.req.input,
          items.length,
          items.map((i) => i.desc),
          ast.mode === 'missing',
        ),
    (set, text) => {
      const met = items.filter((_, k) => set.has(k + 1));
      const unmet = items.filter((_, k) => !set.has(k + 1));
      const list = (xs: ChecklistItem[]) => xs.map((i) => itemMarker(items.indexOf(i) + 1)).join('');
      const said = `${met.length > 0 ? `满足${list(met)}` : '各项均未满足'}${unmet.length > 0 && met.length > 0 ? `，未满足${list(unmet)}` : ''}`;
      if (ast.mode === 'missing') {
        const ded = deduction(ctx, ast.amount.times(unmet.length), ast.maxDeduct);
        return scored(
          ctx.weight.minus(ded.amount),
          `${said}，每少一项扣${formatPlain(ast.amount)}分，${ded.text}`,
          text,
          [],
        );
      }
      const raw = met.reduce(
        (sum, i) => sum.plus(i.points ? outcomePoints(i.points, ctx.weight, null) : 0),
        new Decimal(0),
      );
      return scored(raw, said, text, []);
    },
  );
}
