/**
 * A straight line between the points written on either side (`其余按线性内插赋分`, `其间按线性插值计分`), the
 * words water-works and similar 考核 use, and a share of the weight written `得80%分`. Our own phrasings, scored
 * by hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const REST = '水质达标率为100%的得满分,达标率小于或等于80%的得0分,其余按线性内插赋分。';
const BETWEEN = '达标率达到100%的,得100%分;小于等于70%的得0分;介于70-100%之间按线性内插赋分。';
const FALLING = '偏差率为0的得满分，偏差率大于等于20%的得0分，其间按线性插值计分。';

const LINE_IN_THE_GAP: Case[] = [
  [REST, 10, '90%', 5, 'bands'],
  [REST, 10, '95%', 7.5, 'bands'],
  [REST, 10, '80%', 0, 'bands'],
  [REST, 10, '100%', 10, 'bands'],
  [BETWEEN, 6, '85%', 3, 'bands'],
  [BETWEEN, 6, '60%', 0, 'bands'],
  // falling: from full marks at 0 to nothing at 20%
  [FALLING, 10, '5%', 7.5, 'bands'],
  [FALLING, 10, '25%', 0, 'bands'],
  // between two bands of points, where another band fills the rest
  ['完成率≥95%得满分，80%-95%得6分，<60%不得分，其余按线性内插赋分。', 10, '70%', 3, 'bands'],
  // (bands leaving two gaps: which line is meant for each is not said)
  ['完成率≥95%得满分，70%-80%得5分，<60%不得分，其余按线性内插赋分。', 10, '65%', null, 'manual'],
];

/** `得100%分`, `得80%分`: a share of the weight, then the word for points. */
const SHARE_THEN_POINTS: Case[] = [
  ['达标率100%得100%分,90%以上得80%分,其余不得分。', 10, '92%', 8, 'bands'],
  ['达标率100%得100%分,90%以上得80%分,其余不得分。', 10, '100%', 10, 'bands'],
];

scoresAsListed([
  ['a line in the gap the bands leave', LINE_IN_THE_GAP],
  ['a share of the weight, then the word for points', SHARE_THEN_POINTS],
]);

describe('a value outside every band and the line', () => {
  it('is not scored: below 0 is no deviation the rule names', () => {
    expect(score(FALLING, 10, '-5%').status).toBe('invalid-input');
  });
  it('says the line it scored by, with the points at both ends', () => {
    expect(score(REST, 10, '90%').note).toContain('80%时得0分，100%时得满分');
  });
});
