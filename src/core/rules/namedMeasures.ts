/**
 * One standard over several named measures (`知晓率和参与率低于90%的，不得分`, `建制率、达标率低于85%的，每降低1个
 * 百分点扣2分`): each measure is held to the standard on its own. The answer names a value for each
 * (`知晓率95%，参与率92%`, `均为96%`); the deductions of each are added, and a measure failing an all-or-nothing
 * band fails the row. One value for all of them says nothing of which.
 */
import Decimal from 'decimal.js';
import { formatPlain } from '../numberText';
import { alternatives, compactText } from '../text';
import { FORMULA_RATE_ENDINGS, MEASURE_JOINERS, NOT_JOINING_WORDS } from '../vocabulary/rules';
import type { RuleAst } from './ast';
import type { Evaluation } from './evaluate';
import type { RuleRequest } from './types';

type Scorable = Exclude<RuleAst, { kind: 'manual' }>;
// (The linear AST's kind is 'linear' | 'twosided'; only 'linear' is taken.)
type Measured = Extract<RuleAst, { kind: 'linear' | 'twosided' | 'bands' }>;

/** What joins names in a list (`及时率`, `普及率`, `参与率` keep their 及 and 与). */
const JOINS_RE = /、|和|及/;
/** A joiner's character inside a word that joins nothing, held aside while a subject is split. */
const KEPT = '\u0000';
const NOT_JOINING_RE = new RegExp(alternatives(NOT_JOINING_WORDS), 'g');

/** The parts a subject joins (`资金和面积占比` → two); a word like `及时`, `普及` joins nothing. */
export function joinedParts(subject: string, joins: RegExp = JOINS_RE): string[] {
  const held: string[] = [];
  const masked = subject.replace(NOT_JOINING_RE, (w) => {
    held.push(w);
    return KEPT;
  });
  return masked.split(joins).map((p) => p.replace(new RegExp(KEPT, 'g'), () => held.shift() as string));
}

/** Whether a subject names more than one measure (`资金和面积占比`, `知晓率、参与率`). */
export function joinsMeasures(subject: string): boolean {
  return joinedParts(subject, SEVERAL_MEASURES_RE).length > 1;
}
const SEVERAL_MEASURES_RE = new RegExp(alternatives(MEASURE_JOINERS));

/** `…建制率、厂务公开达标率`, `知晓率和参与率均`: the measures a subject names, when it names two or more. */
function measureNames(subject: string): string[] | null {
  const names = joinedParts(subject.replace(/(均|都|分别)$/, '')).map((n) => n.trim());
  const rated = (n: string) => n.length >= 2 && FORMULA_RATE_ENDINGS.some((e) => n.endsWith(e));
  return names.length >= 2 && names.every(rated) ? names : null;
}

/** `知晓率95%，参与率92%`, `知晓率和参与率均为96%`: the value the answer gives each measure, by its name. */
function valuesByName(answer: string, names: readonly string[]): (string | null)[] {
  const values: (string | null)[] = names.map(() => null);
  for (const piece of compactText(answer).split(/[,，;；]+/)) {
    const m = /^(.*?)(?:均为|均达到|均达|都为|为|达到|达|:)?(-?\d+(?:\.\d+)?%?)$/.exec(piece);
    if (m === null || m[1] === '') continue;
    // The answer may shorten a name to its end (`参与率` for `教职员工…参与率`) or list several at once.
    const said = joinedParts(m[1].replace(/(均|都)$/, ''));
    for (const s of said) {
      const k = names.findIndex((n) => s.length >= 2 && (n.endsWith(s) || s.endsWith(n)));
      if (k !== -1) values[k] = m[2];
    }
  }
  return values;
}

/** `建制率` for `公有制企业职工代表大会建制率`: the rate word and the two characters before it. */
function shortName(name: string): string {
  const ending = FORMULA_RATE_ENDINGS.find((e) => name.endsWith(e)) ?? '';
  return name.slice(-(ending.length + 2));
}

/** Full marks or nothing in every band: a measure below fails the row whatever the others do. */
function allOrNothing(ast: Measured): boolean {
  return (
    ast.kind === 'bands' &&
    [...ast.bands.map((b) => b.outcome), ...(ast.otherwise ? [ast.otherwise] : [])].every(
      (o) => o.type === 'full' || o.type === 'zero',
    )
  );
}

/**
 * Each measure scored by `score` on its own value, put together; null when the rule's subject names one
 * measure (the common case, scored as it is).
 */
export function eachMeasure(
  ast: Scorable,
  req: RuleRequest,
  score: (ast: Scorable, req: RuleRequest, subject: string) => Evaluation,
): Evaluation | null {
  if (ast.kind !== 'linear' && ast.kind !== 'bands') return null;
  const names = measureNames(ast.subject);
  if (names === null) return null;
  const inputText = compactText(String(req.input?.value ?? ''));
  if (inputText === '') return { type: 'missing' };
  const summed = ast.kind === 'linear' && ast.base.type === 'full';
  // (Bands of several levels each, or a step from a base other than the weight: how the measures' scores
  // make the row's is not written.)
  if (!summed && !allOrNothing(ast))
    return {
      type: 'judged',
      inputText,
      why: `评分标准对${names.join('、')}${names.length}项指标分别计分，未写明如何合成本项得分`,
    };
  const values = valuesByName(inputText, names);
  if (values.some((v) => v === null))
    return {
      type: 'invalid',
      inputText,
      message: `评分标准对${names.join('、')}${names.length}项指标分别计分，请逐项填写实际值（如：${names
        .map((n) => `${shortName(n)}95%`)
        .join('，')}）`,
    };
  const each = names.map((n, k) =>
    score({ ...ast, subject: n }, { ...req, input: { value: values[k] as string } }, n),
  );
  const failed = each.find((e) => e.type !== 'scored');
  if (failed !== undefined) return failed;
  const scored = each as Extract<Evaluation, { type: 'scored' }>[];
  const why = scored.map((e) => e.why).join('；');
  const issues = scored.flatMap((e) => e.issues);
  if (!summed) {
    const raw = Decimal.min(...scored.map((e) => e.raw));
    return { type: 'scored', raw, why, inputText, issues };
  }
  // The deductions of every measure come off the one weight.
  const off = scored.reduce((sum, e) => sum.plus(req.weight.minus(e.raw)), new Decimal(0));
  return {
    type: 'scored',
    raw: req.weight.minus(off),
    why: `${why}；合计扣${formatPlain(off)}分`,
    inputText,
    issues,
  };
}
