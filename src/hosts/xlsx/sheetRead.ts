/**
 * One worksheet part → a SheetGrid, read as a stream. Only cells with a value are kept as they come;
 * an empty cell matters only for its fill (a mark restores it) and only inside the area that holds
 * values, so those are kept compactly until the area is known. Formatted-but-empty cells are dropped.
 *
 * Past the row cap only two things still matter: whether a value lies there (the sheet is then
 * `truncated`) and the merged areas, which follow the cells. That rest is scanned for those two
 * without the parser: a sheet formatted down to row 1,048,576 costs an inflate, not a parse.
 */
import { isDateFormat } from '../../core/dates';
import type { CellValue, GridCell, MergedArea, SheetGrid } from '../../core/grid';
import { XlsxReadError } from './errors';
import { type InflateBudget, streamPart } from './package';
import type { CellStyles } from './styles';
import { localName, xmlParser } from './xml';
import type { ZipEntry, ZipPackage } from './zip';

export interface SheetReadOptions {
  maxRows: number;
  maxCols: number;
  styles: CellStyles;
  strings: string[];
  date1904: boolean;
}

/** `AB12` → 28 (the column); 0 when the reference has no letters. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return col;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

function parseRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(':');
  const top = rowOf(a);
  const left = columnOf(a.replace(/\$/g, ''));
  const bottom = rowOf(b);
  const right = columnOf(b.replace(/\$/g, ''));
  if (!top || !left || !bottom || !right) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

/** A `t="d"` cell's ISO 8601 text → its serial day number (null when it is no date). */
export function isoSerial(text: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(text.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
}

/** Grows by doubling: the empty filled cells waiting for the value area to be known. */
class Pending {
  rows = new Int32Array(1024);
  cols = new Int32Array(1024);
  styles = new Int32Array(1024);
  length = 0;
  push(row: number, col: number, style: number): void {
    if (this.length === this.rows.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.rows = grow(this.rows);
      this.cols = grow(this.cols);
      this.styles = grow(this.styles);
    }
    this.rows[this.length] = row;
    this.cols[this.length] = col;
    this.styles[this.length++] = style;
  }
}

const VALUE_TAG = /<(?:[\w.-]+:)?(?:v|is|f)[\s/>]/;
const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']+)["']/g;

export function readSheet(
  name: string,
  pkg: ZipPackage,
  entry: ZipEntry,
  budget: InflateBudget,
  opts: SheetReadOptions,
): SheetGrid {
  const { maxRows, maxCols, styles, strings, date1904 } = opts;
  const rows: (GridCell | undefined)[][] = [];
  const pending = new Pending();
  const merges: MergedArea[] = [];
  let rowCount = 0;
  let colCount = 0;
  let truncated = false;
  let beyond = false;

  let row = 0;
  let col = 0;
  let style = 0;
  let type = 'n';
  let raw: string | null = null;
  let inline: string | null = null;
  let formula = false;
  let collect: 'v' | 't' | null = null;
  let phonetic = 0;
  let inInline = false;

  const valueOf = (): CellValue => {
    switch (type) {
      case 's': {
        if (raw === null || raw.trim() === '') return null;
        const s = strings[Number(raw)];
        if (s === undefined)
          throw new XlsxReadError('corrupt', `${entry.name}: shared string ${raw} is missing`);
        return s === '' ? null : s;
      }
      case 'inlineStr':
        return inline === null || inline === '' ? null : inline;
      case 'str':
      case 'e':
        return raw === null || raw === '' ? null : raw;
      case 'b':
        return raw === null ? null : raw.trim() === '1' || raw.trim() === 'true';
      case 'd':
        return raw === null || raw === '' ? null : (isoSerial(raw, date1904) ?? raw);
      default: {
        if (raw === null || raw.trim() === '') return null;
        const n = Number(raw);
        return Number.isFinite(n) ? n : raw;
      }
    }
  };

  const endCell = () => {
    const value = valueOf();
    if (beyond || col > maxCols) {
      if (value !== null || formula) truncated = true;
      return;
    }
    if (value === null) {
      if (formula || (styles.fills[style] ?? null) !== null)
        pending.push(row, col, formula ? -style - 1 : style);
      return;
    }
    const cell: GridCell = { value };
    let format = styles.formats[style];
    if (type === 'd' && typeof value === 'number' && !isDateFormat(format)) format = 'yyyy-mm-dd';
    if (format !== undefined) cell.format = format;
    const fill = styles.fills[style] ?? null;
    if (fill !== null) cell.fill = fill;
    if (formula) cell.formula = true;
    (rows[row - 1] ??= [])[col - 1] = cell;
    if (row > rowCount) rowCount = row;
    if (col > colCount) colCount = col;
  };

  const parser = xmlParser(entry.name);
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    switch (local) {
      case 'row': {
        const r = Number(a.r);
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        col = 0;
        if (row > maxRows) beyond = true;
        break;
      }
      case 'c': {
        const c = a.r === undefined ? 0 : columnOf(a.r);
        col = c > 0 ? c : col + 1;
        if (row === 0) row = 1;
        const s = Number(a.s ?? 0);
        style = Number.isInteger(s) && s >= 0 ? s : 0;
        type = a.t ?? 'n';
        raw = null;
        inline = null;
        formula = false;
        break;
      }
      case 'v':
        if (!inInline) {
          raw = '';
          collect = 'v';
        }
        break;
      case 'f':
        formula = true;
        break;
      case 'is':
        inInline = true;
        inline ??= '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inInline && phonetic === 0) collect = 't';
        break;
      case 'mergeCell': {
        const area = parseRange(a.ref ?? '');
        if (area) merges.push(area);
        break;
      }
    }
  });
  parser.on('closetag', (tag) => {
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        collect = null;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c':
        endCell();
        break;
    }
  });
  const text = (t: string) => {
    if (collect === 'v') raw += t;
    else if (collect === 't') inline += t;
  };
  parser.on('text', text);
  parser.on('cdata', text);

  // Past the cap: a value anywhere makes the sheet truncated; the merges are read from what follows the cells.
  let scanning = false;
  let carry = '';
  let after: string[] | null = null;
  const scan = (chunk: string) => {
    if (after) return void after.push(chunk);
    // A tag cut by the piece's end is seen whole with the next piece.
    const text = carry + chunk;
    carry = text.slice(-64);
    if (!truncated && VALUE_TAG.test(text)) truncated = true;
    const end = text.indexOf('sheetData>');
    if (end >= 0) after = [text.slice(end)];
  };
  const scanned = () => {
    for (const m of (after ?? []).join('').matchAll(MERGE_TAG)) {
      const area = parseRange(m[1]);
      if (area) merges.push(area);
    }
  };
  streamPart(
    pkg,
    entry,
    (chunk) => {
      if (scanning) return scan(chunk);
      parser.write(chunk);
      scanning = beyond;
    },
    budget,
  );
  if (scanning) scanned();
  else parser.close();

  return toGrid(name, rows, pending, merges, rowCount, colCount, truncated, styles);
}

function toGrid(
  name: string,
  rows: (GridCell | undefined)[][],
  pending: Pending,
  merges: MergedArea[],
  rowCount: number,
  colCount: number,
  truncated: boolean,
  styles: CellStyles,
): SheetGrid {
  // Values-only extents: formatted cells beyond the last value cost nothing downstream.
  for (let i = 0; i < pending.length; i++) {
    const r = pending.rows[i];
    const c = pending.cols[i];
    if (r > rowCount || c > colCount) continue;
    const s = pending.styles[i];
    const style = s < 0 ? -s - 1 : s;
    const cell: GridCell = { value: null };
    const fill = styles.fills[style] ?? null;
    if (fill !== null) cell.fill = fill;
    if (styles.formats[style] !== undefined) cell.format = styles.formats[style];
    if (s < 0) cell.formula = true;
    (rows[r - 1] ??= [])[c - 1] = cell;
  }
  const kept = merges.filter((m) => m.top <= rowCount && m.left <= colCount);
  // Only the top-left cell of a merge holds a value, as in Excel.
  for (const m of kept) {
    for (let r = m.top; r <= Math.min(m.bottom, rowCount); r++) {
      const line = rows[r - 1];
      if (!line) continue;
      for (let c = m.left; c <= Math.min(m.right, colCount); c++) {
        if (r === m.top && c === m.left) continue;
        const cell = line[c - 1];
        if (!cell || cell.value === null) continue;
        if (cell.fill === undefined && !cell.formula) line[c - 1] = undefined;
        else line[c - 1] = { ...cell, value: null };
      }
    }
  }
  rows.length = rowCount;
  for (let i = 0; i < rowCount; i++) {
    const line = (rows[i] ??= []);
    if (line.length > colCount) line.length = colCount;
  }
  const sheet: SheetGrid = { name, rowCount, colCount, cells: rows, merges: kept };
  if (truncated) sheet.truncated = true;
  return sheet;
}
