/**
 * Minimum counts scoped to whose count they are, and faults named by the words an answer uses — shapes from
 * the held-out corpus and the blind layouts, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** A minimum whose count belongs to someone named before it (`各单位至少…`, `每单位至少…`). */
const SCOPED_MINIMUM: Case[] = [
  ['每个科室至少报送信息12条，每少一条扣0.2分，扣完为止。', 2, '报送信息9条', 1.4, 'linear'],
  ['每个科室至少报送信息12条，每少一条扣0.2分，扣完为止。', 2, '少2条', 1.6, 'linear'],
  ['各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印4期', 2, 'linear'],
  ['各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印7期', 3, 'linear'],
  // (a period before the minimum makes it a frequency: whether the answer is per period is not said)
  ['每季度至少编印简报2期，每少一期扣0.5分，扣完为止。', 3, '编印6期', null, 'perissue'],
];

/** `3个乡镇未按时下达`: a count of who is scored, each with the fault, counts the fault. */
const FAULT_COUNTED_BY_WHO: Case[] = [
  ['未按时下达任务扣1分，扣完为止', 3, '1个街道未按时下达', 2, 'composite'],
  ['未按时下达任务扣1分，扣完为止', 3, '2个乡镇未按时下达', 1, 'composite'],
  // (who the fault itself names is part of its words, not a scope)
  ['乡镇未按时下达任务扣1分，部门未按时报送扣2分，扣完为止', 5, '2个部门未按时报送', 1, 'composite'],
];

/** Faults named in the answer's own words: `延时` is one word, not `延` closed by `时`; a fault's verb counts it. */
const FAULT_IN_ANSWER_WORDS: Case[] = [
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时1次', 5, 'composite'],
  // (without 每, what one occurrence costs says nothing of a second)
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时2次', null, 'composite'],
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时1次，被退回1次', 3, 'composite'],
  ['月报次月5日前报送，延时一天扣2分，数据差错一项扣1分，扣完为止。', 10, '延时2天', 6, 'composite'],
  ['设备、仪器有缺失或损坏的，每缺少1件扣1分；台账不全的扣2分。', 5, '仪器损坏2件', 3, 'composite'],
  // the verb one fault denies, said done (with 已, or with a count of what it did)
  [
    '未成立工作机构和配备专职人员的扣3分；台账不全的扣1分。',
    4,
    '已成立工作机构，配备兼职人员2名',
    4,
    'composite',
  ],
  ['未成立工作机构和配备专职人员的扣3分；台账不全的扣1分。', 4, '已成立机构，台账不全', 3, 'composite'],
  ['未建立值班制度扣2分，未制定应急预案扣2分。', 4, '已建立制度并制定预案', 4, 'composite'],
  // (what was done is another thing than the fault names: whether the fault's thing was done is not said)
  ['未成立工作机构和配备专职人员的扣3分；台账不全的扣1分。', 4, '已成立禁毒工作领导小组', null, 'composite'],
  // (how much was done says whether: short of all of it, not done — seventeenth session, as the held-out hands read it)
  ['未完成年度目标的扣5分。', 5, '完成率97%', 0, 'composite'],
  // (a count with no word of lack or fault counts what is there, not what is short)
  ['设备、仪器有缺失或损坏的，每缺少1件扣1分；台账不全的扣2分。', 5, '仪器2件', null, 'composite'],
];

/** Parts whose worths add up past the weight: a title worth the weight, or alternatives (SPEC §3, by weight). */
const PARTS_PAST_THE_WEIGHT: Case[] = [
  // a title with its points over bands worth the same
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '92%', 3, 'bands'],
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '100%', 4, 'bands'],
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '75%', 0, 'bands'],
  // (on a row worth both, the title's worth and the row's disagree: the person's)
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 8, '92%', null, 'manual'],
  // lines each giving points after the words, the largest the weight: the one that applies
  ['专职人员为研究生学历 6\n专职人员为本科学历 4\n专职人员为专科学历 2', 6, '本科学历', 4, 'grade'],
  ['专职人员为研究生学历 6\n专职人员为本科学历 4\n专职人员为专科学历 2', 6, '研究生学历', 6, 'grade'],
  // points that fall and the lower two happen to add up to the first: still alternatives, with no title
  [
    '按时完成建设任务且成效明显得10分；按时完成但成效一般得6分；未按时完成得4分。',
    10,
    '按时完成但成效一般',
    6,
    'grade',
  ],
];

/** Answers in words to yes/no questions and to items. */
const ANSWERS_IN_WORDS: Case[] = [
  // the answer's verb and object, the object's modifiers between them in the question
  ['建立健全各类安全生产检查工作台账,便于查阅(2分)。', 2, '未建立台账', 0, 'checklist'],
  ['建立健全各类安全生产检查工作台账,便于查阅(2分)。', 2, '已建立台账', 2, 'checklist'],
  // (a verb of another clause is not the question's)
  ['建立健全各类安全生产检查工作台账,便于查阅(2分)。', 2, '已建立制度', null, 'checklist'],
  // one item's own words, whole, though its first words are another item's too
  ['有方案并组织实施，得满分；有方案，实施不到位，得2分', 4, '有方案，实施不到位', 2, 'checklist'],
  // 并 joins two things done, each naming the same item
  [
    '成立工作专班,明确分工,得2分。专班定期会商,研究解决问题,得1分。',
    3,
    '已成立专班并明确分工',
    2,
    'checklist',
  ],
  [
    '成立工作专班,明确分工,得2分。专班定期会商,研究解决问题,得1分。',
    3,
    '成立了工作专班,未定期会商',
    2,
    'checklist',
  ],
  // (an item whose own words join with 并 is not split)
  ['建立工作台账并按月更新的得1分；制定管理办法的得1分', 2, '建立工作台账并按月更新', 1, 'checklist'],
  // a task done and more, or how much of it was done
  ['完成年度下达的保障性住房建设任务的,得2分,否则不得分。', 2, '超额完成', 2, 'checklist'],
  ['完成年度下达的保障性住房建设任务的,得2分,否则不得分。', 2, '完成96%', 0, 'checklist'],
  ['完成年度下达的保障性住房建设任务的,得2分,否则不得分。', 2, '完成100%', 2, 'checklist'],
];

/** Points given with 为, and how many of a rule's standards were met, down to none. */
const COUNT_OF_STANDARDS_MET: Case[] = [
  [
    '符合上述4项要求为4分;符合3项要求为3分;符合2项要求为2分;符合1项要求为1分;4项要求均不符合为0分。',
    4,
    '符合3项',
    3,
    'bands',
  ],
  [
    '符合上述4项要求为4分;符合3项要求为3分;符合2项要求为2分;符合1项要求为1分;4项要求均不符合为0分。',
    4,
    '4项均不符合',
    0,
    'bands',
  ],
  ['完成3项任务得3分;完成2项任务得2分;完成1项任务得1分;均未完成不得分。', 3, '完成2项', 2, 'bands'],
  ['完成3项任务得3分;完成2项任务得2分;完成1项任务得1分;均未完成不得分。', 3, '均未完成', 0, 'bands'],
  // (为 after the row's worth states it; the rule's points must still add up to it)
  ['本项满分为5分。按时报送的为5分，逾期报送的为2分。', 5, '逾期报送', 2, 'grade'],
  // (a none that denies another verb than the one counted is no count)
  ['完成3项任务得3分;完成2项任务得2分;完成1项任务得1分;均未上报不得分。', 3, '达到2项', null, 'manual'],
];

/** Points earned step by step from a baseline or a floor, none at it (`以…为基数，每高…得N分`). */
const EARNED_FROM_A_BASELINE: Case[] = [
  ['以90%为基数，每高1个百分点得1分，满分5分。', 5, '93.5%', 3.5, 'linear'],
  ['以90%为基数，每高1个百分点得1分，满分5分。', 5, '90%', 0, 'linear'],
  ['以90%为基数，每高1个百分点得1分，满分5分。', 5, '97%', 5, 'linear'],
  ['回收率低于90%不得分，每高1个百分点得1分，满分5分。', 5, '85%', 0, 'linear'],
  ['回收率低于90%不得分，每高1个百分点得1分，满分5分。', 5, '92%', 2, 'linear'],
  // (points taken off below a baseline start from full marks, as before)
  ['以90%为基数，每低1个百分点扣1分。', 5, '87%', 2, 'linear'],
];

/** The shortfall restated with 以下 right before the step that counts it. */
const SHORT_BEFORE_STEP: Case[] = [
  ['全年接收实习生不少于20名的不扣分，20名以下的每减少2名扣1分。', 5, '16名', 3, 'linear'],
  ['全年接收实习生不少于20名的不扣分，20名以下的每减少2名扣1分。', 5, '20名', 5, 'linear'],
  ['回访率达到90%的得满分，90%以下的每降低1%扣0.5分。', 4, '86%', 2, 'linear'],
  // (a range the steps apply in, `以内`, is not a shortfall)
  ['迟到3次以内的每次扣1分，扣完为止。', 5, '2次', null, 'manual'],
];

/** A scoring sheet named by its attachment (`评分表见附件3`), then bands on the score it gives. */
const SHEET_BY_ATTACHMENT: Case[] = [
  ['入户走访评分表见附件3\n≥90分得满分，≥80分得3分，≥60分得1分，<60分不得分', 5, '85分', 3, 'bands'],
  ['入户走访评分表见附件3\n≥90分得满分，≥80分得3分，≥60分得1分，<60分不得分', 5, '92', 5, 'bands'],
  ['详见附表2。考评得分≥85分的得4分，≥70分的得2分，<70分不得分。', 4, '72分', 2, 'bands'],
  // (a number not after an attachment's name is still the rule's to account for)
  ['入户走访评分表3份\n≥90分得满分，≥80分得3分，≥60分得1分，<60分不得分', 5, '85分', null, 'manual'],
];

/** A bare count above the one asked cannot be what is short: done, and more (not of a count per period). */
const MORE_THAN_ASKED: Case[] = [
  ['办好10件实事,上报并经考核认可的得10分,少一件扣1分。', 10, '13件', 10, 'perissue'],
  ['办好10件实事,上报并经考核认可的得10分,少一件扣1分。', 10, '10件', 10, 'perissue'],
  // (below it, a bare count may as well be what is short)
  ['办好10件实事,上报并经考核认可的得10分,少一件扣1分。', 10, '8件', null, 'perissue'],
  ['每季度召开一次例会,得1分,每少一次扣0.25分。', 1, '2次', null, 'perissue'],
];

/** How many the assessor samples (`随机抽取10名…`, `查看公共场所5处`): how the row is checked, no standard of it. */
const SAMPLE_SIZE: Case[] = [
  ['随机抽取10名职工参加考试，合格率达到90%以上得3分，每降低5%扣1分，扣完为止。', 3, '80%', 1, 'linear'],
  ['随机访问职工20名，知晓率达到90%以上得3分，每降低5%扣1分，扣完为止。', 3, '85%', 2, 'linear'],
  ['查看公共场所5处。宣传栏达到8个以上为合格，每少一个扣1分，扣完为止。', 4, '6个', 2, 'linear'],
  // (a share sampled, a bound on the sample, or a verb a unit may do itself is still the rule's to account for)
  ['随机抽取10%的职工，知晓率达到90%以上得3分，每降低5%扣1分，扣完为止。', 3, '85%', null, 'manual'],
  ['随机抽取不少于10名职工，知晓率达到90%以上得3分，每降低5%扣1分，扣完为止。', 3, '85%', null, 'manual'],
  ['检查职工20名，知晓率达到90%以上得3分，每降低5%扣1分，扣完为止。', 3, '85%', null, 'manual'],
];

/** Below a bound, the share of it reached written as arithmetic (`得分=访视率/90%×10分`). */
const SHARE_FORMULA_BELOW: Case[] = [
  ['随访率≥95%,得5分;随访率<95%,得分=随访率/95%×5分。', 5, '76%', 4, 'bands'],
  ['随访率≥95%,得5分;随访率<95%,得分=随访率/95%×5分。', 5, '96%', 5, 'bands'],
  // (dividing by another value than the bound is other arithmetic)
  ['随访率≥95%,得5分;随访率<95%,得分=随访率/90%×5分。', 5, '76%', null, 'manual'],
];

/** Issues counted in the answer's own fault words, and kinds named inside longer names. */
const ISSUES_IN_OWN_WORDS: Case[] = [
  // delay, error, dragging on: words of a fault, never a count of what was done
  ['周报报送时间延误、数据出错的每次扣1分。', 6, '延误2次', 4, 'perissue'],
  ['周报报送时间延误、数据出错的每次扣1分。', 6, '数据出错1次，延误2次', 3, 'perissue'],
  ['交办事项拒不完成、拖延完成的每次扣2分。', 6, '拖延完成1次', 4, 'perissue'],
  // a kind named inside a longer name; the verb of missing closing the list is not part of the last kind
  ['方案、总结缺一项扣1分。', 2, '缺年度方案', 1, 'perissue'],
  ['方案、总结缺一项扣1分。', 2, '缺年度方案、年终总结', 0, 'perissue'],
  // (a name joining two things, or a kind inside another kind's name, is not read so)
  ['花名册、在册人员花名册，少1项扣1分', 2, '缺花名册和在册名册', null, 'perissue'],
];

/** The gap from a standard the rule does not write, said with the rule's own name for it. */
const GAP_BY_OWN_NAME: Case[] = [
  ['未完成市下达责任指标的,每低0.1个百分点扣0.2分,扣完为止。', 2, '低于责任指标0.3个百分点', 1.4, 'linear'],
  ['未完成市下达责任指标的,每低0.1个百分点扣0.2分,扣完为止。', 2, '完成责任指标', 2, 'linear'],
  ['入户率达不到规定指标,每低5%扣1分,最多扣5分。', 5, '低于规定指标10个百分点', 3, 'linear'],
  ['入户率达不到规定指标,每低5%扣1分,最多扣5分。', 5, '入户率达标', 5, 'linear'],
  // (the words of meeting it, denied, say no gap)
  ['入户率达不到规定指标,每低5%扣1分,最多扣5分。', 5, '入户率未达标', null, 'linear'],
];

/** Alternatives each paying for a thing done, answered with that thing denied. */
const NONE_OF_THE_ALTERNATIVES: Case[] = [
  ['全面建立设备管理台帐得4分,部分建立得2分', 4, '未建立', 0, 'grade'],
  ['全面建立设备管理台帐得4分,部分建立得2分', 4, '部分建立', 2, 'grade'],
  ['建成垃圾中转站并正常运行的得2分,当年新建垃圾中转站的得1分。', 2, '无垃圾中转站', 0, 'grade'],
  // (denying what one level holds, not all of them, leaves the others open)
  ['提交申报材料的得1分,申报成功的得3分。', 3, '未申报成功', null, 'grade'],
  // (beside a level that is itself a fault, what nothing done gives is not said)
  ['制定管理办法,按时修订的得2分;制定管理办法,未按时修订的得1分。', 2, '未制定管理办法', null, 'grade'],
];

/** A yes/no question answered by a rank among the top ones asked, by 不是, or by a no and why. */
const YES_NO_BY_RANK_OR_REASON: Case[] = [
  ['考核结果居全市前3名的，得2分', 2, '第2名', 2, 'rank'],
  ['考核结果居全市前3名的，得2分', 2, '排名第7位', 0, 'rank'],
  ['综合排名前5位的，得1分', 1, '第6名', 0, 'rank'],
  // (ranks listed beyond the top ones: what the rest get is not said)
  ['前3名得5分；第4名至第10名得3分', 5, '第12名', null, 'rank'],
  ['“是”得3分,否则得0分', 3, '不是', 0, 'checklist'],
  ['“是”得3分,否则得0分', 3, '否，发生1起', 0, 'checklist'],
  // (a yes, then words that may take it back, is not read as a yes)
  ['“是”得3分,否则得0分', 3, '是，但发生1起', null, 'checklist'],
];

/** So many, every one of them met: none short. */
const EVERY_ONE_COUNTED: Case[] = [
  ['将12项重点工作全部公开，每少公开一项扣1分。', 12, '12项全部公开', 12, 'perissue'],
  ['每少1项台账扣1分。', 6, '6项齐全', 6, 'perissue'],
  // (all of fewer than the rule asks: how many are short is what the person says)
  ['将12项重点工作全部公开，每少公开一项扣1分。', 12, '10项全部公开', null, 'perissue'],
];

/** Old forms and other word orders of scanned documents (`旳`, `到达`); a share below a top short of 100%. */
const SCANNED_FORMS: Case[] = [
  ['办结率到达100%旳得满分,办结率≥60%旳按比例得分,低于60%旳不得分。', 2, '75%', 1.5, 'bands'],
  ['办结率到达100%旳得满分,办结率≥60%旳按比例得分,低于60%旳不得分。', 2, '55%', 0, 'bands'],
  // square metres however written
  ['活动室人均面积少1㎡扣1分。', 4, '少2㎡', 2, 'perissue'],
  ['活动室人均面积少1m2扣1分。', 4, '少2平方米', 2, 'perissue'],
  // (below a top band that starts at 90%, a share of the input or of 90% is not said)
  ['办结率到达90%及以上旳得满分,办结率≥60%旳按比例得分,低于60%旳不得分。', 2, '75%', null, 'manual'],
];

scoresAsListed([
  ['scanned forms, and a share below a top short of 100%', SCANNED_FORMS],
  ['so many, every one met', EVERY_ONE_COUNTED],
  ['yes/no by rank, 不是, or a no and why', YES_NO_BY_RANK_OR_REASON],
  ['none of the alternatives', NONE_OF_THE_ALTERNATIVES],
  ['a gap from a standard named in the rule’s own words', GAP_BY_OWN_NAME],
  ['issues counted in the answer’s own fault words', ISSUES_IN_OWN_WORDS],
  ['a share of the bound below it, in arithmetic', SHARE_FORMULA_BELOW],
  ['a scoring sheet named by its attachment', SHEET_BY_ATTACHMENT],
  ['how many the assessor samples', SAMPLE_SIZE],
  ['a bare count above the one asked', MORE_THAN_ASKED],
  ['a shortfall restated before its step', SHORT_BEFORE_STEP],
  ['points earned from a baseline', EARNED_FROM_A_BASELINE],
  ['points given with 为, and a count of standards met', COUNT_OF_STANDARDS_MET],
  ['answers in words to questions and items', ANSWERS_IN_WORDS],
  ['parts whose worths add up past the weight', PARTS_PAST_THE_WEIGHT],
  ['a minimum scoped to whose count it is', SCOPED_MINIMUM],
  ['faults named in the answer’s own words', FAULT_IN_ANSWER_WORDS],
  ['a fault counted by who is scored', FAULT_COUNTED_BY_WHO],
]);

describe('minimum counts scoped to whose count they are', () => {
  it('names the count by its verb, without the bound or whose it is', () => {
    const r = score('各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印4期');
    expect(r.explain).toContain('编印简报≥6期');
    expect(r.explain).not.toContain('至少');
    expect(r.explain).not.toContain('各乡镇');
  });
});
