/** Hand-built workbooks for the Office adapter tests. */
import type { CellValue, GridCell, WorkbookGrid } from '../../src/core/grid';

export type CellSpec = CellValue | GridCell;

/** `{ Sheet1: [[...row 1], [...row 2]] }` → WorkbookGrid; a cell is a value or a full GridCell. */
export function gridOf(sheets: Record<string, CellSpec[][]>): WorkbookGrid {
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rowCount: rows.length,
      colCount: Math.max(0, ...rows.map((r) => r.length)),
      cells: rows.map((row) =>
        row.map((spec): GridCell | undefined => {
          if (spec !== null && typeof spec === 'object') return spec;
          return spec === null ? undefined : { value: spec };
        }),
      ),
      merges: [],
    })),
  };
}

/** The synthetic 评分表 the sync benchmark scores (title row, header on row 2, 合计 at the end). */
export { syntheticScoringTable as scoringTable } from '../../bench/syncs';
