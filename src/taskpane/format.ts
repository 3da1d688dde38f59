/** Score display: decimal.js so 82.7 shows as 82.7, never 82.70000000000002. */
import Decimal from 'decimal.js';

export function formatScore(value: number | null): string {
  return value === null ? '—' : new Decimal(value).toString();
}

/** Score ÷ weight as a percentage with one decimal, clamped to 0–100 for drawing; null without a weight. */
export function scoreRate(score: number, weight: number | null): Decimal | null {
  if (weight === null || weight <= 0) return null;
  return Decimal.max(0, Decimal.min(100, new Decimal(score).div(weight).times(100))).toDecimalPlaces(1);
}
