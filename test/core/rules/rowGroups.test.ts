/**
 * One rule written for two kinds of unit at once (`…的，产区得2.5分，非产区得1.5分；每减少1个百分点，产区扣0.5分，非产区扣
 * 0.3分`: a shape from the held-out corpus, thirty-sixth session), in our own phrasings with scores worked out by
 * hand. The row is scored by one group's amounts: the group its answer names, or else the one whose full points
 * are the row's weight. A scale (`一等…二等…三等`) and a pair written once are not such groups.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RULE =
  '污水收集率不低于90%的，城区得3分，乡镇得2分；每降低1个百分点，城区扣0.5分，乡镇扣0.4分；低于80%不得分。';

const GROUPS: Case[] = [
  // (the weight is the 城区 full points)
  [RULE, 3, '88%', 2, 'linear'],
  [RULE, 3, '92%', 3, 'linear'],
  [RULE, 3, '79%', 0, 'linear'],
  // (the weight is the 乡镇 full points)
  [RULE, 2, '88%', 1.2, 'linear'],
  // (the answer names the group)
  [RULE, 3, '乡镇，88%', 1.2, 'linear'],
  // (the weight fits neither group and the answer names none)
  [RULE, 4, '88%', null, 'manual'],
  // (a scale of three, not two groups)
  [
    '省级评比一等加3分、二等加2分、三等加1分；市级评比一等加3分、二等加2分、三等加1分。',
    3,
    '一等',
    null,
    'manual',
  ],
];

scoresAsListed([['a rule written for two groups at once', GROUPS]]);

test('the note names the group the row was scored as, and why', () => {
  const r = score(RULE, 3, '88%');
  expect(r.note).toMatch(/^按城区计（本行分值3分即城区满分）：/);
  expect(r.explain).toMatch(/^按城区计：/);
  expect(score(RULE, 3, '乡镇，88%').note).toMatch(/^按乡镇计：/);
});
