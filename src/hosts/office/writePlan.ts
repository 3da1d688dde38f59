/**
 * Cell and property changes as plain data, grouped into few Excel operations (consecutive cells of a
 * column become one range assignment), queued onto a context in a fixed order: cells, then fills,
 * then the ledger properties last, so a batch that fails part-way never leaves a ledger describing
 * marks that were not written. Chunked only when a batch would exceed Excel on the web's 5 MB
 * request limit.
 */
import { a1 } from '../../core/grid';
import type { XlContext, XlWorksheet } from './excelApi';
import { applyFill } from './fills';

export type CellInput = string | number | boolean;

/** One cell to change: `input` (what `Range.formulas` receives) and/or `fill`. */
export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  input?: CellInput;
  /** undefined leaves the fill; null clears it. */
  fill?: string | null;
}

export type WriteOp =
  | { kind: 'inputs'; sheet: string; address: string; inputs: CellInput[][] }
  | { kind: 'fill'; sheet: string; address: string; fill: string | null }
  | { kind: 'set-property'; key: string; value: string }
  | { kind: 'delete-property'; key: string };

/** Leave room under the 5 MB limit for the request envelope and object paths. */
export const MAX_BATCH_BYTES = 4_000_000;

function runs<T>(items: T[], sameRun: (prev: T, next: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && sameRun(last[last.length - 1], item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

function columnOrder(a: CellChange, b: CellChange): number {
  return a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1;
}

function rangeAddress(first: CellChange, last: CellChange): string {
  const start = a1(first.row, first.col);
  return first.row === last.row ? start : `${start}:${a1(last.row, last.col)}`;
}

const adjacent = (p: CellChange, n: CellChange) =>
  p.sheet === n.sheet && p.col === n.col && n.row === p.row + 1;

/** Cell changes → range operations: values first, then fills. Later changes to a cell win. */
export function planCellWrites(changes: CellChange[]): WriteOp[] {
  const byCell = new Map<string, CellChange>();
  for (const c of changes) {
    const key = `${c.sheet}\u0000${c.row}\u0000${c.col}`;
    const prev = byCell.get(key);
    byCell.set(key, {
      ...c,
      input: c.input !== undefined ? c.input : prev?.input,
      fill: c.fill !== undefined ? c.fill : prev?.fill,
    });
  }
  const cells = [...byCell.values()].sort(columnOrder);
  const ops: WriteOp[] = [];
  for (const run of runs(
    cells.filter((c) => c.input !== undefined),
    adjacent,
  )) {
    ops.push({
      kind: 'inputs',
      sheet: run[0].sheet,
      address: rangeAddress(run[0], run[run.length - 1]),
      inputs: run.map((c) => [c.input as CellInput]),
    });
  }
  for (const run of runs(
    cells.filter((c) => c.fill !== undefined),
    (p, n) => adjacent(p, n) && p.fill === n.fill,
  )) {
    ops.push({
      kind: 'fill',
      sheet: run[0].sheet,
      address: rangeAddress(run[0], run[run.length - 1]),
      fill: run[0].fill ?? null,
    });
  }
  return ops;
}

/** Property operations turning `before` into `after` (both: the keys we own and their values). */
export function planPropertyWrites(before: Record<string, string>, after: Record<string, string>): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [key, value] of Object.entries(after))
    if (before[key] !== value) ops.push({ kind: 'set-property', key, value });
  for (const key of Object.keys(before)) if (!(key in after)) ops.push({ kind: 'delete-property', key });
  return ops;
}

/** Rough request size of one operation: its data plus the object path Office sends with it. */
export function estimateBytes(op: WriteOp): number {
  const overhead = 200;
  switch (op.kind) {
    case 'inputs':
      return overhead + JSON.stringify(op.inputs).length * 2;
    case 'fill':
      return overhead + (op.fill?.length ?? 0);
    case 'set-property':
      return overhead + (op.key.length + op.value.length) * 2;
    case 'delete-property':
      return overhead + op.key.length;
  }
}

/** Split into batches under `maxBytes`, keeping the order. */
export function chunkOps(ops: WriteOp[], maxBytes: number = MAX_BATCH_BYTES): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = estimateBytes(op);
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Queue operations onto the context (nothing is sent until the caller syncs). */
export function queueOps(context: XlContext, ops: WriteOp[]): void {
  const { worksheets, properties } = context.workbook;
  const sheets = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = worksheets.getItem(name)));
    return ws;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'inputs':
        sheet(op.sheet).getRange(op.address).formulas = op.inputs;
        break;
      case 'fill':
        applyFill(sheet(op.sheet).getRange(op.address).format.fill, op.fill);
        break;
      case 'set-property':
        properties.custom.add(op.key, op.value);
        break;
      case 'delete-property':
        properties.custom.getItemOrNullObject(op.key).delete();
        break;
    }
  }
}

/** Cell operations and property operations, each in their original order. */
export function splitOps(ops: WriteOp[]): { cells: WriteOp[]; properties: WriteOp[] } {
  return {
    cells: ops.filter((op) => op.kind === 'inputs' || op.kind === 'fill'),
    properties: ops.filter((op) => op.kind === 'set-property' || op.kind === 'delete-property'),
  };
}

/** Distinct cells an operation list writes. */
export function countCells(changes: CellChange[]): number {
  return new Set(changes.map((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}`)).size;
}
