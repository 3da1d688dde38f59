/**
 * Reads what the core needs within Excel on the web's 5 MB per response (./payload.ts):
 *
 * 1. One sync for the outline: every sheet's id, name, protection and used range (the sheet list is not
 *    known before a sync, so we walk `getFirst()` → `getNextOrNullObject()` proxies, 40 at a time), the ids
 *    of our ledger parts and the custom properties.
 * 2. When everything fits one response by estimate (an ordinary workbook): values, formulas, number
 *    formats, fills (and, on protected sheets, which cells are locked), merged areas and the ledger XML of
 *    every sheet, in one more sync.
 *    Otherwise the values of every sheet in row blocks, smallest sheets first, as many syncs as their
 *    measured size needs; as soon as a sheet's values are in and it holds a table (the core's
 *    `sheetsWithTables`) or marks named in our ledger, the rest of it joins the following syncs.
 *
 * Sizes are estimated from bytes measured on what was already read (a default before that); a sync Excel
 * refuses anyway is asked again in smaller pieces (./readBatches.ts). Merged areas come per block of rows
 * holding fewer than 512 of them, as `getMergedAreasOrNullObject` fails above 512 and returns only areas
 * whose top-left cell is in the range (https://github.com/OfficeDev/office-js/issues/3611).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   each request queues its loads and returns a function that reads them after readAll's sync (readBatches.ts) */
import { sheetsWithTables } from '../../core';
import { a1, parseA1 } from '../../core/grid';
import type { CellValue, GridCell, MergedArea, SheetGrid, WorkbookGrid } from '../../core/grid';
import { isSizeRefusal, officeCode, unreadableError } from './errors';
import type { XlCellProperties, XlContext, XlWorksheet } from './excelApi';
import { FILL_PROPERTIES, fillFromCellProperties } from './fills';
import { queueStoredIds, readLedger } from './ledgerStore';
import type { StoredLedger } from './ledgerStore';
import { SYNC_BUDGET_BYTES, jsonBytes, utf8Bytes } from './payload';
import { readAll } from './readBatches';
import type { ReadRequest } from './readBatches';

export interface ReadBounds {
  /** Rows and columns read per sheet (a sheet of 100,000 formatted rows is cut here, as in the xlsx host). */
  rows: number;
  columns: number;
  /** Sheets outlined per sync. */
  sheetsPerSync: number;
}

export const READ_BOUNDS: ReadBounds = { rows: 20_000, columns: 256, sheetsPerSync: 40 };

/** 1-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetMeta {
  id: string;
  name: string;
  protected: boolean;
  allowFormatCells: boolean;
  /** What is read: the used range within the bounds, plus one column for a 扣分说明 column the core may add. */
  area: Area | null;
  truncated: boolean;
}

export interface SheetSnapshot extends SheetMeta {
  grid: SheetGrid;
  /** Formula text of formula cells by A1, so undo can put formulas back. */
  formulas: Map<string, string>;
  /** On protected sheets: A1 of the cells that are not locked. */
  unlocked: Set<string>;
  /** Formulas, formats, fills and merged areas were read (a sheet with a table, or a small workbook). */
  detailed: boolean;
}

export interface WorkbookSnapshot {
  grid: WorkbookGrid;
  /** By sheet name. */
  sheets: Map<string, SheetSnapshot>;
  ledger: StoredLedger;
  /** Merged areas could not be read (before ExcelApi 1.13, or Excel refused a block). */
  mergesUnread: boolean;
}

export interface WorkbookReadOptions {
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`. */
  readMerges: boolean;
  bounds?: ReadBounds;
  /** After each sync (progress). */
  onSync?: () => void;
}

type Prop = 'values' | 'formulas' | 'numberFormat' | 'cellProperties';
type Loaded = Exclude<Prop, 'cellProperties'>;

/**
 * Bytes a cell takes in a response before we measured any: a short text or number, `"General",`, and
 * a fill as getCellProperties reports one (no fill and solid fills read the same length; the locked
 * state of protected sheets comes on top).
 */
const DEFAULT_BYTES: Record<Prop, number> = {
  values: 16,
  formulas: 16,
  numberFormat: 10,
  cellProperties:
    jsonBytes({
      format: { fill: { color: '#FFFFFF', pattern: null, patternColor: null, tintAndShade: null } },
    }) + 8,
};
/** Measured rates get this margin: later rows may hold longer texts than the rows measured. */
const MEASURED_MARGIN = 1.1;
const PROTECTION_BYTES = jsonBytes({ protection: { locked: false, formulaHidden: false } }) + 1;
/** A request's own share of the response. */
const REQUEST_BYTES = 200;
/** Blocks are planned this small so that syncs can be packed closely to the budget. */
const PLANNED_BLOCK_BYTES = 250_000;
/** getMergedAreasOrNullObject fails above 512 areas; a block is planned to hold at most this many. */
const MERGED_AREAS_PER_BLOCK = 511;
const MERGE_STRIP_COLUMNS = 200;
/** We cannot know a part's size before reading it; a larger one takes a sync of its own. */
const XML_ESTIMATE = 500_000;

function rangeAddress(area: Area): string {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}

function cellCount(area: Area | null): number {
  return area ? cellsOf(area) : 0;
}

function cellsOf(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Halves of an area: by rows while it has several, else by columns; null for a single cell. */
function halves(area: Area): [Area, Area] | null {
  if (area.bottom > area.top) {
    const mid = Math.floor((area.top + area.bottom) / 2);
    return [
      { ...area, bottom: mid },
      { ...area, top: mid + 1 },
    ];
  }
  if (area.right > area.left) {
    const mid = Math.floor((area.left + area.right) / 2);
    return [
      { ...area, right: mid },
      { ...area, left: mid + 1 },
    ];
  }
  return null;
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** `Sheet1!A1:B3,'My, Sheet'!C5` → merged areas; parts without a cell address are skipped. */
function parseMergedAddress(address: string): MergedArea[] {
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

/** One sheet as it is read, block by block. */
class SheetBuilder {
  readonly cells: (GridCell | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  readonly unlocked = new Set<string>();
  readonly merges: MergedArea[] = [];
  detailed = false;
  mergesUnread = false;
  /** Values blocks not read yet, and what to ask for once they all are. */
  private valuesPending = 0;
  whenValuesRead: (() => ReadRequest[]) | null = null;
  private readonly measured: Record<Prop, { bytes: number; cells: number }> = {
    values: { bytes: 0, cells: 0 },
    formulas: { bytes: 0, cells: 0 },
    numberFormat: { bytes: 0, cells: 0 },
    cellProperties: { bytes: 0, cells: 0 },
  };

  constructor(readonly meta: SheetMeta) {}

  /** Expected response bytes per cell of a property: measured on this sheet when we can. */
  rate(prop: Prop): number {
    const m = this.measured[prop];
    if (m.cells > 0) return (m.bytes / m.cells) * MEASURED_MARGIN;
    // A formula-less cell's formula is its value: the values measured say what formulas will cost.
    if (prop === 'formulas' && this.measured.values.cells > 0) return this.rate('values');
    return DEFAULT_BYTES[prop];
  }

  record(prop: Prop, data: unknown[][]): void {
    this.measured[prop].bytes += jsonBytes(data);
    this.measured[prop].cells += data.length * (data[0]?.length ?? 0);
  }

  private cell(row: number, col: number): GridCell {
    const cells = (this.cells[row - 1] ??= []);
    return (cells[col - 1] ??= { value: null });
  }

  private each<T>(area: Area, data: T[][], visit: (row: number, col: number, item: T) => void): void {
    data.forEach((items, i) => items.forEach((item, j) => visit(area.top + i, area.left + j, item)));
  }

  /** A values block was read (-1: one block became two); once all are, what the sheet's values call for. */
  valuesRead(parts = 1): ReadRequest[] {
    this.valuesPending -= parts;
    return this.valuesPending === 0 && this.whenValuesRead ? this.whenValuesRead() : [];
  }

  take(
    area: Area,
    loaded: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][] },
  ): void {
    if (loaded.values) {
      this.record('values', loaded.values);
      this.each(area, loaded.values, (r, c, v) => {
        const value = toCellValue(v);
        if (value !== null) this.cell(r, c).value = value;
      });
    }
    if (loaded.numberFormat) {
      this.record('numberFormat', loaded.numberFormat);
      this.each(area, loaded.numberFormat, (r, c, f) => {
        if (typeof f === 'string' && f !== 'General' && f !== '') this.cell(r, c).format = f;
      });
    }
    if (loaded.formulas) {
      this.record('formulas', loaded.formulas);
      this.each(area, loaded.formulas, (r, c, f) => {
        // Text typed as '=… comes back from `formulas` without its apostrophe, the same as its value;
        // a formula's text differs from its value (`=1+1` → 2, `="=x"` → =x).
        if (typeof f !== 'string' || !f.startsWith('=') || f === this.cells[r - 1]?.[c - 1]?.value) return;
        this.cell(r, c).formula = true;
        this.formulas.set(a1(r, c), f);
      });
    }
  }

  takeCellProperties(area: Area, props: XlCellProperties[][]): void {
    this.record('cellProperties', props);
    this.each(area, props, (r, c, p) => {
      const fill = fillFromCellProperties(p);
      if (fill !== null) this.cell(r, c).fill = fill;
      if (p.format?.protection?.locked === false) this.unlocked.add(a1(r, c));
    });
  }

  emptiesInRow(row: number, left: number, right: number): number {
    let n = 0;
    const cells = this.cells[row - 1];
    for (let c = left; c <= right; c++) if ((cells?.[c - 1]?.value ?? null) === null) n++;
    return n;
  }

  /** Requests for one pass over the sheet's area. */
  requests(pass: 'full' | 'values' | 'detail', readMerges: boolean): ReadRequest[] {
    const area = this.meta.area;
    if (!area) return [];
    const props: Loaded[] =
      pass === 'full'
        ? ['values', 'formulas', 'numberFormat']
        : pass === 'values'
          ? ['values']
          : ['formulas', 'numberFormat'];
    const fills = pass !== 'values';
    const protection = fills && this.meta.protected;
    const perCell = cellBytes(this, props, fills, protection);
    const cols = area.right - area.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(PLANNED_BLOCK_BYTES / (perCell * cols)));
    const out: ReadRequest[] = [];
    for (let top = area.top; top <= area.bottom; top += rowsPerBlock)
      out.push(
        new CellsRequest(
          this,
          { ...area, top, bottom: Math.min(area.bottom, top + rowsPerBlock - 1) },
          props,
          fills,
          protection,
        ),
      );
    if (pass === 'values') this.valuesPending = out.length;
    if (fills && readMerges)
      for (const block of this.mergeBlocks(pass === 'detail')) out.push(new MergesRequest(this, block));
    return out;
  }

  /**
   * Blocks holding fewer than 512 merged areas. Areas are counted by their top-left cell: unknown values
   * allow as many as the block has cells. Known values allow fewer: an area's other cells are empty, so
   * each area has an empty cell of the block to itself, unless it leaves the block at its last row or
   * column — at most (empty cells + rows + columns).
   */
  private mergeBlocks(valuesKnown: boolean): Area[] {
    const area = this.meta.area as Area;
    const blocks: Area[] = [];
    for (let left = area.left; left <= area.right; left += MERGE_STRIP_COLUMNS) {
      const right = Math.min(area.right, left + MERGE_STRIP_COLUMNS - 1);
      const cols = right - left + 1;
      let top = area.top;
      let count = valuesKnown ? cols : 0;
      for (let row = area.top; row <= area.bottom; row++) {
        const add = valuesKnown ? this.emptiesInRow(row, left, right) + 1 : cols;
        if (row > top && count + add > MERGED_AREAS_PER_BLOCK) {
          blocks.push({ top, left, bottom: row - 1, right });
          top = row;
          count = valuesKnown ? cols : 0;
        }
        count += add;
      }
      blocks.push({ top, left, bottom: area.bottom, right });
    }
    return blocks;
  }

  snapshot(): SheetSnapshot {
    return {
      ...this.meta,
      grid: this.grid(),
      formulas: this.formulas,
      unlocked: this.unlocked,
      detailed: this.detailed,
    };
  }

  grid(): SheetGrid {
    const area = this.meta.area;
    const rowCount = area?.bottom ?? 0;
    for (let r = 0; r < rowCount; r++) this.cells[r] ??= [];
    const grid: SheetGrid = {
      name: this.meta.name,
      rowCount,
      colCount: area?.right ?? 0,
      cells: this.cells,
      merges: this.merges,
    };
    if (this.meta.truncated) grid.truncated = true;
    return grid;
  }
}

/** Expected response bytes per cell of a block. */
function cellBytes(sheet: SheetBuilder, props: Loaded[], fills: boolean, protection: boolean): number {
  const cellProperties =
    fills || protection ? sheet.rate('cellProperties') + (protection ? PROTECTION_BYTES : 0) : 0;
  return props.reduce((n, p) => n + sheet.rate(p), 0) + cellProperties;
}

class CellsRequest implements ReadRequest {
  constructor(
    private readonly sheet: SheetBuilder,
    private readonly area: Area,
    private readonly props: Loaded[],
    private readonly fills: boolean,
    private readonly protection: boolean,
  ) {}

  estimate(): number {
    return (
      REQUEST_BYTES + cellsOf(this.area) * cellBytes(this.sheet, this.props, this.fills, this.protection)
    );
  }

  queue(context: XlContext): () => ReadRequest[] {
    const range = context.workbook.worksheets.getItem(this.sheet.meta.id).getRange(rangeAddress(this.area));
    // The names are always given; the rule cannot see through the join.
    // eslint-disable-next-line office-addins/no-empty-load
    if (this.props.length > 0) range.load(this.props.join(','));
    const properties =
      this.fills || this.protection
        ? range.getCellProperties({
            format: {
              ...(this.fills ? { fill: FILL_PROPERTIES } : {}),
              ...(this.protection ? { protection: true } : {}),
            },
          })
        : null;
    return () => {
      const has = (p: Loaded) => this.props.includes(p);
      this.sheet.take(this.area, {
        values: has('values') ? range.values : undefined,
        formulas: has('formulas') ? range.formulas : undefined,
        numberFormat: has('numberFormat') ? range.numberFormat : undefined,
      });
      // A ClientResult is filled by the sync itself; it has no load().

      if (properties) this.sheet.takeCellProperties(this.area, properties.value);
      return this.valuesOnly() ? this.sheet.valuesRead() : [];
    };
  }

  private valuesOnly(): boolean {
    return this.props.length === 1 && this.props[0] === 'values' && !this.fills;
  }

  mayFailWith(error: unknown): boolean {
    return isSizeRefusal(error);
  }

  split(): ReadRequest[] | null {
    const parts = halves(this.area);
    return (
      parts && parts.map((a) => new CellsRequest(this.sheet, a, this.props, this.fills, this.protection))
    );
  }

  giveUp(error: unknown): void {
    throw unreadableError(this.sheet.meta.name, rangeAddress(this.area), error);
  }
}

class MergesRequest implements ReadRequest {
  constructor(
    private readonly sheet: SheetBuilder,
    private readonly area: Area,
  ) {}

  estimate(): number {
    // Most blocks hold few merges (one area per 40 cells is generous for a 评分表); a response too large
    // for the limit is refused and asked again in halves.
    const areas = Math.min(MERGED_AREAS_PER_BLOCK, Math.ceil(cellsOf(this.area) / 40));
    return REQUEST_BYTES + areas * (utf8Bytes(this.sheet.meta.name) + 16);
  }

  queue(context: XlContext): () => void {
    const areas = context.workbook.worksheets
      .getItem(this.sheet.meta.id)
      .getRange(rangeAddress(this.area))
      .getMergedAreasOrNullObject();
    areas.load('address');
    return () => {
      if (!areas.isNullObject) this.sheet.merges.push(...parseMergedAddress(areas.address));
    };
  }

  mayFailWith(error: unknown): boolean {
    return officeCode(error) !== 'InvalidOperationInCellEditMode';
  }

  split(): ReadRequest[] | null {
    const parts = halves(this.area);
    return parts && parts.map((a) => new MergesRequest(this.sheet, a));
  }

  giveUp(): void {
    this.sheet.mergesUnread = true;
  }
}

class XmlRequest implements ReadRequest {
  constructor(private readonly part: { id: string; xml: string | null }) {}

  estimate(): number {
    return XML_ESTIMATE;
  }

  queue(context: XlContext): () => void {
    const xml = context.workbook.customXmlParts.getItem(this.part.id).getXml();
    return () => {
      this.part.xml = xml.value;
    };
  }

  mayFailWith(error: unknown): boolean {
    return isSizeRefusal(error);
  }

  split(): null {
    return null;
  }

  giveUp(): void {
    this.part.xml = null; // reported to the core as a ledger that could not be read
  }
}

interface PendingMeta {
  sheet: XlWorksheet;
  used: ReturnType<XlWorksheet['getUsedRangeOrNullObject']>;
}

function queueMeta(sheet: XlWorksheet): PendingMeta {
  sheet.load('name,id');
  sheet.protection.load('protected,options');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return { sheet, used };
}

function finishMeta({ sheet, used }: PendingMeta, bounds: ReadBounds): SheetMeta {
  const meta: SheetMeta = {
    id: sheet.id,
    name: sheet.name,
    protected: sheet.protection.protected,
    allowFormatCells: sheet.protection.options.allowFormatCells === true,
    area: null,
    truncated: false,
  };
  if (used.isNullObject) return meta;
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const bottom = used.rowIndex + used.rowCount;
  const right = used.columnIndex + used.columnCount;
  meta.truncated = bottom > bounds.rows || right > bounds.columns;
  if (top <= bounds.rows && left <= bounds.columns) {
    meta.area = {
      top,
      left,
      bottom: Math.min(bottom, bounds.rows),
      right: Math.min(right, bounds.columns) + 1,
    };
  }
  return meta;
}

/** Step 1: the outline (one sync per `sheetsPerSync` sheets). */
async function readOutline(
  context: XlContext,
  bounds: ReadBounds,
  onSync?: () => void,
): Promise<{ sheets: SheetMeta[]; ledger: StoredLedger }> {
  const worksheets = context.workbook.worksheets;
  const count = worksheets.getCount();
  const stored = queueStoredIds(context);
  const sheets: SheetMeta[] = [];
  const walk = async (first: XlWorksheet): Promise<void> => {
    const pending: PendingMeta[] = [];
    let cursor = first;
    for (let i = 0; i < bounds.sheetsPerSync; i++) {
      if (i > 0) cursor = cursor.getNextOrNullObject();
      pending.push(queueMeta(cursor));
    }
    await context.sync();
    onSync?.();
    const sheetCount = count.value;
    for (const p of pending.slice(0, Math.max(0, sheetCount - sheets.length)))
      sheets.push(finishMeta(p, bounds));
    // Rare: more sheets than one batch holds; continue from the last real sheet.
    if (sheets.length < sheetCount) await walk(cursor.getNextOrNullObject());
  };
  await walk(worksheets.getFirst());
  const { partIds, legacy } = stored();
  return { sheets, ledger: { parts: partIds.map((id) => ({ id, xml: null })), legacy } };
}

function ledgerSheets(stored: StoredLedger): string[] {
  return Object.keys(readLedger(stored).ledger.cells).map((key) => key.slice(0, key.lastIndexOf('!')));
}

export async function readWorkbook(
  context: XlContext,
  options: WorkbookReadOptions,
): Promise<WorkbookSnapshot> {
  const bounds = options.bounds ?? READ_BOUNDS;
  const { sheets, ledger } = await readOutline(context, bounds, options.onSync);
  const builders = sheets.map((meta) => new SheetBuilder(meta));
  const xml = ledger.parts.map((part) => new XmlRequest(part));
  const full = builders.flatMap((b) => b.requests('full', options.readMerges));
  const read = (requests: ReadRequest[]) => readAll(context, requests, { onSync: options.onSync });

  // The ledger's size is unknown until read: it joins whichever way the cells are read.
  if (full.reduce((n, r) => n + r.estimate(), 0) <= SYNC_BUDGET_BYTES) {
    await read([...xml, ...full]);
    for (const b of builders) b.detailed = true;
  } else {
    // Values first, smallest sheets first; a sheet whose values are all read and that holds a table (or
    // marks of ours, named in the ledger read before it) asks for the rest at once, in the next syncs.
    const ordered = [...builders].sort((a, b) => cellCount(a.meta.area) - cellCount(b.meta.area));
    for (const b of ordered) {
      b.whenValuesRead = () => {
        const ours = new Set(ledgerSheets(ledger));
        if (!ours.has(b.meta.name) && sheetsWithTables({ sheets: [b.grid()] }).length === 0) return [];
        b.detailed = true;
        return b.requests('detail', options.readMerges);
      };
    }
    await read([...xml, ...ordered.flatMap((b) => b.requests('values', false))]);
  }

  const snapshots = builders.map((b) => b.snapshot());
  return {
    grid: { sheets: snapshots.map((s) => s.grid) },
    sheets: new Map(snapshots.map((s) => [s.name, s])),
    ledger,
    mergesUnread: !options.readMerges || builders.some((b) => b.mergesUnread),
  };
}
