import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readCorpus } from './corpusFile';

const corpus = readCorpus();

describe('the public rule corpus scores as listed', () => {
  it('has the shared corpus to test against', () => {
    expect(corpus.length).toBeGreaterThan(20);
  });

  describe.each(corpus.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const score = (input: string) =>
      scoreRule({
        rule: r.rule,
        weight: new Decimal(r.weight),
        input: { value: input },
        settings: DEFAULT_SETTINGS,
      });

    it(`is read as ${r.kind}, with nothing left unplaced`, () => {
      const result = score(r.cases[0]?.input ?? '');
      expect(result.kind).toBe(r.kind);
      expect(result.unparsed).toEqual([]);
      expect(result.explain).not.toBe('');
    });

    if (r.cases.length > 0) {
      it.each(r.cases.map((c) => [c.input, c.score] as const))('input %s scores %s', (input, expected) => {
        const result = score(input);
        expect(result.score === null ? null : result.score.toNumber()).toBe(expected);
        if (expected !== null) expect(result.status).toBe('scored');
      });
    }
  });
});
