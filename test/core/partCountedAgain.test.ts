/**
 * Counts of issues said piece by piece, a later piece counting part of an earlier one or a thing put right
 * (`发现问题3处，其中1处已整改`, `发现2处，另有1处已整改`: our own phrasings, thirty-fifth session): not added to the
 * issues — the answer is refused, never summed to a count no one wrote.
 */
import Decimal from 'decimal.js';
import { scoreRule } from '../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const run = (rule: string, answer: string) =>
  scoreRule({
    rule,
    weight: new Decimal(6),
    input: { value: answer },
    target: null,
    settings: DEFAULT_SETTINGS,
  });

describe('issues counted piece by piece', () => {
  it('adds pieces each counting issues of their own', () => {
    expect(run('每发现一处问题扣1分', '主街2处，小街3处').score?.toNumber()).toBe(1);
  });
  it('does not add a piece counting part of the one before', () => {
    const r = run('每发现一处问题扣1分', '发现问题3处，其中1处已整改');
    expect(r.score).toBeNull();
    expect(r.note).toContain('无法读出个数');
  });
  it('does not add a piece counting things put right', () => {
    expect(run('每发现一处问题扣1分', '发现2处，另有1处已整改').score).toBeNull();
    expect(run('缺少一项扣1分', '缺少2项，其中1项已补齐').score).toBeNull();
  });
});
