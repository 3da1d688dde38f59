/**
 * Reads the whole workbook in ONE `context.sync()`: the sheet list is not known before a sync, so we
 * walk `worksheets.getFirst()` → `getNextOrNullObject()` proxies up to a bound and queue every
 * sheet's reads on them; proxies past the last sheet are null objects whose chained calls are null
 * objects too, and `getCount()` in the same batch tells which results are real. Workbooks with more
 * sheets than the bound take one more sync per further batch of sheets.
 */
import { a1, columnLetters, parseA1 } from '../../core/grid';
import type { CellValue, GridCell, MergedArea, SheetGrid, WorkbookGrid } from '../../core/grid';
import type {
  XlClientResult,
  XlCellProperties,
  XlContext,
  XlRange,
  XlRangeAreas,
  XlWorksheet,
} from './excelApi';
import { fillFromCellProperties } from './fills';

export interface ReadBounds {
  /** Rows and columns read per sheet from A1 (a sheet of 100,000 formatted rows is cut here). */
  rows: number;
  columns: number;
  /** Sheets queued per sync. */
  sheetsPerSync: number;
}

export const READ_BOUNDS: ReadBounds = { rows: 5000, columns: 60, sheetsPerSync: 40 };

export interface SheetSnapshot {
  grid: SheetGrid;
  protected: boolean;
  /** Formula text of formula cells, keyed by A1 address, so undo can put formulas back. */
  formulas: Map<string, string>;
}

export interface WorkbookSnapshot {
  grid: WorkbookGrid;
  sheets: Map<string, SheetSnapshot>;
  /** The document's custom properties whose values are strings. */
  customProperties: Record<string, string>;
}

export interface ReadOptions {
  bounds?: ReadBounds;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`. */
  readMerges: boolean;
}

interface PendingSheet {
  sheet: XlWorksheet;
  used: XlRange;
  area: XlRange;
  fills: XlClientResult<XlCellProperties[][]>;
  merges: XlRangeAreas | null;
}

const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true, patternColor: true } } };

function queueSheet(sheet: XlWorksheet, options: ReadOptions, bounds: ReadBounds): PendingSheet {
  sheet.load('name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // From A1 to the last used cell, bounded, plus one column for a 扣分说明 column the core may add.
  const area = used
    .getBoundingRect('A1')
    .getIntersectionOrNullObject(`A1:${columnLetters(bounds.columns)}${bounds.rows}`)
    .getResizedRange(0, 1);
  area.load('rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat');
  const fills = area.getCellProperties(FILL_PROPERTIES);
  let merges: XlRangeAreas | null = null;
  if (options.readMerges) {
    merges = area.getMergedAreasOrNullObject();
    merges.load('address');
  }
  return { sheet, used, area, fills, merges };
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** `Sheet1!A1:B3,'My, Sheet'!C5` → merged areas; parts without a cell address are skipped. */
export function parseMergedAddress(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const part of address.split(',')) {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    const [from, to = from] = local.split(':');
    try {
      const start = parseA1(from);
      const end = parseA1(to);
      areas.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
    } catch {
      // a fragment of a quoted sheet name that contained a comma
    }
  }
  return areas;
}

function finishSheet(p: PendingSheet, bounds: ReadBounds): SheetSnapshot {
  const name = p.sheet.name;
  const isProtected = p.sheet.protection.protected;
  const formulas = new Map<string, string>();
  if (p.used.isNullObject || p.area.isNullObject) {
    return {
      grid: { name, rowCount: 0, colCount: 0, cells: [], merges: [] },
      protected: isProtected,
      formulas,
    };
  }
  const top = p.area.rowIndex + 1;
  const left = p.area.columnIndex + 1;
  const values = p.area.values;
  const formulaTexts = p.area.formulas;
  const formats = p.area.numberFormat;
  const fills = p.fills.value;
  const rowCount = top - 1 + p.area.rowCount;
  const colCount = left - 1 + p.area.columnCount;
  const cells: (GridCell | undefined)[][] = [];
  for (let r = 0; r < p.area.rowCount; r++) {
    const row: (GridCell | undefined)[] = [];
    for (let c = 0; c < p.area.columnCount; c++) {
      const cell: GridCell = { value: toCellValue(values[r][c]) };
      const format = formats[r][c];
      if (typeof format === 'string' && format !== 'General') cell.format = format;
      const fill = fillFromCellProperties(fills[r]?.[c]);
      if (fill) cell.fill = fill;
      const formula = formulaTexts[r][c];
      if (typeof formula === 'string' && formula.startsWith('=')) {
        cell.formula = true;
        formulas.set(a1(top + r, left + c), formula);
      }
      row[left - 1 + c] = cell;
    }
    cells[top - 1 + r] = row;
  }
  for (let r = 0; r < top - 1; r++) cells[r] = [];
  const usedBottom = p.used.rowIndex + p.used.rowCount;
  const usedRight = p.used.columnIndex + p.used.columnCount;
  const grid: SheetGrid = {
    name,
    rowCount,
    colCount,
    cells,
    merges: p.merges && !p.merges.isNullObject ? parseMergedAddress(p.merges.address) : [],
  };
  if (usedBottom > bounds.rows || usedRight > bounds.columns) grid.truncated = true;
  return { grid, protected: isProtected, formulas };
}

/** Queue the reads, sync once (more only past `sheetsPerSync` sheets), and build the grid snapshot. */
export async function readWorkbook(context: XlContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const bounds = options.bounds ?? READ_BOUNDS;
  const worksheets = context.workbook.worksheets;
  const count = worksheets.getCount();
  const custom = context.workbook.properties.custom;
  custom.load('items/key,items/value');

  const snapshots: SheetSnapshot[] = [];
  const readFrom = async (first: XlWorksheet): Promise<void> => {
    const pending: PendingSheet[] = [];
    let cursor = first;
    for (let i = 0; i < bounds.sheetsPerSync; i++) {
      if (i > 0) cursor = cursor.getNextOrNullObject();
      pending.push(queueSheet(cursor, options, bounds));
    }
    await context.sync();
    // A ClientResult is filled by the sync itself; it has no load().
    // eslint-disable-next-line office-addins/load-object-before-read
    const sheetCount = count.value;
    const real = pending.slice(0, Math.max(0, sheetCount - snapshots.length));
    for (const p of real) snapshots.push(finishSheet(p, bounds));
    // Rare: more sheets than one batch holds; continue from the last real sheet.
    if (snapshots.length < sheetCount) await readFrom(cursor.getNextOrNullObject());
  };
  await readFrom(worksheets.getFirst());

  const customProperties: Record<string, string> = {};
  for (const item of custom.items)
    if (typeof item.value === 'string') customProperties[item.key] = item.value;
  return {
    grid: { sheets: snapshots.map((s) => s.grid) },
    sheets: new Map(snapshots.map((s) => [s.grid.name, s])),
    customProperties,
  };
}
