/**
 * How steps are written and answers said (fifteenth session). A step written as a numbered item (`1.不出勤一天扣5分`)
 * is the step, the number only marking it; `任意一项` is any one, not one counted. An answer of none said of the
 * list as a whole (`无上述现象`, `均无扣分情形`, `均不存在`) or of a fault by its words (`年内无安全责任事故`) is clean;
 * `无缺项` is none missing, never one thing missing, and `没有年度工作计划` still names `未制定年度工作计划`.
 * `缺学习制度、随访制度` against `每缺一个制度扣0.5分` names that shortfall, one per thing of its kind.
 * `均未建立` against things listed each short (`没有建立…、…、…的,少1项扣2分`) is every one of them short.
 * `无`, `未安排` against a sum asked for (`经费5000元以上`), `未推广` against a bonus per so many, is none at all.
 * A rate against a plan to complete (`确保完成…年计划,每差1%扣10分`) with no 年度指标值 is the share of the plan done.
 * `一千亩` is a number. A band `按比例` whose base is not said (`70%-89%` between `90%以上20分` and `69%以下不计分`)
 * is the person's, between the points on either side; the bands around it are scored. `得分` heading a formula
 * (`得分⏎(10分*执行率)`) is read with it. A fault priced once where deductions run until the row is gone
 * (`迟到扣0.5分,…,扣完为止`) goes on per occurrence; a bare count is never entries and days at once. A delay may
 * be followed by the verb done (`延迟1天上报`). A numeral in words closing a name (`多杆合一`) is no count.
 * Two things done joined by 并 (`已纳入总体工作并制定年度计划`) are read one by one. A bare 万 beside bands in
 * one unit of 万 (`20万以上…;10-20万人次…`) is that unit. Items named with the noun the rule's list closes with
 * (`无分析、反馈记录` for `无…、分析、反馈工作记录每项扣…`) are those items. Faults listed each in its own words
 * (`制度不健全、消防设备不完备`) are clean when every piece denies one (`制度健全、设备完备`); a piece naming one
 * (`设备不完备`) is no denial of the whole (it was a confident full score).
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const NUMBERED_STEP = '1.汛期值班不到岗一天扣4分;2.到岗后未填写值班记录的一次扣1分。';
const NUMBERED: Case[] = [
  [NUMBERED_STEP, 10, '汛期值班不到岗2天', 2, 'composite'],
  [NUMBERED_STEP, 10, '不到岗1天，未填写值班记录1次', 5, 'composite'],
  [NUMBERED_STEP, 10, '不到岗3天', 0, 'composite'],
  [NUMBERED_STEP, 10, '无', 10, 'composite'],
];

const ANY_ONE = '（1）项未满足任意一项条件扣3分；（2）项未满足条件扣1分';
const ANY: Case[] = [
  [ANY_ONE, 4, '（1）项未满足', 1, 'composite'],
  [ANY_ONE, 4, '（1）（2）项均未满足', 0, 'composite'],
  [ANY_ONE, 4, '全部满足', 4, 'composite'],
];

const TWO_PRESENCES = '有体罚学生现象的不得分;有违规收费行为的不得分。';
const VENDORS = '校园周边存在无证摊贩的扣1分;校园周边存在流动商贩的扣1分';
const LACK = '未制定年度工作计划的扣3分，未报送总结的扣2分';
const NONE_SAID: Case[] = [
  [TWO_PRESENCES, 10, '无上述现象', 10, 'composite'],
  [TWO_PRESENCES, 10, '均无扣分情形', 10, 'composite'],
  [TWO_PRESENCES, 10, '有违规收费行为', 0, 'composite'],
  ['发生安全责任事故的不得分', 10, '年内无安全责任事故', 10, 'composite'],
  ['发生安全责任事故的不得分', 10, '发生安全责任事故', 0, 'composite'],
  [VENDORS, 3, '均不存在', 3, 'composite'],
  [LACK, 5, '没有年度工作计划', 2, 'composite'],
  ['每缺一项资料扣1分', 5, '无缺项', 5, 'perissue'],
  ['每缺一项资料扣1分', 5, '无缺失', 5, 'perissue'],
  ['每缺一项资料扣1分', 5, '缺2项', 3, 'perissue'],
];

const THREE_SHORT = '没有建立值班制度、交接班制度、巡查制度的,少1项扣2分。';
const EVERY_SHORT: Case[] = [
  [THREE_SHORT, 6, '均未建立', 0, 'perissue'],
  [THREE_SHORT, 8, '均未建立', 2, 'perissue'],
  [THREE_SHORT, 8, '三项均未建立', 2, 'perissue'],
  [THREE_SHORT, 8, '均未签订', null, 'perissue'],
];

const OF_KIND = '每缺一个制度扣0.5分,制度内容不全的一项扣0.2分,未按时上报的扣2分';
const THINGS_OF_KIND: Case[] = [
  [OF_KIND, 3, '缺学习制度、值班制度', 2, 'composite'],
  [OF_KIND, 3, '缺少考勤制度，未按时上报', 0.5, 'composite'],
  [OF_KIND, 3, '缺考勤表', null, 'composite'],
];

const FUNDS = '每年安排宣传工作经费5000元以上的记2分,否则不计分。';
const PROMOTED = '每推广节能灯2000支加0.5分,最多计3分。';
const NONE_DONE: Case[] = [
  [FUNDS, 2, '无', 0, 'bands'],
  [FUNDS, 2, '未安排', 0, 'bands'],
  [FUNDS, 2, '6000元', 2, 'bands'],
  [PROMOTED, 3, '未推广', 0, 'bonus'],
  [PROMOTED, 3, '推广4000支', 1, 'bonus'],
  ['建立一个标准化示范基地,加5分', 5, '未建立', null, 'bonus'],
];

const PLAN = '确保完成县局下达的非税收入年计划,每差1%扣10分';
const PLAN_SHARE: Case[] = [
  [PLAN, 40, '98%', 20, 'linear'],
  [PLAN, 40, '105%', 40, 'linear'],
  [PLAN, 40, '95%', 0, 'linear'],
  ['与上年相比,每差1%扣10分', 40, '98%', null, 'linear'],
  ['完成年度目标任务,每差1%扣10分', 40, '98%', null, 'linear'],
];

const THOUSAND = '培育规模经营主体,有一千亩以上的规模经营大户的,得8分。';
const ROUND_NUMERALS: Case[] = [
  [THOUSAND, 8, '有1200亩规模经营大户', 8, 'bands'],
  [THOUSAND, 8, '最大规模经营大户800亩', 0, 'bands'],
];

const SHARE_UNSAID = '完成年度销售任务90%以上20分;70%-89%按比例计分;69%以下不计分;';
const MIDDLE_SHARE: Case[] = [
  [SHARE_UNSAID, 20, '95%', 20, 'bands'],
  [SHARE_UNSAID, 20, '60%', 0, 'bands'],
  [SHARE_UNSAID, 20, '80%', null, 'bands'],
];

const HEADED: Case[] = [
  ['得分\n(10分*执行率)', 10, '87.5%', 8.75, 'formula'],
  ['得分(10分*执行率)', 10, '100%', 10, 'formula'],
];

const LATE = '上班迟到扣0.5分,早退扣0.5分,扣完为止。';
const UNTIL_GONE: Case[] = [
  [LATE, 3, '迟到4次', 1, 'composite'],
  [LATE, 3, '迟到2次，早退1次', 1.5, 'composite'],
  [LATE, 3, '迟到8次', 0, 'composite'],
  ['上班迟到扣0.5分,早退扣0.5分。', 3, '迟到2次', null, 'composite'],
  ['报表缺编制说明扣1分,表内项目错一笔扣1分,迟报一天扣1分,扣完为止。', 10, '3', null, 'composite'],
  ['完成得8分。少1支志愿服务队扣4分,扣完为止。', 8, '2支', null, 'composite'],
];

const ONE_IN_A_NAME = '新建道路未实施“多杆合一”建设的扣3分;未设置公交港湾的扣2分';
const NAMED_ONE: Case[] = [
  [ONE_IN_A_NAME, 5, '已实施多杆合一', 5, 'composite'],
  [ONE_IN_A_NAME, 5, '未实施多杆合一', 2, 'composite'],
];

const TWO_DONE = '没有将安全工作纳入部门总体工作,没有做到同部署、同检查扣1分；没有制定年度安全工作计划扣1分';
const JOINED_DONE: Case[] = [
  [TWO_DONE, 2, '已纳入总体工作并制定年度计划', 2, 'composite'],
  [TWO_DONE, 2, '已纳入总体工作,未制定年度计划', 1, 'composite'],
];

const VISITORS = '接待游客人次,20万以上得5分;10-20万人次得3分;10万人次以下得1分。';
const TEN_THOUSANDS: Case[] = [
  [VISITORS, 5, '25万人次', 5, 'bands'],
  [VISITORS, 5, '12万人次', 3, 'bands'],
];

const ON_TIME = '按时上报得10分,迟报一天扣2分';
const DELAY_DONE: Case[] = [
  [ON_TIME, 10, '提前1天上报', 10, 'bands'],
  [ON_TIME, 10, '延迟1天上报', 8, 'bands'],
  [ON_TIME, 10, '延迟1天报错', null, 'bands'],
];

const RECORDS = '无计划、审核、上报、分析、反馈工作记录每项扣1分。';
const LIST_NOUN: Case[] = [
  [RECORDS, 6, '无分析、反馈记录', 4, 'perissue'],
  [RECORDS, 6, '无审核、上报记录', 4, 'perissue'],
];

const OWN_WORDS = '消防管理制度3分,制度不健全、消防设备不完备一次扣0.5分,直至本项目分扣完;';
const EACH_DENIED: Case[] = [
  [OWN_WORDS, 3, '制度健全、设备完备', 3, 'perissue'],
  // (One fault named, by the words that close it; the other denied: one deduction, never a full score.)
  [OWN_WORDS, 3, '制度健全、设备不完备', 2.5, 'perissue'],
  [OWN_WORDS, 3, '制度健全', 3, 'perissue'],
];

/** `每一案件`, `每发现一纸片`: each one of a thing named without a measure word. */
const ONE_OF_A_THING: Case[] = [
  ['承担主要责任的生效判决每一案件扣5分。', 10, '1件', 5, 'perissue'],
  ['承担主要责任的生效判决每一案件扣5分。', 10, '无', 10, 'perissue'],
  ['走廊每发现一纸片扣1分。', 5, '发现3个纸片', 2, 'perissue'],
  ['票据管理规范,得2分,每一环节发现问题扣0.5分。', 2, '2个环节发现问题', 1, 'perissue'],
  // (another grade of the fault the words before the step name: not priced)
  ['承担主要责任的生效判决每一案件扣5分。', 10, '承担次要责任的判决1件', null, 'perissue'],
  // (一 inside a word is no count: `每一般问题` is not one of 般问题)
  ['每发现一般问题扣1分。', 5, '2个', null, 'manual'],
];

scoresAsListed([
  ['one of a thing named without a measure word', ONE_OF_A_THING],
  ['a step written as a numbered item', NUMBERED],
  ['faults listed in their own words, each denied', EACH_DENIED],
  ['items with the noun their list closes with', LIST_NOUN],
  ['any one of a list is not one counted', ANY],
  ['an answer of none, said of the list or of a fault', NONE_SAID],
  ['every kind listed short', EVERY_SHORT],
  ['things of the kind a shortfall counts', THINGS_OF_KIND],
  ['none done, none spent', NONE_DONE],
  ['a rate against a plan to complete, with no 年度指标值', PLAN_SHARE],
  ['round numbers in words', ROUND_NUMERALS],
  ['a share whose base is not said, between two bands', MIDDLE_SHARE],
  ['a formula under a 得分 heading', HEADED],
  ['faults priced once where deductions run until the row is gone', UNTIL_GONE],
  ['a numeral closing a name is no count', NAMED_ONE],
  ['two things done, joined by 并', JOINED_DONE],
  ['a bare 万 beside bands in 万人次', TEN_THOUSANDS],
  ['a delay with the verb done after it', DELAY_DONE],
]);

describe('a step written as a numbered item', () => {
  it('restates the step per day', () => {
    expect(score(NUMBERED_STEP, 10, '无').explain).toContain('汛期值班不到岗每1天扣4分');
  });
});

describe('a rate against a plan to complete', () => {
  it('says the whole plan is the standard', () => {
    expect(score(PLAN, 40, '98%').note).toContain('低于100%标准2.00个百分点');
  });
});

describe('a share whose base is not said', () => {
  it('says so, and the span the person scores within', () => {
    const r = score(SHARE_UNSAID, 20, '80%');
    expect(r.note).toContain('按比例计分（未写明比例的基数），由评分人在0至20分之间评定');
    expect(r.explain).toContain('70%（含）至89%（含）按比例计分（未写明比例的基数）');
  });
});
