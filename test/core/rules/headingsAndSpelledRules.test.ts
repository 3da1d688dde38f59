/**
 * Rules whose heading states the row's worth over numbered tiers, judgement words spelled out by the formula
 * after them, and answers denying what a rule asks — shapes from the held-out corpus and the blind layouts, in our own phrasings with
 * scores worked out by hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { score, scoresAsListed, type Case } from './score';

/** Numbered tiers of one measure, the top one giving the weight in words (`计满分`). */
const TOP_TIER_FULL: Case[] = [
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '92%', 8, 'bands'],
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '85%', 6, 'bands'],
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '70%', 0, 'bands'],
  ['①培训覆盖率达到95%以上得满分;②培训覆盖率达到85%以上得12分', 20, '96%', 20, 'bands'],
  // (a lower tier worth more than the weight: the text and the weight disagree)
  ['①培训覆盖率达到95%以上得满分;②培训覆盖率达到85%以上得12分', 10, '90%', null, 'manual'],
];

/** A heading giving points with no number in its words states the row's worth, checked against the weight. */
const HEADING_STATES_WORTH: Case[] = [
  [
    '2.规费收缴情况计8分。(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。',
    8,
    '85%',
    6,
    'bands',
  ],
  [
    '规费收缴情况(8分)。(1)收缴比例在90%以上得8分;(2)收缴比例在80%以上得6分;(3)收缴比例在80%以下不得分。',
    8,
    '95%',
    8,
    'bands',
  ],
  // the heading's worth is not the row's weight: the person decides
  [
    '2.规费收缴情况计8分。(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。',
    10,
    '85%',
    null,
    'manual',
  ],
];

/** One requirement answered with a part of it denied, or the whole of it negated. */
const REQUIREMENT_DENIED: Case[] = [
  // a but parts the answer as a comma does, where the no is written
  [
    '建立资金管理制度，有相关文件，且严格执行的，得2分；否则不得分。',
    2,
    '有制度文件但未严格执行',
    0,
    'checklist',
  ],
  [
    '建立资金管理制度，有相关文件，且严格执行的，得2分；否则不得分。',
    2,
    '有制度文件，严格执行',
    2,
    'checklist',
  ],
  // (with no no written, a part missing is the person's call)
  ['有专用的清洗设备和冷藏设施。(3分)', 3, '有清洗设备但无冷藏设施', null, 'checklist'],
  // the question's own words with a negation put in
  ['财务制度健全(3分)', 3, '财务制度不健全', 0, 'checklist'],
  ['财务制度健全(3分)', 3, '财务制度健全', 3, 'checklist'],
  // one of the question's alternatives, said whole
  ['乡镇财政所性质为行政机构或参照公务员管理事业单位(2分)。', 2, '参照公务员管理事业单位', 2, 'checklist'],
  ['乡镇财政所性质为行政机构或参照公务员管理事业单位(2分)。', 2, '事业单位', null, 'checklist'],
  // (a question that itself denies is not turned so)
  ['全年无安全事故(3分)', 3, '全年无安全事故', 3, 'checklist'],
];

/** Pieces each denying one thing a per-item rule lists. */
const PIECES_DENIED: Case[] = [
  [
    '成立了领导小组，召开了工作会议，制定了工作方案，落实了工作措施的，记10分，每少一项扣2分。',
    10,
    '未制定工作方案，未落实工作措施',
    6,
    'perissue',
  ],
  [
    '成立了领导小组，召开了工作会议，制定了工作方案，落实了工作措施的，记10分，每少一项扣2分。',
    10,
    '未召开工作会议',
    8,
    'perissue',
  ],
  // a fault the rule writes as missing, each piece with its own denial
  ['无信息收集、审核、上报、分析、质量控制工作记录每项扣1.5分。', 9, '无质量控制工作记录', 7.5, 'perissue'],
  ['无信息收集、审核、上报、分析、质量控制工作记录每项扣1.5分。', 9, '无审核、无分析', 6, 'perissue'],
  // (`均未…`: every one, not one piece)
  [
    '成立了领导小组，召开了工作会议，制定了工作方案，落实了工作措施的，记10分，每少一项扣2分。',
    10,
    '均未落实',
    null,
    'perissue',
  ],
  // (a thing the rule names where it prices nothing)
  ['园舍不独立不参评；一项不符合规定扣3分。', 8, '园舍不独立', null, 'perissue'],
  // (what must not be, said not so, is the standard met: `应无涂改` answered `无涂改`)
  ['报表应无涂改和保持字迹清楚，否则每种报表扣一分。', 5, '无涂改', 5, 'perissue'],
];

/** Numbered parts, one with a step per item missing and one graded by a deduction; answered by fault words. */
const FILING =
  '1、项目绩效目标全申报的1分，缺一项扣0.5分，扣完为止；\n2、绩效目标规范1分，不规范扣0.5分；\n3、按时申报绩效目标计2分，逾期扣1分。';
const PARTS_BY_FAULTS: Case[] = [
  [FILING, 4, '全申报，规范，按时', 4, 'composite'],
  // a count names the part that counts in its unit; parts not named found nothing
  [FILING, 4, '缺1项', 3.5, 'composite'],
  [FILING, 4, '逾期', 3, 'composite'],
  [FILING, 4, '缺3项，不规范', 2.5, 'composite'],
  [FILING, 4, '缺1项，不规范，逾期', 2, 'composite'],
  // (a piece naming no part)
  [FILING, 4, '材料不全', null, 'composite'],
];

/** Parts that are each a yes/no worth its points, one a measured standard. */
const DISASTER =
  '防洪排涝设施建设完善得0.3分；应急避难场所人均面积达1.5平方米得0.5分；建立消防机制及消防队伍得0.2分';
const YES_NO_PARTS: Case[] = [
  [
    DISASTER,
    1,
    '防洪排涝设施建设完善；应急避难场所人均面积1.2平方米；已建立消防机制及消防队伍',
    0.5,
    'composite',
  ],
  [DISASTER, 1, '全部', 1, 'composite'],
  // (a but says what was not: not every part met)
  [
    '①制度健全，10分；②台账规范，10分。发生安全事故的，不得分。',
    20,
    '全部，但发生安全事故',
    null,
    'composite',
  ],
];

/** `不足N以N计算`: the rule's own step rounds up, over the setting's pro rata. */
const STARTED_STEP_COUNTS: Case[] = [
  ['每发行500册加1分，不足500册以500册计算。', 10, '2500册', 5, 'bonus'],
  ['每发行500册加1分，不足500册以500册计算。', 10, '2600册', 6, 'bonus'],
  ['每发行500册加1分。', 10, '2600册', 5.2, 'bonus'],
  ['入户率100%，每低1个百分点扣1分（不足1个百分点的，按1个百分点计算）', 10, '97.5%', 7, 'linear'],
  ['入户率100%，每低1个百分点扣1分', 10, '97.5%', 7.5, 'linear'],
  // (an amount that is no step of the rule's is not accounted for)
  ['每发行500册加1分，不足400册以400册计算。', 10, '2600册', null, 'manual'],
];

/** Words of the 自评表 and of real cells the engine once stopped on. */
const WORDS_OF_REAL_CELLS: Case[] = [
  // the 自评表's own ceiling on 执行率×分值
  ['执行率*该指标分值，最高不得超过分值上限。', 10, '108.2%', 10, 'proportional'],
  ['执行率*该指标分值，最高不得超过分值上限。', 10, '92%', 9.2, 'proportional'],
  // a number closed by a half bracket, opening the text or after points
  ['3)年城市照明节电率达5%以上，计6分。', 6, '6.3%', 6, 'bands'],
  ['制度执行情况。(2分) 1)建立台账，得1分；2)按时报送，得1分。', 2, '1', 1, 'checklist'],
  // an ASCII full stop after points, before the next item's number, ends the sentence (it is no decimal point)
  ['1、未签订责任状的，每有1份扣0.5分.2、年中未考核的，扣1分。', 3, '未签订责任状2份', 2, 'composite'],
  ['1、未签订责任状的，每有1份扣0.5分.2、年中未考核的，扣1分。', 3, '无', 3, 'composite'],
  // (inside a formula it is a bracket)
  ['得分=(完成数/计划数)×分值', 10, '80%', 8, 'formula'],
  // a measure whose name holds 及 or 与 is one measure: 普及率, 及时率, 参与率
  ['用水普及率大于90%', 3, '96%', 3, 'bands'],
  ['资金拨付及时率达100%', 3, '100%', 3, 'bands'],
  ['群众参与率达到60%以上', 3, '55%', 0, 'bands'],
  // the one fault is data not given, or a thing not done in time: data given, or the timing said met
  ['未提供数据不得分。', 2, '出席活动3次', 2, 'composite'],
  ['未提供数据不得分。', 2, '未提供', 0, 'composite'],
  ['未在规定时间内报送不得分。', 2, '5月28日报送，在规定时间内', 2, 'composite'],
  // (lateness said names the fault of timing: see daysAgainstDeadlines)
  ['未在规定时间内报送不得分。', 2, '6月3日报送，超过规定时间', 0, 'composite'],
  // a share answered as done whole
  ['村庄绿化。完成村庄内主干道绿化的得满分，完不成任务的按比例计分。', 10, '全部完成', 10, 'proportional'],
  ['村庄绿化。完成村庄内主干道绿化的得满分，完不成任务的按比例计分。', 10, '80%', 8, 'proportional'],
  // rate tiers answered in words: the target reached is 100%, where the best tier holds it
  [
    '(1)达到目标值的，得50分；(2)达到目标值80%的，得40分；(3)未达到目标值80%的，不得分。',
    50,
    '达到目标值',
    50,
    'bands',
  ],
  ['差错率≤1%得满分，1%-3%得2分，3%以上不得分', 5, '全部完成', null, 'bands'],
  // things named from the rule's own list, counted
  [
    '政务微博、政务微信、公开栏、便民手册等情况(一项可得2分，最高不超过6分)',
    6,
    '政务微博、政务微信',
    4,
    'bonus',
  ],
  [
    '通过宣传栏，宣传页，宣传横幅或标语进行宣传。(5分)至少2种宣传方式，否则不得分。',
    5,
    '宣传栏、标语',
    5,
    'bands',
  ],
  ['通过宣传栏，宣传页，宣传横幅或标语进行宣传。(5分)至少2种宣传方式，否则不得分。', 5, '宣传栏', 0, 'bands'],
  // (words the rule does not hold, or joined by 和 inside one thing, are not split into things)
  ['政务微博、政务微信、公开栏、便民手册等情况(一项可得2分，最高不超过6分)', 6, '微博、抖音', null, 'bonus'],
  // the state a yes/no question closes with, said alone
  ['7、项目档案管理规范。5分', 5, '规范', 5, 'checklist'],
  // so many of so many, a whole percentage to two places
  ['信访事项按期答复率(10分)，得分=按期答复率×10分。', 10, '45/50', 9, 'formula'],
  ['信访事项按期答复率(10分)，得分=按期答复率×10分。', 10, '2/3', null, 'formula'],
  // (two measures joined are not one)
  ['资金和面积占比大于等于60%', 3, '70%', null, 'manual'],
];

/** What was done, against the count the rule asks for the year, leaves what is short. */
const DONE_AGAINST_ASKED: Case[] = [
  ['为民办实事12分。办好12件实事，上报并被考核办认可的得12分，少一件扣1分。', 12, '办好11件', 11, 'perissue'],
  ['为民办实事12分。办好12件实事，上报并被考核办认可的得12分，少一件扣1分。', 12, '办好15件', 12, 'perissue'],
  // (short by more than one of a step without 每: what a second costs is not written)
  [
    '为民办实事12分。办好12件实事，上报并被考核办认可的得12分，少一件扣1分。',
    12,
    '办好9件',
    null,
    'perissue',
  ],
  // (a bare count may be what is short as well as what was done)
  ['为民办实事12分。办好12件实事，上报并被考核办认可的得12分，少一件扣1分。', 12, '11件', null, 'perissue'],
  ['各村将16项工作重点全部公示，每少公示一项扣2分。', 30, '公示14项', 26, 'perissue'],
  // per period, for a year the answer names
  ['每季度对基层电教工作进行检查调研。(2分，少一次扣0.5分)', 2, '全年检查3次', 1.5, 'perissue'],
  ['每季度对基层电教工作进行检查调研。(2分，少一次扣0.5分)', 2, '检查3次', null, 'perissue'],
  ['各居委会每月至少召开一次安全生产会议，每缺一次扣1分。', 4, '召开10次', null, 'perissue'],
];

/** Levels whose points add up to the weight, none worth it alone, are parts; a denial leads its list. */
const CHECKS = '进行安全排查，得1.5分；进行改造维修，得1.5分；没有进行安全排查和改造维修，不得分。';
const LEVELS_AS_PARTS: Case[] = [
  [CHECKS, 3, '进行安全排查，进行改造维修', 3, 'checklist'],
  [CHECKS, 3, '进行改造维修', 1.5, 'checklist'],
  [CHECKS, 3, '没有进行安全排查和改造维修', 0, 'checklist'],
  // (on a row worth 1.5, they are the levels they are written as)
  [CHECKS, 1.5, '进行改造维修', 1.5, 'grade'],
  // (a grade scale adding up to the weight by chance stays a grade)
  ['优秀得3分，良好得2分，合格得1分', 6, '良好', 2, 'grade'],
  // a denial leading a list denies each thing in it
  ['①进行安全排查(1.5分)；②进行改造维修(1.5分)', 3, '未进行安全排查、改造维修', 0, 'checklist'],
  ['①进行安全排查(1.5分)；②进行改造维修(1.5分)', 3, '未进行安全排查，已改造维修', 1.5, 'checklist'],
];

scoresAsListed([
  ['levels as parts', LEVELS_AS_PARTS],
  ['done against what is asked', DONE_AGAINST_ASKED],
  ['words of real cells', WORDS_OF_REAL_CELLS],
  ['a started step counted whole', STARTED_STEP_COUNTS],
  ['parts answered by their faults', PARTS_BY_FAULTS],
  ['yes/no parts', YES_NO_PARTS],
  ['a top tier worth the weight', TOP_TIER_FULL],
  ['a heading stating the worth', HEADING_STATES_WORTH],
  ['a requirement denied', REQUIREMENT_DENIED],
  ['pieces denied', PIECES_DENIED],
]);

function withTarget(rule: string, weight: number, actual: string | number, target: string | number) {
  return scoreRule({
    rule,
    weight: new Decimal(weight),
    input: { value: actual },
    target: { value: target },
    settings: DEFAULT_SETTINGS,
  });
}

describe('judgement words the formula after them spells out', () => {
  const quoted =
    '1.各项指标按照实施方案确定的实现程度赋分，即“指标得分=实际完成量/目标任务的比值*该项指标分值”。';
  it('scores the formula in quotes after 即, as the words before it promise', () => {
    const r = withTarget(quoted, 2, 45.6, 50);
    expect(r.kind).toBe('formula');
    expect(r.score?.toNumber()).toBe(1.82);
    expect(r.unparsed).toEqual([]);
    // capped at the weight, as the formula family is
    expect(withTarget(quoted, 2, 32.5, 30).score?.toNumber()).toBe(2);
  });
  it('reads `即：` and a bracket as the same spelling-out', () => {
    expect(withTarget('按实现程度赋分，即：得分=实际完成量/目标任务*分值', 4, 30, 40).score?.toNumber()).toBe(
      3,
    );
    expect(withTarget('按实现程度赋分(得分=实际完成量/目标任务*分值)', 4, 30, 40).score?.toNumber()).toBe(3);
  });
  it('keeps judgement words with no formula after them the person’s', () => {
    const r = withTarget('按实施方案确定的实现程度赋分。', 2, 45.6, 50);
    expect(r.score).toBeNull();
    expect(r.status).toBe('manual');
  });
  it('gives full marks when the answer says the row has nothing to measure (`没有…的，不扣分`)', () => {
    const rule = `${quoted}\n2.若实施方案没有该项建设任务的，不扣分。`;
    expect(withTarget(rule, 2, 45.6, 50).score?.toNumber()).toBe(1.82);
    const none = withTarget(rule, 2, '没有该项建设任务', 50);
    expect(none.score?.toNumber()).toBe(2);
    expect(none.note).toContain('若实施方案没有该项建设任务的');
    expect(none.note).not.toContain('“2.');
  });
});

describe('points off the case short of a standard, how many not said', () => {
  it('leaves an answer short of the standard to the person, with no unparsed words named', () => {
    for (const [rule, weight, input] of [
      ['学员就业率不低于85%的得15分，达不到扣分', 15, '80%'],
      ['及时录入的得10分，不及时扣分', 10, '不及时'],
    ] as const) {
      const r = score(rule, weight, input);
      expect(r.status).toBe('manual');
      expect(r.unparsed).toEqual([]);
      expect(r.issues.map((i) => i.code)).not.toContain('unparsed-rule');
    }
  });
  it('leaves a deduction the next step prices, and `不扣分`, to the rule', () => {
    const rule = '完成目标值得基本分；没有完成的扣分，每低于目标值2%扣1分，最低为零分。';
    expect(withTarget(rule, 30, '96%', '100%').score?.toNumber()).toBe(28);
    expect(
      score(
        '迟报一次扣2分，瞒报一次扣5分；扣完为止。未发生突发公共卫生事件的不扣分。',
        5,
        '迟报1次',
      ).score?.toNumber(),
    ).toBe(3);
  });
});

describe('a started step counted whole, said to the person', () => {
  it('restates the rounding in the explanation and in the note where it applied', () => {
    const r = score('每发行500册加1分，不足500册以500册计算。', 10, '2600册');
    expect(r.explain).toContain('不足一档按一档计');
    expect(r.note).toContain('不足500册按500册计');
    expect(score('每发行500册加1分，不足500册以500册计算。', 10, '2500册').note).not.toContain('不足');
  });
});

describe('an actual written as a bound against a 自评表 target', () => {
  const pts = (target: string, actual: string) => withTarget('', 10, actual, target);
  it('reads `100%以上` against `≥95%`, and `3%以下` against `≤5%`, as the target met', () => {
    expect(pts('≥95%', '100%以上').score?.toNumber()).toBe(10);
    expect(pts('≤5%', '3%以下').score?.toNumber()).toBe(10);
    expect(pts('≥10个', '12个以上').score?.toNumber()).toBe(10);
  });
  it('asks for the number when the bound does not settle it', () => {
    for (const [target, actual] of [
      ['≥95%', '90%以上'],
      ['≤5%', '8%以下'],
      ['≤5%', '3%以上'],
    ]) {
      const r = pts(target, actual);
      expect(r.status).toBe('invalid-input');
      expect(r.note).toContain('请填写实际数值');
    }
  });
});
