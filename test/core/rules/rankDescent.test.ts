/**
 * Ranks that go down one by one after those given points (twenty-first session): `第一名30分，按名次依次递减1.5分`,
 * `前5名得满分；其他依次递减0.5分` — each rank below the last one listed costs the amount, down to nothing. A run of
 * ranks may take its points in words (`得满分`) and be led by several words; a comma after a rank's points ends
 * its list. A run may be priced off the full marks of a run above it (`6-10名的扣0.5分`) and the last may
 * hold every rank after one (`11名以后`, twenty-fourth session). Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { scoresAsListed, type Case } from './score';

const BY_RANK = '按各乡镇投诉办结率排名,第一名30分,按名次依次递减1.5分。';
const TOP_FIVE = '信息报送、宣传考核排名前5名得满分;其他依次递减0.5分。';
const TOP_THREE = '按季度综合排名前3名得4分,其他依次递减0.2分';
const DESCENT: Case[] = [
  [BY_RANK, 30, '第1名', 30, 'rank'],
  [BY_RANK, 30, '第7名', 21, 'rank'],
  [TOP_FIVE, 5, '第5名', 5, 'rank'],
  [TOP_FIVE, 5, '第8名', 3.5, 'rank'],
  [TOP_FIVE, 5, '第20名', 0, 'rank'],
  [TOP_THREE, 4, '第2名', 4, 'rank'],
  [TOP_THREE, 4, '第6名', 3.4, 'rank'],
];

// Runs of ranks priced off the full marks a run above gets, the last open to every rank after it (`11名以后`).
const OFF_FULL = '按完成占比排名,前5名的得满分,6-10名的扣0.5分,11名以后扣1分。';
const AFTER_POINTS = '排名第1名得5分,第2名得4分,第3名及以后得2分';
const OPEN_RUNS: Case[] = [
  [OFF_FULL, 5, '第3名', 5, 'rank'],
  [OFF_FULL, 5, '第8名', 4.5, 'rank'],
  [OFF_FULL, 5, '第11名', 4, 'rank'],
  [OFF_FULL, 5, '30', 4, 'rank'],
  [AFTER_POINTS, 5, '第2名', 4, 'rank'],
  [AFTER_POINTS, 5, '第9名', 2, 'rank'],
  // (a deduction with no full marks above it is off what the rule does not say)
  ['第6-10名的扣0.5分,第11名以后扣1分', 5, '第8名', null, 'manual'],
  // (`第3名` alone is one rank: the ones after it are not said)
  ['第1名得5分,第2名得4分,第3名得2分', 5, '第9名', null, 'rank'],
];

scoresAsListed([
  ['ranks going down one by one', DESCENT],
  ['runs of ranks off full marks, and every rank after one', OPEN_RUNS],
]);

describe('the restatement of runs of ranks', () => {
  it('names the open run and, with every rank covered, leaves none to the person', () => {
    const { explain } = parseRule(OFF_FULL);
    expect(explain).toBe('按名次计分：第1至5名得满分；第6至10名扣0.5分；第11名及以后扣1分');
  });
});
