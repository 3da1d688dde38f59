/**
 * Full marks stated, the shortfall's cost judged (nineteenth session). Shapes from the held-out corpus, in our
 * own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { score, scoresAsListed, type Case } from './score';

/**
 * One case gives full marks and the case short of it costs what the person judges (`达不到扣分`, `否则酌情扣分`,
 * `未完成酌情扣分`, `(达不到酌情扣分)`, the case's own words denied: `不及时扣分`, `没有台帐酌情扣分`). An answer
 * meeting the case is scored; one short of it is the person's, never the else's low end of 0.
 */
const PASS_RATE = '培训合格率不低于85%的得15分,达不到扣分';
const SHORT_JUDGED: Case[] = [
  [PASS_RATE, 15, '92%', 15, 'bands'],
  [PASS_RATE, 15, '85%', 15, 'bands'],
  [PASS_RATE, 15, '70%', null, 'bands'],
  ['培训合格率不低于85%的得15分,否则,酌情扣分', 15, '70%', null, 'bands'],
  ['按时报送月报的得6分,不按时扣分', 6, '按时报送', 6, 'checklist'],
  ['按时报送月报的得6分,不按时扣分', 6, '迟报2次', null, 'checklist'],
  ['完成年度任务得满分,未完成酌情扣分', 8, '已完成', 8, 'checklist'],
  ['完成年度任务得满分,未完成酌情扣分', 8, '完成90%', null, 'checklist'],
  ['活动室设施符合配置标准。12分(达不到酌情扣分)', 12, '符合', 12, 'checklist'],
  ['活动室设施符合配置标准。12分(达不到酌情扣分)', 12, '不符合', null, 'checklist'],
  ['档案室台账完整规范,计3分。没有台账酌情扣分。', 3, '台账完整规范', 3, 'checklist'],
  // (`达不到按比例扣分` after a band: a share of what is unsaid, so short of the band is judged too.)
  ['苗木成活率95%以上的得基本分10分,达不到按比例扣分。', 10, '97%', 10, 'bands'],
  ['苗木成活率95%以上的得基本分10分,达不到按比例扣分。', 10, '88%', null, 'bands'],
  // (`否则相应扣分`: correspondingly, how much unsaid; `全部建立完善` affirms the whole of what is asked.)
  ['建立健全档案管理、信息报送、督导检查等制度,得2分,否则相应扣分。', 2, '全部建立健全', 2, 'checklist'],
  [
    '建立健全档案管理、信息报送、督导检查等制度,得2分,否则相应扣分。',
    2,
    '已建立档案管理制度',
    null,
    'checklist',
  ],
  // (Words denied that the case above never says are a fault of their own, not its else.)
  ['按时报送月报的得6分,不准确扣分', 6, '按时报送', null, 'manual'],
];

/**
 * The assessment a thing is put into (`纳入年度综合考核的得4分`) is a thing, not a judgement (`综合考核` alone
 * is the person's).
 */
const PUT_INTO: Case[] = [
  ['将食品安全工作纳入年度综合考核的得4分,未纳入的不得分;', 4, '已纳入', 4, 'composite'],
  ['将食品安全工作纳入年度综合考核的得4分,未纳入的不得分;', 4, '未纳入', 0, 'composite'],
  ['由考核组综合考核', 4, '好', null, 'manual'],
];

scoresAsListed([
  ['full marks stated, the shortfall judged', SHORT_JUDGED],
  ['the assessment a thing is put into', PUT_INTO],
]);

describe('a judged shortfall', () => {
  it('is said in the restated rule and in the note of an answer short of full marks', () => {
    expect(parseRule(PASS_RATE).explain).toContain('由评分人评定');
    expect(score('完成年度任务得满分,未完成酌情扣分', 8, '完成90%').note).toContain('未完成酌情扣分');
  });
});
