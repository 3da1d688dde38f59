/** ExcelJS cell values → the grid's plain values (what the person sees, formulas as their results). */
import type { Cell, CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../../core/grid';

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 date system's day 0 to 1970-01-01; the 1904 system starts 1,462 days later. */
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

/** Dates become Excel serial numbers, as Office.js reports them, so every host hands the core the same. */
export function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
}

function plain(v: ExcelValue | undefined, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return excelSerial(v, date1904);
  if ('richText' in v) return plain(v.richText.map((r) => r.text).join(''), date1904);
  if ('error' in v) return v.error;
  if ('hyperlink' in v) return plain(v.text as ExcelValue, date1904);
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result as ExcelValue, date1904);
  return null;
}

/** The value a grid cell holds for an ExcelJS cell (merged non-master cells are blank). */
export function gridValue(cell: Cell, date1904: boolean): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return plain(cell.value, date1904);
}

export function isFormula(cell: Cell): boolean {
  const v = cell.value;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}
