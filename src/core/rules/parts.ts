/**
 * Rules made of parts (`(1)完成…任务得1.2分；未完成…扣0.1分。(2)…发放得0.3分；未…不得分`): the text divided
 * into parts, each assembled as a rule of its own and worth the points it gives met in full. Tried only
 * when the whole text is no one family.
 */
import Decimal from 'decimal.js';
import type { Bound, Clause, ClauseOf, Outcome, RuleAst, RulePart } from './ast';
import { ClauseParser } from './clauses';
import { assemble, isMissingStep } from './family';
import type { Token } from './tokens';
import { givesNothing } from './outcomes';
import { overlaps } from './bands';
import { sharesRun } from '../text';

/**
 * The parts of a rule made of parts: sentences grouped from one list marker to the next (`(1)…；…(2)…`),
 * or, without markers, from one full stop to the next or from one sentence that gives points to the next;
 * a heading with the row's points (`现代园区建设(3分)。`) may open them. Null when the text is not so
 * divided, a part has words no clause took, or a part is no rule of its own.
 */
export function byParts(
  tokens: Token[],
  text: string,
): (NonNullable<ReturnType<typeof rulesByPart>> & { stated: Decimal[] }) | null {
  const list: { tokens: Token[]; stop: string }[] = [{ tokens: [], stop: '' }];
  for (const t of tokens) {
    if (t.t === 'sep') {
      list[list.length - 1].stop = text[t.s] ?? '';
      list.push({ tokens: [], stop: '' });
    } else list[list.length - 1].tokens.push(t);
  }
  let said = list.filter((s) => s.tokens.length > 0);
  // `现代园区建设(3分)。…`: a heading with the row's points, before the parts; checked with them.
  const heading = said.length > 2 ? new ClauseParser(said[0].tokens, text).parse() : null;
  const headed =
    heading?.unplaced.length === 0 &&
    heading.clauses.length > 0 &&
    heading.clauses.every((c) => c.type === 'stated');
  const stated = headed ? (heading.clauses as ClauseOf<'stated'>[]).map((c) => c.points) : [];
  if (headed) said = said.slice(1);
  const marked = said.filter((s) => s.tokens[0].t === 'item');
  const withHeading = (r: ReturnType<typeof rulesByPart>) =>
    r && { ...r, used: [...(headed ? heading.clauses : []), ...r.used], stated };
  if (marked.length >= 2 && said[0].tokens[0].t === 'item')
    return withHeading(
      partsOf(
        grouped(said, (s) => s.tokens[0].t === 'item', true),
        text,
      ),
    );
  if (marked.length > 0) return null;
  // Without markers, a part runs from one full stop to the next, or from one sentence that gives points
  // (`…得1.5分，不按时完成的扣1分；完成建设任务得1.5分，…`) to the next.
  let open = true;
  const byStop = grouped(said, (s, k) => {
    const starts = open;
    open = said[k].stop === '。' || said[k].stop === '\n';
    return starts;
  });
  // (A sentence gives points when, before any deduction, it says 得/计 or `N分`.)
  const gives = (s: { tokens: Token[] }) => {
    const before = s.tokens.slice(0, s.tokens.findIndex((t) => t.t === 'deduct') >>> 0);
    return before.some(
      (t, k) => t.t === 'gain' || t.t === 'full' || (t.t === 'points' && before[k - 1]?.t === 'num'),
    );
  };
  return withHeading(
    partsOf(byStop, text) ??
      partsOf(
        grouped(said, (s, k) => k === 0 || gives(s)),
        text,
      ),
  );
}

/** Sentences grouped, a new group at each sentence `starts` says opens one (its marker dropped). */
function grouped(
  said: { tokens: Token[]; stop: string }[],
  starts: (s: { tokens: Token[] }, k: number) => boolean,
  marker = false,
): Token[][][] {
  const groups: Token[][][] = [];
  said.forEach((s, k) => {
    if (starts(s, k) || groups.length === 0) groups.push([marker ? s.tokens.slice(1) : s.tokens]);
    else groups[groups.length - 1].push(s.tokens);
  });
  return groups;
}

function partsOf(groups: Token[][][], text: string): ReturnType<typeof rulesByPart> {
  const parts: { text: string; clauses: Clause[] }[] = [];
  for (const g of groups) {
    const clauses: Clause[] = [];
    for (const sentence of g.filter((s) => s.length > 0)) {
      const parser = new ClauseParser(sentence, text);
      const parsed = parser.parse();
      if (parsed.unplaced.length > 0 || parser.weightClaims.length > 0) return null;
      clauses.push(...parsed.clauses);
    }
    const all = g.flat();
    if (all.length === 0) return null;
    parts.push({ text: text.slice(all[0].s, all[all.length - 1].e), clauses });
  }
  return rulesByPart(parts);
}

/**
 * `(1)完成…任务得1.2分；未完成…扣0.1分。(2)…发放得0.3分；未…不得分`: parts, each a rule of its own worth
 * the points it gives when met in full. Every part must assemble alone with nothing rejected and a worth
 * of its own; their worths together are the row's weight (returned to be checked).
 */
function rulesByPart(
  groups: { text: string; clauses: Clause[] }[],
): { ast: RuleAst; worth: Decimal; used: Clause[]; standards: Clause[] } | null {
  if (groups.length < 2) return null;
  const parts: RulePart[] = [];
  const used: Clause[] = [];
  const standards: Clause[] = [];
  // (`…；②记录规范，2分，每少一项扣1分`: a step per item missing closing the last part may count the items of the
  // whole rule; in an earlier part, `1、…全申报的1分，缺一项扣0.5分；2、…`, only its own. A step counting faults
  // found, `…不准确的，每认定1项扣0.5分`, counts its own part's.)
  const missing = (c: Clause) => c.type === 'step' && c.unit === '项' && !c.bonus && isMissingStep(c);
  if (groups[groups.length - 1].clauses.some(missing)) return null;
  for (const g of groups) {
    const { ast, rejected, statedWeights, standards: own } = assemble(g.clauses);
    standards.push(...own);
    if (rejected.length > 0 || ast.kind === 'manual') return null;
    if (ast.kind === 'composite' && ast.form === 'parts') return null;
    const worth = worthOf(ast);
    // (`…完善得0.3分`: a yes/no part claims the points it gives, its worth; any other claim is not the part's.)
    if (worth === null || statedWeights.some((w) => !w.eq(worth))) return null;
    parts.push({ text: g.text, worth, ast });
    used.push(...g.clauses);
  }
  // `每年提供6次及以上…(10分)。…1-2次4分,3-5次7分,6次及以上10分`: a part that is one band met or not, the very
  // band another part's table holds with the same points, is that table's heading — the table is the rule.
  const kept = parts.filter((p) => !parts.some((q) => q !== p && restatesBandOf(p.ast, q.ast)));
  if (kept.length === 1) return { ast: kept[0].ast, worth: kept[0].worth, used, standards };
  const table = oneTable(kept.map((p) => p.ast));
  if (table !== null) return { ast: table, worth: Decimal.max(...kept.map((p) => p.worth)), used, standards };
  const worth = kept.reduce((sum, p) => sum.plus(p.worth), new Decimal(0));
  return { ast: { kind: 'composite', form: 'parts', parts: kept }, worth, used, standards };
}

/**
 * `每月招聘计划完成率≥90%得10分。完成率80%-89%得8分,…`: parts that are each bands of one measure — the same kind
 * of value, and each naming it alike (or not at all) — are rows of one table, as one sentence of them would be:
 * one value meets one band, never a sum of them. Null unless every part is such bands giving nothing otherwise.
 */
function oneTable(asts: RuleAst[]): RuleAst | null {
  const tables = asts.flatMap((a) => (a.kind === 'bands' ? [a] : []));
  if (tables.length !== asts.length) return null;
  const [first] = tables;
  const kind = JSON.stringify(first.value);
  const named = tables.map((t) => t.subject).filter((x) => x !== '');
  if (
    tables.some(
      (t) =>
        JSON.stringify(t.value) !== kind ||
        t.statedAlone === true ||
        (t.otherwise !== null && !givesNothing(t.otherwise)),
    ) ||
    named.some((x) => !sharesRun(named[0], x, 2)) ||
    // (Rows of one table never claim one value twice: `其它地区:…达到450户及以上` beside `…300户及以上` are two
    // tables, for two kinds of place; `一季度…80.75%以上`, `二季度…81.5%以上`, thresholds of their own.)
    tables.some((t, i) =>
      tables.some((u, j) => j > i && t.bands.some((b) => u.bands.some((c) => overlaps(b.cond, c.cond)))),
    )
  )
    return null;
  return {
    kind: 'bands',
    subject: named[0] ?? '',
    value: first.value,
    bands: tables.flatMap((t) => t.bands),
    otherwise: { type: 'zero' },
  };
}

/** One band met or not (`≥6次得10分；其他情况不得分`) that `table`, a table of bands, holds with the same points. */
function restatesBandOf(one: RuleAst, table: RuleAst): boolean {
  if (one.kind !== 'bands' || table.kind !== 'bands' || one.bands.length !== 1 || table.bands.length < 2)
    return false;
  const [b] = one.bands;
  const bound = (x: Bound | null, y: Bound | null) =>
    x === null ? y === null : y !== null && x.value.eq(y.value) && x.incl === y.incl;
  return table.bands.some(
    (t) =>
      bound(t.cond.lower, b.cond.lower) &&
      bound(t.cond.upper, b.cond.upper) &&
      t.cond.unit === b.cond.unit &&
      t.cond.pct === b.cond.pct &&
      t.outcome.type === 'points' &&
      b.outcome.type === 'points' &&
      t.outcome.points.eq(b.outcome.points),
  );
}

/** What a part gives when met in full, where its own text says it in points; else null. */
function worthOf(ast: RuleAst): Decimal | null {
  const points = (o: Outcome) => (o.type === 'points' ? o.points : null);
  switch (ast.kind) {
    case 'linear':
    case 'twosided':
    case 'deadline':
      return points(ast.base);
    case 'perissue':
      return points(ast.base);
    case 'composite':
      return ast.form === 'faults' ? points(ast.base) : null;
    case 'checklist':
      return ast.mode === 'yesno' ? points(ast.yes) : null;
    case 'bands':
    case 'grade': {
      const all = ast.kind === 'bands' ? ast.bands.map((b) => b.outcome) : ast.levels.map((l) => l.outcome);
      // (`绩效目标规范得1分，不规范扣0.5分`: a level taking points off gives less than the one giving them.)
      const each = all
        .filter((o) => o.type !== 'deduct')
        .map((o) => (o.type === 'zero' ? new Decimal(0) : points(o)));
      if (each.length === 0 || each.some((p) => p === null)) return null;
      return Decimal.max(...(each as Decimal[]));
    }
    default:
      return null;
  }
}
