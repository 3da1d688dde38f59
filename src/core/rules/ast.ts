/** The typed AST of a rule text: clauses as the parser placed them, and the family each text forms. */
import type Decimal from 'decimal.js';
import type { StepMode } from '../settings';
import type { Expr } from '../arithmetic';
import type { Direction } from '../vocabulary/rules';
import type { RuleKind } from './types';

/** A boundary of a band. `explicit`: the text says so (`≥`, `（含）`); else a convention that may yield to a neighbour. */
export interface Bound {
  value: Decimal;
  incl: boolean;
  explicit: boolean;
  /** The number itself is left out because the text does not settle where it belongs (a bare `以下` at a gap). */
  unsaid?: true;
}

/** A condition on the input; null bounds are open. An `=` condition has equal inclusive bounds. */
export interface Condition {
  lower: Bound | null;
  upper: Bound | null;
  /** The condition as written (normalised), e.g. `80%(含)-90%`. */
  text: string;
  pct: boolean;
  unit: string | null;
  /** Compare the input's absolute value (`±5%以内`). */
  abs: boolean;
  /** With `abs`, the plan the distance runs from when it is not 0: a rate of completion's 100%. */
  about?: Decimal;
}

export type Outcome =
  | { type: 'points'; points: Decimal }
  | { type: 'full' }
  | { type: 'zero' }
  | { type: 'fraction'; fraction: Decimal }
  /**
   * The weight × the input (`按执行率×分值得分`, `explicit`), or `按比例计分` below a threshold:
   * then `top` × input ÷ `per` (the threshold), continuous where the band above starts.
   */
  | {
      type: 'proportional';
      explicit: boolean;
      per?: Decimal;
      perUnit?: string;
      top?: Outcome;
      /** `按比例扣分`: said as a deduction (from the band above, not a share of the input). */
      deducts?: boolean;
      /** `按线性内插赋分`: a straight line between the points fixed on either side, never a share of the input. */
      line?: true;
    }
  /**
   * `≤10%得满分，10%-20%之间按比例扣分，≥20%不得分`: between two bands that fix the points at its ends,
   * the points run straight from `low` at `from` to `high` at `to`.
   */
  | { type: 'between'; from: Decimal; to: Decimal; low: Outcome; high: Outcome; unit: string }
  /** `扣1分`, or `扣该项分值的5%` (`ofWeight`: amount is a fraction of the weight). */
  | { type: 'deduct'; amount: Decimal; ofWeight?: boolean }
  /** `加1分`. */
  | { type: 'bonus'; amount: Decimal }
  /** `(3分到0分)`: the person picks the points within the span; the engine does not. */
  /** `酌情扣分` (a deduction): `high` null, how much is not said at all. */
  /** `70%-89%按比例计分` between `90%以上30分` and `69%以下不计分`: a share of what is not said (`unsaidShare`). */
  | {
      type: 'range';
      low: Decimal;
      high: Decimal | null;
      deduct?: boolean;
      unsaidShare?: true;
      /** `回访发现整改不到位的，加倍扣分`: twice what the fault before costs, which the person applies. */
      doubled?: true;
    };

/** A step `每降低5%，扣1分`, `每超编1人扣0.1分`, `每获一项表彰加1分`. */
export interface StepClause {
  type: 'step';
  dir: Direction | null;
  size: Decimal;
  pct: boolean;
  unit: string | null;
  /** Words between 每 and 扣 (`发现`, `不合规问题`), for telling issues from missing items. */
  words: string;
  amount: Decimal;
  /** `扣该项分值的5%`: the amount is a fraction of the weight. */
  ofWeight: boolean;
  /** `加1分`: the step adds rather than deducts. */
  bonus: boolean;
  /** Written without 每 (`发现一起扣10分`): it says what one costs. */
  single: boolean;
  /** Words before 每 that name what is counted (`村内主街每发现一处扣3分`: `村内主街`), or ''. */
  label: string;
  /** `每低于100%一个百分点`: the value the step counts from, restating the threshold (only rates do). */
  from: Decimal | null;
  /** `1.不出勤一天扣5分`: the number it was written under, when it stands as a numbered item. */
  marker?: string;
  /** `倒数第4名起每进1名扣0.1分`: a step down the ranks said to start at a rank (`bottom`: counted from the last). */
  startRank?: { n: number; bottom: boolean };
  /** `偏差10%以上的项目未作分析每一项扣10分`: the label's numbers say which things count as the fault. */
  qualified?: true;
}

/** One placed clause. `span` is [start, end) in the normalised text. */
export type Clause = { span: [number, number] } & (
  | { type: 'band'; subject: string; cond: Condition; outcome: Outcome }
  | { type: 'else'; outcome: Outcome }
  | StepClause
  | { type: 'cap' }
  | { type: 'maxDeduct'; amount: Decimal }
  /** `扣满15分的，追加扣除10分`: deductions reaching `at` cost more, off the table's total. */
  | { type: 'beyondCap'; at: Decimal; extra: Decimal }
  | { type: 'proportional'; subject: string }
  | { type: 'countAs100' }
  /**
   * `此项分值不得累加`, `按最高学历计分`: what the items give is not added up; the highest named counts. With
   * `perItem` (`同一内容取最高加分`): only one thing's own several items are not added up — what it is called.
   */
  | { type: 'highestOnly'; perItem?: string }
  | { type: 'level'; level: string; subject: string; outcome: Outcome }
  | { type: 'outcome'; outcome: Outcome }
  /** `①…得1分`; `方案科学(2分)` has no marker of its own (`marker` ''; numbered by position). */
  | {
      type: 'item';
      n: number;
      marker: string;
      desc: string;
      outcome: Outcome | null;
      /** `①…达到50%以上的得5分`: the item read as a band, when its words are one condition and its points. */
      band?: { subject: string; cond: Condition; outcome: Outcome };
    }
  /** `per`: a span for each one of a thing (`每处扣0.2-0.5分`), counted in that measure word. */
  | { type: 'check'; desc: string; outcome: Outcome; per?: string }
  | { type: 'description'; text: string; hasCondition: boolean; question: boolean; hasNumber: boolean }
  | { type: 'discretionary'; text: string }
  /** `加满3分为止`, `最多加2分`. */
  | { type: 'bonusCap'; amount: Decimal }
  /** `最高不超过4分`, `最高4分`: a ceiling on the score. */
  | { type: 'limit'; amount: Decimal }
  /** `操作间共10项`: how many things the rule counts, unnamed (what each is worth said after). */
  | { type: 'itemTotal'; count: number }
  /** `以上三项每项1分`, `每项1分`: what each listed item is worth (`count`: how many the text says there are). */
  | { type: 'eachItem'; count: number | null; points: Decimal }
  /** `（2分）` after a clause, `共3分`: the points the text states, checked against what they restate. */
  | { type: 'stated'; points: Decimal }
  /** `第1名至第5名依次得60、57、54、51、48分`, `第1名得5分`. */
  /** `bottom`: the ranks are counted from the last (`倒数第1名计2分`). */
  | { type: 'rank'; ranks: RankPoints[]; bottom?: true }
  | {
      type: 'formula';
      /** `(1-5×偏差率)×分值`: names the input, the weight and perhaps the 年度指标值. */
      expr: Expr;
      text: string;
      atMost100: boolean;
      /** The input's name (`偏差率`). */
      input: string;
      /** The name that stands for the row's 年度指标值 (`时序目标任务`), when the formula takes it. */
      target: string | null;
      /** `平时考核得分×60%+年终考核得分×40%`: several quantities, each named in the answer (`input` the first). */
      inputs?: string[];
    }
  /** `按完成时序目标进度得分`: what the score follows, in words with no number (a formula spells it out). */
  | { type: 'basis'; text: string }
  /** `以100%为标准`: the value the rule measures from, restating its threshold. */
  | { type: 'standard'; cond: Condition }
  /**
   * A condition without its own outcome (`全年督查不少于4次`): the standard later steps deduct from; `words`, the
   * clause as written (`中心有3名以上专职人民调解员`), for a restatement.
   */
  | { type: 'requirement'; subject: string; cond: Condition; words: string }
);

export interface RankPoints {
  from: number;
  to: number;
  outcome: Outcome;
}

export type ClauseType = Clause['type'];
export type ClauseOf<K extends ClauseType> = Extract<Clause, { type: K }>;

/** What the input is read as. */
export type ValueKind =
  | { type: 'rate' }
  | { type: 'quantity'; unit: string | null }
  /** Time past a deadline (`延期2个月`, `按时` = 0); `signed`: an early finish (`提前5天`) counts below 0. */
  | { type: 'delay'; unit: string; signed: boolean };

/** The unit a value kind is stated in (null for rates and bare counts). */
export function unitOf(kind: ValueKind): string | null {
  return kind.type === 'rate' ? null : kind.unit;
}

export interface Band {
  cond: Condition;
  outcome: Outcome;
}

export interface LinearStep {
  dir: 'up' | 'down';
  size: Decimal;
  amount: Decimal;
  /** The amount is a fraction of the weight (`扣该项分值的5%`). */
  ofWeight: boolean;
  /** `每下降1个百分点加1分`: the step adds to the base instead (never beyond the weight). */
  bonus: boolean;
}

export interface ChecklistItem {
  n: number;
  marker: string;
  desc: string;
  points: Outcome | null;
}

export type RuleAst =
  | {
      kind: 'bands';
      subject: string;
      value: ValueKind;
      bands: Band[];
      otherwise: Outcome | null;
      /** A standard stated alone, no points (`入学率达100%`): beside a 自评表 target it only restates it. */
      statedAlone?: true;
      /** `未开展不计分` beside `1次以上计3分`: the written denial that is the count 0, which an answer may say. */
      noneWords?: string;
      /** `没有办公地点的,不得分` beside bands on its area: the thing measured not there at all, and what that gives. */
      absent?: { words: string; outcome: Outcome };
    }
  | {
      kind: 'linear' | 'twosided';
      subject: string;
      value: ValueKind;
      /**
       * The full-marks condition (`≥95%`, `≤100%`, `=100%`, or a window `90%—110%`) and what it gives.
       * Distance runs from the bound the input passed.
       */
      threshold: Condition;
      base: Outcome;
      steps: LinearStep[];
      maxDeduct: Decimal | null;
      /** Bands that give a fixed outcome whatever the steps say (`60%以下不得分`). */
      overrides: Band[];
      /**
       * `未完成年度目标任务的，每差1个百分点扣0.25分`: the threshold is the row's 年度指标值 (its comparator
       * decides the side); `threshold` is filled from the target cell when scored.
       */
      fromTarget?: boolean;
      /**
       * `每低1个百分点扣1分，直至本项分值扣完` alone: the standard stands in another column — the 年度指标值
       * when the row has one, else an answer that says the gap (`低于标准3个百分点`, `达标`).
       */
      standardElsewhere?: boolean;
      /**
       * `最高加至30分`, `最高不超过30分` beside bonus steps: the rule names its own ceiling (checked against the
       * weight when scored), so bonuses past it stop there instead of going to the person.
       */
      ceilingStated?: boolean;
      /** `每超1个百分点加0.5分，最多加2分`: the most the bonus steps add. */
      maxBonus?: Decimal;
    }
  | {
      /** `每延期一个月扣1分`: the input is the delay (`延期2个月`, `按时` = 0). */
      kind: 'deadline';
      unit: string;
      base: Outcome;
      step: LinearStep;
      maxDeduct: Decimal | null;
      /** `延期3个月以上的不得分`: a fixed outcome past a delay, whatever the steps say. */
      overrides: Band[];
    }
  | {
      kind: 'proportional';
      subject: string;
      /** `如超额完成每超一个百分点加2分`: points per step above 100% (the score then passes the weight). */
      above?: { size: Decimal; amount: Decimal };
    }
  | {
      kind: 'formula';
      /** The input's name in the formula. */
      subject: string;
      expr: Expr;
      /** The formula's name for the row's 年度指标值, when it takes one. */
      target: string | null;
      /** Bands that give a fixed outcome whatever the formula says (`偏差率超过20%的得0分`). */
      overrides: Band[];
      /** `超过100%的按100%计算`. */
      atMost100: boolean;
      /** `平时考核得分×60%+年终考核得分×40%`: several quantities, each named in the answer (`subject` the first). */
      inputs?: string[];
    }
  | {
      kind: 'bonus';
      /** Words of the step (`获省级表彰`). */
      words: string;
      size: Decimal;
      unit: string | null;
      amount: Decimal;
      cap: Decimal | null;
      /** `服役一年加1分` (no 每, no cap): what one unit earns; more is not written. */
      once?: boolean;
      /** `是否…;是否…。每项…得0.5分`: the questions the rule lists, each earning the points. */
      listed?: readonly string[];
      /** `共10项,每项1分`: how many things there are, unnamed. */
      items?: number;
      /**
       * `每项措施各1.5分,完成计满分,没有完成计0分`, `每项1分,全部达到要求的得满分`: each one a requirement met or not
       * (so `全部` says every one the row holds).
       */
      eachMet?: true;
      /**
       * `比上年每增长一个百分点加0.5分`: points per percentage point a measure rose, from nothing — the answer says how
       * far (`增长12%`, `高出10个百分点`); a fall, or none, earns nothing. `down`: per point it fell
       * (`人均用能量比上年降低,每降低一个百分点加0.5分`), a rise earning nothing.
       */
      growth?: 'up' | 'down';
    }
  | {
      kind: 'rank';
      ranks: RankPoints[];
      /** Ranks counted from the last (`倒数第1名`): the answer must say 倒数 too. */
      bottom?: true;
      /**
       * `第一名得满分，每降1位减0.5分`: past the last rank listed, each rank further on costs this much more
       * (counted from the last, `倒数第4名起每进1名扣0.1分`, each rank further up).
       */
      step?: { amount: Decimal; ofWeight: boolean };
      /** `…第3名得1分，其他不得分`: every rank not listed. */
      otherwise?: Outcome;
    }
  | {
      /**
       * `紧急问题结案率未达到100%的，每少一个百分点扣0.5分；按期结案率未达到95%的，每少一个百分点扣0.5分`:
       * measures of their own, each scored from full marks by its own rule; what each loses is summed.
       * The input names each measure's value.
       */
      kind: 'composite';
      form: 'measures';
      parts: Measure[];
      /**
       * `…发现率低于95%的，每少1%扣0.5分。每瞒报漏报一宗扣0.5分`: faults priced beside the measures, scored
       * from full marks too; the answer's pieces that name no measure name them (none said, none there).
       */
      faults?: Extract<RuleAst, { kind: 'composite'; form: 'faults' } | { kind: 'perissue' }>;
    }
  | {
      /**
       * `获国家级表彰的每项加2分，获省级表彰的每项加1分，加分最高不超过3分`: bonuses named by their words,
       * each per occurrence; their sum, at most the cap and the weight. The input names each and its count.
       */
      kind: 'composite';
      form: 'bonuses';
      parts: FaultPart[];
      cap: Decimal | null;
      /**
       * `同一内容取最高加分`: one thing reaching several of the parts counts once, at the highest — what the
       * rule calls the thing (`内容`), for reading an answer that says so (`同一内容区级、市级均有报道`).
       */
      oncePerItem?: string;
    }
  | {
      /** `未成立领导小组扣1分，职责不明确扣1分`: named faults, each deducting its own points from the base. */
      kind: 'composite';
      form: 'faults';
      base: Outcome;
      /** The clean result's words (`成立档案工作领导小组…`): an answer naming them names no fault. */
      clean: string | null;
      /**
       * `A. 设立专门岗位且有专人负责 1分B. 未设立专门岗位 0分`: two lettered options, one chosen — the answer names
       * the clean one or the fault; saying no fault (`都没有`) chooses neither.
       */
      choice?: true;
      parts: FaultPart[];
      maxDeduct: Decimal | null;
      /** The standard the faults breach, stated with numbers before them (see `standards` in family.ts). */
      standards: string[];
      /**
       * `未召开不得分，召开走过场，酌情扣分`: beside faults that give nothing, one whose cost is the person's — an
       * answer naming no fault may still be that one, so it is the person's too.
       */
      cleanJudged?: true;
    }
  | {
      /**
       * `(1)完成…任务得1.2分；未完成…每低于5个百分点扣0.1分。(2)…按时足额发放得0.3分；未…不得分`: parts
       * each a rule of its own, worth its own points (together the row's weight); the input names each part.
       */
      kind: 'composite';
      form: 'parts';
      parts: RulePart[];
    }
  | {
      kind: 'checklist';
      mode: 'items';
      items: ChecklistItem[];
      /** `没有进行安全排查和改造维修,不得分`: the words of none met, when the rule states them. */
      none?: string;
    }
  | { kind: 'checklist'; mode: 'missing'; items: ChecklistItem[]; amount: Decimal; maxDeduct: Decimal | null }
  | {
      kind: 'checklist';
      mode: 'yesno';
      question: string;
      yes: Outcome;
      no: Outcome;
      /** `…，得2分，否则不得分`: the no is written, so any part of the question denied is a no. */
      allAsked?: boolean;
      /** `…,中心有3名以上专职调解员,…(4分)`: counts asked inside the question — only the whole said met is a yes. */
      countsAsked?: boolean;
    }
  | {
      kind: 'perissue';
      checkpoints: string[];
      /** The standard the issues breach, stated with numbers before them (`每村随机走访5户`). */
      standards: string[];
      /** `信息公开不及时、不准确或不完整的，每项扣0.5分`: the kinds counted, which an answer may name. */
      kinds: string[];
      /** What one issue found is, in the step's words (`破损档案`); '' for a shortfall or none said. */
      found: string;
      /** `found` holds numbers saying which things count (`迟到、早退10分钟之内`): restated with it. */
      qualified?: true;
      /** The step counts what is short (`少1次扣1分`): a count said with other verbs is what was done. */
      shortfall: boolean;
      /** What a clean result gives (`未发现问题得2分`); full marks unless the text says otherwise. */
      base: Outcome;
      /** The clean result's words, when stated: an answer naming them means none found. */
      clean: string | null;
      /** Issues per step (`每超编2人扣…`: 2); usually 1. */
      size: Decimal;
      amount: Decimal;
      maxDeduct: Decimal | null;
      unitWord: string;
      /** Counts that give a fixed outcome (`发现3次及以上的本项不得分`). */
      overrides: Band[];
      /** 一票否决: what, when the input names it, gives nothing (`存在挪用`). */
      vetoes: string[];
      /** `发现一起扣10分` with no 每 and no limit: counts above this are not covered by the text. */
      upTo: Decimal | null;
    }
  /** `highest`: the rule says its levels are not added up (`不累加`) — of several named, the highest counts. */
  | { kind: 'grade'; levels: GradeLevel[]; highest?: true }
  | { kind: 'manual'; reason: 'empty' | 'description' | 'discretionary' | 'unparsed' };

/** Points the text states beside a clause (`得满分（2分）`, `共3分`) that must equal the row's weight. */
export type StatedWeights = Decimal[];

/** One part of a rule made of parts: its words (for naming it), what it is worth, and its own rule. */
export interface RulePart {
  text: string;
  worth: Decimal;
  ast: Exclude<RuleAst, { kind: 'manual' } | { kind: 'composite'; form: 'parts' }>;
}

/** One measure of a composite rule: its name and the rule scoring it from full marks. */
export interface Measure {
  subject: string;
  ast: Extract<RuleAst, { kind: 'linear' | 'twosided' }>;
}

/** One fault of a composite rule: what names it and what it costs. */
export interface FaultPart {
  label: string;
  /** `①` when the rule numbers its faults, else ''. */
  marker: string;
  /** Points deducted (per `size` occurrences when `perOccurrence`); null: the item gives nothing (一票否决). */
  amount: Decimal | null;
  ofWeight: boolean;
  /** `每处扣1分`: deducted for every occurrence the input counts. */
  perOccurrence: boolean;
  size: Decimal;
  /** `…每少1条扣1分，最高扣4分`: the most this fault may cost, when the rule limits it alone. */
  cap: Decimal | null;
  /** Counted by what is short (`缺一条扣0.5分`, `每少一个`): an answer `少2个` names it by that verb alone. */
  shortfall: boolean;
  /** What one occurrence is counted in, when the rule says a time unit (`每迟报一天`): answers must agree. */
  unit: string | null;
  /** `发现一例扣2分`: priced per one of a thing (whether a second costs again may be unsaid). */
  perOne?: boolean;
  /** `…不得分，并追加扣除20分`: it costs more than the row holds, so naming it is the person's call. */
  beyond?: boolean;
  /**
   * The fault some of whose occurrences this one counts (`较大事故` for `超过控制指标的每起`): whether naming
   * it costs both is not written, so it is the person's call.
   */
  within?: string;
  /** What the rule counts in, for the restatement (`期` in `少1期扣1分`); answers are read as before. */
  counter?: string;
  /**
   * `满意率达不到90%扣1分` beside faults priced flat: the fault is a measure falling in this condition, answered
   * by the measure's value (`满意率85%`) as well as by its words.
   */
  measure?: { subject: string; cond: Condition };
  /** The words a step counts after its fault (`投诉` in `无故拒载乘客每投诉一次`): answers may name it so. */
  verb?: string;
  /** The noun a step counts when its fault is named before it (`小区` in `…未正常运行的每发现一个小区`). */
  counted?: string;
  /** `情节严重的扣5-10分`: the cost is the person's call within this span (then `amount` is its top). */
  span?: { low: Decimal; high: Decimal | null; doubled?: true };
  /**
   * The words right before the fault that set its standard (`每季度召开住户议事会议` before `每少开展一次活动`):
   * an answer may name the fault with them (`议事会议少开展1次`).
   */
  context?: string;
}

export interface GradeLevel {
  /** The level as the rule names it (`制度较完善`). */
  level: string;
  outcome: Outcome;
  /** The words that tell it from the other levels (`较完善`), matched against the input. */
  key: string;
}

export interface ParsedRule {
  kind: RuleKind;
  ast: RuleAst;
  /** The rule restated in plain Chinese. */
  explain: string;
  /** The person's words the parser could not place. */
  unparsed: string[];
  clauses: Clause[];
  /** `没有…项目的部门按满分计算`: full marks for an answer saying there is none of the thing. */
  notApplicable?: NotApplicable;
  /** `不足500册以500册计算`: the step mode the rule writes for itself, over the setting's. */
  steps?: StepMode;
  /** `年终按照12个月的得分数取平均值`: each period scored, the year's score their mean. */
  averaged?: Averaged;
}

export interface Averaged {
  /** The sentence as written: `年终按照12个月的得分数取平均值`. */
  text: string;
  /** How many periods: 12. */
  count: number;
  /** `月` or `季度`. */
  unit: string;
}

export interface NotApplicable {
  /** The sentence as written: `没有楼堂馆所项目的部门按满分计算`. */
  text: string;
  /** What the row may have none of: `楼堂馆所项目`. */
  thing: string;
}
