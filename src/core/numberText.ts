/** How numbers read in notes and explanations: one place, so every note agrees. */
import Decimal from 'decimal.js';

/** `95`, `0.5`, `-3.25`: no trailing zeros, no exponent. */
export function formatPlain(d: Decimal): string {
  const s = d.toFixed();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** `92.00%` from percentage points (92). */
export function formatPercent(points: Decimal, places = 2): string {
  return `${points.toFixed(places, Decimal.ROUND_HALF_UP)}%`;
}

/** A score at the table's decimals: `2.40`. */
export function formatScore(d: Decimal, decimals: number): string {
  return d.toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** Half-up rounding to the table's decimals (finance rounding, not banker's). */
export function roundScore(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** A computed score: rounded half-up, and within [0, weight] after rounding (full marks are the weight itself). */
export function finalScore(raw: Decimal, weight: Decimal, decimals: number): Decimal {
  return Decimal.min(Decimal.max(roundScore(raw, decimals), 0), weight);
}
