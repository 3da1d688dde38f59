/**
 * The workbook's labelled numbers, outside its scoring tables: a 基础数据表, a 预算执行率 block, any
 * block of labels and numbers. A number is labelled by the nearest text to its left (its row label)
 * and the nearest text above it (its column header), numbers and blanks between them skipped:
 * `编制数` over `45`, `三公经费 | 0.64 | 1.5 | 0.68` under `上年决算数 | 本年预算数 | 本年决算数`,
 * `实际在职人数：| 43`. Built only when a row first needs it.
 */
import Decimal from 'decimal.js';
import type { CellValue, WorkbookGrid } from '../grid';
import { a1 } from '../grid';
import { decimalIn } from '../table/numbers';
import { SheetView } from '../table/sheetView';
import { combine, fits, readLabel, type QuantityLabel } from './labels';

export interface DataCell {
  sheet: string;
  row: number;
  col: number;
  value: Decimal;
  /** `基础数据表!C4`. */
  address: string;
}

/** A region that is a scoring table, not data. */
export interface Area {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A label is short; a longer text is prose (a 指标解释), not the name of a number. */
const MAX_LABEL_LENGTH = 30;
/** How far a label may sit from its number (a data block is never this long between header and row). */
const MAX_LABEL_DISTANCE = 60;

interface Labelled extends DataCell {
  readings: QuantityLabel[];
}

export class WorkbookData {
  private cells: Labelled[] | null = null;

  constructor(
    private readonly grid: WorkbookGrid,
    private readonly tables: Area[],
  ) {}

  /** Every data cell whose labels fit the wanted quantity, in sheet order. */
  find(wanted: QuantityLabel): DataCell[] {
    this.cells ??= this.grid.sheets.flatMap((sheet) => this.labelled(new SheetView(sheet)));
    return this.cells
      .filter((c) => c.readings.some((r) => fits(wanted, r)))
      .map(({ sheet, row, col, value, address }) => ({ sheet, row, col, value, address }));
  }

  private labelled(view: SheetView): Labelled[] {
    const out: Labelled[] = [];
    const { name, rowCount } = view.sheet;
    const tables = this.tables.filter((t) => t.sheet === name);
    const labelText = (row: number, col: number): string | null => {
      const value = view.value(row, col);
      if (typeof value !== 'string') return null;
      const text = value.trim();
      return text === '' || numberIn(value) !== null ? null : text;
    };
    for (let row = 1; row <= rowCount; row++) {
      const line = view.sheet.cells[row - 1];
      if (!line) continue;
      const across = tables.filter((t) => row >= t.top && row <= t.bottom);
      for (let col = 1; col <= line.length; col++) {
        const value = numberIn(line[col - 1]?.value);
        if (value === null || across.some((t) => col >= t.left && col <= t.right)) continue;
        const rowLabel = nearest(
          col,
          (c) => labelText(row, c),
          (c) => view.master(row, c).col,
        );
        const header = nearest(
          row,
          (r) => labelText(r, col),
          (r) => view.master(r, col).row,
        );
        const readings = readingsOf(rowLabel, header);
        if (readings.length > 0)
          out.push({ sheet: name, row, col, value, address: `${name}!${a1(row, col)}`, readings });
      }
    }
    return out;
  }
}

/** A number in a data cell: a number, or a short text that is only a number (`45`, `１２.５`). */
function numberIn(value: CellValue | undefined): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value) : null;
  // A long text is prose, never a number: skip normalising it.
  return typeof value === 'string' && value.length <= 24 ? decimalIn(value) : null;
}

/** The first text before `from` (leftwards or upwards), past numbers and blanks; null when it is prose or there is none. */
function nearest(
  from: number,
  textAt: (i: number) => string | null,
  masterOf: (i: number) => number,
): string | null {
  for (let i = from - 1; i >= Math.max(1, from - MAX_LABEL_DISTANCE); i--) {
    // A cell inside the same merge as the number is the number itself.
    if (masterOf(i) === masterOf(from)) continue;
    const text = textAt(i);
    if (text === null) continue;
    return text.length <= MAX_LABEL_LENGTH ? text : null;
  }
  return null;
}

/**
 * How the number can be read. Both labels together when they agree; the row label alone when the
 * header says neither a measure nor a year (it heads another block); the header alone only when the
 * row has no label (a header row over one data row).
 */
function readingsOf(rowText: string | null, headerText: string | null): QuantityLabel[] {
  const row = rowText === null ? null : readLabel(rowText);
  const header = headerText === null ? null : readLabel(headerText);
  const usable = (l: (QuantityLabel & { conflict: boolean }) | null) => (l && !l.conflict ? l : null);
  const r = usable(row);
  const h = usable(header);
  const out: QuantityLabel[] = [];
  if (r && h) {
    const both = combine(r, h);
    if (both) out.push(both);
    if (!both || (h.measure === null && h.period === null)) out.push(r);
  } else if (r && !header) {
    out.push(r);
  } else if (h && !row) {
    out.push(h);
  }
  return out;
}
