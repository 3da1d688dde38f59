/**
 * How a fault's words are read (fourteenth session). What a step found is part of its fault (`报表每发现一处错误扣0.5分`: `报表错误`), and a step counting nothing of
 * its own counts some of an earlier step's things (`每发生1起安全事故扣1分,造成人员伤亡的每起扣2分`): naming it
 * leaves to the person whether both are deducted. A negation and its verb name a fault whose words part them
 * (`未签订` for `未与下级单位负责人签订…责任书`). A span per one of a thing (`视情况每处扣0.1-0.5分`) is a fault
 * the person prices once named, beside faults priced in points. A yes/no question answered by the verb its
 * list hangs on (`按时报送`), or by what follows its 为 (`事业单位`). Faults one to a comma before a step per
 * one (`未按顺序填写,页码有误,每项扣1分`) are kinds an answer names. Questions listed before points per one
 * (`是否…;是否…。每项达到要求得1分`) are what `全部` counts. Every one done in the verb the fault denies
 * (`制度全部建立` for `未建立制度的,每少一项`) is none short. Past what a rule prices per one (`一起扣2分`, `发生2起`),
 * the score is said only when one already takes the whole row. A heading's points before words that score the
 * whole row (`…绿化(30分)。完成任务的计满分,…按比例计分`) are the row's worth, stated. `35周岁以下` is an age.
 * `均无，不得分` is one more state of a scale. A count asked per period (`每学期…不少于2次`) is read from an answer
 * for that period only; `全年未检查` is none of the year's done; `两项都缺` is every fault of missing. Things listed then 均 (`设备、环境均不整洁`) name each item. An item going on from one unmet (`…计划(4分),并上报…(2分)` answered `未制定`) is unmet.
 * Shapes from the held-out corpus, in our own phrasings with
 * scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const FOUND_AFTER_MEASURE = '台账每发现一处错误扣0.5分,每迟报一天扣1分。';
const SOME_OF_EARLIER = '每发生1起安全事故扣1分,造成人员伤亡的每起扣2分。';

const FOUND_NOUN: Case[] = [
  [FOUND_AFTER_MEASURE, 10, '台账错误3处', 8.5, 'composite'],
  [FOUND_AFTER_MEASURE, 10, '错误2处，迟报1天', 8, 'composite'],
  [FOUND_AFTER_MEASURE, 10, '无', 10, 'composite'],
];

const COUNTS_SOME_OF: Case[] = [
  [SOME_OF_EARLIER, 6, '安全事故2起', 4, 'composite'],
  [SOME_OF_EARLIER, 6, '无', 6, 'composite'],
  [SOME_OF_EARLIER, 6, '安全事故1起，造成人员伤亡1起', null, 'composite'],
];

const SPREAD = '未与下级单位负责人签订安全生产目标责任书的扣5分;未在醒目位置张贴安全警示标志扣2分';
const NEGATION_AND_VERB: Case[] = [
  [SPREAD, 7, '未签订', 2, 'composite'],
  [SPREAD, 7, '未签订,未张贴', 0, 'composite'],
  [SPREAD, 7, '已签订', 7, 'composite'],
  // (a verb neither fault holds names neither)
  [SPREAD, 7, '未完成', null, 'composite'],
  // (done, the verb and its object as the fault's, other words between: the fault denied — unless done in part)
  [SPREAD, 7, '已与全部村组签订安全生产目标责任书，未张贴', 5, 'composite'],
  [SPREAD, 7, '已与部分村组签订安全生产目标责任书', null, 'composite'],
];

const SPAN_EACH = '台账不全的扣2分;路灯管理不到位,视情况每处扣0.1-0.5分。';
const SPAN_PER_ONE: Case[] = [
  [SPAN_EACH, 5, '台账不全', 3, 'composite'],
  [SPAN_EACH, 5, '无', 5, 'composite'],
  [SPAN_EACH, 5, '路灯管理不到位2处', null, 'composite'],
  // (alone, with nothing priced beside it, the span keeps the rule the person's)
  ['发生违规行为,视情节每例扣1-2分。', 4, '无违规行为', null, 'manual'],
];

/** `并上报…(2分)` goes on from the item before it: that item unmet, it is unmet too. */
const GOES_ON = '制定年度防汛工作实施计划(4分),并上报县防指(2分)。';
const GOES_ON_FROM_UNMET: Case[] = [
  [GOES_ON, 6, '未制定', 0, 'checklist'],
  [GOES_ON, 6, '已制定，未上报', 4, 'checklist'],
];

/** `设备、环境均不整洁`: things listed, then 均 and what each is — each item named. */
const EACH_ITEM_SAID: Case[] = [
  ['设备整洁3分,环境整洁2分。', 5, '设备、环境均不整洁', 0, 'checklist'],
  ['设备整洁3分,环境整洁2分。', 5, '设备和环境均整洁', 5, 'checklist'],
];

/** `全年未检查` against a shortfall per period: none of the year's done, in the rule's own verb. */
const PER_QUARTER = '每季度对村级档案工作进行检查。(2分,少一次扣0.5分)';
const NONE_IN_YEAR: Case[] = [
  [PER_QUARTER, 2, '全年未检查', 0, 'perissue'],
  [PER_QUARTER, 2, '全年检查3次', 1.5, 'perissue'],
  // (a verb the rule does not use says nothing of what it asks)
  [PER_QUARTER, 2, '全年未部署', null, 'perissue'],
];

/** `两表都缺` against faults each saying a thing is missing: every one of them. */
const MISSING_FORMS = '缺年度工作计划的扣2分；缺年度工作总结的扣3分';
const ALL_MISSING: Case[] = [
  [MISSING_FORMS, 6, '两项都缺', 1, 'composite'],
  [MISSING_FORMS, 6, '都缺', 1, 'composite'],
  // (a count that is not all of them names none)
  [MISSING_FORMS, 6, '三项都缺', null, 'composite'],
];

const QUESTION_ANSWERED: Case[] = [
  ['按时报送月度报表、年度决算等材料的(4分)。', 4, '按时报送', 4, 'checklist'],
  // (one part of the list said is not the whole asked)
  ['按时报送月度报表、年度决算等材料的(4分)。', 4, '按时报送月度报表', null, 'checklist'],
  ['按时报送月度报表、年度决算等材料的(4分)。', 4, '未按时报送', 0, 'checklist'],
  ['乡镇综合文化站机构性质为事业单位或参照管理单位(2分)。', 2, '事业单位', 2, 'checklist'],
  ['乡镇综合文化站机构性质为事业单位或参照管理单位(2分)。', 2, '参照管理单位', 2, 'checklist'],
  ['乡镇综合文化站机构性质为事业单位或参照管理单位(2分)。', 2, '自收自支', null, 'checklist'],
];

const BY_COMMA = '目录按顺序填写,页码正确得2分;未按顺序填写,页码有误,每项扣1分。';
const KINDS_BY_COMMA: Case[] = [
  [BY_COMMA, 2, '页码有误', 1, 'perissue'],
  [BY_COMMA, 2, '未按顺序填写，页码有误', 0, 'perissue'],
  [BY_COMMA, 2, '目录按顺序填写,页码正确', 2, 'perissue'],
  // (words naming neither kind are not guessed)
  [BY_COMMA, 2, '装订不整齐', null, 'perissue'],
  // (one to a sentence, before a step naming none)
  ['档案不齐全;台账不规范;未及时归档的,每发现一项扣2分。', 6, '台账不规范', 4, 'perissue'],
  ['档案不齐全;台账不规范;未及时归档的,每发现一项扣2分。', 6, '档案不齐全，未及时归档', 2, 'perissue'],
];

const QUESTIONS = '是否建立了工作制度;是否明确了责任分工;是否按时报送材料。每项达到要求得1分。';
const QUESTIONS_EACH_EARNING: Case[] = [
  [QUESTIONS, 3, '全部', 3, 'bonus'],
  [QUESTIONS, 3, '2项', 2, 'bonus'],
  // (questions whose points do not add to the row: what `全部` earns is not the row)
  [QUESTIONS, 4, '全部', null, 'bonus'],
];

const EVERY_DONE: Case[] = [
  ['未建立管理制度的,每少一项扣0.5分。', 2, '管理制度全部建立', 2, 'perissue'],
  ['未开展季度和年度安全检查的,每缺1项扣3分。', 6, '季度、年度安全检查均已开展', 6, 'perissue'],
  // (a verb the rule does not deny says nothing of what it counts)
  ['未开展季度和年度安全检查的,每缺1项扣3分。', 6, '季度、年度安全检查均已部署', null, 'perissue'],
];

const ONE_TAKES_ALL: Case[] = [
  ['本单位发生违规选人用人的,一起扣2分。', 2, '发生2起', 0, 'perissue'],
  ['本单位发生违规选人用人的,一起扣2分。', 3, '发生2起', null, 'perissue'],
  ['发现外墙有污渍一处扣1分;乱张贴一处扣1分。', 1, '外墙污渍3处', 0, 'composite'],
  ['发现外墙有污渍一处扣1分;乱张贴一处扣1分。', 3, '外墙污渍3处', null, 'composite'],
  // (a fault priced with no count of its own: whether a second costs again is the person's, whatever the sum)
  ['信息报送不及时的,扣1分。', 1, '不及时2次', null, 'composite'],
];

const HEADED = '完成指定路段的绿化(30分)。完成任务并通过验收的计满分,完不成任务的按比例计分。';
const HEADING_WORTH: Case[] = [
  [HEADED, 30, '完成80%', 24, 'proportional'],
  // (the worth stated is checked against the row's)
  [HEADED, 20, '完成80%', null, 'manual'],
  ['控制违法生育(15分)符合政策生育率95%(含95%)不扣分,每低一个百分点扣1分;', 15, '92%', 12, 'linear'],
  // (short of the whole, in other words: `降低比例的`, `不足的`)
  ['按政策全额征收上交记15分。降低比例的按比例记分。', 15, '征收80%', 12, 'proportional'],
  ['完成免耕栽培计划的计5分,不足的按比例扣分', 5, '完成80%', 4, 'proportional'],
];

/** `均无，不得分` after states of two things: neither there, one more state of the scale. */
const NEITHER = '有工作方案，台账齐全，得3分;有台账无方案，得2分;有方案无台账，得1分;均无，不得分';
const NEITHER_A_STATE: Case[] = [
  [NEITHER, 3, '有方案无台账', 1, 'grade'],
  [NEITHER, 3, '均无', 0, 'grade'],
  [NEITHER, 3, '有工作方案，台账齐全', 3, 'grade'],
];

/** `每学期…不少于2次`: a count asked per period, read only from an answer for that period. */
const PER_TERM = '每学期组织安全演练不少于2次,得2分';
const PER_PERIOD: Case[] = [
  [PER_TERM, 2, '每学期3次', 2, 'bands'],
  [PER_TERM, 2, '本学期1次', 0, 'bands'],
  // (a bare count may be the year's)
  [PER_TERM, 2, '3次', null, 'bands'],
  // (per year is the year's total, whatever the answer says)
  ['全年组织安全演练不少于2次,得2分', 2, '3次', 2, 'bands'],
];

/** `35周岁以下`: an age in what is measured, not weeks. */
const AGE_IN_SUBJECT: Case[] = [
  ['新招录人员中35周岁以下占比不低于90%的，得2分；每低1%，扣0.2分。', 2, '88%', 1.6, 'linear'],
  ['新招录人员中35周岁以下占比不低于90%的，得2分；每低1%，扣0.2分。', 2, '95%', 2, 'linear'],
];

scoresAsListed([
  ['what each one found is names the fault', FOUND_NOUN],
  ['a step counting some of an earlier step’s things', COUNTS_SOME_OF],
  ['a negation and its verb, parted in the fault’s words', NEGATION_AND_VERB],
  ['a span per one of a thing', SPAN_PER_ONE],
  ['a yes/no question answered by its verb or its alternatives', QUESTION_ANSWERED],
  ['faults one to a comma, named as kinds', KINDS_BY_COMMA],
  ['questions listed, each earning the points', QUESTIONS_EACH_EARNING],
  ['every one done, in the verb the fault denies', EVERY_DONE],
  ['past what is priced per one, when one takes the whole row', ONE_TAKES_ALL],
  ['a heading’s points before words scoring the whole row', HEADING_WORTH],
  ['an age in what is measured', AGE_IN_SUBJECT],
  ['neither there, a state of its own', NEITHER_A_STATE],
  ['a count asked per period', PER_PERIOD],
  ['an item going on from one unmet', GOES_ON_FROM_UNMET],
  ['things listed, then 均 and what each item is', EACH_ITEM_SAID],
  ['none of the year’s done', NONE_IN_YEAR],
  ['every thing the faults say is missing, missing', ALL_MISSING],
]);

describe('a count asked per period', () => {
  it('asks for the count per period when the answer gives a bare count', () => {
    expect(score(PER_TERM, 2, '3次').note).toBe(
      '评分标准按每学期的次数计分，请写明每学期的次数（如：每学期2次）',
    );
  });
});

describe('questions listed, each earning the points', () => {
  it('restates how many are listed and says how many `全部` is', () => {
    const r = score(QUESTIONS, 3, '全部');
    expect(r.explain).toContain('（评分标准列有3项）');
    expect(r.note).toContain('全部（3项）');
  });
});

describe('a span per one of a thing', () => {
  it('restates the span per one and leaves the named fault to the person', () => {
    const r = score(SPAN_EACH, 5, '路灯管理不到位2处');
    expect(r.explain).toContain('路灯管理不到位每1处扣0.1至0.5分（由评分人评定）');
    expect(r.note).toContain('存在“路灯管理不到位”，评分标准每处扣0.1至0.5分，由评分人评定');
  });
});

describe('a step counting some of an earlier step’s things', () => {
  it('restates it with the things it counts, and says why naming it is the person’s', () => {
    const r = score(SOME_OF_EARLIER, 6, '安全事故1起，造成人员伤亡1起');
    expect(r.explain).toContain('造成人员伤亡的安全事故每1起扣2分');
    expect(r.note).toContain('“造成人员伤亡的安全事故”也是“安全事故”，评分标准未写明是否两项都扣');
  });
});
