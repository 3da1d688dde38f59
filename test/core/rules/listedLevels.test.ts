/**
 * A scale written as its levels, their count, then their points in the same order (seventeenth session):
 * `按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分…`, `按照“非常满意”“满意”…5个等级,对应的分值
 * 分别为10分、8分…`, `按国家、省、市、县、街道五级,分别加5分、4分…`. Each level is read with its points; the count is
 * what makes the list a scale, so a count the levels or the points do not match leaves the rule the person's.
 * The neutral middle of a scale of degrees (`一般` between `比较严重` and `不大严重`) is one of its levels.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const SEVERITY =
  '居民对辖区治安状况的评价按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为2分、4分、6分、8分、10分。';
const SATISFACTION = '测评按照“很满意”“满意”“一般”“不满意”4个等级,对应的分值分别为6分、4分、2分、0分';
const HONOURS = '受到表彰的,按国家、省、市、县四级,分别加4分、3分、2分、1分';

const SCALES: Case[] = [
  [SEVERITY, 10, '比较严重', 4, 'grade'],
  [SEVERITY, 10, '一般', 6, 'grade'],
  [SEVERITY, 10, '不大严重', 8, 'grade'],
  [SEVERITY, 10, '不严重', 10, 'grade'],
  [SEVERITY, 10, '严重', 2, 'grade'],
  // (A level the scale does not have.)
  [SEVERITY, 10, '很严重', null, 'grade'],
  [SATISFACTION, 6, '很满意', 6, 'grade'],
  [SATISFACTION, 6, '一般', 2, 'grade'],
  [SATISFACTION, 6, '不满意', 0, 'grade'],
  [HONOURS, 4, '省级', 3, 'composite'],
  [HONOURS, 4, '县', 1, 'composite'],
  // (Five levels said to be four, or five points for four levels: not a scale the text agrees on.)
  [
    '评价按严重、比较严重、一般、不大严重、不严重4档划分,计分标准为1分、2分、3分、4分',
    4,
    '一般',
    null,
    'manual',
  ],
  ['评价按严重、一般、不严重3档划分,计分标准为1分、2分、3分、4分', 4, '一般', null, 'manual'],
];

scoresAsListed([['levels listed, then their points', SCALES]]);
