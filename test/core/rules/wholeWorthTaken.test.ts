/**
 * The row's whole worth taken, in the ways a rule says it (`扣完此项分数`, `扣全部分数`, `扣全分`: shapes from the
 * held-out and collected corpora, thirty-fourth session), in our own phrasings with scores worked out by hand:
 * nothing is left; before 为止 the same words stop deductions at 0 instead. A requirement `不合要求` is the requirement
 * not met. One person-time priced without 每 (`一人次扣5分`) says what one costs, not a second.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const MEETINGS = '全年召开安全例会不少于4次，不合要求扣完此项分数。';
const ACCIDENTS = '发生安全责任事故的，扣除本项全部分值；发生一般差错的，每次扣1分。';
const RECORDS = '档案资料不全的，扣全分。';
const STOPPED = '每发现一处台账错误扣1分，扣完该项分数为止。';
const VIOLATIONS = '违章作业一人次扣2分。未戴安全帽一人次扣1分。';

const TAKEN: Case[] = [
  [MEETINGS, 6, '3次', 0, 'bands'],
  [MEETINGS, 6, '5次', 6, 'bands'],
  [ACCIDENTS, 6, '一般差错2次', 4, 'perissue'],
  [ACCIDENTS, 6, '发生安全责任事故1起', 0, 'perissue'],
  [RECORDS, 4, '档案资料不全', 0, 'composite'],
  [RECORDS, 4, '档案资料齐全', 4, 'composite'],
];

const STOPS: Case[] = [
  [STOPPED, 6, '2处', 4, 'perissue'],
  [STOPPED, 6, '8处', 0, 'perissue'],
];

const ONCE: Case[] = [
  [VIOLATIONS, 10, '违章作业1人次', 8, 'composite'],
  [VIOLATIONS, 10, '违章作业1人次，未戴安全帽1人次', 7, 'composite'],
  // (what a second one costs is not written)
  [VIOLATIONS, 10, '违章作业2人次', null, 'composite'],
];

scoresAsListed([
  ["the row's whole worth taken", TAKEN],
  ['the same words before 为止 stop at 0', STOPS],
  ['one person-time priced without 每', ONCE],
]);

describe("the row's whole worth taken", () => {
  it('is restated as nothing given', () => {
    expect(score(RECORDS, 4, '档案资料不全').explain).toBe(
      '按扣分项计分：满分起；档案资料不全不得分，最低0分',
    );
  });
});
