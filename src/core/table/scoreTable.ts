/** Scoring one recognised table: every indicator, the 预算执行率 block, sums, checks, and the write-back. */
import Decimal from 'decimal.js';
import type { WorkbookData } from '../derive';
import type { ScoredTable } from '../report';
import type { ScoringSettings } from '../settings';
import { ADDED_NOTE_HEADER, ADDED_SCORE_HEADER } from '../vocabulary/headers';
import { scoreBudgetBlock } from './budget';
import { outputColumns } from './columns';
import { FindingList } from './findingList';
import { MESSAGES } from './messages';
import type { TableLayout } from './model';
import { decimalIn } from './numbers';
import { scoreIndicator } from './scoreIndicator';
import { checkSharedWeights } from './sharedWeights';
import type { TableContext } from './scoreIndicator';
import { checkWeights, groupSums, subtotals, tableTotal } from './totals';
import type { WriteBack } from './writeBack';

export function scoreTable(
  layout: TableLayout,
  settings: ScoringSettings,
  wb: WriteBack,
  data?: WorkbookData,
): ScoredTable {
  const ctx: TableContext = {
    layout,
    out: outputColumns(layout),
    settings,
    wb,
    findings: new FindingList(),
    usedAdded: new Set(),
    data,
  };
  const sheet = layout.view.name;
  const budget = layout.budget ? scoreBudgetBlock(ctx, layout.budget) : null;
  const scored = layout.indicators.map((ind) => scoreIndicator(ctx, ind));
  checkSharedWeights(ctx, scored);
  const groups = groupSums(layout, scored, budget);
  checkWeights(layout, groups, ctx.findings);
  const total = tableTotal(groups, settings.grades);
  if (layout.totalRow !== null) writeTotal(ctx, layout.totalRow, new Decimal(total.score));

  for (const role of ctx.usedAdded) {
    const col = ctx.out[role].col;
    wb.writeHeader(
      { sheet, row: layout.headerRow, col },
      role === 'score' ? ADDED_SCORE_HEADER : ADDED_NOTE_HEADER,
    );
  }
  for (const { row, col, severity } of ctx.findings.cells()) wb.mark({ sheet, row, col }, severity);
  return {
    sheet,
    headerRow: layout.headerRow,
    total,
    subtotals: subtotals(groups),
    indicators: [...(budget ? [budget.report] : []), ...scored.map((s) => s.report)],
    findings: ctx.findings.list(),
  };
}

/**
 * The total row's 得分 is the sum. A total the person typed that differs is flagged and kept; a formula
 * there is left to Excel (its cached value predates this run).
 */
function writeTotal(ctx: TableContext, row: number, sum: Decimal): void {
  const { view } = ctx.layout;
  const at = { sheet: view.name, ...view.master(row, ctx.out.score.col) };
  const cell = view.raw(at.row, at.col);
  if (cell?.formula) return;
  const typed = ctx.wb.isOurValue(at) ? null : decimalIn(cell?.value);
  if (typed !== null && !typed.equals(sum)) {
    ctx.findings.add(at, 'total-mismatch', MESSAGES.totalMismatch(typed.toString(), sum.toString()));
    return;
  }
  ctx.wb.writeNumber(at, 'total', sum.toNumber());
  if (ctx.out.score.added) ctx.usedAdded.add('score');
}
