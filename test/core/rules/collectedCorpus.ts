/**
 * The project's own corpus of real 评分标准 (test/fixtures/corpus/collected.jsonl, with public sources):
 * every case scored through the engine and tallied as right, left to the person, or wrong.
 */
import Decimal from 'decimal.js';
import * as fs from 'fs';
import * as path from 'path';
import { scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

export const COLLECTED_FILE = path.resolve(__dirname, '..', '..', 'fixtures', 'corpus', 'collected.jsonl');
/** Real phrasings collected later by hand, scored blind, to measure the engine on text it was not built on. */
export const HELDOUT_FILE = path.resolve(__dirname, '..', '..', 'fixtures', 'corpus', 'heldout.jsonl');

export interface CollectedCase {
  input: string;
  score: number | null;
  target?: string;
  why?: string;
}

export interface CollectedRule {
  id: string;
  family: string;
  weight: number;
  rule: string;
  cases: CollectedCase[];
  source: { title?: string; url?: string };
}

export type Verdict = 'right' | 'left' | 'wrong';

export interface Outcome {
  id: string;
  rule: string;
  input: string;
  expected: number | null;
  got: number | null;
  verdict: Verdict;
}

export function readCollected(file = COLLECTED_FILE): CollectedRule[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CollectedRule);
}

/** Right: the expected score (or, where none is expected, no score); left: no score; wrong: any other score. */
export function judge(expected: number | null, got: number | null): Verdict {
  if (got === null) return expected === null ? 'right' : 'left';
  return expected !== null && new Decimal(got).eq(new Decimal(expected)) ? 'right' : 'wrong';
}

export function scoreCollected(rules: CollectedRule[]): Outcome[] {
  return rules.flatMap((r) =>
    r.cases.map((c) => {
      const result = scoreRule({
        rule: r.rule,
        weight: new Decimal(r.weight),
        input: { value: c.input },
        target: c.target === undefined ? null : { value: c.target },
        settings: DEFAULT_SETTINGS,
      });
      const got = result.score === null ? null : result.score.toNumber();
      return { id: r.id, rule: r.rule, input: c.input, expected: c.score, got, verdict: judge(c.score, got) };
    }),
  );
}

export function tally(outcomes: Outcome[]): Record<Verdict, number> {
  const t: Record<Verdict, number> = { right: 0, left: 0, wrong: 0 };
  for (const o of outcomes) t[o.verdict]++;
  return t;
}
