/**
 * One sentence asking for things and counts of things, closed by its worth (`成立有人民调解中心,中心有3名以上专职
 * 人民调解员,…,做到矛盾不上交。(4分)`: a shape from the held-out corpus, thirty-sixth session), in our own phrasings
 * with scores worked out by hand: all met or not, as one requirement is. The restatement keeps the counts in the
 * words they were written with; one part said done (`已成立…服务站`) says nothing of the counts and is the person's.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RULE = '成立社区志愿服务站,站内有5名以上注册志愿者,能定期开展志愿服务活动。(3分)';

const ASKED: Case[] = [
  [RULE, 3, '是', 3, 'checklist'],
  [RULE, 3, '全部落实', 3, 'checklist'],
  [RULE, 3, '否', 0, 'checklist'],
  [RULE, 3, '未成立志愿服务站', 0, 'checklist'],
  [RULE, 3, '注册志愿者4名', 0, 'checklist'],
  // (one part said done, the count not said)
  [RULE, 3, '已成立社区志愿服务站', null, 'checklist'],
  // (the stated worth is not the row's)
  [RULE, 4, '是', null, 'manual'],
];

scoresAsListed([['a sentence of things and counts asked, worth its points', ASKED]]);

test('the restatement keeps the count asked in its own words', () => {
  expect(score(RULE, 3, '是').explain).toContain('站内有5名以上注册志愿者');
});
