/**
 * .xlsx bytes → the grid snapshot the core scores, plus what the writer needs to change the same file.
 * Browser-safe: no fs/path here (the preview page imports this with ExcelJS's browser build).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { GridCell, MergedArea, SheetGrid, WorkbookGrid } from '../../core/grid';
import { trimSheetXml } from './bound';
import { type CustomProperty, readCustomProperties } from './customProps';
import { XlsxReadError, assertZipPackage } from './errors';
import { gridFill } from './fills';
import { gridValue, isFormula } from './values';

/** Rows read per sheet; a sheet with values further down is marked `truncated`. */
export const MAX_ROWS = 20_000;
/** Columns read per sheet (a 评分表 has about ten). */
export const MAX_COLS = 256;
/** The shortest a stored row can be in sheet XML: `<row r="1"/>`. */
const MIN_ROW_BYTES = 12;

export interface XlsxDocument {
  grid: WorkbookGrid;
  /** Custom document properties by name, as text (the ledger lives in `jixiao.ledger.N`). */
  customProperties: Record<string, string>;
  /** The input package's custom properties as written, so the writer keeps them exactly. */
  customPropertyParts: CustomProperty[];
  /** The input bytes, untouched. */
  source: Uint8Array;
  /** The ExcelJS workbook of the whole file, or null when rows were dropped for reading (load again to write). */
  workbook: ExcelJS.Workbook | null;
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  assertZipPackage(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new XlsxReadError('corrupt', (e as Error).message);
  }
  if (!zip.file('xl/workbook.xml')) throw new XlsxReadError('not-xlsx');
  return zip;
}

/** Load bytes into ExcelJS, mapping its failures to a reason the person can read. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; its loader (JSZip) accepts any byte array, in the browser too.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError('corrupt', (e as Error).message);
  }
  return wb;
}

/** Drop rows nobody needs from oversized sheet parts; null when every part can be read as it is. */
async function boundedCopy(zip: JSZip): Promise<Uint8Array | null> {
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    // A part smaller than MAX_ROWS minimal `<row r="…"/>` elements cannot exceed the bound: skip inflating it.
    const size = (zip.files[name] as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    if (size !== undefined && size < MAX_ROWS * MIN_ROW_BYTES) continue;
    const trimmed = trimSheetXml(await zip.file(name)!.async('string'), MAX_ROWS);
    if (trimmed === null) continue;
    zip.file(name, trimmed);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) : null;
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  let truncated = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_ROWS) {
      truncated ||= row.hasValues;
      return;
    }
    const line: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c > MAX_COLS) {
        truncated ||= cell.value !== null;
        return;
      }
      const value = gridValue(cell, date1904);
      const fill = gridFill(cell.fill);
      const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
      const formula = isFormula(cell);
      if (value === null && fill === null && !format) return;
      const g: GridCell = { value };
      if (format) g.format = format;
      if (fill !== null) g.fill = fill;
      if (formula) g.formula = true;
      line[c - 1] = g;
      if (value !== null) {
        rowCount = Math.max(rowCount, r);
        colCount = Math.max(colCount, c);
      }
    });
    cells[r - 1] = line;
  });
  // Values-only extents: formatted cells beyond the last value cost nothing downstream.
  cells.length = rowCount;
  for (const line of cells) if (line && line.length > colCount) line.length = colCount;
  for (let i = 0; i < rowCount; i++) cells[i] ??= [];

  const merges: MergedArea[] = [];
  // ExcelJS keeps merges as ranges keyed by master address; `ws.model` would rebuild every row to list them.
  const ranges = (ws as unknown as { _merges: Record<string, { model: MergedArea }> })._merges;
  for (const { model } of Object.values(ranges)) {
    const area = { top: model.top, left: model.left, bottom: model.bottom, right: model.right };
    if (area.top <= rowCount && area.left <= colCount) merges.push(area);
  }
  const sheet: SheetGrid = { name: ws.name, rowCount, colCount, cells, merges };
  if (truncated) sheet.truncated = true;
  return sheet;
}

/** Read a workbook; throws XlsxReadError when the bytes are not a readable .xlsx. */
export async function readXlsx(input: Uint8Array | ArrayBuffer): Promise<XlsxDocument> {
  const source = toBytes(input);
  const zip = await openPackage(source);
  const customPropertyParts = await readCustomProperties(zip);
  const bounded = await boundedCopy(zip);
  const workbook = await loadWorkbook(bounded ?? source);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.map((ws) => readSheet(ws, date1904));

  const customProperties: Record<string, string> = {};
  for (const p of customPropertyParts) customProperties[p.name] = p.text;
  return {
    grid: { sheets },
    customProperties,
    customPropertyParts,
    source,
    workbook: bounded ? null : workbook,
  };
}
