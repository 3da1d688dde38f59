/**
 * Levels defined by bands, then priced (thirtieth session): `…90分以上为优秀,80-89分为良好,…。计分:优秀得10分,良好
 * 得8分,…` — each band gives its level's price (a share of the weight, `优秀100%`, or points), read only when every
 * level priced is defined once and every level defined is priced. A level answered by its name (`良好`) is not read
 * (the bands hold no names): the person's. And a period the measure is taken over (`近三年`, `毕业一年后`) is words
 * of the subject, not a number the rule compares; a bare `以下` whose number no band holds, with a gap the writer left
 * right above it (`96%—99%…,95%以下不计分`), leaves that number to the person. Our own phrasings of the held-out corpus's shapes, scores worked
 * out by hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const POINTS =
  '考核得分90分以上为优秀,80-89分为良好,60-79分为合格,60分以下为不合格。计分:优秀得10分,良好得8分,合格得6分,不合格不得分。';
const SHARES =
  '门诊患者满意率在95%及以上的为优秀,85%-94%的为良好,低于85%的为一般。评分:优秀100%,良好80%,一般0分。';
const PRICED: Case[] = [
  [POINTS, 10, '92分', 10, 'bands'],
  [POINTS, 10, '85分', 8, 'bands'],
  [POINTS, 10, '60分', 6, 'bands'],
  [POINTS, 10, '50分', 0, 'bands'],
  [POINTS, 10, '良好', null, 'bands'],
  [SHARES, 5, '96%', 5, 'bands'],
  [SHARES, 5, '90%', 4, 'bands'],
  [SHARES, 5, '80%', 0, 'bands'],
  // (a level priced that no band defines: what 合格 is, is not written)
  ['考核得分90分以上为优秀,80-89分为良好。计分:优秀得10分,良好得8分,合格得6分。', 10, '85分', null, 'manual'],
];

const YEARS = '近三年科研立项数5项以上得4分,3-4项得2分,3项以下不得分。';
const AFTER = '学生毕业一年后就业率达到90%以上的得5分,80%-89%得3分,低于80%不得分。';
const PERIODS: Case[] = [
  [YEARS, 4, '6项', 4, 'bands'],
  [YEARS, 4, '3项', 2, 'bands'],
  [AFTER, 5, '85%', 3, 'bands'],
  [AFTER, 5, '92%', 5, 'bands'],
  // (`…一年后` with no rate after it may be a deadline: its number stays the rule's)
  ['验收合格一年后仍未移交的扣2分。', 4, '未移交', null, 'deadline'],
];

// (a bare 以下 whose number no band holds, with a gap right above it: the number itself is the person's)
const GAP = '档案归档率达100%得3分,96%—99%得2分,在95%以下不计分。';
const AT_A_GAP: Case[] = [
  [GAP, 3, '95%', null, 'bands'],
  [GAP, 3, '94%', 0, 'bands'],
  [GAP, 3, '97%', 2, 'bands'],
  ['档案归档率达100%得3分,96%—99%得2分,在95%及以下不计分。', 3, '95%', 0, 'bands'],
  ['档案归档率达100%得3分,95%—99%得2分,在95%以下不计分。', 3, '95%', 2, 'bands'],
];

scoresAsListed([
  ['levels defined by bands, then priced', PRICED],
  ['a period in the subject', PERIODS],
  ['a bare 以下 at a gap the writer left', AT_A_GAP],
]);

describe('a bare 以下 at a gap', () => {
  it('says the number itself is not written', () => {
    expect(score(GAP, 3, '95%').note).toContain('<95%（95%本身未写明）');
  });
});

describe('levels defined, then priced', () => {
  it('restates each band with its level’s price', () => {
    expect(score(SHARES, 5, '90%').explain).toBe(
      '按门诊患者满意率分档：≥95%得满分；85%（含）至94%（含）得分值的80%；<85%不得分',
    );
  });
});
