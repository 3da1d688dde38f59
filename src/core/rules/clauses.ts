/**
 * Clause parser: the tokens of one clause (between ；。 or a line break) → placed clauses. Units are
 * tried in a fixed order at each position; a comma ends a unit. What no unit can take from a
 * position up to the next comma is returned as an unplaced span.
 */
import Decimal from 'decimal.js';
import {
  BY_WORDS,
  CONDITION_FILLERS,
  COUNT_AS_WORDS,
  COUNT_UNITS,
  BEYOND_ROW_TAIL_RE,
  INTERPOLATION_RE,
  SAMPLING_VERBS,
  PERSON_TIME_UNITS,
  DISCRETIONARY_WORDS,
  ELSE_WORDS,
  GLUED_ELSE_WORDS,
  HALF_POINTS_WORDS,
  ISSUE_COUNT_SUFFIXES,
  DIRECTION_WORDS,
  JUDGED_COST_LEADS,
  DOUBLED_COST_WORDS,
  JUDGEMENT_LEADS,
  JUDGEMENT_OBJECTS,
  JUDGEMENT_VERBS,
  LEVEL_SETS,
  BASE_POINT_WORDS,
  LIMIT_WORDS,
  TOTAL_NAMES,
  ASSESSED_NAMES,
  MET_ENDINGS,
  MET_WORDS,
  NEGATIONS,
  FAULT_CHAR_RE,
  FORMULA_LEADS,
  DEDUCT_WORDS,
  GAIN_WORDS,
  HIGHEST_LEADS,
  NOT_ADDED_WORDS,
  SAME_ITEM_LEAD,
  ITEM_TOTAL_LEADS,
  ITEM_TOTAL_UNITS,
  RANK_DESCENT_LEADS,
  RANK_DESCENT_WORDS,
  RANK_GIVING,
  RANKED_SCORE_TAILS,
  SCORED_UNITS,
  RANK_JOINERS,
  RANK_SCORING_VERBS,
  RANK_UNITS,
  RATIO_WORDS,
  SELF_WORDS,
  UNDONE_LEADS,
  STANDARD_WORDS,
  STATED_WORDS,
  SCORE_WORDS,
  TOPIC_ENDINGS,
  LEADING_MINIMUM_WORDS,
  PERIOD_WORDS,
  PERSON_UNITS,
  DELAY_WORDS,
  TIME_UNITS,
  SHORTFALL_VERBS,
  NOT_COUNTING_LEADS,
  ANY_ONE_LEADS,
  LACK_VERBS,
  ITEMS_ABOVE_WORDS,
  SUBJECT_CLOSERS,
  REACHING_WORDS,
  TOTAL_MEASURE_ENDINGS,
  SHORT_OF_LEADS,
  SHORT_CASE_LEADS,
  UNSPECIFIED_DEDUCTIONS,
  QUESTION_WORD,
  SUBJECT_OPENERS,
  OPENER_LOOKALIKES,
  VERBS_ENDING_IN_CLOSER,
  PARTLY_DONE_WORDS,
  DONE_AFTER_VALUE,
  ADDITIVE_WORDS,
  UNSAID_SHARE_WORDS,
} from '../vocabulary/rules';
import type { Comparator, Direction } from '../vocabulary/rules';
import type { Bound, Clause, Condition, Outcome } from './ast';
import { alternatives } from '../text';
import { parseFormula } from './formula';
import { lex } from './lexer';
import { givesNothing, isLevelOutcome, pricesARank } from './outcomes';
import { rescale } from '../inputs';
import { countRange } from './bands';
import { CONDITION_TOKENS, NUMBER_TOKENS, SCORING_TOKENS } from './tokens';
import type { Token, TokenOf } from './tokens';
import { PER_PERIOD_RE } from './perPeriod';

interface Hit<T> {
  value: T;
  end: number;
}

type Unit = Hit<Clause>;

/** Who a row scores, named before `按…比例` (`的乡镇按照…`). */
const SCORED_UNITS_RE = new RegExp(`^(?:${alternatives(SCORED_UNITS)})(?=${alternatives(BY_WORDS)})`);
/** `依次`, `的依次`, `依次赋予`: between ranks and the points listed for them. */
const RANK_JOINER_RE = new RegExp(`^的?(?:${alternatives(RANK_JOINERS)})(?:${alternatives(RANK_GIVING)})?$`);
/** `规定数`, `计划数`, `任务量`: what a share is of, named right before it (`＜规定数60%`). */
const REFERENCE_NOUN_RE = /^[\u4e00-\u9fff]{1,4}(?:数|量|额)$/;
/** `递`, `依次递`, `逐名递`: before the 减 a step down the ranks is lexed with (`每递减一名`). */
const RANK_STEP_LEADS = alternatives(['递', ...RANK_DESCENT_WORDS.filter((w) => w.endsWith('递'))]);
const RANK_STEP_LEAD_RE = new RegExp(`^(?:${RANK_STEP_LEADS})$`);
/** `每递减一位`: the same, lexed as one word with its one rank. */
const RANK_STEP_GLUED_RE = new RegExp(`^(?:${RANK_STEP_LEADS})减(?:一|1)(?:${alternatives(RANK_UNITS)})$`);
/** `按名次依次递`, `其他依次`: the ranks after those listed, one by one (减 or 扣 follows). */
const RANK_DESCENT_RE = new RegExp(
  `^(?:${alternatives(RANK_DESCENT_LEADS)})?(?:${alternatives(RANK_DESCENT_WORDS)})$`,
);
/**
 * `此项分值不得累加`, `不累加计分`, `奖励分按最高分加分`, `以上加分中只取最高一档` (never `同一内容取最高`: per item, not
 * over the items).
 */
const HIGHEST_ONLY_RE = new RegExp(
  `^(?:(?:此项|本项|该项)?(?:分值|得分)?(?:不得|不再|不)(?:${alternatives(NOT_ADDED_WORDS)})(?:计分|加分|得分)?|` +
    `(?:(?![同每])[\u4e00-\u9fff]){0,6}?(?:${alternatives(HIGHEST_LEADS)})[\u4e00-\u9fff]{0,16}?(?:计分|加分|得分|计|一档|一项))$`,
);
/**
 * `同一内容取最高加分`, `同一项按最高分只计入1次`, `同一成果获多项奖励的,按最高级别计分`: one thing reaching several
 * items counts once, at the highest; group 1 is what the rule calls the thing.
 */
const SAME_ITEM_RE = new RegExp(
  `^${SAME_ITEM_LEAD}([\u4e00-\u9fff]{1,4}?)(?=按|取|以|获|受|被|在|只|仅|就|的)[\u4e00-\u9fff]{0,12}?(?:的,?)?(?:只|仅)?` +
    `(?:${alternatives(HIGHEST_LEADS)}|就高)[\u4e00-\u9fff]{0,8}?(?:计分|加分|得分|计算|计入|计|奖项|级别|一项)(?:[1一]次)?$`,
);
/** `不重复累计` after a note saying one thing counts once: the same said again. */
const NOT_ADDED_AGAIN_RE = new RegExp(`^(?:不|不再)(?:${alternatives(NOT_ADDED_WORDS)})(?:计分|加分|得分)?$`);
/** `标准为`, `考核标准是`: the standard named, its value after it. */
const STANDARD_IS_RE = /^[\u4e00-\u9fff]{0,8}标准(?:为|是)$/;
/** `不扣分`, `不予扣分`, `免扣分`: nothing taken off. */
const NOT_DEDUCTED_RE = new RegExp(
  `(不|不得|不予|免于?|无需|不再)(${alternatives(UNSPECIFIED_DEDUCTIONS)})$`,
);
/** `本项得分为` before a colon: the formula's own head, not the end of its clause. */
const SCORE_LEAD_RE = new RegExp(`(?:(?:${alternatives(SCORE_WORDS)})为?|${alternatives(FORMULA_LEADS)})$`);
/** `每处错误`: 每, the measure word, then what is counted. */
const EACH_FAULT_RE = new RegExp(
  `^每(${[...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|')})(.{2,})$`,
);

/** What a fault's step counts: things, times, people. */
const COUNTED_UNITS = [...COUNT_UNITS, ...PERSON_TIME_UNITS, ...PERSON_UNITS];
/** The row's score named before its ceiling: itself (`此项最高…`) or who it scores (`学院最多…`, `各单位最高…`). */
const ROW_SCORE_NAMES = [...TOTAL_NAMES, ...ASSESSED_NAMES, ...ASSESSED_NAMES.map((a) => `各${a}`)];
/** `操作间共`, `共`: what closes before a count of unnamed things. */
const ITEM_TOTAL_LEAD_RE = new RegExp(`^[\u4e00-\u9fff]{0,8}(?:${alternatives(ITEM_TOTAL_LEADS)})$`);
/** `措施`, `措施各`: what each one counted is (a noun, no verb of fault or gain), the redundant 各 after it. */
const EACH_THING_RE = /^[\u4e00-\u9fff]{1,6}?各?$/;
/** `…酌情扣分`: the words before, and a cost the person judges, unsaid. */
const JUDGED_COST_RE = new RegExp(`^(.*?)(?:${JUDGED_COST_LEADS.join('|')})(?:扣分|减分|扣减)$`);
const UNSAID_COST: Outcome = { type: 'range', low: new Decimal(0), high: null, deduct: true };
/** `…的，加倍扣分`: twice what the fault before costs — which fault's cost is doubled is the person's to apply. */
const DOUBLED_COST: Outcome = { type: 'range', low: new Decimal(0), high: null, deduct: true, doubled: true };
/** `是已婚育妇漏登的加倍扣分`, `重复访加倍扣分`: a class of the fault, then its cost doubled, lexed as one word. */
const DOUBLED_COST_RE = new RegExp(`^(.*?)(?:的|者)?(?:${alternatives(DOUBLED_COST_WORDS)})$`);
/** `加倍扣分`, `的加倍扣分`: the doubled cost alone, after the words it prices. */
const doubledCostAlone = (word: string) => DOUBLED_COST_WORDS.includes(word.replace(/^[的者]/, ''));
/** `少任`, `缺少任意`: a word of lack, then any one (of what the count after it names). */
const ANY_ONE_SHORT_END_RE = new RegExp(`(?:${LACK_VERBS.join('|')})(?:${ANY_ONE_LEADS.join('|')})$`);
/** What closes `按比例…` (`按比例扣分`, `按比例扣除`, `按相应比例折算`). */
const RATIO_VERB_RE = /(计算|计|扣分|减分|扣减|扣除|打分|折算)$/;
/** `纳入…综合考核`, `列入年度综合考评`: what a thing is put into. */
const PUT_INTO_RE = /(纳入|列入)[\u4e00-\u9fff]{0,8}?综合考[核评]/g;
/** `不及时扣分`: a denial of words, then a cost not said (the words must be the case's above). */
const DENIED_CASE_RE = new RegExp(
  `^(?:不|未|没有)([\u4e00-\u9fff]{2,6}?)(?:的|者)?(?:${alternatives(JUDGED_COST_LEADS)})?(?:${alternatives(UNSPECIFIED_DEDUCTIONS)})$`,
);
/**
 * `达不到扣分`, `否则酌情扣分`, `未完成的,视情况扣分`: short of the case above, its cost judged. (`达不到按比例扣分`
 * after `90%以上的得基本分10分`, a share of what unsaid, is judged too.)
 */
const JUDGED_SHORTFALL_RE = new RegExp(
  `^(?:${alternatives([...ELSE_WORDS, ...SHORT_OF_LEADS, ...GLUED_ELSE_WORDS, ...SHORT_CASE_LEADS.filter((l) => l.length > 1)])})(?:的|者)?(?:${alternatives([...JUDGED_COST_LEADS, ...UNSAID_SHARE_WORDS])})?(?:${alternatives(UNSPECIFIED_DEDUCTIONS)})$`,
);
/** `视情况` opening or closing a step's words (`视情况每处`, `每项视情`): who prices it, not what is counted. */
const JUDGED_LEAD_EDGES_RE = new RegExp(
  `^(?:${JUDGED_COST_LEADS.join('|')})|(?:${JUDGED_COST_LEADS.join('|')})$`,
  'g',
);

/** Lead, the thing judged within a few words, then the scoring verb: `视效果评分`, `按…完成情况评分`. */
const JUDGEMENT_RE = new RegExp(
  `(${alternatives(JUDGEMENT_LEADS)}).{0,30}?(${alternatives(JUDGEMENT_OBJECTS)}).{0,8}?(${alternatives(JUDGEMENT_VERBS)})`,
);
const LEVEL_WORDS = [...new Set(LEVEL_SETS.flat())].sort((a, b) => b.length - a.length);
const CONJUNCTIONS = ['且', '并且', '而', '但', '同时'];
/** `内容具体2分`: a part's words, then its points, as a sentence of its own. */
const PART_SENTENCE_RE = /^[^\d;。\n,:]{2,12}\d+(?:\.\d+)?分$/;
/** Tokens where one unit may end and the next begin without a comma. */
const BOUNDARY: ReadonlySet<Token['t']> = new Set<Token['t']>([
  'comma',
  'item',
  'each',
  'cap',
  'maxded',
  'ppts',
  'prange',
  'bonuscap',
]);

/** `1个`, `1项`: one of the things a rule lists. */
const ONE_OF_UNITS = ['个', '项', '条', '种', '类'];
/** `共3分`: the total the things listed come to. */
const TOTAL_WORDS = ['共', '共计', '合计'];

export interface ClauseParse {
  clauses: Clause[];
  unplaced: [number, number][];
}

/** Tokens that say an outcome, so never stand inside written arithmetic (`得分值=` opens one: not `得`). */
const NOT_IN_FORMULA: ReadonlySet<Token['t']> = new Set<Token['t']>([
  'zero',
  'deduct',
  'bonus',
  'cap',
  'maxded',
  'each',
  'full',
  'ppts',
  'prange',
]);

const SELF_HEAD_RE = new RegExp(`^(${SELF_WORDS.join('|')})总?$`);
const ELSE_BY_LENGTH = [...ELSE_WORDS, ...GLUED_ELSE_WORDS].sort((a, b) => b.length - a.length);
/** `未实现的`, `未足额缴纳的`: a short denial closed by 的, an else when the share follows it. */
const UNMET_ELSE_RE = /^(?:未|没有|没)[\u4e00-\u9fff]{1,6}的$/;
/** `目标任务` in `未完成目标任务按完成率计分`: what is not done, named before the share. */
const UNMET_OBJECT_RE = new RegExp(`^[\u4e00-\u9fff]{1,6}?的?(?=${alternatives(BY_WORDS)})`);

/** `项目本项`, `项目的` → `项目`: the counted thing without the self word or particle run into it. */
function countedNoun(text: string): string {
  const self = SELF_WORDS.find((s) => text.endsWith(s)) ?? '';
  return text.slice(0, text.length - self.length).replace(/的$/, '');
}

export class ClauseParser {
  /** Points a `（N分）` after 满分 states: the row's weight, checked when it is scored. */
  readonly weightClaims: Decimal[] = [];
  /** The base points the rule states (`得基本分20分`), for a share of them said later. */
  private basePoints: Decimal | null = null;
  /** A fault priced with bare points (`每处错误1分`) was read: later bare points after a fault's words are costs. */
  private bareCosts = false;

  constructor(
    private readonly ts: Token[],
    private readonly text: string,
    /** Read counts asked per period (`每学期至少两次`) — only when the rule reads no other way. */
    private readonly perPeriod = false,
  ) {}

  parse(): ClauseParse {
    const clauses: Clause[] = [];
    const unplaced: [number, number][] = [];
    let i = 0;
    while (i < this.ts.length) {
      // `(按时结案数/应结案数)×100%×60`: a formula may open with its bracket.
      const bracketed = this.ts[i].t === 'comma' && this.text[this.ts[i].s] === '(' ? this.formula(i) : null;
      if (bracketed && this.atBoundary(bracketed.end)) {
        clauses.push(bracketed.value);
        i = bracketed.end;
        continue;
      }
      if (this.ts[i].t === 'comma') {
        i++;
        continue;
      }
      const unit = this.unitAt(i, true);
      if (unit && unit.end > i) {
        clauses.push(unit.value);
        i = unit.end;
        continue;
      }
      let j = i + 1;
      while (j < this.ts.length && this.ts[j].t !== 'comma') j++;
      unplaced.push([this.ts[i].s, this.ts[j - 1].e]);
      i = j;
    }
    return { clauses, unplaced };
  }

  private atBoundary(end: number): boolean {
    return (
      end >= this.ts.length ||
      BOUNDARY.has(this.ts[end].t) ||
      this.ts[end - 1]?.t === 'ppts' ||
      this.ts[end - 1]?.t === 'prange' ||
      // `报送及时4分数据真实2分`, `计划0.5分、点评1分`: points close a clause when the next part follows at
      // once with its own points (`扣至1分为止` is not such a part).
      (this.ts[end - 1]?.t === 'points' && this.partAt(end)) ||
      (this.ts[end - 1]?.t === 'word' && this.perOneAt(end))
    );
  }

  /** `数据真实2分`, `、点评1分`: words naming a part, then its points. */
  private partAt(k: number): boolean {
    const w = this.tok(k, 'word');
    return w !== null && /[\u4e00-\u9fff]/.test(w.text) && this.pointsAt(k + 1) !== null;
  }

  private unitAt(i: number, withDescriptions: boolean): Unit | null {
    const tries: ((i: number) => Unit | null)[] = [
      (k) => (withDescriptions ? this.item(k) : null),
      (k) => this.rank(k),
      (k) => this.rankDescent(k),
      (k) => this.rankStepSaid(k),
      (k) => this.oneOfEach(k),
      (k) => this.band(k),
      (k) => this.eachItem(k),
      (k) => this.itemTotal(k),
      (k) => this.step(k),
      (k) => this.qualifiedStep(k),
      (k) => this.perSlash(k),
      (k) => this.single(k, 'cap'),
      (k) => this.beyondCap(k),
      (k) => this.maxDeduct(k),
      (k) => this.bonusCap(k),
      (k) => this.limit(k),
      (k) => this.stated(k),
      (k) => this.standard(k),
      (k) => this.otherwise(k),
      (k) => this.countAs100(k),
      (k) => this.highestOnly(k),
      (k) => this.proportional(k),
      (k) => this.formula(k),
      (k) => this.level(k),
      (k) => this.outcomeOnly(k),
      (k) => this.discretionary(k),
      (k) => this.basis(k),
    ];
    if (withDescriptions)
      tries.push(
        (k) => this.requirement(k),
        (k) => this.check(k),
        (k) => this.description(k),
      );
    for (const attempt of tries) {
      const hit = attempt(i);
      if (hit && this.atBoundary(hit.end)) return hit;
    }
    return null;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private tok<K extends Token['t']>(i: number, t: K): TokenOf<K> | null {
    const tok = this.ts[i];
    return tok !== undefined && tok.t === t ? (tok as TokenOf<K>) : null;
  }

  private wordIs(i: number, words: readonly string[]): boolean {
    const w = this.tok(i, 'word');
    return w !== null && words.includes(w.text);
  }

  /** `2-3分`, `0.5至1分` at k: a span of points (four tokens), its ends in order, or null. */
  private pointsSpanAt(k: number): { low: Decimal; high: Decimal } | null {
    const from = this.tok(k, 'num');
    const to = from && this.tok(k + 1, 'dash') ? this.pointsAt(k + 2) : null;
    if (from === null || to === null || from.pct || from.unit !== null) return null;
    return { low: Decimal.min(from.v, to), high: Decimal.max(from.v, to) };
  }

  /** `3分` at k: a plain number (no %, no unit) followed by 分; its value, or null. */
  private pointsAt(k: number): Decimal | null {
    const n = this.tok(k, 'num');
    return n !== null && !n.pct && n.unit === null && this.tok(k + 1, 'points') !== null ? n.v : null;
  }

  private span(from: number, to: number): [number, number] {
    return [this.ts[from].s, this.ts[to - 1].e];
  }

  private textOf(from: number, to: number): string {
    return to > from ? this.text.slice(this.ts[from].s, this.ts[to - 1].e) : '';
  }

  // ---- outcomes ------------------------------------------------------------------------------

  /**
   * `得3分`, `3分`, `得满分`, `不得分`, `得分值的80%`, `得一半分值`, `按执行率×分值得分`, `扣1分`,
   * `扣该项分值的5%`, `加1分`, `(2分)`; after `本项`/`该项`. A `（2分）` right after restates it: equal
   * points are absorbed, and after 满分 it states the weight (checked when the row is scored).
   */
  outcome(from: number): Hit<Outcome> | null {
    const i = this.pastSelf(from);
    const o = this.outcomeAt(i);
    if (o === null) return null;
    const restated = this.tok(o.end, 'ppts');
    if (restated === null) return o;
    if (o.value.type === 'points' && o.value.points.eq(restated.v)) return { ...o, end: o.end + 1 };
    if (o.value.type === 'full') {
      this.weightClaims.push(restated.v);
      return { ...o, end: o.end + 1 };
    }
    return o;
  }

  /** Past `本项`, `该项` (with a particle run into it: `的本项`) before an outcome. */
  private pastSelf(k: number): number {
    const w = this.tok(k, 'word');
    if (w === null) return k;
    const text = w.text.replace(/^[的时者,]+/, '');
    return SELF_WORDS.includes(text) ? k + 1 : k;
  }

  private outcomeAt(i: number): Hit<Outcome> | null {
    // `酌情扣2-6分`: a span the person is to judge within, as `扣2-6分` is; `酌情扣分`, a cost not said at all.
    const judged = this.tok(i, 'word');
    if (judged !== null && JUDGED_COST_LEADS.includes(judged.text) && this.tok(i + 1, 'deduct')) {
      const o = this.outcomeAt(i + 1);
      return o !== null && o.value.type === 'range' ? o : null;
    }
    if (judged !== null && JUDGED_COST_RE.exec(judged.text)?.[1] === '')
      return { value: UNSAID_COST, end: i + 1 };
    if (judged !== null && doubledCostAlone(judged.text)) return { value: DOUBLED_COST, end: i + 1 };
    // `按比例在0-100分之间评分`: the share, between nothing and what the row is worth (stated, so checked).
    const top = /^(?:按|按照)(?:完成)?比例在$/.test(judged?.text ?? '') ? this.tok(i + 3, 'num') : null;
    if (
      top !== null &&
      top.unit === '分' &&
      this.tok(i + 1, 'num')?.v.isZero() === true &&
      this.tok(i + 2, 'dash') !== null &&
      this.tok(i + 4, 'post')?.op === 'between' &&
      this.tok(i + 5, 'score') !== null
    ) {
      this.weightClaims.push(top.v);
      return { value: { type: 'proportional', explicit: false }, end: i + 6 };
    }
    // `按5分扣减`: the amount before the verb.
    const after = this.wordIs(i, BY_WORDS) ? this.pointsAt(i + 1) : null;
    if (after && this.wordIs(i + 3, ['扣减', '扣除', '扣']))
      return { value: { type: 'deduct', amount: after }, end: i + 4 };
    // `>50个工作日为0分`: the points a condition comes to.
    const comesTo = this.wordIs(i, ['为']) ? this.pointsAt(i + 1) : null;
    if (comesTo) return { value: { type: 'points', points: comesTo }, end: i + 3 };
    let k = i;
    const points = this.tok(k, 'ppts');
    if (points) return { value: { type: 'points', points: points.v }, end: k + 1 };
    const span = this.tok(k, 'prange');
    if (span)
      return {
        value: { type: 'range', low: Decimal.min(span.a, span.b), high: Decimal.max(span.a, span.b) },
        end: k + 1,
      };
    const gain = this.tok(k, 'gain') !== null;
    if (gain) k++;
    // `得基础分0.5分`, `得基准分8分`: points named as the row's base; `完成得基本分` alone is the weight.
    if (gain && this.wordIs(k, BASE_POINT_WORDS) && this.tok(k + 1, 'num')) {
      k++;
      this.basePoints = this.pointsAt(k);
    } else if (gain && this.wordIs(k, BASE_POINT_WORDS) && this.atBoundary(k + 1))
      return { value: { type: 'full' }, end: k + 1 };
    const plain = this.pointsAt(k);
    if (plain) return { value: { type: 'points', points: plain }, end: k + 2 };
    // `一般的得2-3分`, `可得8~10分`: points within a span, the person's call — as `扣5-10分` is for a deduction.
    const gained = gain ? this.pointsSpanAt(k) : null;
    if (gained) return { value: { type: 'range', ...gained }, end: k + 4 };
    const num = this.tok(k, 'num');
    if (num && num.pct && !num.v.isNegative()) {
      // 得80%的分值; a bare `得80%` at the end of a unit means the same
      let m = k + 1;
      if (this.wordIs(m, ['的'])) m++;
      if (this.tok(m, 'weight')) return { value: { type: 'fraction', fraction: num.v.div(100) }, end: m + 1 };
      if (gain && this.atBoundary(k + 1) && num.v.lte(100))
        return { value: { type: 'fraction', fraction: num.v.div(100) }, end: k + 1 };
      // (`得100%分`: the share, then the word for points.)
      if (gain && this.tok(k + 1, 'points') && num.v.lte(100))
        return {
          value: num.v.eq(100) ? { type: 'full' } : { type: 'fraction', fraction: num.v.div(100) },
          end: k + 2,
        };
    }
    // `按50%计分`: a share of the weight, said with 按 and the word for scoring.
    const byShare = !gain && this.wordIs(k, BY_WORDS) ? this.tok(k + 1, 'num') : null;
    if (byShare && byShare.pct && byShare.v.lte(100) && !byShare.v.isNegative() && this.tok(k + 2, 'score'))
      return { value: { type: 'fraction', fraction: byShare.v.div(100) }, end: k + 3 };
    // `计满分5分`: full marks, stated in points — the row's weight, checked when it is scored.
    const stated = this.pointsAt(k + 1);
    if (this.tok(k, 'full') && stated) {
      this.weightClaims.push(stated);
      return { value: { type: 'full' }, end: k + 3 };
    }
    // `得满分的80%`: a share of full marks, as of the weight.
    const share = this.tok(k, 'full') && this.wordIs(k + 1, ['的']) ? this.tok(k + 2, 'num') : null;
    if (share && share.pct && share.v.lte(100) && !share.v.isNegative())
      return { value: { type: 'fraction', fraction: share.v.div(100) }, end: k + 3 };
    if (this.tok(k, 'full')) return { value: { type: 'full' }, end: k + 1 };
    if (this.tok(k, 'half') && (this.tok(k + 1, 'weight') || this.wordIs(k + 1, HALF_POINTS_WORDS)))
      return { value: { type: 'fraction', fraction: new Decimal(0.5) }, end: k + 2 };
    if (this.tok(k, 'weight')) {
      // 得分值的80%, 得分值的一半
      let m = k + 1;
      if (this.wordIs(m, ['的'])) m++;
      const f = this.tok(m, 'num');
      if (f && f.pct) return { value: { type: 'fraction', fraction: f.v.div(100) }, end: m + 1 };
      if (this.tok(m, 'half')) return { value: { type: 'fraction', fraction: new Decimal(0.5) }, end: m + 1 };
      if (gain) return { value: { type: 'full' }, end: k + 1 };
    }
    if (gain) return null;
    if (this.tok(i, 'zero')) return { value: { type: 'zero' }, end: i + 1 };
    const ded = this.tok(i, 'deduct');
    const amount = this.pointsAt(i + 1);
    if (ded && amount) return { value: { type: 'deduct', amount }, end: i + 3 };
    // `扣5-10分`, `扣0.5至1分`: a deduction within a span, the person's call.
    const taken = ded ? this.pointsSpanAt(i + 1) : null;
    if (taken) return { value: { type: 'range', ...taken, deduct: true }, end: i + 5 };
    // 扣该项分值的5%
    const of = ded ? this.tok(i + 1, 'weight') : null;
    if (of) {
      let m = i + 2;
      if (this.wordIs(m, ['的'])) m++;
      const f = this.tok(m, 'num');
      // (`扣基本分5%` after `得基本分20分`: a share of those points, which the rule so states as the row's worth. A base
      // not stated before it in the sentence is not known to be the row's weight: the share stays unread.)
      if (f && f.pct && f.v.gt(0) && f.v.lte(100) && (of.base !== true || this.basePoints !== null)) {
        if (of.base === true && this.basePoints !== null) this.weightClaims.push(this.basePoints);
        return { value: { type: 'deduct', amount: f.v.div(100), ofWeight: true }, end: m + 1 };
      }
    }
    // `按5分扣减`: the points, then the deduction.
    const byPoints = this.pointsAt(i + 1);
    if (this.wordIs(i, BY_WORDS) && byPoints && this.wordIs(i + 3, ['扣减', '扣除', '扣', '减', '扣分']))
      return { value: { type: 'deduct', amount: byPoints }, end: i + 4 };
    const added = this.pointsAt(i + 1);
    if (this.tok(i, 'bonus') && added) return { value: { type: 'bonus', amount: added }, end: i + 3 };
    const byFraction = this.byWeightFraction(i) ?? this.weightTimesFraction(i) ?? this.shareOfStandard(i);
    if (byFraction) return byFraction;
    const line = this.interpolation(i);
    if (line) return line;
    const prop = this.proportionalExpr(i);
    // (`按比例扣分`, `按比例减分`: said as a deduction, which matters beside a band that gives nothing.)
    const deducts = prop !== null && !prop.value.explicit && /[扣减]/.test(this.textOf(i, prop.end));
    if (prop)
      return {
        value: { type: 'proportional', explicit: prop.value.explicit, ...(deducts ? { deducts } : {}) },
        end: prop.end,
      };
    return null;
  }

  /** `按线性内插赋分`, `按插值法计算得分`: a line between the points on either side (the family finds them). */
  private interpolation(i: number, words = this.tok(i, 'word')?.text): Hit<Outcome> | null {
    if (words === undefined) return null;
    return INTERPOLATION_RE.test(words)
      ? { value: { type: 'proportional', explicit: false, line: true }, end: this.trailingScore(i + 1) }
      : null;
  }

  /** `得分=分值×80%`, `得分=80%×分值`: a fixed share of the weight written as a product. */
  private weightTimesFraction(i: number): Hit<Outcome> | null {
    const eq = this.tok(i + 1, 'cmp');
    if (!this.tok(i, 'score') || eq?.op !== '=') return null;
    const k = i + 2;
    const first = this.tok(k, 'num') ?? this.tok(k + 2, 'num');
    const weightAt = this.tok(k, 'weight') ? k : this.tok(k + 2, 'weight') ? k + 2 : -1;
    if (weightAt === -1 || !first || !first.pct || !this.tok(k + 1, 'mul')) return null;
    if (first.v.lte(0) || first.v.gt(100)) return null;
    return { value: { type: 'fraction', fraction: first.v.div(100) }, end: k + 3 };
  }

  /** `得分=支出率/90%×2`, `得分=完成率/90%×分值`: the input's share of a standard, times the points. */
  private shareOfStandard(i: number): Hit<Outcome> | null {
    const eq = this.tok(i + 1, 'cmp');
    const over = this.tok(i + 2, 'word');
    const per = this.tok(i + 3, 'num');
    if (!this.tok(i, 'score') || eq?.op !== '=' || !over || !/^[^/]+\/$/.test(over.text)) return null;
    if (!per || !per.pct || per.v.lte(0) || !this.tok(i + 4, 'mul')) return null;
    // The share is of the measure the condition before it named, not of another.
    if (!this.textOf(0, i).includes(over.text.slice(0, -1))) return null;
    const points = this.tok(i + 5, 'num');
    const top: Outcome | null = this.tok(i + 5, 'weight')
      ? { type: 'full' }
      : points && !points.pct && points.unit === null
        ? { type: 'points', points: points.v }
        : null;
    if (top === null) return null;
    const end = this.wordIs(i + 6, ['分']) ? i + 7 : i + 6;
    return { value: { type: 'proportional', explicit: false, per: per.v, top }, end };
  }

  /** `按分值的80%计分`. */
  private byWeightFraction(i: number): Hit<Outcome> | null {
    if (!this.wordIs(i, BY_WORDS) || !this.tok(i + 1, 'weight')) return null;
    let m = i + 2;
    if (this.wordIs(m, ['的'])) m++;
    const f = this.tok(m, 'num');
    if (!f || !f.pct) return null;
    m++;
    if (this.tok(m, 'score') || this.wordIs(m, COUNT_AS_WORDS)) m++;
    return { value: { type: 'fraction', fraction: f.v.div(100) }, end: m };
  }

  /**
   * `按执行率×分值得分`, `得分=预算执行率×分值`, `分值×完成率`, `按完成比例得分`: the weight times the
   * input. The hit's value is the subject words.
   */
  private proportionalExpr(i: number): Hit<{ subject: string; explicit: boolean }> | null {
    const explicit = (h: Hit<string> | null) =>
      h && { value: { subject: h.value, explicit: true }, end: h.end };
    const score = this.tok(i, 'score');
    if (score) {
      const eq = this.tok(i + 1, 'cmp');
      if (!eq || eq.op !== '=') return null;
      return explicit(this.product(i + 2, false));
    }
    const ratio = this.byRatio(i);
    return (
      explicit(this.product(i, true)) ??
      (ratio && { value: { subject: ratio.value, explicit: false }, end: ratio.end })
    );
  }

  private product(i: number, needsBy: boolean): Hit<string> | null {
    // weight × subject
    if (this.tok(i, 'weight') && this.tok(i + 1, 'mul')) {
      let k = i + 2;
      while (this.tok(k, 'word') && !this.atBoundary(k)) k++;
      if (k === i + 2) return null;
      return { value: this.textOf(i + 2, k), end: this.trailingScore(k) };
    }
    // subject × weight
    let k = i;
    while (this.tok(k, 'word')) k++;
    if (k === i || !this.tok(k, 'mul') || !this.tok(k + 1, 'weight')) return null;
    let subject = this.textOf(i, k);
    // `实际完成率/目标完成率×分值`: arithmetic in the subject is a formula's, with names of its own.
    if (/[/÷+×*]/.test(subject)) return null;
    const by = BY_WORDS.find((w) => subject.startsWith(w));
    if (needsBy && by === undefined && this.tok(k + 2, 'score') === null) return null;
    if (by) subject = subject.slice(by.length);
    return { value: subject, end: this.trailingScore(k + 2) };
  }

  /** Past a closing `得分`, `计算` or `计算得分`. */
  private trailingScore(k: number): number {
    if (this.wordIs(k, COUNT_AS_WORDS)) k++;
    return this.tok(k, 'score') ? k + 1 : k;
  }

  /** `按完成比例得分`, `按实际完成比例计分`. */
  private byRatio(i: number, words = this.tok(i, 'word')?.text): Hit<string> | null {
    if (words === undefined) return null;
    // `低于100%的按比例得分`: the condition's particle runs into the word.
    const filler = CONDITION_FILLERS.find((f) => words.startsWith(f)) ?? '';
    // (`未全部完成的乡镇按照…比例得分`: who is scored may stand between the else words and 按.)
    const who = filler === '' ? '' : (SCORED_UNITS_RE.exec(words.slice(filler.length))?.[0] ?? '');
    const text = words.slice(filler.length + who.length);
    const by = BY_WORDS.find((b) => text.startsWith(b));
    if (!by) return null;
    // `按比例扣分` (of a task not completed) scores the share done, as `按比例计分` does (`按相应比例折算` too).
    const body = text.slice(by.length).replace(RATIO_VERB_RE, '');
    // (`按知晓率打分`: any rate named is the share.)
    const ratio = RATIO_WORDS.find((r) => body.endsWith(r)) ?? (/..率$/.test(body) ? '率' : undefined);
    if (!ratio) return null;
    // `按超出比例扣分`, `按偏离比例扣分`: the share of an excess deducts; it is not the share done.
    const of = body.slice(0, -ratio.length);
    if (DIRECTION_WORDS.some(([w]) => of.includes(w))) return null;
    const end = this.trailingScore(i + 1);
    if (end === i + 1 && !RATIO_VERB_RE.test(words)) return null;
    return { value: body, end };
  }

  // ---- conditions ----------------------------------------------------------------------------

  /** [subject] condition [的|时|之间]: `满意度90%(含)以上`, `5%<偏差率≤10%`, `执行率在60%(含)-90%之间的`. */
  condition(i: number): Hit<{ cond: Condition; subject: string }> | null {
    let k = i;
    // `每年不少于2次`: in a year's assessment, the year's own total.
    if (this.tok(k, 'each') && this.wordIs(k + 1, ['年', '年度'])) k += 2;
    // `每年信访工作经费5000元以上`: the year's amount, named after the year.
    else if (this.tok(k, 'each') && /^年(?!\d)./.test(this.tok(k + 1, 'word')?.text ?? '')) k++;
    // `每月简报采用率低于40%`: a period, then the measure (a rate per period; counts per period are refused below).
    else if (this.tok(k, 'each') && PERIOD_WORDS.some((p) => this.tok(k + 1, 'word')?.text.startsWith(p)))
      k++;
    // `考核得分在90分以上`: a score named as the measure, compared in 分.
    const scored = (m: number) =>
      this.tok(m, 'score') !== null &&
      (this.tok(m + 1, 'num')?.unit === '分' ||
        (this.tok(m + 1, 'word') && this.tok(m + 2, 'num')?.unit === '分'));
    while ((this.tok(k, 'word') && !this.isConditionFiller(k)) || this.inSubject(k) || scored(k)) k++;
    let subject = this.textOf(i, k);
    // `调整率未超过5%`, `执行率不在90%-110%之间`, `未达90%`: a negation the comparator words did not take
    // would turn the condition round.
    const tail = subject.slice(-2);
    if (NEGATIONS.some((n) => n.length === 1 && tail.includes(n)) || subject.endsWith('没有')) return null;
    // `每100万元1分`: a number after 每 is the size of a unit counted, never a threshold reached.
    if (subject.endsWith('每')) return null;
    // `项目投资计划完成率,100%:5分`: the measure named as a heading before its first band.
    if (k > i && this.tok(k, 'comma') && (this.tok(k + 1, 'cmp') || this.tok(k + 1, 'num'))) k++;
    // `达到90%（含）-100%的`: reaching a range is being in it.
    const ranged = (m: number) => this.tok(m, 'dash') !== null && this.tok(m + 1, 'num') !== null;
    if (
      this.tok(k, 'cmp')?.op === '>=' &&
      this.tok(k + 1, 'num') &&
      (ranged(k + 2) || (this.tok(k + 2, 'incl') && ranged(k + 3)))
    )
      k++;
    const start = k;
    let lower: Bound | null = null;
    let upper: Bound | null = null;
    const nums: TokenOf<'num'>[] = [];
    const cmp = this.tok(k, 'cmp');
    const num = this.tok(k, 'num');
    // `完成数量≥计划数的100%`: the value as a share of what it is measured against.
    // (`门急诊量＜规定数60%`: the reference named as a count or amount, the share right after it without 的.)
    const reference = this.tok(k + 1, 'word')?.text ?? '';
    const base =
      cmp && (reference.endsWith('的') || REFERENCE_NOUN_RE.test(reference)) && this.tok(k + 2, 'num')?.pct
        ? 1
        : 0;
    const iv = this.tok(k, 'interval');
    if (iv) {
      // `(80%,90%]`: both ends explicit, as the brackets say.
      lower = { value: iv.lo, incl: iv.loIncl, explicit: true };
      upper = { value: iv.hi, incl: iv.hiIncl, explicit: true };
      k++;
    } else if (cmp && this.tok(k + 1 + base, 'num')) {
      const n = this.tok(k + 1 + base, 'num') as TokenOf<'num'>;
      nums.push(n);
      if (base) subject += (subject === '' ? '' : '占') + this.textOf(k + 1, k + 2);
      [lower, upper] = boundsOf(cmp.op, n.v);
      // (`达82%以上`: reached, as a bare value is — the convention of 以上/以下 settles a shared boundary.)
      if (cmp.weak && lower !== null) lower = { ...lower, explicit: false };
      k += 2 + base;
      // `达到95%及以上`, `达到90%(含)以上`, `低于60%以下`: a postfix that repeats the comparator's
      // direction adds nothing; a mark between them must agree with it.
      const mark = this.tok(k, 'incl');
      const repeat = this.tok(mark ? k + 1 : k, 'post');
      const bound = repeat?.op === '>=' ? lower : repeat?.op === '<=' ? upper : null;
      if (repeat && bound !== null) {
        if (mark && mark.incl !== bound.incl) return null;
        k += mark ? 2 : 1;
        // (`达100%及以上`: after a verb of reaching the postfix says how explicit the bound is, as after a bare value.)
        // (`达90%以上(含)`: the mark after the postfix, as before it.)
        const after = mark ? null : this.tok(k, 'incl');
        const marked = after !== null && (after.at === null || after.at.eq(n.v));
        if (marked && after.incl !== bound.incl) return null;
        if (marked) k++;
        if (marked || (cmp.weak && repeat.explicit)) {
          if (lower === bound) lower = { ...bound, explicit: true };
          else upper = { ...bound, explicit: true };
        }
      } else if (cmp.op === '<' && repeat?.op === '>=' && upper !== null) {
        // `未达到95%以上(含)`: short of a standard stated with its own direction, so below it.
        let m = (mark ? k + 1 : k) + 1;
        const own = mark ?? this.tok(m, 'incl');
        if (!mark && own) m++;
        upper = { value: upper.value, incl: own ? !own.incl : false, explicit: true };
        k = m;
      } else if (mark && !repeat && (mark.at === null || mark.at.eq(n.v))) {
        // `低于80%(含80%)`: the bracket says whether the bound itself belongs.
        if (upper !== null && lower === null) upper = { ...upper, incl: mark.incl };
        else if (lower !== null && upper === null) lower = { ...lower, incl: mark.incl };
        else return null;
        k++;
      }
      // ≥80%且<90%
      let m = k;
      if (this.wordIs(m, CONJUNCTIONS) || this.tok(m, 'comma')) m++;
      const cmp2 = this.tok(m, 'cmp');
      const n2 = this.tok(m + 1, 'num');
      if (cmp2 && n2 && cmp2.op !== '=' && cmp.op !== '=') {
        const [l2, u2] = boundsOf(cmp2.op, n2.v);
        if ((lower === null) !== (l2 === null)) {
          lower = lower ?? l2;
          upper = upper ?? u2;
          nums.push(n2);
          k = m + 2;
        }
      }
    } else if (num) {
      // `未发生一起安全事故`: not a single one, the count 0 said as a state, never a band on one.
      if (num.v.eq(1) && NONE_OF_ONE_RE.test(subject)) return null;
      nums.push(num);
      k++;
      let mark1 = this.tok(k, 'incl');
      if (mark1) k++;
      const post = this.tok(k, 'post');
      const dash = this.tok(k, 'dash');
      const cmpAfter = this.tok(k, 'cmp');
      if (post && post.op !== 'between') {
        k++;
        const mark2 = mark1 ?? this.tok(k, 'incl');
        if (!mark1 && mark2) k++;
        const b: Bound = {
          value: num.v,
          incl: mark2 ? mark2.incl : true,
          explicit: mark2 !== null || post.explicit,
        };
        if (post.op === '>=') lower = b;
        else if (post.op === '<=') upper = b;
        else return null;
        // `80%及以上100%以下`: a floor, then a ceiling, each written after its number.
        const j = this.wordIs(k, CONJUNCTIONS) || this.wordIs(k, ['、']) ? k + 1 : k;
        const hi = post.op === '>=' ? this.tok(j, 'num') : null;
        const post2 = hi ? this.tok(j + 1, 'post') : null;
        if (
          hi &&
          post2 &&
          post2.op === '<=' &&
          hi.v.gt(num.v) &&
          hi.unit === num.unit &&
          hi.pct === num.pct
        ) {
          const mark3 = this.tok(j + 2, 'incl');
          upper = {
            value: hi.v,
            incl: mark3 ? mark3.incl : true,
            explicit: mark3 !== null || post2.explicit,
          };
          nums.push(hi);
          k = j + (mark3 ? 3 : 2);
        }
      } else if (dash && this.tok(k + 1, 'num')) {
        const hi = this.tok(k + 1, 'num') as TokenOf<'num'>;
        nums.push(hi);
        k += 2;
        let mark2 = this.tok(k, 'incl');
        if (mark2) k++;
        // `5-10万(含5万)`: a mark after the range that names the lower bound belongs to it.
        if (mark2?.at && mark1 === null && mark2.at.eq(num.v) && !mark2.at.eq(hi.v)) {
          mark1 = mark2;
          mark2 = null;
        } else if (mark2?.at && !mark2.at.eq(hi.v)) return null;
        // `99%-90%`, `59%-50%`: written from the top down, each band names both its ends.
        const end0 = num.unit !== null && hi.unit !== null ? rescale(hi.v, hi.unit, num.unit) : hi.v;
        const downward = end0 !== null && end0.lt(num.v) && mark1 === null && mark2 === null;
        // a%（含）-b% is [a,b); a%-b%（含）is (a,b]; a plain a%-b% is [a,b) unless a neighbour claims a bound.
        lower = {
          value: num.v,
          incl: mark1 ? mark1.incl : !(mark2?.incl ?? false),
          explicit: mark1 !== null,
        };
        // `5000万元-1亿元`: the upper end in the lower end's unit.
        const top = num.unit !== null && hi.unit !== null ? rescale(hi.v, hi.unit, num.unit) : hi.v;
        if (top === null) return null;
        upper = { value: top, incl: mark2 ? mark2.incl : false, explicit: mark2 !== null };
        if (downward) {
          lower = { value: top, incl: true, explicit: true };
          upper = { value: num.v, incl: true, explicit: true };
        }
        if (this.tok(k, 'post')?.op === 'between') k++;
      } else if (cmpAfter && cmpAfter.op !== '=') {
        // a% < x ≤ b%
        let m = k + 1;
        while (this.tok(m, 'word')) m++;
        const cmp2 = this.tok(m, 'cmp');
        const hi = this.tok(m + 1, 'num');
        if (!cmp2 || !hi) return null;
        const flip: Record<Comparator, Comparator> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };
        [lower, upper] = boundsOf(flip[cmpAfter.op], num.v);
        const [l2, u2] = boundsOf(cmp2.op, hi.v);
        if ((lower === null) === (l2 === null)) return null;
        lower = lower ?? l2;
        upper = upper ?? u2;
        if (m > k + 1) subject = this.textOf(k + 1, m);
        nums.push(hi);
        k = m + 2;
      } else if (
        this.outcomeFollows(this.pastCountedThing(k, num.unit)) ||
        (this.tok(k, 'word') !== null && this.labelAt(k)) ||
        this.delayTier(subject, num, k) ||
        this.countTier(num, k) ||
        // `事故隐患处理率100%。`: a rate and a bare percentage closing the sentence — the rate asked.
        (num.pct && !num.abs && k >= this.ts.length && /率$/.test(subject) && this.aloneScoresNothingElse())
      ) {
        // `资金到位率100%的，得5分`: a bare value counts as reached (≥), as a target's does (SPEC §3);
        // a bare count (`发现1个问题`) or 0 is that number exactly.
        const b: Bound = { value: num.v, incl: true, explicit: false };
        // `±3天(含3天)`: a spread either way is a bound on the distance, not a value to reach.
        if (num.abs) upper = { ...b, incl: mark1 ? mark1.incl : true, explicit: mark1 !== null };
        else lower = b;
        // (`单位达60家`: a count after a word of reaching is reached, as any bare value is; so is a total's,
        // `年度信息总量200条`.)
        const reached = [...REACHING_WORDS, ...TOTAL_MEASURE_ENDINGS].some((w) => subject.endsWith(w));
        if (!num.abs && (num.v.isZero() || (num.unit !== null && COUNT_UNITS.includes(num.unit) && !reached)))
          upper = b;
      } else {
        return null;
      }
    } else {
      return null;
    }
    const text = this.textOf(start, k);
    // `每季度更新一次`: a count per period; the total it asks for is not written — unless the rule reads no
    // other way, when only an answer per period is read (rules/perPeriod.ts).
    // (`每季度稿件录用率低于30%`: a rate per period is still a rate, answered as one.)
    if (!this.perPeriod && PER_PERIOD_RE.test(subject) && !nums.every((n) => n.pct)) return null;
    while (this.isConditionFiller(k) || this.tok(k, 'post')?.op === 'between') k++;
    // `100%符合:5分`, `90-100%符合:3分`: a word qualifying the value before the label's colon.
    if (this.tok(k, 'word') && this.labelAt(k)) {
      subject += this.textOf(k, k + 1);
      k++;
    }
    const thing = this.pastCountedThing(k, nums[nums.length - 1]?.unit ?? null);
    if (thing > k) {
      subject += countedNoun(this.textOf(k, thing));
      k = thing;
      while (this.isConditionFiller(k)) k++;
    }
    const pct = nums.some((n) => n.pct) || iv?.pct === true;
    const unit = nums.find((n) => n.unit !== null)?.unit ?? null;
    const abs = nums.some((n) => n.abs);
    // `未达到目标值60%的`: short of a bare value said away from its verb is below it.
    const short = SHORT_OF_LEADS.find((w) => subject.startsWith(w));
    if (short !== undefined && lower !== null && upper === null && !lower.explicit && nums.length === 1) {
      upper = { value: lower.value, incl: false, explicit: true };
      lower = null;
      subject = subject.slice(short.length - 2);
    }
    return {
      value: { cond: { lower, upper, text, pct, unit, abs }, subject: cleanSubject(subject) },
      end: k,
    };
  }

  /** No other sentence of the rule scores: at most a lone `(5分)` stating the row's worth. */
  private aloneScoresNothingElse(): boolean {
    const first = this.ts[0]?.s ?? 0;
    const last = this.ts[this.ts.length - 1]?.e ?? 0;
    const elsewhere = this.text.slice(0, first) + this.text.slice(last);
    return !/[扣得加减]|\d\s*分(?![)）])/.test(elsewhere);
  }

  /**
   * A number that is part of what is measured, not a threshold: `乡镇干部中40岁以下的占比` — a whole
   * number without unit or %, run into the words after it.
   */
  private inSubject(k: number): boolean {
    const n = this.tok(k, 'num');
    const next = this.tok(k + 1, 'word');
    return (
      n !== null &&
      !n.pct &&
      !n.abs &&
      n.unit === null &&
      n.v.isInteger() &&
      next !== null &&
      next.s === n.e &&
      !this.isConditionFiller(k + 1) &&
      !/^[的时者]/.test(next.text)
    );
  }

  /** An outcome starts at k, after the condition's particles and a comma. */
  /** Past `问题` in `发现1个问题得1分`: the thing counted may follow a count. */
  private pastCountedThing(k: number, unit: string | null): number {
    if (unit === null || !COUNT_UNITS.includes(unit)) return k;
    if (this.wordIs(k, ISSUE_COUNT_SUFFIXES)) return k + 1;
    // `低于5个项目本项不计分`, `完成3个项目的`: a short noun naming what is counted, before the outcome.
    const w = this.tok(k, 'word');
    if (w === null || !this.outcomeFollows(k + 1)) return k;
    const noun = countedNoun(w.text);
    const plain =
      !/\d/.test(noun) && ![...NEGATIONS, ...DEDUCT_WORDS, ...GAIN_WORDS].some((x) => noun.includes(x));
    return noun.length >= 1 && noun.length <= 4 && plain ? k + 1 : k;
  }

  private outcomeFollows(k: number): boolean {
    if (this.wordIs(k, DONE_AFTER_VALUE) && this.tok(k - 1, 'num') !== null) k++;
    while (this.isConditionFiller(k)) k++;
    if (this.tok(k, 'comma')) k++;
    k = this.pastSelf(k);
    if (this.tok(k, 'gain') !== null || this.tok(k, 'zero') !== null || this.tok(k, 'full') !== null)
      return true;
    // `100%:5分`, `100%(5分)`: points right after a label.
    return this.tok(k, 'ppts') !== null || this.pointsAt(k) !== null;
  }

  /** `发生两起扣10分`: a count reached, with what it costs (a tier of an escalation; the family decides). */
  private countTier(num: TokenOf<'num'>, k: number): boolean {
    if (num.unit === null || !COUNT_UNITS.includes(num.unit) || num.pct || num.v.lt(2)) return false;
    const o = this.outcome(this.tok(k, 'comma') ? k + 1 : k);
    return o !== null && o.value.type === 'deduct';
  }

  /** `迟报2天扣10分`: a delay reached, with what it costs (a tier; the family decides). */
  private delayTier(subject: string, num: TokenOf<'num'>, k: number): boolean {
    if (num.unit === null || !TIME_UNITS.includes(num.unit) || num.pct) return false;
    if (!DELAY_WORDS.some((w) => subject.includes(w))) return false;
    const o = this.outcome(this.tok(k, 'comma') ? k + 1 : k);
    if (o === null || o.value.type !== 'deduct') return false;
    // `迟报一天扣1分,扣完为止`: one unit late, with deductions said to go on and no longer delay priced
    // after it, is what each unit costs (a step), not the first of a ladder (`迟报1天扣1分，迟报2天扣3分`).
    // (`迟报一天扣20分` alone says what one day costs, nothing of a second.)
    if (!num.v.eq(1)) return true;
    const after = this.ts.slice(o.end);
    const goesOn = after.some((t) => t.t === 'cap' || t.t === 'maxded');
    return !goesOn || after.some((t) => t.t === 'num' && t.unit === num.unit && t.v.gt(1));
  }

  private isConditionFiller(k: number): boolean {
    return this.wordIs(k, CONDITION_FILLERS);
  }

  // ---- units ---------------------------------------------------------------------------------

  private band(i: number): Unit | null {
    // (`共4项，1项1分`: one of the things just counted, no count reached — a step.)
    const first = this.tok(i, 'num');
    if (first !== null && first.v.eq(1) && this.totalBefore(i, first.unit)) return null;
    const c = this.condition(i);
    if (!c) return null;
    // (`少任一种证件`, `缺少任意一项制度`: any one of them short — a fault named, not a count reached.)
    let one = i;
    while (one < c.end && this.ts[one].t !== 'num') one++;
    const before = one > i && one < c.end ? this.tok(one - 1, 'word') : null;
    if (before !== null && ANY_ONE_SHORT_END_RE.test(before.text)) return null;
    let k = c.end;
    // (`100%完成得10分`: the verb after a value reached says nothing the value does not.)
    if (this.wordIs(k, DONE_AFTER_VALUE) && this.tok(k - 1, 'num') !== null) k++;
    if (this.tok(k, 'comma')) k++;
    // `经费2000元以上得分，否则不得分`: `得分` alone after a condition met is the weight.
    const scores =
      this.tok(k, 'score') !== null &&
      this.text.slice(this.ts[k].s, this.ts[k].e) === '得分' &&
      this.atBoundary(k + 1)
        ? { value: { type: 'full' } as Outcome, end: k + 1 }
        : null;
    const o = scores ?? this.outcome(k);
    if (!o) return null;
    return {
      value: {
        type: 'band',
        subject: c.value.subject,
        cond: c.value.cond,
        outcome: o.value,
        span: this.span(i, o.end),
      },
      end: o.end,
    };
  }

  /**
   * 每降低5%，扣1分 · 每发现一类不合规问题，扣2分 · 每少一项扣1分 · 每项问题扣1分. A condition before it
   * (`低于95%的，`) is a clause of its own (a requirement), which the family must account for.
   */
  private step(i: number): Unit | null {
    let k = i;
    // Words before 每 name what is counted (`村内主街每发现一处扣3分`) and may say the way
    // (`偏离区间每1个百分点扣0.2分`, `超出部分每1%扣0.1分`).
    let leadDir: Direction | null = null;
    let label = '';
    if (!this.tok(k, 'each')) {
      let m = k;
      while (this.tok(m, 'word')) m++;
      if (m > k && this.tok(m, 'each')) {
        label = this.textOf(k, m);
        leadDir = directionIn(label);
        k = m;
      }
    }
    // `发现1次扣1分`, `少报1次扣0.5分`, `，一次扣1分`, `下降1个百分点扣1分`: one of a thing, without 每,
    // is still a step per thing (what is counted said by the word before, or before the comma).
    let perOne = false;
    let verbText = '';
    if (!this.tok(k, 'each')) {
      const verb = this.tok(k, 'word');
      const at = verb ? k + 1 : k;
      const one = this.tok(at, 'num');
      // (`缺一扣2分`: one short, no measure word, the deduction right after.)
      const oneShort =
        one?.unit === null &&
        verb !== null &&
        /[缺少]$/.test(verb.text) &&
        this.tok(at + 1, 'deduct') !== null;
      if (!(one && one.v.eq(1) && (one.unit !== null || one.pct || oneShort))) return null;
      // `第一起火灾扣5分`: an ordinal names which one, not what each costs.
      // (`任何一个县区未成立机构的`: any one, not one counted.)
      if (NOT_COUNTING_LEADS.some((w) => verb?.text.endsWith(w))) return null;
      if (one.pct) {
        // (`少一个百分点扣1分`: a one-character verb of shortfall goes down.)
        leadDir = verb
          ? (directionIn(verb.text) ?? (SHORTFALL_VERBS.includes(verb.text) ? 'down' : null))
          : null;
        if (leadDir === null) return null;
      }
      if (!verb && (one.unit === null || !COUNT_UNITS.includes(one.unit))) return null;
      perOne = true;
      // (`六个责任体系目标责任书缺一项`: the lack glued to the words before, which a number opened as a clause
      // of their own — still the step's verb.)
      const before = verb === null ? this.tok(i - 1, 'word') : null;
      const lack = before === null ? undefined : LACK_VERBS.find((w) => before.text.endsWith(w));
      verbText = verb?.text ?? lack ?? '';
      k = at;
    } else k++;
    const dir = perOne ? null : this.tok(k, 'dir');
    if (dir) k++;
    // `每低于100%一个百分点`: the threshold restated between the way and the step's size.
    const ref = dir ? this.tok(k, 'num') : null;
    const from = ref && ref.pct && this.tok(k + 1, 'num')?.pct ? ref.v : null;
    if (from !== null) k++;
    // `每缺席一次`, `每少报1次`: a one-character way run into a word is part of what is counted.
    const glued = dir !== null && dir.raw.length === 1 && this.tok(k, 'word')?.s === dir.e;
    const wordsFrom = glued ? k - 1 : k;
    while (this.tok(k, 'word')) k++;
    // `每项问题扣1分`, `每处扣0.5分`: a measure word right after 每 counts one.
    const measure =
      k > wordsFrom && !perOne
        ? [...COUNT_UNITS, ...PERSON_TIME_UNITS].find(
            (u) =>
              this.ts[wordsFrom].t === 'word' && (this.ts[wordsFrom] as TokenOf<'word'>).text.startsWith(u),
          )
        : undefined;
    // `每村扣0.5分`, `每户扣1分`: a one-character noun right before the outcome is the measure itself.
    const noun =
      measure === undefined &&
      !perOne &&
      k === wordsFrom + 1 &&
      this.tok(wordsFrom, 'word')?.text.length === 1
        ? (this.ts[wordsFrom] as TokenOf<'word'>).text
        : undefined;
    // (`每项措施各1.5分`: after what is counted, a number closed by 分 is what each earns, not how many.)
    const pointsNext = (measure !== undefined || noun !== undefined) && this.tok(k + 1, 'points') !== null;
    const size = (pointsNext ? null : this.tok(k, 'num')) ?? (measure || noun ? null : undefined);
    if (size === undefined || (size !== null && size.v.lte(0))) return null;
    if (size !== null) k++;
    // (`每缺席一次按5分扣减`: the outcome's own 按 is not what is counted.)
    while (this.tok(k, 'word') && !(this.wordIs(k, BY_WORDS) && this.pointsAt(k + 1))) k++;
    const counter = measure ?? noun;
    const words =
      size !== null
        ? this.textOf(wordsFrom, k).replace(size.raw, '')
        : this.textOf(wordsFrom, k).slice((counter as string).length);
    if (this.tok(k, 'comma')) k++;
    const o = this.outcome(k);
    // `被县级采用的每条得0.2分`: points per thing, with 每, accumulate as a bonus does.
    // `一项可得2分，最高不超过6分`: one of a thing, with a ceiling after it, is points per thing too.
    const capped =
      perOne &&
      o !== null &&
      this.tok(o.end, 'comma') !== null &&
      (this.limit(o.end + 1) ?? this.bonusCap(o.end + 1)) !== null;
    // `视情况每处扣0.1-0.5分`: a span per one of a thing is a fault whose cost is the person's, once named.
    const judged = this.spanPerOne(o, perOne, size, label + words, measure ?? noun ?? size?.unit ?? null, i);
    if (judged !== null) return judged;
    // (`每项措施1.5分`, `每项措施各1.5分`: bare points after what each one is — what each earns.)
    const bare =
      pointsNext && dir === null && COUNT_UNITS.includes(counter as string) && EACH_THING_RE.test(words);
    // (`共4项，1项1分`: one of things counted just before, and its bare points — what each earns.)
    const ofTotal = perOne && size !== null && this.tok(k, 'gain') === null && this.totalBefore(i, size.unit);
    const gained =
      o !== null &&
      o.value.type === 'points' &&
      (((!perOne || capped) && (this.tok(k, 'gain') !== null || bare)) || ofTotal)
        ? o.value.points
        : null;
    if (!o || (o.value.type !== 'deduct' && o.value.type !== 'bonus' && gained === null)) return null;
    const amount = gained ?? (o.value as { amount: Decimal }).amount;
    return {
      value: {
        type: 'step',
        dir: dir ? dir.dir : leadDir,
        size: size?.v ?? new Decimal(1),
        pct: size?.pct ?? false,
        unit: size !== null ? size.unit : (counter as string),
        words: bare ? words.replace(/各$/, '') : words,
        amount,
        ofWeight: o.value.type === 'deduct' && o.value.ofWeight === true,
        bonus: o.value.type === 'bonus' || gained !== null,
        label: label || verbText,
        single: perOne && !ofTotal,
        from,
        span: this.span(i, o.end),
      },
      end: o.end,
    };
  }

  /**
   * `偏差10%以上的项目未作分析每一项扣10分`, `迟到、早退10分钟之内的每次扣1分`, `道路两侧50米之内…清理不及时的，每处扣5分`:
   * numbers in the words before a fault's price say which things count as the fault (a size, a share, a time), not
   * a measure the row is scored on — the fault is counted as any other, its words (numbers and all) naming it. Only
   * a deduction per thing counted, with numbers in units of measure: `超过3个工作日的，每个工作日扣1分` counts the
   * measure itself, and a way (`每低1%`) or a bonus is no fault.
   */
  private qualifiedStep(i: number): Unit | null {
    let k = i;
    const units = new Set<string>();
    while (k < this.ts.length) {
      const t = this.ts[k];
      if (t.t === 'num') {
        // (A bare number says nothing of what it measures: no telling it from the count.)
        if (!t.pct && t.unit === null) return null;
        units.add(t.pct ? '%' : (t.unit as string));
      } else if (t.t !== 'word' && t.t !== 'post' && t.t !== 'cmp') break;
      k++;
    }
    if (units.size === 0 || this.tok(k - 1, 'word') === null) return null;
    // (`超过10起的，每件扣1分`: a count in the words may be a threshold on the count itself, in a synonym's unit.)
    if ([...units].some((u) => COUNTED_UNITS.includes(u))) return null;
    const at = this.tok(k, 'comma') ? k + 1 : k;
    const hit = this.step(at);
    if (hit === null || hit.value.type !== 'step') return null;
    const s = hit.value;
    // (A step naming its own fault, `其1米范围内无障碍物，一处不合格扣0.5分`, has a requirement before it, not a name.)
    if (s.bonus || s.dir !== null || s.pct || s.ofWeight || !s.size.eq(1) || s.label !== '' || s.words !== '')
      return null;
    if (s.unit === null || !COUNTED_UNITS.includes(s.unit)) return null;
    return {
      value: { ...s, label: this.textOf(i, k), qualified: true, span: this.span(i, hit.end) },
      end: hit.end,
    };
  }

  /** A step whose cost is a span (`每处扣0.2-0.5分`), read as a fault priced by the person, counted per `per`. */
  private spanPerOne(
    o: Hit<Outcome> | null,
    perOne: boolean,
    size: TokenOf<'num'> | null,
    words: string,
    per: string | null,
    i: number,
  ): Unit | null {
    if (o === null || o.value.type !== 'range' || o.value.deduct !== true || perOne || per === null)
      return null;
    if (size !== null && !size.v.eq(1)) return null;
    const desc = words.replace(JUDGED_LEAD_EDGES_RE, '').replace(/[,，]$/, '');
    return { value: { type: 'check', desc, outcome: o.value, per, span: this.span(i, o.end) }, end: o.end };
  }

  /**
   * `发现问题扣1分/处`, `超编人员扣0.5分/人`, `迟报扣0.2分/天`: a step written as points per unit. Points with no
   * verb after a fault's words (`路灯整基不亮 2分/基`) are deducted per unit too; after other words they may as well
   * be earned, and stay unread.
   */
  private perSlash(i: number): Unit | null {
    let k = i;
    while (this.tok(k, 'word')) k++;
    const verb = this.tok(k, 'deduct') ?? this.tok(k, 'bonus');
    // (Tried at every clause start: the cheap tests first.)
    if (verb === null && (k === i || this.pointsAt(k) === null)) return null;
    const label = this.textOf(i, k);
    const bare = verb === null && FAULT_CHAR_RE.test(label);
    const at = bare ? k - 1 : k;
    const n = verb || bare ? this.pointsAt(at + 1) : null;
    const per = n ? this.tok(at + 3, 'word') : null;
    const units = [...COUNT_UNITS, ...PERSON_UNITS, ...TIME_UNITS];
    // (`扣5分件`, `扣10分辆次`: the slash left out, the unit alone closing the clause.)
    const closes = this.ts[at + 4] === undefined || ['comma', 'sep'].includes(this.ts[at + 4].t);
    // (After a slash one character is a unit whatever it counts: `2分/基`, `0.3分/火`.)
    const unit =
      per && /^\/./.test(per.text)
        ? per.text.slice(1)
        : per && closes && units.includes(per.text)
          ? per.text
          : null;
    const known =
      unit !== null && (units.includes(unit) || (per?.text[0] === '/' && /^[\u4e00-\u9fff]$/.test(unit)));
    if (n === null || unit === null || !known) return null;
    k = at;
    return {
      value: perUnitStep(unit, '', n, label, verb?.t === 'bonus', this.span(i, k + 4)),
      end: k + 4,
    };
  }

  /** Two or more sentences of the whole text are words then their points, and nothing else. */
  private partSentences(): boolean {
    return this.text.split(/[;。\n]/).filter((x) => PART_SENTENCE_RE.test(x)).length >= 2;
  }

  /** `加满3分为止`, `最多加2分`. */
  private bonusCap(i: number): Unit | null {
    // `最高加至30分`: the score, bonuses included, reaches at most so much — a ceiling, not a bonus's own.
    const upTo = this.wordIs(i, LIMIT_WORDS) ? this.tok(i + 1, 'bonuscap') : null;
    if (upTo && /^加(至|到)$/.test(this.text.slice(this.ts[i + 1].s, this.ts[i + 1].e))) {
      const most = this.pointsAt(i + 2);
      if (most) return { value: { type: 'limit', amount: most, span: this.span(i, i + 4) }, end: i + 4 };
    }
    // `加分最高不超过3分`: the limit named as one on the bonus.
    const named = this.tok(i, 'word');
    // (`加0.1分/次，累计不超过1分`: the total, after points per thing, is the bonus's limit too.)
    if (
      named &&
      /^(但|并|且)?(加分(最高|最多|累计)?|累计)$/.test(named.text) &&
      this.tok(i + 1, 'cmp')?.op === '<='
    ) {
      const cap = this.pointsAt(i + 2);
      if (cap) return { value: { type: 'bonusCap', amount: cap, span: this.span(i, i + 4) }, end: i + 4 };
    }
    const n = this.pointsAt(i + 1);
    if (!this.tok(i, 'bonuscap') || !n) return null;
    const end = this.wordIs(i + 3, ['为止', '为限']) ? i + 4 : i + 3;
    return { value: { type: 'bonusCap', amount: n, span: this.span(i, end) }, end };
  }

  /** `最高不超过4分`, `最高4分`, `上限为4分`: a ceiling on the score. */
  private limit(i: number): Unit | null {
    // `以3分为限`: the points between 以 and 为限.
    const by = this.wordIs(i, ['以']) ? this.pointsAt(i + 1) : null;
    if (by !== null && this.wordIs(i + 3, ['为限']))
      return { value: { type: 'limit', amount: by, span: this.span(i, i + 4) }, end: i + 4 };
    // `10分封顶`: the points, then the word that caps them.
    const capped = this.pointsAt(i);
    if (capped !== null && this.wordIs(i + 2, ['封顶']))
      return { value: { type: 'limit', amount: capped, span: this.span(i, i + 3) }, end: i + 3 };
    // `本项分值最高35分`, `本观测点分值最高35分`: the row (by any name) and its weight before the ceiling.
    const row = /^[本该此].{1,5}$/.test(this.tok(i, 'word')?.text ?? '') && this.tok(i + 1, 'weight') ? 1 : 0;
    const named = this.tok(i + row, 'weight') && this.wordIs(i + row + 1, LIMIT_WORDS) ? row + 1 : 0;
    // `总分最高不超过16分`, `此项最高为6分`: the row's score named, then its ceiling, as one word.
    const whole = this.tok(i, 'word')?.text ?? '';
    const ofTotal = ROW_SCORE_NAMES.some((t) => LIMIT_WORDS.some((w) => whole === t + w));
    if (!ofTotal && !this.wordIs(i + named, LIMIT_WORDS)) return null;
    let k = i + named + 1;
    // (`最高得分不超过10分`: the score named after the ceiling's word.)
    if (this.tok(k, 'score')) k++;
    const cmp = this.tok(k, 'cmp');
    if (cmp && cmp.op === '<=') k++;
    else if (this.tok(k, 'gain')) k++;
    const n = this.pointsAt(k);
    if (!n) return null;
    const end = this.wordIs(k + 2, ['为止', '为限']) ? k + 3 : k + 2;
    return { value: { type: 'limit', amount: n, span: this.span(i, end) }, end };
  }

  /** `共3分`, `本项满分3分`, a lone `（5分）`: the points the rule says it is worth. */
  private stated(i: number): Unit | null {
    const lone = this.tok(i, 'ppts');
    if (lone) return { value: { type: 'stated', points: lone.v, span: this.span(i, i + 1) }, end: i + 1 };
    // `优良天数比率(1分):…`: a heading with its points in brackets, at a sentence's start.
    const bracketed = i === 0 ? this.tok(1, 'ppts') : null;
    const headed = this.tok(0, 'word');
    // `上年度研发费用总额占营业收入总额比重(满分20分)`: a heading of any length, its worth said so.
    if (bracketed?.worth === true && headed && this.ts.length === 2)
      return { value: { type: 'stated', points: bracketed.v, span: this.span(0, 2) }, end: 2 };
    // `粮食播种面积(30分)。完成县下达任务的,得25分;…`: a title and its points as a sentence of their own,
    // before sentences that score with their verbs (not one of several `制度完善(3分)。` states).
    const after = this.text.slice(this.ts[this.ts.length - 1]?.e ?? 0);
    const opens = /^(\d+[.、]|\(\d+\))?$/.test(this.text.slice(0, this.ts[0]?.s ?? 0));
    if (
      opens &&
      bracketed &&
      headed &&
      this.ts.length === 2 &&
      headed.text.length <= 12 &&
      !/[扣得加减的]/.test(headed.text) &&
      /^[。:]/.test(after) &&
      /[得扣加减计记]\d/.test(after)
    )
      return { value: { type: 'stated', points: bracketed.v, span: this.span(0, 2) }, end: 2 };
    // (A colon after the points says a heading of any length up to a sentence's: `…病人随访干预(0.1分):`.)
    const colon = this.tok(2, 'comma') !== null && this.text[this.ts[2].s] === ':';
    if (
      bracketed &&
      headed &&
      (headed.text.length <= 16 || (colon && headed.text.length <= 24)) &&
      !/[扣得加减的]/.test(headed.text) &&
      ((this.tok(2, 'comma') &&
        // `运转正常(3分),及时更新…(2分)`: parts each with their points, not a heading over a rule.
        (this.text[this.ts[2].s] === ':' || this.ts[this.ts.length - 1].t !== 'ppts')) ||
        // `利润完成情况(5分)完成(5分)…`: a topic, not a state, heads what follows (`预算执行情况(万元)`: the unit
        // its figures are in, said after it).
        (this.ts.length > 2 &&
          TOPIC_ENDINGS.some((w) => headed.text.replace(/\([^()]{1,4}\)$/, '').endsWith(w))))
    )
      return { value: { type: 'stated', points: bracketed.v, span: this.span(0, 2) }, end: 2 };
    // `工作经费落实(2分)。每年…`: a heading and its points as a sentence of their own, before the rule.
    if (
      bracketed &&
      headed &&
      this.ts.length === 2 &&
      headed.text.length <= 16 &&
      !/[扣得加减的]/.test(headed.text) &&
      this.text[this.ts[1].e] === '。' &&
      /^[\s\d、.()一二三四五六七八九十]*$/.test(this.text.slice(0, this.ts[0].s)) &&
      // (`文化校园建设达到要求(1分);生活垃圾…(1分)`: parts each with their points, not a heading.)
      !/\(\d+(?:\.\d+)?分\)/.test(this.text.slice(this.ts[1].e)) &&
      this.text.slice(this.ts[1].e).replace(/[。;\n\s]/g, '').length > 0
    )
      return { value: { type: 'stated', points: bracketed.v, span: this.span(0, 2) }, end: 2 };
    // `5分(缺席一次扣2分…)`, `项目4分，…`, `报表收集10分。`: points opening a sentence, with at most
    // a heading's words before them, state the row's worth.
    const heading = this.tok(0, 'word');
    // (`完全符合4分，…每例扣0.2分`: a state met and its points, not a heading's worth.)
    const titled =
      heading !== null &&
      heading.text.length <= 8 &&
      // (`方案编制明确2分;内容具体2分;可操作性强1分`: parts each a sentence, not headings.)
      !this.partSentences() &&
      !/[扣得加减则若的]/.test(heading.text) &&
      ![...MET_ENDINGS, ...MET_WORDS, '完成'].some((w) => heading.text.endsWith(w));
    // `大面积双季稻生产,满分8分。`: a heading, then the worth it states in a sentence of its own.
    const worth = i === 0 && titled && this.tok(1, 'comma') && this.tok(2, 'full') ? this.pointsAt(3) : null;
    if (worth && !worth.isZero() && this.atBoundary(5))
      return { value: { type: 'stated', points: worth, span: this.span(0, 5) }, end: 5 };
    // `时效性,1分。按照要求…`: a heading, a comma, its points closing a sentence of their own.
    const closing = i === 0 && titled && this.tok(1, 'comma') ? this.pointsAt(2) : null;
    const first = !/分/.test(this.text.slice(0, this.ts[0].s));
    if (closing && !closing.isZero() && first && /^\s*[。.]\s*\S/.test(this.text.slice(this.ts[3].e)))
      return { value: { type: 'stated', points: closing, span: this.span(0, 4) }, end: 4 };
    const at = i === 0 && titled && this.tok(1, 'num') ? 1 : i;
    // (`无帮扶制度0分`: nothing is no row's worth; it is what a state gives.)
    const opening = i === 0 ? this.pointsAt(at) : null;
    if (opening?.isZero()) return null;
    // `5分满，缺一项扣1分`, `每项工作5分满`: the points, then 满 — full marks are that many.
    if (opening && this.wordIs(at + 2, ['满']) && this.atBoundary(at + 3))
      return { value: { type: 'stated', points: opening, span: this.span(i, at + 3) }, end: at + 3 };
    // (`领导小组1分,组织开展活动1分,…`: parts each with their points, not a heading's worth.)
    if (opening && this.atBoundary(at + 2) && !this.partAt(this.tok(at + 2, 'comma') ? at + 3 : at + 2))
      return { value: { type: 'stated', points: opening, span: this.span(i, at + 2) }, end: at + 2 };
    let k = i;
    if (this.wordIs(k, STATED_WORDS)) {
      k++;
      // `共计10分`: the lexer reads `计` as scoring; with the word before it, it states the worth.
      const joined = this.tok(k, 'gain') ? this.text.slice(this.ts[i].s, this.ts[k].e) : '';
      if (STATED_WORDS.includes(joined)) k++;
    } else if (i === 0 && SELF_HEAD_RE.test(this.tok(k, 'word')?.text ?? '')) {
      // `该项指标满分为60分`, `该项指标总计分为60分`: the row itself, then its worth.
      k++;
      if (this.tok(k, 'full') || this.tok(k, 'score')) k++;
      if (this.wordIs(k, ['为', '是']) && k > i + 1) k++;
    } else if (this.tok(k, 'weight') && this.pointsAt(k + 1)) {
      // `(分值20分)`: the row's weight named, then its points.
      k++;
    }
    if (this.tok(k, 'full')) {
      k++;
      // `满分计35分`: the verb between the worth and its points.
      if (this.tok(k, 'gain') && this.text.slice(this.ts[k].s, this.ts[k].e) === '计') k++;
    }
    if (k === i) return null;
    const n = this.pointsAt(k);
    if (!n) return null;
    return { value: { type: 'stated', points: n, span: this.span(i, k + 2) }, end: k + 2 };
  }

  /**
   * `第1名至第5名依次得60、57、54、51、48分` · `第1名得5分` · `前3名得5分`: ranks and their points.
   * A run of ranks takes a list of as many points, in order.
   */
  private rank(i: number): Unit | null {
    // `计算编制总量项得分，在全市排名1-5名…`, `…考核得分及排名，…`: the score of a thing, named, is what is ranked.
    const from = this.rankedScore(i);
    // `年度考核第1名得3分`: words naming what is ranked may lead (`未进入前3名` says another thing).
    // (`青马工程、团校培训考核排名前3名`: several words, a list among them.)
    let at = from;
    while (
      this.tok(at, 'word') !== null &&
      !NEGATIONS.some((n) => (this.ts[at] as TokenOf<'word'>).text.includes(n))
    )
      at++;
    const r = this.tok(at, 'rank');
    if (!r) return null;
    const bottom = r.bottom === true ? { bottom: true as const } : {};
    let k = at + 1;
    if (this.wordIs(k, ['的'])) k++;
    if (this.tok(k, 'comma')) k++;
    // `倒数第4名起每进1名扣0.1分`, `倒数第4名及以上的，每进1名扣0.1分`: where a step along the ranks starts.
    const onward = r.to === Infinity ? this.step(k) : null;
    if (onward !== null && onward.value.type === 'step')
      return {
        value: {
          ...onward.value,
          startRank: { n: r.from, bottom: r.bottom === true },
          span: this.span(i, onward.end),
        },
        end: onward.end,
      };
    // (`第一名为满分`: 为 before the outcome.)
    if (this.wordIs(k, ['为']) && this.tok(k + 1, 'full')) k++;
    // (`的依次`, `依次赋予`: the joiner lexed as one word with the 的 before it and a verb of giving after it.)
    const joiner = this.tok(k, 'word');
    const listed = joiner !== null && RANK_JOINER_RE.test(joiner.text);
    if (listed) k++;
    // (`按照6、5、4分打分`, `按10、7…1记分`: points a 按 gives, closed by the verb of scoring.)
    const scoredBy = listed && /^按/.test((joiner as TokenOf<'word'>).text);
    const closing = (at: number) =>
      scoredBy && (this.wordIs(at, RANK_SCORING_VERBS) || this.tok(at, 'score') !== null);
    const values: Decimal[] = [];
    // (`前3名得满分`: a run of ranks with one outcome in words, read as any outcome below.)
    const inWords = !listed && this.tok(k, 'gain') !== null && this.tok(k + 1, 'num') === null;
    // (`11名以后扣1分`, `6-10名的扣0.5分`: one outcome for the run, not a list of points.)
    const one = r.to === Infinity || this.tok(k, 'deduct') !== null;
    if ((listed || r.to > r.from) && !inWords && !one) {
      if (this.tok(k, 'gain')) k++;
      for (;;) {
        const n = this.tok(k, 'num');
        if (!n || n.pct || n.unit !== null) return null;
        values.push(n.v);
        k++;
        if (this.tok(k, 'points')) {
          k++;
          // (`前3名得2分，其他…`: a comma not followed by more points ends the list.)
          if ((this.wordIs(k, ['、', ',']) || this.tok(k, 'comma')) && this.tok(k + 1, 'num')) k++;
          else break;
        } else if (this.wordIs(k, ['、', ','])) k++;
        else if (closing(k)) break;
        else return null;
      }
      if (closing(k)) k++;
      else if (scoredBy) return null;
      if (values.length === r.to - r.from + 1) {
        const ranks = values.map((v, n) => ({ from: r.from + n, to: r.from + n, outcome: points(v) }));
        return { value: { type: 'rank', ranks, ...bottom, span: this.span(i, k) }, end: k };
      }
      if (values.length !== 1) return null;
      return {
        value: {
          type: 'rank',
          ranks: [{ from: r.from, to: r.to, outcome: points(values[0]) }],
          ...bottom,
          span: this.span(i, k),
        },
        end: k,
      };
    }
    const o = this.outcome(k);
    if (!o || !pricesARank(o.value)) return null;
    return {
      value: {
        type: 'rank',
        ranks: [{ from: r.from, to: r.to, outcome: o.value }],
        ...bottom,
        span: this.span(i, o.end),
      },
      end: o.end,
    };
  }

  /**
   * `按名次依次递减2分`, `其他依次递减0.2分`: after ranks with their points, each rank further down costs the
   * amount — a step of one rank, read only where ranks were written before it.
   */
  private rankDescent(i: number): Unit | null {
    const w = this.tok(i, 'word');
    if (w === null || !RANK_DESCENT_RE.test(w.text) || this.tok(i + 1, 'deduct') === null) return null;
    const amount = this.pointsAt(i + 2);
    return amount === null ? null : this.rankStep(i, i + 4, amount);
  }

  /**
   * A step of one rank down, costing `amount`, over tokens [i, end) — read only where ranks were written before it.
   * (Ranks may stand in an earlier sentence: `前3名得满分；其他依次递减0.2分`.)
   */
  private rankStep(i: number, end: number, amount: Decimal): Unit | null {
    if (!lex(this.text.slice(0, this.ts[i].s)).some((t) => t.t === 'rank')) return null;
    return {
      value: {
        type: 'step',
        dir: 'down',
        size: new Decimal(1),
        pct: false,
        unit: '名',
        words: '名次',
        amount,
        ofWeight: false,
        bonus: false,
        label: '',
        single: false,
        from: null,
        span: this.span(i, end),
      },
      end,
    };
  }

  /**
   * `每递减一名,减2分`, `名次每递减一位扣1分`: a step of one rank down said with 递减 (its 减 lexed apart, or glued to
   * the rank) — read only where ranks were written before it, as `rankDescent`.
   */
  private rankStepSaid(i: number): Unit | null {
    let k = this.wordIs(i, RANK_DESCENT_LEADS) ? i + 1 : i;
    if (this.tok(k, 'each') === null) return null;
    const w = this.tok(k + 1, 'word');
    if (w === null) return null;
    k += 2;
    if (!RANK_STEP_GLUED_RE.test(w.text)) {
      const one = this.tok(k + 1, 'num');
      if (!RANK_STEP_LEAD_RE.test(w.text) || this.tok(k, 'deduct') === null) return null;
      if (one === null || !one.v.eq(1) || !RANK_UNITS.includes(one.unit ?? '')) return null;
      k += 2;
    }
    if (this.tok(k, 'comma')) k++;
    const amount = this.tok(k, 'deduct') ? this.pointsAt(k + 1) : null;
    return amount === null ? null : this.rankStep(i, k + 3, amount);
  }

  /** After `X得分，` or `X得分及排名，` (a score named as a thing, then ranked): where the ranks' words start. */
  private rankedScore(i: number): number {
    let k = this.tok(i, 'word') ? i + 1 : i;
    if (!this.tok(k, 'score')) return i;
    k++;
    if (this.wordIs(k, RANKED_SCORE_TAILS)) k++;
    return this.tok(k, 'comma') ? k + 1 : i;
  }

  /** `得分=(1−5×偏差率)×分值`, `15分×完成率`: the written arithmetic, to the clause's end. */
  private formula(i: number): Unit | null {
    // Only a clause with an operator can hold arithmetic (most clauses: decided without parsing).
    let operator = false;
    for (let k = i; k < this.ts.length && this.ts[k].t !== 'sep'; k++) {
      const t = this.ts[k];
      if (t.t === 'mul' || (t.t === 'word' && /[/÷+]/.test(t.text)) || (t.t === 'cmp' && t.op === '=')) {
        operator = true;
        break;
      }
    }
    if (!operator) return null;
    let end = i;
    // Brackets inside the formula are part of it, not commas; so is the colon after `本项得分为`.
    const inside = (k: number) => {
      const ch = this.text[this.ts[k].s];
      return '()'.includes(ch) || (ch === ':' && SCORE_LEAD_RE.test(this.textOf(i, k)));
    };
    while (end < this.ts.length && (this.ts[end].t !== 'comma' || inside(end))) end++;
    // `…(评价指标得分=资金到位率×分值)`: the bracket that closes an aside around the formula is not its own.
    const depth = (a: number, b: number) =>
      [...this.textOf(a, b)].reduce((d, ch) => d + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0);
    while (end > i && this.text[this.ts[end - 1].s] === ')' && depth(i, end) < 0) end--;
    if (end === i) return null;
    // `1分*分管的…参加上述活动不得分`: an outcome inside is a rule around a `*`, not arithmetic.
    if (this.ts.slice(i, end).some((t) => NOT_IN_FORMULA.has(t.t))) return null;
    // (`得分⏎(20分*执行率)`: a heading on its own line is read with the formula under it.)
    const f = parseFormula(this.textOf(i, end).replace(/\n/g, ''));
    if (f === null) return null;
    if (f.claimedWeight !== null) this.weightClaims.push(f.claimedWeight);
    // `完成及时率×分值=得分` is SPEC's proportional family: the weight × the input, at most 100%.
    if (f.plainProduct)
      return { value: { type: 'proportional', subject: f.input, span: this.span(i, end) }, end };
    return {
      value: {
        type: 'formula',
        expr: f.expr,
        text: this.textOf(i, end),
        atMost100: f.atMost100,
        input: f.input,
        target: f.target,
        ...(f.inputs !== undefined ? { inputs: f.inputs } : {}),
        span: this.span(i, end),
      },
      end,
    };
  }

  /** `按完成时序目标进度得分`, `以到位资金计分`: a whole clause saying what the score follows, no number. */
  private basis(i: number): Unit | null {
    const w = this.tok(i, 'word');
    if (i !== 0 || w === null || !this.tok(i + 1, 'score') || !this.atBoundary(i + 2)) return null;
    if (![...BY_WORDS, '以'].some((b) => w.text.startsWith(b) && w.text.length > b.length)) return null;
    return { value: { type: 'basis', text: w.text, span: this.span(i, i + 2) }, end: i + 2 };
  }

  /** `以100%为标准`: the standard the rule measures from, stated on its own. */
  private standard(i: number): Unit | null {
    const n = this.tok(i + 1, 'num');
    if (!n) return null;
    // `标准为5亿`: the standard named, then its value, standing alone before the steps.
    const named = this.tok(i, 'word');
    const stated = named !== null && STANDARD_IS_RE.test(named.text) && this.atBoundary(i + 2);
    // (`完成率以100%为标准`: what is measured, then 以 or 按, lexed as one word.)
    const by = named !== null && /^[\u4e00-\u9fff]{0,8}[以按]$/.test(named.text);
    // (`完成率按100%每下降1个百分点扣0.4分`: 按 and the value, right before the steps from it.)
    const before =
      by &&
      named.text.endsWith('按') &&
      (this.tok(i + 2, 'each') !== null ||
        (this.tok(i + 3, 'each') !== null && this.tok(i + 2, 'comma') !== null));
    if (!stated && !before && (!by || !this.wordIs(i + 2, STANDARD_WORDS))) return null;
    const end = stated || before ? i + 2 : i + 3;
    const at: Bound = { value: n.v, incl: true, explicit: false };
    const cond: Condition = { lower: at, upper: at, text: n.raw, pct: n.pct, unit: n.unit, abs: false };
    return { value: { type: 'standard', cond, span: this.span(i, end) }, end };
  }

  /** `全年督查不少于4次`: a standard without an outcome of its own, for the steps that follow. */
  private requirement(i: number): Unit | null {
    const c = this.condition(i);
    // (`1000公斤以上`: without an outcome of its own, no neighbour shares the bound; 以上 is ≥. `3次以内`
    // stays words, the range a step applies in.)
    const open = c?.value.cond.lower !== null && c?.value.cond.upper === null;
    // (`15名以下的每减少3名扣2分`: short of a bound, said right before the step counting the shortfall.)
    let next = c?.end ?? i;
    while (this.isConditionFiller(next) || this.tok(next, 'comma')) next++;
    const shortBeforeStep =
      c !== null &&
      c.value.cond.lower === null &&
      c.value.cond.upper !== null &&
      /以下$/.test(c.value.cond.text) &&
      this.tok(next, 'each') !== null;
    // (`每年专门研究文化工作2-3次`, `全村有1-2个优势特色产业`: a range of counts asked, both its ends met — not
    // after a comparator, `不少于1至2次`, nor counts each of several must reach, `组长、副组长…分别1至2次`.)
    const counts =
      c !== null &&
      countRange(c.value.cond) &&
      !this.ts.slice(i, c.end).some((t) => t.t === 'cmp') &&
      !/分别|各$/.test(c.value.subject);
    if (
      !c ||
      (c.value.cond.lower?.explicit !== true &&
        c.value.cond.upper?.explicit !== true &&
        !open &&
        !shortBeforeStep &&
        !counts)
    )
      return null;
    const cond =
      counts && c.value.cond.upper !== null
        ? { ...c.value.cond, upper: { ...c.value.cond.upper, incl: true } }
        : c.value.cond;
    // `召开最少一次食品安全工作专题会议`: what is counted may follow the number.
    let end = c.end;
    while (this.tok(end, 'word')) end++;
    return {
      value: {
        type: 'requirement',
        subject: c.value.subject,
        cond,
        words: this.textOf(i, end),
        span: this.span(i, end),
      },
      end,
    };
  }

  /** `(1个0.5分,共3分)`: one of the things listed and its points, the total said after — what each is worth. */
  private oneOfEach(i: number): Unit | null {
    const one = this.tok(i, 'num');
    if (one === null || !one.v.eq(1) || one.pct || !ONE_OF_UNITS.includes(one.unit ?? '')) return null;
    const points = this.pointsAt(i + 1);
    const total = this.tok(i + 3, 'comma') && this.wordIs(i + 4, TOTAL_WORDS) && this.pointsAt(i + 5);
    if (!points || !total) return null;
    return { value: { type: 'eachItem', count: null, points, span: this.span(i, i + 3) }, end: i + 3 };
  }

  /** `共4项，` right before `i`: a count of things in `unit`, none of them named. */
  private totalBefore(i: number, unit: string | null): boolean {
    const total = this.tok(i - 2, 'num');
    return (
      this.tok(i - 1, 'comma') !== null &&
      total !== null &&
      total.unit === unit &&
      this.itemTotal(i - 3) !== null
    );
  }

  /** `操作间共10项`, `共4项`: how many things the rule counts, none of them named. */
  private itemTotal(i: number): Unit | null {
    const lead = this.tok(i, 'word');
    const n = this.tok(i + 1, 'num');
    if (lead === null || n === null || !ITEM_TOTAL_LEAD_RE.test(lead.text.trim())) return null;
    if (n.pct || !n.v.isInteger() || n.v.lt(2) || !ITEM_TOTAL_UNITS.includes(n.unit ?? '')) return null;
    if (!this.atBoundary(i + 2)) return null;
    return { value: { type: 'itemTotal', count: n.v.toNumber(), span: this.span(i, i + 2) }, end: i + 2 };
  }

  /** `以上三项每项1分`, `每项1分`: the worth of each item listed before; the count, when said, is checked. */
  private eachItem(i: number): Unit | null {
    let k = i;
    if (this.wordIs(k, ITEMS_ABOVE_WORDS)) k++;
    // `以上各项，每项1分`
    if (k > i && this.tok(k, 'comma')) k++;
    // `每项1分` written as one word before its points
    if (this.wordIs(k, ['每项']) && this.pointsAt(k + 1)) {
      const points = this.pointsAt(k + 1) as Decimal;
      return { value: { type: 'eachItem', count: null, points, span: this.span(i, k + 3) }, end: k + 3 };
    }
    const count = k > i ? this.tok(k, 'num') : null;
    if (count) {
      if (count.unit !== '项' || count.pct || !count.v.isInteger()) return null;
      k++;
    }
    if (!this.tok(k, 'each') || !this.wordIs(k + 1, ['项'])) return null;
    const points = this.pointsAt(k + 2);
    if (!points) return null;
    return {
      value: {
        type: 'eachItem',
        count: count ? count.v.toNumber() : null,
        points,
        span: this.span(i, k + 4),
      },
      end: k + 4,
    };
  }

  private single(i: number, t: 'cap'): Unit | null {
    // `本项分值扣完为止`: the weight named before the cap is what is used up; `减分直至扣完`: the deduction.
    const named = this.tok(i, 'weight') !== null || this.wordIs(i, ['减分', '扣分']);
    const k = named && this.tok(i + 1, t) ? i + 1 : i;
    return this.tok(k, t) ? { value: { type: t, span: this.span(i, k + 1) }, end: k + 1 } : null;
  }

  private maxDeduct(i: number): Unit | null {
    // `10分扣完为止`: the points first, then the words that close the deductions at them.
    const first = this.pointsAt(i);
    const cap = this.tok(i + 2, 'cap');
    if (first !== null && cap !== null && /^(扣完|扣满|减完)/.test(this.text.slice(cap.s, cap.e)))
      return { value: { type: 'maxDeduct', amount: first, span: this.span(i, i + 3) }, end: i + 3 };
    const n = this.tok(i + 1, 'num');
    if (!this.tok(i, 'maxded') || !n || n.pct || !this.tok(i + 2, 'points')) return null;
    let end = i + 3;
    // (`扣完10分后扣项目考核总分`: no floor — past the row's worth, stated so, deductions go on beyond the row,
    // which index.ts leaves to the person.)
    const tail = this.tok(end, 'word');
    if (tail !== null && BEYOND_ROW_TAIL_RE.test(tail.text))
      return { value: { type: 'stated', points: n.v, span: this.span(i, end + 1) }, end: end + 1 };
    if (this.wordIs(end, ['为止', '为限'])) end++;
    return { value: { type: 'maxDeduct', amount: n.v, span: this.span(i, end) }, end };
  }

  /** `扣满15分的，追加扣除10分`: once deductions reach so much, more comes off beyond the row. */
  private beyondCap(i: number): Unit | null {
    const at = this.tok(i, 'maxded') !== null ? this.tok(i + 1, 'num') : null;
    if (at === null || at.unit !== null || at.pct || !this.tok(i + 2, 'points')) return null;
    let k = i + 3;
    if (this.wordIs(k, ['的'])) k++;
    if (this.tok(k, 'comma')) k++;
    const more = this.tok(k, 'word')?.text.replace(/^的/, '') ?? '';
    const extra = this.tok(k + 1, 'deduct') !== null ? this.pointsAt(k + 2) : null;
    if (!ADDITIVE_WORDS.includes(more) || extra === null) return null;
    return { value: { type: 'beyondCap', at: at.v, extra, span: this.span(i, k + 4) }, end: k + 4 };
  }

  /** 否则不得分. */
  private otherwise(i: number): Unit | null {
    // `否则按完成比例得分`, `未达到的按完成比例得分`: the else words run into `按…比例`.
    const w = this.tok(i, 'word');
    // (`部分完成按完成比例得分`: done in part, the share done — what is not done whole.)
    const lead = w
      ? [...ELSE_BY_LENGTH, ...PARTLY_DONE_WORDS].find((e) => w.text.startsWith(e) && w.text !== e)
      : undefined;
    // (`其间按线性插值计分` alone: the line stands for whatever the bands leave.)
    const line = w ? this.interpolation(i, lead ? w.text.slice(lead.length) : w.text) : null;
    if (line)
      return { value: { type: 'else', outcome: line.value, span: this.span(i, line.end) }, end: line.end };
    // (`未完成目标任务按完成率计分`, `未达到标准按合格率得分`: what is not done may be named between the two.)
    const after = w && lead ? w.text.slice(lead.length) : null;
    const glued =
      after === null ? null : (this.byRatio(i, after) ?? this.byRatio(i, after.replace(UNMET_OBJECT_RE, '')));
    if (glued)
      return {
        value: {
          type: 'else',
          outcome: { type: 'proportional', explicit: false },
          span: this.span(i, glued.end),
        },
        end: glued.end,
      };
    // (`未实现的,按比例扣分`, `未足额缴纳的,按比例扣分`: what the band above asks, denied in a few words of its own,
    // then the share — the else, when its outcome is the share.)
    const unmet = w !== null && UNMET_ELSE_RE.test(w.text);
    if (!unmet && !this.wordIs(i, ELSE_WORDS)) return null;
    let k = i + 1;
    if (this.tok(k, 'comma')) k++;
    const o = this.outcome(k);
    if (unmet && !this.wordIs(i, ELSE_WORDS) && (o === null || o.value.type !== 'proportional')) return null;
    return o ? { value: { type: 'else', outcome: o.value, span: this.span(i, o.end) }, end: o.end } : null;
  }

  /** `此项分值不得累加`, `按最高学历计分`, `不累计加分`: a note that the items' points are not added up. */
  private highestOnly(i: number): Unit | null {
    let k = i;
    while (this.tok(k, 'word') || this.tok(k, 'score') || this.tok(k, 'weight')) k++;
    const sameItem = this.textOf(i, k).startsWith(SAME_ITEM_LEAD);
    // (`同一成果获多项奖励的,按最高级别计分`: the thing named, a comma, then how it counts.)
    if (sameItem && this.tok(k, 'comma') && this.textOf(i, k).endsWith('的'))
      for (k++; this.tok(k, 'word') || this.tok(k, 'score');) k++;
    // (`只取最高一项`: the one lexed as a count.)
    const one = k > i ? this.tok(k, 'num') : null;
    // (`同一项按最高分只计入1次`: once.)
    const ones = sameItem ? ['项', '档', '次'] : ['项', '档'];
    if (one !== null && one.v.eq(1) && !one.pct && ones.includes(one.unit ?? '')) k++;
    if (k === i || !this.atBoundary(k)) return null;
    const same = SAME_ITEM_RE.exec(this.textOf(i, k));
    if (same !== null) {
      // (`…,不重复累计`: the same note again, read with it.)
      let m = k + 1;
      while (this.tok(m, 'word') || this.tok(m, 'score')) m++;
      const again =
        this.tok(k, 'comma') !== null && this.atBoundary(m) && NOT_ADDED_AGAIN_RE.test(this.textOf(k + 1, m));
      const end = again ? m : k;
      return { value: { type: 'highestOnly', perItem: same[1], span: this.span(i, end) }, end };
    }
    return HIGHEST_ONLY_RE.test(this.textOf(i, k))
      ? { value: { type: 'highestOnly', span: this.span(i, k) }, end: k }
      : null;
  }

  /** 超过100%的按100%计算. */
  private countAs100(i: number): Unit | null {
    // `实际完成率大于100%的，按100%计算`: the measure named first, the particle and a comma between.
    const named = this.tok(i, 'word') !== null && this.tok(i + 1, 'cmp') !== null ? 1 : 0;
    const k = i + named;
    const cmp = this.tok(k, 'cmp');
    const a = this.tok(k + 1, 'num');
    const split = this.wordIs(k + 2, ['的']) && this.tok(k + 3, 'comma') ? 2 : 0;
    const by = this.tok(k + 2 + split, 'word');
    const b = this.tok(k + 3 + split, 'num');
    if (
      !cmp ||
      (cmp.op !== '>' && cmp.op !== '>=') ||
      !a ||
      !a.pct ||
      !a.v.eq(100) ||
      !by ||
      !b ||
      !b.pct ||
      !b.v.eq(100)
    )
      return null;
    if (!/^的?(按|以)$/.test(by.text)) return null;
    const end = this.trailingScore(k + 4 + split);
    return { value: { type: 'countAs100', span: this.span(i, end) }, end };
  }

  private proportional(i: number): Unit | null {
    const p = this.proportionalExpr(i);
    return p
      ? { value: { type: 'proportional', subject: p.value.subject, span: this.span(i, p.end) }, end: p.end }
      : null;
  }

  /** 优秀计3分 · 全部完成得4分 · 是得2分 · 考核结果为良好的，得2分. */
  private level(i: number): Unit | null {
    const w = this.tok(i, 'word');
    if (!w) return null;
    // `优秀(90分以上)`: the level's defining score range is its own; the level is the word before it.
    const text = w.text
      .replace(/^[、/]+/, '')
      .replace(/\([^()]*\d[^()]*\)$/, '')
      .replace(/(的|者|等次|等级|档次|时)$/, '');
    const word = LEVEL_WORDS.find((l) => text.endsWith(l));
    if (!word) return null;
    // `没有` is not the level `有`: a negation run into the word makes it the other state.
    const negation = [...NEGATIONS, '没'].find(
      (n) => text.slice(0, -word.length).endsWith(n) && !LEVEL_WORDS.includes(n + word),
    );
    const level = negation ? negation + word : word;
    let k = i + 1;
    if (this.tok(k, 'comma')) k++;
    const o = this.outcome(k);
    if (!o || !isLevelOutcome(o.value)) return null;
    const subject = cleanSubject(
      text.slice(0, text.length - level.length).replace(/(为|是|评为|被评为)$/, ''),
    );
    return {
      value: { type: 'level', level, subject, outcome: o.value, span: this.span(i, o.end) },
      end: o.end,
    };
  }

  private outcomeOnly(i: number): Unit | null {
    const o = this.outcome(i);
    // (`酌情扣分` alone prices no fault: the whole rule is the person's.)
    if (o !== null && o.value.type === 'range' && o.value.high === null) return null;
    return o ? { value: { type: 'outcome', outcome: o.value, span: this.span(i, o.end) }, end: o.end } : null;
  }

  /** 酌情扣分, 视效果评分, 按…完成情况评分: the person scores it; the clause is understood as such. */
  private discretionary(i: number): Unit | null {
    let end = i;
    while (end < this.ts.length && this.ts[end].t !== 'comma') end++;
    const text = this.textOf(i, end);
    // (`达不到扣分`, `不及时扣分`: points off the case short of the standard, how many not said.)
    // (`不扣分`, `不予扣分` take nothing off; `没有完成的扣分，每低于目标值2%扣1分`: the step after says how much.)
    const unsaid =
      !/\d/.test(text) &&
      UNSPECIFIED_DEDUCTIONS.some((d) => text.endsWith(d) && !NOT_DEDUCTED_RE.test(text)) &&
      SHORT_CASE_LEADS.some((l) => text.includes(l)) &&
      !(this.tok(end, 'comma') && this.tok(end + 1, 'each'));
    // `是已婚育妇漏登的加倍扣分`: a class of a fault costing twice, one word with its cost — a fault of its own.
    // (`…的，加倍扣分`: alone after a comma it is the cost of the words before — and, with none, the person's call.)
    if (end === i + 1 && doubledCostAlone(text))
      return { value: { type: 'discretionary', text, span: this.span(i, end) }, end };
    const doubled = end === i + 1 && text.includes('倍') ? DOUBLED_COST_RE.exec(text) : null;
    const twice = doubled === null ? '' : doubled[1].replace(/^是/, '');
    if (twice.length >= 2)
      return { value: { type: 'check', desc: twice, outcome: DOUBLED_COST, span: this.span(i, end) }, end };
    // (`纳入科学发展综合考核的得5分`: the assessment a thing is put into is a thing, not a judgement.)
    const judging = text.replace(PUT_INTO_RE, '');
    if (!unsaid && !DISCRETIONARY_WORDS.some((d) => judging.includes(d)) && !JUDGEMENT_RE.test(text))
      return null;
    // `达不到扣分`, `否则酌情扣分`, `未完成酌情扣分`: the case short of the one above, at a cost the person judges —
    // an else whose outcome is theirs, so an answer meeting the case above is still scored.
    // (`及时录入的得10分,不及时扣分`: the case above denied in its own words is short of it too.)
    const denied = DENIED_CASE_RE.exec(text)?.[1];
    const above = this.text.slice(0, this.ts[i].s);
    if (JUDGED_SHORTFALL_RE.test(text) || (denied !== undefined && above.includes(denied)))
      return { value: { type: 'else', outcome: UNSAID_COST, span: this.span(i, end) }, end };
    // `灭火器过期的视情况扣1-2分`: a fault and its judged span, read as a fault of its own.
    if (this.judgedSpanAt(end) !== null) return null;
    // `没有台帐酌情扣分`: a fault the lexer left one word with its judged cost.
    const fault = end === i + 1 ? JUDGED_COST_RE.exec(text) : null;
    const desc = fault === null ? '' : fault[1].replace(/(的|者|时)$/, '');
    if (
      fault !== null &&
      desc.length >= 2 &&
      !ELSE_WORDS.some((w) => desc.startsWith(w)) &&
      !SHORT_CASE_LEADS.includes(desc)
    )
      return {
        value: { type: 'check', desc: listed(desc), outcome: UNSAID_COST, span: this.span(i, end) },
        end,
      };
    // `按实现程度赋分，即“得分=实际完成量/目标任务×分值”`, `…赋分(得分=…)`: the arithmetic after says how the
    // score is given, so these words only name it.
    if (this.spelledOut(end))
      return {
        value: {
          type: 'description',
          text,
          hasCondition: false,
          question: false,
          hasNumber: false,
          span: this.span(i, end),
        },
        end,
      };
    // `按未完成比例相应扣分，每降低10%扣1分`: the step right after says how much; these words announce it.
    if (/按.{0,12}比例相应扣分$/.test(text) && this.tok(end, 'comma') && this.tok(end + 1, 'each'))
      return null;
    return { value: { type: 'discretionary', text, span: this.span(i, end) }, end };
  }

  /** `…的视情况扣1-2分` ending at `end`: where the lead starts in the word before the span, or null. */
  private judgedSpanAt(end: number): number | null {
    const o = this.outcomeAt(end - 5);
    if (o === null || o.end !== end || o.value.type !== 'range' || o.value.deduct !== true) return null;
    const w = this.tok(end - 6, 'word');
    const lead =
      w === null ? undefined : JUDGED_COST_LEADS.find((l) => w.text.endsWith(l) && w.text.length > l.length);
    return lead === undefined ? null : end - 6;
  }

  /** After the comma at `k`, a formula restating what went before: `，即得分=…`, `，即：得分=…`, `(得分=…)`. */
  private spelledOut(k: number): boolean {
    if (this.tok(k, 'comma') === null) return false;
    let f = k + 1;
    const said = this.tok(f, 'word')?.text ?? '';
    if (said === '即' && this.tok(f + 1, 'comma')) f += 2;
    else if (!said.startsWith('即') && this.text[this.ts[k].s] !== '(') return false;
    return this.formula(f) !== null;
  }

  /** ①description[，得N分] — an item runs to its outcome, the next item, or the clause end. */
  private item(i: number): Unit | null {
    const it = this.tok(i, 'item');
    if (!it) return null;
    // `1.不出勤一天扣5分`: a numbered step is read as the step, the number only marking it.
    const step = this.step(i + 1);
    if (step?.value.type === 'step' && this.atBoundary(step.end))
      return { value: { ...step.value, marker: it.marker, span: this.span(i, step.end) }, end: step.end };
    let descEnd = this.descriptionRun(i + 1);
    // `1、单位财务管理制度1分`: the points closing the words are the item's.
    if (descEnd - 1 > i + 1 && this.tok(descEnd - 1, 'num') && this.tok(descEnd, 'points')) descEnd--;
    let k = descEnd;
    if (this.tok(k, 'comma')) k++;
    const o = k < this.ts.length && this.tok(k, 'item') === null ? this.outcome(k) : null;
    const fixed = o !== null && isLevelOutcome(o.value) ? o : null;
    const end = fixed ? fixed.end : Math.max(descEnd, i + 1);
    const band = fixed ? this.band(i + 1) : null;
    return {
      value: {
        type: 'item',
        n: it.n,
        marker: it.marker,
        desc: this.textOf(i + 1, descEnd),
        outcome: fixed ? fixed.value : null,
        ...(band !== null && band.end === end && band.value.type === 'band'
          ? { band: { subject: band.value.subject, cond: band.value.cond, outcome: band.value.outcome } }
          : {}),
        span: this.span(i, end),
      },
      end,
    };
  }

  /** A single condition in words with its outcome: `基础数据信息…准确，得1分`. */
  private check(i: number): Unit | null {
    let descEnd = this.descriptionRun(i);
    // `有专人负责2分`: the points closing the words, without 得, are the outcome, not part of the words.
    if (descEnd - 1 > i && this.tok(descEnd - 1, 'num') && this.tok(descEnd, 'points')) descEnd--;
    if (descEnd === i) return null;
    // `未按时完成的按50%计分`: the 按 run into the words before the share.
    const last = descEnd - 2 >= i ? this.tok(descEnd - 2, 'word') : null;
    const share = this.tok(descEnd - 1, 'num');
    if (last?.text.endsWith('按') && share?.pct && share.v.lte(100) && this.tok(descEnd, 'score')) {
      const desc = listed(this.textOf(i, descEnd - 1).slice(0, -1));
      const outcome: Outcome = { type: 'fraction', fraction: share.v.div(100) };
      return { value: { type: 'check', desc, outcome, span: this.span(i, descEnd + 1) }, end: descEnd + 1 };
    }
    // `(80%,90%]得3分`: a condition the parser could not structure is not a state named in words.
    const words = this.ts.slice(i, descEnd);
    if (words.some((t) => t.t === 'num' && t.pct) || words.some((t) => CONDITION_TOKENS.has(t.t)))
      return null;
    const text = this.textOf(i, descEnd);
    // `最低得1分`, `保底2分`: a floor or ceiling on the score, not a state named in words.
    if (/^(最低|最少|保底|最高|最多|至少|至多)/.test(text)) return null;
    let k = descEnd;
    if (this.tok(k, 'comma')) k++;
    const o = this.outcome(k);
    // `未出台年度工作计划的,1分`: points without a verb after something not done may be what it costs.
    // (A state of none is often the good one, `无差错,100分`, `无结余,3分`; and none gives none anywhere.)
    const bare = this.tok(k, 'num') !== null;
    const undone = UNDONE_LEADS.some((w) => text.startsWith(w));
    if (bare && undone && o !== null && !givesNothing(o.value)) return null;
    // `每处错误1分`: 每, a measure word and a fault's words, then points with no verb: what each fault costs (as
    // `2分/基` after a fault is); after other words such points may as well be earned, and stay unread.
    const each = EACH_FAULT_RE.exec(text);
    if (each !== null && bare && o?.value.type === 'points' && FAULT_CHAR_RE.test(each[2])) {
      this.bareCosts = true;
      return {
        value: perUnitStep(each[1], each[2], o.value.points, '', false, this.span(i, o.end)),
        end: o.end,
      };
    }
    // (`…,严重错误(如文不对题)5分` after `每处错误1分`: written the same way, a cost too.)
    const cost =
      this.bareCosts && bare && o?.value.type === 'points' && FAULT_CHAR_RE.test(text)
        ? ({ type: 'deduct', amount: o.value.points } as const)
        : null;
    if (cost !== null && o !== null)
      return {
        value: {
          type: 'check',
          desc: listed(text),
          outcome: cost,
          span: this.span(i, o.end),
        },
        end: o.end,
      };
    // `获得省级表彰的加2分`: a bonus for a state named in words, once.
    if (!o || !(isLevelOutcome(o.value) || o.value.type === 'bonus')) return null;
    // `制度不健全的每村扣0.5分`: a 每 inside is a step's, not part of a state's name — unless it counts a
    // period (`每月未按时上报…`), says every one (`每个项目都有…`) or what follows gives nothing (`每缺一项不计分`).
    const perUnit = words.some((t, k2) => {
      // (`每100万元1分`: 每 the lexer left a word, right before the amount counted.)
      if (t.t === 'word' && t.text.endsWith('每') && words[k2 + 1]?.t === 'num') return true;
      if (t.t !== 'each') return false;
      const next = words[k2 + 1];
      const period = next?.t === 'word' && PERIOD_WORDS.some((p) => next.text.startsWith(p));
      const every = /[都均]/.test(this.textOf(i + k2, descEnd));
      return !period && !every;
    });
    if (perUnit && !givesNothing(o.value)) return null;
    // (`灭火器过期的视情况` before a span: the lead says who prices it, not what the fault is.)
    const judgedBy = o.value.type === 'range' ? this.judgedSpanAt(o.end) : null;
    const lead = judgedBy === null ? undefined : JUDGED_COST_LEADS.find((l) => text.endsWith(l));
    return {
      value: {
        type: 'check',
        desc: listed(lead === undefined ? text : text.slice(0, -lead.length)),
        outcome: o.value,
        span: this.span(i, o.end),
      },
      end: o.end,
    };
  }

  private description(i: number): Unit | null {
    const end = this.descriptionRun(i);
    if (end === i) return null;
    const slice = this.ts.slice(i, end);
    const hasCondition =
      !isDefinition(slice) &&
      !isSampleSize(slice) &&
      slice.some((t) => CONDITION_TOKENS.has(t.t)) &&
      slice.some((t) => NUMBER_TOKENS.has(t.t));
    const text = this.textOf(i, end);
    return {
      value: {
        type: 'description',
        text,
        hasCondition,
        hasNumber: slice.some((t) => NUMBER_TOKENS.has(t.t)) && !isDefinition(slice) && !isSampleSize(slice),
        question: text.includes(QUESTION_WORD),
        span: this.span(i, end),
      },
      end,
    };
  }

  /** Tokens from i up to a scoring word, the next item, or a comma after which a scoring unit starts. */
  private descriptionRun(i: number): number {
    let j = i;
    while (j < this.ts.length) {
      const t = this.ts[j];
      // `每个项目都有完整的档案资料得满分`: a 每 that opens no step is the words' own.
      const wordEach = t.t === 'each' && j === i && this.step(i) === null;
      if (SCORING_TOKENS.has(t.t) && !wordEach) break;
      if (t.t === 'item' && j > i) break;
      if (t.t === 'comma' && (this.unitAt(j + 1, false) !== null || this.labelAt(j + 1))) break;
      // `查阅巡查记录，巡查面达到100%，每少…`: a requirement after the comma is a clause of its own.
      if (t.t === 'comma' && this.requirementAt(j + 1)) break;
      // `2.未佩带护林标志的一次扣2分`: one of a thing right before a deduction opens a step, as after a comma.
      if (t.t === 'num' && j > i && this.tok(j - 1, 'word') && this.perOneAt(j)) break;
      j++;
    }
    while (j > i && this.ts[j - 1].t === 'comma') j--;
    return j;
  }

  /** `一次扣2分` at k: one of a counted thing, then what it costs. */
  private perOneAt(k: number): boolean {
    const one = this.tok(k, 'num');
    if (one === null || !one.v.eq(1) || one.unit === null || !COUNT_UNITS.includes(one.unit)) return false;
    // (`第一起火灾扣5分`: an ordinal names which one.)
    if (NOT_COUNTING_LEADS.some((w) => this.tok(k - 1, 'word')?.text.endsWith(w))) return false;
    const step = this.step(k);
    return step !== null && step.value.type === 'step' && step.value.single && this.atBoundary(step.end);
  }

  private requirementAt(k: number): boolean {
    const r = this.tok(k, 'word') !== null || this.tok(k, 'cmp') !== null ? this.requirement(k) : null;
    return r !== null && this.atBoundary(r.end);
  }

  /** `充分:3分`: a short label, a colon, its outcome — a heading's words stop before it. */
  private labelAt(k: number): boolean {
    const colon = this.ts[k + 1];
    return (
      this.tok(k, 'word') !== null &&
      colon?.t === 'comma' &&
      this.text[colon.s] === ':' &&
      this.outcome(k + 2) !== null
    );
  }
}

function boundsOf(op: Comparator, v: Decimal): [Bound | null, Bound | null] {
  switch (op) {
    case '>=':
      return [{ value: v, incl: true, explicit: true }, null];
    case '>':
      return [{ value: v, incl: false, explicit: true }, null];
    case '<=':
      return [null, { value: v, incl: true, explicit: true }];
    case '<':
      return [null, { value: v, incl: false, explicit: true }];
    case '=':
      return [
        { value: v, incl: true, explicit: true },
        { value: v, incl: true, explicit: true },
      ];
  }
}

/** The way a lead says a step runs: `偏离区间` → both, `超出部分` → up. */
/** The way words before 每 name (`偏离区间`), `both` when they name each (`超出或不足的`). */
function directionIn(words: string): Direction | null {
  const found = new Set<Direction>();
  let rest = words;
  for (const [w, dir] of DIRECTIONS_BY_LENGTH)
    if (w.length > 1 && rest.includes(w)) {
      found.add(dir);
      rest = rest.split(w).join('|');
    }
  if (found.size === 0) return null;
  return found.size === 1 ? [...found][0] : 'both';
}
const DIRECTIONS_BY_LENGTH = [...DIRECTION_WORDS].sort((a, b) => b[0].length - a[0].length);

/** `、措施可行` → `措施可行`: the mark that listed it is not part of an item's words. */
function listed(desc: string): string {
  return desc.replace(/^[、/]+/, '');
}

/** A step of points per one of a unit (`扣1分/处`, `每处错误1分`): what one costs, or earns, every time. */
function perUnitStep(
  unit: string,
  words: string,
  amount: Decimal,
  label: string,
  bonus: boolean,
  span: [number, number],
): Clause {
  return {
    type: 'step',
    dir: null,
    size: new Decimal(1),
    pct: false,
    unit,
    words,
    amount,
    ofWeight: false,
    bonus,
    label,
    single: false,
    from: null,
    span,
  };
}

function points(v: Decimal): Outcome {
  return { type: 'points', points: v };
}

/** `若执行率在` → `执行率`. */
/** A negated occurrence right before `一起`/`一例`: `未发生一起…` is none at all. */
const NONE_OF_ONE_RE = /(未|没有|无|不|杜绝|未曾)(发生|出现|发现|有)?$/;

/** `达到90%的`: the verb of reaching alone names no measure (as `达`, `在`, `为` alone do not). */
const CLOSER_ALONE = ['达到'];

export function cleanSubject(words: string): string {
  let s = words.replace(/^[、，,:：\s]+|[、，,:：\s]+$/g, '');
  // `处于90%—110%区间的`: an opener alone names nothing.
  if (SUBJECT_OPENERS.includes(s) || SUBJECT_CLOSERS.includes(s) || CLOSER_ALONE.includes(s)) return '';
  for (const o of SUBJECT_OPENERS)
    if (s.startsWith(o) && s.length > o.length + 1 && !OPENER_LOOKALIKES.some((w) => s.startsWith(w)))
      s = s.slice(o.length);
  // (`各单位至少编发` of `各单位至少编发10期`: the bound the lexer moved to the count is no part of the subject,
  // and what stands before it is whose count it is.)
  const bound = LEADING_MINIMUM_WORDS.map((w) => [w, s.lastIndexOf(w)] as const).find(([, at]) => at !== -1);
  if (bound && s.length - bound[1] - bound[0].length >= 2) s = s.slice(bound[1] + bound[0].length);
  for (const c of SUBJECT_CLOSERS)
    if (s.endsWith(c) && s.length > c.length + 1 && !VERBS_ENDING_IN_CLOSER.some((v) => s.endsWith(v)))
      s = s.slice(0, -c.length);
  return s;
}

/** Units a sample is counted in: things, occurrences, people. */
const SAMPLED_UNITS = [...COUNT_UNITS, ...PERSON_UNITS];

/**
 * `随机抽取20名在岗职工现场测试`, `查看公共场所3处`: each number a whole count of things the assessor samples, right
 * after the sampling verb and its object — how the row is checked, not a standard of it.
 */
function isSampleSize(ts: Token[]): boolean {
  const numbers = ts.flatMap((t, k) => (NUMBER_TOKENS.has(t.t) || t.t === 'cmp' ? [k] : []));
  return (
    numbers.length > 0 &&
    numbers.every((k) => {
      const t = ts[k];
      const before = ts[k - 1];
      if (t.t !== 'num' || t.pct || !t.v.isInteger() || !SAMPLED_UNITS.includes(t.unit ?? '')) return false;
      if (before?.t !== 'word') return false;
      const verb = SAMPLING_VERBS.find((v) => before.text.includes(v));
      return verb !== undefined && before.text.length - before.text.indexOf(verb) - verb.length <= 8;
    })
  );
}

/** `准确率=(1-|执行数-预算数|/预算数)×100%`: how the input is worked out, not a condition on it. */
function isDefinition(ts: Token[]): boolean {
  const arithmetic = (from: number) =>
    ts.slice(from).some((t) => t.t === 'mul' || (t.t === 'word' && /[/÷]/.test(t.text)));
  const head = ts[0];
  if (head?.t !== 'word') return false;
  // `实际到位/计划到位*100%`: a ratio of two names as a percentage, named by what follows.
  const hundred = ts[2]?.t === 'num' && ts[2].pct && ts[2].v.eq(100);
  if (ts.length === 3 && /^[^/÷]+[/÷][^/÷]+$/.test(head.text) && ts[1]?.t === 'mul' && hundred) return true;
  const eq = ts[1];
  if (eq?.t === 'cmp' && eq.op === '=') return arithmetic(2);
  // `准确率以(1-|决算数-预算数|/预算数)×100%计算`, `计算公式:…`: the same definition, in words.
  const last = ts[ts.length - 1];
  const byWords = /^[^以按]{1,20}(以|按)/.test(head.text) && last?.t === 'word' && last.text === '计算';
  const formula = /计算公式(为)?$/.test(head.text) && ts[1]?.t === 'comma';
  return (byWords || formula) && arithmetic(1);
}
