/**
 * What we assign to `Range.formulas` so that a cell ends up holding exactly a given value. Excel parses
 * assigned strings like typed input (`95%` → 0.95, `=A1` → formula, `TRUE` → boolean, full-width
 * digits → number), so a text that could be parsed gets the quote prefix `'`, which Excel keeps as
 * text and drops from the value. Plain Chinese text is written as is.
 */
import type { CellValue } from '../../core/grid';

// Starts like a number, date, time, currency, sign, formula or quote prefix (half- or full-width).
const PARSEABLE_START = /^[\s\u3000]*[-+=@'.,(（$¥￥€£0-9０-９＋－．]/;
const BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsQuotePrefix(text: string): boolean {
  return PARSEABLE_START.test(text) || BOOLEAN.test(text);
}

/** Input that stores `value` (null empties the cell: Office ignores null in an input array). */
export function inputForValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value !== '' && needsQuotePrefix(value) ? `'${value}` : value;
  return value;
}

/** Input that restores a cell read earlier: its formula when it had one, else its value. */
export function inputForRestore(value: CellValue, formula: unknown): string | number | boolean {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  return inputForValue(value);
}
