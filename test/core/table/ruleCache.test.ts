import Decimal from 'decimal.js';
import { parseRule, scoreRule } from '../../../src/core/rules';
import type { RuleRequest } from '../../../src/core/rules/types';
import { DEFAULT_SETTINGS, type StepMode } from '../../../src/core/settings';
import {
  MAX_CACHED_RULES,
  MAX_CACHED_TEXT,
  cachedParseRule,
  cachedRuleCount,
} from '../../../src/core/table/ruleCache';
import { readCollected } from '../rules/collectedCorpus';
import { readCorpus } from '../rules/corpusFile';

const STEPS: StepMode[] = ['prorata', 'ceil', 'floor'];

/** Every case of both corpora, also at another weight (a stated weight is checked against the row's). */
function requests(): RuleRequest[] {
  const rules = [...readCorpus(), ...readCollected()];
  return rules.flatMap((r) =>
    r.cases.flatMap((c) =>
      [r.weight, r.weight + 1].flatMap((weight) =>
        STEPS.map((steps): RuleRequest => ({
          rule: r.rule,
          weight: new Decimal(weight),
          input: { value: c.input },
          target: c.target === undefined ? null : { value: c.target },
          settings: { ...DEFAULT_SETTINGS, steps },
        })),
      ),
    ),
  );
}

describe('the parse cache', () => {
  it('scores every corpus case as parsing afresh does, on first use and on every hit', () => {
    const all = requests();
    expect(all.length).toBeGreaterThan(1000);
    // Decimals write themselves as their digits: the JSON says everything a result holds.
    const fresh = all.map((req) => JSON.stringify(scoreRule(req)));
    // Twice through the cache: a later hit would differ if scoring had changed a cached parse.
    for (let pass = 0; pass < 2; pass++)
      expect(all.map((req) => JSON.stringify(scoreRule(req, cachedParseRule)))).toEqual(fresh);
  });

  it('keeps one parse per text and step mode', () => {
    const text = '预算完成率≥95%，得3分；每降低5%，扣1分，扣完为止。';
    const a = cachedParseRule(text, 'prorata');
    expect(cachedParseRule(text, 'prorata')).toBe(a);
    const ceil = cachedParseRule(text, 'ceil');
    expect(ceil).not.toBe(a);
    expect(ceil.explain).toBe(parseRule(text, 'ceil').explain);
    expect(a.explain).toBe(parseRule(text, 'prorata').explain);
  });

  it('is bounded, dropping the least recently used', () => {
    const text = (i: number) => `完成率≥${i}%，得1分。`;
    const first = cachedParseRule(text(0), 'prorata');
    for (let i = 1; i <= MAX_CACHED_RULES + 10; i++) {
      cachedParseRule(text(i), 'prorata');
      if (i % 100 === 0) expect(cachedParseRule(text(0), 'prorata')).toBe(first);
    }
    expect(cachedRuleCount()).toBe(MAX_CACHED_RULES);
    // Kept while in use; text(1) was not used since and has gone.
    expect(cachedParseRule(text(0), 'prorata')).toBe(first);
    const one = cachedParseRule(text(1), 'prorata');
    expect(cachedParseRule(text(1), 'prorata')).toBe(one);
    expect(cachedRuleCount()).toBe(MAX_CACHED_RULES);
  });

  it('parses a very long text every time instead of keeping it', () => {
    const long = '完成率≥90%，得1分。' + '说明'.repeat(MAX_CACHED_TEXT);
    expect(cachedParseRule(long, 'prorata')).not.toBe(cachedParseRule(long, 'prorata'));
    expect(cachedParseRule(long, 'prorata')).toEqual(parseRule(long, 'prorata'));
  });
});
