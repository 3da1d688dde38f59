/**
 * An in-memory Excel that implements exactly the API slice in excelApi.ts and behaves the way Excel does
 * where the adapter depends on it (each behaviour cites Microsoft's reference or the office-js tracker):
 *
 * - Batches: operations queue on proxies and run in order at `context.sync()`; a failing one stops the
 *   batch, keeps what ran before it and returns nothing that was loaded
 *   (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 *   https://learn.microsoft.com/javascript/api/office/officeextension.error#office-officeextension-error-tracemessages-member).
 *   Reading a property before it was loaded and synced throws `PropertyNotLoaded`; `*OrNullObject`
 *   proxies, and everything chained from them, are null objects when the target does not exist.
 * - Excel on the web's 5 MB limits on each request and response, counted in UTF-8 bytes of the JSON the
 *   real API would send (./fakeWire.ts).
 * - Fills: "no fill" reads as `#FFFFFF` like white, told apart only by `tintAndShade` (./fakeFills.ts).
 * - Text: strings assigned to `formulas`/`values` are parsed like typed input (`95%` → 0.95, `=A1` → a
 *   formula) unless they start with `'`, which keeps them as text; such text reads back from
 *   `formulas` without its apostrophe (`'=1+1` → `=1+1`) and from `values` the same.
 * - Merged areas (ExcelApi 1.13): only areas whose top-left cell is in the range are returned
 *   (https://github.com/OfficeDev/office-js/issues/3611), and more than 512 fail the call
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member).
 * - Protection: a protected sheet refuses values in locked cells (every cell is locked unless unlocked)
 *   and fills unless formatting cells is allowed
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-allowformatcells-member,
 *   https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesprotection).
 * - Custom properties: keys are case-insensitive; outside Excel on the web keys and values longer than
 *   255 characters are cut to 255 (https://learn.microsoft.com/javascript/api/excel/excel.custompropertycollection#excel-excel-custompropertycollection-add-member(1)).
 * - Custom XML parts (ExcelApi 1.5): `add` takes well-formed XML only; a part's namespace is its root
 *   element's (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection).
 *
 * It counts syncs and payload bytes, can simulate cell edit mode, protection, a person's edits, renamed
 * and deleted sheets and a failing sync, and reports its state back as a WorkbookGrid (the browser
 * preview renders that and turns it into a file). The proxies the adapter holds are in ./fakeProxies.ts,
 * the workbook model in ./fakeModel.ts.
 */
import { a1, parseA1 } from '../../core/grid';
import type { CellValue, GridCell, SheetGrid, WorkbookGrid } from '../../core/grid';
import type {
  ExcelRun,
  IsSetSupported,
  XlCellProperties,
  XlCellPropertiesLoad,
  XlDocumentSettings,
  XlRunOptions,
} from './excelApi';
import { fakeFillFromGrid, gridFromFakeFill, reportedFill } from './fakeFills';
import type { FakeFill } from './fakeFills';
import { areaAddress, invalidArgument, parseRangeAddress } from './fakeModel';
import type { FakeCell, FakeSheet, RangeRef, XmlPart } from './fakeModel';
import { FakeContext } from './fakeProxies';
import { FakeOfficeError, WIRE } from './fakeWire';
import type { FakeFailure, Session } from './fakeWire';
import { PAYLOAD_LIMIT_BYTES } from './payload';

export { FakeOfficeError } from './fakeWire';
export type { FakeFailure } from './fakeWire';

export interface FakeExcelOptions {
  /** Document custom properties. */
  customProperties?: Record<string, string | number | boolean>;
  /** Custom XML parts, as XML text. */
  customXmlParts?: string[];
  /** Formula text per `Sheet!A1` for cells the grid marks `formula: true`. */
  formulas?: Record<string, string>;
  protectedSheets?: string[];
  /** Highest ExcelApi version supported (merged areas need 1.13). */
  apiVersion?: string;
  /**
   * `web` (default): 5 MB request and response limits, custom property values kept whole.
   * `desktop`: no payload limit, custom property keys and values cut to 255 characters.
   */
  platform?: 'web' | 'desktop';
  /** Override the payload limits (bytes). */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** Whether `delayForCellEdit` is honoured (ExcelApi 1.11); otherwise edit mode fails every sync. */
  delayForCellEdit?: boolean;
  /** Initial `Office.context.document.settings` entries. */
  settings?: Record<string, unknown>;
}

/** What one sync sent and received. */
export interface SyncPayload {
  requestBytes: number;
  responseBytes: number;
}

const key = (row: number, col: number) => `${row},${col}`;
const PROPERTY_LIMIT = 255;

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
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
  return '#NAME?';
}

function literalFormula(value: CellValue): string {
  if (value === null) return '=""';
  if (typeof value === 'string') return `="${value.replace(/"/g, '""')}"`;
  return `=${String(value).toUpperCase()}`;
}

/**
 * The namespace of an XML document's root element, or null when the text is not a single well-formed
 * element (the fake checks the shape Excel needs, not every rule of XML).
 */
function rootNamespace(xml: string): string | null {
  const body = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const open = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?\b([^>]*?)(\/?)>/.exec(body);
  if (!open) return null;
  const [tag, first, second, attrs, selfClosed] = open;
  const prefix = second === undefined ? null : first;
  const name = second === undefined ? first : `${first}:${second}`;
  if (selfClosed) {
    if (body.length !== tag.length) return null;
  } else if (!body.endsWith(`</${name}>`)) return null;
  const ns = new RegExp(`\\bxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return ns ? (ns[2] ?? ns[3] ?? '') : '';
}

/** The fake workbook. `run` and `isSetSupported` are what the adapter takes instead of Office's. */
export class FakeExcel {
  readonly sheetList: FakeSheet[] = [];
  /** By lower-case key: custom property keys are case-insensitive. */
  readonly customProperties = new Map<string, { key: string; value: unknown }>();
  readonly xmlParts: XmlPart[] = [];
  readonly settingsValues = new Map<string, unknown>();
  /** context.sync() calls so far, and what each sent and received. */
  syncCount = 0;
  readonly payloads: SyncPayload[] = [];
  settingsSaves = 0;
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  private editMode = false;
  private leaveEditMode: (() => void)[] = [];
  private failures = new Map<number, FakeFailure>();
  /** Computed values of formulas the workbook was built with, so restoring a formula restores its value. */
  private formulaValues = new Map<string, CellValue>();
  private nextId = 1;

  constructor(
    grid: WorkbookGrid,
    private readonly options: FakeExcelOptions = {},
  ) {
    for (const sg of grid.sheets) {
      const sheet: FakeSheet = {
        id: this.newId(),
        name: sg.name,
        cells: new Map(),
        merges: sg.merges.map((m) => ({ ...m })),
        protection: { protected: false, allowFormatCells: false },
      };
      sg.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const fc: FakeCell = { value: cell.value };
          if (cell.format && cell.format !== 'General') fc.format = cell.format;
          const fill = fakeFillFromGrid(cell.fill);
          if (fill) fc.fill = fill;
          if (cell.formula) {
            fc.formula = options.formulas?.[`${sg.name}!${a1(r + 1, c + 1)}`] ?? literalFormula(cell.value);
            this.formulaValues.set(`${sg.name}!${a1(r + 1, c + 1)}\u0000${fc.formula}`, cell.value);
          }
          if (fc.value !== null || fc.formula || fc.format || fc.fill) sheet.cells.set(key(r + 1, c + 1), fc);
        }),
      );
      this.sheetList.push(sheet);
    }
    for (const name of options.protectedSheets ?? []) this.protect(name);
    for (const [k, v] of Object.entries(options.customProperties ?? {}))
      this.customProperties.set(k.toLowerCase(), { key: k, value: v });
    for (const xml of options.customXmlParts ?? []) this.addXmlPart(xml);
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

  /** Protect a sheet (Review › Protect Sheet); formatting cells is not allowed unless said. */
  protect(sheet: string, options: { allowFormatCells?: boolean } = {}): void {
    this.sheetOrThrow(sheet).protection = {
      protected: true,
      allowFormatCells: options.allowFormatCells ?? false,
    };
  }

  unprotect(sheet: string): void {
    this.sheetOrThrow(sheet).protection = { protected: false, allowFormatCells: false };
  }

  /** Untick "Locked" for the cells of `address` (Format Cells › Protection). */
  unlock(sheet: string, address: string): void {
    const ref = { sheet: this.sheetOrThrow(sheet), ...parseRangeAddress(address) };
    this.forEachCell(ref, (fc) => (fc.unlocked = true));
  }

  /** The person types into a cell (`'` keeps text, `=` starts a formula), whatever the protection. */
  type(sheet: string, address: string, input: string | number | boolean): void {
    const ref = { sheet: this.sheetOrThrow(sheet), ...parseRangeAddress(address) };
    this.assign(ref, [[input]], 'formulas');
  }

  /** The person sets a fill (a grid fill string; null = no fill). */
  paint(sheet: string, address: string, fill: string | null): void {
    const ref = { sheet: this.sheetOrThrow(sheet), ...parseRangeAddress(address) };
    this.forEachCell(ref, (fc) => {
      const f = fakeFillFromGrid(fill);
      if (f) fc.fill = { ...f, source: undefined };
      else delete fc.fill;
    });
  }

  renameSheet(from: string, to: string): void {
    this.sheetOrThrow(from).name = to;
  }

  deleteSheet(name: string): void {
    this.sheetList.splice(this.sheetList.indexOf(this.sheetOrThrow(name)), 1);
  }

  /** Make sync number `syncNumber` (compare `syncCount`) fail after `afterOps` of its operations ran. */
  failSync(syncNumber: number, failure: FakeFailure): void {
    this.failures.set(syncNumber, failure);
  }

  // ---- what tests and the preview read back ----

  /** The workbook as a grid (values, formats, fills, formula flags, merges), its custom properties and XML parts. */
  snapshot(): { grid: WorkbookGrid; customProperties: Record<string, unknown>; customXmlParts: string[] } {
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
        if (fc.fill) cell.fill = gridFromFakeFill(fc.fill);
        if (fc.formula) cell.formula = true;
        (cells[row - 1] ??= [])[col - 1] = cell;
      }
      for (let r = 0; r < rowCount; r++) cells[r] ??= [];
      return { name: sheet.name, rowCount, colCount, cells, merges: sheet.merges.map((m) => ({ ...m })) };
    });
    return {
      grid: { sheets },
      customProperties: Object.fromEntries([...this.customProperties.values()].map((p) => [p.key, p.value])),
      customXmlParts: this.xmlParts.map((p) => p.xml),
    };
  }

  valueAt(sheet: string, address: string): CellValue {
    return this.cellAt(sheet, address)?.value ?? null;
  }

  fillAt(sheet: string, address: string): string | null {
    return gridFromFakeFill(this.cellAt(sheet, address)?.fill);
  }

  formulaAt(sheet: string, address: string): string | null {
    return this.cellAt(sheet, address)?.formula ?? null;
  }

  /** Largest request and response of the syncs so far (UTF-8 bytes). */
  get largestPayload(): SyncPayload {
    return {
      requestBytes: Math.max(0, ...this.payloads.map((p) => p.requestBytes)),
      responseBytes: Math.max(0, ...this.payloads.map((p) => p.responseBytes)),
    };
  }

  // ---- engine (called by proxies while a batch runs) ----

  sheetByKey(nameOrId: string): FakeSheet | null {
    return (
      this.sheetList.find((s) => s.id === nameOrId) ??
      this.sheetList.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase()) ??
      null
    );
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

  rangeProperty(ref: RangeRef, name: string): unknown {
    switch (name) {
      case 'address':
        return areaAddress(ref.sheet, ref);
      case 'rowIndex':
        return ref.top - 1;
      case 'columnIndex':
        return ref.left - 1;
      case 'rowCount':
        return ref.bottom - ref.top + 1;
      case 'columnCount':
        return ref.right - ref.left + 1;
      case 'values':
        return this.cellRows(ref, (fc) => fc?.value ?? '');
      case 'formulas':
        // Text typed as '=… comes back without its apostrophe, exactly like a formula's text: the quote
        // prefix is not part of the cell's content (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
        return this.cellRows(ref, (fc) => fc?.formula ?? fc?.value ?? '');
      case 'numberFormat':
        return this.cellRows(ref, (fc) => fc?.format ?? 'General');
      default:
        throw invalidArgument(`Range.${name} is not in the fake's API slice`);
    }
  }

  /**
   * No fill and white both report `#FFFFFF` (./fakeFills.ts, office-js issues 4900 and 6218); `protection`
   * gives `{ locked, formulaHidden }` (https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesprotection).
   */
  cellProperties(ref: RangeRef, options: XlCellPropertiesLoad): XlCellProperties[][] {
    const wantFill = options.format?.fill ?? {};
    const wantProtection = options.format?.protection === true;
    return this.cellRows(ref, (fc) => {
      const format: NonNullable<XlCellProperties['format']> = {};
      const reported = reportedFill(fc?.fill);
      const fill: NonNullable<NonNullable<XlCellProperties['format']>['fill']> = {};
      if (wantFill.color) fill.color = reported.color;
      if (wantFill.pattern) fill.pattern = reported.pattern;
      if (wantFill.patternColor) fill.patternColor = reported.patternColor;
      if (wantFill.tintAndShade) fill.tintAndShade = reported.tintAndShade;
      if (Object.keys(fill).length > 0) format.fill = fill;
      if (wantProtection) format.protection = { locked: !fc?.unlocked, formulaHidden: false };
      return { format };
    });
  }

  /**
   * Assign inputs with the sheet's protection: values go only into unlocked cells of a protected sheet
   * (https://learn.microsoft.com/javascript/api/excel/excel.formatprotection#excel-excel-formatprotection-locked-member).
   */
  writeInputs(ref: RangeRef, inputs: unknown[][], property: string): void {
    if (ref.sheet.protection.protected) {
      this.forEachCell(
        ref,
        (fc) => {
          if (!fc.unlocked)
            throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
        },
        false,
      );
    }
    this.assign(ref, inputs, property);
  }

  /** Fills on a protected sheet need "format cells" allowed, locked or not
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-allowformatcells-member). */
  writeFill(ref: RangeRef, next: (prev: FakeFill | undefined) => FakeFill | undefined): void {
    if (ref.sheet.protection.protected && !ref.sheet.protection.allowFormatCells)
      throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
    this.forEachCell(ref, (fc) => {
      const fill = next(fc.fill);
      if (fill === undefined) delete fc.fill;
      else fc.fill = { ...fill, source: undefined };
    });
  }

  /** Width, wrapping and row fit change how Excel draws cells, not the cells: checked like a fill. */
  checkLayout(ref: RangeRef): void {
    if (ref.sheet.protection.protected && !ref.sheet.protection.allowFormatCells)
      throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
  }

  /**
   * `worksheets.add`: Excel refuses a name in use (case-insensitive) or one a sheet cannot hold
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)).
   */
  addSheet(name: string): void {
    if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError('ItemAlreadyExists', 'The resource already exists.');
    if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw invalidArgument('the sheet name is not allowed');
    this.sheetList.push({
      id: this.newId(),
      name,
      cells: new Map(),
      merges: [],
      protection: { protected: false, allowFormatCells: false },
    });
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

  /**
   * Keys are case-insensitive; "limited to 255 characters outside of Excel on the web (larger values are
   * automatically trimmed to 255 characters on other platforms)"
   * (https://learn.microsoft.com/javascript/api/excel/excel.custompropertycollection#excel-excel-custompropertycollection-add-member(1)).
   */
  setCustomProperty(key: string, value: string): void {
    const desktop = this.options.platform === 'desktop';
    const k = desktop ? key.slice(0, PROPERTY_LIMIT) : key;
    const v = desktop ? value.slice(0, PROPERTY_LIMIT) : value;
    this.customProperties.set(k.toLowerCase(), { key: k, value: v });
  }

  deleteCustomProperty(name: string): void {
    if (!this.customProperties.delete(name.toLowerCase()))
      throw new FakeOfficeError('ItemNotFound', `No custom property ${name}.`);
  }

  /** "XML content. Must be a valid XML fragment" (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1)); the namespace is the root element's. */
  addXmlPart(xml: string): XmlPart {
    const namespaceUri = rootNamespace(xml);
    if (namespaceUri === null) throw invalidArgument('the XML is not well-formed');
    const part = { id: this.newId(), xml, namespaceUri };
    this.xmlParts.push(part);
    return part;
  }

  setXmlPart(part: XmlPart, xml: string): void {
    const namespaceUri = rootNamespace(xml);
    if (namespaceUri === null) throw invalidArgument('the XML is not well-formed');
    part.xml = xml;
    part.namespaceUri = namespaceUri;
  }

  deleteXmlPart(part: XmlPart): void {
    this.xmlParts.splice(this.xmlParts.indexOf(part), 1);
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
    // 5 MB per request and per response on the web only
    // (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
    const web = (this.options.platform ?? 'web') === 'web';
    const requestLimit = this.options.requestLimitBytes ?? (web ? PAYLOAD_LIMIT_BYTES : Infinity);
    const responseLimit = this.options.responseLimitBytes ?? (web ? PAYLOAD_LIMIT_BYTES : Infinity);
    const payload: SyncPayload = { requestBytes: batch.requestBytes, responseBytes: WIRE.envelope };
    this.payloads.push(payload);
    if (payload.requestBytes > requestLimit) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    const failure = this.failures.get(syncNumber);
    batch.ops.forEach((op, i) => {
      if (failure && i === failure.afterOps)
        throw new FakeOfficeError(failure.code, failure.message ?? 'Simulated failure.');
      const result = op.run();
      if (result !== undefined) payload.responseBytes += WIRE.result(result);
    });
    if (failure && failure.afterOps >= batch.ops.length)
      throw new FakeOfficeError(failure.code, failure.message ?? 'Simulated failure.');
    if (payload.responseBytes > responseLimit) {
      // What comes back is the error, not the response Excel refused to send.
      payload.responseBytes = WIRE.envelope;
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    batch.succeed();
  }

  // ---- helpers ----

  private newId(): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(12, '0');
    return `{00000000-0000-4000-8000-${n}}`;
  }

  private sheetOrThrow(name: string): FakeSheet {
    const s = this.sheetByKey(name);
    if (!s) throw new Error(`FakeExcel: no sheet ${name}`);
    return s;
  }

  private cellAt(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseA1(address);
    return this.sheetByKey(sheet)?.cells.get(key(row, col));
  }

  private cellRows<V>(ref: RangeRef, map: (fc: FakeCell | undefined) => V): V[][] {
    const rows: V[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row: V[] = [];
      for (let c = ref.left; c <= ref.right; c++) row.push(map(ref.sheet.cells.get(key(r, c))));
      rows.push(row);
    }
    return rows;
  }

  /** Visit every cell of a range, creating the empty ones when `create`. */
  private forEachCell(ref: RangeRef, visit: (fc: FakeCell) => void, create = true): void {
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        let fc = ref.sheet.cells.get(key(r, c));
        if (!fc) {
          if (!create) {
            visit({ value: null });
            continue;
          }
          ref.sheet.cells.set(key(r, c), (fc = { value: null }));
        }
        visit(fc);
      }
    }
  }

  /** Assign inputs the way Excel parses typed input. */
  private assign(ref: RangeRef, inputs: unknown[][], property: string): void {
    const rows = ref.bottom - ref.top + 1;
    const cols = ref.right - ref.left + 1;
    if (inputs.length !== rows || inputs.some((r) => r.length !== cols))
      throw invalidArgument(`the ${property} array does not match the size of the range`);
    inputs.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input === null || input === undefined) return; // Office leaves the cell unchanged
        const r = ref.top + i;
        const c = ref.left + j;
        let fc = ref.sheet.cells.get(key(r, c));
        if (!fc) ref.sheet.cells.set(key(r, c), (fc = { value: null }));
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
}
