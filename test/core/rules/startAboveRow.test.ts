/**
 * A deduction rule whose start is above the row's weight (twenty-sixth session): `…符合要求，得3分，不符合要求的，
 * 每发现一处扣0.5分` on a row worth 2. Nothing found is all of it, and all of the rule is all of the row whether the
 * rule is capped at the row or scaled to it; once something is deducted, the two readings part, and the row is the
 * person's. Our own phrasings, on the shape of held-out county 财务 checklists; scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const VOUCHERS = '凭证填制完整、准确，装订符合要求，得3分，不符合要求的，每发现一处扣0.5分。';
const START_ABOVE: Case[] = [
  [VOUCHERS, 2, '符合要求', 2, 'perissue'],
  [VOUCHERS, 2, '未发现问题', 2, 'perissue'],
  // (3 − 0.5 capped at 2, or 2 − 0.5: the readings part.)
  [VOUCHERS, 2, '发现1处', null, 'manual'],
  // (Nothing earned is nothing however the two are reconciled, as before.)
  [
    '账户记录清楚，得3分，每发现一处差错扣1分，发现重大差错的，该项不得分。',
    2,
    '发现重大差错',
    0,
    'perissue',
  ],
  // (A band's points above the row are another scale: the person reconciles even the best band.)
  ['县区设立不低于200万元的专项资金，得10分。', 5, '设立专项资金300万元', null, 'manual'],
];

describe('the note of a start above the row', () => {
  it('names both worths and the score the row gives', () => {
    expect(score(VOUCHERS, 2, '符合要求').note).toBe(
      '实际完成情况为“符合要求”，未发现扣分情形；评分标准写明本项3分，与分值2分不一致，按分值得2.00分',
    );
  });
});

scoresAsListed([['a start above the row, nothing found', START_ABOVE]]);
