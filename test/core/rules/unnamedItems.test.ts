/**
 * Things counted without being named, each worth the same and met or not (`操作间共 10项,每项 1分,全部达到要求的得满分`,
 * `每项措施各1.5分,完成计满分,没有完成计0分`: shapes from the held-out corpus, thirty-fifth session), in our own
 * phrasings with scores worked out by hand: a count of those met earns each one's points; `全部` is every one the row
 * holds (the count the rule gives, or the weight over each one's points); numbers listed (`1,2,4`, `①③`) name the
 * ones met; none met earns nothing.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ROOM = '档案室共 8项,每项 0.5分,全部符合要求的得满分。';
const TASKS = '每项任务各2分,完成计满分,没有完成计0分';

const UNNAMED: Case[] = [
  [ROOM, 4, '符合5项', 2.5, 'bonus'],
  [ROOM, 4, '全部', 4, 'bonus'],
  [ROOM, 4, '1,3,8', 1.5, 'bonus'],
  [ROOM, 4, '0项', 0, 'bonus'],
  // (the row worth other than the count says: which is meant is unsaid)
  [ROOM, 5, '全部', null, 'bonus'],
  [TASKS, 8, '3项', 6, 'bonus'],
  [TASKS, 8, '全部', 8, 'bonus'],
  [TASKS, 8, '①③', 4, 'bonus'],
  [TASKS, 8, '均未完成', 0, 'bonus'],
  // (a number beyond those the row holds)
  [TASKS, 8, '1,5', null, 'bonus'],
];

// (`共4项，1项1分 落实，得1分 未落实无，不得分`: one of the things counted and its bare points, without 每)
const FOUR = '共5项，1项2分 完成，得2分 未完成，不得分';
const ONE_OF_TOTAL: Case[] = [
  [FOUR, 10, '完成3项', 6, 'bonus'],
  [FOUR, 10, '5项均完成', 10, 'bonus'],
  [FOUR, 10, '均未完成', 0, 'bonus'],
  // (one of a thing with no count before it says what one earns, no more)
  ['1项2分', 10, '3项', null, 'manual'],
];

const NOT_SO: Case[] = [
  // (a count of things that are not the items: `共10个乡镇` is no count the points are per)
  ['全县共10个乡镇,每项1分', 10, '全部', null, 'manual'],
  // (met and unmet in words not the same thing: left)
  ['每项任务各2分,完成计满分,资料不全计0分', 8, '3项', null, 'manual'],
];

scoresAsListed([
  ['things counted, unnamed', UNNAMED],
  ['one of the things counted, its points bare', ONE_OF_TOTAL],
  ['counts read no such way', NOT_SO],
]);

describe('things counted, unnamed', () => {
  it('are restated with their count', () => {
    expect(score(ROOM, 4, '全部').explain).toBe('每1项加0.5分，未达到的不加分，不超过分值（共8项）');
  });
});
