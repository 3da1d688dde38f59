/**
 * Numbered fault lists and other shapes from the held-out corpus and the blind layouts, in our own phrasings
 * with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import { withDefaults } from '../../../src/core/settings';
import { scoresAsListed, type Case } from './score';

/** A numbered item holding only a fault's words, its step after them (`1.…未正常运行的，每发现一处扣5分`). */
const NUMBERED_FAULT_STEPS: Case[] = [
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '垃圾未按时清运2个小区', 4, 'composite'],
  [
    '1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。',
    6,
    '垃圾未按时清运1个小区，台账不全',
    3,
    'composite',
  ],
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '全部符合', 6, 'composite'],
  ['1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。', 8, '少1个窗口', 6, 'composite'],
  ['1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。', 8, '消防通道堵塞', 5, 'composite'],
  [
    '1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。',
    8,
    '少2个窗口，消防通道堵塞',
    1,
    'composite',
  ],
  // (another noun after the count is not what the fault counts)
  [
    '1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。',
    6,
    '垃圾未按时清运2个垃圾桶',
    null,
    'composite',
  ],
  // (a count alone beside two faults: which one is not said)
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '2个', null, 'composite'],
];

/** Points per unit after a slash, with or without the verb (`扣2分/项次`, `路灯不亮 2分/盏`). */
const POINTS_PER_UNIT: Case[] = [
  ['路灯不亮 2分/盏', 10, '3盏', 4, 'perissue'],
  ['路灯不亮 2分/盏', 10, '无', 10, 'perissue'],
  ['路灯不亮 2分/盏', 10, '6盏', 0, 'perissue'],
  ['台账缺失 -1分/本', 5, '缺2本', 3, 'perissue'],
  ['未签字,扣2分/项次;资料不全,扣1分/项次。', 10, '未签字1项次，资料不全3项次', 5, 'composite'],
  // (points after words naming no fault are earned, as the held-out hands read `国家、国际奖 80分/项`)
  ['开展宣传活动 2分/次', 10, '3次', 6, 'bonus'],
  // (a slash before two units at once is not read)
  ['路灯不亮 1分/处/次', 10, '2处各1次', null, 'manual'],
];

/** `完毕` as converted documents write `完成`: an answer in either word meets a rule in the other. */
const FINISHED_IN_EITHER_WORD: Case[] = [
  ['召开动员会2次以上得1分;完毕年度培训得1分', 2, '召开动员会3次，完成年度培训', 2, 'composite'],
  ['召开动员会2次以上得1分;完毕年度培训得1分', 2, '召开动员会1次，未完成年度培训', 0, 'composite'],
  ['整改完毕的得3分，未整改完毕的不得分', 3, '已整改完成', 3, 'grade'],
  ['整改完成的得3分，未整改完成的不得分', 3, '未整改完毕', 0, 'grade'],
];

/** A mark or an indicator's code opening a line (`*3.`, `★`, `C10.`) is no number and multiplies nothing. */
const MARKED_LINES: Case[] = [
  ['*3. 监管工作在本级 政府考核中所占权重高 于 5%(2 分) 。', 2, '6%', 2, 'bands'],
  ['*3. 监管工作在本级 政府考核中所占权重高 于 5%(2 分) 。', 2, '4%', 0, 'bands'],
  ['★全年开展培训不少于4次,每少1次扣1分', 4, '3次', 3, 'linear'],
  // (inside a line, `*` is still a product)
  ['得分=完成率*分值', 5, '80%', 4, 'proportional'],
  // an indicator's code opening the text (`C10.`, `c25、`) is its place in the table, even before a unit's word
  ['C10.家长学校组织家长培训学习,每学期至少两次。(4分)', 4, '每学期3次', 4, 'bands'],
  ['C10.家长学校组织家长培训学习,每学期至少两次。(4分)', 4, '本学期1次', 0, 'bands'],
  ['c25、全年开展家访不少于4次,每少1次扣1分', 4, '3次', 3, 'linear'],
];

/** A requirement with no points, answered yes or no as a form writes it (SPEC §3: a single condition is yes/no). */
const PLAIN_REQUIREMENT: Case[] = [
  ['值班人员上岗须佩戴工作证。', 6, '是', 6, 'checklist'],
  ['值班人员上岗须佩戴工作证。', 6, '否', 0, 'checklist'],
  ['档案室是否配备防火防潮设施?', 3, '√', 3, 'checklist'],
  ['档案室是否配备防火防潮设施?', 3, '×', 0, 'checklist'],
  // (any other answer says something a yes does not)
  ['值班人员上岗须佩戴工作证。', 6, '部分佩戴', null, 'manual'],
  // (a number is a standard to measure; words of judging or of degree are the person's; whether a fault
  // happened is asked the other way round: no earns the row (twenty-eighth session; it was the person's))
  ['按每300人配备1名的比例配备保洁员。', 6, '是', null, 'manual'],
  ['服务质量由考核组综合评定。', 6, '是', null, 'manual'],
  ['领导高度重视信访工作。', 6, '是', null, 'manual'],
  ['是否发生安全责任事故。', 6, '否', 6, 'checklist'],
  ['是否发生安全责任事故。', 6, '是', 0, 'checklist'],
];

/** Words each closed by bare points, comma-separated (`符合2.0,基本符合1.0,不符合0`): levels or items. */
const BARE_POINTS_AFTER_WORDS: Case[] = [
  ['完善3,较完善2,不完善0', 3, '较完善', 2, 'grade'],
  ['考勤制度健全2,台账规范2,按时上报1', 5, '考勤制度健全,按时上报', 3, 'checklist'],
  ['岗位职责明确。评分标准:优秀4,合格2,不合格0', 4, '合格', 2, 'grade'],
  // (items worth more or less than the row together: the rule and the table disagree)
  ['考勤制度健全2,台账规范2,按时上报1', 6, '全部', null, 'manual'],
  // (a number inside the words is no bare points)
  ['完成任务的90%以上3,80%以上1', 3, '85%', null, 'manual'],
];

/** Things listed before what is wrong with them, one step per finding: an answer names which. */
const THINGS_BEFORE_THE_FAULT: Case[] = [
  ['门禁、对讲机、摄像头不能正常使用的每处扣2分', 6, '对讲机不能正常使用', 4, 'perissue'],
  ['门禁、对讲机、摄像头不能正常使用的每处扣2分', 6, '门禁、摄像头不能正常使用', 2, 'perissue'],
  ['门禁、对讲机、摄像头不能正常使用的每处扣2分', 6, '摄像头2处', 2, 'perissue'],
  // (a thing the rule does not list is not one of them)
  ['门禁、对讲机、摄像头不能正常使用的每处扣2分', 6, '电梯不能正常使用', null, 'perissue'],
];

/** States that say a requirement met (`干净`, `明确`, `牢固`, `有效`, `一致`): no fault named. */
const MET_IN_STATE_WORDS: Case[] = [
  ['地面不干净扣2分;门窗不干净扣2分。', 4, '干净', 4, 'composite'],
  ['座椅松动的扣3分,扶手损坏的扣3分', 6, '座椅扶手齐全牢固', 6, 'composite'],
  ['未成立领导小组的扣1分;职责不明确的扣1分。', 2, '已成立，职责明确', 2, 'composite'],
  ['台账与实物不一致的，每处扣1分', 3, '一致', 3, 'perissue'],
  // (partly met is not met)
  ['地面不干净扣2分;门窗不干净扣2分。', 4, '基本干净', null, 'composite'],
];

/** A fault's own negation leading the answer, then words the fault holds further on: that fault. */
const NEGATION_THEN_ONE_THING: Case[] = [
  ['无村、组两级安全责任分工的扣2分;未制定应急预案的扣1分。', 3, '无责任分工', 1, 'composite'],
  ['未公示服务流程、收费标准和投诉电话的扣2分;未悬挂执照的扣1分。', 3, '未公示投诉电话', 1, 'composite'],
  [
    '未公示服务流程、收费标准和投诉电话的扣2分;未悬挂执照的扣1分。',
    3,
    '未公示投诉电话，未悬挂执照',
    0,
    'composite',
  ],
  // (two characters may be no more than the verb: not enough to tell a thing)
  ['未公示服务流程、收费标准和投诉电话的扣2分;未悬挂执照的扣1分。', 3, '未公示电话', null, 'composite'],
];

/** Something said done with 已, naming no fault: faults an answer does not name are absent. */
const SAID_DONE: Case[] = [
  ['未建立询问登记制度的扣2分,执行不严的扣1分', 3, '已建立并严格执行', 3, 'composite'],
  ['未成立领导小组的扣1分;未落实专人负责的扣1分。', 2, '已成立领导小组并落实专人负责', 2, 'composite'],
  // (a setback, a turn or a part done is no requirement met)
  ['设备不能正常使用的扣2分;台账不全的扣1分。', 3, '已停用', null, 'composite'],
  ['设备不能正常使用的扣2分;台账不全的扣1分。', 3, '已开展但资料不全', null, 'composite'],
  ['未完成年度任务的扣3分;台账不全的扣1分。', 4, '已基本完成', null, 'composite'],
];

/** So many done of so many, in words, as a share (`抽查20个，合格18个` → 90%). */
const SO_MANY_OF_SO_MANY: Case[] = [
  ['得分=抽查合格户数/抽查户数×分值', 2, '抽查20户，合格18户', 1.8, 'proportional'],
  ['得分=抽查合格户数/抽查户数×分值', 2, '抽查10户，全部合格', 2, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '完成1500亩，任务2000亩', 7.5, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '8座完成6座', 7.5, 'proportional'],
  // (counts in two units are not read; a share of the weight is rounded as any score is, however the counts
  // are said)
  ['完成任务得满分，未完成的按比例计分。', 10, '完成1500亩，任务2000户', null, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '3个完成2个', 6.67, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '计划3个，完成2个', 6.67, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '3个中完成2个', 6.67, 'proportional'],
  ['完成任务得满分，未完成的按比例计分。', 10, '完成2个，合计3个', 6.67, 'proportional'],
  // (a rate read from counts is held to a band only when it is exact: 2 of 3 must be rounded to be compared)
  ['完成率达到60%的得10分，未达到的不得分。', 10, '3个完成2个', null, 'bands'],
  ['完成率达到60%的得10分，未达到的不得分。', 10, '完成3个，总共5个', 10, 'bands'],
  // the count done in the rule's own verb, then the whole (seventeenth session); never a fault or a finding
  ['完成危房拆除任务得5分，未完成的按比例计分。', 5, '拆除8户，任务10户', 4, 'proportional'],
  ['完成危房拆除任务得5分，未完成的按比例计分。', 5, '拆除6户，共10户', 3, 'proportional'],
  ['完成危房拆除任务得5分，未完成的按比例计分。', 5, '未拆除2户，共10户', null, 'proportional'],
  ['完成危房拆除任务得5分，未完成的按比例计分。', 5, '发现2户，共10户', null, 'proportional'],
  // who is scored may stand between the else words and 按 (`未全部完成的乡镇按照…的比例得分`)
  [
    '完成危房拆除任务得5分,未全部完成的乡镇按照拆除户数占全部拆除任务的比例得分。',
    5,
    '80%',
    4,
    'proportional',
  ],
  [
    '完成危房拆除任务得5分,未全部完成的乡镇按照拆除户数占全部拆除任务的比例得分。',
    5,
    '全部完成',
    5,
    'proportional',
  ],
];

/** One thing asked, a verb of it denied in the answer: not met. */
const ONE_THING_DENIED: Case[] = [
  ['开展强农惠农资金专项检查得3分。', 3, '本年度未开展', 0, 'checklist'],
  ['记账及时得2分。', 2, '记账不及时', 0, 'checklist'],
  // (alternatives, or several things asked: one denied may leave the rest to be weighed)
  ['有年度计划或方案得1分。', 1, '有方案，无年度计划', null, 'checklist'],
  ['资金管理制度、责任制度健全得10分。', 10, '责任制度不健全', null, 'checklist'],
];

/** None of the issue, said in the rule's own word for it (`无增加`, `无违反`). */
const NONE_OF_THE_ISSUE: Case[] = [
  ['重复信访件数每增加1件扣1分', 10, '无增加', 10, 'perissue'],
  ['违反管理制度任何一项,每次扣5分', 10, '无违反', 10, 'perissue'],
  // (words that have a fault of their own: `无` names the worse fault)
  ['台账不全的每处扣1分', 5, '无台账', null, 'perissue'],
  // (words the rule says must not be, said not so: the standard met)
  ['报表应无涂改,否则每种报表扣一分', 5, '无涂改', 5, 'perissue'],
];

/** Delays said with the verb done (`按时提交`) or in another word for late (`迟延4天`). */
const DELAYS_IN_OTHER_WORDS: Case[] = [
  ['年度报告每迟报1天扣1分,扣完为止。', 10, '按时提交', 10, 'deadline'],
  ['每迟延两天扣1分', 10, '迟延4天', 8, 'deadline'],
  // (`无` and a thing is no timing: the thing is missing)
  ['年度报告每迟报1天扣1分,扣完为止。', 10, '无报告', null, 'deadline'],
  ['年度报告每迟报1天扣1分,扣完为止。', 10, '按时未提交', null, 'deadline'],
];

/** Items each worth points, the answer naming those unmet: the rest met, unless one hangs on another. */
const ITEMS_SAID_UNMET: Case[] = [
  ['有办公及教学设施3分;保证必要的经费2分;领导参加活动3分。', 8, '未保证必要的经费', 6, 'checklist'],
  ['有办公及教学设施3分;保证必要的经费2分;领导参加活动3分。', 8, '领导未参加活动', 5, 'checklist'],
  // (`并上报` goes on from the plan: no plan, nothing reported either — unmet too, as the held-out hands score it;
  // `新党员中` speaks of the members again, and stays the person's)
  ['制定具体实施计划(4分),并上报主管部门(2分)。', 6, '未制定', 0, 'checklist'],
  ['当年发展新党员(4分);新党员中有博士的,再加2分', 6, '未发展新党员', null, 'checklist'],
];

/** A heading, then the worth it states in a sentence of its own (`双季稻生产,满分8分。…`). */
const HEADING_WITH_ITS_WORTH: Case[] = [
  [
    '耕地保护,满分5分。年度内没有新增违法占地的,记满分;每发现1处扣1.5分,直至扣完为止。',
    5,
    '发现2处',
    2,
    'perissue',
  ],
  ['双季稻生产,满分8分。种植比例达到80%的,记满分;每少1%,扣0.25分。', 8, '72%', 6, 'linear'],
  // (the worth stated is checked against the row's weight)
  [
    '耕地保护,满分5分。年度内没有新增违法占地的,记满分;每发现1处扣1.5分,直至扣完为止。',
    6,
    '发现2处',
    null,
    'manual',
  ],
];

scoresAsListed([
  ['a heading stating its worth', HEADING_WITH_ITS_WORTH],
  ['items said unmet, the rest met', ITEMS_SAID_UNMET],
  ['delays in other words', DELAYS_IN_OTHER_WORDS],
  ['none of the issue, in the rule’s word', NONE_OF_THE_ISSUE],
  ['one thing asked, denied', ONE_THING_DENIED],
  ['so many done of so many', SO_MANY_OF_SO_MANY],
  ['something said done, naming no fault', SAID_DONE],
  ['a fault’s negation, then one thing it holds', NEGATION_THEN_ONE_THING],
  ['states that say a requirement met', MET_IN_STATE_WORDS],
  ['things listed before the fault they share', THINGS_BEFORE_THE_FAULT],
  ['words each closed by bare points', BARE_POINTS_AFTER_WORDS],
  ['a requirement without points, answered yes or no', PLAIN_REQUIREMENT],
  ['完毕 read as 完成', FINISHED_IN_EITHER_WORD],
  ['marks opening a line', MARKED_LINES],
  ['points per unit after a slash', POINTS_PER_UNIT],
  ['a numbered fault with its step after its words', NUMBERED_FAULT_STEPS],
]);

describe('a requirement without points, answered yes or no', () => {
  const typed = (value: number) => ({
    rule: '值班人员上岗须佩戴工作证。',
    weight: new Decimal(6),
    input: { value: '是' },
    settings: withDefaults({}),
    typedScore: new Decimal(value),
  });
  it('keeps a score the person typed that differs: the rule writes no points to say how far it was met', () => {
    const r = scoreRule(typed(4));
    expect(r.status).toBe('manual');
    expect(r.score?.toNumber()).toBe(4);
    expect(r.note).toContain('采用评分人评定的4分');
  });
  it('scores it when the typed score agrees', () => {
    const r = scoreRule(typed(6));
    expect(r.status).toBe('scored');
    expect(r.score?.toNumber()).toBe(6);
  });
});
