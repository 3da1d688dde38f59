/**
 * Options lettered A, B, C (`A. 制订了工作制度和工作流程 0.5分B. 既未制订…0 分`: shapes from the held-out corpus,
 * thirty-fifth session, the next letter glued to the points before it), in our own phrasings with scores worked
 * out by hand: the letter answers with its option's words; a letter the rule does not mark once is no answer; two
 * glued options are a choice of one, which an answer saying no fault does not make.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const GLUED = 'A. 建立了台账并按月更新 1分B. 未建立台账 0分';
const GRADES = 'A.资料齐全、归档及时 3分；B.资料基本齐全 2分；C.资料缺失较多 0分';

const LETTERS: Case[] = [
  [GLUED, 1, 'A', 1, 'composite'],
  [GLUED, 1, 'b', 0, 'composite'],
  [GLUED, 1, '建立了台账并按月更新', 1, 'composite'],
  [GLUED, 1, '未建立台账', 0, 'composite'],
  // (a choice of one: saying no fault chooses neither option)
  [GLUED, 1, '都没有', null, 'composite'],
  [GRADES, 3, 'B', 2, 'grade'],
  [GRADES, 3, 'C', 0, 'grade'],
  // (no option D)
  [GRADES, 3, 'D', null, 'grade'],
  // (letters naming no options: a section's code is not one)
  ['B、台账管理：建立台账得1分，未建立不得分。', 1, 'B', null, 'composite'],
];

scoresAsListed([['options answered by their letter', LETTERS]]);

describe('a lettered option answered by its letter', () => {
  it('is named in the note', () => {
    expect(score(GLUED, 1, 'B').note).toBe('选项B：存在“未建立台账”，该项不得分，得0.00分');
    expect(score(GLUED, 1, 'A').note).toBe('选项A：符合“建立了台账并按月更新”，得1.00分');
  });
  it('restates two glued options as a choice', () => {
    expect(score(GLUED, 1, 'A').explain).toBe('按所选选项计分：建立了台账并按月更新得1分；未建立台账不得分');
  });
});
