/**
 * A class of a fault said to cost double (`回访发现整改不到位的,加倍扣分`, `是已婚育妇漏登的加倍扣分`: shapes from the
 * held-out corpus, thirty-fourth session), in our own phrasings with scores worked out by hand: the rest of the rule
 * scores an answer that does not name the class; one that names it is the person's (which fault's cost is doubled,
 * and for how many, is theirs to apply). A rule that is only `加倍扣分` prices nothing it names.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const CORNERS = '每发现一处卫生死角扣0.5分；复查仍未整改的，加倍扣分。';
const REPORTS = '报表迟报的，每次扣1分。1户数据错报扣0.5分，是重点企业错报的加倍扣分。';

const DOUBLED: Case[] = [
  [CORNERS, 4, '发现卫生死角2处', 3, 'composite'],
  [CORNERS, 4, '无', 4, 'composite'],
  [CORNERS, 4, '发现卫生死角2处，复查仍未整改1处', null, 'composite'],
  [REPORTS, 3, '报表迟报1次', 2, 'composite'],
  [REPORTS, 3, '报表迟报1次，错报1户', 1.5, 'composite'],
  [REPORTS, 3, '重点企业错报1户', null, 'composite'],
  ['计分方法同上，加倍扣分。', 5, '发现1处', null, 'manual'],
];

scoresAsListed([['a class of a fault costing double', DOUBLED]]);

describe('a class of a fault costing double', () => {
  it('is restated as the person applying the double cost', () => {
    expect(score(CORNERS, 4, '无').explain).toBe(
      '按扣分项计分：满分起；卫生死角每1处扣0.5分；复查仍未整改加倍扣分（由评分人评定），最低0分',
    );
    expect(score(REPORTS, 3, '重点企业错报1户').note).toContain('加倍扣分，由评分人评定');
  });
});
