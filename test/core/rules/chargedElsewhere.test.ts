/**
 * A deduction charged to a person the rule names, right after the row's own (`…的,每发现一项扣2分、首席代表扣1分`: a
 * shape from the held-out corpus, thirty-sixth session), in our own phrasings with scores worked out by hand: the
 * person's deduction is theirs, not the row's — set aside, and said so in the restatement. A fault that names a
 * person (`未明确分管领导扣1分`) is still the row's.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RULE = '档案资料未按时归档的,每发现一份扣1分、分管领导扣0.5分。';

const CHARGED: Case[] = [
  [RULE, 5, '发现2份', 3, 'perissue'],
  [RULE, 5, '未按时归档3份', 2, 'perissue'],
  [RULE, 5, '无', 5, 'perissue'],
  // (a person named inside a fault of the row's own)
  ['未建立台账扣1分,未明确分管领导扣1分。', 2, '未明确分管领导', 1, 'composite'],
];

scoresAsListed([['a deduction charged to a person besides the row', CHARGED]]);

test('the restatement says the person’s deduction is set aside', () => {
  expect(score(RULE, 5, '无').explain).toContain('分管领导扣0.5分（另计，不计入本项得分）');
});
