/**
 * A rule that scores each period, the year's score their mean (twentieth session): `…每季度一排名，第一名得基本分
 * 20分，名次每减1位减基本分5%。年终按四个季度的得分数取平均值。` The answer gives every period once — alike
 * (`四个季度均为第3名`), in runs (`1-6月第1名，7-12月第5名`, `一、二季度第2名，三、四季度第1名`) or in turn
 * (`四个季度分别为第1、2、3、4名`); one value for the year, or periods missing or given twice, are the person's
 * to sort out. Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { score, scoresAsListed, type Case } from './score';

const QUARTERS =
  '按《项目进度表》每季度一排名,第一名得基本分20分,名次每减1位减基本分5%。年终按四个季度的得分数取平均值。';
const MONTHS = '按月报表每月一排名,第一名得10分,名次每下降1位扣0.5分。年终按照12个月的得分取平均值。';
const PERIODS: Case[] = [
  [QUARTERS, 20, '四个季度均为第3名', 18, 'rank'],
  [QUARTERS, 20, '一、二季度第2名，三、四季度第1名', 19.5, 'rank'],
  [QUARTERS, 20, '四个季度分别为第1、2、3、4名', 18.5, 'rank'],
  [QUARTERS, 20, '第三季度第5名', null, 'rank'],
  [QUARTERS, 20, '第2名', null, 'rank'],
  [MONTHS, 10, '1-4月第2名，5-12月第4名', 8.83, 'rank'],
  [MONTHS, 10, '12个月均为第1名', 10, 'rank'],
  // (Months given twice, or not all of them.)
  [MONTHS, 10, '1-6月第1名，6-12月第2名', null, 'rank'],
  [MONTHS, 10, '1-6月第1名', null, 'rank'],
  // (A period the rule leaves to the person — short of full marks where the shortfall is judged — leaves the year.)
  [MONTHS.replace('扣0.5分。', '扣0.5分,否则酌情扣分。'), 10, '1-6月第1名，7-12月第3名', null, 'rank'],
  [MONTHS.replace('扣0.5分。', '扣0.5分,否则酌情扣分。'), 10, '12个月均为第1名', 10, 'rank'],
];

scoresAsListed([['each period scored, the year the mean', PERIODS]]);

describe('a mean of periods, said back', () => {
  it('restates the averaging with the rule', () => {
    expect(parseRule(MONTHS).explain).toContain('年终按照12个月的得分取平均值');
  });
  it('says each run of periods and what it earned', () => {
    expect(score(MONTHS, 10, '1-6月第1名，7-12月第3名').note).toBe(
      '6个月第1名，各得10分；6个月第3名，各得9分，按12个月取平均值，得9.50分',
    );
  });
});
