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

/** A phrasing and what it should come to: [rule, weight, input, expected score (null: left to the person), kind]. */
export type Case = [string, number, string, number | null, string];

/**
 * Each case scores as listed: its kind and its points; a scored row has placed every word, a row left to the
 * person is so because the rule or the answer could not be read as the rule asks.
 */
export function scoresAsListed(tables: [string, Case[]][]): void {
  describe.each(tables)('%s', (_name, cases) => {
    it.each(cases)('%s (分值 %s) with %s scores %s as %s', (rule, weight, input, expected, kind) => {
      const r = score(rule, weight, input);
      expect(r.kind).toBe(kind);
      expect(r.score?.toNumber() ?? null).toBe(expected);
      if (expected !== null) {
        expect(r.status).toBe('scored');
        expect(r.unparsed).toEqual([]);
      } else {
        expect(['manual', 'invalid-input']).toContain(r.status);
      }
    });
  });
}
