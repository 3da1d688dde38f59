/**
 * A question whether a fault happened, written without points (`是否存在病虫危害致灾。`; twenty-eighth session):
 * no, or the fault denied in words, earns the row; yes, or the fault said, earns nothing. A degree, a count, a turn
 * or a rule of two questions is the person's. Shapes from the held-out corpus, in our own phrasings.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const PESTS = '是否存在林木病虫害成灾。';
const BREACH = '是否有违反外事纪律事件发生';

const ANSWERED: Case[] = [
  [PESTS, 6, '否', 6, 'checklist'],
  [PESTS, 6, '无', 6, 'checklist'],
  [PESTS, 6, '不存在', 6, 'checklist'],
  [PESTS, 6, '未发现林木病虫害', 6, 'checklist'],
  [PESTS, 6, '没有病虫害成灾', 6, 'checklist'],
  [PESTS, 6, '是', 0, 'checklist'],
  [PESTS, 6, '存在林木病虫害成灾', 0, 'checklist'],
  [BREACH, 4, '未发生', 4, 'checklist'],
  [BREACH, 4, '违反外事纪律事件', 0, 'checklist'],
];

const THE_PERSONS: Case[] = [
  // (how much, how often, or a turn: not a plain yes or no)
  [PESTS, 6, '病虫害较轻', null, 'manual'],
  [PESTS, 6, '发现2处', null, 'manual'],
  [PESTS, 6, '存在病虫害但未成灾', null, 'manual'],
  [BREACH, 4, '发生1起', null, 'manual'],
  // (a word that may be a fault or not, or a question of what was done beside what was found)
  ['接待费支出是否超出预算标准', 4, '否', null, 'manual'],
  ['是否发现问题并及时整改', 4, '否', null, 'manual'],
  // (a question of an absence: its no is the fault)
  ['是否无安全生产责任事故', 4, '否', null, 'manual'],
  ['是否无安全生产责任事故', 4, '是', null, 'manual'],
  // (two questions, one of them not of a fault: which answer goes with which is not said)
  ['是否完成造林,造林是否造成水土流失。', 6, '否', null, 'manual'],
];

scoresAsListed([
  ['a question whether a fault happened, answered', ANSWERED],
  ['a question whether a fault happened, answered otherwise', THE_PERSONS],
]);

describe('a question whether a fault happened', () => {
  it('is restated as the question, with which answer earns the row', () => {
    const r = score(PESTS, 6, '未发现林木病虫害');
    expect(r.explain).toBe('按是否存在林木病虫害成灾计分：否得满分，是不得分');
    expect(r.note).toBe('实际完成情况为“未发现林木病虫害”，评分标准所列要求已达到，得6.00分');
  });
});
