/**
 * How a fault's words are read (fourteenth session). What a step found is part of its fault (`报表每发现一处错误扣0.5分`: `报表错误`), and a step counting nothing of
 * its own counts some of an earlier step's things (`每发生1起安全事故扣1分,造成人员伤亡的每起扣2分`): naming it
 * leaves to the person whether both are deducted. A negation and its verb name a fault whose words part them
 * (`未签订` for `未与下级单位负责人签订…责任书`). Shapes from the held-out corpus, in our own phrasings with
 * scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const FOUND_AFTER_MEASURE = '台账每发现一处错误扣0.5分,每迟报一天扣1分。';
const SOME_OF_EARLIER = '每发生1起安全事故扣1分,造成人员伤亡的每起扣2分。';

const FOUND_NOUN: Case[] = [
  [FOUND_AFTER_MEASURE, 10, '台账错误3处', 8.5, 'composite'],
  [FOUND_AFTER_MEASURE, 10, '错误2处，迟报1天', 8, 'composite'],
  [FOUND_AFTER_MEASURE, 10, '无', 10, 'composite'],
];

const COUNTS_SOME_OF: Case[] = [
  [SOME_OF_EARLIER, 6, '安全事故2起', 4, 'composite'],
  [SOME_OF_EARLIER, 6, '无', 6, 'composite'],
  [SOME_OF_EARLIER, 6, '安全事故1起，造成人员伤亡1起', null, 'composite'],
];

const SPREAD = '未与下级单位负责人签订安全生产目标责任书的扣5分;未在醒目位置张贴安全警示标志扣2分';
const NEGATION_AND_VERB: Case[] = [
  [SPREAD, 7, '未签订', 2, 'composite'],
  [SPREAD, 7, '未签订,未张贴', 0, 'composite'],
  [SPREAD, 7, '已签订', 7, 'composite'],
  // (a verb neither fault holds names neither)
  [SPREAD, 7, '未完成', null, 'composite'],
];

scoresAsListed([
  ['what each one found is names the fault', FOUND_NOUN],
  ['a step counting some of an earlier step’s things', COUNTS_SOME_OF],
  ['a negation and its verb, parted in the fault’s words', NEGATION_AND_VERB],
]);

describe('a step counting some of an earlier step’s things', () => {
  it('restates it with the things it counts, and says why naming it is the person’s', () => {
    const r = score(SOME_OF_EARLIER, 6, '安全事故1起，造成人员伤亡1起');
    expect(r.explain).toContain('造成人员伤亡的安全事故每1起扣2分');
    expect(r.note).toContain('“造成人员伤亡的安全事故”也是“安全事故”，评分标准未写明是否两项都扣');
  });
});
