/**
 * Readings the row's weight decides: a first sentence written as a heading that is the first of the items,
 * when with the items after it it makes the row's weight. Shapes from the held-out corpus, in our own
 * phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const DUTY_PHONE = '张贴制度2分,设立 24 小时值班电话3分。';
const MONTHLY_REPORTS = '查阅台账。按时报送月报2分;办结 12345 热线工单3分。';
/** `公开扶贫清单2分,公开…电话2.5分`: the first sentence's points are the first item's, not the row's. */
const LEAD_AS_FIRST_ITEM: Case[] = [
  [DUTY_PHONE, 5, '只张贴制度', 2, 'checklist'],
  [DUTY_PHONE, 5, '全部', 5, 'checklist'],
  [DUTY_PHONE, 5, '均未做到', 0, 'checklist'],
  [MONTHLY_REPORTS, 5, '按时报送月报', 2, 'checklist'],
  [MONTHLY_REPORTS, 5, '办结12345热线工单', 3, 'checklist'],
  // (the sentences do not make the row's weight: what the rule says it is worth and the table disagree)
  [DUTY_PHONE, 3, '全部', null, 'manual'],
];

scoresAsListed([['a first sentence that is the first item', LEAD_AS_FIRST_ITEM]]);
