/** What a grid cell shows: a small subset of Excel number formats (percent, fixed decimals, text). */
import Decimal from 'decimal.js';
import type { CellValue } from '../core/grid';

function decimalsIn(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

export function cellText(value: CellValue, format?: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const number = new Decimal(value);
  if (format && format !== 'General' && format !== '@') {
    if (format.includes('%')) return `${number.times(100).toFixed(decimalsIn(format))}%`;
    if (/^[#,]*0(\.0+)?$/.test(format)) return number.toFixed(decimalsIn(format));
  }
  // General: up to 10 decimals, trailing zeros dropped, like Excel's narrow-column display.
  return number.toDecimalPlaces(10).toString();
}
