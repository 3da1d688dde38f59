/**
 * Things each earning points, among them a measure reaching a bound with its own points (twenty-ninth session):
 * `站点建设规范2分,有活动场地1分,配备专职人员2人以上1分` — parts, as numbered items holding a measure are: each thing
 * met or not, the measure's value reaching its bound or not, their points summed. Two bands of one measure
 * (`完成目标的90%得9分,完成80%得8分`) are a scale, not parts. Our own phrasings of the held-out corpus's shapes,
 * scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const STATION = '站点建设规范2分,有活动场地1分,有活动器材1分,配备专职人员2人以上1分。';
const REPORTS = '一、月度报表准确及时(6分);二、业务培训不少于4次(6分)。';
const PARTS: Case[] = [
  [STATION, 5, '全部', 5, 'composite'],
  [REPORTS, 12, '报表准确及时，培训5次', 12, 'composite'],
  [REPORTS, 12, '报表准确及时，培训3次', 6, 'composite'],
  [REPORTS, 12, '报表不及时，培训4次', 6, 'composite'],
  // (parts left unsaid: which were met is not written)
  [STATION, 5, '有活动场地', null, 'composite'],
  // (one measure in two bands is a scale)
  ['按时报送报表2分,完成任务的90%以上得3分,完成80%以上得2分。', 5, '全部', null, 'manual'],
];

scoresAsListed([['things and measures, each its own points', PARTS]]);
