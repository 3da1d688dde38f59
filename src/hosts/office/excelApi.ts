/**
 * The narrow, typed slice of the Excel JavaScript API (ExcelApi 1.9; merged areas 1.13) the Office
 * adapter uses. Real `Excel.RequestContext` objects satisfy it structurally; the in-memory fake
 * implements exactly this and nothing more, so anything the adapter starts using must be added here first.
 */

/** `OfficeExtension.ClientResult`: `value` is readable only after `context.sync()`. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlCellPropertiesLoad {
  format?: {
    fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean };
    /** Loads `{ locked, formulaHidden }`. */
    protection?: boolean;
  };
}

/** What `getCellProperties` returns per cell (only the parts we load). */
export interface XlCellProperties {
  format?: {
    fill?: {
      color?: string;
      pattern?: string | null;
      patternColor?: string | null;
      tintAndShade?: number | null;
    };
    protection?: { locked?: boolean | null; formulaHidden?: boolean | null };
  };
}

export interface XlRangeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  clear(): void;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // Office types these as any[][]; we read and write only scalars.
  values: unknown[][];
  formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  load(propertyNames: string): unknown;
  getCellProperties(options: XlCellPropertiesLoad): XlClientResult<XlCellProperties[][]>;
  getMergedAreasOrNullObject(): XlRangeAreas;
  select(): void;
}

/** `Range.format`: the fill we mark with; width, wrapping and row fit for the 自评结论 sheet we add. */
export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  columnWidth: number;
  wrapText: boolean;
  autofitRows(): void;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  /** Comma-separated, sheet-qualified: `Sheet1!A1:B3,Sheet1!C5:C9` (quoted sheet names when needed). */
  readonly address: string;
  load(propertyNames: string): unknown;
}

export interface XlWorksheetProtection {
  readonly protected: boolean;
  readonly options: { readonly allowFormatCells?: boolean };
  load(propertyNames: string): unknown;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  /** Stays the same when the sheet is renamed or moved. */
  readonly id: string;
  readonly protection: XlWorksheetProtection;
  load(propertyNames: string): unknown;
  getNextOrNullObject(): XlWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRange(address: string): XlRange;
  activate(): void;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  /** `items/id,items/name,items/protection/protected`. */
  load(propertyNames: string): unknown;
  getFirst(): XlWorksheet;
  getCount(): XlClientResult<number>;
  /** By name or by id. */
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  /** A new, empty sheet at the end (the 自评结论 sheet). */
  add(name: string): XlWorksheet;
}

export interface XlCustomProperty {
  readonly key: string;
  // Office allows numbers, dates and booleans; ours are strings.
  readonly value: unknown;
  delete(): void;
}

export interface XlCustomPropertyCollection {
  readonly items: XlCustomProperty[];
  load(propertyNames: string): unknown;
  add(key: string, value: string): unknown;
  getItem(key: string): XlCustomProperty;
}

export interface XlCustomXmlPart {
  readonly id: string;
  load(propertyNames: string): unknown;
  getXml(): XlClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface XlCustomXmlPartScopedCollection {
  readonly items: XlCustomXmlPart[];
  load(propertyNames: string): unknown;
}

export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
  getItem(id: string): XlCustomXmlPart;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly properties: { readonly custom: XlCustomPropertyCollection };
  readonly customXmlParts: XlCustomXmlPartCollection;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlRunOptions {
  /** Wait until the person leaves cell edit mode instead of failing (ExcelApi 1.11; ignored before). */
  delayForCellEdit?: boolean;
}

/** `Excel.run(options, batch)`, injected so the fake (or office-addin-mock) can stand in. */
export type ExcelRun = <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** `Office.context.document.settings` (Common API), kept with the document. */
export interface XlDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}
