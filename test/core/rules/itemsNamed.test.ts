/**
 * Items and things an answer names by their words: names holding a negation's character, things joined by 且,
 * what each listed thing holds (`各占1分`), a denial leading a list, and answers saying every one there (`全部`,
 * `全勤`), and points written after the stop that ends their words (`…教师队伍。(2分)学校…`). Shapes from the held-out
 * corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

/** Names of things with a negation's character (`无烟`, `无公害`), and 且 joining two things said met. */
const ITEMS_BY_WORDS: Case[] = [
  [
    '成立无烟单位创建工作组(2分),制定控烟制度(2分),设立控烟监督员(1分)。',
    5,
    '成立工作组，设立监督员',
    3,
    'checklist',
  ],
  ['基地通过无公害产地认定(3分),产品通过绿色食品认证(2分)。', 5, '通过无公害产地认定', 3, 'checklist'],
  [
    '有固定的活动场所,场所布置规范,得3分。配备必要的活动器材,得2分。',
    5,
    '有固定场所且布置规范',
    3,
    'checklist',
  ],
];

/** `…、…各占1分`: what each listed thing holds of the row, as `各得1分` says. */
const EACH_HOLDS: Case[] = [
  ['设立值班室、配备对讲机、安装监控各占2分', 6, '设立值班室、安装监控', 4, 'checklist'],
  ['设立值班室、配备对讲机、安装监控各占2分', 6, '全部', 6, 'checklist'],
  ['设立值班室、配备对讲机、安装监控各占2分', 6, '配备对讲机', 2, 'checklist'],
];

/** `(1个0.5分,共3分)`: one of the things listed and its points, then the total — what each is worth. */
const ONE_OF_EACH: Case[] = [
  ['建立值班制度、学习制度、考勤制度。(1项1分,共3分)', 3, '值班制度、考勤制度', 2, 'checklist'],
  ['建立值班制度、学习制度、考勤制度。(1项1分,共3分)', 3, '全部', 3, 'checklist'],
  // (without the total, one of a thing is a count reached)
  ['建立示范点1个得0.5分,2个以上得1分。', 1, '1个', 0.5, 'bands'],
];

/** `2、…投入达到…的10%以上,得2分`: an item that measures a bound is met when the answer's value reaches it. */
const FUND_ITEMS = '1、建立专项资金账户,得3分。2、配套资金达到上级补助资金的20%以上,得2分。';
const ITEM_MEASURED: Case[] = [
  [FUND_ITEMS, 5, '已建立，达到上级补助资金的25%', 5, 'composite'],
  [FUND_ITEMS, 5, '已建立，达到上级补助资金的15%', 3, 'composite'],
  // (the numbers of the items met, as for any items)
  [FUND_ITEMS, 5, '1,2', 5, 'composite'],
  [FUND_ITEMS, 5, '1', 3, 'composite'],
];

/** `缺年初计划、半年小结`: a denial leading a list denies each thing in it. */
const DENIAL_LEADING_A_LIST: Case[] = [
  [
    '小组未成立不得分。台账、记录缺一项扣一分(见年初台账、季度记录、年终记录)',
    3,
    '缺年初台账、季度记录、年终记录',
    0,
    'perissue',
  ],
  [
    '小组未成立不得分。台账、记录缺一项扣一分(见年初台账、季度记录、年终记录)',
    3,
    '缺季度记录、年终记录',
    1,
    'perissue',
  ],
  [
    '小组未成立不得分。台账、记录缺一项扣一分(见年初台账、季度记录、年终记录)',
    3,
    '小组未成立',
    0,
    'perissue',
  ],
];

/** `全部` against a step per thing missing, `全勤` against a step per absence: none missing. */
const EVERY_ONE_THERE: Case[] = [
  ['每年召开总结会、表彰会,建立有关台账。每缺1项扣1分', 3, '全部', 3, 'perissue'],
  ['按时参加季度例会,每缺席一次扣1分', 4, '全勤', 4, 'perissue'],
  ['按时参加季度例会,每缺席一次扣1分', 4, '缺席1次', 3, 'perissue'],
  // (`全勤` says nothing of faults other than absences)
  ['每发现一处台账错误扣1分', 4, '全勤', null, 'perissue'],
];

/** `只有课时备` against things listed (by 、 after a colon, or one to a comma before the points): the rest missing. */
const ONLY_THESE_THERE: Case[] = [
  ['台账内容:含有收入账、支出账、资产账。满分 6 分。每少 1 项扣 2 分。', 6, '只有支出账', 2, 'perissue'],
  ['台账内容:含有收入账、支出账、资产账。满分 6 分。每少 1 项扣 2 分。', 6, '缺资产账', 4, 'perissue'],
  [
    '建立了巡查制度,配备了巡查人员,制定了巡查计划的,记6分,每少一项扣2分。',
    6,
    '只建立了巡查制度',
    2,
    'perissue',
  ],
];

/** `超过3人` against `每超过1人扣5分`: the step's own verb of excess before a count is what is counted. */
const EXCESS_IN_THE_STEPS_WORDS: Case[] = [
  ['超编人数超过核定编制的，每超过1人扣2分', 10, '超过2人', 6, 'perissue'],
  ['超编人数超过核定编制的，每超过1人扣2分', 10, '2人', 6, 'perissue'],
  // (elsewhere `超过2人` is more than two: not a count)
  ['每发现1人违规扣2分', 10, '超过2人', null, 'perissue'],
  // (twenty-first session: the rule's own words before the count, its 超过 or 以上 among them, restate what is
  // counted; a hedge after the count is still one)
  ['在承诺时间内办结的得15分。超过承诺时限,每件次扣5分。', 15, '超过承诺时限1件', 10, 'perissue'],
  ['需要县以上单位协助处置的每次扣1分', 5, '需要县以上单位协助处置2次', 3, 'perissue'],
  ['需要县以上单位协助处置的每次扣1分', 5, '需要县以上单位协助处置2次以上', null, 'perissue'],
  ['推广超过基本任务的,每超1台加1分。', 5, '超过基本任务2台', 2, 'bonus'],
];

/** A one-character hedge only beside its number: `多报1处` reports too much, it does not say "more than one". */
const HEDGES_BESIDE_THE_NUMBER: Case[] = [
  ['工程量合理得10分,瞒报多报一经查实每一处扣2分', 10, '查实多报2处', 6, 'perissue'],
  ['工程量合理得10分,瞒报多报一经查实每一处扣2分', 10, '约2处', null, 'perissue'],
  ['工程量合理得10分,瞒报多报一经查实每一处扣2分', 10, '2处多', null, 'perissue'],
];

/** A count of what earns a bonus, beside a piece denying it: not earned in full, the person's. */
const BONUS_DENIED_BESIDE: Case[] = [
  ['每多建成一个达标服务站的，加2分。', 4, '多建成1个', 2, 'bonus'],
  ['每建成一个达标服务站的，加2分。', 4, '建成1个，未达标', null, 'bonus'],
];

/** Things each worth points, then none of them (`无不得分`) said last: the items' own no. */
const PLAN_AND_SUMMARY = '有工作计划,得2分;有年度总结,得3分;无不得分。';
const NONE_SAID_LAST: Case[] = [
  [PLAN_AND_SUMMARY, 5, '有工作计划，有年度总结', 5, 'checklist'],
  [PLAN_AND_SUMMARY, 5, '有年度总结', 3, 'checklist'],
  [PLAN_AND_SUMMARY, 5, '无', 0, 'checklist'],
  // (full marks beside them make the lines alternatives, not parts: a scale closed by its bare no, twenty-ninth
  // session)
  ['有方案且落实,得满分;有方案,得1分;无,不得分。', 3, '有方案', 1, 'grade'],
  ['有方案且落实,得满分;有方案,得1分;无,不得分。', 3, '有方案且落实', 3, 'grade'],
];

/** `…教师队伍。(2分)学校定期…。(2分)`: points written after the stop or comma that ends their words. */
const POINTS_AFTER_THEIR_WORDS: Case[] = [
  [
    '建立工作制度。(2分)定期开展业务培训。(2分)年底有工作总结。(2分)',
    6,
    '建立工作制度,年底有工作总结',
    4,
    'checklist',
  ],
  ['建立工作制度,(2分)定期开展业务培训,(2分)年底有工作总结。(2分)', 6, '全部', 6, 'checklist'],
  ['建立工作制度。(2分)每年开展业务培训不少于2次。(2分)', 4, '建立工作制度,开展培训1次', 2, 'composite'],
  // (one alone after its stop heads what follows: the row's worth)
  ['组织领导有力。(5分)有工作计划得3分;有年度总结得2分。', 5, '有工作计划', 3, 'checklist'],
];

scoresAsListed([
  ['points written after their words', POINTS_AFTER_THEIR_WORDS],
  ['none of the things, said last', NONE_SAID_LAST],
  ['items named by their words', ITEMS_BY_WORDS],
  ['what each listed thing holds', EACH_HOLDS],
  ['one of each, then the total', ONE_OF_EACH],
  ['an item measuring a bound', ITEM_MEASURED],
  ['a denial leading a list', DENIAL_LEADING_A_LIST],
  ['every one there', EVERY_ONE_THERE],
  ['only these there', ONLY_THESE_THERE],
  ['excess said in the step’s own verb', EXCESS_IN_THE_STEPS_WORDS],
  ['hedges beside the number', HEDGES_BESIDE_THE_NUMBER],
  ['a bonus count beside a denial', BONUS_DENIED_BESIDE],
]);
