/**
 * Values a rule's own scale holds (twenty-seventh session): a scale that runs through 0 (`费用节约率0%以上…低于0%的，
 * 每降低1%扣0.5分`) takes a value written with a minus as one of its values, where a fall asked as such (`较上年下降5%
 * 以上`) still asks which way; a measure that is itself a rise over something (`亩均产值高于全县平均水平15%以上`)
 * is answered by how much, in a word of the same direction (`高出18%`), never the other way. And what every near
 * phrase of a rule negates, said plainly (`台账详实` against two faults of `…台账不详实`), denies them all.
 * Our own phrasings, on the shape of held-out 成本 and 养殖 rows and county 党建 checklists; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const SAVING = '费用节约率0%以上得10分,低于0%的,每降低1%扣0.5分,扣完为止';
const ABOVE_AVERAGE = '亩均产值高于全县平均水平15%以上得4分。';
const LEDGERS =
  '少任一扣3分(不具备成立工会条件的不扣分),任一组织过程性台账不详实扣3分;两种组织活动过程性台账不详实不得分。';

const CASES: Case[] = [
  [SAVING, 10, '-4%', 8, 'linear'],
  [SAVING, 10, '3%', 10, 'linear'],
  // (A fall asked as such: `-6%` may be a fall of 6% or a rise.)
  ['较上年下降5%以上得10分,每少下降1%扣2分', 10, '-6%', null, 'linear'],
  [ABOVE_AVERAGE, 4, '高出18%', 4, 'bands'],
  [ABOVE_AVERAGE, 4, '高出10%', 0, 'bands'],
  // (The other direction is no value of a rise.)
  [ABOVE_AVERAGE, 4, '低于10%', null, 'bands'],
  // (A measure that is no rise over anything: `高出` says of what?)
  ['亩均产值达到15%以上得4分。', 4, '高出18%', null, 'bands'],
  [LEDGERS, 7, '台账详实', 7, 'composite'],
  [LEDGERS, 7, '均健全，台账详实', 7, 'composite'],
];

describe('a rise said against a measure of a rise', () => {
  it('names the measure and the value in the note', () => {
    expect(score(ABOVE_AVERAGE, 4, '高出18%').note).toBe(
      '亩均产值高于全县平均水平18.00%，属于“≥15%”一档，得4.00分',
    );
  });
});

scoresAsListed([['values on the rule’s own scale, and denials of every near fault', CASES]]);

const CURBS =
  '完成辖区内重点企业错峰生产任务得3分,未全部完成的乡镇按照完成任务企业个数占全部任务的比例得分。';
const DONE_OF_ALL: Case[] = [
  [CURBS, 3, '完成4家，共6家', 2, 'proportional'],
  [CURBS, 3, '共6家，完成4家', 2, 'proportional'],
  [CURBS, 3, '6家中完成4家', 2, 'proportional'],
  // (What is short, counted, is no share done; more done than there are, or two units, is a slip.)
  [CURBS, 3, '未完成2家，共6家', null, 'proportional'],
  [CURBS, 3, '完成7家，共6家', null, 'proportional'],
  [CURBS, 3, '完成4家，共6个', null, 'proportional'],
];

describe('a share counted as done of all', () => {
  it('says the share to two places, not as a long decimal', () => {
    expect(score(CURBS, 3, '完成4家，共6家').note).toBe('完成4家,共6家，占66.67%，按66.67%×3分计，得2.00分');
  });
});

scoresAsListed([['how many done of how many there are', DONE_OF_ALL]]);
