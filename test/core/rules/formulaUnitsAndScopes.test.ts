/**
 * A formula's name with its unit in brackets, and a clean answer that first says when (twentieth session).
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

/** `4分×合格率(%)`: the bracketed `%` says the name is a rate; the product reads as without it. */
const PASS_RATE = '计分方法为:4分×抽检合格率(%),抽检合格率=合格批次÷抽检批次。';
const UNIT_NOTE: Case[] = [
  [PASS_RATE, 4, '90%', 3.6, 'formula'],
  [PASS_RATE, 4, '100%', 4, 'formula'],
  // A second name in the product is still not ours to fill in.
  ['计分方法为:4分×抽检合格率(%)×系数', 4, '90%', null, 'manual'],
];

/** `全年未发生…`, `年内未发现…`: when the answer speaks of, then none of the fault — no fault. */
const SCOPED: Case[] = [
  ['发生较大森林火灾不得分。', 6, '全年未发生森林火灾', 6, 'composite'],
  ['发生较大森林火灾不得分。', 6, '年内未发生较大森林火灾', 6, 'composite'],
  ['发生较大森林火灾不得分。', 6, '发生较大森林火灾1起', 0, 'composite'],
];

scoresAsListed([
  ['a formula name with its unit in brackets', UNIT_NOTE],
  ['none of a fault, said with when', SCOPED],
]);
