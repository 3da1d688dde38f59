/**
 * Full marks for an answer done only in part (twenty-eighth session): `基本达到标准`, `部分按时下达` — a degree the
 * rule never writes — are the person's to score, not full marks as the words after the degree would be. Found by a
 * probe that put 部分 and 基本 before the corpora's full-mark answers. A rule that writes the degree itself
 * (`全部完成或基本完成得5分`, `基本齐全得2分`) is read as before.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const SHORTFALL = '每低1个百分点扣1分,直至本项分值扣完。';
const ON_TIME = '未按时下达任务扣1分,扣完为止';
const PLANS = '有预案得2分,有制度或公开上墙得1分';

const PARTLY: Case[] = [
  [SHORTFALL, 8, '基本达到标准', null, 'linear'],
  [ON_TIME, 2, '部分按时下达', null, 'composite'],
  [PLANS, 3, '部分有预案，有制度', null, 'checklist'],
  [PLANS, 3, '个别有预案，有制度', null, 'checklist'],
  // (a grade whose lower level writes the degree, the answer putting it before the higher level's words)
  ['资料完整 4 分,基本完整 2 分。', 4, '基本资料完整', null, 'grade'],
];

const WHOLLY_OR_WRITTEN: Case[] = [
  [SHORTFALL, 8, '达到标准', 8, 'linear'],
  [ON_TIME, 2, '按时下达', 2, 'composite'],
  [PLANS, 3, '有预案，有制度', 3, 'checklist'],
  ['全部完成或基本完成得5分，未完成不得分', 5, '基本完成', 5, 'grade'],
  ['资料齐全得3分,基本齐全得2分', 3, '基本齐全', 2, 'grade'],
  ['资料完整 4 分,基本完整 2 分。', 4, '资料基本完整', 2, 'grade'],
  ['资料完整 4 分,基本完整 2 分。', 4, '资料完整', 4, 'grade'],
];

scoresAsListed([
  ['an answer done only in part, in a degree the rule never writes', PARTLY],
  ['an answer done wholly, or in a degree the rule writes', WHOLLY_OR_WRITTEN],
]);

describe('an answer done only in part', () => {
  it('says which degree the rule leaves unscored, and raises no finding', () => {
    const r = score(ON_TIME, 2, '部分按时下达');
    expect(r.note).toBe(
      '实际完成情况“部分按时下达”说明只是部分做到，评分标准未写明部分做到如何计分，请人工评分',
    );
    expect(r.issues).toEqual([]);
  });
});
