/**
 * The plain grid snapshot every host hands to the core: values already computed (formula results),
 * number formats and solid fills, merged areas. No Office, DOM or file types here.
 */

export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** The displayed value's underlying data: a formula cell holds its computed result. */
  value: CellValue;
  /** Number format, e.g. `0.00%`; absent means General. */
  format?: string;
  /** Solid fill colour as `#RRGGBB` (upper case); absent or null means no fill. */
  fill?: string | null;
  /** True when the cell holds a formula (its value is the computed result). */
  formula?: boolean;
}

/** A merged area, 1-based and inclusive. Only the top-left cell of a merge holds a value. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Number of rows and columns read (rows 1..rowCount, columns 1..colCount). */
  rowCount: number;
  colCount: number;
  /** cells[row - 1][col - 1]; rows may be shorter than colCount, missing cells are empty. */
  cells: (GridCell | undefined)[][];
  merges: MergedArea[];
  /** The host stopped reading at a bound (a sheet of 100,000 formatted rows). */
  truncated?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.cells[row - 1]?.[col - 1];
}

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** (15, 8) → H15. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** H15 → { row: 15, col: 8 }; throws on anything that is not a plain A1 address. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
