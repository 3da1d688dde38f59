/** Scoring one rule text against one cell the way a table row does, for the rule-engine tests. */
import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import type { RuleResult } from '../../../src/core/rules/types';
import { withDefaults } from '../../../src/core/settings';
import type { ScoringSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/grid';

export interface Cell {
  value: CellValue;
  format?: string;
}

export function score(
  rule: string,
  weight: number,
  input: CellValue | Cell,
  settings: Partial<ScoringSettings> = {},
): RuleResult {
  const cell = input !== null && typeof input === 'object' ? input : { value: input };
  return scoreRule({ rule, weight: new Decimal(weight), input: cell, settings: withDefaults(settings) });
}

/** The score as a plain number (null when unscored), for readable expectations. */
export function points(
  rule: string,
  weight: number,
  input: CellValue | Cell,
  settings: Partial<ScoringSettings> = {},
): number | null {
  const r = score(rule, weight, input, settings);
  return r.score === null ? null : r.score.toNumber();
}
