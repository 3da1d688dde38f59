/**
 * Where scores and notes go when a table has no 得分 or no note column: the column right of 得分 when
 * it is empty over the table's rows, else the first empty column right of the table (SPEC §4).
 */
import type { TableLayout } from './model';

export interface OutputColumn {
  col: number;
  /** True when the column is ours to title (it had no header). */
  added: boolean;
}

export interface OutputColumns {
  score: OutputColumn;
  note: OutputColumn;
}

export function outputColumns(layout: TableLayout): OutputColumns {
  const taken = new Set<number>();
  const pick = (existing: number | undefined, after: number | undefined): OutputColumn => {
    if (existing !== undefined) return { col: existing, added: false };
    const col = firstEmptyColumn(layout, after, taken);
    taken.add(col);
    return { col, added: true };
  };
  const score = pick(layout.cols.score, undefined);
  const note = pick(layout.cols.note, score.col);
  return { score, note };
}

function firstEmptyColumn(layout: TableLayout, after: number | undefined, taken: Set<number>): number {
  const top = layout.budget?.headerRow ?? layout.headerRow;
  const isFree = (col: number) => {
    if (taken.has(col)) return false;
    for (let r = top; r <= layout.lastRow; r++) if (!layout.view.isBlank(r, col)) return false;
    return true;
  };
  if (after !== undefined && isFree(after + 1)) return after + 1;
  let col = Math.max(layout.lastCol, after ?? 0) + 1;
  while (!isFree(col)) col++;
  return col;
}
