/** Numbers in table cells (weights, typed scores, budget amounts): a number, or text that is only a number. */
import Decimal from 'decimal.js';
import type { CellValue } from '../grid';
import { compactText } from '../text';

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** The cell's number as Decimal (exact for text like `0.1`); null when the cell holds no plain number. */
export function decimalIn(value: CellValue | undefined): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value) : null;
  if (typeof value !== 'string') return null;
  // `１０`, `10 分`, `3,000`: full-width digits, a trailing 分 and thousands separators are still the number.
  const s = compactText(value).replace(/,/g, '').replace(/分$/, '');
  return PLAIN_NUMBER.test(s) ? new Decimal(s) : null;
}

/** The largest weight a table can sensibly give one indicator (a table is worth 100, a few 1,000). */
export const MAX_WEIGHT = 1_000;

/**
 * A weight (分值) as Decimal: a number above 0 and at most MAX_WEIGHT. Anything else — negative, zero,
 * not finite, absurd — is no weight: the row is reported as missing one, never scored or summed.
 */
export function weightIn(value: CellValue | undefined): Decimal | null {
  const d = decimalIn(value);
  return d !== null && d.isFinite() && d.greaterThan(0) && d.lessThanOrEqualTo(MAX_WEIGHT) ? d : null;
}

export function numberIn(value: CellValue | undefined): number | null {
  const d = decimalIn(value);
  return d === null ? null : d.toNumber();
}
