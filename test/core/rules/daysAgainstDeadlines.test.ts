/**
 * A day given against the rule's deadline (thirty-first session). A rule that sets one deadline (`每年3月31日前
 * 公开…`, `6月底前报送`, `接到通知后5个工作日内上报`) and prices lateness is answered by the day the work was done
 * (`第7个工作日上报` for a time from a start): by the deadline no fault,
 * after it the one fault of timing (`未及时公开`, `逾期`), or so many days late where each day costs. A day says
 * nothing of other faults (`内容不全`), a stretch of days (`4月`) may fall either side, another day named in the rule
 * is another deadline, and working days are not counted from dates: all left to the person. Where the rule states
 * no day, a day beside words naming the fault (`6月3日报送，超过规定时间`) says when, the words which fault; lateness
 * said of the fault's own words (`超过规定时间` for `未在规定时间内报送`) names it.
 * Our own phrasings, in the shapes of held-out rules, with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const PUBLISH = '每年3月31日前在门户网站公开上一年度工作年度报告。(未公开的不得分;未及时公开的扣2分。)';
const LATE_OR_NOT = '6月底前报送年度自评报告,逾期报送扣1分';
const PER_DAY = '每年1月20日前报送统计年报,每迟报1天扣0.5分';

const FAULT_OF_TIMING: Case[] = [
  [PUBLISH, 4, '3月28日已公开', 4, 'composite'],
  [PUBLISH, 4, '于3月31日公开', 4, 'composite'],
  [PUBLISH, 4, '4月15日公开', 2, 'composite'],
  [PUBLISH, 4, '未公开', 0, 'composite'],
  [LATE_OR_NOT, 2, '6月30日报送', 2, 'composite'],
  [LATE_OR_NOT, 2, '7月2日报送', 1, 'composite'],
  // (A month may be either side of a day inside it.)
  ['6月20日前报送年度自评报告,逾期报送扣1分', 2, '6月报送', null, 'composite'],
  // (A day says nothing of what is in the report.)
  ['6月底前报送年度自评报告,逾期报送扣1分,内容不全扣1分', 2, '6月28日报送', null, 'composite'],
];

const WITHIN = '接到整改通知后5个工作日内上报整改方案,未及时上报的扣2分';

const TIME_FROM_A_START: Case[] = [
  [WITHIN, 2, '第4个工作日上报', 2, 'composite'],
  [WITHIN, 2, '5个工作日内上报', 2, 'composite'],
  [WITHIN, 2, '第7个工作日上报', 0, 'composite'],
  // (Days are not working days.)
  [WITHIN, 2, '第7天上报', null, 'composite'],
];

const NO_DAY_STATED = '按规定时间报送活动方案,未在规定时间内报送的不得分';

const LATENESS_SAID: Case[] = [
  // (The day says when; which fault, the words after it.)
  [NO_DAY_STATED, 2, '6月3日报送，超过规定时间', 0, 'composite'],
  [NO_DAY_STATED, 2, '超过规定时间', 0, 'composite'],
  [NO_DAY_STATED, 2, '6月3日报送', null, 'composite'],
  // (Late in other words than the fault's: not that fault.)
  ['未及时维修设施的扣2分;台账不全扣1分', 4, '逾期报送', null, 'composite'],
];

const DAYS_LATE: Case[] = [
  [PER_DAY, 4, '1月25日报送', 1.5, 'deadline'],
  [PER_DAY, 4, '1月18日报送', 4, 'deadline'],
  [PER_DAY, 4, '2月3日报送', 0, 'deadline'],
  [PER_DAY, 4, '迟报2天', 3, 'deadline'],
  ['每年1月20日前报送统计年报,每迟报1个工作日扣0.5分', 4, '1月25日报送', null, 'deadline'],
];

scoresAsListed([
  ['a fault of timing, by the day done', FAULT_OF_TIMING],
  ['a fault of timing, by the time taken from the start', TIME_FROM_A_START],
  ['lateness said, against a rule that states no day', LATENESS_SAID],
  ['days late, counted from the deadline', DAYS_LATE],
]);
