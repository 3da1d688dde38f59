/**
 * The 预算执行率 block of a 自评表: rate = 全年执行数 / 全年预算数, scored as a proportional rule
 * (分值 × min(rate, 100%)). An empty 执行率 cell receives the rate as a fraction (see ARCHITECTURE.md).
 */
import Decimal from 'decimal.js';
import { a1, type CellValue } from '../grid';
import { isMoney, readQuantity, readRate, rescale } from '../inputs';
import { scoreRule } from '../rules';
import { cachedParseRule } from './ruleCache';
import type { InputValue } from '../rules/types';
import { BUDGET_CELL_NAMES, BUDGET_RATE_NAME, BUDGET_RATE_RULE } from '../vocabulary/headers';
import { MESSAGES } from './messages';
import type { BudgetBlock, CellRef } from './model';
import type { SheetView } from './sheetView';
import { decimalIn, weightIn } from './numbers';
import { formatPlain, roundScore } from '../numberText';
import type { ScoredIndicator, TableContext } from './scoreIndicator';

export function scoreBudgetBlock(ctx: TableContext, block: BudgetBlock): ScoredIndicator {
  const { view } = ctx.layout;
  const sheet = view.name;
  const cellOf = (col: number): CellRef & { sheet: string } => ({ sheet, ...view.master(block.row, col) });
  const budgetAt = cellOf(block.cols.budget);
  const executedAt = cellOf(block.cols.executed);
  const weightAt: CellRef & { sheet: string } =
    block.cols.weight !== undefined
      ? cellOf(block.cols.weight)
      : { sheet, ...(block.statedWeight?.cell ?? view.master(block.row, block.cols.budget)) };
  const rateAt = block.cols.rate !== undefined ? cellOf(block.cols.rate) : null;
  const scoreAt = block.cols.score !== undefined ? cellOf(block.cols.score) : null;
  const find = (at: CellRef, code: Parameters<TableContext['findings']['add']>[1], message: string) =>
    ctx.findings.add(at, code, message, block.row);

  // (Amounts typed with their unit, `4753.66万元` beside `3824.26`, divide as well: both are read in 元, a bare
  // number in the unit the block's header states.)
  const [budget, executed] = amountsIn(
    view.value(budgetAt.row, budgetAt.col),
    view.value(executedAt.row, executedAt.col),
    headerMoneyUnit(view, block.headerRow),
  );
  const weight =
    block.cols.weight !== undefined
      ? weightIn(view.value(weightAt.row, weightAt.col))
      : (block.statedWeight?.value ?? null);
  const rateCell = rateAt ? view.cell(rateAt.row, rateAt.col) : undefined;
  const rateIsOurs = rateAt !== null && ctx.wb.isOurValue(rateAt);
  const personRate = rateAt !== null && !rateIsOurs && !view.isBlank(rateAt.row, rateAt.col);

  let input: InputValue | null = null;
  if (budget !== null && !budget.isZero() && executed !== null) {
    const rate = executed.dividedBy(budget);
    input = { value: `${rate.times(100).toString()}%` };
    if (rateAt && !personRate) {
      const shown = rate.toDecimalPlaces(ctx.settings.decimals + 2, Decimal.ROUND_HALF_UP);
      ctx.wb.writeNumber(rateAt, 'rate', shown.toNumber());
    }
    // A rate the person typed stays theirs, but not one its own amounts contradict (`100%` for 80.45%).
    const typedRate = personRate && rateCell ? typedPoints(rateCell.value, rateCell.format) : [];
    const points = rate.times(100);
    if (typedRate.length > 0 && typedRate.every((t) => t.minus(points).abs().greaterThan(RATE_TOLERANCE))) {
      find(
        rateAt as CellRef,
        'suspicious-input',
        MESSAGES.budgetRateContradicted(
          // (as shown: `100%`, or a bare `0.1` that may mean 0.1% or 10%)
          rateCell?.format?.includes('%') ? `${formatPlain(typedRate[0])}%` : String(rateCell?.value),
          formatPlain(points.toDecimalPlaces(2)),
        ),
      );
    }
  } else if (personRate && rateCell) {
    // No amounts to divide, but the person stated the rate: score that.
    input = rateCell.format ? { value: rateCell.value, format: rateCell.format } : { value: rateCell.value };
  } else {
    if (rateAt) ctx.wb.retractNumber(rateAt, 'rate');
    if (budget === null || budget.isZero())
      find(budgetAt, 'missing-input', MESSAGES.budgetInputMissing(BUDGET_CELL_NAMES.budget));
    if (executed === null)
      find(executedAt, 'missing-input', MESSAGES.budgetInputMissing(BUDGET_CELL_NAMES.executed));
  }
  if (weight === null) find(weightAt, 'missing-weight', MESSAGES.missingWeight(BUDGET_RATE_NAME));

  const result = scoreRule(
    {
      rule: BUDGET_RATE_RULE,
      weight: weight ?? new Decimal(0),
      input,
      name: BUDGET_RATE_NAME,
      settings: ctx.settings,
    },
    cachedParseRule,
  );
  const score = weight === null || input === null ? null : result.score;
  for (const issue of result.issues)
    find(issue.on === 'input' ? executedAt : weightAt, issue.code, issue.message);
  let note = result.note;
  if (scoreAt && score !== null) {
    // A score typed here is replaced, never silently (SPEC §4), as on an indicator row.
    const ours = ctx.wb.isOurValue(scoreAt);
    const typed = ours ? ctx.wb.replacedValue(scoreAt) : decimalIn(view.value(scoreAt.row, scoreAt.col));
    const changed = typed !== null && !roundScore(typed, ctx.settings.decimals).equals(score);
    if (changed) {
      const [was, now] = [formatPlain(typed), formatPlain(score)];
      find(scoreAt, 'score-changed', MESSAGES.scoreChanged(BUDGET_RATE_NAME, was, now));
      note = MESSAGES.scoreChangedNote(was, now, result.note);
    }
    ctx.wb.writeNumber(scoreAt, 'score', score.toNumber(), changed ? typed.toNumber() : undefined);
  } else if (scoreAt) {
    ctx.wb.retractNumber(scoreAt, 'score');
  }
  return {
    score,
    weight,
    typedKept: false,
    personNote: false,
    noteCell: null,
    report: {
      row: block.row,
      level1: BUDGET_RATE_NAME,
      level2: '',
      name: BUDGET_RATE_NAME,
      weight: weight === null ? null : weight.toNumber(),
      kind: result.kind,
      input: input === null ? null : result.inputText,
      score: score === null ? null : score.toNumber(),
      status: weight === null ? 'unscored' : input === null ? 'missing-input' : result.status,
      note,
      explain: result.explain,
      unparsed: result.unparsed,
      scoreCell: a1((scoreAt ?? weightAt).row, (scoreAt ?? weightAt).col),
      inputCell: a1(executedAt.row, executedAt.col),
    },
  };
}

/** How far (percentage points) a typed 执行率 may stand from its amounts' rate: rounding, not a contradiction. */
const RATE_TOLERANCE = 1;

/**
 * The percentage points a typed 执行率 may mean: `98.6%` as text; a number formatted as a percentage (0.986);
 * a bare number read either way (0.986 or 98.6).
 */
function typedPoints(value: CellValue, format: string | undefined): Decimal[] {
  if (typeof value === 'number') {
    const n = new Decimal(value);
    return format?.includes('%') ? [n.times(100)] : [n, n.times(100)];
  }
  const read = readRate(typeof value === 'string' ? { value } : null);
  return read.ok && read.text.includes('%') ? [read.value] : [];
}

/** The money unit the 预算执行率 block's header states (`预算执行情况（万元）`, `项目资金(万元)`), or null. */
function headerMoneyUnit(view: SheetView, row: number): string | null {
  for (let col = 1; col <= (view.sheet.cells[row - 1]?.length ?? 0); col++) {
    const m = /[(（]([^()（）]+)[)）]/.exec(view.text(row, col));
    if (m !== null && isMoney(m[1])) return m[1];
  }
  return null;
}

/**
 * Two amounts to divide, in 元: each as typed (`650`, `94万元`), a bare number in the unit the block's header
 * states (`（万元）`) or, stating none, in the other amount's unit.
 */
function amountsIn(
  a: CellValue | undefined,
  b: CellValue | undefined,
  headerUnit: string | null,
): [Decimal | null, Decimal | null] {
  const typed = (v: CellValue | undefined) => {
    const q = readQuantity(v === undefined ? null : { value: v });
    return q.ok && !q.value.pct && (q.value.unit === null || isMoney(q.value.unit)) ? q.value : null;
  };
  const [x, y] = [typed(a), typed(b)];
  const inYuan = (v: typeof x, other: typeof x) =>
    v === null ? null : rescale(v.value, v.unit ?? headerUnit ?? other?.unit ?? '元', '元');
  return [inYuan(x, y), inYuan(y, x)];
}
