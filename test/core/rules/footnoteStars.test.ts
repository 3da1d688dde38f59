/**
 * A star after points before a clause of its own (`…实行了综合管理。3分*分散管理不得分,…`, `三分开(3分)*,否则…`:
 * shapes from the collected and held-out corpora, thirty-fourth session), in our own phrasings with scores worked
 * out by hand: the star marks a note, a sentence break; before a measure (`20分*执行率`) it still multiplies.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ROOM = '建立档案室，档案集中统一管理。2分*档案分散存放不得分。';
const TRAINING = '档案人员参加业务培训。1分 *由其他人员代替参加的不得分';

const NOTES: Case[] = [
  [ROOM, 2, '档案分散存放', 0, 'composite'],
  [ROOM, 2, '集中统一管理', 2, 'composite'],
  [TRAINING, 1, '由其他人员代替参加', 0, 'composite'],
  [TRAINING, 1, '是', 1, 'composite'],
  // (the stated worth is still checked)
  [TRAINING, 3, '是', null, 'manual'],
  // (not arithmetic, `1分×…`: a bare number names no fault — moved here from moreFamilies' unaccounted numbers,
  // where the star was left unread)
  ['档案人员参加竣工验收。1分*分管领导参加上述活动不得分', 1, '1', null, 'composite'],
];

const PRODUCTS: Case[] = [['得分(20分*执行率)', 20, '85%', 17, 'formula']];

scoresAsListed([
  ['a star after points marking a note', NOTES],
  ['a star before a measure multiplies', PRODUCTS],
]);

describe('a star after points marking a note', () => {
  it('reads the note as a fault of its own', () => {
    expect(score(ROOM, 2, '档案分散存放').explain).toContain('档案分散存放不得分');
  });
});
