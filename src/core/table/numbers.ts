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

/** Money units an amount may be typed with (`4753.66万元`), and their size in 元. */
const MONEY_UNITS: readonly (readonly [string, number])[] = [
  ['亿元', 1e8],
  ['万元', 1e4],
  ['元', 1],
];

/** The money unit a label states (`预算执行情况（万元）`, `项目资金(万元)`): its size in 元, or null. */
export function moneyUnitIn(label: string): number | null {
  const m = /[(（](亿元|万元|元)[)）]/.exec(label);
  return m === null ? null : (MONEY_UNITS.find(([u]) => u === m[1]) as readonly [string, number])[1];
}

/** An amount as written: its number, and the size in 元 of the unit typed with it (null: none typed). */
function amountAsTyped(value: CellValue | undefined): { n: Decimal; unit: number | null } | null {
  const plain = decimalIn(value);
  if (plain !== null) return { n: plain, unit: null };
  if (typeof value !== 'string') return null;
  const s = compactText(value).replace(/,/g, '');
  const unit = MONEY_UNITS.find(([u]) => s.endsWith(u));
  if (unit === undefined) return null;
  const n = s.slice(0, -unit[0].length);
  return PLAIN_NUMBER.test(n) ? { n: new Decimal(n), unit: unit[1] } : null;
}

/**
 * Two amounts to divide, in one unit: each as typed (`650`, `94万元`), a bare number in the unit the block's
 * label states (`（万元）`) or, stating none, in the other amount's unit.
 */
export function amountsIn(
  a: CellValue | undefined,
  b: CellValue | undefined,
  labelUnit: number | null,
): [Decimal | null, Decimal | null] {
  const [x, y] = [amountAsTyped(a), amountAsTyped(b)];
  const unitOf = (v: typeof x, other: typeof x) => v?.unit ?? labelUnit ?? other?.unit ?? 1;
  return [x && x.n.times(unitOf(x, y)), y && y.n.times(unitOf(y, x))];
}
