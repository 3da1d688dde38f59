/**
 * Rates read for points and shares (nineteenth session). Shapes from the held-out corpus, in our own phrasings
 * with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/**
 * `每个百分点得1分` after the rate's own definition, with no standard it counts from: a rate answered earns its
 * points per point, up to the row's weight; a count or words are no rate.
 */
const USE_RATE = '设备使用率=实际使用机时/额定机时×100%,每个百分点得0.5分。';
const PER_POINT: Case[] = [
  [USE_RATE, 50, '72%', 36, 'bonus'],
  [USE_RATE, 50, '0%', 0, 'bonus'],
  [USE_RATE, 50, '120%', 50, 'bonus'],
];

/**
 * A share said in other words: `按比例在0-100分之间评分` (the share, between nothing and the row's stated worth),
 * `按比例扣除`, and a value reached with its verb after it (`100%完成得8分`).
 */
const SPENT = '年度资金支出率达到或超过100%的得80分,支出率低于100%的,按比例在0-80分之间评分。';
const SHARES: Case[] = [
  [SPENT, 80, '90%', 72, 'bands'],
  [SPENT, 80, '103%', 80, 'bands'],
  [SPENT, 60, '90%', null, 'manual'],
  ['覆盖率达到80%的得10分,未达80%的,按比例扣除,扣完为止。', 10, '60%', 7.5, 'bands'],
  ['培训计划完成率,100%完成得8分,100%以下按比例扣分。', 8, '75%', 6, 'bands'],
  ['培训计划完成率,100%完成得8分,100%以下按比例扣分。', 8, '120%', 8, 'bands'],
];

/**
 * Parts answered one piece each, one of them a bare value (`30.2%，增幅0.6%`): the pieces naming their parts place
 * themselves, and the bare value answers the one part they leave. Two bare values name nothing.
 */
const EXERCISE = '体育锻炼人数比例≥30%,得1分,每下降0.1%扣0.1分,扣完为止;比上年度增幅达到0.5%以上,得1分。';
const BARE_PIECE: Case[] = [
  [EXERCISE, 2, '31%，增幅0.6%', 2, 'composite'],
  [EXERCISE, 2, '增幅0.2%，29.8%', 0.8, 'composite'],
  [EXERCISE, 2, '31%，0.6%', null, 'composite'],
];

scoresAsListed([
  ['points for each percentage point of a rate', PER_POINT],
  ['parts answered with one bare value', BARE_PIECE],
  ['a share said in other words', SHARES],
]);

describe('points per percentage point, in the note', () => {
  it('names the percentage point it counts', () => {
    expect(score(USE_RATE, 50, '72%').note).toContain('每1个百分点加0.5分');
  });
});
