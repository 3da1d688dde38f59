/**
 * Family assembly: placed clauses → one rule family (SPEC §3). The family is decided by which
 * scoring clauses are present; a clause that does not belong to that family is rejected (reported as
 * unparsed) rather than guessed around. This is where the accounting invariant holds: every clause
 * that carries a number or a scoring word is used by the family, or the text is not scored (see
 * `isAccounted` in parse.ts for the final check).
 */
import Decimal from 'decimal.js';
import {
  ALL_MET_LEADS,
  DEEMED_WORD,
  ADDITIVE_WORDS,
  ELSE_WORDS,
  FAULT_CHAR_RE,
  REFERRING_WORDS,
  FORMULA_RATE_ENDINGS,
  REVERSE_DEDUCT_MARKS,
  ALL_ITEMS_WORDS,
  WHOLE_MET_ENDINGS,
  MET_ENDINGS,
  BASE_POINT_WORDS,
  BY_WORDS,
  COMPARATOR_WORDS,
  CONTRAST_WORDS,
  CONJUNCTION_LEADS,
  PURPOSE_LEADS,
  CONNECTIVE_WORDS,
  DIRECTION_WORDS,
  SHORTFALL_VERBS,
  SURPLUS_VERBS,
  ABSENCE_WORDS,
  BASELINE_WORDS,
  SO_ON_WORDS,
  COMPUTING_WORDS,
  COUNT_UNITS,
  DEGREE_WORDS,
  DELAY_WORDS,
  EARLY_WORDS,
  FULL_WORDS,
  INSPECTION_LEADS,
  ISSUE_VERBS,
  MISSING_WORDS,
  NEGATIONS,
  NO_EFFECT_PHRASES,
  NONE_AT_ALL,
  UNCAPPED_PHRASES,
  RANK_DOWN_WORDS,
  RANK_STEP_WORDS,
  RANK_UNITS,
  RANK_UP_WORDS,
  LIST_NEGATIONS,
  UNMET_STEP_WORDS,
  PERIOD_WORDS,
  QUESTION_WORD,
  NO_WORDS,
  OTHER_LEVEL,
  OVERRUN_WORDS,
  PERSON_UNITS,
  SCALE_STEP_WORDS,
  SCORE_MATH_WORDS,
  SCORE_WORDS,
  ON_TIME_STATES,
  TARGET_NAME_WORDS,
  TIME_UNITS,
  UNNUMBERED_SCORING_WORDS,
  DEVIATION_WORDS,
  PLANNED_RATE_WORDS,
  WHOLE_DONE_WORDS,
  WITHIN_RE,
  SELF_WORDS,
  ALL_ALIKE_WORDS,
  IF_LEADS,
  CHINESE_DIGITS,
  POSTFIX_COMPARATORS,
} from '../vocabulary/rules';
import type {
  Band,
  ChecklistItem,
  GradeLevel,
  Measure,
  Clause,
  ClauseOf,
  ClauseType,
  Bound,
  Condition,
  FaultPart,
  LinearStep,
  Outcome,
  RankPoints,
  RuleAst,
  RulePart,
  StepClause,
  ValueKind,
} from './ast';
import { isMoney, itemMarker, leadEach, rescale } from '../inputs';
import { reachesNamedStandard } from './namedStandards';
import { alternatives, compactText, sharesRun } from '../text';
import { isRateName } from './formula';
import { formatPlain } from '../numberText';
import { contains, countRange, resolveBands } from './bands';
import { levelEndings, levelKeys, levelLabel } from './levels';
import {
  conditionText,
  givesNothing,
  isFixed,
  isLevelOutcome,
  isRange,
  outcomePoints,
  pricesARank,
} from './outcomes';
import type { Expr } from '../arithmetic';
import { joinsMeasures } from './namedMeasures';
import { subjectBeforeNegation } from './naming';
import { PER_PERIOD_RE } from './perPeriod';

export interface Assembly {
  ast: RuleAst;
  /** Clauses the parser placed that do not fit the family. */
  rejected: Clause[];
  /** Points the text states as the rule's worth (`共3分`, `最高不超过4分`): must equal the row's weight. */
  statedWeights: Decimal[];
  /** Sentences whose numbers state the standard breaches are counted against (see `Pool.useStandards`). */
  standards: Clause[];
  /** The clauses as the family read them (after joining orphan outcomes and the like), when it did. */
  placed?: Clause[];
  /** `…得15分，达不到酌情扣分`: where the words pricing every answer short of full marks as the person's call stand. */
  judgedShort?: [number, number];
  /** `扣满15分的，追加扣除10分`: deductions reaching this much cost more beyond the row — the person's call. */
  beyondAt?: Decimal;
}

const NO_CLAUSES: Clause[] = [];
const YES_LEVELS = ['是', '有'];
/** A clean result stated in words: `未发生…`, `未发现…`, `无…`. */
const NONE_OCCURRED = /未发生|未发现|未出现|没有发生|没有出现|^无/;
const NO_LEVELS = ['否', '无'];

/** `…，不得分；不符`: a negation and one character, standing alone — a sentence cut off, whose price is unread. */
const CUT_OFF_RE = /^(?:不|未|没|无)[\u4e00-\u9fff]$/;

class Pool {
  readonly used = new Set<Clause>();
  readonly standards: Clause[] = [];
  /** Points a family reads as the row's worth (`完成…的得20分，未完成的按比例得分`), checked when scored. */
  readonly claims: Decimal[] = [];
  private readonly byType = new Map<ClauseType, Clause[]>();
  constructor(readonly clauses: Clause[]) {
    for (const c of clauses) {
      const list = this.byType.get(c.type);
      if (list) list.push(c);
      else this.byType.set(c.type, [c]);
    }
  }

  /** The clauses of one type, in text order (the same array each time: do not change it). */
  of<K extends ClauseType>(type: K): ClauseOf<K>[] {
    return (this.byType.get(type) ?? NO_CLAUSES) as ClauseOf<K>[];
  }

  use(...cs: Clause[]): void {
    for (const c of cs) this.used.add(c);
  }

  /**
   * Descriptions fit every family as long as they hold no number (SPEC §3: descriptive words without
   * numbers may be read past). A condition or a number in a description is a part of the rule we did
   * not use, so it stays rejected and the row goes to the person.
   */
  useDescriptions(): void {
    for (const d of this.of('description'))
      if (
        !d.hasCondition &&
        !d.hasNumber &&
        !EACH_ALONE.test(d.text) &&
        !CUT_OFF_RE.test(d.text) &&
        (!scoresInWords(d.text) || this.prefacesStep(d) || this.goesOnStep(d) || deemsAFault(d.text)) &&
        !this.joinsCondition(d)
      )
        this.use(d);
  }

  /** `多完成1%加1分，少完成1%扣1分，以此类推`: the step just used goes on per unit, as it says. */
  private goesOnStep(d: ClauseOf<'description'>): boolean {
    const prev = this.clauses[this.clauses.indexOf(d) - 1];
    return prev?.type === 'step' && this.used.has(prev) && SO_ON_WORDS.includes(d.text);
  }

  /**
   * `待遇按时足额发放，且…发放率100%，得10分`, `…率达80%以上，污泥实现无害化处理，否则不得分`: words joined
   * to a measured condition (by 且, or between it and its else) are a second condition the answer must
   * meet, not a description to read past.
   */
  private joinsCondition(d: ClauseOf<'description'>): boolean {
    const at = this.clauses.indexOf(d);
    const next = this.clauses[at + 1];
    const prev = this.clauses[at - 1];
    const measured = (c: Clause | undefined) => c?.type === 'band' || c?.type === 'requirement';
    if (measured(next) && CONJUNCTION_LEADS.some((w) => (next as ClauseOf<'band'>).subject.startsWith(w)))
      return true;
    return measured(prev) && next?.type === 'else';
  }

  /**
   * `按…差距进行扣分，每差1微克扣0.5分`, `完成…任务的给予加分，每项任务加3分`: words announcing the step that follows
   * them, which says the amount (a deduction before a deduction, a bonus before a bonus).
   */
  private prefacesStep(d: ClauseOf<'description'>): boolean {
    const next = this.clauses[this.clauses.indexOf(d) + 1];
    if (next?.type !== 'step' || !this.used.has(next)) return false;
    return next.bonus ? /加分$/.test(d.text) : /扣分$/.test(d.text);
  }

  /**
   * `每个自然村组随机走访5户农户，查看户厕使用情况。每有一户…扣2分`: the sentences before every scoring
   * clause state the standard whose breaches are then counted. For rules scored by a count of breaches
   * their numbers define what counts, never the arithmetic, so they are accounted for as a definition and
   * restated; anything that scores (points, scoring words, a condition) is not such a sentence. Returns
   * the standard's sentences (with or without numbers), after `useDescriptions`.
   */
  useStandards(namers: readonly (Clause | null)[] = [], shortIn: string | null = null): string[] {
    const first = this.clauses.findIndex((c) => c.type !== 'description');
    const preamble = (this.clauses.slice(0, first) as ClauseOf<'description'>[]).filter(
      (d) => !namers.includes(d),
    );
    const numbered = preamble.filter(
      (d) =>
        d.hasNumber &&
        (!d.hasCondition || (shortIn !== null && asksPerPeriodAtLeast(d.text, shortIn))) &&
        !scoresInWords(d.text) &&
        !STANDARD_BLOCKERS.some((w) => d.text.includes(w)) &&
        // `配备远程会商系统(2)`: a bare number in brackets is points, not a count the standard asks.
        !/[(（]\d+(\.\d+)?[)）]/.test(d.text) &&
        !BY_WORDS.some((w) => d.text.startsWith(w)) &&
        !d.text.startsWith('以'),
    );
    this.use(...numbered);
    this.standards.push(...numbered);
    return preamble.filter((d) => this.used.has(d)).map((d) => d.text);
  }

  rejected(): Clause[] {
    return this.clauses.filter((c) => !this.used.has(c));
  }
}

/**
 * `每季度编印简报不少于2期` before `每少一期扣0.5分`: a count asked per period, at least so many, in the unit the
 * step counts short — what one short is, as `每季度至少编印简报2期` states it. (Its own number is the only one.)
 */
function asksPerPeriodAtLeast(text: string, unit: string): boolean {
  if (!PER_PERIOD_RE.test(text)) return false;
  const numbers = text.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length > 1 || text.includes('%')) return false;
  const count = `${COUNT_NUMBER}\\s*${unit}`;
  return new RegExp(`(?:${AT_LEAST_BEFORE})\\s*${count}|${count}(?:${AT_LEAST_AFTER})`).test(text);
}

const COUNT_NUMBER = `(?:\\d+|[${Object.keys(CHINESE_DIGITS).join('')}]+)`;
const AT_LEAST_BEFORE = alternatives(COMPARATOR_WORDS.filter(([, op]) => op === '>=').map(([w]) => w));
const AT_LEAST_AFTER = alternatives(POSTFIX_COMPARATORS.filter(([, op]) => op === '>=').map(([w]) => w));

/** `按50%折算`, `日常考核占60%`, `按3:7比例计算`, `以2次检查的平均值计算`: a number the score is computed with. */
function computesInWords(text: string): boolean {
  return (
    SCORE_MATH_WORDS.some((w) => text.includes(w)) ||
    /占[^,，。;；]{0,8}\d+(?:\.\d+)?%/.test(text) ||
    /按\d+(?:\.\d+)?(?:%|[:：]\d+)/.test(text) ||
    (/比例/.test(text) && /计算|计分|得分/.test(text))
  );
}

/** `…各得1分`, `…分别计2分`: words closing with 各/分别/均 give the points to each thing listed. */
function pointsEach(words: string): boolean {
  return /(各|分别|均)$/.test(words);
}

/** 每 before an amount (`每100万元`, `每两人`): a unit counted. */
const EACH_AMOUNT_RE = /每[\d.一二两三四五六七八九十百千]/;

/** `每项`, `每处` standing alone (`每项最多扣2分`): 每 scores, it is never read past. */
const EACH_ALONE = /^每.{0,2}$/;

/** Words that make a numbered sentence score rather than state a standard. */
const STANDARD_BLOCKERS = [
  ...SCORE_WORDS,
  ...FULL_WORDS,
  ...BASE_POINT_WORDS,
  ...COMPUTING_WORDS,
  '分值',
  ':',
];

/** `加倍扣分`, `倒扣`: scoring said without a number still scores, so it is never read past. */
export function scoresInWords(text: string): boolean {
  const said = [...NO_EFFECT_PHRASES, ...UNCAPPED_PHRASES].reduce((t, p) => t.split(p).join('|'), text);
  return UNNUMBERED_SCORING_WORDS.some((w) => said.includes(w));
}

/**
 * `若无相关人员签名确认视为无效记录`, `否则视为组织领导不到位`: what counts as a lack the rule prices — a definition, no
 * outcome of its own (an answer in its words names no fault listed, and is the person's). Only a lack: `视为已建立`,
 * `视为按时完成` move an answer to a better outcome, which the rule's arithmetic would not know.
 */
function deemsAFault(text: string): boolean {
  const m = DEEMED_RE.exec(text);
  return m !== null && NEGATIONS.some((n) => m[1].includes(n)) && !scoresInWords(m[1]);
}
const DEEMED_RE = new RegExp(`^[^\\d分]{2,30}?(?:均|都|即|则|就|一律)?${DEEMED_WORD}([^\\d分]{2,12})$`);

/**
 * `以前三年粮食单产为基数,持平得5分,每增减1%,加减1分`: beside steps up and down in percent, 持平 (no change from the
 * base) is the standard the steps count from — a change of 0%.
 */
function flatAsZero(clauses: Clause[]): Clause[] {
  const steps = clauses.filter((c): c is ClauseOf<'step'> => c.type === 'step');
  const ways = new Set(steps.map((s) => s.dir));
  if (!steps.every((s) => s.pct && s.from === null) || !ways.has('up') || !ways.has('down')) return clauses;
  if (clauses.some((c) => c.type === 'band' || c.type === 'requirement')) return clauses;
  const zero = { value: new Decimal(0), incl: true, explicit: true };
  return clauses.map((c) => {
    if (c.type !== 'check' || !FLAT_STANDARD_RE.test(c.desc)) return c;
    const cond: Condition = { lower: zero, upper: zero, text: '持平', pct: true, unit: null, abs: false };
    return { type: 'band', subject: '', cond, outcome: c.outcome, span: c.span };
  });
}

/** `持平`, `与上年持平`, `以上年…为基数,持平`: no change from the base, with at most the base named before it. */
const FLAT_STANDARD_RE =
  /^(?:以[^,，\d]{2,20}为(?:基数|基准)[,，])?(?:与上年|较上年|比上年|同比|与基数)?持平(?:的)?$/;

/**
 * `服务台热线电话的接通率90%，每降低1个百分点扣0.5分`: a rate stated bare right before a step down in points is
 * the standard the step falls from (`≥90%`), as if written with its bound; `覆盖率达100%`, `占总人数比例100%起`
 * (counted from 100%) state it so too. A step up from it (`资产负债率40%，每增加5个百分点扣1分`) is from a
 * ceiling (`≤40%`). A count closing the words, in the unit a step short of it counts (`全年开展活动4次，每少1次
 * 扣1分`), is the number asked for, as `不少于4次` would be — unless it is per period (`每季度检查1次`).
 */
function valueBeforeStep(clauses: Clause[]): Clause[] {
  if (clauses.some((c) => c.type === 'band' || c.type === 'requirement')) return clauses;
  for (let k = 0; k + 1 < clauses.length; k++) {
    const [c, next] = [clauses[k], clauses[k + 1]];
    if (c.type !== 'description' || c.hasCondition || next.type !== 'step') continue;
    if (next.bonus || next.from !== null || (next.dir !== 'down' && next.dir !== 'up')) continue;
    const m = next.pct ? BARE_RATE_RE.exec(c.text) : bareCount(c.text, next);
    if (m === null) continue;
    const at = { value: new Decimal(m[2]), incl: true, explicit: false };
    const down = next.dir === 'down';
    const cond: Condition = {
      lower: down ? at : null,
      upper: down ? null : at,
      text: next.pct ? `${m[2]}%` : `${m[2]}${next.unit}`,
      pct: next.pct,
      unit: next.pct ? null : next.unit,
      abs: false,
    };
    return clauses.map((x, j) =>
      j === k ? { type: 'requirement', subject: m[1], cond, words: c.text, span: c.span } : x,
    );
  }
  return clauses;
}

/** `…接通率90%`, `…完成率为95%`: a rate's name and one bare percentage closing the words. */
const BARE_RATE_RE = new RegExp(
  `^([^\\d%]*?(?:${FORMULA_RATE_ENDINGS.join('|')}))(?:为|是|要求|应|应达|达)?(\\d+(?:\\.\\d+)?)%起?$`,
);

/**
 * `全年开展活动4次` before `每少1次`: what is done and how many, in the step's own unit. `工作经费20万落实`,
 * `县级5万` before `每下降1万`: a sum of money in the step's unit, the words done with it (`落实`) closing it.
 */
function bareCount(text: string, step: StepClause): RegExpExecArray | null {
  if (step.dir !== 'down' || step.unit === null || text.includes('每')) return null;
  const money = isMoney(step.unit);
  if (!money && !COUNT_UNITS.includes(step.unit)) return null;
  const done = money ? `(?:${alternatives(MET_ENDINGS)})?` : '';
  const m = new RegExp(`^([^\\d]{2,}?)(?:达|为)?(\\d+(?:\\.\\d+)?)${step.unit}${done}$`).exec(text);
  // (`第3次`: which one, not how many; `3.5次` is no count.)
  return m !== null && !m[1].endsWith('第') && (money || !m[2].includes('.')) ? m : null;
}

/**
 * `2、实行生活垃圾分类回收①…;②…;③…`: a number opening the text, before items numbered afresh in another
 * style, numbers the row in its table — a heading, not an item. A heading giving points with no number in
 * its words (`1.农民自食部分防疫费征收情况计20分。(1)…`) states the row's worth, checked against the weight.
 */
function headingNumber(clauses: Clause[]): Clause[] {
  const [first, ...rest] = clauses;
  if (first?.type !== 'item' && first?.type !== 'check') return clauses;
  const worth = first.outcome?.type === 'points' && !/\d/.test(first.desc) ? first.outcome.points : null;
  // `完成指定路段的绿化(30分)。完成任务的计满分,完不成的按比例计分`: what follows scores the whole row on its
  // own (满分), so the points a heading's words give (no case `…的`, no comma) are the row's worth, stated.
  const whole = rest.some((c) => 'outcome' in c && c.outcome?.type === 'full');
  const titled = !/[,，;；]|的$/.test(first.desc);
  if (worth !== null && whole && titled && rest.length >= 2)
    return [{ type: 'stated', points: worth, span: first.span }, ...rest];
  if (worth === null && (first.type !== 'item' || first.outcome !== null)) return clauses;
  const items = rest.filter((c): c is ClauseOf<'item'> => c.type === 'item');
  const style = (marker: string) => marker.replace(/\d+|[一二三四五六七八九十]+/g, 'N');
  const own = first.type === 'item' ? style(first.marker) : null;
  if (items.length < 2 || items[0].n !== 1 || items.some((i) => style(i.marker) === own)) return clauses;
  if (worth !== null) return [{ type: 'stated', points: worth, span: first.span }, ...rest];
  if (first.type !== 'item') return clauses;
  const heading: Clause = {
    type: 'description',
    text: first.desc,
    hasCondition: false,
    question: false,
    hasNumber: false,
    span: first.span,
  };
  return [heading, ...rest];
}

/**
 * `①本科以上学历达到50%以上的得5分;②…达到40%以上的得3分;③…30%以上的得1分;④其他不得分`: numbered items
 * that are each a band on one measure, their points falling with the bound, are tiers of that measure, not a
 * checklist to sum. The last item may be the rest (`其他不得分`).
 */
function tiersAsBands(clauses: Clause[]): Clause[] {
  const items = clauses.filter((c): c is ClauseOf<'item'> => c.type === 'item');
  if (items.length < 2) return clauses;
  const last = items[items.length - 1];
  const rest = last.band === undefined && ELSE_WORDS.some((w) => last.desc.startsWith(w)) ? last : null;
  // `(1)达到目标值的,得50分;(2)达到目标值80%的,得40分;…`: a first tier in words, the whole done, stays a
  // state for the bands to read; `(4)未达到目标值60%的,不得分`: a last tier below the lowest floor.
  const first =
    items[0].band === undefined && !/\d/.test(items[0].desc) && items[0].outcome !== null ? items[0] : null;
  const tiers = items.filter((i) => i !== rest && i !== first);
  if (tiers.length < 2 || tiers.some((i) => i.band === undefined)) return clauses;
  const bands = tiers.map((i) => i.band as NonNullable<ClauseOf<'item'>['band']>);
  const below = bands[bands.length - 1].cond;
  const floor = below.lower === null && below.upper !== null ? bands.length - 1 : -1;
  // (`(1)…85%以上计满分；(2)…75%以上计15分`: the top tier may give the weight, above every other.)
  const top = bands[0].outcome.type === 'full';
  const points = bands.map((b, k) =>
    b.outcome.type === 'points'
      ? b.outcome.points
      : givesNothing(b.outcome)
        ? new Decimal(0)
        : k === 0 && top
          ? new Decimal(Infinity)
          : null,
  );
  const lows = bands.map((b, k) =>
    k === floor
      ? (b.cond.upper?.value ?? null)
      : b.cond.upper === null
        ? (b.cond.lower?.value ?? null)
        : null,
  );
  if (points.some((p) => p === null) || lows.some((l) => l === null)) return clauses;
  // (Bounds and points falling together, one unit: the tiers of one measure; a floor at the lowest bound.)
  const falls = bands.every(
    (b, k) =>
      k === 0 ||
      ((k === floor
        ? (lows[k] as Decimal).lte(lows[k - 1] as Decimal)
        : (lows[k] as Decimal).lt(lows[k - 1] as Decimal)) &&
        (points[k] as Decimal).lt(points[k - 1] as Decimal) &&
        b.cond.pct === bands[0].cond.pct &&
        b.cond.unit === bands[0].cond.unit),
  );
  if (!falls) return clauses;
  return clauses.map((c): Clause => {
    if (c.type !== 'item') return c;
    if (c === first) return { type: 'check', desc: c.desc, outcome: c.outcome as Outcome, span: c.span };
    if (c === rest) return { type: 'else', outcome: c.outcome ?? { type: 'zero' }, span: c.span };
    if (c.band === undefined) return c;
    const b = c.band;
    return { type: 'band', subject: b.subject, cond: b.cond, outcome: b.outcome, span: c.span };
  });
}

/** Rewrites of the clauses before assembly, in the order they run. */
/**
 * `新生儿访视率<90%,得分=新生儿访视率/90%×10分`: below a bound, the input over that bound times the points —
 * the share of the standard reached, in arithmetic (as `不足90%的按比例计分` says in words).
 */
function shareFormulaBelow(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let k = 0; k < clauses.length; k++) {
    const [c, next] = [clauses[k], clauses[k + 1]];
    const share =
      c.type === 'requirement' && next?.type === 'formula'
        ? shareOfBound(next.expr, c.subject, c.cond)
        : null;
    if (c.type !== 'requirement' || share === null) {
      out.push(c);
      continue;
    }
    const outcome: Outcome = { type: 'proportional', explicit: false, per: share.per, top: share.top };
    out.push({ type: 'band', subject: c.subject, cond: c.cond, outcome, span: [c.span[0], next.span[1]] });
    k++;
  }
  return out;
}

/** `x/90%×10分` (or `x×10分/90%`) on the input `x` below 90%: the bound it divides by and the points. */
function shareOfBound(expr: Expr, subject: string, cond: Condition): { per: Decimal; top: Outcome } | null {
  const bound = cond.lower === null ? cond.upper : null;
  if (expr.kind !== 'op' || expr.op !== '*' || bound === null || !cond.pct) return null;
  const [ratio, points] =
    expr.left.kind === 'op'
      ? [expr.left, expr.right]
      : expr.right.kind === 'op'
        ? [expr.right, expr.left]
        : [];
  if (ratio?.kind !== 'op' || ratio.op !== '/' || points?.kind !== 'num' || !points.text.endsWith('分'))
    return null;
  const named = ratio.left.kind === 'name' && (subject === '' || ratio.left.name === subject);
  const per = ratio.right.kind === 'num' ? ratio.right.value.times(100) : null;
  if (!named || per === null || !per.eq(bound.value)) return null;
  return { per, top: { type: 'points', points: points.value } };
}

const PASSES: ReadonlyArray<(clauses: Clause[]) => Clause[]> = [
  flatAsZero,
  shareFormulaBelow,
  valueBeforeStep,
  headingNumber,
  tiersAsBands,
  oneUnit,
  numberPointedItems,
  attachOrphanOutcomes,
  spreadAbsolute,
  aboutThePlan,
  bareRates,
  withinAsZero,
  perOneGained,
  requirementMet,
  doneAsHundred,
];

/**
 * The whole rule assembled, with a clause no family reads set aside when it stands alone: `扣满15分的，追加扣除
 * 10分` (deductions reaching the amount are the person's call) and a judged else (`及格率不低于85%的得15分，达不到
 * 扣分`, `完成得满分，未完成酌情扣分`: full marks are earned as the rest says; an answer scoring less is the person's,
 * never the else's low end). index.ts holds such scores for the person.
 */
export function assembleWhole(clauses: Clause[]): Assembly {
  const beyond = clauses.filter((c): c is ClauseOf<'beyondCap'> => c.type === 'beyondCap');
  const apart = setAside(clauses, beyond, assembleJudgedShort);
  return apart !== null ? { ...apart, beyondAt: beyond[0].at } : assembleJudgedShort(clauses);
}

function assembleJudgedShort(clauses: Clause[]): Assembly {
  const whole = assemble(clauses);
  if (whole.ast.kind !== 'manual' && whole.rejected.length === 0) return whole;
  const judged = clauses.filter(
    (c) => c.type === 'else' && c.outcome.type === 'range' && c.outcome.high === null,
  );
  const apart = setAside(clauses, judged, assemble);
  return apart !== null ? { ...apart, judgedShort: judged[0].span } : whole;
}

/** The rest read without the one clause in `aside` (kept among the clauses placed), when it reads; else null. */
function setAside(clauses: Clause[], aside: Clause[], read: (cs: Clause[]) => Assembly): Assembly | null {
  if (aside.length !== 1) return null;
  const rest = read(clauses.filter((c) => c !== aside[0]));
  if (rest.ast.kind === 'manual' || rest.rejected.length > 0) return null;
  return { ...rest, placed: rest.placed === undefined ? undefined : [...rest.placed, aside[0]] };
}

export function assemble(input: Clause[]): Assembly {
  const clauses = PASSES.reduce((cs, pass) => pass(cs), input);
  const pool = new Pool(clauses);
  const manual = (reason: 'empty' | 'description' | 'discretionary'): Assembly => ({
    ast: { kind: 'manual', reason },
    rejected: [],
    statedWeights: [],
    standards: [],
  });
  if (clauses.length === 0) return manual('empty');
  if (pool.of('discretionary').length > 0) return manual('discretionary');
  // `…得满分,环境脏乱…酌情扣分`: a fault whose cost is not said, with no fault beside it priced in points,
  // is the person's whole judgement; beside priced faults (`无责任分工的扣2分,分工不明确的,酌情扣分`) it is one
  // fault of several, and answers naming none of it are scored.
  const unsaid = pool.of('check').some((c) => c.outcome.type === 'range' && c.outcome.high === null);
  const priced =
    pool.of('check').some((c) => c.outcome.type === 'deduct') || pool.of('step').some((s) => !s.bonus);
  // (`未召开不得分，召开走过场，酌情扣分`: beside a fault that gives nothing, naming that fault is scored.)
  const judgedOnly = unsaid && !priced;
  if (judgedOnly && !pool.of('check').some((c) => givesNothing(c.outcome))) return manual('discretionary');
  const scoring = clauses.filter(
    (c) => c.type !== 'description' && !(c.type === 'item' && c.outcome === null),
  );
  // `按50%折算。`, `其中日常考核占60%。`: words with a number that compute the score are no description — left
  // unread they would let a 自评表 row be scored against its target as if they were not there.
  const computing = clauses.filter((c) => c.type === 'description' && c.hasNumber && computesInWords(c.text));
  if (scoring.length === 0 && computing.length > 0)
    return {
      ast: { kind: 'manual', reason: 'unparsed' },
      rejected: computing,
      statedWeights: [],
      standards: [],
    };
  if (scoring.length === 0) return manual('description');
  // `按完成进度得分` and nothing to say how: the person judges it.
  if (scoring.every((c) => c.type === 'basis')) return manual('discretionary');
  // `…，最高得10分` and nothing else: the person scores up to a ceiling.
  if (scoring.every((c) => c.type === 'limit' || c.type === 'stated') && pool.of('limit').length > 0)
    return manual('discretionary');
  // `合格率±5%`: ± on a level whose plan is unsaid, not on a distance from a plan.
  const level = clauses.filter(
    (c) =>
      absolute(c) &&
      c.cond.about === undefined &&
      /率$/.test(c.subject) &&
      !DEVIATION_WORDS.some((w) => c.subject.includes(w)),
  );
  if (level.length > 0)
    return { ast: { kind: 'manual', reason: 'unparsed' }, rejected: level, statedWeights: [], standards: [] };
  // `各村建立应急扑火队伍。(1分)`: one requirement and the points it is worth — met or not.
  const asked =
    requirementWorth(pool) ?? standardWorth(pool) ?? questionAsked(pool) ?? countsAskedWorth(pool);
  if (asked) return asked;

  const built = highestOnly(pool, build(pool));
  // (Read so only as faults, with nothing else to account for: else the person's whole judgement still.)
  const faultsOnly =
    built?.kind === 'composite' &&
    built.form === 'faults' &&
    pool.of('description').every((d) => !d.hasNumber && !d.hasCondition);
  if (judgedOnly && !faultsOnly) return manual('discretionary');
  // A step counted from a value (`每低于100%一个百分点`) belongs to a threshold, which only these families
  // check it against.
  const fromValue = pool.of('step').some((s) => s.from !== null);
  const ast = fromValue && built?.kind !== 'linear' && built?.kind !== 'twosided' ? null : built;
  if (ast === null)
    return {
      ast: { kind: 'manual', reason: 'unparsed' },
      rejected: clauses.filter(
        (c) => c.type !== 'description' || c.hasCondition || c.hasNumber || scoresInWords(c.text),
      ),
      statedWeights: [],
      standards: [],
    };
  // What the text says the rule is worth restates the weight (checked when scored); a ceiling on the
  // score outside a bonus rule says the same.
  const statedWeights: Decimal[] = [...pool.claims];
  // (`完成…得25分;每增加1%加1分…最高加至30分`: bonuses above the base reach the worth a ceiling names.)
  const bonusUp = (ast.kind === 'linear' || ast.kind === 'twosided') && ast.steps.some((st) => st.bonus);
  // (`以96%为基数，每高1个百分点得2分，满分8分`: earned from none, the worth stated is where the points stop.)
  const fromNone = ast.kind === 'linear' && ast.base.type === 'zero' && bonusUp;
  const ceiling = [
    ...pool.of('limit').map((l) => l.amount),
    ...(fromNone ? pool.of('stated').map((st) => st.points) : []),
  ];
  if (bonusUp && ceiling.length > 0) ast.ceilingStated = true;
  const most = bonusUp && ceiling.length > 0 ? Decimal.max(...ceiling) : bestFixedPoints(ast);
  for (const c of [...pool.of('stated'), ...pool.of('limit')]) {
    if (pool.used.has(c)) continue;
    // `满分15分。…50天以上得10分，少于50天的每天扣0.1分`: worth more than the rule ever gives — which is
    // wrong, the worth or the points, is not said.
    if (c.type === 'stated' && most !== null && most.lt(c.points))
      return { ast: { kind: 'manual', reason: 'unparsed' }, rejected: [c], statedWeights: [], standards: [] };
    pool.use(c);
    statedWeights.push(c.type === 'stated' ? c.points : c.amount);
  }
  return { ast, rejected: pool.rejected(), statedWeights, standards: pool.standards, placed: pool.clauses };
}

/**
 * `制定条例的得4分；制定政府令的得2分。此项分值不得累加`: items with their own points, said not to add up, are
 * alternatives — a grade whose highest named level counts. The note is read only so.
 */
function highestOnly(pool: Pool, ast: RuleAst | null): RuleAst | null {
  const notes = pool.of('highestOnly');
  if (notes.length === 0 || ast === null) return ast;
  // (`同一内容取最高加分`: over one thing's own items only — bonuses still add up over things.)
  const perItem = notes.map((n) => n.perItem);
  if (perItem.some((n) => n !== undefined)) {
    if (ast.kind !== 'composite' || ast.form !== 'bonuses' || ast.parts.length < 2) return ast;
    if (perItem.some((n) => n === undefined)) return ast;
    pool.use(...notes);
    return { ...ast, oncePerItem: perItem[0] as string };
  }
  if (ast.kind === 'grade') {
    pool.use(...notes);
    return { ...ast, highest: true };
  }
  // (`三等功加10分、二等功加30分…。奖励分按最高分加分`: bonuses once each, said not to add up — the highest named.)
  if (ast.kind === 'composite' && ast.form === 'bonuses' && ast.cap === null) {
    if (ast.parts.length < 2 || ast.parts.some((p) => p.perOccurrence || p.amount === null)) return ast;
    pool.use(...notes);
    return highestOf(ast.parts.map((p) => [p.label, { type: 'points', points: p.amount as Decimal }]));
  }
  if (ast.kind !== 'checklist' || ast.mode !== 'items' || ast.items.length < 2) return ast;
  if (!ast.items.every((i) => i.points?.type === 'points')) return ast;
  pool.use(...notes);
  // (The items claimed their sum as the row's worth; alternatives are worth the highest.)
  const worth = ast.items.map((i) => (i.points as { points: Decimal }).points);
  const sum = pool.claims.findIndex((c) => c.eq(Decimal.sum(...worth)));
  if (sum !== -1) pool.claims.splice(sum, 1, Decimal.max(...worth));
  return highestOf(ast.items.map((i) => [i.desc, i.points as Outcome]));
}

/** Alternatives, each named and giving its outcome, as levels of which the highest named counts. */
function highestOf(named: readonly (readonly [string, Outcome])[]): RuleAst {
  const names = named.map(([name]) => name);
  const keys = levelEndings(names) ?? names;
  return {
    kind: 'grade',
    levels: named.map(([level, outcome], k) => ({ level, outcome, key: keys[k] })),
    highest: true,
  };
}

/** The most points a banded or stepped rule gives, when every outcome is a fixed number of points. */
function bestFixedPoints(ast: RuleAst): Decimal | null {
  const outcomes =
    ast.kind === 'bands'
      ? [...ast.bands.map((b) => b.outcome), ...(ast.otherwise ? [ast.otherwise] : [])]
      : ast.kind === 'linear' || ast.kind === 'twosided' || ast.kind === 'deadline'
        ? [ast.base]
        : [];
  if (outcomes.length === 0 || !outcomes.every((o) => o.type === 'points' || givesNothing(o))) return null;
  return Decimal.max(...outcomes.map((o) => (o.type === 'points' ? o.points : new Decimal(0))));
}

/**
 * One requirement sentence and, after it, only the points it is worth (`各村建立应急扑火队伍。(1分)`): a
 * yes/no question worth the weight (the points restate it and are checked). Numbers in the requirement
 * are its standard (`…要进行一次安全扑火培训`), as for counted breaches.
 */
function requirementWorth(pool: Pool): Assembly | null {
  const stated = pool.of('stated');
  // `3.保障工作经费。有专项工作经费,保证…运行。10分`: a title before the requirement names it (a numbered one, or
  // a short phrase with no pause in it), and says nothing to score.
  const [head, ...after] = pool.clauses;
  // (Not before a list of things, `…席位,相关名单、制度上墙`: several requirements, one denied, are the person's.)
  const titled =
    after.filter((c) => c.type === 'description' && !c.text.includes('、')).length === 1 &&
    ((head.type === 'item' && head.outcome === null && !/[,，;；\d]/.test(head.desc)) ||
      (head.type === 'description' &&
        !head.hasNumber &&
        !head.question &&
        head.text.length <= 10 &&
        !/[,，、的]/.test(head.text)));
  const body = titled ? after : pool.clauses;
  const said = body.filter((c): c is ClauseOf<'description'> => c.type === 'description');
  const rest = body.filter((c) => c.type !== 'stated' && c.type !== 'description');
  if (stated.length !== 1 || said.length !== 1 || rest.length > 0) return null;
  if (pool.clauses.indexOf(stated[0]) !== pool.clauses.length - 1) return null;
  const d = said[0];
  if (!plainRequirement(d)) return null;
  if (d.hasNumber) pool.standards.push(d);
  return {
    ast: { kind: 'checklist', mode: 'yesno', question: d.text, yes: fullOutcome(), no: { type: 'zero' } },
    rejected: [],
    statedWeights: [stated[0].points],
    standards: [...pool.standards],
  };
}

/** Words asking for something to be so, with nothing that scores or conditions them. */
function plainRequirement(d: ClauseOf<'description'>): boolean {
  return (
    !d.question &&
    !d.hasCondition &&
    !scoresInWords(d.text) &&
    // (`每100万元1分`: points per amount counted, not a requirement met or missed.)
    !EACH_AMOUNT_RE.test(d.text) &&
    !STANDARD_BLOCKERS.some((w) => d.text.includes(w))
  );
}

/**
 * One sentence asking for things and counts of things, then only the points it is worth (`成立人民调解中心,中心有
 * 3名以上专职人民调解员,能有效调解…。(4分)`): all met or not, a yes/no question as one requirement is. The counts
 * asked are part of the question; an answer giving counts is not read here.
 */
function countsAskedWorth(pool: Pool): Assembly | null {
  const stated = pool.of('stated');
  const said = pool.of('description');
  const asked = pool.of('requirement');
  if (stated.length !== 1 || pool.clauses.indexOf(stated[0]) !== pool.clauses.length - 1) return null;
  if (said.length === 0 || asked.length === 0) return null;
  if (said.length + asked.length + 1 !== pool.clauses.length) return null;
  if (asked.some((r) => r.cond.abs || scoresInWords(r.subject)) || !said.every(plainRequirement)) return null;
  pool.standards.push(...said.filter((d) => d.hasNumber));
  const question = pool.clauses
    .flatMap((c) => (c.type === 'description' ? [c.text] : c.type === 'requirement' ? [c.words] : []))
    .join('，');
  return {
    ast: {
      kind: 'checklist',
      mode: 'yesno',
      question,
      yes: fullOutcome(),
      no: { type: 'zero' },
      countsAsked: true,
    },
    rejected: [],
    statedWeights: [stated[0].points],
    standards: [...pool.standards],
  };
}

/**
 * `各村全年上报政务信息3条以上。(5分)`: one measured standard and, after it, only the points it is worth — the
 * points when the answer meets it, nothing when not (SPEC §3: a single condition is yes/no).
 */
function standardWorth(pool: Pool): Assembly | null {
  const stated = pool.of('stated');
  const asked = pool.of('requirement');
  const rest = pool.clauses.filter(
    (c) => c.type !== 'stated' && c.type !== 'requirement' && !(c.type === 'description' && !c.hasNumber),
  );
  if (stated.length !== 1 || asked.length !== 1 || rest.length > 0) return null;
  // (Words after the standard, `…不少于4次，并建立监督检查台账`, ask for something more.)
  if (pool.clauses.indexOf(stated[0]) !== pool.clauses.length - 1) return null;
  if (pool.clauses.indexOf(asked[0]) !== pool.clauses.length - 2) return null;
  const r = asked[0];
  if (r.cond.abs || scoresInWords(r.subject)) return null;
  pool.use(r, stated[0]);
  pool.useDescriptions();
  return oneBand(r.subject, r.cond, { type: 'points', points: stated[0].points }, [stated[0].points]);
}

/** One band met or not: its outcome when met, nothing when not. */
function oneBand(subject: string, cond: Condition, outcome: Outcome, statedWeights: Decimal[]): Assembly {
  // (A range of counts asked, `2-3次`: fewer than its low end is not met; more than its top is more than asked,
  // which the text does not price — the person's.)
  const below: Band[] =
    countRange(cond) && cond.lower !== null
      ? [
          {
            cond: {
              ...cond,
              lower: null,
              upper: { value: cond.lower.value, incl: false, explicit: true },
              text: '',
            },
            outcome: { type: 'zero' },
          },
        ]
      : [];
  return {
    ast: {
      kind: 'bands',
      subject,
      value: valueKindOf([cond]),
      bands: [{ cond, outcome }, ...below],
      otherwise: below.length > 0 ? null : { type: 'zero' },
    },
    rejected: [],
    statedWeights,
    standards: [],
  };
}

/**
 * A 评分标准 that only asks whether a measure reaches a value (`申报单位种植总面积是否达到1000亩以上`): reached
 * earns the row's worth, not reached nothing. (A question in words alone, `是否存在…`, `是否得到有效规范`,
 * says neither which way is good nor how much is enough: the person's.)
 */
function questionAsked(pool: Pool): Assembly | null {
  const rest = pool.clauses.filter((c) => !(c.type === 'description' && !c.hasNumber && !c.question));
  if (rest.length !== 1) return null;
  const [q] = rest;
  if (q.type !== 'requirement' || q.cond.abs) return null;
  // (`适龄学生义务教育入学率达100%`: a measured standard stated alone is asked the same way, SPEC §3's single
  // condition: met earns the row's worth.)
  const asked = q.subject.endsWith(QUESTION_WORD);
  const subject = asked ? q.subject.slice(0, -QUESTION_WORD.length) : q.subject;
  if (subject === '' || scoresInWords(subject)) return null;
  // (Stated, not asked: only when it is the whole text, on one measure — `有固定经费投入…。每年经费超过10万元`
  // asks more than the number, `资金和面积占比大于等于60%` of two measures. Words after it saying what the
  // thing is for, `…公共绿地，供村民休闲`, ask nothing more.)
  const purposes = pool.clauses.slice(1).filter((c) => c.type === 'description' && statesPurpose(c.text));
  if (
    !asked &&
    (pool.clauses.length !== 1 + purposes.length || pool.clauses[0] !== q || joinsMeasures(subject))
  )
    return null;
  pool.use(q);
  pool.useDescriptions();
  const band = oneBand(subject, q.cond, fullOutcome(), []);
  if (!asked && band.ast.kind === 'bands') band.ast.statedAlone = true;
  return band;
}

function statesPurpose(words: string): boolean {
  return PURPOSE_LEADS.some((w) => words.startsWith(w));
}

/**
 * Sentences that each score a measure of their own from full marks (`紧急问题结案率未达到100%的，每少一个
 * 百分点扣0.5分；按期结案率未达到95%的，…`): a composite of measures, when every sentence is such a rule
 * or only closes one (`扣完为止`), and the measures' names tell them apart.
 */
export function measures(sentences: Clause[][]): RuleAst | null {
  const parts: Measure[] = [];
  let faults: Extract<RuleAst, { kind: 'composite'; form: 'faults' } | { kind: 'perissue' }> | undefined;
  for (const clauses of sentences) {
    if (clauses.every((c) => c.type === 'cap' || c.type === 'maxDeduct')) continue;
    const { ast, rejected, statedWeights } = assemble(clauses);
    if (rejected.length > 0 || statedWeights.length > 0) return null;
    // `每瞒报漏报一宗违法用地扣0.5分` beside a measure: faults found, one sentence of them.
    const found =
      (ast.kind === 'perissue' || (ast.kind === 'composite' && ast.form === 'faults')) &&
      ast.base.type === 'full' &&
      faults === undefined;
    if (found) {
      faults = ast;
      continue;
    }
    if ((ast.kind !== 'linear' && ast.kind !== 'twosided') || ast.fromTarget || ast.base.type !== 'full')
      return null;
    parts.push({ subject: ast.subject, ast });
  }
  const names = parts.map((p) => p.subject);
  if (parts.length + (faults ? 1 : 0) < 2 || parts.length === 0 || names.some((n) => n === '')) return null;
  // `结案率` beside `按期结案率` is told apart by exact naming; two measures of one name are not.
  if (new Set(names).size !== names.length) return null;
  return { kind: 'composite', form: 'measures', parts, ...(faults ? { faults } : {}) };
}

/**
 * `有计划,得2分;有年终总结,得2分;无不得分`: after things each worth points, none of them (`无`, said last) gives
 * nothing — the items' own no, not a scale of levels. The level, or null.
 */
function noneOfTheChecks(pool: Pool): ClauseOf<'level'> | null {
  const checks = pool.of('check');
  const levels = pool.of('level');
  const last = pool.clauses[pool.clauses.length - 1];
  // (Each thing its own points: `得满分` beside them would be a scale of alternatives, not parts.)
  const none =
    checks.length > 1 &&
    checks.every((c) => c.outcome.type === 'points') &&
    levels.length === 1 &&
    levels[0] === last &&
    givesNothing(levels[0].outcome) &&
    NONE_AT_ALL.includes(levelLabel(levels[0].level));
  return none ? levels[0] : null;
}

function build(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  const bands = pool.of('band');
  const items = pool.of('item');
  const levels = pool.of('level');
  const checks = pool.of('check');
  if (pool.of('formula').length > 0) return formulaRule(pool);
  if (pool.of('rank').length > 0) return rankRule(pool);
  if (steps.length > 0 && steps.every((s) => s.bonus))
    return frequencyMet(pool) ?? proportionalAbove(pool) ?? bonusRule(pool) ?? linear(pool);
  if (checks.length > 0 && checks.every((c) => c.outcome.type === 'bonus')) return bonusList(pool);
  const measured =
    bands.length > 0 ||
    pool.of('requirement').length > 0 ||
    pool.of('standard').length > 0 ||
    steps.some((s) => s.from !== null);
  if (steps.length > 0 && measured)
    return (
      linear(pool) ??
      stepForEach(pool) ??
      counted(pool) ??
      deadline(pool) ??
      (bands.length > 0 ? standardElsewhere(pool) : null)
    );
  if (steps.length > 0)
    return deadline(pool) ?? counted(pool) ?? faults(pool) ?? fromTarget(pool) ?? standardElsewhere(pool);
  if (pool.of('eachItem').length > 0) return itemsEachWorth(pool, items);
  const listed = faults(pool);
  if (listed) return listed;
  if (items.some((i) => i.outcome !== null)) return checklistItems(pool, items);
  const completed = completedOrProportional(pool);
  if (completed) return completed;
  const scale = labelScale(pool);
  if (scale) return scale;
  const noneOfThem = noneOfTheChecks(pool);
  if (levels.length > 0 && bands.length === 0 && noneOfThem === null) return levelRule(pool);
  const counts = cleanCountBands(pool) ?? delayBands(pool);
  if (counts) return counts;
  // `有制度、有台账、有记录，各得1分`: each listed part earns the points.
  const parts = checks.length === 1 ? eachOf(faultLabel(checks[0].desc), true) : [];
  if (parts.length > 1 && isFixed(checks[0].outcome) && bands.length === 0) {
    pool.use(checks[0]);
    pool.useDescriptions();
    return {
      kind: 'checklist',
      mode: 'items',
      items: parts.map((desc, k) => ({
        n: k + 1,
        marker: itemMarker(k + 1),
        desc,
        points: checks[0].outcome,
      })),
    };
  }
  if (checks.length === 1 && pointsEach(checks[0].desc)) return null;
  if (checks.length === 1 && isFixed(checks[0].outcome) && bands.length === 0) {
    // `…，计1分；否则不得分`: the else restates the answer no; `否则扣1分` takes its points off the yes.
    const elses = pool.of('else');
    const no = elses.length === 1 && elses[0].outcome.type === 'deduct' ? elses[0] : null;
    pool.use(checks[0], ...elses.filter((e) => givesNothing(e.outcome) || e === no));
    // (`列入预算且有凭证的得1分` on a row of 2: the points a yes gives are the row's worth, or the rest is
    // unwritten.)
    const yes = checks[0].outcome;
    if (yes.type === 'points') pool.claims.push(yes.points);
    pool.useDescriptions();
    return {
      kind: 'checklist',
      mode: 'yesno',
      question: checks[0].desc,
      yes: checks[0].outcome,
      no: no?.outcome ?? { type: 'zero' },
      ...(elses.length === 1 ? { allAsked: true } : {}),
    };
  }
  const withMeasures = checksAndMeasures(pool);
  if (withMeasures) return withMeasures;
  if (checks.length > 1 && checks.every((c) => isFixed(c.outcome))) {
    // `建立清单的,计2.5分,否则计0分;建立台账的,计2.5分,否则计0分`: each item's own else, right after it.
    const elses = pool.of('else');
    const owned =
      elses.length === checks.length &&
      elses.every((e) => givesNothing(e.outcome)) &&
      checks.every((c, k) => pool.clauses[pool.clauses.indexOf(c) + 1] === elses[k]);
    if (owned) pool.use(...elses);
    if (noneOfThem !== null) pool.use(noneOfThem);
    // `市、县、乡、村成立领导小组各得0.25分;有办公场所和办公设施各得0.5分`: each thing a 各 closes earns the
    // points; a 各 over one thing names none of its own (`出台实施方案各得0.5分`, each of what came before).
    const items = checksAsItems(checks);
    if (items === null) return null;
    pool.use(...checks);
    pool.useDescriptions();
    claimParts(
      pool,
      items.map((i) => i.points as Outcome),
    );
    return {
      kind: 'checklist',
      mode: 'items',
      items,
      ...(noneOfThem !== null ? { none: noneOfThem.level } : {}),
    };
  }
  const props = pool.of('proportional');
  if (props.length > 0 && bands.length === 0) {
    pool.use(props[0], ...pool.of('countAs100'), ...pool.of('cap'));
    pool.useDescriptions();
    return { kind: 'proportional', subject: props[0].subject };
  }
  if (bands.length > 0) return bandRule(pool);
  return null;
}

/**
 * `按完成比例得分，如超额完成每超一个百分点加2分`: the share done up to 100%, and above it a bonus per
 * point — points past the weight, which the evaluation leaves to the person.
 */
function proportionalAbove(pool: Pool): RuleAst | null {
  const props = pool.of('proportional');
  const steps = pool.of('step');
  if (props.length !== 1 || steps.length !== 1 || pool.of('band').length > 0) return null;
  const s = steps[0];
  if (!s.pct || s.dir !== 'up' || s.from !== null || s.ofWeight) return null;
  pool.use(props[0], s);
  pool.useDescriptions();
  return { kind: 'proportional', subject: props[0].subject, above: { size: s.size, amount: s.amount } };
}

/**
 * `完成年度目标任务的，满分；未完成的，按完成比例得分`: the task done gives full marks, else the share
 * done — the weight × the completion rate, at most the weight.
 */
function completedOrProportional(pool: Pool): RuleAst | null {
  const otherwise = pool.of('else');
  const props = pool.of('proportional');
  const all = [...pool.of('check'), ...pool.of('level')];
  // (`…；未完成不得分` beside them: nothing done, the share 0 — said again.)
  const undone = all.filter(
    (c) => givesNothing(c.outcome) && /^(未|没有)(全部)?完成/.test(c.type === 'check' ? c.desc : c.level),
  );
  const named = all.filter((c) => !undone.includes(c));
  if (otherwise.length + props.length !== 1 || named.length !== 1 || pool.of('band').length > 0) return null;
  if (undone.length > 1) return null;
  const o = otherwise[0]?.outcome ?? { type: 'proportional', explicit: false };
  const done = named[0].outcome;
  if (o.type !== 'proportional' || o.explicit || o.line || (done.type !== 'full' && done.type !== 'points'))
    return null;
  // `完成…的得20分`: the whole done earns the row's worth, stated in points.
  if (done.type === 'points') pool.claims.push(done.points);
  pool.use(...otherwise, ...props, named[0], ...undone, ...pool.of('cap'));
  pool.useDescriptions();
  // (`掌握投放方法，得5分；随机抽查，按知晓率打分`: the rate named is the share.)
  return { kind: 'proportional', subject: props[0]?.subject ?? '完成比例' };
}

/**
 * `辖区未发生…事故的得满分；发生一起的该项不得分`: a clean result stated in words is the count 0, beside
 * bands on the count. A lone band on one occurrence reads "one or more" when nothing covers more.
 */
function cleanCountBands(pool: Pool): RuleAst | null {
  const bands = pool.of('band');
  const named = [...pool.of('check'), ...pool.of('level').map((l) => ({ ...l, desc: stateLabel(l) }))];
  if (bands.length === 0 || named.length !== 1 || !NONE_OCCURRED.test(named[0].desc)) return null;
  const counted = (c: Condition) => c.unit !== null && COUNT_UNITS.includes(c.unit) && onCount(c);
  if (!bands.every((b) => counted(b.cond) && isFixed(b.outcome)) || !isFixed(named[0].outcome)) return null;
  if (conditionTwice(bands)) return null;
  const zero = { value: new Decimal(0), incl: true, explicit: true };
  const open = (c: Condition): Condition =>
    bands.length === 1 &&
    c.lower !== null &&
    c.upper !== null &&
    !c.upper.explicit &&
    c.lower.value.eq(c.upper.value)
      ? { ...c, upper: null }
      : c;
  pool.use(...bands, ...pool.of('check'), ...pool.of('level'), ...pool.of('cap'));
  pool.useDescriptions();
  const unit = bands[0].cond.unit;
  return {
    kind: 'bands',
    subject: subjectOf(bands),
    value: { type: 'quantity', unit },
    bands: resolveBands([
      {
        cond: { lower: zero, upper: zero, text: '0', pct: false, unit, abs: false },
        outcome: named[0].outcome,
      },
      ...bands.map((b) => ({ cond: open(b.cond), outcome: b.outcome })),
    ]),
    otherwise: null,
  };
}

/**
 * Bands on a delay (SPEC §3 deadline, in bands): `按时完成计2分，延期1个月以内计1分，延期1个月以上不计分`,
 * `提前交图3天以上给5分；按合同交图期±3天(含3天)给4分；延期3至5天(含5天)给3分`. The input is the delay
 * (`延期2个月`, `按时`, `提前5天` as −5): early bands are flipped below 0, a spread either way (`±3天`)
 * spans 0, and the on-time state is the delay 0. Without early bands an early finish counts as on time.
 */
function delayBands(pool: Pool): RuleAst | null {
  const bands = pool.of('band');
  const named = [...pool.of('check'), ...pool.of('level').map((l) => ({ ...l, desc: stateLabel(l) }))];
  if (bands.length === 0 || named.length > 1 || (named[0] && !isFixed(named[0].outcome))) return null;
  const label = named[0] ? levelLabel(named[0].desc) : '';
  if (
    named[0] &&
    (!ON_TIME_STATES.some((w) => label.startsWith(w)) || NEGATIONS.some((n) => label.includes(n)))
  )
    return null;
  const unit = bands[0].cond.unit;
  if (unit === null || !TIME_UNITS.includes(unit)) return null;
  const early = (b: ClauseOf<'band'>) => EARLY_WORDS.some((w) => b.subject.includes(w));
  const late = (b: ClauseOf<'band'>) => DELAY_WORDS.some((w) => b.subject.includes(w));
  const fits = (b: ClauseOf<'band'>) =>
    b.cond.unit === unit && !b.cond.pct && isLevelOutcome(b.outcome) && early(b) !== (late(b) || b.cond.abs);
  if (!bands.every(fits)) return null;
  const signed = bands.some((b) => early(b) || b.cond.abs);
  const tiers = bands.length > 1 && bands.every((b) => b.outcome.type === 'deduct');
  if (!signed && named.length === 0 && !tiers) return null;
  pool.use(...bands, ...pool.of('check'), ...pool.of('level'), ...pool.of('cap'));
  pool.useDescriptions();
  const zero = { value: new Decimal(0), incl: true, explicit: true };
  const onTime: Band[] = named.map((n) => ({
    cond: { lower: zero, upper: zero, text: n.desc, pct: false, unit, abs: false },
    outcome: n.outcome,
  }));
  // `迟报1天扣3分，迟报2天扣10分`: tiers that deduct leave on time with nothing deducted.
  if (onTime.length === 0 && bands.every((b) => b.outcome.type === 'deduct'))
    onTime.push({
      cond: { lower: zero, upper: zero, text: '按时', pct: false, unit, abs: false },
      outcome: fullOutcome(),
    });
  return {
    kind: 'bands',
    subject: '延期',
    value: { type: 'delay', unit, signed },
    bands: resolveBands([
      ...onTime,
      ...bands.map((b) => ({ cond: signedDelay(b, early(b)), outcome: b.outcome })),
    ]),
    otherwise: null,
  };
}

/** A band's condition on the signed delay: `提前3天以上` is ≤ −3, `±3天` is −3 to 3; its words kept for notes. */
function signedDelay(b: ClauseOf<'band'>, early: boolean): Condition {
  const text = `${b.subject}${b.cond.text}`;
  const negated = (x: Bound | null): Bound | null => x && { ...x, value: x.value.negated() };
  const c = b.cond;
  if (c.abs) return { ...c, abs: false, lower: negated(c.upper), text };
  return early ? { ...c, lower: negated(c.upper), upper: negated(c.lower), text } : { ...c, text };
}

/** `方案科学(2分)、措施可行(1分)`: items without markers of their own are numbered in order. */
function numberPointedItems(clauses: Clause[]): Clause[] {
  let n = 0;
  return clauses.map((c) => (c.type === 'item' && c.marker === '' ? { ...c, n: ++n } : c));
}

const PER_PERIOD_SHORT_RE = new RegExp(`^每(${PERIOD_WORDS.join('|')}).*(少于|低于|不足|未达到)`);

function attachOrphanOutcomes(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  // `(1)…有明确体现。(1分)(2)…有专项经费。(1分)`: among several items, points closing one are its own.
  const items = clauses.filter((c) => c.type === 'item').length;
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (c.type === 'outcome' && prev?.type === 'item' && prev.outcome === null && isFixed(c.outcome)) {
      out[out.length - 1] = { ...prev, outcome: c.outcome, span: [prev.span[0], c.span[1]] };
    } else if (c.type === 'stated' && items > 1 && prev?.type === 'item' && prev.outcome === null) {
      const outcome: Outcome = { type: 'points', points: c.points };
      out[out.length - 1] = { ...prev, outcome, span: [prev.span[0], c.span[1]] };
    } else if (
      c.type === 'outcome' &&
      prev?.type === 'description' &&
      (c.outcome.type === 'deduct' || givesNothing(c.outcome)) &&
      PER_PERIOD_SHORT_RE.test(prev.text)
    ) {
      // `每季度研究…少于1次的，扣5分`: a requirement per period, short of it — a fault like any other.
      out[out.length - 1] = {
        type: 'check',
        desc: prev.text,
        outcome: c.outcome,
        span: [prev.span[0], c.span[1]],
      };
    } else if (c.type === 'check' && c.per !== undefined && c.desc === '' && prev?.type === 'description') {
      // `路灯管理不到位,视情况每处扣0.1-0.5分`: the words before name what each one is.
      out[out.length - 1] = { ...c, desc: prev.text.replace(/的$/, ''), span: [prev.span[0], c.span[1]] };
    } else if (c.type === 'outcome' && prev?.type === 'requirement' && isFixed(c.outcome)) {
      // `有五处及以上逻辑审核错误，不得分`: the words after the condition, then its outcome.
      out[out.length - 1] = {
        type: 'band',
        subject: prev.subject,
        cond: prev.cond,
        outcome: c.outcome,
        span: [prev.span[0], c.span[1]],
      };
    } else {
      out.push(c);
    }
  }
  return out;
}

/**
 * `实际成本控制在预算以内，得3分；超出预算5%以内，得2分…`, `…；每超出1%扣0.5分`: beside conditions on an
 * overrun in percent, the one state inside the budget is the overrun at most 0.
 */
function withinAsZero(clauses: Clause[]): Clause[] {
  const over = (words: string) => OVERRUN_WORDS.some((w) => words.includes(w));
  const measured = clauses.filter(
    (c) =>
      (c.type === 'band' && c.cond.pct && over(c.subject)) || (c.type === 'step' && c.pct && c.dir === 'up'),
  );
  const within = clauses.filter((c) => c.type === 'check' && WITHIN_RE.test(c.desc) && isFixed(c.outcome));
  if (measured.length === 0 || within.length !== 1) return clauses;
  const check = within[0] as ClauseOf<'check'>;
  // The overrun's name: the bands', else the words that announce the steps (`超出预算的，每超出1%…`).
  const named = clauses.find((c) => c.type === 'description' && over(c.text));
  const subject =
    subjectOf(measured.flatMap((c) => (c.type === 'band' ? [c] : []))) ||
    (named?.type === 'description' ? named.text.replace(/的$/, '') : OVERRUN_WORDS[0]);
  const zero = { value: new Decimal(0), incl: true, explicit: true };
  const band: Clause = {
    type: 'band',
    subject,
    cond: { lower: null, upper: zero, text: check.desc, pct: true, unit: null, abs: false },
    outcome: check.outcome,
    span: check.span,
  };
  return clauses.map((c) => (c === check ? band : c));
}

/**
 * `完成下达指标得基本分，每降低10%扣1分`, `完成得基本分10分，多完成1%加1分，少完成1%扣1分`: beside steps in
 * percent, the task done (in words) is the completion rate 100% — the threshold the steps count from.
 * A step that says only what is short (`每少一个百分点`) goes down from it.
 */
/** Words that compare or move a value (`大于`, `每增加`): beside a target's name, steps count from it. */
const COMPARING_WORDS = [...COMPARATOR_WORDS.map(([w]) => w), ...DIRECTION_WORDS.map(([w]) => w)];

function doneAsHundred(clauses: Clause[]): Clause[] {
  const steps = clauses.filter((c): c is ClauseOf<'step'> => c.type === 'step');
  const named = clauses.filter(
    (c): c is ClauseOf<'check'> | ClauseOf<'level'> => c.type === 'check' || c.type === 'level',
  );
  if (steps.length === 0 || named.length !== 1) return clauses;
  if (clauses.some((c) => c.type === 'requirement' || c.type === 'standard')) return clauses;
  // (`大于目标值的，每增加1%加1分`: steps counted from the row's 年度指标值, not from 100%.)
  const around = [
    ...clauses.flatMap((c) => (c.type === 'description' ? [c.text] : [])),
    ...steps.map((s) => s.label + s.words),
  ];
  const fromTargetWords = (t: string) =>
    TARGET_NAME_WORDS.some((w) => t.includes(w)) && COMPARING_WORDS.some((w) => t.includes(w));
  const countsFromTarget = steps.some((s) => TARGET_NAME_WORDS.some((w) => (s.label + s.words).includes(w)));
  // (`完成年度任务得满分，满意度每降低1个百分点扣1分`: the step measures another rate, not the task done.)
  const otherMeasure = steps.some(
    (s) => /(率|度|比例|占比)/.test(s.label + s.words) && !/完成/.test(s.label + s.words),
  );
  if (countsFromTarget || otherMeasure || around.some(fromTargetWords)) return clauses;
  const done = named[0];
  const words = done.type === 'check' ? done.desc : done.subject + done.level;
  // (`出口交货值:完成下达指标`: a heading before a colon names the measure; `重点新建…绿化,全面完成
  // 新造林面积`: the words before the last comma describe the work.)
  const said = words.replace(/^[^:：]{1,12}[:：]/, '').replace(/^.*[,，]/, '');
  const completes = /^(全面|全部|按要求|按计划|如期)?完成/.test(said) && !/按时|及时/.test(said);
  if (!completes || !isFixed(done.outcome) || givesNothing(done.outcome)) return clauses;
  if (clauses.some((c) => c.type === 'band' && (!c.cond.pct || !givesNothing(c.outcome)))) return clauses;
  const way = (s: ClauseOf<'step'>): StepClause['dir'] => {
    if (s.dir !== null) return s.dir;
    const text = s.label + s.words;
    return MISSING_WORDS.some((w) => text.includes(w)) ? 'down' : null;
  };
  const sided = steps.map(way);
  if (
    steps.some((s, k) => !s.pct || s.from !== null || sided[k] === null || sided[k] === 'both') ||
    steps.some((s, k) => (sided[k] === 'up') !== s.bonus)
  )
    return clauses;
  const hundred: Condition = {
    lower: { value: new Decimal(100), incl: true, explicit: false },
    upper: null,
    text: '完成（100%）',
    pct: true,
    unit: null,
    abs: false,
  };
  const band: Clause = {
    type: 'band',
    subject: '完成率',
    cond: hundred,
    outcome: done.outcome,
    span: done.span,
  };
  return clauses.map((c) => {
    if (c === done) return band;
    const k = steps.indexOf(c as ClauseOf<'step'>);
    return k === -1 ? c : { ...(c as ClauseOf<'step'>), dir: sided[k] };
  });
}

/**
 * `确保污水处理率达80%以上，否则不得分`, `生育率达82%以上。82%以下的记零分`, `查处案件10例以上；否则按完成比例
 * 得分`: a requirement with no outcome of its own, beside only what falls short of it (an else, or bands
 * that give nothing on its other side), is the band that gives full marks.
 */
function requirementMet(clauses: Clause[]): Clause[] {
  const reqs = clauses.filter((c): c is ClauseOf<'requirement'> => c.type === 'requirement');
  if (reqs.length !== 1) return clauses;
  const req = reqs[0];
  const lower = req.cond.lower;
  const upper = req.cond.upper;
  const short = (c: Clause): boolean => {
    if (c.type === 'else') return true;
    if (c.type !== 'band' || !givesNothing(c.outcome) || c.cond.pct !== req.cond.pct) return false;
    if (c.cond.unit !== req.cond.unit) return false;
    // Below a floor or above a ceiling, and nowhere inside what the requirement asks.
    if (lower !== null && upper === null)
      return c.cond.lower === null && c.cond.upper !== null && c.cond.upper.value.lte(lower.value);
    if (upper !== null && lower === null)
      return c.cond.upper === null && c.cond.lower !== null && c.cond.lower.value.gte(upper.value);
    return false;
  };
  const others = clauses.filter((c) => c !== req && c.type !== 'description' && c.type !== 'stated');
  if (others.length === 0 || !others.every(short) || others.filter((c) => c.type === 'else').length > 1)
    return clauses;
  if (clauses.indexOf(req) > Math.min(...others.map((c) => clauses.indexOf(c)))) return clauses;
  const band: Clause = {
    type: 'band',
    subject: req.subject,
    cond: req.cond,
    outcome: fullOutcome(),
    span: req.span,
  };
  return clauses.map((c) => (c === req ? band : c));
}

/**
 * `1亿元以上得10分，5000万元-1亿元得6分`: conditions in two units of one kind (money, people) are compared
 * in the first one's unit. (Units of different kinds stay as written; the families refuse to mix them.)
 */
function oneUnit(written: Clause[]): Clause[] {
  const clauses = bareTenThousands(written);
  const conds = clauses.flatMap((c) =>
    c.type === 'band' || c.type === 'requirement' || c.type === 'standard' ? [c.cond] : [],
  );
  const first = conds.find((c) => c.unit !== null && rescale(new Decimal(1), c.unit, c.unit) !== null)?.unit;
  if (first === undefined || first === null || conds.every((c) => c.unit === null || c.unit === first))
    return clauses;
  const moved = (b: Bound | null, from: string): Bound | null => {
    const v = b === null ? null : rescale(b.value, from, first);
    return b === null || v === null ? b : { ...b, value: v };
  };
  return clauses.map((c) => {
    if (c.type !== 'band' && c.type !== 'requirement' && c.type !== 'standard') return c;
    const from = c.cond.unit;
    if (from === null || from === first || rescale(new Decimal(1), from, first) === null) return c;
    return {
      ...c,
      cond: { ...c.cond, unit: first, lower: moved(c.cond.lower, from), upper: moved(c.cond.upper, from) },
    };
  });
}

/** `30万以上得7分;25-30万人次得6分`: a bare 万 beside conditions all in one unit of 万 (`万人次`) is that unit. */
function bareTenThousands(clauses: Clause[]): Clause[] {
  const measured = (c: Clause) => c.type === 'band' || c.type === 'requirement' || c.type === 'standard';
  const units = new Set(
    clauses.flatMap((c) => (measured(c) && 'cond' in c && c.cond.unit !== null ? [c.cond.unit] : [])),
  );
  const tens = [...units].filter((u) => u.startsWith('万') && u !== '万');
  if (!units.has('万') || tens.length !== 1 || units.size !== 2) return clauses;
  return clauses.map((c) =>
    measured(c) && 'cond' in c && c.cond.unit === '万' ? { ...c, cond: { ...c.cond, unit: tens[0] } } : c,
  );
}

/** `±5%以内得满分，超过10%不得分`: once one condition is written with ±, every condition reads the absolute value. */
function spreadAbsolute(clauses: Clause[]): Clause[] {
  if (!clauses.some(absolute)) return clauses;
  // `提前3天以上`, `延期5天以上`: a band that names its side is not a distance either way.
  const sided = (subject: string) => [...EARLY_WORDS, ...DELAY_WORDS].some((w) => subject.includes(w));
  return clauses.map((c) =>
    (c.type === 'band' || c.type === 'requirement') && !sided(c.subject)
      ? { ...c, cond: { ...c.cond, abs: true } }
      : c,
  );
}

/**
 * `完毕率100以上(10分)完毕率75以上(9-8分)…`: conditions on a rate written as bare numbers, none with % or a unit, are
 * percentages — when the numbers are a percentage's (none above 100, the top at least 50; `周转率3以上` stays a bare
 * number).
 */
function bareRates(clauses: Clause[]): Clause[] {
  const measured = clauses.filter(
    (c): c is ClauseOf<'band'> | ClauseOf<'requirement'> => c.type === 'band' || c.type === 'requirement',
  );
  const bounds = measured.flatMap((c) =>
    [c.cond.lower, c.cond.upper].flatMap((b) => (b === null ? [] : [b.value])),
  );
  const bare =
    measured.length > 0 &&
    !clauses.some((c) => c.type === 'standard') &&
    measured.every((c) => !c.cond.pct && c.cond.unit === null && c.subject !== '' && isRateName(c.subject)) &&
    bounds.length > 0 &&
    bounds.every((v) => v.gte(0) && v.lte(100)) &&
    Decimal.max(...bounds).gte(50);
  if (!bare) return clauses;
  return clauses.map((c) =>
    c.type === 'band' || c.type === 'requirement' ? { ...c, cond: { ...c.cond, pct: true } } : c,
  );
}

/** A band or requirement written with ± (`±5%以内`): on the absolute value. */
function absolute(c: Clause): c is ClauseOf<'band'> | ClauseOf<'requirement'> {
  return (c.type === 'band' || c.type === 'requirement') && c.cond.abs;
}

/**
 * `预算完成率超出正负10%不得分`, `执行率在±5%以内`: ± on a rate of completion spreads about the plan, 100% — the
 * only distance a completion rate has. (On other levels the plan is unsaid: refused by `assemble`.)
 */
function aboutThePlan(clauses: Clause[]): Clause[] {
  return clauses.map((c) =>
    absolute(c) &&
    c.cond.pct &&
    PLANNED_RATE_WORDS.some((w) => c.subject.endsWith(w)) &&
    !DEVIATION_WORDS.some((w) => c.subject.includes(w))
      ? { ...c, cond: { ...c.cond, about: new Decimal(100) } }
      : c,
  );
}

function valueKindOf(conds: { pct: boolean; unit: string | null }[]): ValueKind {
  if (conds.some((c) => c.pct)) return { type: 'rate' };
  return { type: 'quantity', unit: conds.find((c) => c.unit !== null)?.unit ?? null };
}

function subjectOf(bands: { subject: string }[]): string {
  return bands.find((b) => b.subject !== '')?.subject ?? '';
}

/**
 * Conditions on different measures (`资金到位率100%得4分，到位及时率100%得2分`) are parts of a composite
 * rule, not bands of one input. Subjects agree when one names the other (`预算执行率` / `执行率`).
 */
const REFERRING_RE = new RegExp(alternatives(REFERRING_WORDS), 'g');

function oneMeasure(subjects: string[]): boolean {
  // `完成数量在计划数的` and `完成数量占计划数的` name one measure: particles do not tell measures apart.
  // (`符合上述标准` and `符合标准`: a word pointing back names nothing more.)
  const named = [
    ...new Set(
      subjects.map((s) => s.replace(/[在的占]/g, '').replace(REFERRING_RE, '')).filter((s) => s !== ''),
    ),
  ];
  return named.every((a) => named.every((b) => a.includes(b) || b.includes(a)));
}

/**
 * `Ⅰ类高价值知识产权1项以上(20分)；自主研发的Ⅰ类知识产权1项以上(15分)`: one condition written twice — bands of
 * different things, which the value alone cannot tell apart.
 */
function conditionTwice(bands: ClauseOf<'band'>[]): boolean {
  const same = (a: Condition, b: Condition) => conditionText(a) === conditionText(b) && a.unit === b.unit;
  return bands.some((a, i) => bands.some((b, j) => j > i && same(a.cond, b.cond)));
}

/** Conditions all in percent, or all in one unit (or none): `=2次` and `>90%` measure different things. */
function oneScale(all: Condition[]): boolean {
  // (`=0` beside `0-10%(含)`: nothing is nothing in any unit.)
  const conds = all.filter((c) => ![c.lower, c.upper].every((b) => b === null || b.value.isZero()));
  const first = conds[0];
  return conds.every(
    (c) =>
      c.pct === first.pct &&
      (c.pct ||
        c.unit === null ||
        first.unit === null ||
        rescale(new Decimal(1), c.unit, first.unit) !== null),
  );
}

/** `一项`, `1次` as a band's whole condition: one of a thing, not a band with a bound a person chose. */
function isOneOf(c: Condition): boolean {
  return (
    onCount(c) &&
    c.unit !== null &&
    c.lower !== null &&
    c.upper !== null &&
    !c.lower.explicit &&
    !c.upper.explicit &&
    c.lower.value.eq(1) &&
    c.upper.value.eq(1)
  );
}

/**
 * `一项可得2分，最高不超过6分`: points for one of a thing, with a ceiling above them, are points per
 * thing (a bonus step), not a band on exactly one.
 */
function perOneGained(clauses: Clause[]): Clause[] {
  const bands = clauses.filter((c): c is ClauseOf<'band'> => c.type === 'band');
  const ceiling = clauses.some((c) => c.type === 'limit' || c.type === 'bonusCap');
  if (bands.length !== 1 || !ceiling || !isOneOf(bands[0].cond) || bands[0].outcome.type !== 'points')
    return clauses;
  const b = bands[0];
  const step: Clause = {
    type: 'step',
    dir: null,
    size: new Decimal(1),
    pct: false,
    unit: b.cond.unit,
    words: b.subject,
    amount: (b.outcome as { points: Decimal }).points,
    ofWeight: false,
    bonus: true,
    label: '',
    single: true,
    from: null,
    span: b.span,
  };
  return clauses.map((c) => (c === b ? step : c));
}

/** `3项标准均不符合`, `均不满足`, `都未达到`: none of what is counted (the count of things, then a denial of all). */
const NONE_MET_RE = /^(?:\d+项[^均都全不未没]{0,4})?(?:均|都|全部|全)(?:不|未|没有)(.+)$/;
const ZERO_BOUND = { value: new Decimal(0), incl: true, explicit: true };

function bandRule(pool: Pool): RuleAst | null {
  const bands = pool.of('band');
  if (!oneMeasure(bands.map((b) => b.subject)) || !oneScale(bands.map((b) => b.cond))) return null;
  // `山区…300户及以上的得10分…；其它地区…450户及以上的得10分…`: two tables of bands, for cases the input
  // does not tell apart — the same points open upward (or downward) twice.
  const open = (b: ClauseOf<'band'>) =>
    b.cond.upper === null ? 'up' : b.cond.lower === null ? 'down' : null;
  const twice = bands.some((a, i) =>
    bands.some(
      (b, j) =>
        j > i &&
        open(a) !== null &&
        open(a) === open(b) &&
        isFixed(a.outcome) &&
        JSON.stringify(a.outcome) === JSON.stringify(b.outcome) &&
        !(a.cond.lower ?? a.cond.upper)?.value.eq((b.cond.lower ?? b.cond.upper)?.value ?? -1),
    ),
  );
  if (twice) return null;
  if (conditionTwice(bands)) return null;
  // `开展一次得1分` alone: per time, or once and no more? Not a band that gives nothing at two.
  if (bands.length === 1 && isOneOf(bands[0].cond) && pool.of('else').length === 0) return null;
  // `单起受害面积30亩以上的扣10分，扣完为止` is a penalty per event, not a band of one input; on a rate
  // (`差错率为3%~5%的，扣0.1分；超过5%的，扣0.2分`) each band deducts from the weight, and a rate outside
  // them loses nothing.
  // (`…10%以上不得分` closing such bands takes the whole weight.)
  // (`办证量不足80件的扣5分`, `少于2次的扣3分`: falling short of a count or an amount, likewise — but a count
  // of issues above a number is an escalation, not read here.)
  const shortOfIt = (c: Condition) => c.lower === null && c.upper !== null;
  const deducting =
    bands.every(
      (b) => (b.outcome.type === 'deduct' || givesNothing(b.outcome)) && (b.cond.pct || shortOfIt(b.cond)),
    ) && bands.some((b) => b.outcome.type === 'deduct');
  if (!deducting && bands.some((b) => b.outcome.type === 'deduct' || b.outcome.type === 'bonus')) return null;
  if (deducting && (pool.of('else').length > 0 || pool.of('cap').length > 0)) return null;
  const otherwise = pool.of('else')[0] ?? null;
  // `稿件1件以上记2分(不投稿不得分)`: beside one band on doing a thing at all (a count from 1), its denial
  // giving nothing is the count 0 — "unmet gives nothing" restated. (On a rate, `未化解不得分` beside
  // `化解率达100%` says nothing of 95%.)
  const denial = pool.of('check');
  const fromOne = (c: Condition) =>
    !c.pct && c.unit !== null && c.upper === null && c.lower !== null && c.lower.value.eq(1) && c.lower.incl;
  const restatesUnmet =
    bands.length === 1 &&
    otherwise === null &&
    fromOne(bands[0].cond) &&
    !givesNothing(bands[0].outcome) &&
    denial.length === 1 &&
    givesNothing(denial[0].outcome) &&
    NEGATIONS.some((n) => denial[0].desc.startsWith(n));
  // `有常设的办公地点,面积在15平方米以上的,得2分;不足15平方米的,得1分;没有办公地点的,不得分`: the thing the bands
  // measure, named before them, not there at all gives nothing — the answer's `没有办公地点`.
  const thingAbsent =
    !restatesUnmet &&
    otherwise === null &&
    bands.length > 0 &&
    bands.every((b) => !b.cond.pct && isFixed(b.outcome) && !givesNothing(b.outcome)) &&
    denial.length === 1 &&
    givesNothing(denial[0].outcome) &&
    absentThingNamedBefore(pool, denial[0], bands[0]);
  if (restatesUnmet || thingAbsent) pool.use(denial[0]);
  const noneWords = restatesUnmet ? denial[0].desc.replace(/的$/, '') : undefined;
  const absent = thingAbsent
    ? { words: denial[0].desc.replace(/的$/, ''), outcome: denial[0].outcome }
    : undefined;
  // `符合3项标准为3分；…符合1项标准为1分；3项标准均不符合为0分`, `完成3项任务得3分；…均未完成不得分`: beside bands
  // on how many were met, none covering 0, none of them met — giving nothing — is the count 0.
  const countFromOne = (c: Condition) =>
    !c.pct && c.unit !== null && COUNT_UNITS.includes(c.unit) && c.lower !== null && c.lower.value.gte(1);
  const denials = [
    ...denial.map((d) => ({ clause: d as Clause, text: d.desc, outcome: d.outcome })),
    ...pool.of('level').map((l) => ({ clause: l as Clause, text: stateLabel(l), outcome: l.outcome })),
  ];
  const noneMet =
    bands.length > 1 && bands.every((b) => countFromOne(b.cond)) && otherwise === null && denials.length === 1
      ? NONE_MET_RE.exec(denials[0].text)
      : null;
  const verb = subjectOf(bands).slice(0, 2);
  const zeroBand: Band[] =
    noneMet !== null && givesNothing(denials[0].outcome) && verb.length === 2 && noneMet[1].startsWith(verb)
      ? [
          {
            cond: { ...bands[0].cond, lower: ZERO_BOUND, upper: ZERO_BOUND, text: `0${bands[0].cond.unit}` },
            outcome: denials[0].outcome,
          },
        ]
      : [];
  if (zeroBand.length > 0) pool.use(denials[0].clause);
  const whole = wholeDoneBand(pool, bands);
  // `完成得10分，完成90%得9分，完成80%得8分，依次类推`: the table goes on as it runs, down to nothing.
  const soOn = pool.of('description').find((d) => SO_ON_WORDS.includes(d.text));
  const extended = soOn ? goingOn([...(whole ? [whole] : []), ...bands]) : [];
  if (soOn && extended.length === 0) return null;
  pool.use(...bands, ...pool.of('countAs100'), ...pool.of('cap'), ...(soOn ? [soOn] : []));
  if (otherwise) pool.use(otherwise);
  pool.useDescriptions();
  // `执行率≥100%，得2分` alone reads as a condition met or not, like a single checklist condition:
  // unmet gives nothing. (Between two or more bands an uncovered input is a gap, not a zero.)
  // `低于5个项目本项不计分` alone: what it does not cover gets full marks.
  const single = deducting
    ? fullOutcome()
    : bands.length === 1 && whole === null
      ? givesNothing(bands[0].outcome)
        ? fullOutcome()
        : ({ type: 'zero' } as const)
      : null;
  // (Going on by rote names the floors, not what lies between them: 85% beside `90%得9分，80%得8分，依次类推` is
  // the person's — each floor below the top one is exact.)
  const exactBelowTop = (list: Band[]): Band[] => {
    if (!soOn) return list;
    const top = Decimal.max(...list.flatMap((b) => (b.cond.lower ? [b.cond.lower.value] : [])));
    return list.map((b) =>
      b.cond.lower !== null && b.cond.upper === null && !b.cond.lower.value.eq(top)
        ? { ...b, cond: { ...b.cond, upper: { ...b.cond.lower, incl: true, explicit: true } } }
        : b,
    );
  };
  const resolved = resolveBands(
    exactBelowTop([
      ...(whole ? [whole] : []),
      ...bands.map((b): Band => ({ cond: b.cond, outcome: b.outcome })),
      ...zeroBand,
      ...extended,
    ]),
  );
  // `10%-20%之间按比例计分` read as neither a share of the band above nor a fall between its neighbours: the
  // person's, between its neighbours' points when both are written, else the rule is not read.
  const outcomes = resolved.map((b, n) => {
    const o = relativeBelow(b.outcome, b.cond, resolved);
    return o?.type === 'proportional' && !o.explicit && !asShare(o, resolved[n].cond, resolved)
      ? shareUnsaid(b.cond, resolved)
      : o;
  });
  if (outcomes.some((o) => o === null)) return null;
  // `…为100%的得满分,小于或等于90%的得0分,其余按线性内插赋分`: the rest is the one gap between two bands, a line.
  const gap = otherwise !== null && isLine(otherwise.outcome) ? lineInGap(resolved) : undefined;
  if (gap === null) return null;
  // `控制率≤100%计5分，否则按比例计分`: past a ceiling the input grows as it gets worse, so the input × the
  // weight would pay more for more of it; which share is meant is not written.
  const rest = otherwise === null || gap ? null : relativeOtherwise(otherwise.outcome, resolved);
  if (
    rest?.type === 'proportional' &&
    !rest.explicit &&
    rest.per === undefined &&
    resolved.some((b) => b.cond.lower === null && b.cond.upper !== null)
  )
    return null;
  return {
    kind: 'bands',
    subject: subjectOf(bands),
    value: valueKindOf(bands.map((b) => b.cond)),
    bands: [...resolved.map((b, n) => ({ ...b, outcome: outcomes[n] as Outcome })), ...(gap ? [gap] : [])],
    otherwise: gap ? null : (rest ?? single),
    ...(noneWords !== undefined ? { noneWords } : {}),
    ...(absent !== undefined ? { absent } : {}),
  };
}

/** `没有办公地点` beside bands after `有常设的办公地点`: the thing denied is one the words before the bands name. */
function absentThingNamedBefore(pool: Pool, denial: ClauseOf<'check'>, first: ClauseOf<'band'>): boolean {
  const thing = /^(?:没有|无)([\u4e00-\u9fff]{2,8}?)的?$/.exec(denial.desc)?.[1];
  if (thing === undefined) return false;
  const before = pool.clauses.slice(0, pool.clauses.indexOf(first));
  return before.some((c) => c.type === 'description' && !c.hasNumber && c.text.includes(thing));
}

/**
 * Bands `≥100%得10分`, `≥90%得9分`, `≥80%得8分` then `依次类推`: three or more floors an equal way apart, their
 * points an equal way apart, go on the same way down to the floor that gives nothing. [] when the bands do not
 * run so.
 */
function goingOn(bands: Band[]): Band[] {
  const floors = bands
    .map((b) => ({ b, at: b.cond.lower, pts: b.outcome.type === 'points' ? b.outcome.points : null }))
    .filter((f) => f.b.cond.upper === null && f.at !== null && f.pts !== null);
  if (floors.length < 3 || floors.length !== bands.length) return [];
  floors.sort((x, y) => (y.at as Bound).value.cmp((x.at as Bound).value));
  const gap = (floors[0].at as Bound).value.minus((floors[1].at as Bound).value);
  const drop = (floors[0].pts as Decimal).minus(floors[1].pts as Decimal);
  const even = floors.every(
    (f, k) =>
      k === 0 ||
      ((floors[k - 1].at as Bound).value.minus((f.at as Bound).value).eq(gap) &&
        (floors[k - 1].pts as Decimal).minus(f.pts as Decimal).eq(drop)),
  );
  if (!even || !gap.gt(0) || !drop.gt(0)) return [];
  const last = floors[floors.length - 1];
  const template = last.b.cond;
  const out: Band[] = [];
  let at = (last.at as Bound).value.minus(gap);
  let pts = (last.pts as Decimal).minus(drop);
  // (Down to the floor that gives nothing, as long as it is not below 0.)
  while (!pts.isNegative() && !at.isNegative()) {
    out.push({
      cond: { ...template, lower: { value: at, incl: true, explicit: true }, text: `${formatPlain(at)}` },
      outcome: pts.isZero() ? { type: 'zero' } : { type: 'points', points: pts },
    });
    at = at.minus(gap);
    pts = pts.minus(drop);
  }
  return out;
}

/**
 * `资金全部到位(14分)到位率在75%以上(10分到13分)…`: beside bands on a rate, the one state named as the
 * whole done (`全部到位`, `完成`, without a degree word) is the rate 100%.
 */
function wholeDoneBand(pool: Pool, bands: ClauseOf<'band'>[]): Band | null {
  if (!bands.every((b) => b.cond.pct)) return null;
  const named = namedStates(pool);
  if (named.length !== 1 || !isFixed(named[0].outcome)) return null;
  const label = levelLabel(named[0].label);
  const word = WHOLE_DONE_WORDS.find((w) => label.endsWith(w));
  const before = word === undefined ? '' : label.slice(0, -word.length);
  // `完成年度计划的得满分` beside `完成计划80%以上的…`: the task named after the verb, done whole.
  // (`达到目标任务得满分`: the target reached, said with 达到.)
  const reaches =
    /^(全部|全面)?完成/.test(label) ||
    (/^达到/.test(label) && TARGET_NAME_WORDS.some((w) => label.includes(w)));
  // (`门急诊工作量达到要求,得满分` beside `门急诊量≥规定数的80%,得2分`: the bands are shares of what is required, so
  // the requirement met is the whole of it.)
  const sharesOfRequired = bands.every((b) => /的\d/.test(b.cond.text) || /占.+的$/.test(b.subject));
  const required = sharesOfRequired && REQUIREMENT_MET_RE.test(label);
  const task = (reaches || required) && ![...NEGATIONS, ...DEGREE_WORDS].some((d) => label.includes(d));
  if ((word === undefined && !task) || [...NEGATIONS, ...DEGREE_WORDS].some((d) => before.endsWith(d)))
    return null;
  pool.use(named[0].clause);
  const hundred = { value: new Decimal(100), incl: true, explicit: true };
  return {
    cond: { lower: hundred, upper: null, text: named[0].label, pct: true, unit: null, abs: false },
    outcome: named[0].outcome,
  };
}

/** `…达到要求`, `符合要求(含协同单位)`: the requirement met, said of the whole row. */
const REQUIREMENT_MET_RE = /(?:达到|符合|满足)要求(?:\([^()]*\))?$/;

/**
 * `拨付率≥90%的得满分，不足90%的按比例计分`: `按比例` (without a written product) below a band that starts
 * at T scores that band's points × input ÷ T, so the score is continuous at T.
 * `≤10%得满分，10%-20%之间按比例扣分，≥20%不得分`: between a band that gives more below it and one that gives
 * less above it, the points fall straight from one to the other.
 */
function relativeBelow(o: Outcome, cond: Condition, bands: Band[]): Outcome | null {
  if (o.type === 'proportional' && o.line === true) return fallBetween(cond, bands, true);
  if (o.type !== 'proportional' || o.explicit || cond.upper === null) return o;
  const falling = fallBetween(cond, bands);
  if (falling !== null) return falling;
  const top = topBandFrom(cond.upper.value, bands);
  return top
    ? {
        type: 'proportional',
        explicit: false,
        per: cond.upper.value,
        perUnit: unitText(cond),
        top: top.outcome,
        ...(o.deducts === true ? { deducts: true } : {}),
      }
    : o;
}

/** The fixed outcome of the band other than `self` that holds `value` or ends (`side`) at it. */
function neighbourAt(
  value: Decimal,
  side: 'lower' | 'upper',
  self: Condition,
  bands: Band[],
): Outcome | null {
  const b = bands.find(
    (b) =>
      b.cond !== self &&
      isFixed(b.outcome) &&
      (contains(b.cond, value) || (b.cond[side] !== null && (b.cond[side] as Bound).value.eq(value))),
  );
  return b === undefined ? null : b.outcome;
}

function fallBetween(cond: Condition, bands: Band[], rising = false): Outcome | null {
  if (cond.lower === null || cond.upper === null || cond.abs || !cond.lower.value.lt(cond.upper.value))
    return null;
  const low = neighbourAt(cond.lower.value, 'upper', cond, bands);
  const high = neighbourAt(cond.upper.value, 'lower', cond, bands);
  if (low === null || high === null) return null;
  // Only a fall: a rise below full marks is `按比例` of the band above (relativeBelow), not a line — unless the
  // rule says a line (`按线性内插赋分`).
  const w = new Decimal(100);
  const [from, to] = [outcomePoints(low, w, null), outcomePoints(high, w, null)];
  if (rising ? from.eq(to) : !from.gt(to)) return null;
  return { type: 'between', from: cond.lower.value, to: cond.upper.value, low, high, unit: unitText(cond) };
}

/**
 * A plain `按比例` band is scored only as read: a share of the band above it (`per`), a fall between its
 * neighbours, or, open above, the weight × the input. `按比例扣分` just above a band that gives nothing could
 * as well fall to nothing there: not guessed.
 */
function asShare(o: Outcome & { type: 'proportional' }, cond: Condition, bands: Band[]): boolean {
  if (o.per !== undefined) {
    const below = cond.lower === null ? null : neighbourAt(cond.lower.value, 'upper', cond, bands);
    return !(o.deducts === true && below !== null && givesNothing(below));
  }
  // (`≥90%得满分，≥50%按比例得分`: below a top band starting short of 100%, the share of the input or of 90%? The
  // two agree only where the top starts at 100%.)
  const shortTop = bands.some(
    (b) =>
      b.cond !== cond &&
      cond.pct &&
      cond.lower !== null &&
      b.cond.lower !== null &&
      b.cond.lower.value.gt(cond.lower.value) &&
      !b.cond.lower.value.eq(100),
  );
  return cond.upper === null && o.deducts !== true && !shortTop;
}

/**
 * `70%-89%按比例计分` between `90%以上30分` and `69%以下不计分`: a share of the input or of 90%? The hands leave
 * it to the person, between the points written on either side (the next band up may start one above, `89`
 * then `90`). Null when either side has no points written.
 */
function shareUnsaid(cond: Condition, bands: Band[]): Outcome | null {
  if (cond.lower === null || cond.upper === null) return null;
  const side = (value: Decimal, which: 'lower' | 'upper', gap: number) =>
    neighbourAt(value, which, cond, bands) ??
    (value.isInteger() ? neighbourAt(value.plus(gap), which, cond, bands) : null);
  const low = side(cond.lower.value, 'upper', -1);
  const high = side(cond.upper.value, 'lower', 1);
  const points = (o: Outcome | null) =>
    o?.type === 'points' ? o.points : o?.type === 'zero' ? new Decimal(0) : null;
  const [a, b] = [points(low), points(high)];
  return a !== null && b !== null && a.lt(b) ? { type: 'range', low: a, high: b, unsaidShare: true } : null;
}

function isLine(o: Outcome): boolean {
  return o.type === 'proportional' && o.line === true;
}

/**
 * The one gap the bands leave (`为100%…；小于或等于90%…`, `为0…；大于等于20%…`), each band with its points fixed, as
 * a band whose points run straight from the one side's to the other's. Null when the bands leave no gap or
 * several, or overlap.
 */
function lineInGap(bands: Band[]): Band | null {
  if (bands.length < 2 || !bands.every((b) => isFixed(b.outcome))) return null;
  const lo = (b: Band) => b.cond.lower?.value ?? null;
  const hi = (b: Band) => b.cond.upper?.value ?? null;
  const sorted = [...bands].sort((a, b) => (lo(a) === null ? -1 : lo(b) === null ? 1 : lo(a)!.cmp(lo(b)!)));
  const gaps: [Band, Band][] = [];
  for (let k = 1; k < sorted.length; k++) {
    const [below, above] = [hi(sorted[k - 1]), lo(sorted[k])];
    if (below === null || above === null || below.gt(above)) return null;
    if (below.lt(above)) gaps.push([sorted[k - 1], sorted[k]]);
    else if (sorted[k - 1].cond.upper!.incl && sorted[k].cond.lower!.incl) return null;
  }
  if (gaps.length !== 1) return null;
  const [below, above] = gaps[0];
  const [from, to] = [hi(below) as Decimal, lo(above) as Decimal];
  // (`0` beside `20%`: a bare 0 is 0% too; any other bare number beside a percentage is not known to be one.)
  const pct = below.cond.pct || above.cond.pct;
  const bare = [below, above].filter((b) => b.cond.pct !== pct);
  if (bare.some((b) => !(b === below ? from : to).isZero())) return null;
  const unit = pct ? '%' : unitText(below.cond);
  const cond: Condition = {
    ...(below.cond.pct === pct ? below.cond : above.cond),
    lower: { value: from, incl: !below.cond.upper!.incl, explicit: true },
    upper: { value: to, incl: !above.cond.lower!.incl, explicit: true },
    text: `${formatPlain(from)}${unit}-${formatPlain(to)}${unit}`,
  };
  const outcome = fallBetween(cond, bands, true);
  return outcome === null ? null : { cond, outcome };
}

function relativeOtherwise(o: Outcome, bands: Band[]): Outcome {
  if (o.type !== 'proportional' || o.explicit || o.line || bands.length !== 1) return o;
  const lower = bands[0].cond.lower;
  if (lower === null || bands[0].cond.upper !== null || !isFixed(bands[0].outcome)) return o;
  return {
    type: 'proportional',
    explicit: false,
    per: lower.value,
    perUnit: unitText(bands[0].cond),
    top: bands[0].outcome,
  };
}

/** How a threshold's value is written: `90%`, `10例`. */
function unitText(c: Condition): string {
  return c.pct ? '%' : (c.unit ?? '');
}

function topBandFrom(value: Decimal, bands: Band[]): Band | undefined {
  return bands.find(
    (b) =>
      b.cond.lower !== null && b.cond.lower.value.eq(value) && isFixed(b.outcome) && !givesNothing(b.outcome),
  );
}

type Side = 'lower' | 'upper' | 'eq' | 'window';

/** A full-marks window written `90%—110%` includes both ends unless a mark says otherwise. */
function windowed(c: Condition): Condition {
  if (c.lower === null || c.upper === null || c.upper.explicit) return c;
  return { ...c, upper: { ...c.upper, incl: true } };
}

/** `低于95%的` after `≥95%得3分`: the other side of the standard, starting at its bound. */
function restates(c: Condition, standard: Condition): boolean {
  const atLower =
    standard.lower !== null && c.upper !== null && c.lower === null && c.upper.value.eq(standard.lower.value);
  const atUpper =
    standard.upper !== null && c.lower !== null && c.upper === null && c.lower.value.eq(standard.upper.value);
  return atLower || atUpper;
}

/**
 * One requirement, or a standard followed by conditions restating it from the short side (`达到100%` then
 * `未达100%的`) on the same measure: each states the same full-marks side once turned by the steps.
 */
function restatedShortfall(requirements: ClauseOf<'requirement'>[], steps: StepClause[]): boolean {
  if (requirements.length === 1) return true;
  const [first, ...rest] = requirements;
  const full = fullSide(first.cond, steps);
  const same = (a: Bound | null, b: Bound | null) =>
    a === null ? b === null : b !== null && a.value.eq(b.value) && a.incl === b.incl;
  return rest.every((r) => {
    const c = fullSide(r.cond, steps);
    return (
      c !== r.cond &&
      c.pct === full.pct &&
      c.unit === full.unit &&
      same(c.lower, full.lower) &&
      same(c.upper, full.upper) &&
      sharesWords(r.subject, first.subject)
    );
  });
}

/**
 * Two subjects naming one measure: one unsaid, or one inside the other but for a closing 率 (`收缴率` in
 * `对农户收缴`); `小学入学率` and `初中入学率` are two.
 */
function sharesWords(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.replace(/率$/, '');
  return short === '' || (stem.length >= 2 && long.includes(stem));
}

function sideOf(c: Condition): Side | null {
  if (c.lower && c.upper) return c.lower.value.eq(c.upper.value) ? 'eq' : 'window';
  if (c.lower) return 'lower';
  if (c.upper) return 'upper';
  return null;
}

function fullOutcome(): Outcome {
  return { type: 'full' };
}

/**
 * A full-marks standard plus steps: linear one way, two-sided both ways (also a window `90%—110%`
 * with steps outside it). The standard is a band with its points, or a requirement
 * (`全年督查不少于4次`) that gives full marks when met.
 */
/**
 * `全年督查不少于4次，每少1次扣0.5分` states the full-marks side; `结案率未达到100%的，每少一个百分点扣0.5分`
 * states the side the steps deduct on, whose complement earns full marks.
 */
function fullSide(c: Condition, steps: StepClause[]): Condition {
  const flip = (b: Bound): Bound => ({ value: b.value, incl: !b.incl, explicit: true });
  const ways = steps.map((s) => s.dir);
  if (c.upper && !c.lower && ways.every((d) => d === 'down'))
    return { ...c, lower: flip(c.upper), upper: null };
  if (c.lower && !c.upper && ways.every((d) => d === 'up'))
    return { ...c, upper: flip(c.lower), lower: null };
  return c;
}

/**
 * A step's words naming what it counts (`任务量的`, past its verb of falling short) that share no two
 * characters with what the standard measures — the last of the things it joins with 且 (`…任务且存活率`).
 */
function namesOtherMeasure(words: string, subject: string): boolean {
  const counted = words.replace(/的$/, '').replace(STEP_VERB_RE, '');
  const measured = subject.split(/并且|且|并/).pop() ?? '';
  if (counted.length < 2 || measured === '') return false;
  // (`每低于目标值1%`: the words name what the step counts from, not what it counts.)
  if ([...TARGET_NAME_WORDS, ...BASELINE_WORDS].some((w) => counted.includes(w))) return false;
  return !sharesRun(counted, measured, 2);
}

const STEP_VERB_RE = new RegExp(
  `^(${alternatives([...SHORTFALL_VERBS, '差欠', ...DIRECTION_WORDS.map(([w]) => w)].sort((a, b) => b.length - a.length))})+`,
);

function linear(pool: Pool): RuleAst | null {
  const bands = pool.of('band');
  const zeroBands = bands.filter((b) => givesNothing(b.outcome));
  const standards = bands.filter(
    (b) => !zeroBands.includes(b) && sideOf(b.cond) !== null && isFixed(b.outcome),
  );
  const requirements = pool.of('requirement');
  let threshold: { clause: Clause; cond: Condition; base: Outcome; subject: string };
  let restated: Clause[] = [];
  if (standards.length === 1) {
    const b = standards[0];
    threshold = { clause: b, cond: windowed(b.cond), base: b.outcome, subject: b.subject };
    // `≥95%得3分；低于95%的，每降低5%扣1分`: a condition before the steps restates "short of the standard".
    if (!requirements.every((r) => restates(r.cond, threshold.cond))) return null;
    restated = requirements;
  } else if (
    standards.length === 0 &&
    requirements.length > 0 &&
    restatedShortfall(requirements, pool.of('step'))
  ) {
    // `收缴率达到100%。收缴率未达100%的，每低1个百分点扣1分`: the standard, then "short of it" before the steps.
    const r = requirements[0];
    const cond = fullSide(r.cond, pool.of('step'));
    threshold = { clause: r, cond: windowed(cond), base: fullOutcome(), subject: r.subject };
    restated = requirements.slice(1);
  } else if (standards.length === 0 && requirements.length === 0 && pool.of('standard').length === 1) {
    // `以95%为标准，每降低1个百分点扣0.1分`: the standard alone, its side given by the steps.
    const st = pool.of('standard')[0];
    const at = st.cond.lower;
    const ways = new Set(pool.of('step').map((x) => x.dir));
    if (at === null || ways.has(null) || ways.has('both')) return null;
    const b = { value: at.value, incl: true, explicit: true };
    const cond: Condition = ways.has('up')
      ? { ...st.cond, lower: ways.has('down') ? b : null, upper: b }
      : { ...st.cond, lower: b, upper: null };
    // (`以96%为基数，每高1个百分点得2分`: points earned above a baseline start from none at it.)
    const earned = pool.of('step').every((x) => x.bonus);
    threshold = { clause: st, cond, base: earned ? { type: 'zero' } : fullOutcome(), subject: '' };
  } else if (
    standards.length === 0 &&
    requirements.length === 0 &&
    pool.of('standard').length === 0 &&
    zeroBands.length === 1 &&
    zeroBands[0].cond.lower === null &&
    zeroBands[0].cond.upper !== null &&
    pool.of('step').length > 0 &&
    pool.of('step').every((x) => x.bonus && x.dir === 'up' && x.from === null)
  ) {
    // `比例低于96%不得分，每高1个百分点得2分`: nothing below the floor; from it, points earned step by step.
    const z = zeroBands[0];
    const at = { value: (z.cond.upper as Bound).value, incl: true, explicit: true };
    threshold = {
      clause: z,
      cond: { ...z.cond, lower: null, upper: at },
      base: { type: 'zero' },
      subject: z.subject,
    };
  } else if (standards.length === 0 && requirements.length === 0 && pool.of('standard').length === 0) {
    // `每低于100%一个百分点扣0.1分`: the value the steps count from is the standard.
    const steps = pool.of('step');
    const from = steps[0]?.from;
    if (!from || steps.some((x) => x.from === null || !x.from.eq(from) || !x.pct)) return null;
    const ways = new Set(steps.map((x) => x.dir));
    if (ways.has(null) || ways.has('both')) return null;
    const b = { value: from, incl: true, explicit: true };
    const cond: Condition = {
      lower: ways.has('down') ? b : null,
      upper: ways.has('up') ? b : null,
      text: `${formatPlain(from)}%`,
      pct: true,
      unit: null,
      abs: false,
    };
    threshold = { clause: steps[0], cond, base: fullOutcome(), subject: '' };
  } else {
    return null;
  }
  // `以100%为标准。…≤100%，计5分`: a standard stated on its own must be the threshold's value.
  const bounds = [threshold.cond.lower, threshold.cond.upper].flatMap((b) => (b ? [b.value] : []));
  const stated = pool.of('standard');
  const agrees = (c: Condition) =>
    c.pct === threshold.cond.pct && bounds.some((b) => c.lower !== null && b.eq(c.lower.value));
  if (!stated.every((s) => agrees(s.cond))) return null;
  restated = [...restated, ...stated];
  // `新增重复信访率12%的，得基准分8分，每下降…加1分，每上升…扣1分`: a bare value with steps both ways is
  // the baseline itself (=), not "reached".
  const ways = new Set(pool.of('step').map((s) => s.dir));
  // (`达到100%得满分，每超1个百分点加1分，每低1个百分点扣1分`: reached, then a bonus above and a deduction
  // below — the same baseline, however the bound is written.)
  const bonusAbove = pool.of('step').some((s) => s.dir === 'up' && s.bonus);
  const bareLower =
    threshold.cond.lower !== null &&
    (!threshold.cond.lower.explicit || bonusAbove) &&
    threshold.cond.upper === null;
  if (bareLower && ways.has('up') && ways.has('down'))
    threshold = { ...threshold, cond: { ...threshold.cond, upper: threshold.cond.lower } };
  const side = sideOf(threshold.cond) as Side;
  if (!oneMeasure([threshold.subject, ...zeroBands.map((b) => b.subject)])) return null;
  const bare = !threshold.cond.pct && threshold.cond.unit === null;
  const result: LinearStep[] = [];
  const usedSteps: StepClause[] = [];
  for (const s of pool.of('step')) {
    if (
      !bare &&
      (s.pct !== threshold.cond.pct ||
        (s.unit !== null && threshold.cond.unit !== null && !sameUnit(s.unit, threshold.cond.unit)))
    )
      continue;
    if (!s.pct && s.unit !== null && COUNT_UNITS.includes(s.unit) && !sameUnit(threshold.cond.unit, s.unit))
      continue;
    if (s.from !== null && !bounds.some((b) => b.eq(s.from as Decimal))) continue;
    // (`…且存活率达90%以上得基本分10分。每减少任务量的10%扣2分`: a step naming a measure the standard does not
    // counts something else.)
    if (namesOtherMeasure(s.words, threshold.subject)) continue;
    // (`全部符合3项要求得5分，每不符合1项扣1分`: a count said in passing is no baseline to deviate from
    // either way; only a written `=` or a step that says so (`偏离`) makes one.)
    // (`有6个站点得24分,少1个扣4分,多1个加2分`: one of a count short or over, its verb saying the way.)
    const dir = s.dir ?? (s.single && !s.pct ? oneWay(s.label) : null);
    if (side === 'eq' && dir === null && threshold.cond.lower?.explicit !== true) continue;
    const dirs = stepDirections(dir, side, s.bonus);
    if (dirs === null || dirs.some((d) => result.some((r) => r.dir === d))) continue;
    for (const d of dirs)
      result.push({ dir: d, size: s.size, amount: s.amount, ofWeight: s.ofWeight, bonus: s.bonus });
    usedSteps.push(s as StepClause);
  }
  if (result.length === 0 || usedSteps.length !== pool.of('step').length) return null;
  pool.use(
    threshold.clause,
    ...restated,
    ...zeroBands,
    ...(usedSteps as Clause[]),
    ...pool.of('cap'),
    ...pool.of('maxDeduct'),
  );
  const otherwise = pool.of('else').filter((e) => e.outcome.type === 'zero');
  pool.use(...otherwise);
  // `每超1个百分点加0.5分，最多加2分`: one cap on what the bonus adds.
  const bonusCaps = result.some((r) => r.bonus) ? pool.of('bonusCap') : [];
  if (bonusCaps.length === 1) pool.use(bonusCaps[0]);
  pool.useDescriptions();
  useThresholdPreamble(pool, threshold.clause, bounds);
  const both = result.some((r) => r.dir === 'up') && result.some((r) => r.dir === 'down');
  return {
    kind: both ? 'twosided' : 'linear',
    subject: threshold.subject || subjectOf(zeroBands),
    value: valueKindOf([threshold.cond, ...usedSteps.map((s) => ({ pct: s.pct, unit: s.unit }))]),
    threshold: threshold.cond,
    base: threshold.base,
    steps: result,
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: resolveBands(zeroBands.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
    ...(bonusCaps.length === 1 ? { maxBonus: bonusCaps[0].amount } : {}),
  };
}

/**
 * `小学适龄儿童入学率达到100%。初中入学率达到98%以上。(20分) 每低0.1个百分点扣2分,扣完为止`: standards on several
 * measures, then one step written once for them all — each measure is scored by it from its own standard, the
 * deductions added (a composite of measures, as if the step were written after each).
 */
function stepForEach(pool: Pool): RuleAst | null {
  const asked = pool.of('requirement');
  const steps = pool.of('step');
  if (asked.length < 2 || steps.length !== 1 || pool.of('band').length > 0 || pool.of('standard').length > 0)
    return null;
  const [step] = steps;
  if (!step.pct || step.bonus || step.from !== null || step.label !== '' || step.words !== '') return null;
  if (step.dir !== 'down' && step.dir !== 'up') return null;
  // (Each standard one-sided, on the side the step counts from, in percent; each measure named once.)
  const side = (r: ClauseOf<'requirement'>) =>
    r.cond.lower !== null && r.cond.upper === null
      ? 'down'
      : r.cond.upper !== null && r.cond.lower === null
        ? 'up'
        : null;
  const subjects = asked.map((r) => r.subject);
  if (
    asked.some((r) => !r.cond.pct || r.cond.abs || side(r) !== step.dir || r.subject === '') ||
    new Set(subjects).size !== subjects.length
  )
    return null;
  // (After the step in the text, only its limits: a standard after it would be a standard it does not count from.)
  if (asked.some((r) => pool.clauses.indexOf(r) > pool.clauses.indexOf(step))) return null;
  const scoring = pool.clauses.filter(
    (c) => !['requirement', 'step', 'stated', 'cap', 'maxDeduct', 'description'].includes(c.type),
  );
  if (scoring.length > 0 || pool.of('description').some((d) => d.hasNumber || d.hasCondition)) return null;
  pool.use(...asked, step, ...pool.of('cap'), ...pool.of('maxDeduct'));
  pool.useDescriptions();
  const maxDeduct = pool.of('maxDeduct')[0]?.amount ?? null;
  return {
    kind: 'composite',
    form: 'measures',
    parts: asked.map((r) => ({
      subject: r.subject,
      ast: {
        kind: 'linear',
        subject: r.subject,
        value: { type: 'rate' },
        threshold: r.cond,
        base: fullOutcome(),
        steps: [
          {
            dir: step.dir as 'down' | 'up',
            size: step.size,
            amount: step.amount,
            ofWeight: step.ofWeight,
            bonus: false,
          },
        ],
        maxDeduct,
        overrides: [],
      },
    })),
  };
}

/**
 * `做好水费收缴工作，实现对农户收缴达100%。收缴率未达100%的，每低1个百分点扣1分`: a sentence before the
 * threshold whose only numbers are rates at the threshold's own value states the standard the steps then
 * restate — accounted for as the standard, never as arithmetic. Anything else numbered stays unread.
 */
function useThresholdPreamble(pool: Pool, threshold: Clause, bounds: Decimal[]): void {
  const first = pool.clauses.indexOf(threshold);
  for (const d of pool.clauses.slice(0, first)) {
    if (d.type !== 'description' || !d.hasNumber || d.hasCondition || pool.used.has(d)) continue;
    if (scoresInWords(d.text) || STANDARD_BLOCKERS.some((w) => d.text.includes(w))) continue;
    const numbers = d.text.match(/\d+(?:\.\d+)?%?/g) ?? [];
    const atThreshold = (n: string) => n.endsWith('%') && bounds.some((b) => b.eq(n.slice(0, -1)));
    if (numbers.length === 0 || !numbers.every(atThreshold)) continue;
    pool.use(d);
    pool.standards.push(d);
  }
}

/**
 * `按时完成得2分，每延期一个月扣1分` · `在规定时间内完成的，得2分；每超过1天扣0.1分`: a step in a unit
 * of time past a deadline. The stated on-time points are the base; the input is the delay.
 */
function deadline(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  if (steps.length !== 1) return null;
  const step = steps[0];
  if (step.pct || step.unit === null || !TIME_UNITS.includes(step.unit) || step.dir === 'down' || step.bonus)
    return null;
  if (step.dir === 'both') return null;
  const onTime = [...pool.of('check'), ...pool.of('level'), ...pool.of('outcome')];
  if (onTime.length > 1) return null;
  const base = onTime[0]?.outcome ?? fullOutcome();
  if (base.type !== 'full' && base.type !== 'points' && base.type !== 'fraction') return null;
  // `延期3个月以上的不得分`: a fixed outcome past a delay overrides the steps.
  const bands = pool.of('band');
  const delayed = (b: ClauseOf<'band'>) =>
    b.cond.unit === step.unit && isFixed(b.outcome) && DELAY_WORDS.some((w) => b.subject.includes(w));
  if (!bands.every(delayed) || pool.of('requirement').length > 0) return null;
  pool.use(step, ...onTime, ...bands, ...pool.of('cap'), ...pool.of('maxDeduct'));
  pool.useDescriptions();
  return {
    kind: 'deadline',
    unit: step.unit,
    base,
    step: { dir: 'up', size: step.size, amount: step.amount, ofWeight: step.ofWeight, bonus: false },
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: resolveBands(bands.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
  };
}

/**
 * `按时完成得2分，延迟完成得1分，未完成得0分` · `制度完善的得4分，较完善的得2分，不完善的不得分` ·
 * `健全的得满分；不健全的扣2分`: states named by their own words are alternatives (a grade), not items
 * to add up, when their words differ only by degree (完善/较完善/不完善), when one of them gives nothing,
 * when one deducts, or when their level words repeat.
 */
const ORDINAL_RANK_RE = new RegExp(`^第?[一二三四五六七八九十1-9](${SCALE_STEP_WORDS.join('|')})`);

function labelScale(pool: Pool): RuleAst | null {
  const levels = pool.of('level');
  const checks = pool.of('check');
  const named = [...levels, ...checks].sort((a, b) => a.span[0] - b.span[0]);
  if (named.length < 2) return null;
  // `是得2分，否得0分` is a yes/no question (levelRule). (`均无，不得分` after states of two things: neither
  // there, a state of its own.)
  const bare = (l: ClauseOf<'level'>) => !ALL_ALIKE_WORDS.includes(l.subject);
  // (`有评价方案，原始记录详实，得满分 有评价记录无方案，得2分 无，不得分`: after states described in words, a bare
  // no giving nothing is the state of having none of it — the scale's last.)
  const noneAtLast = (l: ClauseOf<'level'>) =>
    NO_LEVELS.includes(l.level) &&
    givesNothing(l.outcome) &&
    checks.length >= 2 &&
    named[named.length - 1] === l;
  if (
    levels.some(
      (l) => bare(l) && (YES_LEVELS.includes(l.level) || NO_LEVELS.includes(l.level)) && !noneAtLast(l),
    )
  )
    return null;
  const label = (c: (typeof named)[number]) => (c.type === 'level' ? stateLabel(c) : c.desc);
  const labels = named.map(label);
  if (new Set(labels).size !== labels.length || labels.some((l) => l === '')) return null;
  const levelNames = levels.map((l) => l.level);
  const repeats = new Set(levelNames).size !== levelNames.length;
  // A span of points (`(1分到0分)`) is a judgement within one state of a scale, never an item to add.
  const oneGivesNothing = named.some((c) => givesNothing(c.outcome) || isRange(c.outcome));
  const deducts = named.some((c) => c.outcome.type === 'deduct');
  const keys = levelKeys(labels);
  // `…得2分；…得1分；否则不得分`: an if / else-if / else chain names alternatives.
  const otherwise = pool.of('else').filter((e) => isFixed(e.outcome));
  const chain = otherwise.length === 1 && pool.of('else').length === 1;
  // `一档得10分，二档得8分`, `第一类…`: ordinal ranks of one scale.
  const ranked = labels.every((l) => ORDINAL_RANK_RE.test(l));
  if (!repeats && !oneGivesNothing && !deducts && keys === null && !chain && !ranked) return null;
  // (Faults of different things, `地面不洁扣4分;…;钢琴或开关有灰尘2分`, are no one state's degrees.)
  if (
    keys === null &&
    belowNothing(
      named.map((c) => c.outcome),
      named.flatMap((c) =>
        c.outcome.type === 'deduct' ? [{ amount: c.outcome.amount, ofWeight: false }] : [],
      ),
    )
  )
    return null;
  pool.use(...named, ...(chain ? otherwise : []));
  pool.useDescriptions();
  const endings = levelEndings(labels);
  const scale: GradeLevel[] = named.map((c, k) => ({
    level: labels[k],
    outcome: c.outcome,
    key: keys?.[k] ?? endings?.[k] ?? labels[k],
  }));
  if (chain) scale.push({ level: OTHER_LEVEL, outcome: otherwise[0].outcome, key: OTHER_LEVEL });
  return { kind: 'grade', levels: scale };
}

/** Which ways a step deducts, given the side of the full-marks standard; null if they contradict. */
function stepDirections(dir: StepClause['dir'], side: Side, bonus = false): ('up' | 'down')[] | null {
  // (`≥100%得8分，每超1个百分点加0.5分`: a bonus above a standard reached counts up from it.)
  if (side === 'lower') return dir === 'up' ? (bonus ? ['up'] : null) : ['down'];
  if (side === 'upper') return dir === 'down' ? null : ['up'];
  if (side === 'window') return dir === 'up' || dir === 'down' ? [dir] : ['up', 'down'];
  if (dir === 'up' || dir === 'down') return [dir];
  return ['up', 'down'];
}

/** The way a one-character verb of shortfall (`少`) or surplus (`多`) before one of a count says. */
function oneWay(verb: string): 'up' | 'down' | null {
  return SHORTFALL_VERBS.includes(verb) ? 'down' : SURPLUS_VERBS.includes(verb) ? 'up' : null;
}

/** `1名` and `每增加1人`: one unit by two words (head counts), or the same word. */
function sameUnit(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && PERSON_UNITS.includes(a) && PERSON_UNITS.includes(b));
}

/**
 * `缺席一次扣2分`, `少1次扣1分`: one of a thing short, counted per unit short even without 每. (`有1个乡镇
 * 未开展…扣0.1分` says what one costs; a second is not written.)
 */
function countsShort(s: StepClause): boolean {
  const said = ABSENCE_WORDS.reduce((t, w) => t.split(w).join('|'), s.words + '|' + s.label);
  return isMissingStep(s) && SHORTFALL_VERBS.some((w) => said.includes(w));
}

/** `每少一项扣1分` counts items not met; `每出现一例不符合要求的扣1分` counts issues found. */
export function isMissingStep(s: StepClause): boolean {
  // (Things found that the label's numbers single out are counted as found, whatever words of lack they hold.)
  if (s.qualified) return false;
  if (ISSUE_VERBS.some((w) => s.words.includes(w) || s.label.includes(w))) return false;
  return s.dir === 'down' || MISSING_WORDS.some((w) => s.words.includes(w) || s.label.includes(w));
}

/** A condition on a count of things (`发现3次及以上`), not on a rate. */
function onCount(c: Condition): boolean {
  return !c.pct && (c.unit === null || COUNT_UNITS.includes(c.unit));
}

/**
 * `每发现一类问题扣2分` (per issue), `每超编1人扣0.1分` (per unit), `①…②…每少一项扣1分` (checklist of
 * items not met). A per-issue rule may escalate (`发现3次及以上的本项不得分`: a band on the count) and
 * carry a 一票否决 (`存在挪用的，本项0分`: a named state that gives nothing, applied only when the input
 * names it). Its base is the stated clean result (`未发生违规情况得2分`), else the weight.
 */
function counted(pool: Pool): RuleAst | null {
  const all = pool.of('step');
  // (`每少签到一天`: days short are counted like things short; days late are a deadline's.)
  const daysShort = (s: StepClause) => s.dir === 'down' && s.unit !== null && TIME_UNITS.includes(s.unit);
  const steps = all.filter(
    (s) => !s.pct && !s.bonus && (!(s.unit !== null && TIME_UNITS.includes(s.unit)) || daysShort(s)),
  );
  if (steps.length !== 1 || all.length !== 1) return null;
  const step = steps[0];
  // `每差1微克/立方米`, `每降低1个单位`: a step that says a way without counting things measures a
  // distance, not issues.
  if (
    step.dir !== null &&
    !daysShort(step) &&
    (step.unit === null || ![...COUNT_UNITS, ...PERSON_UNITS].includes(step.unit))
  )
    return null;
  const items = pool.of('item').filter((i) => i.outcome === null);
  const maxDeduct = pool.of('maxDeduct')[0]?.amount ?? null;
  const isCount = step.unit === null || COUNT_UNITS.includes(step.unit);
  const missing = isMissingStep(step) && isCount && step.size.eq(1) && !step.ofWeight;
  // (Items with points of their own beside them — `②桌椅杂乱的扣3分` — make a list of faults.)
  if (items.length > 0 && missing && pool.of('item').every((i) => i.outcome === null)) {
    pool.use(step, ...items, ...pool.of('cap'), ...pool.of('maxDeduct'), ...allMetRestated(pool));
    pool.useDescriptions();
    return { kind: 'checklist', mode: 'missing', items: items.map(toItem), amount: step.amount, maxDeduct };
  }
  // `无卫生死角(1分)；无环境污染(1分)。未达到规定要求的每一项扣1分`: items with their points, and a step
  // that restates what each costs. Points that differ from the step (1, 1, 3 against 每项扣1分) disagree.
  const checks = pool.of('check');
  const numbered = pool.of('item').filter((i) => i.outcome !== null);
  const pointed = [...checks.map((c) => c.outcome), ...numbered.map((i) => i.outcome as Outcome)];
  const either = checks.length === 0 || numbered.length === 0;
  const listed = checks.length > 0 ? checksAsItems(checks) : numbered.map(toItem);
  if (
    items.length === 0 &&
    missing &&
    either &&
    listed !== null &&
    pointed.length > 1 &&
    pointed.every((o) => costsStep(o, step))
  ) {
    pool.use(step, ...checks, ...numbered, ...pool.of('cap'), ...pool.of('maxDeduct'));
    pool.useDescriptions();
    return {
      kind: 'checklist',
      mode: 'missing',
      items: listed,
      amount: step.amount,
      maxDeduct,
    };
  }
  if (step.ofWeight || pool.of('requirement').length > 0) return null;
  // An escalation on the count (`发现3次及以上的本项不得分`); full marks at a count of issues is not one.
  // `两次及以上扣3分`: a tier that costs a fixed deduction escalates too.
  const escalates = (o: Outcome) =>
    (isFixed(o) && o.type !== 'full') || (o.type === 'deduct' && o.ofWeight !== true);
  // (`提供一例得1分` beside `发现一次扣2分` counts another thing, in another unit or by other words.)
  const sameThing = (b: ClauseOf<'band'>) => {
    if (b.cond.unit !== null && step.unit !== null && b.cond.unit !== step.unit) return false;
    const counted = step.label + step.words;
    // (`发现五处及以上的`, `有五处及以上…的`: only the finding verb names nothing else.)
    const subject = withoutIssueVerb(b.subject).replace(/^有/, '');
    // (`符合全部3项指标的得100分` beside `每不符合1项扣40分`: the items met, not the ones that fail.)
    const negated = (x: string) => NEGATIONS.some((n) => x.includes(n));
    if (subject !== '' && counted !== '' && negated(subject) !== negated(counted)) return false;
    return subject === '' || counted === '' || [...subject].some((ch) => counted.includes(ch));
  };
  const overrides = pool.of('band').filter((b) => onCount(b.cond) && escalates(b.outcome) && sameThing(b));
  // `危房改造完成率100%得6分，每少1户扣0.5分`: the whole done is the clean result the count falls short of.
  const hundred = new Decimal(100);
  const whole = pool
    .of('band')
    .filter(
      (b) =>
        b.cond.pct &&
        b.cond.lower?.value.eq(hundred) &&
        (b.cond.upper === null || b.cond.upper.value.eq(hundred)) &&
        isFixed(b.outcome) &&
        !givesNothing(b.outcome) &&
        step.unit !== null &&
        [...COUNT_UNITS, ...PERSON_UNITS].includes(step.unit),
    );
  if (overrides.length + whole.length !== pool.of('band').length) return null;
  // `1.…未发生投诉和通报，得2分。2.…每发生1次投诉扣0.5分`: a numbered clean result or veto is one too.
  const named = [
    ...pool.of('check'),
    ...pool.of('level').map((l) => ({ ...l, desc: stateLabel(l) })),
    ...numbered.map((i) => ({ ...i, outcome: i.outcome as Outcome })),
    ...whole.map((b) => ({ ...b, desc: `${b.subject}${b.cond.text}` })),
  ];
  const vetoes = named.filter((c) => givesNothing(c.outcome));
  const clean = named.filter((c) => !givesNothing(c.outcome) && isFixed(c.outcome));
  if (clean.length > 1 || clean.length + vetoes.length !== named.length) return null;
  // (`大会、支委会、党课…各得1分`: points for each thing listed, not the clean result's.)
  if (clean.some((c) => pointsEach(c.desc))) return null;
  pool.use(step, ...items, ...overrides, ...pool.of('cap'), ...pool.of('maxDeduct'));
  const within = withinEscalation(pool, step, overrides);
  pool.use(...within);
  pool.standards.push(...within);
  pool.use(...pool.of('check'), ...pool.of('level'), ...numbered, ...whole);
  // `发现一起扣10分` without 每 and without `扣完为止`: what a second one costs is not written.
  const limited = pool.of('cap').length > 0 || maxDeduct !== null || overrides.length > 0;
  pool.useDescriptions();
  const standards = pool.useStandards(within, isMissingStep(step) ? step.unit : null);
  const checkpoints = [
    ...clean.map((c) => c.desc),
    ...items.map((i) => i.desc),
    ...pool
      .of('description')
      .filter((d) => !standards.includes(d.text) && !within.includes(d))
      .map((d) => d.text),
  ];
  return {
    kind: 'perissue',
    checkpoints,
    shortfall: isMissingStep(step),
    found: isMissingStep(step)
      ? ''
      : (
          withoutIssueVerb(step.words) ||
          withoutIssueVerb(step.label) ||
          namerText(namerBefore(pool, step))
        ).replace(/的$/, ''),
    base: clean.length === 1 ? clean[0].outcome : fullOutcome(),
    clean: clean.length === 1 ? clean[0].desc : null,
    size: step.size,
    amount: step.amount,
    maxDeduct,
    unitWord: step.unit ?? '项',
    ...(step.qualified ? { qualified: true as const } : {}),
    overrides: resolveBands(overrides.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
    vetoes: vetoes.map((v) => v.desc),
    upTo: step.single && !limited && !countsShort(step) && !eachBefore(pool, step) ? step.size : null,
    standards,
    // (`少一项扣1分`, without 每, still counts each one short.)
    kinds:
      step.single && !limited && !countsShort(step) && !UNMET_STEP_RE.test(step.label + step.words)
        ? []
        : kindsOf(pool, step),
  };
}

/**
 * The kinds of issue a per-issue rule lists: before the step (`信息公开不及时、不准确或不完整的，每项扣…`),
 * or, for things missing, in the step's own words (`标题、…、日期等要素每少一项`).
 */
const MISSING_CLOSING_RE = new RegExp(`(${alternatives(SHORTFALL_VERBS)})$`);

function kindsOf(pool: Pool, step: StepClause): string[] {
  const namer = namerText(namerBefore(pool, step));
  const before = enumerated(namer);
  if (before.length > 0) return before;
  // `未按顺序填写,页码有误,每项扣1分`: faults one to a comma, each in its own words.
  const faultsByComma = namer
    .replace(/的$/, '')
    .split(/[,，]/)
    .map((p) => p.trim());
  const faultLike = (p: string) => shortThing(p) && FAULT_CHAR_RE.test(p);
  if (faultsByComma.length >= 2 && faultsByComma.every(faultLike)) return faultsByComma;
  // `信息不全面;信息不真实;未及时进行维护的,每发现一项扣5分`: faults one to a sentence before a step naming none.
  const run = descriptionsBefore(pool, step);
  if (withoutIssueVerb(step.label) === '' && run.length >= 2 && run.every(faultLike)) return run;
  // `投币机、读卡机、报站器不能正常使用的每处扣3分`: the things a finding names, listed before what is wrong with
  // them (a list of faults, `无计划、任务不能按时完成`, counts its own way).
  if (!(isMissingStep(step) || UNMET_STEP_RE.test(step.label + step.words))) {
    const things = enumerated(step.label);
    // (`制度不健全、消防设备不完备一次扣0.5分`: faults each in its own words, as a namer before the step lists them.)
    if (things.length >= 2 && things.every(faultLike)) return things;
    return things.slice(0, -1).some((t) => FAULT_CHAR_RE.test(t)) ? [] : things;
  }
  // (`计划、总结缺一项扣一分`: the verb of missing closing the list is no part of its last thing.)
  const own = enumerated(step.label.replace(/等[^、]{0,4}$/, '').replace(MISSING_CLOSING_RE, ''));
  if (own.length > 0) return own;
  // `建立有扶贫工作组织机构,制定了相关工作计划。每缺少一项扣2分`: the things asked, one to a comma.
  // (`…计划。(6分) 每缺少一项扣2分`: past the points the heading states.)
  const at = pool.clauses.indexOf(step as Clause);
  const prev = pool.clauses
    .slice(0, at)
    .reverse()
    .find((c) => c.type !== 'stated');
  const asked = (prev?.type === 'description' && !prev.hasNumber ? prev.text : '')
    .replace(/^[（(]?\d+[)）.、]?/, '')
    .split(/[,，]/)
    .map((p) => p.trim());
  if (asked.length >= 2 && asked.every((p) => shortThing(p, 3))) return asked;
  // (`教案中含有全册备、单元备、课时备。…每少1项`: the things asked, listed.)
  const listedAsked =
    prev?.type === 'description' && !prev.hasNumber ? enumerated(prev.text.replace(/^.*[:：]/, '')) : [];
  if (listedAsked.length >= 2) return listedAsked;
  // `专仓储存、专账记载、专人保管，符合要求得10分。其中有一项未做到扣3分`: the things the clean result lists.
  const clean = pool.clauses
    .slice(0, pool.clauses.indexOf(step as Clause))
    .filter(
      (c): c is ClauseOf<'check'> => c.type === 'check' && isFixed(c.outcome) && !givesNothing(c.outcome),
    );
  if (clean.length !== 1) return [];
  const listed = clean[0].desc
    .replace(/[,，](符合要求|达到要求|均符合要求)的?$/, '')
    .replace(/[四三五六两]落实的?$/, '');
  const listedThings = enumerated(listed.replace(/^.*?(做到|实行|实现|落实|建立)(?=[^、]*、)/, ''));
  // (`成立了工作领导小组,召开了粮食工作会议,制定了工作方案…的,记10分`: the things done, one to a comma.)
  const byComma = listed.replace(/的$/, '').split(/[,，]/);
  const things =
    listedThings.length === 0 && byComma.length >= 2 && byComma.every((p) => shortThing(p, 3))
      ? byComma
      : listedThings;
  // (`无草荒、无斑秃…的给满分`: things that must be absent; naming one present is no `缺` of it.)
  return things.some((t) => NEGATIONS.some((n) => t.startsWith(n))) ? [] : things;
}

/** A thing a list may name in a few words (at least `least` characters): no number, no more than a short phrase. */
function shortThing(p: string, least = 2): boolean {
  return p.length >= least && p.length <= 20 && !/\d/.test(p);
}

/** The descriptions without numbers right before a step, one to a sentence (`的` closing one dropped). */
function descriptionsBefore(pool: Pool, step: StepClause): string[] {
  const run: string[] = [];
  for (let k = pool.clauses.indexOf(step as Clause) - 1; k >= 0; k--) {
    const c = pool.clauses[k];
    if (c.type !== 'description' || c.hasNumber) break;
    run.unshift(c.text.replace(/的$/, ''));
  }
  return run;
}

/** `有一项未做到`, `一项不符合`: a step counting listed things not done. */
const UNMET_STEP_RE = new RegExp(alternatives(UNMET_STEP_WORDS));

/**
 * A step of one without 每 that still counts every one: the words before it say each one found (`每查到
 * 未出勤…的，一次扣5分`), or it counts households or people (`无监管牌的一户扣1分`), not occurrences.
 */
function eachBefore(pool: Pool, step: StepClause): boolean {
  const before = pool.clauses[pool.clauses.indexOf(step as Clause) - 1];
  if (before?.type === 'description' && /^每(查到|发现|出现|发生|有)/.test(before.text)) return true;
  // (`发现一座扣一分`: found once, whatever is counted, prices one finding.)
  // (`有1人扣1分`, `有一个乡镇…扣0.1分`: 有 one of a thing says what one costs, as 发现 does.)
  const found = /发现|发生|出现|查到|查处|^有/.test(step.label + step.words);
  return step.unit !== null && !OCCURRENCE_UNITS.includes(step.unit) && !found;
}

/** `二户不满意`, `有三户不满意`: a count of a thing, then the thing (a tier of its count). */
const TIER_RE = new RegExp(
  `^(?:有|发现|出现)?[一二两三四五六七八九十\\d]+(?:${[...COUNT_UNITS, ...PERSON_UNITS].join('|')})(.+)$`,
);
/** What a one-time step (`发现一起扣10分`) counts when it prices one occurrence only. */
const OCCURRENCE_UNITS = [
  '次',
  '起',
  '处',
  '例',
  '件',
  '宗',
  '回',
  '项',
  '个',
  '条',
  '卷',
  '种',
  '样',
  '人次',
];

/**
 * `信息公开不及时、不准确或不完整的` → `信息公开不及时`, `信息公开不准确`, `信息公开不完整`: the kinds a clause
 * lists (two or more), each later one taking the subject the first negates; [] when it lists none.
 */
function enumerated(text: string): string[] {
  const label = faultLabel(text);
  // (`计划、半年度总结和年度总结`: in a list, 和/及 joins its last item.)
  const parts = label.split(label.includes('、') ? /、|或|和|及(?!时)/ : /、|或/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p.length < 2 || /[,，]/.test(p))) return [];
  const subject = subjectBeforeNegation(parts[0]);
  // `无工作计划、总结`: the negation leading the first item leads each.
  const lead = LIST_NEGATIONS.find((n) => parts[0].startsWith(n)) ?? governing(parts);
  return parts.map((p, k) =>
    k > 0 && NEGATIONS.some((n) => p.startsWith(n))
      ? subject + p
      : k > 0 && lead !== undefined
        ? lead + p
        : p,
  );
}

/**
 * `未开展宣传进企业、进校园、进机关`: a negated verb phrase before the first item governs the list, when the
 * later items share a lead (`进`) that marks where the first begins — `未开展宣传` leads each.
 */
function governing(parts: string[]): string | undefined {
  const rest = parts.slice(1);
  if (
    !NEGATIONS.some((n) => parts[0].startsWith(n)) ||
    rest.some((p) => NEGATIONS.some((n) => p.startsWith(n)))
  )
    return undefined;
  let shared = rest[0];
  for (const p of rest) while (shared !== '' && !p.startsWith(shared)) shared = shared.slice(0, -1);
  const at = shared === '' ? -1 : parts[0].lastIndexOf(shared);
  return at > 1 ? parts[0].slice(0, at) : undefined;
}

/**
 * `3次以内每次扣1分，超过3次不得分`: the range the step applies in, restated as the complement of the
 * escalation that starts where it ends.
 */
function withinEscalation(pool: Pool, step: StepClause, overrides: ClauseOf<'band'>[]): Clause[] {
  return pool.of('description').filter((d) => {
    const m = /^(\d+)(.+?)(以内|以下|及以下)$/.exec(d.text);
    if (!d.hasCondition || m === null || m[2] !== step.unit) return false;
    const n = new Decimal(m[1]);
    return overrides.some((b) => b.cond.lower !== null && b.cond.lower.value.eq(n) && !b.cond.lower.incl);
  });
}

/** A turn from what was done to what was not, after a list mark or comma: `设立宣传栏、但…`. */
const TURN_RE = new RegExp(`[、,，](?:${alternatives(CONTRAST_WORDS.filter((w) => w !== '而'))})`);

/**
 * `工作无计划、无措施、无总结的分别扣1分`: one clause naming several faults that each cost the points (`earned`:
 * things that each earn them, `有制度、有台账各得1分`).
 */
function eachOf(label: string, earned = false): string[] {
  const m = /^(.*?)(的)?(分别|各|均)$/.exec(label);
  if (m === null) return [label];
  // (`设立宣传栏、但内容不符合要求或未定期更新各扣2分`: what comes before a turn is done, not a fault.)
  const turn = TURN_RE.exec(m[1]);
  const named = turn === null ? m[1] : m[1].slice(turn.index + turn[0].length);
  // (`县(市、区)`: a list inside brackets is one thing's; `A和B各得1分`: two things, with no 、 list.)
  const listed = named.split(/[、/](?![^(（]*[)）])/);
  const joined = listed.length === 1;
  const parts = (joined ? named.split(/和|或|及(?!时)/) : listed)
    .map((p) => p.replace(/[,，]$/, '').trim())
    .filter((p) => p !== '');
  // `无垃圾池、垃圾填埋场各扣6分`: the 无 of the first names the others too; joined by 或/和, with the words before
  // it (`各类资金未专户存储或专款专用`: 未 denies both).
  if (!joined) return leadEach(parts, NEGATIONS);
  if (parts.length < 2) return parts;
  const at = Math.min(...NEGATIONS.map((n) => parts[0].indexOf(n)).filter((i) => i !== -1));
  const negation = NEGATIONS.find((n) => parts[0].startsWith(n, at));
  // (Faults joined with no negation in the first, `换届选举工作和创先争优活动不能…落实到位各扣2分`, share words after
  // the last that the split would cut: one fault as written. Things earning points are named by their nouns.)
  if (negation === undefined) return earned ? parts : [named];
  const lead = parts[0].slice(0, at + negation.length);
  return parts.map((p, i) => (i > 0 && !NEGATIONS.some((n) => p.includes(n)) ? lead + p : p));
}

/**
 * `地面不洁扣4分;…;钢琴或开关有灰尘2分`: points a state gives that one deduction alone would take below nothing —
 * no clean result to deduct from, nor a level beside deductions; the reading is not the rule's.
 */
function belowNothing(
  outcomes: readonly Outcome[],
  deductions: readonly { amount: Decimal | null; ofWeight: boolean }[],
): boolean {
  return outcomes.some(
    (o) =>
      o.type === 'points' &&
      deductions.some((d) => !d.ofWeight && d.amount !== null && d.amount.gt(o.points)),
  );
}

/** A named state as the rule words it: a level with its subject (`制度` + `较完善`). */
function stateLabel(l: ClauseOf<'level'>): string {
  return l.subject + l.level;
}

/** The states a rule names in words (checks and levels), each with its words and outcome. */
function namedStates(pool: Pool): { clause: Clause; label: string; outcome: Outcome }[] {
  return [
    ...pool.of('check').map((c) => ({ clause: c as Clause, label: c.desc, outcome: c.outcome })),
    ...pool.of('level').map((l) => ({ clause: l as Clause, label: stateLabel(l), outcome: l.outcome })),
  ];
}

/** `每处扣0.2-0.5分`: the measure word a check's span is counted in, if any. */
function perOf(c: Clause): string | undefined {
  return c.type === 'check' ? c.per : undefined;
}

/** The clause right before a step that names nothing itself: a description, or a list item without points. */
type Namer = ClauseOf<'description'> | ClauseOf<'item'>;

function namerText(namer: Namer | null): string {
  return namer === null ? '' : namer.type === 'item' ? namer.desc : namer.text;
}

function namerBefore(pool: Pool, step: StepClause): Namer | null {
  const prev = pool.clauses[pool.clauses.indexOf(step as Clause) - 1];
  if (prev?.type === 'description' && !prev.hasNumber) return prev;
  if (prev?.type === 'item' && prev.outcome === null) return prev;
  // `宣传内容每季度1期，少1期扣1分`: the count asked, in the step's own unit, is the standard it falls short of.
  const unit = step.unit;
  if (prev?.type === 'description' && unit !== null && isMissingStep(step)) {
    const counts = [...prev.text.matchAll(/(\d+|[一二两三四五六七八九十]+)(个|)([\u4e00-\u9fff])/g)];
    if (counts.length === 1 && counts[0][3] === unit && !prev.hasCondition) return prev;
  }
  return null;
}

const ISSUE_VERB_RE = new RegExp(`^(${ISSUE_VERBS.join('|')})`);
/** `经查实`, `查到` alone name nothing; before other words (`检查发现不在岗`) they tell faults apart. */
const INSPECTION_ONLY_RE = new RegExp(`^(${INSPECTION_LEADS.join('|')})$`);
/** `被发现`: the verb of finding in the passive (`被媒体曝光` names what happened, and stays). */
const FOUND_PASSIVE_RE = new RegExp(`^被(?=${ISSUE_VERBS.join('|')})`);
const CONNECTIVE_RE = new RegExp(`^(${CONNECTIVE_WORDS.join('|')})$`);
/** `发现错误` → `错误`, `其中` → ``: the verb of finding, or a connective, is not the fault's name. */
function withoutIssueVerb(words: string): string {
  // (`有1项不达标扣2分`: `有` alone says there is one, and names nothing.)
  return words
    .replace(ISSUE_VERB_RE, '')
    .replace(CONNECTIVE_RE, '')
    .replace(INSPECTION_ONLY_RE, '')
    .replace(/^有$/, '');
}

/** `（1）未建立…的` → `未建立…`: what names a fault, without its numbering and closing particle. */
const REVERSED_RE = new RegExp(`(的)?(${REVERSE_DEDUCT_MARKS.join('|')})$`);

/** `,本项一律`, `该项均`: the row named as the subject of the outcome that follows. */
const SELF_TAIL_RE = new RegExp(`[,，]?(${SELF_WORDS.join('|')})(${ALL_ALIKE_WORDS.join('|')})?$`);

/**
 * `发生办案安全事故，导致人员死亡的，每起扣13分，未导致人员死亡的，每起扣7分`: a fault that denies the words
 * after the last comma of the one before it is the same event told apart by them — the words before that
 * comma lead both, so an answer naming only the event (`办案安全事故1起`) names neither alone.
 */
function sharedLeads<T extends { part: FaultPart }>(sourced: T[]): T[] {
  return sourced.map((x, k) => {
    const before = sourced[k - 1]?.part.label ?? '';
    const cut = before.lastIndexOf(',');
    if (cut <= 0 || x.part.label.includes(',')) return x;
    const [lead, tail] = [before.slice(0, cut), before.slice(cut + 1)];
    const denial = NEGATIONS.find((n) => x.part.label === n + tail || tail === n + x.part.label);
    return denial === undefined ? x : { ...x, part: { ...x.part, label: `${lead},${x.part.label}` } };
  });
}

/**
 * `未关灯1灯`, `未锁门1门`: a fault's words closed by one of the very thing they name (the thing's own character as
 * its measure word) — a price for each one. (One of anything else, `一人未入会扣1分`, may say what one costs
 * without saying what a second does: it stays so.)
 */
function onePriced(label: string): { label: string; counter: string } | null {
  const m = /^(.{2,}?)[,，]?(?:1|一)([\u4e00-\u9fff])$/.exec(label);
  if (m === null || !m[1].includes(m[2])) return null;
  // (`少于1个`, `超过1人`: a bound, not one of them.)
  if (/(少于|不足|低于|超过|高于|多于|达到|达|满|以上|以下|少|缺|多)$/.test(m[1])) return null;
  return { label: m[1], counter: m[2] };
}

/** `每篇(次)区级加1分`: a second measure word in brackets after 每's own, no part of what is named. */
const MEASURE_AGAIN_RE = new RegExp(`^[（(](?:${alternatives(COUNT_UNITS)})[)）]`);

function faultLabel(text: string): string {
  // `建成冷链服务站(具备综合运输服务站的,每个得2.5分`: a bracket left open opens the fault's own words.
  const open = text.lastIndexOf('(');
  const unclosed = open !== -1 && !text.includes(')', open);
  const label = (unclosed ? text.slice(open + 1) : text)
    // (A list number, `(2)`, `3、`, `4.`; `4月未开展…` keeps its month, `(2)项不符合要求` the standard it numbers.)
    .replace(/^[（(]\d+[)）](?!项)|^\d+[)）.、]|^[-—]+/, '')
    .replace(MEASURE_AGAIN_RE, '')
    // `…未及时修改的,再扣5分`: `再` joins the deduction, it does not name the fault.
    .replace(/[,，]?(再|另)$/, '')
    // (`时` closing `不及时`, `按时` is the word's own.)
    .replace(/(的情况|的|者|(?<![及按准同适定临实当延超逾过误随即小工平届])时)$/, '')
    .trim()
    // `…如有超龄,本项一律`: the row itself, named before its outcome, is no part of the fault.
    .replace(SELF_TAIL_RE, '');
  // `不得出现超龄人员,如有超龄`: the fault is the condition after 如有; before it, the requirement.
  const lead = IF_LEADS.map((w) => [w, label.lastIndexOf(w)] as const)
    .filter(([, at]) => at > 0)
    .sort((a, b) => b[1] - a[1])[0];
  if (lead !== undefined && label.length > lead[1] + lead[0].length)
    return label.slice(lead[1] + lead[0].length).replace(/^[,，]/, '');
  // `确保账实相符,账实不符`: the requirement restated before the fault is not part of the fault's name.
  const phrases = label.split(',');
  const first = phrases.findIndex((p) => NEGATIONS.some((n) => p.includes(n)));
  return first > 0 ? phrases.slice(first).join(',') : label;
}

/**
 * A composite of named faults (SPEC §3 composite): `未成立领导小组扣1分，职责不明确扣1分`,
 * `无办公场所不得分；无标识扣0.5分`, `主街每发现一处扣3分，小街小巷每发现一处扣1分`. Each fault the input
 * names costs its points (per occurrence where the rule says 每); one that gives nothing is a 一票否决.
 * The base is the one stated clean result (`…，得3分`), else the weight. Faults that differ only by
 * degree (`齐全`/`不齐全`) are a grade instead.
 */
function faults(pool: Pool): RuleAst | null {
  // Nothing that deducts, nothing that vetoes, no step: not a fault list (the common case, decided at once).
  const costs = (o: Outcome | null) => o !== null && (o.type === 'deduct' || givesNothing(o));
  const stated = [...pool.of('check'), ...pool.of('level'), ...pool.of('item')];
  const worded = stated.some((c) => costs(c.outcome));
  // (`…有损坏扣5~10分;…沉陷扣5~8分`: faults each sized by the person are a list too — two at least; one alone,
  // `未按要求落实并及时公开的扣0.5-1分`, is the person's judgement of the row.)
  const sized = stated.filter((c) => c.outcome?.type === 'range' && c.outcome.deduct === true).length;
  if (pool.of('step').length === 0 && !worded && sized < 2) return null;
  if (
    ['requirement', 'formula', 'rank', 'proportional', 'else'].some(
      (t) => pool.of(t as ClauseType).length > 0,
    )
  )
    return null;
  const measured = measuredFaults(pool.of('band'));
  // (Measured faults only beside faults of words: alone, or beside steps only, they are a table of bands.)
  if (measured === null || (measured.length > 0 && !worded)) return null;
  const steps = pool.of('step');
  // A step per day late is a deadline's, unless other faults stand beside it (`每迟报一天扣1分；…一次扣2分`):
  // then it is one more fault, counted in days.
  const timed = steps.filter((s) => s.unit !== null && TIME_UNITS.includes(s.unit));
  // (Faults about the delay itself — `延期半年以上不得分` — make it a deadline's, not a list of faults.)
  const others = [
    ...steps.filter((s) => !timed.includes(s)),
    ...pool.of('check').filter((c) => costs(c.outcome)),
  ].filter((c) => !DELAY_WORDS.some((w) => (c.type === 'check' ? c.desc : c.label + c.words).includes(w)));
  if (steps.some((s) => s.pct || s.bonus) || (timed.length > 0 && others.length === 0)) return null;
  const named = [
    ...namedStates(pool).map((n) => ({ ...n, marker: '' })),
    ...pool
      .of('item')
      .filter((i) => i.outcome !== null)
      // (`（2）项不符合要求扣3分`: the marker numbers a standard written elsewhere — it is the fault's name.)
      .map((i) => {
        const numbersStandard = /^项/.test(i.desc) && /\d/.test(i.marker);
        return {
          clause: i as Clause,
          label: numbersStandard ? i.marker + i.desc : i.desc,
          marker: numbersStandard ? '' : i.marker,
          outcome: i.outcome as Outcome,
        };
      }),
  ];
  // `是得2分，否得0分` is a yes/no question, not a list of faults.
  if (pool.of('level').some((l) => YES_LEVELS.includes(l.level) || NO_LEVELS.includes(l.level))) return null;
  const clean = named.filter((c) => isFixed(c.outcome) && !givesNothing(c.outcome));
  const faulty = named.filter((c) => !clean.includes(c));
  if (clean.length > 1 || faulty.length + steps.length === 0) return null;
  if (clean.some((c) => pointsEach(c.label))) return null;
  if (faulty.length === 0 && steps.length < 2) return null;
  const span = (o: Outcome) => o.type === 'range' && o.deduct === true;
  if (faulty.some((c) => c.outcome.type !== 'deduct' && !givesNothing(c.outcome) && !span(c.outcome)))
    return null;
  if (levelKeys(named.map((c) => c.label)) !== null) return null;
  // `一户不满意扣2分，二户不满意扣5分，有三户不满意不得分`: tiers of one count, not faults of their own.
  const counted = (label: string) => TIER_RE.exec(label)?.[1] ?? null;
  const tiered = named.some((c) => {
    const what = counted(c.label);
    return what !== null && steps.some((s) => s.words === what || counted(s.label + s.words) === what);
  });
  if (tiered) return null;
  // `造成不良后果和上访的，一次扣1分`, `未制定“一河一策”的，少1条扣1分`: a step that names nothing but its
  // verb is named by the clause before it.
  // `未及时更新，发现一条扣0.5分`: an issue verb alone (`发现`) names nothing either; `每发现一处错误` is
  // named by what was found.
  // (`被发现每铲除200株罂粟扣1分`: `被发现` names nothing; the step's words name what was found.)
  /** `每发现一处错误`: what each one found is, after the measure word (an issue verb before it). */
  const foundNoun = (s: StepClause) => {
    const found = withoutIssueVerb(s.words);
    return !s.single && found !== s.words && /^[\u4e00-\u9fff]{2,}$/.test(found) ? found : '';
  };
  const own = (s: StepClause) => {
    const label = withoutIssueVerb(s.label.replace(FOUND_PASSIVE_RE, ''));
    // (`迟交1次报表扣0.5分`: the verb, then one, then what it was done to — the fault is `迟交报表`.)
    // (`报表每发现一处错误扣0.5分`: what each found is is part of the fault too.)
    const of = countsSomeOf(s);
    const object =
      s.single && label.length >= 2 && /^[\u4e00-\u9fff]{2,}$/.test(s.words) ? s.words : foundNoun(of ?? s);
    return label.length >= 2 ? label + object : withoutIssueVerb(s.words) || label;
  };
  // `每发生1起较大事故扣0.5分,超过控制指标的每起扣1分`: a step counting nothing of its own, in the measure word
  // of an earlier step's noun, counts some of those (`超过控制指标的较大事故`).
  const countsSomeOf = (s: StepClause): StepClause | undefined => {
    if (s.words !== '' || s.unit === null || withoutIssueVerb(s.label).length < 2) return undefined;
    const earlier = steps
      .slice(
        0,
        steps.findIndex((x) => x === s),
      )
      .reverse();
    return earlier.find((p) => p.unit === s.unit && foundNoun(p) !== '');
  };
  // `未按时完成普扫，每条路扣2分`, `每次(件)扣1分`: a noun finishing the measure word names nothing.
  const bareNoun = (s: StepClause) => !s.label && s.words.replace(/[(（][^)）]*[)）]/g, '').length <= 1;
  const verbOnly = (s: StepClause) =>
    own(s) === '' || bareNoun(s) || (!s.words && s.single && MISSING_WORDS.includes(s.label));
  // `1.投放设备未正常运行的每发现一个小区扣5分`: a numbered item with no points of its own, right before a step
  // with no words before its 每, names the step's fault as those words unnumbered would.
  const itemLeads = (s: StepClause) => {
    const prev = pool.clauses[pool.clauses.indexOf(s as Clause) - 1];
    return s.label === '' && prev?.type === 'item' && prev.outcome === null;
  };
  const namers = steps.map((s) => (verbOnly(s) || itemLeads(s) ? namerBefore(pool, s) : null));
  const countedWords = steps.map((s) => withoutIssueVerb(s.words));
  const withinOf = (s: StepClause): { within?: string } => {
    const of = countsSomeOf(s);
    return of === undefined ? {} : { within: faultLabel(own(of)) };
  };
  // The description right before a fault sets its standard; the namer of a step is its label instead.
  const contextOf = (c: Clause): { context?: string } => {
    const prev = pool.clauses[pool.clauses.indexOf(c) - 1];
    return prev?.type === 'description' && !namers.includes(prev) ? { context: prev.text } : {};
  };
  // `扣完为止`, `最多扣N分`: the deductions run until the row is gone.
  const untilGone = pool.of('cap').length > 0 || pool.of('maxDeduct').length > 0;
  // Each part with where its words end, for the limits written after them.
  let sourced: { part: FaultPart; start: number; end: number }[] = [
    ...faulty.flatMap((c) =>
      eachOf(faultLabel(c.label.replace(REVERSED_RE, ''))).map((written) => {
        // (`未关灯1灯:-1分`: one of the fault's own thing, priced — each one.)
        const one = onePriced(written);
        const label = one?.label ?? written;
        return {
          start: c.clause.span[0],
          end: c.clause.span[1],
          part: {
            label,
            marker: c.marker,
            amount:
              c.outcome.type === 'deduct'
                ? c.outcome.amount
                : c.outcome.type === 'range'
                  ? (c.outcome.high ?? c.outcome.low)
                  : null,
            ofWeight: c.outcome.type === 'deduct' && c.outcome.ofWeight === true,
            // (`迟到扣0.5分,扣完为止`: deductions that run until the row is gone go on per occurrence — unless the
            // fault's words count it already, `少1支文化团队扣4分`.)
            perOccurrence: perOf(c.clause) !== undefined || one !== null || (untilGone && !/\d/.test(label)),
            size: new Decimal(1),
            cap: null,
            shortfall: false,
            unit: null,
            ...(perOf(c.clause) !== undefined
              ? { counter: perOf(c.clause) }
              : one !== null
                ? { counter: one.counter }
                : {}),
            ...(c.outcome.type === 'range'
              ? {
                  span: {
                    low: c.outcome.low,
                    high: c.outcome.high,
                    ...(c.outcome.doubled ? { doubled: true as const } : {}),
                  },
                }
              : {}),
            // (`反扣`: what it costs may pass the row, so naming it is the person's call.)
            ...(REVERSED_RE.test(c.label) ? { beyond: true } : {}),
            ...contextOf(c.clause),
          },
        };
      }),
    ),
    ...steps.map((s, k) => ({
      start: s.span[0],
      end: s.span[1],
      part: {
        label: faultLabel(namers[k] ? namerText(namers[k]) : own(s)),
        marker: namers[k]?.type === 'item' ? (namers[k] as ClauseOf<'item'>).marker : (s.marker ?? ''),
        amount: s.amount,
        ofWeight: s.ofWeight,
        // `发现…一次扣5分` (no 每, nothing saying the deductions go on): what one costs, not a second. A
        // shortfall (`缺一次扣2分`, `少1次扣1分`) is counted per unit missing.
        perOccurrence: !s.single || countsShort(s) || eachBefore(pool, s) || untilGone,
        size: s.size,
        cap: null,
        // (`工作人员每少一人`: named by what is short too, `少2人`, when no other fault is.)
        shortfall: isMissingStep(s),
        ...(s.single ? { perOne: true } : {}),
        unit: s.unit !== null && TIME_UNITS.includes(s.unit) ? s.unit : null,
        ...(s.unit !== null && !TIME_UNITS.includes(s.unit) ? { counter: s.unit } : {}),
        // (What the step counts: the noun closing a count when a namer stands before the step, else the event
        // counted after the fault's own words.)
        ...(countedWords[k].length < 2
          ? {}
          : namers[k]
            ? { counted: countedWords[k] }
            : { verb: countedWords[k] }),
        ...withinOf(s),
        ...contextOf(s),
      },
    })),
  ];
  for (const { band, subject } of measured)
    sourced.push({
      start: band.span[0],
      end: band.span[1],
      part: {
        label: subject + band.cond.text,
        marker: '',
        // (None for a band that gives nothing: `…不足50%的不得分`.)
        amount: band.outcome.type === 'deduct' ? band.outcome.amount : null,
        ofWeight: band.outcome.type === 'deduct' && band.outcome.ofWeight === true,
        perOccurrence: false,
        size: new Decimal(1),
        cap: null,
        shortfall: false,
        unit: null,
        measure: { subject, cond: band.cond },
      },
    });
  sourced.sort((a, b) => a.start - b.start);
  // `构成重大隐患的，不得分，并追加扣除20分`: more off the table's total than the row holds — the fault
  // before it becomes the person's call when the answer names it.
  const joiner = new RegExp(`^(${ADDITIVE_WORDS.join('|')})+$`);
  const joins = sourced.filter((x) => joiner.test(x.part.label));
  for (const j of joins) {
    const before = sourced
      .filter((x) => !joins.includes(x) && x.end <= j.start)
      .sort((a, b) => b.end - a.end);
    if (before.length === 0) return null;
    before[0].part = { ...before[0].part, beyond: true };
  }
  sourced = sharedLeads(sourced.filter((x) => !joins.includes(x)));
  const parts = sourced.map((x) => x.part);
  if (parts.some((p) => p.label === '') || new Set(parts.map((p) => p.label)).size !== parts.length)
    return null;
  const limits = partLimits(sourced, pool.of('maxDeduct'));
  if (limits === null) return null;
  // `地面不洁扣4分;…;钢琴或开关有灰尘2分`: points that one fault alone would take below nothing are no clean
  // result to deduct from.
  const base = clean.length === 1 ? clean[0].outcome : null;
  if (base !== null && belowNothing([base], parts)) return null;
  pool.use(
    ...named.map((c) => c.clause),
    ...steps,
    ...measured.map((m) => m.band),
    ...pool.of('cap'),
    ...pool.of('maxDeduct'),
  );
  for (const namer of namers) if (namer) pool.use(namer);
  // (A namer that states the count asked holds a number: a standard, accounted for as such.)
  pool.standards.push(
    ...namers.filter((n) => n?.type === 'description' && n.hasNumber).map((n) => n as Clause),
  );
  pool.useDescriptions();
  const standards = pool.useStandards(namers);
  return {
    kind: 'composite',
    form: 'faults',
    base: clean.length === 1 ? clean[0].outcome : fullOutcome(),
    clean: clean.length === 1 ? faultLabel(clean[0].label) : null,
    parts: parts.map((p, k) => ({ ...p, cap: limits.caps[k] })),
    maxDeduct: limits.whole,
    standards,
    ...(parts.every((p) => p.amount === null || p.span?.high === null) &&
    parts.some((p) => p.span?.high === null)
      ? { cleanJudged: true as const }
      : {}),
  };
}

/**
 * `满意率达不到90%扣1分`, `考核权重低于3%的扣0.25分,低于2%的扣0.5分` among faults priced flat: each band a fault
 * on its measure (a band with no subject of its own is on the one before it), priced a fixed deduction or nothing.
 * Null when a band is not such a fault; empty when there are no bands.
 */
function measuredFaults(
  bands: readonly ClauseOf<'band'>[],
): { band: ClauseOf<'band'>; subject: string }[] | null {
  const out: { band: ClauseOf<'band'>; subject: string }[] = [];
  for (const band of bands) {
    const subject = band.subject !== '' ? band.subject : (out[out.length - 1]?.subject ?? '');
    if (
      (band.outcome.type !== 'deduct' && !givesNothing(band.outcome)) ||
      band.cond.abs ||
      subject.length < 2
    )
      return null;
    out.push({ band, subject });
  }
  return out;
}

/**
 * `未制定“一河一策”的，少1条扣1分，最高扣4分；未制定年度计划的，每少1条扣1分，最高扣4分`: a limit belongs
 * to the fault written right before it; one limit after every fault limits them all.
 */
function partLimits(
  parts: { end: number }[],
  limits: ClauseOf<'maxDeduct'>[],
): { caps: (Decimal | null)[]; whole: Decimal | null } | null {
  const caps: (Decimal | null)[] = parts.map(() => null);
  const last = Math.max(...parts.map((p) => p.end));
  if (limits.length === 1 && limits[0].span[0] >= last) return { caps, whole: limits[0].amount };
  for (const limit of limits) {
    const before = parts.map((p, k) => ({ k, end: p.end })).filter((p) => p.end <= limit.span[0]);
    if (before.length === 0) return null;
    const owner = before.reduce((a, b) => (b.end > a.end ? b : a)).k;
    if (caps[owner] !== null) return null;
    caps[owner] = limit.amount;
  }
  return { caps, whole: null };
}

/**
 * `未完成年度目标任务的，每差1个百分点扣0.25分`, `未达到年度目标值的…每差1微克/立方米扣0.5分`: one step,
 * no threshold of its own, and words saying it counts from the target: measured from the 年度指标值.
 */
function fromTarget(pool: Pool): RuleAst | null {
  const all = pool.of('step');
  if (pool.of('band').length > 0 || pool.of('requirement').length > 0) return null;
  // `完成得基本分，大于目标值的，每增加1%加1分，最高加2分；小于目标值的，每少1%扣1分`: a bonus above the
  // target beside the step below it.
  const above = all.length === 2 ? all.find((s) => s.dir === 'up' && s.bonus) : undefined;
  const steps = above ? all.filter((s) => s !== above) : all;
  if (steps.length !== 1 || steps[0].bonus || (above && steps[0].dir !== 'down')) return null;
  if (above && (above.pct !== steps[0].pct || above.unit !== steps[0].unit)) return null;
  const step = steps[0];
  const targeted = (t: string) => TARGET_NAME_WORDS.some((w) => t.includes(w));
  // `培训人次达到计划数的得满分`, `完成得基本分`: reaching the target, restated with full marks.
  const reached = [
    ...pool.of('check').filter((c) => c.outcome.type === 'full' && targeted(c.desc)),
    ...pool.of('level').filter((l) => l.outcome.type === 'full' && l.level === '完成' && l.subject === ''),
  ];
  if (reached.length !== pool.of('check').length + pool.of('level').length) return null;
  // `未完成年度目标任务的，每差…`, `与计划每偏差2个百分点扣0.5分`: the target named before the step.
  const named = [
    ...pool.of('description').map((d) => d.text),
    step.label,
    ...pool.of('check').map((c) => c.desc),
  ];
  if (!named.some(targeted)) return null;
  pool.use(
    step,
    ...(above ? [above] : []),
    ...reached,
    ...pool.of('cap'),
    ...pool.of('maxDeduct'),
    ...(above ? pool.of('bonusCap') : []),
  );
  pool.useDescriptions();
  const placeholder: Condition = {
    lower: null,
    upper: null,
    text: '年度指标值',
    pct: step.pct,
    unit: step.unit,
    abs: false,
  };
  return {
    // `偏差`, `相差`: either way from the target.
    kind: step.dir === 'both' ? 'twosided' : 'linear',
    subject: '',
    value: step.pct ? { type: 'rate' } : { type: 'quantity', unit: step.unit },
    threshold: placeholder,
    base: fullOutcome(),
    steps: (['up', 'down'] as const).map((dir) => {
      const s = dir === 'up' && above ? above : step;
      return { dir, size: s.size, amount: s.amount, ofWeight: s.ofWeight, bonus: s.bonus };
    }),
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: [],
    fromTarget: true,
  };
}

/**
 * `查看最近连续两年资料，每低5%扣1分`, `每低1个百分点扣1分，直至本项分值扣完`: one step on a rate, one way, and
 * nothing else that scores — the standard it counts from stands in another column of the table.
 * `贷款增长率达到全县平均水平的，得基本分。每高1个百分点加0.2分，最高加4分；每低1个百分点减0.2分`: a standard
 * named, not written, reached for the base, a bonus above it beside the step below — in the rate's points or in
 * the step's own unit (`每低10亿元减0.5分`).
 */
function standardElsewhere(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  const above = steps.length === 2 ? steps.find((s) => s.dir === 'up' && s.bonus) : undefined;
  const below = steps.filter((s) => s !== above);
  if (below.length !== 1) return null;
  const step = below[0];
  if (step.bonus || step.from !== null || (step.dir !== 'down' && step.dir !== 'up')) return null;
  if (
    above &&
    (step.dir !== 'down' || above.from !== null || above.pct !== step.pct || above.unit !== step.unit)
  )
    return null;
  // (`不低于平均值的，得2分；每低1%，扣0.1分`: the standard named, not written, and what reaching it gives.)
  const named = pool.of('check').filter((c) => reachesNamedStandard(c.desc, step.dir as 'down' | 'up'));
  const base = named.length === 1 && isFixed(named[0].outcome) ? named[0].outcome : null;
  // (A step in its own unit, or a bonus above, counts from a standard only when the rule names one.)
  if ((!step.pct || above) && (base === null || (!step.pct && step.unit === null))) return null;
  // (`每下降10%扣2分；低于80%不得分`: a floor below which nothing is left, on the side the step goes.)
  const floors = pool
    .of('band')
    .filter(
      (b) =>
        step.dir === 'down' &&
        step.pct &&
        b.outcome.type === 'zero' &&
        b.cond.pct &&
        b.cond.lower === null &&
        b.cond.upper !== null,
    );
  const floor = floors.length === 1 ? floors : [];
  const bonusCaps = above ? pool.of('bonusCap') : [];
  const scoring = pool.clauses.filter(
    (c) =>
      !['step', 'description', 'cap', 'maxDeduct'].includes(c.type) &&
      !(base !== null && c === named[0]) &&
      !floor.includes(c as ClauseOf<'band'>) &&
      !(bonusCaps.length === 1 && c === bonusCaps[0]),
  );
  if (scoring.length > 0 || pool.of('description').some((d) => d.hasNumber || d.hasCondition)) return null;
  pool.use(
    ...steps,
    ...pool.of('cap'),
    ...pool.of('maxDeduct'),
    ...(base !== null ? named : []),
    ...floor,
    ...bonusCaps,
  );
  pool.useDescriptions();
  const linearStep = (s: StepClause, dir: 'up' | 'down'): LinearStep => ({
    dir,
    size: s.size,
    amount: s.amount,
    ofWeight: s.ofWeight,
    bonus: s.bonus,
  });
  return {
    kind: 'linear',
    subject: '',
    value: step.pct ? { type: 'rate' } : { type: 'quantity', unit: step.unit },
    threshold: { lower: null, upper: null, text: '标准值', pct: step.pct, unit: step.unit, abs: false },
    base: base ?? fullOutcome(),
    steps: [linearStep(step, step.dir), ...(above ? [linearStep(above, 'up')] : [])],
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: resolveBands(floor.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
    fromTarget: true,
    standardElsewhere: true,
    ...(bonusCaps.length === 1 ? { maxBonus: bonusCaps[0].amount } : {}),
  };
}

/** `每获一项省级表彰加1分，加满3分为止`, `每开展一项加2分，最高不超过4分`: points per unit up to a cap. */
function bonusRule(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  if (steps.length > 1 || pool.of('check').some((c) => c.outcome.type === 'bonus')) return bonusList(pool);
  if (steps.length !== 1 || !steps[0].bonus) return null;
  // (`比上年每增长一个百分点加0.5分`: a rise in points from nothing, with no standard to rise from.)
  // (`每降低一个百分点加0.5分`: a fall earning points, as a rise does.)
  const way = steps[0].dir === 'up' || steps[0].dir === 'down' ? steps[0].dir : null;
  const growth = steps[0].pct && steps[0].from === null ? way : null;
  if (
    steps[0].pct &&
    (growth === null || pool.of('standard').length > 0 || pool.of('requirement').length > 0)
  )
    return null;
  // (`配备专职工作人员1名得3分,每增加1名加1分`: a standard reached first, then a bonus above it — linear.)
  if (pool.of('band').length > 0) return null;
  const caps = [...pool.of('bonusCap'), ...pool.of('limit')];
  if (caps.length > 1) return null;
  const step = steps[0];
  // `是否…;是否…。每项达到目标值得0.5分`: the questions before the step are the things each earning it.
  const before = pool.clauses.slice(0, pool.clauses.indexOf(step as Clause));
  const questions =
    before.length >= 2 && before.every((c) => c.type === 'description' && c.question)
      ? before.map((c) => (c.type === 'description' ? c.text : ''))
      : [];
  // (`每完成一项得2分，否则不得分`: each one not done earns nothing — what counting the ones done says already.)
  const next = pool.clauses[pool.clauses.indexOf(step as Clause) + 1];
  const each = !step.single && !step.pct;
  if (each && next?.type === 'else' && next.outcome.type === 'zero' && pool.of('else').length === 1)
    pool.use(next);
  // (`操作间共10项,每项1分`: how many there are; `完成计满分,没有完成计0分`: each one met or not, restated.)
  const totals = pool.of('itemTotal');
  const restated = each && growth === null ? eachMetRestated(pool, step) : null;
  if (totals.length > 1 || (totals.length === 1 && (!each || growth !== null))) return null;
  pool.use(step, ...caps, ...totals, ...(restated ?? []));
  pool.useDescriptions();
  return {
    kind: 'bonus',
    words: step.words,
    size: step.size,
    unit: growth !== null ? '个百分点' : step.unit,
    amount: step.amount,
    cap: caps.length === 1 ? caps[0].amount : null,
    ...(growth !== null ? { growth } : {}),
    ...(step.single && caps.length === 0 ? { once: true } : {}),
    ...(questions.length > 0 && step.size.eq(1) ? { listed: questions } : {}),
    ...(totals.length === 1 ? { items: totals[0].count } : {}),
    ...((restated?.length ?? 0) > 0 ? { eachMet: true as const } : {}),
  };
}

/**
 * After points per thing, what one met or not gives, restated: `完成计满分,没有完成计0分` (met: its points or full
 * marks; the same words denied: nothing), `全部达到要求的得满分` (all met: full marks). The clauses, [] when there are
 * none, null when others stand there.
 */
function eachMetRestated(pool: Pool, step: StepClause): Clause[] | null {
  const said = pool.clauses.filter((c) => c.type === 'level' || c.type === 'check');
  if (said.length === 0) return [];
  const words = (c: Clause) =>
    compactText(c.type === 'level' ? c.subject + c.level : c.type === 'check' ? c.desc : '').replace(
      /[,;。、的]+$/,
      '',
    );
  const outcome = (c: Clause) => (c.type === 'level' || c.type === 'check' ? c.outcome : null);
  const gives = (c: Clause) => {
    const o = outcome(c);
    return o?.type === 'full' || (o?.type === 'points' && o.points.eq(step.amount));
  };
  if (said.length === 1)
    return gives(said[0]) &&
      outcome(said[0])?.type === 'full' &&
      ALL_MET_LEADS.some((w) => words(said[0]).startsWith(w))
      ? said
      : null;
  if (said.length !== 2) return null;
  const [yes, no] = said;
  const denied = NEGATIONS.find((n) => words(no).startsWith(n));
  const nothing = givesNothing(outcome(no) as Outcome);
  return gives(yes) &&
    nothing &&
    denied !== undefined &&
    words(no).slice(denied.length).startsWith(words(yes))
    ? said
    : null;
}

/**
 * `区级…,市级,省级`, `获一等奖…,二等奖,三等奖`: labels of levels of one thing — the rest short, bare of anything but
 * the level, all ending alike.
 */
function sameLevelsAfter(labels: readonly string[]): boolean {
  const last = labels[0].slice(-1);
  return (
    /[\u4e00-\u9fff]/.test(last) &&
    labels
      .slice(1)
      .every((l) => l.length >= 2 && l.length <= 4 && l.endsWith(last) && /^[\u4e00-\u9fff]+$/.test(l))
  );
}

/**
 * Bonuses named by their words (`获国家级表彰的每项加2分，获省级…每项加1分`), each counted in the input;
 * one without 每 (`获得省级表彰的加2分`) is given once.
 */
function bonusList(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  const checks = pool.of('check');
  // `受到国家表彰的，一次加3分`: a step saying only how many is named by the words before it.
  const namers = steps.map((s) => (s.label === '' && s.words === '' ? namerBefore(pool, s) : null));
  // (`每新开1个项目加5分;每续建1个项目加2分`: what each step counts names it, where the words before do not.)
  const labels = steps.map((s) => s.label);
  const byWords = labels.some((l) => l === '') || new Set(labels).size !== labels.length;
  const named = (s: StepClause, k: number) =>
    namers[k] ? namerText(namers[k]) : byWords && s.words !== '' ? s.words : s.label;
  if (steps.some((s, k) => !s.bonus || s.pct || named(s, k) === '' || !s.size.eq(1))) return null;
  if (checks.some((c) => c.outcome.type !== 'bonus')) return null;
  const caps = [...pool.of('bonusCap'), ...pool.of('limit')];
  const parts = [
    ...steps.map((s, k) => ({
      clause: s as Clause,
      label: faultLabel(named(s, k)),
      amount: s.amount,
      // (`一次加3分` without 每 or a limit: what one is worth, not a second.)
      each: !s.single || caps.length > 0,
      counter: s.unit,
    })),
    ...checks.map((c) => ({
      clause: c as Clause,
      label: faultLabel(c.desc),
      amount: (c.outcome as { amount: Decimal }).amount,
      each: false,
      counter: null,
    })),
  ].sort((a, b) => a.clause.span[0] - b.clause.span[0]);
  const partLabels = parts.map((p) => p.label);
  if (new Set(partLabels).size !== partLabels.length || partLabels.some((l) => l === '')) return null;
  // (`每篇区级加1分,市级加2分`: the levels after the first, bare, are counted as it is.)
  const [first, ...rest] = parts;
  if (first.each && first.clause.type === 'step' && rest.length > 0 && sameLevelsAfter(partLabels))
    for (const p of rest) Object.assign(p, { each: true, counter: first.counter });
  // (`获得市级表彰的,每次加10分,最高不超过20分;获得省级…,每次加20分,最高不超过40分`: a ceiling right after each
  // counted part, before the next, is that part's own.)
  const own = ownCaps(
    pool,
    parts.map((p) => p.clause),
    caps,
  );
  if (own === null && caps.length > 1) return null;
  pool.use(...parts.map((p) => p.clause), ...caps);
  for (const namer of namers) if (namer) pool.use(namer);
  pool.useDescriptions();
  return {
    kind: 'composite',
    form: 'bonuses',
    parts: parts.map((p, k) => ({
      label: p.label,
      marker: '',
      amount: p.amount,
      ofWeight: false,
      perOccurrence: p.each,
      size: new Decimal(1),
      cap: own?.[k] ?? null,
      shortfall: false,
      unit: null,
      ...(p.counter !== null && !TIME_UNITS.includes(p.counter) ? { counter: p.counter } : {}),
    })),
    cap: own === null ? (caps[0]?.amount ?? null) : null,
  };
}

/**
 * Each counted part's own ceiling, when every part is counted (with 每) and followed, before the next part, by
 * exactly one ceiling — and no ceiling stands anywhere else; else null.
 */
function ownCaps(
  pool: Pool,
  parts: Clause[],
  caps: (ClauseOf<'bonusCap'> | ClauseOf<'limit'>)[],
): Decimal[] | null {
  if (parts.length < 2 || caps.length !== parts.length) return null;
  const at = (c: Clause) => pool.clauses.indexOf(c);
  const own = parts.map((p, k) => {
    const next = k + 1 < parts.length ? at(parts[k + 1]) : pool.clauses.length;
    const after = caps.filter((c) => at(c) > at(p) && at(c) < next);
    return p.type === 'step' && !p.single && after.length === 1 ? after[0].amount : null;
  });
  return own.every((c): c is Decimal => c !== null) ? own : null;
}

const NO_DEDUCTION = /不扣分$/;

/** `得分=(1−5×偏差率)×分值，偏差率超过20%的得0分`: the formula, with bands that override it. */
function formulaRule(pool: Pool): RuleAst | null {
  const formulas = pool.of('formula');
  if (formulas.length !== 1) return null;
  const bands = pool.of('band');
  if (!bands.every((b) => isFixed(b.outcome))) return null;
  // (`前2次不扣分` before `得分=功能利用率×6分`: a count is no band on a rate; before `得分=10分-次数×2分` it
  // may as well shift the count as stop the formula at two.)
  if (
    !oneScale(bands.map((b) => b.cond)) ||
    (bands.length > 0 && isRateName(formulas[0].input) && !bands[0].cond.pct) ||
    bands.some((b) => !b.cond.pct && (b.outcome.type === 'full' || NO_DEDUCTION.test(b.subject)))
  )
    return null;
  pool.use(formulas[0], ...bands, ...pool.of('countAs100'), ...pool.of('cap'));
  pool.use(...announced(pool, formulas[0].target !== null));
  pool.useDescriptions();
  const f = formulas[0];
  return {
    kind: 'formula',
    subject: f.input,
    expr: f.expr,
    target: f.target,
    overrides: resolveBands(bands.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
    atMost100: pool.of('countAs100').length > 0 || f.atMost100,
    ...(f.inputs !== undefined ? { inputs: f.inputs } : {}),
  };
}

/**
 * Words a formula spells out: `按完成进度比例得分`, `按完成时序目标进度得分`, and `完成…的得满分，未完成的按
 * 比例得分` (the formula at or above the target gives the weight, below it the share).
 */
function announced(pool: Pool, ofTarget: boolean): Clause[] {
  const words: Clause[] = [...pool.of('basis'), ...pool.of('proportional')];
  if (!ofTarget) return words;
  const otherwise = pool.of('else');
  const named = [...pool.of('check'), ...pool.of('level')];
  const share =
    otherwise.length === 1 &&
    otherwise[0].outcome.type === 'proportional' &&
    !otherwise[0].outcome.explicit &&
    otherwise[0].outcome.line !== true &&
    named.length === 1 &&
    named[0].outcome.type === 'full';
  return share ? [...words, otherwise[0], named[0]] : words;
}

/** `第1名至第5名依次得60、57、54、51、48分`, `前3名得5分；第4名至第10名得3分`: the points of the rank. */
function rankRule(pool: Pool): RuleAst | null {
  const ranks: RankPoints[] = pool.of('rank').flatMap((r) => r.ranks);
  // `倒数第1名计2分`: ranks counted from the last — all of them, or the rule says two things.
  const steps = pool.of('step');
  const frames = new Set([
    ...pool.of('rank').map((r) => r.bottom === true),
    ...steps.flatMap((s) => (s.startRank ? [s.startRank.bottom] : [])),
  ]);
  if (frames.size > 1) return null;
  const bottom = frames.has(true);
  // `4-10名得3分` reads as a band on a count of 名: a run of ranks too.
  const bands = pool.of('band');
  if (bottom && bands.length > 0) return null;
  for (const b of bands) {
    if (b.cond.unit !== '名' || b.cond.lower === null || b.cond.upper === null || !pricesARank(b.outcome))
      return null;
    ranks.push({
      from: b.cond.lower.value.toNumber(),
      to: b.cond.upper.value.toNumber(),
      outcome: b.outcome,
    });
  }
  const overlap = ranks.some((a, i) => ranks.some((b, j) => i < j && a.from <= b.to && b.from <= a.to));
  if (overlap) return null;
  // `前5名的得满分,6-10名的扣0.5分`: a deduction is off the full marks a rank above gets; with none, off what is
  // not said.
  const offFull = ranks.filter((r) => r.outcome.type === 'deduct');
  if (offFull.some((d) => !ranks.some((r) => r.outcome.type === 'full' && r.to < d.from))) return null;
  // `每降1位减0.5分`, `每后退一名扣0.5分`: a step down the ranks, after the ones listed (counted from the last,
  // `每进1名`: a step up, away from them).
  const said = (s: StepClause, words: readonly string[]) =>
    words.some((w) => (s.label + s.words).includes(w));
  const onward = (s: StepClause) =>
    !s.bonus &&
    !s.pct &&
    s.size.eq(1) &&
    (RANK_UNITS.includes(s.unit ?? '') || RANK_STEP_WORDS.includes(s.words)) &&
    (bottom
      ? s.dir === null && said(s, RANK_UP_WORDS) && !said(s, RANK_DOWN_WORDS)
      : s.dir === 'down' || said(s, RANK_DOWN_WORDS));
  if (steps.length > 1 || (steps.length === 1 && (!onward(steps[0]) || ranks.length === 0))) return null;
  // `…第3名得1分，其他不得分`: one fixed else is every rank not listed (never beside a step down).
  const elses = pool.of('else');
  const otherwise = elses.length === 1 && steps.length === 0 && isFixed(elses[0].outcome) ? elses[0] : null;
  pool.use(...pool.of('rank'), ...bands, ...steps, ...pool.of('cap'), ...(otherwise ? [otherwise] : []));
  pool.useDescriptions();
  ranks.sort((a, b) => a.from - b.from);
  const step = steps[0];
  // (`倒数第4名起每进1名…`: the step starts right after the last rank listed, or where its arithmetic is unwritten.)
  if (step?.startRank && step.startRank.n !== ranks[ranks.length - 1].to + 1) return null;
  // (`居全市前3名的，得2分` alone: one condition, met or not — as any single condition, unmet gives nothing.)
  const single = ranks.length === 1 && ranks[0].from === 1 && ranks[0].to > 1 && !step && elses.length === 0;
  const rest: Outcome | null = otherwise ? otherwise.outcome : single ? { type: 'zero' } : null;
  return {
    kind: 'rank',
    ranks,
    ...(bottom ? { bottom: true as const } : {}),
    ...(step ? { step: { amount: step.amount, ofWeight: step.ofWeight } } : {}),
    ...(rest ? { otherwise: rest } : {}),
  };
}

/**
 * `每月召开1次会议得2分，否则不得分`, `每年制定1个专项计划得2分，否则不得分`: a frequency asked for, met or
 * not — the else giving nothing says the points are not per meeting.
 */
function frequencyMet(pool: Pool): RuleAst | null {
  const [step, ...more] = pool.of('step');
  const elses = pool.of('else');
  if (more.length > 0 || elses.length !== 1 || !givesNothing(elses[0].outcome)) return null;
  const periodic = PERIOD_WORDS.some((p) => step.words.startsWith(p));
  if (!periodic || step.label !== '' || step.from !== null || !step.size.eq(1) || step.ofWeight) return null;
  if (pool.clauses.some((c) => c !== step && c !== elses[0] && c.type !== 'description')) return null;
  pool.use(step, elses[0]);
  pool.useDescriptions();
  const yes: Outcome = { type: 'points', points: step.amount };
  pool.claims.push(step.amount);
  return {
    kind: 'checklist',
    mode: 'yesno',
    question: `每${step.words}（${step.size.toString()}${step.unit ?? ''}）`,
    yes,
    no: { type: 'zero' },
  };
}

/** `全部满足得满分` beside `每有一项不满足扣1分`: the clean result, restated in words. */
function allMetRestated(pool: Pool): Clause[] {
  const named = namedStates(pool);
  // (`制度健全的记5分` after the list: every item there, said in a met word, for the row's points.)
  const whole = (label: string) =>
    ALL_ITEMS_WORDS.some((w) => label.startsWith(w)) || WHOLE_MET_ENDINGS.some((w) => label.endsWith(w));
  const all = named.filter(
    (n) => (n.outcome.type === 'full' || n.outcome.type === 'points') && whole(levelLabel(n.label)),
  );
  if (all.length !== 1 || named.length !== 1) return [];
  const o = all[0].outcome;
  if (o.type === 'points') pool.claims.push(o.points);
  return [all[0].clause];
}

/**
 * Conditions with their own points and no markers, numbered in order — a check closed by 各 one item per thing it
 * lists; null when one lists a single thing.
 */
function checksAsItems(checks: ClauseOf<'check'>[]): ChecklistItem[] | null {
  const each = checks.map((c) => {
    const shared = pointsEach(c.desc);
    // (`牛冷配任务和猪人工受精任务完成(各记20分)`: the 各 opening the brackets of the points closes the things.)
    const descs = shared ? eachOf(faultLabel(c.desc.replace(/[(（]各$/, '各')), true) : [c.desc];
    return { shared, descs, points: c.outcome };
  });
  if (each.some((e) => e.shared && e.descs.length < 2)) return null;
  return each
    .flatMap((e) => e.descs.map((desc) => ({ desc, points: e.points })))
    .map((i, k) => ({ n: k + 1, marker: itemMarker(k + 1), ...i }));
}

/** An item's points equal what the step deducts for each item missed. */
function costsStep(o: Outcome, step: StepClause): boolean {
  return o.type === 'points' && o.points.eq(step.amount);
}

function toItem(c: ClauseOf<'item'>): ChecklistItem {
  return { n: c.n, marker: c.marker, desc: c.desc, points: c.outcome };
}

/**
 * `①…；②…；③…。以上三项每项1分，不符合的不得分`: listed items each worth the same points; a count the text
 * gives must be the number listed, and `不符合的不得分` restates what an unmet item gives.
 */
function itemsEachWorth(pool: Pool, numbered: ClauseOf<'item'>[]): RuleAst | null {
  const each = pool.of('eachItem');
  if (each.length !== 1) return null;
  const items = numbered.length > 0 ? numbered : listedBefore(pool, each[0]);
  if (items.length < 2 || items.some((i) => i.outcome !== null)) return null;
  if (each[0].count !== null && each[0].count !== items.length) return null;
  const unmet = namedStates(pool);
  if (!unmet.every((u) => givesNothing(u.outcome) && NO_WORDS.includes(levelLabel(u.label)))) return null;
  pool.use(each[0], ...items, ...unmet.map((u) => u.clause), ...pool.of('cap'));
  pool.useDescriptions();
  const points: Outcome = { type: 'points', points: each[0].points };
  // (Things listed in words, not numbered: together they are the row's worth, checked.)
  if (numbered.length === 0)
    claimParts(
      pool,
      items.map(() => points),
    );
  return { kind: 'checklist', mode: 'items', items: items.map((i) => ({ ...toItem(i), points })) };
}

/**
 * `负责人、内设机构、印章、银行账户、税务登记应及时办理备案手续(每项2分)`: the things a sentence lists right
 * before `每项N分`, as items (the last keeps the words after it).
 */
function listedBefore(pool: Pool, each: Clause): ClauseOf<'item'>[] {
  const prev = pool.clauses[pool.clauses.indexOf(each) - 1];
  if (prev?.type !== 'description' || prev.hasNumber || prev.hasCondition) return [];
  const things = prev.text.split('、');
  if (things.length < 2 || things.some((t) => t.length < 2 || t.length > 30)) return [];
  return things.map((desc, k) => ({
    type: 'item',
    n: k + 1,
    marker: itemMarker(k + 1),
    desc,
    outcome: null,
    span: prev.span,
  }));
}

function checklistItems(pool: Pool, items: ClauseOf<'item'>[]): RuleAst | null {
  const scored = items.filter((i) => i.outcome !== null);
  if (scored.some((i) => !isFixed(i.outcome as Outcome))) return null;
  const numbers = scored.map((i) => i.n);
  if (new Set(numbers).size !== numbers.length) return null;
  // `…3、有制度执行佐证资料1分。没有不得分`: an item not met gives nothing, restated.
  const unmet = [
    ...pool.of('level').filter((l) => [...NO_LEVELS, '没有'].includes(l.level) && l.subject === ''),
    ...pool.of('else'),
  ].filter((c) => givesNothing(c.outcome));
  pool.use(...scored, ...unmet, ...pool.of('cap'));
  pool.useDescriptions();
  claimParts(
    pool,
    scored.map((i) => i.outcome as Outcome),
  );
  return measuredItems(scored) ?? { kind: 'checklist', mode: 'items', items: scored.map(toItem) };
}

/**
 * `1、…安排了小型农田水利投入,得4分。2、…投入达到中央和省级投入的10%以上,得2分。`: items one of which is a
 * measure reaching a bound are parts — that one met when the answer's value reaches it (`已安排，达到…12%`),
 * the others when said met. Null when no item measures so, or a part's points are not the item's.
 */
function measuredItems(items: ClauseOf<'item'>[]): RuleAst | null {
  const measured = (i: ClauseOf<'item'>) =>
    i.band !== undefined &&
    reachesABound(i.band) &&
    i.outcome?.type === 'points' &&
    (i.band.outcome as Extract<Outcome, { type: 'points' }>).points.eq(i.outcome.points);
  if (!items.some(measured) || items.some((i) => i.outcome?.type !== 'points')) return null;
  const parts = items.map((i): RulePart => {
    const points = i.outcome as Extract<Outcome, { type: 'points' }>;
    return measured(i) && i.band !== undefined
      ? { ...measuredPart(i.band, points), text: i.desc }
      : metPart(i.desc, points);
  });
  return { kind: 'composite', form: 'parts', parts };
}

/** A band's measure and outcome, as a band clause or an item's own band holds them. */
type BandOf = Pick<ClauseOf<'band'>, 'subject' | 'cond' | 'outcome'>;

/** `不少于3次(10分)`, `1人以上1分`: a measure reaching a bound (a share or a unit, no ceiling) for points. */
function reachesABound(b: BandOf): boolean {
  return (b.cond.pct || b.cond.unit !== null) && b.cond.upper === null && b.outcome.type === 'points';
}

/** A part met when its measure reaches the band's bound: the points, else nothing. */
function measuredPart(b: BandOf, points: Extract<Outcome, { type: 'points' }>): RulePart {
  return {
    text: `${b.subject}${b.cond.text}`,
    worth: points.points,
    ast: {
      kind: 'bands',
      subject: b.subject,
      value: valueKindOf([b.cond]),
      bands: [{ cond: b.cond, outcome: points }],
      otherwise: { type: 'zero' },
    },
  };
}

/** A part met or not, as the answer says: the points, else nothing. */
function metPart(desc: string, points: Extract<Outcome, { type: 'points' }>): RulePart {
  return {
    text: desc,
    worth: points.points,
    ast: { kind: 'checklist', mode: 'yesno', question: desc, yes: points, no: { type: 'zero' } },
  };
}

/**
 * `机构健全2分,有办公场地1分,有专职工作人员1人以上1分`: things each earning their points, among them a measure
 * reaching a bound with its own points — parts, as numbered items holding a measure are (`measuredItems`): each
 * thing met or not, the measure's value reaching its bound or not. Only points, only such clauses.
 */
function checksAndMeasures(pool: Pool): RuleAst | null {
  const checks = pool.of('check');
  const bands = pool.of('band');
  if (checks.length === 0 || bands.length === 0 || !checks.every((c) => c.outcome.type === 'points'))
    return null;
  if (!bands.every((b) => b.subject !== '' && b.cond.lower !== null && reachesABound(b))) return null;
  // (`完成目标的90%得9分,完成80%得8分,依次类推`: two bands of one measure are a scale of it, not parts.)
  const subjects = bands.map((b) => b.subject);
  const oneMeasure = subjects.some((a, i) =>
    subjects.some(
      (b, j) => i !== j && (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)),
    ),
  );
  if (oneMeasure || pool.of('description').some((d) => SO_ON_WORDS.some((w) => d.text.includes(w))))
    return null;
  const named = [...checks, ...bands];
  if (pool.clauses.some((c) => !named.includes(c as never) && c.type !== 'description')) return null;
  const parts = [...named]
    .sort((a, b) => a.span[0] - b.span[0])
    .map((c): RulePart => {
      const points = c.outcome as Extract<Outcome, { type: 'points' }>;
      return c.type === 'check' ? metPart(c.desc, points) : measuredPart(c, points);
    });
  pool.use(...named);
  pool.useDescriptions();
  claimParts(
    pool,
    named.map((c) => c.outcome),
  );
  return { kind: 'composite', form: 'parts', parts };
}

/**
 * Parts each worth their points are together the row's worth (`领导小组1分，…经验材料1分`,
 * `列入规划(0.3)并能认真执行(0.4)`), checked against the weight when scored: parts that do not add up to
 * it (a part missing from the text, a weight from another row) are not scored.
 */
function claimParts(pool: Pool, outcomes: Outcome[]): void {
  if (!outcomes.every((o) => o.type === 'points')) return;
  pool.claims.push(outcomes.reduce((sum, o) => sum.plus((o as { points: Decimal }).points), new Decimal(0)));
}

function levelRule(pool: Pool): RuleAst | null {
  const levels = pool.of('level');
  const yes = levels.find((l) => YES_LEVELS.includes(l.level));
  const no = levels.find((l) => NO_LEVELS.includes(l.level));
  if ((yes || no) && levels.every((l) => l === yes || l === no)) {
    const question = pool.of('description').find((d) => d.question)?.text ?? (yes ?? no)?.subject ?? '';
    pool.use(...levels);
    pool.useDescriptions();
    return {
      kind: 'checklist',
      mode: 'yesno',
      question,
      yes: yes ? yes.outcome : fullOutcome(),
      no: no ? no.outcome : { type: 'zero' },
    };
  }
  if (levels.length === 1) {
    // `…按时完成，得1分`: one named state is a yes/no condition, not a grade scale.
    const l = levels[0];
    if (!isFixed(l.outcome)) return null;
    // `完成得基本分，未完成的不得分`: the else restates the answer no.
    pool.use(l, ...pool.of('else').filter((e) => givesNothing(e.outcome)));
    pool.useDescriptions();
    return {
      kind: 'checklist',
      mode: 'yesno',
      question: stateLabel(l),
      yes: l.outcome,
      no: { type: 'zero' },
    };
  }
  const names = levels.map((l) => l.level);
  if (new Set(names).size !== names.length) return null;
  pool.use(...levels);
  pool.useDescriptions();
  return { kind: 'grade', levels: levels.map((l) => ({ level: l.level, outcome: l.outcome, key: l.level })) };
}
