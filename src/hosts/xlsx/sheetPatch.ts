/**
 * One worksheet part with our cells written into it, everything else kept as the exact text it was.
 *
 * The part is inflated and parsed as a stream (saxes); the parser's positions locate the `<c>`
 * elements we change, the rows we add cells to and the `<dimension>`; the output is the original
 * text with only those ranges replaced, deflated as it is produced. Once the last changed row is
 * behind, the rest of the part is copied without parsing. Protection, validations, merges,
 * conditional formats, print setup, column widths and extensions are never parsed into anything, so
 * they cannot change. Formula cells keep their formula: a value for one is not written (a fill is).
 */
import { fitCell } from '../../core/cellText';
import { a1, type CellValue } from '../../core/grid';
import { columnOf } from './sheetRead';
import {
  TEXT_PIECE,
  Utf8Pieces,
  escapeText,
  localName,
  prefixOf,
  tagStart,
  withAttr,
  xmlParser,
} from './xml';
import {
  type DeflateSegment,
  EntryDeflater,
  type PreparedEntry,
  type ZipEntry,
  type ZipPackage,
  inflateEntry,
} from './zip';

/** What to do to one cell: set its value, its fill, or both. */
export interface CellChange {
  value?: CellValue;
  setValue: boolean;
  fill?: string | null;
  setFill: boolean;
}

/** Row → column → change. */
export type SheetChanges = Map<number, Map<number, CellChange>>;

/** The style index a cell gets when `fill` replaces the fill of its style `s`. */
export type StyleForFill = (s: number, fill: string | null) => number;

interface Edit {
  start: number;
  end: number;
  text: string;
}

function cellXml(p: string, ref: string, s: number, value: CellValue | undefined): string {
  const style = s !== 0 ? ` s="${s}"` : '';
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
    return `<${p}c r="${ref}"${style}/>`;
  if (typeof value === 'number') return `<${p}c r="${ref}"${style}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === 'boolean')
    return `<${p}c r="${ref}"${style} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  // Inline strings: the shared string table stays as it was (Excel moves them there on its next save).
  const text = fitCell(value);
  const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`;
}

/** `A1:J30` grown to take in the rows and columns we write. */
function grownRange(ref: string, rows: number[], cols: number[]): string | null {
  const [a, b = a] = ref.split(':');
  const top = Number(/\d+/.exec(a)?.[0] ?? 0);
  const bottom = Number(/\d+/.exec(b)?.[0] ?? 0);
  const left = columnOf(a);
  const right = columnOf(b);
  if (!top || !left || !bottom || !right) return null;
  const t = Math.min(top, ...rows);
  const bo = Math.max(bottom, ...rows);
  const l = Math.min(left, ...cols);
  const r = Math.max(right, ...cols);
  if (t === top && bo === bottom && l === left && r === right) return null;
  return t === bo && l === r ? a1(t, l) : `${a1(t, l)}:${a1(bo, r)}`;
}

export function patchSheet(
  pkg: ZipPackage,
  entry: ZipEntry,
  changes: SheetChanges,
  styleFor: StyleForFill,
  segment?: DeflateSegment,
): PreparedEntry {
  const encoder = new TextEncoder();
  const deflater = new EntryDeflater(entry.size, segment);
  const out = (text: string) => {
    if (text !== '') deflater.push(encoder.encode(text));
  };
  const patchRows = [...changes.keys()].sort((x, y) => x - y);
  const allCols = [...changes.values()].flatMap((m) => [...m.keys()]);

  let buf = '';
  let bufStart = 0;
  let cursor = 0; // absolute: everything before it has been written out
  const edits: Edit[] = [];
  let hold: number | null = null;
  let lastStart = 0;
  let done = patchRows.length === 0;

  const flush = (all: boolean) => {
    // Keep what may still change: a held element, and a tag the parser has not finished.
    const lastLt = buf.lastIndexOf('<');
    let limit = all ? Infinity : bufStart + (lastLt < 0 ? buf.length : lastLt);
    if (!all && hold !== null) limit = Math.min(limit, hold);
    let pieces = '';
    while (edits.length > 0 && edits[0].start < limit) {
      const e = edits.shift() as Edit;
      pieces += buf.slice(cursor - bufStart, e.start - bufStart) + e.text;
      cursor = e.end;
    }
    const upTo = Math.min(limit, bufStart + buf.length);
    if (upTo > cursor) {
      pieces += buf.slice(cursor - bufStart, upTo - bufStart);
      cursor = upTo;
    }
    out(pieces);
    buf = buf.slice(cursor - bufStart);
    bufStart = cursor;
  };

  let prefix = '';
  const colStyles: { min: number; max: number; style: number }[] = [];
  const colStyle = (col: number) => colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const newRowsXml = (rows: number[]) =>
    rows
      .map((r) => {
        const cells = [...(changes.get(r) as Map<number, CellChange>)].sort((x, y) => x[0] - y[0]);
        return `<${prefix}row r="${r}">${cells.map(([c, ch]) => newCell(r, c, ch, colStyle(c))).join('')}</${prefix}row>`;
      })
      .join('');
  const cellsXml = (at: { row: number; style: number | null }, cols: number[]) =>
    cols.map((w) => newCell(at.row, w, changes.get(at.row)!.get(w)!, at.style ?? colStyle(w))).join('');
  const newCell = (r: number, c: number, ch: CellChange, base: number) => {
    const s = ch.setFill ? styleFor(base, ch.fill ?? null) : base;
    return cellXml(prefix, a1(r, c), s, ch.setValue ? ch.value : undefined);
  };

  let nextRow = 0; // index into patchRows
  let inSheetData = false;
  let sheetDataStart = 0;
  let dimensionStart = -1;
  let row = 0;
  // The row being changed: its cells waiting to be written, and where it started.
  let active: {
    row: number;
    start: number;
    style: number | null;
    cols: number[];
    next: number;
    spansEdit: Edit | null;
  } | null = null;
  let col = 0;
  let cell: { col: number; start: number; openEnd: number; s: number; formula: boolean } | null = null;

  const parser = xmlParser(entry.name);
  parser.on('opentagstart', (tag) => {
    const local = localName(tag.name);
    if (local === 'row' || local === 'c' || local === 'dimension' || local === 'sheetData')
      lastStart = tagStart(buf, bufStart, parser.position, tag.name);
  });
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (local === 'dimension' && !inSheetData) {
      dimensionStart = lastStart;
      hold = lastStart;
    } else if (local === 'col' && !inSheetData) {
      const style = Number(a.style ?? 0);
      if (style > 0) colStyles.push({ min: Number(a.min), max: Number(a.max), style });
    } else if (local === 'sheetData') {
      inSheetData = true;
      prefix = prefixOf(tag.name);
      sheetDataStart = lastStart;
    } else if (local === 'row' && inSheetData) {
      const r = Number(a.r);
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      const before: number[] = [];
      while (nextRow < patchRows.length && patchRows[nextRow] < row) before.push(patchRows[nextRow++]);
      if (before.length > 0) edits.push({ start: lastStart, end: lastStart, text: newRowsXml(before) });
      if (patchRows[nextRow] !== row) {
        if (nextRow >= patchRows.length) done = true;
      } else {
        nextRow++;
        const cols = [...(changes.get(row) as Map<number, CellChange>).keys()].sort((x, y) => x - y);
        const custom = a.customFormat === '1' || a.customFormat === 'true';
        active = {
          row,
          start: lastStart,
          style: custom ? Number(a.s ?? 0) : null,
          cols,
          next: 0,
          spansEdit: null,
        };
        hold = lastStart;
        const spans = /^(\d+):(\d+)$/.exec(a.spans ?? '');
        if (spans && (cols[0] < +spans[1] || cols[cols.length - 1] > +spans[2])) {
          const head = buf.slice(lastStart - bufStart, parser.position - bufStart);
          const grown = `${Math.min(+spans[1], cols[0])}:${Math.max(+spans[2], cols[cols.length - 1])}`;
          active.spansEdit = { start: lastStart, end: parser.position, text: withAttr(head, 'spans', grown) };
          edits.push(active.spansEdit);
        }
      }
    } else if (local === 'c' && active) {
      const c = a.r === undefined ? 0 : columnOf(a.r);
      col = c > 0 ? c : col + 1;
      const waiting: number[] = [];
      while (active.next < active.cols.length && active.cols[active.next] < col)
        waiting.push(active.cols[active.next++]);
      if (waiting.length > 0)
        edits.push({ start: lastStart, end: lastStart, text: cellsXml(active, waiting) });
      if (active.cols[active.next] === col) {
        active.next++;
        cell = { col, start: lastStart, openEnd: parser.position, s: Number(a.s ?? 0) || 0, formula: false };
      }
    } else if (local === 'c' && inSheetData) {
      const c = a.r === undefined ? 0 : columnOf(a.r);
      col = c > 0 ? c : col + 1;
    } else if (local === 'f' && cell) {
      cell.formula = true;
    }
  });
  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    if (local === 'dimension' && dimensionStart >= 0 && !inSheetData) {
      const text = buf.slice(dimensionStart - bufStart, parser.position - bufStart);
      const ref = /\sref\s*=\s*"([^"]*)"/.exec(text)?.[1];
      const grown = ref === undefined ? null : grownRange(ref, patchRows, allCols);
      if (grown !== null && tag.isSelfClosing)
        edits.push({ start: dimensionStart, end: parser.position, text: withAttr(text, 'ref', grown) });
      dimensionStart = -1;
      hold = null;
    } else if (local === 'c' && cell && active) {
      const change = changes.get(active.row)!.get(cell.col)!;
      const s = change.setFill ? styleFor(cell.s, change.fill ?? null) : cell.s;
      if (change.setValue && !cell.formula) {
        edits.push({
          start: cell.start,
          end: parser.position,
          text: cellXml(prefix, a1(active.row, cell.col), s, change.value),
        });
      } else if (s !== cell.s) {
        const head = buf.slice(cell.start - bufStart, cell.openEnd - bufStart);
        edits.push({ start: cell.start, end: cell.openEnd, text: withAttr(head, 's', String(s)) });
      }
      cell = null;
    } else if (local === 'row' && active) {
      const text = cellsXml(active, active.cols.slice(active.next));
      if (text !== '') {
        if (tag.isSelfClosing) {
          // `<row r="5"/>` becomes `<row r="5">…</row>` (with the grown spans, if any).
          const spansEdit = active.spansEdit;
          if (spansEdit) edits.splice(edits.indexOf(spansEdit), 1);
          const head = (
            spansEdit?.text ?? buf.slice(active.start - bufStart, parser.position - bufStart)
          ).replace(/\s*\/>$/, '>');
          edits.push({ start: active.start, end: parser.position, text: `${head}${text}</${tag.name}>` });
        } else {
          const close = bufStart + buf.lastIndexOf('</', parser.position - bufStart - 1);
          edits.push({ start: close, end: close, text });
        }
      }
      active = null;
      hold = null;
      if (nextRow >= patchRows.length) done = true;
    } else if (local === 'sheetData') {
      inSheetData = false;
      const rest = patchRows.slice(nextRow);
      nextRow = patchRows.length;
      if (rest.length > 0) {
        if (tag.isSelfClosing) {
          const head = buf
            .slice(sheetDataStart - bufStart, parser.position - bufStart)
            .replace(/\s*\/>$/, '>');
          edits.push({
            start: sheetDataStart,
            end: parser.position,
            text: `${head}${newRowsXml(rest)}</${tag.name}>`,
          });
        } else {
          const close = bufStart + buf.lastIndexOf('</', parser.position - bufStart - 1);
          edits.push({ start: close, end: close, text: newRowsXml(rest) });
        }
      }
      done = true;
    }
  });

  // Past the last change the rest of the part is copied as inflated bytes: no decoding, no parsing.
  let passthrough = false;
  const pieces = new Utf8Pieces();
  const feed = (text: string) => {
    buf += text;
    parser.write(text);
    if (done && hold === null) {
      flush(true);
      passthrough = true;
      buf = '';
      const rest = pieces.takeRest();
      if (rest) deflater.push(rest);
    } else {
      flush(false);
    }
  };
  inflateEntry(pkg, entry, (chunk) => {
    for (let i = 0; i < chunk.length; i += TEXT_PIECE) {
      const piece = chunk.subarray(i, i + TEXT_PIECE);
      if (passthrough) deflater.push(piece);
      else feed(pieces.push(piece));
    }
  });
  if (!passthrough) {
    const tail = pieces.end();
    if (tail !== '') feed(tail);
  }
  if (!passthrough) {
    parser.close();
    if (!done) throw new Error(`${entry.name} has no sheetData to write cells into`);
    flush(true);
  }
  return deflater.finish(entry.name);
}
