/**
 * Reading back cells we wrote, to check them before undo writes over them and after a rollback that
 * Excel refused: their `formulas` (what was typed or written, a text's apostrophe dropped) and fills,
 * by sheet id (ids survive renames). The sheets are looked up first, so a deleted sheet reads as missing
 * instead of failing the read.
 */
/* eslint-disable office-addins/call-sync-before-read --
   each request queues its loads and returns a function that reads them after readAll's sync (readBatches.ts) */
import { a1 } from '../../core/grid';
import { isSizeRefusal } from './errors';
import type { XlContext } from './excelApi';
import { FILL_PROPERTIES, fillFromCellProperties } from './fills';
import { queueListing } from './ledgerStore';
import type { LedgerListing } from './ledgerStore';
import { jsonBytes } from './payload';
import type { ReadRequest } from './readBatches';
import type { CellInput } from './writePlan';

export interface CellKey {
  /** Sheet id. */
  sheet: string;
  row: number;
  col: number;
}

export const cellKey = (c: CellKey) => `${c.sheet}\u0000${c.row}\u0000${c.col}`;

export interface CellState {
  /** What `formulas` returns: a formula's text, else the value ('' when empty). */
  input?: unknown;
  fill?: string | null;
}

/** Whether what Excel reads back is what an input written to the cell gives. */
export function holdsInput(read: unknown, input: CellInput): boolean {
  const want = typeof input === 'string' && input.startsWith("'") ? input.slice(1) : input;
  return read === want || (want === '' && (read === null || read === undefined));
}

export interface Readback {
  /** By cellKey; cells of missing sheets are absent. */
  cells: Map<string, CellState>;
  /** Sheet id → its current name, null when the sheet is gone. */
  names: Map<string, string | null>;
  listing: LedgerListing | null;
  /** Text of custom XML parts asked for, by id. */
  xml: Map<string, string>;
}

const FILL_BYTES = jsonBytes({
  format: { fill: { color: '#FFFFFF', pattern: null, patternColor: null, tintAndShade: -0.25 } },
});
const INPUT_BYTES = 64;

class CellRunRequest implements ReadRequest {
  readonly sheet: string;

  constructor(
    private readonly into: Readback,
    private readonly run: CellKey[],
    private readonly inputs: boolean,
    private readonly fills: boolean,
  ) {
    this.sheet = run[0].sheet;
  }

  estimate(): number {
    return 200 + this.run.length * ((this.inputs ? INPUT_BYTES : 0) + (this.fills ? FILL_BYTES : 0));
  }

  queue(context: XlContext): () => void {
    const first = this.run[0];
    const last = this.run[this.run.length - 1];
    const address =
      first.row === last.row
        ? a1(first.row, first.col)
        : `${a1(first.row, first.col)}:${a1(last.row, last.col)}`;
    const range = context.workbook.worksheets.getItem(this.sheet).getRange(address);
    if (this.inputs) range.load('formulas');
    const props = this.fills ? range.getCellProperties({ format: { fill: FILL_PROPERTIES } }) : null;
    return () => {
      this.run.forEach((cell, i) => {
        const state = this.into.cells.get(cellKey(cell)) ?? {};
        if (this.inputs) state.input = range.formulas[i][0];
        if (props) state.fill = fillFromCellProperties(props.value[i][0]);
        this.into.cells.set(cellKey(cell), state);
      });
    };
  }

  mayFailWith(error: unknown): boolean {
    return isSizeRefusal(error);
  }

  split(): ReadRequest[] | null {
    if (this.run.length < 2) return null;
    const mid = Math.ceil(this.run.length / 2);
    return [this.run.slice(0, mid), this.run.slice(mid)].map(
      (r) => new CellRunRequest(this.into, r, this.inputs, this.fills),
    );
  }

  giveUp(error: unknown): void {
    throw error;
  }
}

/** Sheet names, the ledger listing and XML texts first; then the cells of the sheets still there. */
class OutlineRequest implements ReadRequest {
  constructor(
    private readonly into: Readback,
    private readonly sheetIds: string[],
    private readonly withListing: boolean,
    private readonly xmlIds: string[],
    private readonly runs: CellRunRequest[],
  ) {}

  estimate(): number {
    return 2000 + this.sheetIds.length * 200 + this.xmlIds.length * 500_000;
  }

  queue(context: XlContext): () => ReadRequest[] {
    const sheets = this.sheetIds.map((id) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      return ws;
    });
    const listing = this.withListing ? queueListing(context) : null;
    const xml = this.xmlIds.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    return () => {
      sheets.forEach((ws, i) => this.into.names.set(this.sheetIds[i], ws.isNullObject ? null : ws.name));
      this.into.listing = listing ? listing() : null;
      xml.forEach((x, i) => this.into.xml.set(this.xmlIds[i], x.value));
      // A deleted sheet's ranges are not asked for at all.
      return this.runs.filter((r) => this.into.names.get(r.sheet) !== null);
    };
  }

  mayFailWith(): boolean {
    return false;
  }

  split(): null {
    return null;
  }

  giveUp(error: unknown): void {
    throw error;
  }
}

/**
 * Requests reading `cells` back (inputs and/or fills per cell), the sheets' names and, if asked, our
 * ledger's ids and the text of given XML parts.
 */
export function readbackRequests(
  into: Readback,
  cells: { key: CellKey; input: boolean; fill: boolean }[],
  ledger: { listing: boolean; xmlIds?: string[] } = { listing: false },
): ReadRequest[] {
  const sorted = [...cells].sort((a, b) =>
    a.key.sheet < b.key.sheet
      ? -1
      : a.key.sheet > b.key.sheet
        ? 1
        : a.key.col - b.key.col || a.key.row - b.key.row,
  );
  const runs: CellRunRequest[] = [];
  let run: typeof sorted = [];
  const flush = () => {
    if (run.length === 0) return;
    runs.push(
      new CellRunRequest(
        into,
        run.map((c) => c.key),
        run.some((c) => c.input),
        run.some((c) => c.fill),
      ),
    );
    run = [];
  };
  for (const c of sorted) {
    const prev = run[run.length - 1];
    if (
      prev &&
      !(prev.key.sheet === c.key.sheet && prev.key.col === c.key.col && c.key.row === prev.key.row + 1)
    )
      flush();
    run.push(c);
  }
  flush();
  const sheetIds = [...new Set(cells.map((c) => c.key.sheet))];
  return [new OutlineRequest(into, sheetIds, ledger.listing, ledger.xmlIds ?? [], runs)];
}

export function emptyReadback(): Readback {
  return { cells: new Map(), names: new Map(), listing: null, xml: new Map() };
}
