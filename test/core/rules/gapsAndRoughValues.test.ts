/**
 * Gaps said against a target, and values said roughly (thirtieth session). `每差1个百分点扣0.25分` reads 差 both
 * ways, and the gap reader took the step's first way as the costly one: `超过目标5个百分点` lost points and `低于目标
 * 2个百分点` kept full marks — backwards, on 8 rules of the corpora (a probe answering each rule with both). Now the
 * costly side is below a target to reach (above one not to pass, `≤…`). A loose level with no standard named
 * (`超过95%`, `低于90%`) is no gap, and a value said roughly (`约95%`, `近100%`) no value: both the person's. Our own
 * phrasings. [rule, weight, input, expected score (null: left to the person), expected kind, target]
 */
import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import { withDefaults } from '../../../src/core/settings';
import { scoresAsListed, type Case } from './score';

const SHORT = '优良天数比率:未完成年度目标任务的,每差1个百分点扣0.25分,扣完为止。';

function withTarget(rule: string, weight: number, input: string, target: string): number | null {
  const r = scoreRule({
    rule,
    weight: new Decimal(weight),
    input: { value: input },
    target: { value: target },
    settings: withDefaults({}),
  });
  return r.score === null ? null : r.score.toNumber();
}

describe('a gap said against a target to reach', () => {
  it.each([
    ['超过目标5个百分点', 1],
    ['低于目标2个百分点', 0.5],
    ['差2个百分点', 0.5],
    ['达到目标', 1],
    ['超过95%', null],
  ])('%s scores %s', (input, expected) => {
    expect(withTarget(SHORT, 1, input, '90%')).toBe(expected);
  });

  it('reads a standard named in words on the same side', () => {
    // (the side that costs decides whether a named standard reached is met, as it decides a gap)
    expect(withTarget(SHORT, 1, '高于全省平均值', '90%')).toBe(1);
    expect(withTarget(SHORT, 1, '低于全省平均值', '90%')).toBeNull();
  });

  it('costs above a target not to pass', () => {
    const rule = '成本控制数:超出控制目标的,每差1个百分点扣0.5分。';
    expect(withTarget(rule, 2, '超过目标2个百分点', '≤100%')).toBe(1);
    expect(withTarget(rule, 2, '低于目标2个百分点', '≤100%')).toBe(2);
  });
});

const ROUGH: Case[] = [
  ['成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止。', 20, '约95%', null, 'linear'],
  ['成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止。', 20, '3%', 20, 'linear'],
  ['近三年归档率达100%得3分,96%—99%得2分,在95%及以下不计分。', 3, '近100%', null, 'bands'],
  ['近三年归档率达100%得3分,96%—99%得2分,在95%及以下不计分。', 3, '100%', 3, 'bands'],
];

scoresAsListed([['a value said roughly', ROUGH]]);
