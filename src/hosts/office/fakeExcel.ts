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
 * preview renders that and turns it into a file).
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
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlCustomXmlPartScopedCollection,
  XlDocumentSettings,
  XlRange,
  XlRangeAreas,
  XlRangeFill,
  XlRunOptions,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from './excelApi';
import { fakeFillFromGrid, gridFromFakeFill, reportedFill } from './fakeFills';
import type { FakeFill } from './fakeFills';
import { FakeOfficeError, Session, WIRE } from './fakeWire';
import type { FakeFailure } from './fakeWire';
import { PAYLOAD_LIMIT_BYTES } from './payload';

export { FakeOfficeError } from './fakeWire';
export type { FakeFailure } from './fakeWire';

interface FakeCell {
  value: CellValue;
  formula?: string;
  format?: string;
  fill?: FakeFill;
  /** Cells are locked unless unlocked (Format Cells › Protection). */
  unlocked?: boolean;
}

interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergedArea[];
  protection: { protected: boolean; allowFormatCells: boolean };
}

interface RangeRef {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface XmlPart {
  id: string;
  xml: string;
  namespaceUri: string;
}

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
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const MERGED_AREAS_LIMIT = 512;
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

function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format. (${what})`,
  );
}

function parseRangeAddress(address: string): Omit<RangeRef, 'sheet'> {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  try {
    const s = parseA1(from);
    const e = parseA1(to);
    const r = {
      top: Math.min(s.row, e.row),
      left: Math.min(s.col, e.col),
      bottom: Math.max(s.row, e.row),
      right: Math.max(s.col, e.col),
    };
    if (r.bottom > MAX_ROWS || r.right > MAX_COLS || r.top < 1 || r.left < 1)
      throw new Error('outside the grid');
    return r;
  } catch {
    throw invalidArgument(address);
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaAddress(sheet: FakeSheet, m: MergedArea): string {
  const start = a1(m.top, m.left);
  const end = a1(m.bottom, m.right);
  return `${quoteSheet(sheet.name)}!${start === end ? start : `${start}:${end}`}`;
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

// ---- proxies ----

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
    if (nullable) batch.watchNull(() => this.decideNull());
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

  private decideNull(): void {
    try {
      this.nullState = this.resolver() === null;
    } catch {
      this.nullState = true;
    }
  }

  /** Properties a collection load delivered for this item. */
  loadedWith(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
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
      if (t === null) return null;
      const got = new Map(list.map((name) => [name, values(t, name)] as const));
      this.batch.onSuccess(() => got.forEach((v, k) => this.loaded.set(k, v)));
      return Object.fromEntries(got);
    }, WIRE.action(list));
  }
}

class FakeClientResult<T> implements XlClientResult<T> {
  private settled = false;
  private computed: T | undefined;

  constructor(batch: Session, args: unknown, compute: () => T) {
    batch.queue(() => {
      const value = compute();
      batch.onSuccess(() => {
        this.computed = value;
        this.settled = true;
      });
      return value;
    }, WIRE.action(args));
  }

  get value(): T {
    if (!this.settled)
      throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is available after context.sync().');
    return this.computed as T;
  }
}

class FakeFillProxy implements XlRangeFill {
  constructor(private readonly range: FakeRange) {}
  private notLoaded(): never {
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      'format.fill is read through getCellProperties by this adapter.',
    );
  }
  get color(): string {
    return this.notLoaded();
  }
  set color(color: string) {
    this.range.queueFill(color, (prev) => ({
      pattern: prev && prev.pattern !== 'None' ? prev.pattern : 'Solid',
      color: color.toUpperCase(),
      patternColor: prev?.patternColor,
      tintAndShade: 0,
    }));
  }
  get pattern(): string {
    return this.notLoaded();
  }
  set pattern(pattern: string) {
    this.range.queueFill(pattern, (prev) =>
      pattern === 'None'
        ? undefined
        : {
            pattern,
            color: prev?.color ?? '#FFFFFF',
            patternColor: pattern === 'Solid' ? undefined : (prev?.patternColor ?? '#000000'),
            tintAndShade: prev?.tintAndShade ?? 0,
          },
    );
  }
  get patternColor(): string {
    return this.notLoaded();
  }
  set patternColor(patternColor: string) {
    this.range.queueFill(patternColor, (prev) => ({
      ...(prev ?? { pattern: 'Solid', color: '#FFFFFF', tintAndShade: 0 }),
      source: undefined,
      patternColor: patternColor.toUpperCase(),
    }));
  }
  get tintAndShade(): number {
    return this.notLoaded();
  }
  set tintAndShade(tintAndShade: number) {
    this.range.queueFill(tintAndShade, (prev) => ({
      ...(prev ?? { pattern: 'Solid', color: '#FFFFFF' }),
      source: undefined,
      tintAndShade,
    }));
  }
  clear(): void {
    this.range.queueFill(null, () => undefined);
  }
}

class FakeRange extends FakeProxy<RangeRef> implements XlRange {
  readonly format: { readonly fill: XlRangeFill } = { fill: new FakeFillProxy(this) };

  get address(): string {
    return this.read('address');
  }
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

  getCellProperties(options: XlCellPropertiesLoad): XlClientResult<XlCellProperties[][]> {
    return new FakeClientResult(this.batch, options, () => {
      const ref = this.target();
      return ref === null ? [] : this.batch.excel.cellProperties(ref, options);
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    if (!this.batch.excel.isSetSupported('ExcelApi', '1.13')) {
      throw new FakeOfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
    }
    this.batch.path([]);
    return new FakeRangeAreas(
      this.batch,
      this.resolveChild((ref) => {
        // Only areas whose top-left cell lies in the range (https://github.com/OfficeDev/office-js/issues/3611);
        // "if the merged areas count in this range is more than 512, then this method will fail"
        // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member).
        const areas = ref.sheet.merges.filter(
          (m) => m.top >= ref.top && m.top <= ref.bottom && m.left >= ref.left && m.left <= ref.right,
        );
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw new FakeOfficeError(
            'GeneralException',
            `There were too many merged areas (${areas.length}) in the range to return them.`,
          );
        }
        return areas.length > 0 ? { sheet: ref.sheet, areas } : null;
      }),
      true,
    );
  }

  select(): void {
    this.batch.queue(() => {
      const ref = this.target();
      if (ref) this.batch.excel.selectRange(ref);
      return undefined;
    }, WIRE.action([]));
  }

  private queueInputs(inputs: unknown[][], property: string): void {
    this.batch.queue(
      () => {
        const ref = this.target();
        if (ref) this.batch.excel.writeInputs(ref, inputs, property);
        return undefined;
      },
      WIRE.action([inputs]),
    );
  }

  queueFill(argument: unknown, next: (prev: FakeFill | undefined) => FakeFill | undefined): void {
    this.batch.queue(
      () => {
        const ref = this.target();
        if (ref) this.batch.excel.writeFill(ref, next);
        return undefined;
      },
      WIRE.action([argument]),
    );
  }
}

class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; areas: MergedArea[] }> implements XlRangeAreas {
  get address(): string {
    return this.read('address');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (t, name) => {
      if (name !== 'address') throw invalidArgument(`RangeAreas.${name} is not in the fake's API slice`);
      return t.areas.map((m) => areaAddress(t.sheet, m)).join(',');
    });
    return this;
  }
}

class FakeProtection extends FakeProxy<FakeSheet> implements XlWorksheetProtection {
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): { allowFormatCells?: boolean } {
    return this.read('options');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (sheet, name) => {
      if (name === 'protected') return sheet.protection.protected;
      if (name === 'options') return { allowFormatCells: sheet.protection.allowFormatCells };
      throw invalidArgument(`protection.${name} is not in the fake's API slice`);
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
  get id(): string {
    return this.read('id');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (sheet, name) => {
      if (name === 'name') return sheet.name;
      if (name === 'id') return sheet.id;
      throw invalidArgument(`Worksheet.${name} is not in the fake's API slice`);
    });
    return this;
  }
  getNextOrNullObject(): XlWorksheet {
    this.batch.path([]);
    return new FakeWorksheet(
      this.batch,
      this.resolveChild((sheet) => this.batch.excel.sheetAfter(sheet)),
      true,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    this.batch.path([valuesOnly]);
    return new FakeRange(
      this.batch,
      this.resolveChild((sheet) => this.batch.excel.usedRange(sheet, valuesOnly)),
      true,
    );
  }
  getRange(address: string): XlRange {
    this.batch.path([address]);
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
      return undefined;
    }, WIRE.action([]));
  }
}

class FakeWorksheets implements XlWorksheetCollection {
  private loadedItems: XlWorksheet[] | null = null;
  constructor(private readonly batch: Session) {}
  get items(): XlWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError('PropertyNotLoaded', 'WorksheetCollection.items is not loaded.');
    return this.loadedItems;
  }
  load(propertyNames: string): this {
    const names = propertyNames.split(',').map((n) => n.trim().replace(/^items\//, ''));
    for (const n of names)
      if (!['id', 'name', 'protection/protected'].includes(n))
        throw invalidArgument(`worksheets ${n} is not in the fake's API slice`);
    this.batch.queue(
      () => {
        const sheets = [...this.batch.excel.sheetList];
        const values = sheets.map((sheet) => ({
          id: sheet.id,
          name: sheet.name,
          protected: sheet.protection.protected,
        }));
        this.batch.onSuccess(() => {
          this.loadedItems = sheets.map((sheet, i) => {
            const ws = new FakeWorksheet(
              this.batch,
              () => (this.batch.excel.sheetList.includes(sheet) ? sheet : null),
              false,
            );
            ws.loadedWith({ id: values[i].id, name: values[i].name });
            (ws.protection as FakeProtection).loadedWith({ protected: values[i].protected });
            return ws;
          });
        });
        return { items: values };
      },
      WIRE.action([propertyNames]),
    );
    return this;
  }
  getFirst(): XlWorksheet {
    this.batch.path([]);
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetList[0] ?? null, false);
  }
  getCount(): XlClientResult<number> {
    return new FakeClientResult(this.batch, [], () => this.batch.excel.sheetList.length);
  }
  getItem(name: string): XlWorksheet {
    this.batch.path([name]);
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetByKey(name), false);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    this.batch.path([name]);
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetByKey(name), true);
  }
}

class FakeCustomProperty implements XlCustomProperty {
  constructor(
    private readonly batch: Session,
    readonly key: string,
    private readonly loadedValue?: unknown,
  ) {}
  get value(): unknown {
    if (this.loadedValue === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', 'CustomProperty.value is not loaded.');
    return this.loadedValue;
  }
  delete(): void {
    this.batch.queue(() => {
      this.batch.excel.deleteCustomProperty(this.key);
      return undefined;
    }, WIRE.action([]));
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
    this.batch.queue(
      () => {
        const entries = [...this.batch.excel.customProperties.values()];
        this.batch.onSuccess(() => {
          this.loadedItems = entries.map(
            (p) => new FakeCustomProperty(this.batch, p.key, wantsValues ? p.value : undefined),
          );
        });
        return { items: entries.map((p) => (wantsValues ? p : { key: p.key })) };
      },
      WIRE.action([propertyNames]),
    );
    return this;
  }
  add(key: string, value: string): XlCustomProperty {
    this.batch.queue(
      () => {
        this.batch.excel.setCustomProperty(key, value);
        return undefined;
      },
      WIRE.action([key, value]),
    );
    return new FakeCustomProperty(this.batch, key);
  }
  getItem(key: string): XlCustomProperty {
    this.batch.path([key]);
    return new FakeCustomProperty(this.batch, key);
  }
}

class FakeXmlPart extends FakeProxy<XmlPart> implements XlCustomXmlPart {
  get id(): string {
    return this.read('id');
  }
  load(propertyNames: string): this {
    this.queueLoad(propertyNames, (part, name) => {
      if (name === 'id') return part.id;
      if (name === 'namespaceUri') return part.namespaceUri;
      throw invalidArgument(`CustomXmlPart.${name} is not in the fake's API slice`);
    });
    return this;
  }
  getXml(): XlClientResult<string> {
    return new FakeClientResult(this.batch, [], () => this.target()?.xml ?? '');
  }
  setXml(xml: string): void {
    this.batch.queue(
      () => {
        const part = this.target();
        if (part) this.batch.excel.setXmlPart(part, xml);
        return undefined;
      },
      WIRE.action([xml]),
    );
  }
  delete(): void {
    this.batch.queue(() => {
      const part = this.target();
      if (part) this.batch.excel.deleteXmlPart(part);
      return undefined;
    }, WIRE.action([]));
  }
}

class FakeXmlPartScoped implements XlCustomXmlPartScopedCollection {
  private loadedItems: XlCustomXmlPart[] | null = null;
  constructor(
    private readonly batch: Session,
    private readonly namespaceUri: string,
  ) {}
  get items(): XlCustomXmlPart[] {
    if (!this.loadedItems)
      throw new FakeOfficeError('PropertyNotLoaded', 'CustomXmlPartScopedCollection.items is not loaded.');
    return this.loadedItems;
  }
  load(propertyNames: string): this {
    const names = propertyNames.replace(/items\//g, '');
    this.batch.queue(
      () => {
        const parts = this.batch.excel.xmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
        const items = parts.map(
          (part) =>
            new FakeXmlPart(
              this.batch,
              () => this.batch.excel.xmlParts.find((p) => p.id === part.id) ?? null,
              false,
            ),
        );
        const loaded = parts.map((part) => part.id);
        this.batch.onSuccess(() => {
          items.forEach((item, i) => item.loadedWith({ id: loaded[i] }));
          this.loadedItems = items;
        });
        if (names.split(',').some((n) => n.trim() !== 'id'))
          throw invalidArgument(`only items/id is in the fake's API slice`);
        return { items: loaded.map((id) => ({ id })) };
      },
      WIRE.action([propertyNames]),
    );
    return this;
  }
}

class FakeXmlParts implements XlCustomXmlPartCollection {
  constructor(private readonly batch: Session) {}
  add(xml: string): XlCustomXmlPart {
    let added: XmlPart | null = null;
    this.batch.queue(
      () => {
        added = this.batch.excel.addXmlPart(xml);
        return undefined;
      },
      WIRE.action([xml]),
    );
    return new FakeXmlPart(this.batch, () => added, false);
  }
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection {
    this.batch.path([namespaceUri]);
    return new FakeXmlPartScoped(this.batch, namespaceUri);
  }
  getItem(id: string): XlCustomXmlPart {
    this.batch.path([id]);
    return new FakeXmlPart(
      this.batch,
      () => this.batch.excel.xmlParts.find((p) => p.id === id) ?? null,
      false,
    );
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
      customXmlParts: new FakeXmlParts(session),
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
