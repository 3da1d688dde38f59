/**
 * Faults defined on a measure, and standards stated with a note after them (twentieth session). Shapes from the
 * held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/**
 * `回访满意率低于85%扣2分` beside faults priced flat: the measure's value answers it — in the band, the fault;
 * outside it, none; the fault's own words name it too. An answer silent on the measure names no such fault,
 * as with any fault.
 */
const HOTLINE = '未公布服务热线扣1分;投诉处理超时扣1分;回访满意率低于85%扣2分。';
const MEASURED: Case[] = [
  [HOTLINE, 4, '回访满意率80%', 2, 'composite'],
  [HOTLINE, 4, '回访满意率为85%', 4, 'composite'],
  [HOTLINE, 4, '满意率96%，投诉处理超时', 3, 'composite'],
  [HOTLINE, 4, '回访满意率低于85%，未公布服务热线', 1, 'composite'],
  [HOTLINE, 4, '无', 4, 'composite'],
  // A value of another kind than the band's (a count against a rate) is not read as either side.
  [HOTLINE, 4, '回访满意率8人', null, 'composite'],
  // A measured fault that gives nothing: in its band, nothing is left.
  ['未建立整改台账扣1分;问题整改率低于50%的不得分。', 4, '问题整改率40%', 0, 'composite'],
  ['未建立整改台账扣1分;问题整改率低于50%的不得分。', 4, '问题整改率60%，未建立整改台账', 3, 'composite'],
  // (The measure said with 占 before its value, twenty-first session.)
  ['未公示评议结果不得分;参评人数不足20%扣2分。', 5, '参评人数占15%', 3, 'composite'],
  ['未公示评议结果不得分;参评人数不足20%扣2分。', 5, '参评人数占25%', 5, 'composite'],
];

/**
 * Two tiers on one measure, the second with no subject of its own: a value in one tier costs that tier; a
 * value both tiers hold leaves which one (or both) to the person.
 */
const FUNDS = '未制定年度计划扣1分;配套资金到位率低于90%的扣1分,低于80%的扣2分。';
const TIERS: Case[] = [
  [FUNDS, 5, '配套资金到位率85%', 4, 'composite'],
  [FUNDS, 5, '到位率95%，未制定年度计划', 4, 'composite'],
  [FUNDS, 5, '配套资金到位率70%', null, 'composite'],
];

/**
 * A measured standard stated alone, then words that ask nothing more: a bracketed note of the data behind it
 * (`(参保人数、应保人数、占%)`) or what the thing is for (`供居民休闲`). Words asking more keep it the person's.
 */
const STATED: Case[] = [
  ['4、居民参保率98%以上。(参保人数、应保人数、占%)', 2, '98.5%', 2, 'bands'],
  ['4、居民参保率98%以上。(参保人数、应保人数、占%)', 2, '97%', 0, 'bands'],
  ['社区建有2处以上健身场地,供居民锻炼。', 3, '建有3处', 3, 'bands'],
  ['社区建有2处以上健身场地,供居民锻炼。', 3, '1处', 0, 'bands'],
  ['社区建有2处以上健身场地,并配备管理人员。', 3, '建有3处', null, 'manual'],
];

scoresAsListed([
  ['a fault defined on a measure, answered by its value', MEASURED],
  ['tiers of one measured fault', TIERS],
  ['a standard stated alone with a note after it', STATED],
]);

describe('a measured fault, in the note', () => {
  it('names the fault by its measure and standard', () => {
    expect(score(HOTLINE, 4, '回访满意率80%').note).toContain('“回访满意率低于85%”扣2分');
  });
});
