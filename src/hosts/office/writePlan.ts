/**
 * Cell, ledger and property changes as plain data, grouped into few Excel operations (consecutive cells
 * of a column become one range assignment), queued onto a context in a fixed order: cells, then fills,
 * then the ledger (our XML part, then dropping the old ledger properties) last, so a batch that fails
 * part-way never leaves a ledger describing marks that were not written. Split into several syncs only
 * when a batch would pass Excel on the web's 5 MB request limit, sized in UTF-8 bytes of the JSON request
 * (./payload.ts): a Chinese character is 3 bytes, and every range costs object paths and actions.
 */
import { a1 } from '../../core/grid';
import type { XlContext, XlWorksheet } from './excelApi';
import { applyFill, fillActions } from './fills';
import { SYNC_BUDGET_BYTES, jsonBytes, utf8Bytes } from './payload';

export type CellInput = string | number | boolean;

/** One cell to change: `input` (what `Range.formulas` receives) and/or `fill`. */
export interface CellChange {
  /** The sheet's id (it survives renames); Excel's getItem takes an id or a name. */
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
  | { kind: 'xml-set'; id: string; xml: string }
  | { kind: 'xml-add'; xml: string }
  | { kind: 'xml-delete'; id: string }
  | { kind: 'set-property'; key: string; value: string }
  | { kind: 'delete-property'; key: string };

/**
 * Fixed request costs, a little above what the JSON of Office's object paths and actions takes
 * (`{"Id":7,"ObjectPathType":3,"Name":"getRange","ParentObjectPathId":6,"ArgumentInfo":{…}}`).
 */
const PATH_BYTES = 120;
const ACTION_BYTES = 110;
/** One range assignment carries at most this much, so a long column of long notes is several operations. */
const MAX_OP_BYTES = 500_000;

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
  // Runs of a column, each at most MAX_OP_BYTES of input.
  const inputRuns: CellChange[][] = [];
  let runBytes = 0;
  for (const c of cells.filter((x) => x.input !== undefined)) {
    const bytes = jsonBytes(c.input);
    const run = inputRuns[inputRuns.length - 1];
    if (run && adjacent(run[run.length - 1], c) && runBytes + bytes <= MAX_OP_BYTES) {
      run.push(c);
      runBytes += bytes;
    } else {
      inputRuns.push([c]);
      runBytes = bytes;
    }
  }
  for (const run of inputRuns) {
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

/** Request bytes of one operation: its object paths, its actions and their JSON arguments in UTF-8. */
export function requestBytes(op: WriteOp): number {
  switch (op.kind) {
    case 'inputs':
      return 2 * PATH_BYTES + utf8Bytes(op.sheet + op.address) + ACTION_BYTES + jsonBytes(op.inputs);
    case 'fill':
      return 3 * PATH_BYTES + utf8Bytes(op.sheet + op.address) + fillActions(op.fill) * (ACTION_BYTES + 24);
    case 'xml-set':
      return PATH_BYTES + utf8Bytes(op.id) + ACTION_BYTES + jsonBytes(op.xml);
    case 'xml-add':
      return PATH_BYTES + ACTION_BYTES + jsonBytes(op.xml);
    case 'xml-delete':
      return PATH_BYTES + utf8Bytes(op.id) + ACTION_BYTES;
    case 'set-property':
      return ACTION_BYTES + jsonBytes([op.key, op.value]);
    case 'delete-property':
      return PATH_BYTES + utf8Bytes(op.key) + ACTION_BYTES;
  }
}

/** Split into batches under `maxBytes` of request, keeping the order. */
export function chunkOps(ops: WriteOp[], maxBytes: number = SYNC_BUDGET_BYTES): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = requestBytes(op);
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
  const { worksheets, properties, customXmlParts } = context.workbook;
  const sheets = new Map<string, XlWorksheet>();
  const sheet = (key: string): XlWorksheet => {
    let ws = sheets.get(key);
    if (!ws) sheets.set(key, (ws = worksheets.getItem(key)));
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
      case 'xml-set':
        customXmlParts.getItem(op.id).setXml(op.xml);
        break;
      case 'xml-add':
        customXmlParts.add(op.xml);
        break;
      case 'xml-delete':
        customXmlParts.getItem(op.id).delete();
        break;
      case 'set-property':
        properties.custom.add(op.key, op.value);
        break;
      case 'delete-property':
        properties.custom.getItem(op.key).delete();
        break;
    }
  }
}

/** Whether an operation changes cells (as opposed to the ledger and properties). */
export function isCellOp(op: WriteOp): boolean {
  return op.kind === 'inputs' || op.kind === 'fill';
}
