/**
 * Family assembly: placed clauses → one rule family (SPEC §3). The family is decided by which
 * scoring clauses are present; a scoring clause that does not belong to that family is rejected
 * (reported as unparsed) rather than guessed around.
 */
import Decimal from 'decimal.js';
import { COUNT_UNITS, DELAY_SUBJECT, MISSING_WORDS, TIME_UNITS } from '../vocabulary/rules';
import type {
  Band,
  ChecklistItem,
  Clause,
  ClauseOf,
  ClauseType,
  Condition,
  LinearStep,
  RuleAst,
  StepClause,
  ValueKind,
} from './ast';
import { resolveBands } from './bands';
import { givesNothing, isFixed } from './outcomes';

export interface Assembly {
  ast: RuleAst;
  /** Clauses the parser placed that do not fit the family. */
  rejected: Clause[];
}

const YES_LEVELS = ['是', '有'];
const NO_LEVELS = ['否', '无'];

class Pool {
  readonly used = new Set<Clause>();
  constructor(readonly clauses: Clause[]) {}

  of<K extends ClauseType>(type: K): ClauseOf<K>[] {
    return this.clauses.filter((c): c is ClauseOf<K> => c.type === type);
  }

  use(...cs: Clause[]): void {
    for (const c of cs) this.used.add(c);
  }

  /** Descriptions fit every family, except that a condition without an outcome in a band family is a gap. */
  useDescriptions(conditionsAreGaps: boolean): void {
    for (const d of this.of('description')) if (!(conditionsAreGaps && d.hasCondition)) this.use(d);
  }

  rejected(): Clause[] {
    return this.clauses.filter((c) => !this.used.has(c));
  }
}

export function assemble(input: Clause[]): Assembly {
  const clauses = spreadAbsolute(attachOrphanOutcomes(input));
  const pool = new Pool(clauses);
  const manual = (reason: 'empty' | 'description' | 'discretionary'): Assembly => ({
    ast: { kind: 'manual', reason },
    rejected: [],
  });
  if (clauses.length === 0) return manual('empty');
  if (pool.of('discretionary').length > 0) return manual('discretionary');
  const scoring = clauses.filter(
    (c) => c.type !== 'description' && !(c.type === 'item' && c.outcome === null),
  );
  if (scoring.length === 0) return manual('description');

  const ast = build(pool);
  if (ast === null)
    return {
      ast: { kind: 'manual', reason: 'unparsed' },
      rejected: clauses.filter((c) => c.type !== 'description'),
    };
  return { ast, rejected: pool.rejected() };
}

function build(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  const bands = pool.of('band');
  const items = pool.of('item');
  const levels = pool.of('level');
  const checks = pool.of('check');
  if (steps.length > 0 && bands.length > 0) return linear(pool);
  if (steps.length > 0) return deadline(pool) ?? counted(pool);
  if (items.some((i) => i.outcome !== null)) return checklistItems(pool, items);
  const scale = labelScale(pool);
  if (scale) return scale;
  if (levels.length > 0) return levelRule(pool);
  if (checks.length === 1) {
    pool.use(checks[0]);
    pool.useDescriptions(false);
    return {
      kind: 'checklist',
      mode: 'yesno',
      question: checks[0].desc,
      yes: checks[0].outcome,
      no: { type: 'zero' },
    };
  }
  if (checks.length > 1) {
    const asItems: ChecklistItem[] = checks.map((c, k) => ({
      n: k + 1,
      marker: String(k + 1),
      desc: c.desc,
      points: c.outcome,
    }));
    pool.use(...checks);
    pool.useDescriptions(false);
    return { kind: 'checklist', mode: 'items', items: asItems };
  }
  const props = pool.of('proportional');
  if (props.length > 0 && bands.length === 0) {
    pool.use(props[0], ...pool.of('countAs100'), ...pool.of('cap'));
    pool.useDescriptions(true);
    return { kind: 'proportional', subject: props[0].subject };
  }
  if (bands.length > 0) return bandRule(pool);
  return null;
}

function attachOrphanOutcomes(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (c.type === 'outcome' && prev?.type === 'item' && prev.outcome === null && isFixed(c.outcome)) {
      out[out.length - 1] = { ...prev, outcome: c.outcome, span: [prev.span[0], c.span[1]] };
    } else {
      out.push(c);
    }
  }
  return out;
}

/** `±5%以内得满分，超过10%不得分`: once one condition is written with ±, every condition reads the absolute value. */
function spreadAbsolute(clauses: Clause[]): Clause[] {
  if (!clauses.some((c) => c.type === 'band' && c.cond.abs)) return clauses;
  return clauses.map((c) => (c.type === 'band' ? { ...c, cond: { ...c.cond, abs: true } } : c));
}

function valueKindOf(conds: { pct: boolean; unit: string | null }[]): ValueKind {
  if (conds.some((c) => c.pct)) return { type: 'rate' };
  return { type: 'quantity', unit: conds.find((c) => c.unit !== null)?.unit ?? null };
}

function subjectOf(bands: ClauseOf<'band'>[]): string {
  return bands.find((b) => b.subject !== '')?.subject ?? '';
}

function bandRule(pool: Pool): RuleAst {
  const bands = pool.of('band');
  const otherwise = pool.of('else')[0] ?? null;
  pool.use(...bands, ...pool.of('countAs100'), ...pool.of('cap'));
  if (otherwise) pool.use(otherwise);
  pool.useDescriptions(true);
  // `执行率≥100%，得2分` alone reads as a condition met or not, like a single checklist condition:
  // unmet gives nothing. (Between two or more bands an uncovered input is a gap, not a zero.)
  const single = bands.length === 1 && bands[0].outcome.type !== 'zero' ? { type: 'zero' as const } : null;
  return {
    kind: 'bands',
    subject: subjectOf(bands),
    value: valueKindOf(bands.map((b) => b.cond)),
    bands: resolveBands(bands.map((b): Band => ({ cond: b.cond, outcome: b.outcome }))),
    otherwise: otherwise ? otherwise.outcome : single,
  };
}

function oneSided(c: Condition): 'lower' | 'upper' | 'eq' | null {
  if (c.lower && c.upper) return c.lower.value.eq(c.upper.value) ? 'eq' : null;
  if (c.lower) return 'lower';
  if (c.upper) return 'upper';
  return null;
}

/** A full-marks threshold plus deduction steps: linear one way, two-sided both ways. */
function linear(pool: Pool): RuleAst | null {
  const bands = pool.of('band');
  const zeroBands = bands.filter((b) => givesNothing(b.outcome));
  const thresholds = bands.filter(
    (b) => !zeroBands.includes(b) && oneSided(b.cond) !== null && isFixed(b.outcome),
  );
  if (thresholds.length !== 1) return null;
  const threshold = thresholds[0];
  const side = oneSided(threshold.cond) as 'lower' | 'upper' | 'eq';
  const target = (side === 'upper' ? threshold.cond.upper : threshold.cond.lower)?.value as Decimal;
  const bare = !threshold.cond.pct && threshold.cond.unit === null;
  const result: LinearStep[] = [];
  const usedSteps: StepClause[] = [];
  for (const s of pool.of('step')) {
    if (
      !bare &&
      (s.pct !== threshold.cond.pct ||
        (s.unit !== null && threshold.cond.unit !== null && s.unit !== threshold.cond.unit))
    )
      continue;
    if (!s.pct && s.unit !== null && COUNT_UNITS.includes(s.unit) && threshold.cond.unit !== s.unit) continue;
    const dirs = stepDirections(s.dir, side);
    if (dirs === null || dirs.some((d) => result.some((r) => r.dir === d))) continue;
    for (const d of dirs) result.push({ dir: d, size: s.size, amount: s.amount });
    usedSteps.push(s as StepClause);
  }
  if (result.length === 0) return null;
  pool.use(threshold, ...zeroBands, ...(usedSteps as Clause[]), ...pool.of('cap'), ...pool.of('maxDeduct'));
  const otherwise = pool.of('else').filter((e) => e.outcome.type === 'zero');
  pool.use(...otherwise);
  pool.useDescriptions(true);
  const steps = pool.of('step').filter((s) => usedSteps.includes(s as StepClause));
  const kind =
    result.some((r) => r.dir === 'up') && result.some((r) => r.dir === 'down') ? 'twosided' : 'linear';
  return {
    kind,
    subject: subjectOf(bands),
    value: valueKindOf([threshold.cond, ...steps.map((s) => ({ pct: s.pct, unit: s.unit }))]),
    threshold: threshold.cond,
    base: threshold.outcome,
    target,
    steps: result,
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: resolveBands(zeroBands.map((b) => ({ cond: b.cond, outcome: b.outcome }))),
  };
}

/**
 * `按时完成得2分，每延期一个月扣1分` · `在规定时间内完成的，得2分；每超过1天扣0.1分`: a step in a unit
 * of time past a deadline. Linear from a threshold of no delay; the stated on-time points are the base.
 */
function deadline(pool: Pool): RuleAst | null {
  const steps = pool.of('step');
  if (steps.length !== 1) return null;
  const step = steps[0];
  if (step.pct || step.unit === null || !TIME_UNITS.includes(step.unit) || step.dir === 'down') return null;
  if (step.dir === 'both') return null;
  const onTime = [...pool.of('check'), ...pool.of('level'), ...pool.of('outcome')];
  if (onTime.length > 1) return null;
  const base = onTime[0]?.outcome ?? { type: 'full' };
  if (base.type !== 'full' && base.type !== 'points' && base.type !== 'fraction') return null;
  pool.use(step, ...onTime, ...pool.of('cap'), ...pool.of('maxDeduct'));
  pool.useDescriptions(false);
  const zero = { value: new Decimal(0), incl: true, explicit: true };
  return {
    kind: 'linear',
    subject: DELAY_SUBJECT,
    value: { type: 'delay', unit: step.unit },
    threshold: { lower: null, upper: zero, text: '', pct: false, unit: step.unit, abs: false },
    base,
    target: zero.value,
    steps: [{ dir: 'up', size: step.size, amount: step.amount }],
    maxDeduct: pool.of('maxDeduct')[0]?.amount ?? null,
    overrides: [],
  };
}

/**
 * `按时完成得2分，延迟完成得1分，未完成得0分` · `有制度且执行有效得2分，…，无制度不得分`: states named
 * by their own words, one of which gives nothing, so they are alternatives (a grade), not items to add up.
 * Also a scale whose level words repeat (`按时完成`/`延迟完成`): the whole label names the level.
 */
function labelScale(pool: Pool): RuleAst | null {
  const levels = pool.of('level');
  const checks = pool.of('check');
  const named = [...levels, ...checks].sort((a, b) => a.span[0] - b.span[0]);
  if (named.length < 2) return null;
  const levelNames = levels.map((l) => l.level);
  const repeats = new Set(levelNames).size !== levelNames.length;
  const oneGivesNothing = checks.some((c) => givesNothing(c.outcome));
  if (!repeats && !oneGivesNothing) return null;
  const label = (c: (typeof named)[number]) => (c.type === 'level' ? c.subject + c.level : c.desc);
  const labels = named.map(label);
  if (new Set(labels).size !== labels.length || labels.some((l) => l === '')) return null;
  pool.use(...named);
  pool.useDescriptions(false);
  return { kind: 'grade', levels: named.map((c) => ({ level: label(c), outcome: c.outcome })) };
}

/** Which ways a step deducts, given the side of the full-marks threshold; null if they contradict. */
function stepDirections(dir: StepClause['dir'], side: 'lower' | 'upper' | 'eq'): ('up' | 'down')[] | null {
  if (side === 'lower') return dir === 'up' ? null : ['down'];
  if (side === 'upper') return dir === 'down' ? null : ['up'];
  if (dir === 'up' || dir === 'down') return [dir];
  return ['up', 'down'];
}

function isMissingStep(s: StepClause): boolean {
  return s.dir === 'down' || MISSING_WORDS.some((w) => s.words.includes(w));
}

/** `每发现一类问题扣2分` (per-issue) or `①…②…每少一项扣1分` (checklist of items not met). */
function counted(pool: Pool): RuleAst | null {
  const steps = pool
    .of('step')
    .filter((s) => !s.pct && (s.unit === null || COUNT_UNITS.includes(s.unit)) && s.size.eq(1));
  if (steps.length !== 1) return null;
  const step = steps[0];
  const items = pool.of('item').filter((i) => i.outcome === null);
  const maxDeduct = pool.of('maxDeduct')[0]?.amount ?? null;
  pool.use(step, ...items, ...pool.of('cap'), ...pool.of('maxDeduct'));
  pool.useDescriptions(false);
  if (items.length > 0 && isMissingStep(step)) {
    return { kind: 'checklist', mode: 'missing', items: items.map(toItem), amount: step.amount, maxDeduct };
  }
  // `未发生违规情况得2分，每发现一例扣1分`: the one stated condition is the clean result and its points.
  const checks = pool.of('check');
  const clean = checks.length === 1 ? checks[0] : null;
  if (clean) pool.use(clean);
  const checkpoints = [
    ...(clean ? [clean.desc] : []),
    ...items.map((i) => i.desc),
    ...pool.of('description').map((d) => d.text),
  ];
  return {
    kind: 'perissue',
    checkpoints,
    base: clean ? clean.outcome : { type: 'full' },
    amount: step.amount,
    maxDeduct,
    unitWord: step.unit ?? '项',
  };
}

function toItem(c: ClauseOf<'item'>): ChecklistItem {
  return { n: c.n, marker: c.marker, desc: c.desc, points: c.outcome };
}

function checklistItems(pool: Pool, items: ClauseOf<'item'>[]): RuleAst | null {
  const scored = items.filter((i) => i.outcome !== null);
  const numbers = scored.map((i) => i.n);
  if (new Set(numbers).size !== numbers.length) return null;
  pool.use(...scored, ...pool.of('cap'));
  pool.useDescriptions(false);
  return { kind: 'checklist', mode: 'items', items: scored.map(toItem) };
}

function levelRule(pool: Pool): RuleAst | null {
  const levels = pool.of('level');
  const yes = levels.find((l) => YES_LEVELS.includes(l.level));
  const no = levels.find((l) => NO_LEVELS.includes(l.level));
  if ((yes || no) && levels.every((l) => l === yes || l === no)) {
    const question = pool.of('description').find((d) => d.question)?.text ?? (yes ?? no)?.subject ?? '';
    pool.use(...levels);
    pool.useDescriptions(false);
    return {
      kind: 'checklist',
      mode: 'yesno',
      question,
      yes: yes ? yes.outcome : { type: 'full' },
      no: no ? no.outcome : { type: 'zero' },
    };
  }
  if (levels.length === 1) {
    // `…按时完成，得1分`: one named state is a yes/no condition, not a grade scale.
    const l = levels[0];
    pool.use(l);
    pool.useDescriptions(false);
    return {
      kind: 'checklist',
      mode: 'yesno',
      question: l.subject + l.level,
      yes: l.outcome,
      no: { type: 'zero' },
    };
  }
  const names = levels.map((l) => l.level);
  if (new Set(names).size !== names.length) return null;
  pool.use(...levels);
  pool.useDescriptions(false);
  return { kind: 'grade', levels: levels.map((l) => ({ level: l.level, outcome: l.outcome })) };
}
