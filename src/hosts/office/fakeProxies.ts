/**
 * The Excel fake's proxies: what the adapter holds (worksheets, ranges, fills, custom properties and XML
 * parts). They queue operations on the batch (./fakeWire.ts); the engine (./fakeExcel.ts) runs them at
 * sync with Excel's rules.
 */
import type { MergedArea } from '../../core/grid';
import type {
  XlCellProperties,
  XlCellPropertiesLoad,
  XlClientResult,
  XlContext,
  XlCustomProperty,
  XlCustomPropertyCollection,
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlCustomXmlPartScopedCollection,
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
import type { FakeExcel } from './fakeExcel';
import type { FakeFill } from './fakeFills';
import { areaAddress, invalidArgument, parseRangeAddress } from './fakeModel';
import type { FakeSheet, RangeRef, XmlPart } from './fakeModel';
import { FakeOfficeError, Session, WIRE } from './fakeWire';

const MERGED_AREAS_LIMIT = 512;

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

/** `Range.format`: the fill, and the width, wrapping and row fit of the 自评结论 sheet we add. */
class FakeRangeFormat implements XlRangeFormat {
  readonly fill: XlRangeFill;
  constructor(private readonly range: FakeRange) {
    this.fill = new FakeFillProxy(range);
  }
  private notLoaded(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'format layout is not loaded by this adapter.');
  }
  get columnWidth(): number {
    return this.notLoaded();
  }
  set columnWidth(width: number) {
    this.range.queueLayout(width);
  }
  get wrapText(): boolean {
    return this.notLoaded();
  }
  set wrapText(wrap: boolean) {
    this.range.queueLayout(wrap);
  }
  autofitRows(): void {
    this.range.queueLayout(null);
  }
}

class FakeRange extends FakeProxy<RangeRef> implements XlRange {
  readonly format: XlRangeFormat = new FakeRangeFormat(this);

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

  queueLayout(argument: unknown): void {
    this.batch.queue(
      () => {
        const ref = this.target();
        if (ref) this.batch.excel.checkLayout(ref);
        return undefined;
      },
      WIRE.action([argument]),
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
  add(name: string): XlWorksheet {
    this.batch.queue(
      () => {
        this.batch.excel.addSheet(name);
        return undefined;
      },
      WIRE.action([name]),
    );
    return new FakeWorksheet(this.batch, () => this.batch.excel.sheetByKey(name), false);
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

export class FakeContext implements XlContext {
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
