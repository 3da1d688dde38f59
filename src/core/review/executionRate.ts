/**
 * The table's 预算执行率 in percent: the 预算执行率 block of a 自评表, else an indicator named 预算执行率
 * (or 执行率) whose input reads as a rate. Null when the table has neither.
 */
import { readRate } from '../inputs';
import type { ScoredTable } from '../report';
import { compactText } from '../text';
import { BUDGET_BLOCK_HEADERS, BUDGET_RATE_NAME } from '../vocabulary/headers';

const RATE_NAMES = new Set<string>([BUDGET_RATE_NAME, ...BUDGET_BLOCK_HEADERS.rate]);

export function executionRate(scored: ScoredTable): number | null {
  const named = scored.indicators.filter(
    (i) => RATE_NAMES.has(compactText(i.name).replace(/[“”"]/g, '')) && i.input !== null,
  );
  for (const ind of named) {
    const read = readRate({ value: ind.input });
    if (read.ok) return read.value.toDecimalPlaces(2).toNumber();
  }
  return null;
}
