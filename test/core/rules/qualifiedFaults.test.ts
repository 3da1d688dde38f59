/**
 * Faults singled out by numbers in their own words (`偏差10%以上的项目未作分析每一项扣10分`,
 * `迟到、早退10分钟之内的每次扣1分`, `道路两侧50米之内…清理不及时的，每处扣5分`: shapes from the held-out corpus,
 * thirty-fourth session), in our own phrasings with scores worked out by hand. The numbers say which things count as
 * the fault, so the answer is a count of them; an answer with a measure of its own is the person's to weigh, and a
 * count, or a time, in the words is no such name (it may be a threshold on what is counted).
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ARCHIVES = '归档超过30天的案卷，每卷扣0.5分，扣完为止。';
const PAYMENTS = '单笔金额5000元以上的支出未经集体研究的每笔扣1分。';
const POTHOLES = '面积在5平方米以下的破损路面，每处扣0.5分；面积在5平方米以上的破损路面，每处扣2分。';

const COUNTED: Case[] = [
  [ARCHIVES, 4, '3卷', 2.5, 'perissue'],
  [ARCHIVES, 4, '无', 4, 'perissue'],
  [ARCHIVES, 4, '10卷', 0, 'perissue'],
  // (the answer's own 45 days: whether the thing counts is the person's to weigh)
  [ARCHIVES, 4, '归档45天2卷', null, 'perissue'],
  [PAYMENTS, 3, '2笔', 1, 'perissue'],
  [PAYMENTS, 3, '单笔6000元支出1笔', null, 'perissue'],
];

const CLASSES: Case[] = [
  [POTHOLES, 6, '5平方米以上的破损路面1处', 4, 'composite'],
  [POTHOLES, 6, '5平方米以下的破损路面2处，5平方米以上的破损路面1处', 3, 'composite'],
  // (which of the two: not said)
  [POTHOLES, 6, '破损路面1处', null, 'composite'],
  [POTHOLES, 6, '8平方米破损路面1处', null, 'composite'],
  [POTHOLES, 6, '面积在3平方米以上的破损路面1处', null, 'composite'],
];

const NOT_NAMES: Case[] = [
  // (a count in the words may be a threshold on the count itself, in another unit's spelling)
  ['全年信访量超过10起的，每件扣1分', 6, '12件', null, 'manual'],
  // (days counted past days: the measure itself)
  ['超过3个工作日的，每个工作日扣1分', 6, '5个工作日', null, 'manual'],
];

scoresAsListed([
  ['a fault singled out by numbers in its words', COUNTED],
  ['classes of a fault told apart by their numbers', CLASSES],
  ['counts and times before a step are no names', NOT_NAMES],
]);

describe('a fault singled out by numbers in its words', () => {
  it('is restated with its numbers', () => {
    expect(score(ARCHIVES, 4, '3卷').explain).toBe('每发现一卷“归档超过30天的案卷”扣0.5分，最低0分');
    expect(score(POTHOLES, 6, '1处').explain).toBe(
      '按扣分项计分：满分起；面积在5平方米以下的破损路面每1处扣0.5分；面积在5平方米以上的破损路面每1处扣2分，最低0分',
    );
  });
});
