/**
 * The score the person typed, before this run: the total row's 得分, else the sum of the typed 得分 of
 * every row when each row has one. Numbers we wrote ourselves (the ledger knows them) are not typed,
 * but the typed number one of them replaced is.
 */
import Decimal from 'decimal.js';
import { parseA1 } from '../grid';
import type { ScoredTable } from '../report';
import { outputColumns } from '../table/columns';
import type { TableLayout } from '../table/model';
import { decimalIn } from '../table/numbers';
import type { WriteBack } from '../table/writeBack';

export function typedScore(scored: ScoredTable, layout: TableLayout, wb: WriteBack): number | null {
  const { view } = layout;
  const sheet = view.name;
  const typedAt = (row: number, col: number): Decimal | null => {
    const at = { sheet, ...view.master(row, col) };
    // A score we replaced on an earlier run (`score-changed`) is still the one the person typed.
    return wb.isOurValue(at) ? wb.replacedValue(at) : decimalIn(view.value(at.row, at.col));
  };
  if (layout.totalRow !== null) {
    const total = typedAt(layout.totalRow, outputColumns(layout).score.col);
    if (total !== null) return total.toNumber();
  }
  const rows = scored.indicators.filter((i) => i.weight !== null);
  if (rows.length === 0) return null;
  let sum = new Decimal(0);
  for (const ind of rows) {
    const { row, col } = parseA1(ind.scoreCell);
    const typed = typedAt(row, col);
    if (typed === null) return null;
    sum = sum.plus(typed);
  }
  return sum.toNumber();
}
