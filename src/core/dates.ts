/**
 * Dates in cells. Excel stores a date as a serial day number with a date format (or, from other
 * writers, a `t="d"` cell, which hosts hand over the same way): 2023-03-15 is 45000. Read as a rate
 * or a count it would score confidently and wrongly, so an input that is a date is reported instead,
 * showing the date as the person sees it.
 */
import type { InputValue } from './rules/types';

/** True for a number format that shows a date or a time (`yyyy/m/d`, `yyyy"年"m"月"`, `h:mm`, `[h]:mm:ss`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '') // quoted literals
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // spacing and fill characters
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, ''); // colours, locales, conditions; keeps [h] [mm] [ss]
  return /[ymdhs]/i.test(bare) || /上午\/下午|AM\/PM|A\/P/i.test(bare);
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system (which counts the non-existent 1900-02-29). */
const EPOCH_1900 = 25_569;

/** `45000` → `2023-03-15`; with a time of day, `2023-03-15 08:30`. */
export function dateText(serial: number): string {
  const ms = Math.round((serial - EPOCH_1900) * MS_PER_DAY);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** The date an input cell holds, as text, or null when it is not a date. */
export function dateIn(input: InputValue | null | undefined): string | null {
  if (!input || typeof input.value !== 'number' || !Number.isFinite(input.value)) return null;
  if (!isDateFormat(input.format)) return null;
  // Beyond 9999-12-31 Excel shows ####; such a number is no date anyone typed.
  if (input.value < 0 || input.value > 2_958_465) return null;
  return dateText(input.value);
}
