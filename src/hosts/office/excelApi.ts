/**
 * The narrow, typed slice of the Excel JavaScript API (ExcelApi 1.9, merges 1.13) the Office adapter
 * uses. Real `Excel.RequestContext` objects satisfy it structurally; the in-memory fake implements
 * exactly this and nothing more, so anything the adapter starts using must be added here first.
 */

/** `OfficeExtension.ClientResult`: `value` is readable only after `context.sync()`. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlFillLoad {
  color?: boolean;
  pattern?: boolean;
  patternColor?: boolean;
}

export interface XlCellPropertiesLoad {
  format?: { fill?: XlFillLoad };
}

/** What `getCellProperties` returns per cell (only the parts we load). */
export interface XlCellProperties {
  format?: { fill?: { color?: string; pattern?: string; patternColor?: string } };
}

export interface XlRangeFill {
  color: string;
  pattern: string;
  patternColor: string;
  clear(): void;
}

export interface XlRange {
  readonly isNullObject: boolean;
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
  getBoundingRect(anotherRange: string): XlRange;
  getIntersectionOrNullObject(anotherRange: string): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
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
  load(propertyNames: string): unknown;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: XlWorksheetProtection;
  load(propertyNames: string): unknown;
  getNextOrNullObject(): XlWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRange(address: string): XlRange;
  activate(): void;
}

export interface XlWorksheetCollection {
  getFirst(): XlWorksheet;
  getCount(): XlClientResult<number>;
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
  /** Deleting a null object does nothing, so removing a key that is already gone cannot fail a batch. */
  getItemOrNullObject(key: string): XlCustomProperty;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly properties: { readonly custom: XlCustomPropertyCollection };
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
