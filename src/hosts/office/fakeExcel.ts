/**
 * An in-memory Excel that implements exactly the API slice in excelApi.ts, with Office's batch
 * semantics: operations queue on proxies and run in order at `context.sync()` (a failing one stops the
 * batch and keeps what ran before it); reading a property that was not loaded and synced throws
 * `PropertyNotLoaded`; `*OrNullObject` proxies and everything chained from them are null objects when
 * the target does not exist; assigned strings are parsed like typed input (`95%` → 0.95, `'95%` stays
 * text). It counts syncs, can simulate cell edit mode, protected sheets, payload limits and a failing
 * sync, and reports its state back as a WorkbookGrid + custom properties (the browser preview renders
 * that and turns it into a file).
 */
import { a1, parseA1 } from '../../core/grid';
import type { CellValue, GridCell, MergedArea, SheetGrid, WorkbookGrid } from '../../core/grid';
import type {
  ExcelRun,
  IsSetSupported,
  XlCellProperties,
  XlCellPropertiesLoad,
  XlClientResult,
  XlContext,
  XlCustomProperty,
  XlCustomPropertyCollection,
  XlDocumentSettings,
  XlRange,
  XlRangeAreas,
  XlRangeFill,
  XlRangeFormat,
  XlRunOptions,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from './excelApi';
import { patternOf } from './fills';

/** An error shaped like `OfficeExtension.Error`: the adapter looks at `code`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface FakeCell {
  value: CellValue;
  formula?: string;
  format?: string;
  /** Grid fill string: `#RRGGBB`, an `xl-fill:` pattern token, or absent for no fill. */
  fill?: string;
}

interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergedArea[];
  protected: boolean;
}

interface RangeRef {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeExcelOptions {
  /** Document custom properties (string values). */
  customProperties?: Record<string, string>;
  /** Formula text per `Sheet!A1` for cells the grid marks `formula: true`. */
  formulas?: Record<string, string>;
  protectedSheets?: string[];
  /** Highest ExcelApi version supported (merged areas need 1.13). */
  apiVersion?: string;
  /** Excel on the web rejects larger requests/responses (bytes); unlimited when absent. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** Whether `delayForCellEdit` is honoured (ExcelApi 1.11); otherwise edit mode fails every sync. */
  delayForCellEdit?: boolean;
  /** Initial `Office.context.document.settings` entries. */
  settings?: Record<string, unknown>;
}

export interface FakeFailure {
  /** Operations of that sync that run before the failure. */
  afterOps: number;
  code: string;
  message?: string;
}

const key = (row: number, col: number) => `${row},${col}`;

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function parseRangeAddress(address: string): Omit<RangeRef, 'sheet'> {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  const s = parseA1(from);
  const e = parseA1(to);
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function refAddress(ref: RangeRef): string {
  const start = a1(ref.top, ref.left);
  const end = a1(ref.bottom, ref.right);
  return `${quoteSheet(ref.sheet.name)}!${start === end ? start : `${start}:${end}`}`;
}

const FULL_WIDTH = /[０-９．＋－％]/g;
function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Evaluate the literal formulas this fake writes for formula cells it has no text for. */
function literalFormulaValue(formula: string): CellValue {
  const num = /^=(-?\d+(?:\.\d+)?)$/.exec(formula);
  if (num) return Number(num[1]);
  const str = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (str) return str[1].replace(/""/g, '"');
  if (formula === '=TRUE' || formula === '=FALSE') return formula === '=TRUE';
  return null;
}

function literalFormula(value: CellValue): string {
  if (value === null) return '=""';
  if (typeof value === 'string') return `="${value.replace(/"/g, '""')}"`;
  return `=${String(value).toUpperCase()}`;
}

interface QueuedOp {
  run: () => void;
  /** Request payload this operation adds. */
  bytes: number;
}

/**
 * One request context: proxies queue operations here; each sync takes the queue. Null-ness of
 * *OrNullObject proxies is decided at the sync after they were created.
 */
class Session {
  private ops: QueuedOp[] = [];
  private nullables: FakeProxy<unknown>[] = [];
  /** Response payload of the sync being executed. */
  responseBytes = 0;

  constructor(readonly excel: FakeExcel) {}

  queue(run: () => void, bytes = 60): void {
    this.ops.push({ run, bytes });
  }

  watchNull(proxy: FakeProxy<unknown>): void {
    this.nullables.push(proxy);
  }

  get pending(): number {
    return this.ops.length;
  }

  take(): { ops: QueuedOp[]; nullables: FakeProxy<unknown>[] } {
    const taken = { ops: this.ops, nullables: this.nullables };
    this.ops = [];
    this.nullables = [];
    this.responseBytes = 0;
    return taken;
  }
}

/** Base of every proxy: lazy resolution of its target, loaded properties, null-object state. */
abstract class FakeProxy<T> {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly batch: Session,
    private readonly resolver: () => T | null,
    /** Created by an *OrNullObject method (or chained from one). */
    readonly nullable: boolean,
  ) {
    if (nullable) batch.watchNull(this as FakeProxy<unknown>);
  }

  /** The target at the current point of the batch; a missing non-nullable target is an error. */
  target(): T | null {
    const t = this.resolver();
    if (t === null && !this.nullable)
      throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    return t;
  }

  /** For derived proxies: resolve or propagate null. */
  protected resolveChild<U>(make: (t: T) => U | null): () => U | null {
    return () => {
      const t = this.target();
      return t === null ? null : make(t);
    };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      if (!this.nullable) return false;
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is available after context.sync().');
    }
    return this.nullState;
  }

  decideNull(): void {
    try {
      this.nullState = this.resolver() === null;
    } catch {
      this.nullState = true;
    }
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queue a load of the comma-separated names; `values` reads them from the target at that point. */
  protected queueLoad(names: string, values: (target: T, name: string) => unknown): void {
    const list = names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    this.batch.queue(() => {
      const t = this.target();
      if (t === null) return;
      for (const name of list) {
        const v = values(t, name);
        this.batch.responseBytes += JSON.stringify(v ?? null).length;
        this.loaded.set(name, v);
      }
    });
  }
}

class FakeClientResult<T> implements XlClientResult<T> {
  private settled = false;
  private computed: T | undefined;

  constructor(batch: Session, compute: () => T) {
    batch.queue(() => {
      this.computed = compute();
      this.settled = true;
      batch.responseBytes += JSON.stringify(this.computed ?? null).length;
    });
  }

  get value(): T {
    if (!this.settled)
      throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is available after context.sync().');
    return this.computed as T;
  }
}

class FakeFill implements XlRangeFill {
  constructor(private readonly range: FakeRange) {}
  get color(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.fill.color is not loaded by this adapter.');
  }
  set color(color: string) {
    this.range.queueFill(() => color.toUpperCase());
  }
  get pattern(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.fill.pattern is not loaded by this adapter.');
  }
  set pattern(pattern: string) {
    this.range.queueFill((prev) => {
      if (pattern === 'None') return undefined;
      const p = patternOf(prev ?? null);
      if (pattern === 'Solid') return (p?.color ?? '#FFFFFF').toUpperCase();
      return `xl-fill:${JSON.stringify({ pattern, color: p?.color, patternColor: p?.patternColor })}`;
    });
  }
  get patternColor(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.fill.patternColor is not loaded by this adapter.');
  }
  set patternColor(patternColor: string) {
    this.range.queueFill((prev) => {
      const p = patternOf(prev ?? null) ?? { pattern: 'Solid' };
      return `xl-fill:${JSON.stringify({ pattern: p.pattern, color: p.color, patternColor: patternColor.toUpperCase() })}`;
    });
  }
  clear(): void {
    this.range.queueFill(() => undefined);
  }
}

/** Width, wrapping and row fit change how Excel draws the sheet, not its cells: the fake only checks the target. */
class FakeRangeFormat implements XlRangeFormat {
  readonly fill: XlRangeFill;
  constructor(private readonly range: FakeRange) {
    this.fill = new FakeFill(range);
  }
  get columnWidth(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.columnWidth is not loaded by this adapter.');
  }
  set columnWidth(_width: number) {
    this.range.queueLayout();
  }
  get wrapText(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'format.wrapText is not loaded by this adapter.');
  }
  set wrapText(_wrap: boolean) {
    this.range.queueLayout();
  }
  autofitRows(): void {
    this.range.queueLayout();
  }
}

class FakeRange extends FakeProxy<RangeRef> implements XlRange {
  readonly format: XlRangeFormat = new FakeRangeFormat(this);

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(inputs: unknown[][]) {
    this.queueInputs(inputs, 'values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(inputs: unknown[][]) {
    this.queueInputs(inputs, 'formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (ref, name) => this.batch.excel.rangeProperty(ref, name));
    return this;
  }

  private derive(make: (ref: RangeRef) => RangeRef | null, orNull: boolean): FakeRange {
    return new FakeRange(this.batch, this.resolveChild(make), this.nullable || orNull);
  }

  getBoundingRect(anotherRange: string): XlRange {
    return this.derive((ref) => {
      const o = parseRangeAddress(anotherRange);
      return {
        sheet: ref.sheet,
        top: Math.min(ref.top, o.top),
        left: Math.min(ref.left, o.left),
        bottom: Math.max(ref.bottom, o.bottom),
        right: Math.max(ref.right, o.right),
      };
    }, false);
  }

  getIntersectionOrNullObject(anotherRange: string): XlRange {
    return this.derive((ref) => {
      const o = parseRangeAddress(anotherRange);
      const r = {
        sheet: ref.sheet,
        top: Math.max(ref.top, o.top),
        left: Math.max(ref.left, o.left),
        bottom: Math.min(ref.bottom, o.bottom),
        right: Math.min(ref.right, o.right),
      };
      return r.top <= r.bottom && r.left <= r.right ? r : null;
    }, true);
  }

  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    return this.derive((ref) => {
      const r = { ...ref, bottom: ref.bottom + deltaRows, right: ref.right + deltaColumns };
      if (r.bottom < r.top || r.right < r.left || r.right > 16384 || r.bottom > 1048576) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      }
      return r;
    }, false);
  }

  getCellProperties(options: XlCellPropertiesLoad): XlClientResult<XlCellProperties[][]> {
    return new FakeClientResult(this.batch, () => {
      const ref = this.target();
      return ref === null ? [] : this.batch.excel.cellProperties(ref, options);
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    if (!this.batch.excel.isSetSupported('ExcelApi', '1.13')) {
      throw new FakeOfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
    }
    return new FakeRangeAreas(
      this.batch,
      this.resolveChild((ref) => {
        const areas = ref.sheet.merges.filter(
          (m) => m.top <= ref.bottom && m.bottom >= ref.top && m.left <= ref.right && m.right >= ref.left,
        );
        return areas.length > 0 ? { sheet: ref.sheet, areas } : null;
      }),
      true,
    );
  }

  select(): void {
    this.batch.queue(() => {
      const ref = this.target();
      if (ref) this.batch.excel.selectRange(ref);
    });
  }

  queueInputs(inputs: unknown[][], property: string): void {
    this.batch.queue(
      () => {
        const ref = this.target();
        if (ref) this.batch.excel.writeInputs(ref, inputs, property);
      },
      60 + JSON.stringify(inputs).length,
    );
  }

  queueFill(next: (prev: string | undefined) => string | undefined): void {
    this.batch.queue(() => {
      const ref = this.target();
      if (ref) this.batch.excel.writeFill(ref, next);
    });
  }

  queueLayout(): void {
    this.batch.queue(() => {
      const ref = this.target();
      if (ref) this.batch.excel.checkWritable(ref);
    });
  }
}

class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; areas: MergedArea[] }> implements XlRangeAreas {
  get address(): string {
    return this.read('address');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (t, name) => {
      if (name !== 'address')
        throw new FakeOfficeError('InvalidArgument', `RangeAreas.${name} is not in the fake's API slice.`);
      return t.areas.map((m) => refAddress({ sheet: t.sheet, ...m })).join(',');
    });
    return this;
  }
}

class FakeProtection extends FakeProxy<FakeSheet> implements XlWorksheetProtection {
  get protected(): boolean {
    return this.read('protected');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (sheet, name) => {
      if (name !== 'protected')
        throw new FakeOfficeError('InvalidArgument', `protection.${name} is not in the fake's API slice.`);
      return sheet.protected;
    });
    return this;
  }
}

class FakeWorksheet extends FakeProxy<FakeSheet> implements XlWorksheet {
  readonly protection: XlWorksheetProtection = new FakeProtection(
    this.batch,
    this.resolveChild((s) => s),
    this.nullable,
  );

  get name(): string {
    return this.read('name');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (sheet, name) => {
      if (name === 'name') return sheet.name;
      throw new FakeOfficeError('InvalidArgument', `Worksheet.${name} is not in the fake's API slice.`);
    });
    return this;
  }
  getNextOrNullObject(): XlWorksheet {
    return new FakeWorksheet(
      this.batch,
      this.resolveChild((sheet) => this.batch.excel.sheetAfter(sheet)),
      true,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new FakeRange(
      this.batch,
      this.resolveChild((sheet) => this.batch.excel.usedRange(sheet, valuesOnly)),
      true,
    );
  }
  getRange(address: string): XlRange {
    return new FakeRange(
      this.batch,
      this.resolveChild((sheet) => ({ sheet, ...parseRangeAddress(address) })),
      this.nullable,
    );
  }
  activate(): void {
    this.batch.queue(() => {
      const sheet = this.target();
      if (sheet) this.batch.excel.activeSheet = sheet.name;
    });
  }
}

class FakeCustomProperty implements XlCustomProperty {
  constructor(
    private readonly batch: Session,
    readonly key: string,
    private readonly loadedValue?: string,
    /** From getItemOrNullObject: a missing property is a null object and deleting it does nothing. */
    private readonly orNull = false,
  ) {}
  get value(): unknown {
    if (this.loadedValue === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', 'CustomProperty.value is not loaded.');
    return this.loadedValue;
  }
  delete(): void {
    this.batch.queue(() => {
      if (this.orNull && !this.batch.excel.customProperties.has(this.key)) return;
      this.batch.excel.deleteCustomProperty(this.key);
    });
  }
}

class FakeCustomProperties implements XlCustomPropertyCollection {
  private loadedItems: XlCustomProperty[] | null = null;
  constructor(private readonly batch: Session) {}

  get items(): XlCustomProperty[] {
    if (!this.loadedItems)
      throw new FakeOfficeError('PropertyNotLoaded', 'CustomPropertyCollection.items is not loaded.');
    return this.loadedItems;
  }
  load(propertyNames: string): this {
    const wantsValues = /items\/value/.test(propertyNames);
    this.batch.queue(() => {
      const entries = [...this.batch.excel.customProperties.entries()];
      this.batch.responseBytes += JSON.stringify(entries).length;
      this.loadedItems = entries.map(
        ([k, v]) => new FakeCustomProperty(this.batch, k, wantsValues ? v : undefined),
      );
    });
    return this;
  }
  add(key: string, value: string): XlCustomProperty {
    this.batch.queue(() => this.batch.excel.customProperties.set(key, value), 60 + key.length + value.length);
    return new FakeCustomProperty(this.batch, key);
  }
  getItemOrNullObject(key: string): XlCustomProperty {
    return new FakeCustomProperty(this.batch, key, undefined, true);
  }
}

class FakeWorksheets implements XlWorksheetCollection {
  constructor(private readonly batch: Session) {}
  getFirst(): XlWorksheet {
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetList[0] ?? null, false);
  }
  getCount(): XlClientResult<number> {
    return new FakeClientResult(this.batch, () => this.batch.excel.sheetList.length);
  }
  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetNamed(name), false);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetNamed(name), true);
  }
  add(name: string): XlWorksheet {
    this.batch.queue(() => this.batch.excel.addSheet(name));
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetNamed(name), false);
  }
}

class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  private readonly session: Session;

  constructor(
    private readonly excel: FakeExcel,
    private readonly options: XlRunOptions,
  ) {
    const session = (this.session = new Session(excel));
    this.workbook = {
      worksheets: new FakeWorksheets(session),
      properties: { custom: new FakeCustomProperties(session) },
    };
  }

  get pending(): number {
    return this.session.pending;
  }

  sync(): Promise<void> {
    return this.excel.execute(this.session, this.options);
  }
}

/** The fake workbook. `run` and `isSetSupported` are what the adapter takes instead of Office's. */
export class FakeExcel {
  readonly sheetList: FakeSheet[] = [];
  readonly customProperties = new Map<string, string>();
  readonly settingsValues = new Map<string, unknown>();
  /** context.sync() calls so far. */
  syncCount = 0;
  settingsSaves = 0;
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  private editMode = false;
  private leaveEditMode: (() => void)[] = [];
  private failures = new Map<number, FakeFailure>();
  /** Computed values of formulas the workbook was built with, so restoring a formula restores its value. */
  private formulaValues = new Map<string, CellValue>();

  constructor(
    grid: WorkbookGrid,
    private readonly options: FakeExcelOptions = {},
  ) {
    for (const sg of grid.sheets) {
      const sheet: FakeSheet = {
        name: sg.name,
        cells: new Map(),
        merges: sg.merges.map((m) => ({ ...m })),
        protected: false,
      };
      sg.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const fc: FakeCell = { value: cell.value };
          if (cell.format && cell.format !== 'General') fc.format = cell.format;
          if (cell.fill) fc.fill = cell.fill;
          if (cell.formula) {
            fc.formula = options.formulas?.[`${sg.name}!${a1(r + 1, c + 1)}`] ?? literalFormula(cell.value);
            this.formulaValues.set(`${sg.name}!${a1(r + 1, c + 1)}\u0000${fc.formula}`, cell.value);
          }
          if (fc.value !== null || fc.formula || fc.format || fc.fill) sheet.cells.set(key(r + 1, c + 1), fc);
        }),
      );
      this.sheetList.push(sheet);
    }
    for (const name of options.protectedSheets ?? []) this.protect(name, true);
    for (const [k, v] of Object.entries(options.customProperties ?? {})) this.customProperties.set(k, v);
    for (const [k, v] of Object.entries(options.settings ?? {})) this.settingsValues.set(k, v);
    this.activeSheet = this.sheetList[0]?.name ?? '';
  }

  // ---- what the adapter is given ----

  readonly run: ExcelRun = async (options, batch) => {
    const context = new FakeContext(this, options);
    const result = await batch(context);
    if (context.pending > 0)
      throw new Error(`FakeExcel: the batch ended with ${context.pending} queued operations never synced`);
    return result;
  };

  readonly isSetSupported: IsSetSupported = (name, minVersion = '1.1') =>
    name === 'ExcelApi' && compareVersions(this.options.apiVersion ?? '1.13', minVersion) >= 0;

  readonly settings: XlDocumentSettings = {
    get: (name) => (this.settingsValues.has(name) ? this.settingsValues.get(name) : null),
    set: (name, value) => void this.settingsValues.set(name, value),
    saveAsync: (callback) => {
      this.settingsSaves++;
      callback?.({ status: 'succeeded', error: null });
    },
  };

  // ---- simulations ----

  enterEditMode(): void {
    this.editMode = true;
  }

  exitEditMode(): void {
    this.editMode = false;
    for (const resume of this.leaveEditMode.splice(0)) resume();
  }

  protect(sheet: string, on = true): void {
    const s = this.sheetNamed(sheet);
    if (!s) throw new Error(`FakeExcel: no sheet ${sheet}`);
    s.protected = on;
  }

  /** Make sync number `syncNumber` (compare `syncCount`) fail after `afterOps` of its operations ran. */
  failSync(syncNumber: number, failure: FakeFailure): void {
    this.failures.set(syncNumber, failure);
  }

  // ---- what tests and the preview read back ----

  /** The workbook as a grid (values, formats, fills, formula flags, merges) + its custom properties. */
  snapshot(): { grid: WorkbookGrid; customProperties: Record<string, string> } {
    const sheets: SheetGrid[] = this.sheetList.map((sheet) => {
      let rowCount = 0;
      let colCount = 0;
      const cells: (GridCell | undefined)[][] = [];
      for (const [k, fc] of sheet.cells) {
        const [row, col] = k.split(',').map(Number);
        if (fc.value === null && !fc.formula && !fc.format && !fc.fill) continue;
        rowCount = Math.max(rowCount, row);
        colCount = Math.max(colCount, col);
        const cell: GridCell = { value: fc.value };
        if (fc.format) cell.format = fc.format;
        if (fc.fill) cell.fill = fc.fill;
        if (fc.formula) cell.formula = true;
        (cells[row - 1] ??= [])[col - 1] = cell;
      }
      for (let r = 0; r < rowCount; r++) cells[r] ??= [];
      return { name: sheet.name, rowCount, colCount, cells, merges: sheet.merges.map((m) => ({ ...m })) };
    });
    return { grid: { sheets }, customProperties: Object.fromEntries(this.customProperties) };
  }

  valueAt(sheet: string, address: string): CellValue {
    const { row, col } = parseA1(address);
    return this.sheetNamed(sheet)?.cells.get(key(row, col))?.value ?? null;
  }

  fillAt(sheet: string, address: string): string | null {
    const { row, col } = parseA1(address);
    return this.sheetNamed(sheet)?.cells.get(key(row, col))?.fill ?? null;
  }

  formulaAt(sheet: string, address: string): string | null {
    const { row, col } = parseA1(address);
    return this.sheetNamed(sheet)?.cells.get(key(row, col))?.formula ?? null;
  }

  // ---- engine (called by proxies while a batch runs) ----

  sheetNamed(name: string): FakeSheet | null {
    return this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  sheetAfter(sheet: FakeSheet): FakeSheet | null {
    return this.sheetList[this.sheetList.indexOf(sheet) + 1] ?? null;
  }

  usedRange(sheet: FakeSheet, valuesOnly: boolean): RangeRef | null {
    let ref: RangeRef | null = null;
    for (const [k, fc] of sheet.cells) {
      const used =
        fc.value !== null ||
        fc.formula !== undefined ||
        (!valuesOnly && (fc.fill !== undefined || fc.format !== undefined));
      if (!used) continue;
      const [row, col] = k.split(',').map(Number);
      if (!ref) ref = { sheet, top: row, left: col, bottom: row, right: col };
      else {
        ref.top = Math.min(ref.top, row);
        ref.left = Math.min(ref.left, col);
        ref.bottom = Math.max(ref.bottom, row);
        ref.right = Math.max(ref.right, col);
      }
    }
    return ref;
  }

  private cells(ref: RangeRef): (FakeCell | undefined)[][] {
    const rows: (FakeCell | undefined)[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row: (FakeCell | undefined)[] = [];
      for (let c = ref.left; c <= ref.right; c++) row.push(ref.sheet.cells.get(key(r, c)));
      rows.push(row);
    }
    return rows;
  }

  rangeProperty(ref: RangeRef, name: string): unknown {
    switch (name) {
      case 'rowIndex':
        return ref.top - 1;
      case 'columnIndex':
        return ref.left - 1;
      case 'rowCount':
        return ref.bottom - ref.top + 1;
      case 'columnCount':
        return ref.right - ref.left + 1;
      case 'address':
        return refAddress(ref);
      case 'values':
        return this.cells(ref).map((row) => row.map((fc) => fc?.value ?? ''));
      case 'formulas':
        return this.cells(ref).map((row) => row.map((fc) => fc?.formula ?? fc?.value ?? ''));
      case 'numberFormat':
        return this.cells(ref).map((row) => row.map((fc) => fc?.format ?? 'General'));
      default:
        throw new FakeOfficeError('InvalidArgument', `Range.${name} is not in the fake's API slice.`);
    }
  }

  cellProperties(ref: RangeRef, options: XlCellPropertiesLoad): XlCellProperties[][] {
    const want = options.format?.fill ?? {};
    return this.cells(ref).map((row) =>
      row.map((fc) => {
        const p = patternOf(fc?.fill ?? null);
        const fill: { color?: string; pattern?: string; patternColor?: string } = {};
        if (want.color) fill.color = p?.color ?? '#FFFFFF';
        if (want.pattern) fill.pattern = p?.pattern ?? 'None';
        if (want.patternColor) fill.patternColor = p?.patternColor ?? '#000000';
        return { format: { fill } };
      }),
    );
  }

  private writable(ref: RangeRef): void {
    if (ref.sheet.protected)
      throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
  }

  checkWritable(ref: RangeRef): void {
    this.writable(ref);
  }

  /** `worksheets.add`: Excel refuses a name in use (case-insensitive) or one it cannot hold. */
  addSheet(name: string): void {
    if (this.sheetNamed(name)) throw new FakeOfficeError('ItemAlreadyExists', 'The resource already exists.');
    if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new FakeOfficeError(
        'InvalidArgument',
        'The argument is invalid or missing or has an incorrect format.',
      );
    this.sheetList.push({ name, cells: new Map(), merges: [], protected: false });
  }

  private cellFor(ref: RangeRef, row: number, col: number): FakeCell {
    let fc = ref.sheet.cells.get(key(row, col));
    if (!fc) ref.sheet.cells.set(key(row, col), (fc = { value: null }));
    return fc;
  }

  /** Assign inputs the way Excel parses typed input. */
  writeInputs(ref: RangeRef, inputs: unknown[][], property: string): void {
    this.writable(ref);
    const rows = ref.bottom - ref.top + 1;
    const cols = ref.right - ref.left + 1;
    if (inputs.length !== rows || inputs.some((r) => r.length !== cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The ${property} array does not match the size of the range.`,
      );
    }
    inputs.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input === null || input === undefined) return; // Office leaves the cell unchanged
        const r = ref.top + i;
        const c = ref.left + j;
        const fc = this.cellFor(ref, r, c);
        delete fc.formula;
        if (typeof input === 'number' || typeof input === 'boolean') {
          fc.value = input;
          return;
        }
        const text = String(input);
        if (text.startsWith("'")) fc.value = text.slice(1);
        else if (text.startsWith('=')) {
          fc.formula = text;
          const memo = `${ref.sheet.name}!${a1(r, c)}\u0000${text}`;
          fc.value = this.formulaValues.has(memo)
            ? (this.formulaValues.get(memo) as CellValue)
            : literalFormulaValue(text);
        } else if (text === '') fc.value = null;
        else {
          const t = halfWidth(text).trim();
          const pct = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/.exec(t);
          if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(t)) fc.value = Number(t);
          else if (pct) {
            fc.value = Number(pct[1]) / 100;
            if (!fc.format) fc.format = '0%';
          } else if (/^(true|false)$/i.test(t)) fc.value = t.toLowerCase() === 'true';
          else fc.value = text;
        }
      }),
    );
  }

  writeFill(ref: RangeRef, next: (prev: string | undefined) => string | undefined): void {
    this.writable(ref);
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const fc = this.cellFor(ref, r, c);
        const fill = next(fc.fill);
        if (fill === undefined) delete fc.fill;
        else fc.fill = fill;
      }
    }
  }

  selectRange(ref: RangeRef): void {
    if (this.activeSheet !== ref.sheet.name) {
      throw new FakeOfficeError(
        'InvalidSelection',
        'The range is not on the active sheet; activate the sheet first.',
      );
    }
    const start = a1(ref.top, ref.left);
    const end = a1(ref.bottom, ref.right);
    this.selection = { sheet: ref.sheet.name, address: start === end ? start : `${start}:${end}` };
  }

  deleteCustomProperty(name: string): void {
    if (!this.customProperties.delete(name))
      throw new FakeOfficeError('ItemNotFound', `No custom property ${name}.`);
  }

  /** Run one sync's queued operations with Office's rules. */
  async execute(session: Session, options: XlRunOptions): Promise<void> {
    const batch = session.take();
    this.syncCount++;
    const syncNumber = this.syncCount;
    if (this.editMode) {
      if (!(options.delayForCellEdit && (this.options.delayForCellEdit ?? true))) {
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode.",
        );
      }
      await new Promise<void>((resume) => this.leaveEditMode.push(resume));
    }
    const requestBytes = batch.ops.reduce((n, op) => n + op.bytes, 0);
    if (this.options.requestLimitBytes !== undefined && requestBytes > this.options.requestLimitBytes) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    const failure = this.failures.get(syncNumber);
    batch.ops.forEach((op, i) => {
      if (failure && i === failure.afterOps)
        throw new FakeOfficeError(failure.code, failure.message ?? 'Simulated failure.');
      op.run();
    });
    if (failure && failure.afterOps >= batch.ops.length)
      throw new FakeOfficeError(failure.code, failure.message ?? 'Simulated failure.');
    if (
      this.options.responseLimitBytes !== undefined &&
      session.responseBytes > this.options.responseLimitBytes
    ) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    for (const p of batch.nullables) p.decideNull();
  }
}
