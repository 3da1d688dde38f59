/** Hand-built grids for table tests: rows of values (or cells with a format/fill), merges as `A4:A8`. */
import type { CellValue, GridCell, SheetGrid, WorkbookGrid } from '../../../src/core/grid';
import { parseA1 } from '../../../src/core/grid';
import type { CellPatch } from '../../../src/core/patch';

export type CellSpec =
  CellValue | undefined | { v: CellValue; fmt?: string; fill?: string; formula?: boolean };

export function sheet(name: string, rows: CellSpec[][], merges: string[] = []): SheetGrid {
  const cells = rows.map((row) => row.map(toCell));
  return {
    name,
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
    cells,
    merges: merges.map((range) => {
      const [from, to] = range.split(':');
      const a = parseA1(from);
      const b = parseA1(to);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    }),
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

function toCell(spec: CellSpec): GridCell | undefined {
  if (spec === undefined) return undefined;
  if (spec === null || typeof spec !== 'object') return { value: spec };
  const cell: GridCell = { value: spec.v };
  if (spec.fmt) cell.format = spec.fmt;
  if (spec.fill) cell.fill = spec.fill;
  if (spec.formula) cell.formula = true;
  return cell;
}

/** What a host does with the patches, in memory: a new grid (the input is left alone). */
export function applyPatches(grid: WorkbookGrid, patches: CellPatch[]): WorkbookGrid {
  const next: WorkbookGrid = structuredClone(grid);
  for (const p of patches) {
    const s = next.sheets.find((x) => x.name === p.sheet);
    if (!s) throw new Error(`patch for unknown sheet ${p.sheet}`);
    while (s.cells.length < p.row) s.cells.push([]);
    const row = s.cells[p.row - 1];
    const cell: GridCell = row[p.col - 1] ?? { value: null };
    if (p.value !== undefined) cell.value = p.value;
    if (p.fill !== undefined) cell.fill = p.fill;
    row[p.col - 1] = cell;
    s.rowCount = Math.max(s.rowCount, p.row);
    s.colCount = Math.max(s.colCount, p.col);
  }
  return next;
}

/** The value shown at an A1 address of a sheet. */
export function valueAt(grid: WorkbookGrid, sheetName: string, address: string): CellValue | undefined {
  const { row, col } = parseA1(address);
  return grid.sheets.find((s) => s.name === sheetName)?.cells[row - 1]?.[col - 1]?.value;
}

export function fillAt(grid: WorkbookGrid, sheetName: string, address: string): string | null {
  const { row, col } = parseA1(address);
  return grid.sheets.find((s) => s.name === sheetName)?.cells[row - 1]?.[col - 1]?.fill ?? null;
}
