/**
 * Faults named by answers in words the rule spreads around them (eighteenth session). Shapes from the held-out
 * corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/**
 * A fault named before its step, the step counting an event of its own (`无故拒载乘客每投诉一次扣5分`): an answer
 * may name it with the fault's words and the event's (`拒载投诉2次`), as long as it reaches into the fault's
 * own words (`投诉2次` alone fits either).
 */
const TAXI = '无故拒载乘客每投诉一次扣5分;私自改装计价器每投诉一次扣5分;不按规定携带证件的每次扣2分';
const COUNTED_EVENT: Case[] = [
  [TAXI, 30, '拒载投诉2次', 20, 'composite'],
  [TAXI, 30, '拒载投诉1次，改装计价器投诉1次，未携带证件2次', 16, 'composite'],
  [TAXI, 30, '投诉2次', null, 'composite'],
];

/**
 * A ceiling on the row's score named as the score (`总分最高不超过16分`, `最高得分不超过16分`): at the weight it
 * is the weight's own ceiling; below the weight, the stated worth differs from the weight and the row is the
 * person's. A subject opening with `当年` keeps it (`当` is no `当…时` there).
 */
const INVESTED = '当年景区建设实际投入达2亿元,得12分。每增加0.5亿元加1分,不到2亿元的每减少0.5亿元扣1分。';
const CEILING_NAMED: Case[] = [
  [`${INVESTED}总分最高不超过16分。`, 16, '3亿元', 14, 'twosided'],
  [`${INVESTED}总分最高不超过16分。`, 16, '1.5亿元', 11, 'twosided'],
  [`${INVESTED}最高得分不超过16分。`, 16, '5亿元', 16, 'twosided'],
  [`${INVESTED}此项最高为16分。`, 16, '2亿元', 12, 'twosided'],
  [`${INVESTED}总分最高不超过15分。`, 16, '3亿元', null, 'manual'],
];

/**
 * Words run on to an amount or standing apart from it: what a count is taken from right after the points
 * (`少一次扣2分以会议纪要为准`), the points as a sentence of their own before the else (`…纳入考核。5分。否则,
 * 不计分`), and the standard after what it measures (`完成率以100%为标准`, `完成率按100%每下降…`).
 */
const MEETINGS = '全年召开3次以上专题会议研究安全工作,少一次扣2分以会议纪要为准。';
const INCLUDED = '将安全工作纳入年度目标考核。4分。否则,不计分。';
const FROM_STANDARD = '筹资完成率按100%每下降1个百分点扣0.5分,直至扣完。';
const APART: Case[] = [
  [MEETINGS, 6, '3次', 6, 'linear'],
  [MEETINGS, 6, '2次', 4, 'linear'],
  [INCLUDED, 4, '已纳入年度目标考核', 4, 'checklist'],
  [INCLUDED, 4, '否', 0, 'checklist'],
  [FROM_STANDARD, 5, '98%', 4, 'linear'],
  [FROM_STANDARD, 5, '100%', 5, 'linear'],
  ['筹资完成率以100%为标准,每下降1个百分点扣0.5分,扣完为止。', 5, '96%', 3, 'linear'],
  // (Points alone before words other than an else stay unread.)
  ['将安全工作纳入年度目标考核。4分。另行通报。', 4, '是', null, 'manual'],
];

/**
 * The one fault denies a verb (`未组织培训扣5分`); the answer says it done, so many times (`组织培训2次`, `每学期考评
 * 1次`): no fault — unless the rule's standard asks more times than that.
 */
const TRAINING = '加强安全培训。未组织培训扣5分。';
const CAMPAIGN = '全年组织开展2次禁毒宣传活动。未开展的扣4分。';
const DONE_SO_OFTEN: Case[] = [
  [TRAINING, 5, '组织培训2次', 5, 'composite'],
  [TRAINING, 5, '未组织培训', 0, 'composite'],
  ['学校定期对各部门进行检查考评。未考评扣2分。', 2, '每学期考评1次', 2, 'composite'],
  [CAMPAIGN, 4, '已开展2次', 4, 'composite'],
  [CAMPAIGN, 4, '开展1次', null, 'composite'],
  // (So often per period: the year's count is more than the answer says.)
  ['每季度召开一次安全例会。未召开扣2分。', 2, '召开2次', null, 'composite'],
];

/** A bonus per so much over the task, answered `超额15%` (or `未超额完成`). */
const OVER = '超额完成栽植任务数,每超10%加2分,10分封顶。';
const OVER_SAID: Case[] = [
  [OVER, 10, '超额15%', 3, 'bonus'],
  [OVER, 10, '超额80%', 10, 'bonus'],
  [OVER, 10, '未超额完成', 0, 'bonus'],
];

/**
 * Standards listed, then a shortfall over them after a space (`…;无积水 缺一项扣3分`): the last standard is one of the
 * list, not the shortfall's words; an answer naming the standards met leaves the rest short, one naming those
 * missing counts them.
 */
const TRAIL = '位置便利;路面平整;无积水 缺一项扣3分。';
const LISTED_THEN_SHORT: Case[] = [
  [TRAIL, 9, '位置便利、路面平整', 6, 'perissue'],
  [TRAIL, 9, '路面平整，无积水', 6, 'perissue'],
  [TRAIL, 9, '位置便利', 3, 'perissue'],
  [TRAIL, 9, '缺1项', 6, 'perissue'],
  // (A piece naming no standard: not read.)
  [TRAIL, 9, '位置便利、有路灯', null, 'perissue'],
];

/**
 * What a band asks, denied in a few words of its own and closed by 的, before the share (`未实现的,按比例扣分`):
 * the else. Before a deduction it stays a fault (`未实现的,扣1分`).
 */
const SHARE_ELSE: Case[] = [
  ['按要求及时上报统计数据的,得2分;未实现的,按比例扣分。', 2, '90%', 1.8, 'proportional'],
  ['按期足额缴纳各项资金,得5分;未足额缴纳的,按比例扣分。', 5, '80%', 4, 'proportional'],
  ['按要求及时上报统计数据的,得2分;未实现的,扣1分。', 2, '未实现', 1, 'composite'],
];

/** Items answered each said done with 已 inside (`制度已落实`, `已制发文件`). */
const DONE_WITH_YI: Case[] = [
  ['1、制发文件情况(1分);2、制度落实情况(2分)', 3, '已制发文件，制度已落实', 3, 'checklist'],
  ['1、制发文件情况(1分);2、制度落实情况(2分)', 3, '未制发文件，制度已落实', 2, 'checklist'],
];

/**
 * Parts the rule numbers (`①…②…`), answered piece by piece with the same numbers (`①22%；②31%`). A list of
 * numbers alone (`1、2`) names items, not a part and its answer.
 */
const YOUNG =
  '①科级干部中35岁及以下的不低于20%的，得1分。每低1%，扣0.1分。②班子成员中35岁及以下的不低于30%的，得1分。每低1%，扣0.1分。';
const NUMBERED_PARTS: Case[] = [
  [YOUNG, 2, '①22%；②31%', 2, 'composite'],
  [YOUNG, 2, '①18%；②25%', 1.3, 'composite'],
  [YOUNG, 2, '②25%；①18%', 1.3, 'composite'],
  // (A number the rule does not give a part: not read.)
  [YOUNG, 2, '①22%；③31%', null, 'composite'],
];

/**
 * Sub-items numbered under the row's number (`2.1…;2.2…;2.3…`), each its own rule, answered piece by piece; a
 * fault said with the object its clean result names (`未成立领导小组` for `成立…领导小组…的得1分,未成立的不得分`).
 * A lone `3.1` opening a sentence is an amount.
 */
const LEADERSHIP =
  '2.1主要领导挂帅的得1分,其他领导挂帅的得0.5分,无领导挂帅的不得分;2.2成立整治领导小组的得1分,未成立的不得分;2.3部门分工明确的得1分,分工不明确的不得分。';
const SUB_ITEMS: Case[] = [
  [LEADERSHIP, 3, '主要领导挂帅，已成立领导小组，分工明确', 3, 'composite'],
  [LEADERSHIP, 3, '其他领导挂帅，未成立领导小组，分工明确', 1.5, 'composite'],
  ['3.1万元以上得5分,3万元以下不得分。', 5, '4万元', 5, 'bands'],
];

/** A band from one time done, its written denial giving nothing (`未开展不计分`), answered in those words. */
const OPEN_DAY = '家长开放日活动1次以上计3分,未开展不计分。';
const DENIAL_SAID: Case[] = [
  [OPEN_DAY, 3, '未开展', 0, 'bands'],
  [OPEN_DAY, 3, '开展2次', 3, 'bands'],
  ['每年提供科技稿件1件以上记2分(不投稿不得分);', 2, '不投稿', 0, 'bands'],
];

/**
 * A fault that says several things of one subject (twenty-first session): `扶手不全、损坏` is named by `扶手损坏`,
 * `记录不规范不完整` by `记录不完整` — the subject stands before the first negation, the things said of it follow,
 * listed with 、 or each with its own negation. A thing said of no fault's subject, or of two, names nothing. An
 * event a cause brings (`因不符要求被退回`) is named by the event, the cause's negation right after 因 as after
 * other words; an absence (`缺席业务学习`) names the rule's `不按规定参加…`.
 */
const BENCHES = '长椅椅面不平、松动的扣2分,护栏不全、锈蚀的扣2分。';
const LEDGER = '无巡查台账不得分;台账不规范不及时扣1分。';
const BOARDS = '公示牌设置不醒目不规范的扣1分,未公示投诉电话的扣1分。';
const TWO_SUBJECTS = '台账填写不规范、不及时的扣1分,台账归档不规范、不完整的扣2分。';
const ONE_SUBJECT: Case[] = [
  [BENCHES, 6, '长椅松动', 4, 'composite'],
  [BENCHES, 6, '护栏锈蚀', 4, 'composite'],
  [BENCHES, 6, '长椅松动，护栏锈蚀', 2, 'composite'],
  [LEDGER, 3, '台账不及时', 2, 'composite'],
  [BOARDS, 4, '公示牌不规范', 3, 'composite'],
  // (`不规范` is said of both subjects: which fault is not told.)
  [TWO_SUBJECTS, 5, '台账不规范', null, 'composite'],
  [TWO_SUBJECTS, 5, '台账归档不完整', 3, 'composite'],
];

const RETURNED = '起草材料延时一次扣2分;因不合要求被退回一次扣3分。';
const ABSENT = '不按规定参加岗位培训的扣4分;不按规定参加各类业务学习和例会的一次扣2分。';
const SIGNBOARD = '无服务监督公示牌扣3分;公示牌未及时更新的扣1分。';
const COOPERATION = '配合检查工作不力扣5分,未按期报送材料扣3分。';
const ACTIVITIES = '未开展禁毒宣传活动扣6分;已开展活动但台账资料不全,扣2分。';
const OTHER_WORDS: Case[] = [
  // (Done so often in the verb one fault denies: that fault is not there — unless another counts what is done.)
  [ACTIVITIES, 6, '开展3次，资料齐全', 6, 'composite'],
  [ACTIVITIES, 6, '开展3次，台账资料不全', 4, 'composite'],
  ['未开展宣传活动扣6分;开展不足4次扣3分。', 6, '开展2次', 3, 'composite'],
  // (A fault that is a bare negated verb, leading the answer, which says what was not done.)
  ['无分管领导扣1分;未成立扣1分。', 2, '未成立综治办事机构', 1, 'composite'],
  ['无分管领导扣1分;未成立扣1分。', 2, '没有分管领导，未成立综治办事机构', 0, 'composite'],
  // (Or what was not done first: `全年未开展培训`, `缺少防汛应急预案`; never another fault's words.)
  ['未及时开展培训，扣6分；未开展培训不得分', 15, '全年未开展培训', 0, 'composite'],
  ['缺少一项扣0.5分，一年内未组织演练扣1分', 3, '缺少防汛应急预案', 2.5, 'composite'],
  ['全部完成的满分,未安装验收每台扣2分(大型设备扣10分)。', 10, '未安装验收大型设备1台', null, 'composite'],
  // (Everyone did what a fault says one did not: `全员入会` against `一人未入会`.)
  ['未建立会员名册的扣2分,一人未入会扣1分。', 5, '全员入会，已建名册', 5, 'composite'],
  // (A thing said set up, `公示牌已设置`, denies its absence; `积极` is the opposite of `不力`.)
  [SIGNBOARD, 4, '公示牌已设置', 4, 'composite'],
  [SIGNBOARD, 4, '公示牌已设置，未及时更新', 3, 'composite'],
  [COOPERATION, 8, '配合积极，按期报送', 8, 'composite'],
  [COOPERATION, 8, '配合积极，未按期报送材料', 5, 'composite'],
  [RETURNED, 8, '被退回1次', 5, 'composite'],
  [RETURNED, 8, '延时1次，被退回1次', 3, 'composite'],
  [ABSENT, 10, '缺席业务例会1次', 8, 'composite'],
  [ABSENT, 10, '未参加岗位培训，缺席业务学习1次', 4, 'composite'],
];

/** A fault said of the thing a shortfall counts (`台账…不符` beside `每少1类台账`) is that fault alone. */
const OF_THE_THING_COUNTED = '每少1类台账扣2分；台账信息与实际情况不符的，每发现1次扣1分，扣完为止。';
const SAID_OF_THE_THING: Case[] = [
  [OF_THE_THING_COUNTED, 5, '台账与实际不符2次', 3, 'composite'],
  [OF_THE_THING_COUNTED, 5, '少1类台账，台账与实际不符1次', 2, 'composite'],
];

scoresAsListed([
  ['a fault said of the thing a shortfall counts', SAID_OF_THE_THING],
  ['a fault named with the event its step counts', COUNTED_EVENT],
  ['a band’s written denial said', DENIAL_SAID],
  ['sub-items numbered under the row', SUB_ITEMS],
  ['numbered parts answered by their numbers', NUMBERED_PARTS],
  ['a short denial before the share', SHARE_ELSE],
  ['items said done with 已', DONE_WITH_YI],
  ['standards listed, then a shortfall over them', LISTED_THEN_SHORT],
  ['a rise said as 超额', OVER_SAID],
  ['the one denied verb said done so often', DONE_SO_OFTEN],
  ['a ceiling named as the score', CEILING_NAMED],
  ['words run on to an amount or standing apart', APART],
  ['several things said of one subject', ONE_SUBJECT],
  ['an event of a cause, an absence', OTHER_WORDS],
]);

describe('a subject opening with a word like 当年', () => {
  it('keeps the whole word in the note', () => {
    expect(score(INVESTED, 16, '3亿元').note).toContain('当年景区建设实际投入3亿元');
  });
});
