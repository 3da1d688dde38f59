/**
 * The words of 评分标准 and of input cells, after normalisation (src/core/text.ts: half-width, no
 * spaces). The lexer and the input readers take every domain word from here.
 */

export type Comparator = '>=' | '<=' | '>' | '<' | '=';
export type Direction = 'up' | 'down' | 'both';

/** Comparators written as symbols. */
export const COMPARATOR_SYMBOLS: Readonly<Record<string, Comparator>> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
};

/** Comparators written as words; they count only before a number (`达到100%`, not `达到质量标准`). */
export const COMPARATOR_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['高于或等于', '>='],
  ['不低于', '>='],
  ['未低于', '>='],
  ['没有低于', '>='],
  ['不少于', '>='],
  ['不得少于', '>='],
  ['不应少于', '>='],
  ['不能少于', '>='],
  ['不得低于', '>='],
  ['不应低于', '>='],
  ['不小于', '>='],
  ['达到或超过', '>='],
  ['达到', '>='],
  ['到达', '>='],
  // (`入学率达100%`; never the 达 of a verb, `下达`, `送达`: VERBS_ENDING_IN_CLOSER; weak, see below)
  ['达', '>='],
  ['最少', '>='],
  ['至少', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['低于或等于', '<='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不得超过', '<='],
  ['不应超过', '<='],
  ['不得高于', '<='],
  ['不得多于', '<='],
  ['未超过', '<='],
  ['没有超过', '<='],
  ['未超出', '<='],
  ['不超出', '<='],
  ['没有超出', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['至多', '<='],
  ['控制在', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['超出', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['不到', '<'],
  ['未到', '<'],
  ['不满', '<'],
  ['未满', '<'],
  ['未达到', '<'],
  ['未达', '<'],
  ['没有达到', '<'],
  ['达不到', '<'],
  ['等于', '='],
];

/** Comparator words that only say a value is reached, as a bare value would: the bound they give is not explicit. */
export const WEAK_COMPARATOR_WORDS: readonly string[] = ['达'];

/** Words joining the measures a subject names (`资金和面积占比`, `知晓率、参与率`): more than one measure. */
export const MEASURE_JOINERS: readonly string[] = [
  '和',
  '与',
  '及',
  '、',
  ',',
  '，',
  ';',
  '；',
  '并且',
  '以及',
];
/** Words holding a joiner's character that join nothing: `及时率`, `普及率`, `参与率` are one measure each. */
export const NOT_JOINING_WORDS: readonly string[] = ['及时', '普及', '涉及', '参与', '给与', '和谐'];

/** Comparators written after the number: `90%以上`, `60%以下`. PRC usage: 以上/以下 include the number. */
export const POSTFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator | 'between']> = [
  ['及以上', '>='],
  ['及其以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['及其以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['之间', 'between'],
];

/** Marks on a boundary: `（含）`, `（含90%）`, `（不含）`. The number inside, if any, is not checked. */
export const INCLUSIVE_MARKS = ['含', '包含', '含本数'];
export const EXCLUSIVE_MARKS = ['不含', '不包含', '不含本数'];

/** Range dashes between two numbers. */
export const RANGE_DASHES = ['-', '~', '至', '到'];

/** Which way a deduction step runs: `每超过…`, `每降低…`, `每偏离…`. Only read right after 每. */
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, Direction]> = [
  ['上下浮动', 'both'],
  ['上下偏离', 'both'],
  ['偏离', 'both'],
  ['偏差', 'both'],
  ['相差', 'both'],
  ['浮动', 'both'],
  ['变动', 'both'],
  ['超过', 'up'],
  ['超出', 'up'],
  // the task done more or less: `多完成1%加1分，少完成1%扣1分`
  ['超额完成', 'up'],
  ['多完成', 'up'],
  ['少完成', 'down'],
  // a deadline missed: `每延期一个月扣1分`
  ['延期', 'up'],
  ['延迟', 'up'],
  ['推迟', 'up'],
  ['滞后', 'up'],
  ['逾期', 'up'],
  ['高于', 'up'],
  ['高出', 'up'],
  ['增加', 'up'],
  ['提高', 'up'],
  ['上升', 'up'],
  ['增长', 'up'],
  ['多于', 'up'],
  ['多', 'up'],
  ['高', 'up'],
  ['超', 'up'],
  ['降低', 'down'],
  ['降', 'down'],
  ['低于', 'down'],
  ['下降', 'down'],
  ['减少', 'down'],
  ['不足', 'down'],
  ['少于', 'down'],
  ['缺少', 'down'],
  ['下浮', 'down'],
  ['低', 'down'],
  ['少', 'down'],
  ['缺', 'down'],
  ['差', 'down'],
];

/** Joiners of two directions: `超过（降低）`, `超过或降低`, `超过/降低`. */
export const DIRECTION_JOINERS = ['或', '/', '、', '和', '及'];

/** Deduction words (`扣1分`), gain words (`得3分`, `计3分`: only before a number, 满分 or 分值). */
export const DEDUCT_WORDS = ['扣除', '扣减', '扣掉', '扣', '减'];
export const GAIN_WORDS = ['得', '计', '记', '给', '获得'];
/**
 * Words right before points that make them a clause's own (`得5分`, `扣2分`, `每处1分`, `最高5分`, `共10分`, `1至3分`),
 * not the bare points closing a table's row (`…更新及时 6分`).
 */
export const OWN_POINTS_LEADS = [
  ...DEDUCT_WORDS,
  ...GAIN_WORDS,
  '加',
  '为',
  '占',
  '各',
  '共',
  '满',
  '高',
  '每',
  '至',
  '到',
  '和',
  '或',
];
/** The score as a noun or verb: `得分=…`, `按比例得分`. */
export const SCORE_WORDS = ['得分', '计分', '记分', '评分'];
/** Full marks; `不扣分` (`未发生…的不扣分`) keeps them. */
export const FULL_WORDS = ['满分', '全分', '不扣分'];
/** The indicator's weight as a word: `得分值的80%`, `执行率×分值`. */
export const WEIGHT_WORDS = [
  '该项指标分值',
  '本项指标分值',
  '该指标分值',
  '该项分值',
  '本项分值',
  '指标分值',
  '标准分值',
  '标准分',
  '分值',
  '权重分',
  '权重',
  '总分值',
];
/** The item itself, before an outcome: `本项不得分`, `该项0分`. */
export const SELF_WORDS = ['本项', '该项', '此项', '本指标', '该指标', '此指标', '本项指标', '该项指标'];
/** Nouns of the row's worth taken whole: `扣完该项分值`, `扣除全部分数`. */
const WORTH_NOUNS_TAKEN = ['分值', '分数'];
/**
 * `扣完该项分值`, `扣完此项分数`, `扣除本项全部分值`, `扣全部分数`: the row's whole worth taken, said with a verb of
 * taking it and the row (or 全部/所有) named; before 为止 the same words are a stop at 0 instead (the lexer's `CAP_RE`).
 */
const WHOLE_WORTH_TAKEN = [
  ...SELF_WORDS.flatMap((own) => [...WORTH_NOUNS_TAKEN, '分'].map((n) => `扣完${own}${n}`)),
  ...['扣除', '扣掉', '扣'].flatMap((verb) =>
    ['', ...SELF_WORDS].flatMap((own) =>
      ['全部', '所有'].flatMap((all) => WORTH_NOUNS_TAKEN.map((n) => `${verb}${own}${all}${n}`)),
    ),
  ),
  '扣全分',
];
export const ZERO_WORDS = [
  '不得分',
  '不计分',
  '不记分',
  '不给分',
  '不予得分',
  '不予计分',
  '计零分',
  '得零分',
  '得分为0分',
  '得分为0',
  '得分为零',
  '计为0分',
  '计为零分',
  // `发生安全责任事故，全部扣完`: the whole weight taken (after `扣完为止`, which the lexer reads first)
  '全部扣完',
  '全部扣除',
  '一律扣完',
  // `…未及时整治的扣完基本分`: the base taken whole
  '扣完基本分',
  ...WHOLE_WORTH_TAKEN,
];
export const HALF_WORDS = ['一半'];
/** Bonus words before a number: `每获一项表彰加1分`. */
export const BONUS_WORDS = ['额外加', '另加', '加分', '奖励', '加', '奖'];
/** Characters that make `加` part of another word: `参加5次`, `增加2人`. */
export const BONUS_BLOCKERS = ['参', '增', '追', '附', '施', '添', '叠', '外', '更', '倍', '再'];
/** A ceiling on a bonus before its number: `加满3分为止`, `最多加2分`. */
export const BONUS_CAP_PHRASES = [
  '累计最多加',
  '累计最高加',
  '加分最多',
  '加分最高',
  '加分上限为',
  '加分上限',
  '加分不超过',
  '最多加',
  '最高加',
  '累计加',
  '加满',
  // (`每开展一次计0.5分，计满2分为止`: points counted up to a ceiling)
  '计满',
  '记满',
  '加至',
  '加到',
];
/** Ceilings that count only before points (`计满2分为止`; `累计满100小时` is a count reached). */
export const POINTS_ONLY_BONUS_CAPS = ['计满', '记满'];
/** Nouns of a row's worth or score before 为 (`总分为20分`): a statement, not points given. */
export const WORTH_NOUNS = ['总分', '分数', '得分', '基础分', '基本分'];
/** Adverbs between the row and its outcome: `本项一律不得分`, `该项均不得分`. */
export const ALL_ALIKE_WORDS = ['一律', '均', '全部', '都'];
/** Words opening the condition of a fault after the requirement it breaks: `…,如有超龄,本项不得分`. */
export const IF_LEADS = ['如有', '若有', '如果有', '如果', '如发现', '若发现', '一经发现', '一旦'];
/** What may follow 一半 to make it an outcome: `得一半分`, `得一半的分数`. */
export const HALF_POINTS_WORDS = ['分', '分数', '的分', '的分数'];
/**
 * Measures that are a distance from a plan (`偏差率±5%以内`), for which `±` reads the absolute value. (On a rate
 * of completion, `PLANNED_RATE_WORDS`, ± spreads about 100%.)
 */
export const DEVIATION_WORDS = [
  '偏差',
  '偏离',
  '差异',
  '误差',
  '变动',
  '变化',
  '增减',
  '增长',
  '下降',
  '调整',
  '浮动',
  '波动',
  '增幅',
  '降幅',
  '差额',
  '相差',
  '超支',
  '节约',
];
/** Rates of completion, whose plan is 100%: ± on them spreads about it (`预算完成率超出正负10%不得分`). */
export const PLANNED_RATE_WORDS = ['完成率', '执行率'];
/** Written before a number to mean either side of zero: `偏差率在±5%以内` (the input counts by its absolute value). */
export const PLUS_MINUS_PREFIXES = ['±', '正负'];
export const EACH_WORDS = ['每'];
/** Bounds that may stand before the verb of what they count: `每年至少召开联席会议2次`. */
export const LEADING_MINIMUM_WORDS = ['至少', '最少', '不少于'];
/** `按卷扣2分`, `按处扣1分`: 按 before a measure word and the deduction says 每 too. */
export const PER_UNIT_LEADS = ['按'];
export const MULTIPLY_WORDS = ['×', '*', '乘以', 'x', 'X'];
/** `扣完为止` and its kin: the score stops at 0. */
export const CAP_PHRASES = [
  '扣完为止',
  '扣完即止',
  '扣完为限',
  '扣满为止',
  '扣至0分为止',
  '扣至零分为止',
  '扣到0分为止',
  '减完为止',
  '直至扣完为止',
  '直至扣完',
  '直到扣完为止',
  '直到扣完',
  // (deductions add up, one per occurrence, to nothing)
  '扣分累计',
  '直至本项分值扣完',
  '直至本项扣完',
  '直至扣为零分',
  '最低为0分',
  '最低得0分',
  '最低0分',
  '最低为零分',
  '最低扣至0分',
  '扣至0分',
  '不计负分',
  '不得为负',
  // a ceiling at the weight says the same of a score that grows: it stays within the weight
  '满分为止',
  '得满分为止',
  '以满分为限',
  '不超过满分',
  '最高不超过分值',
  '最高不超过本项分值',
  '不超过分值',
  '以分值为限',
  // (`执行率*该指标分值，最高不得超过分值上限`: the 自评表's own words)
  '最高不得超过分值上限',
  '最高不超过分值上限',
  '不得超过分值上限',
  '不超过分值上限',
  '最高不得超过分值',
  '不得超过分值',
  '最高不超过该指标分值',
  '不超过该指标分值',
];
/** `最多扣2分`: a ceiling on the deduction. */
export const MAX_DEDUCT_PHRASES = [
  '累计最多扣',
  '最多扣',
  '最高扣',
  '最多可扣',
  '累计扣',
  '扣完',
  '扣满',
  // `扣分不超过3分`, `累计扣分不超过3分`, `扣分上限3分`
  '扣分不超过',
  '扣分最多不超过',
  '扣分最高不超过',
  '累计扣分不超过',
  '扣分累计不超过',
  '扣分上限为',
  '扣分上限',
  '最高扣分',
  '最多扣分',
  // `最高减分不超过2分`: 减分 for 扣分.
  '减分不超过',
  '减分最多不超过',
  '减分最高不超过',
  '累计减分不超过',
  '最高减分',
  '最多减分',
];
/** Before a ceiling on the score: `最高不超过4分`, `最高4分`, `上限为4分`. */
export const LIMIT_WORDS = ['最高', '最多', '上限', '上限为', '累计最高', '累计不超过', '封顶'];
/** The row's whole score, named before its ceiling (`总分最高不超过16分`, `此项最高为6分`). */
/** Who a row scores, named before its ceiling (`学院最多不超过10分`, `各单位最高得5分`): the row's score again. */
export const ASSESSED_NAMES = ['学院', '单位', '部门', '乡镇', '街道', '学校', '科室', '个人'];
export const TOTAL_NAMES = [
  '总分',
  '总得分',
  '得分',
  '此项',
  '本项',
  '该项',
  '此项得分',
  '本项得分',
  '该项得分',
];
/** Words of a numbered step on one scale: `一档`, `二等`, `三级`, `第一类`. */
export const SCALE_STEP_WORDS = ['档', '等', '级', '类'];

/** The level an `否则…` clause names after a chain of states; answered by its name or a plain no (`否`). */
export const OTHER_LEVEL = '其他情况';

/** Words pointing back at the items listed before: `以上三项每项1分`. */
export const ITEMS_ABOVE_WORDS = ['以上', '上述', '前述', '以上各', '上述各', '以上各项', '上述各项'];

/** Words ending a heading's topic (`利润完成情况(5分)`): a subject scored below, never a state. */
export const TOPIC_ENDINGS = ['情况', '状况', '指标'];

/** Before a comparator that bounds points given, not a value in 分 compared: `最高不超过6分`, `加分不超过4分`. */
export const POINTS_BOUND_LEADS = [
  '最高',
  // (`最高得分不超过10分`: the score named after its ceiling's word.)
  '最高得分',
  '最多得分',
  '最多',
  '最低',
  '累计',
  '合计',
  '共计',
  '总计',
  '加分',
  '扣分',
  '减分',
  '奖励',
];
/** `分别扣5分、3分`, `分别对应扣4分、3分`: pairing listed things with amounts in order. */
export const RESPECTIVELY_SAID = ['分别', '分别对应'];
/** `其中1处已整改`, `含2项`: what opens a piece counting part of the count before it. */
export const PART_OF_LEADS = ['其中', '内含', '包括', '包含', '含'];
/** `…视为无效记录`: what a definition says a thing counts as. */
export const DEEMED_WORD = '视为';
/** Before how many unnamed things a rule counts: `操作间共10项`, `共有5条`. */
export const ITEM_TOTAL_LEADS = ['共', '共有', '共计', '总共'];
/** The measure words of such a count. */
export const ITEM_TOTAL_UNITS = ['项', '条'];
/** Before the points a rule says it is worth: `共3分`, `本项满分3分`. */
export const STATED_WORDS = [
  '共',
  '共计',
  '合计',
  '合计为',
  '共计为',
  '总计为',
  '总分',
  '本项',
  '该项',
  '本指标',
  '分值为',
  '分值',
  '满分为',
  '满分计',
  '基本分',
  '基础分',
  '基准分',
];
/** After `以N`: the value a rule measures from (`以100%为标准`). */
export const STANDARD_WORDS = ['为标准', '为基准', '为基数', '为目标', '为上限', '为标准值', '为满分标准'];
/** The row's base named before its points in an outcome: `得基础分0.5分`. */
export const BASE_POINT_WORDS = ['基础分', '基准分', '基本分', '基础分值'];
/** Between ranks and their points: `第1名至第5名依次得60、57…分`. */
export const RANK_JOINERS = ['依次', '分别', '依次为', '分别为', '各', '按照', '按'];
/** After the points a 按 gives the ranks: `前三名按照6、5、4分打分`, `按10、7、6…1记分`. */
export const RANK_SCORING_VERBS = ['打分', '记分', '计分', '赋分', '给分'];
/** The neutral middle of a scale of degrees (`严重`/`一般`/`不严重`), which does not say the scale's predicate. */
export const NEUTRAL_LEVELS = ['一般', '中等'];
/** Words for the levels of a scale after their count: `5档`, `五级`, `5个等级`. */
export const LEVEL_COUNT_WORDS = ['个档次', '档次', '等级', '档', '级', '等'];
/** Words that lead a scale's levels: `按严重、一般…5档`, `分为优、良、差三等`. */
export const SCALE_LEADS = ['按照', '按', '分为', '分成', '划分为'];
/** A verb of giving after the joiner, in the same words: `依次赋予60分、57分…`. */
export const RANK_GIVING = ['赋予', '给予', '计', '记', '得'];
/** Words before a number in a list paired by 分别 (`超过80%、70%和60%`, `第1、2、3名`), each item's when unsaid. */
export const NUMBER_ITEM_LEADS = [
  '不低于',
  '不少于',
  '超过',
  '高于',
  '大于',
  '达到',
  '低于',
  '不足',
  '小于',
  '第',
  '前',
  '达',
];
/** Words closing a number in such a list (`30%以上`). */
export const NUMBER_ITEM_POSTS = ['及以上', '及以下', '以上', '以下', '以内'];
/** `否则不得分`: covers every input no other band covers. */
export const ELSE_WORDS = [
  '否则',
  '其他情况',
  '其它情况',
  '其余情况',
  '其他',
  '其它',
  '其余',
  '反之',
  // `达到100%的，得满分；未达到的，按…`: the condition left unsaid is "not the one above".
  '未达到的',
  '未达到',
  '达不到的',
  '未达标的',
  '未达标',
  // `…不少于7天，得5分；未达要求的，不得分`: the requirement just written, not met
  '未达要求的',
  '未达到要求的',
  '达不到要求的',
  '达不到要求',
  '不达要求的',
  '未达要求',
  '不合要求的',
  '不合要求',
  // `完成年度目标任务的，满分；未完成的，按完成比例得分`
  '未完成的',
  // (`未按时完成的，不得分` stays a state its answer names: `未按时完成`.)
  '未按期完成的',
  '没有完成的',
  '没有完成任务的',
  '未完成任务的',
  '完不成的',
  '完不成任务的',
  // `全额征收上交记15分。降低比例的按比例记分`, `…的计7分,不足的按比例扣分`: short of the whole just written
  '降低比例的',
  '不足的',
  // `偏差率±5%以内得满分，超出的不得分`, `控制率≤100%得1分，超过不得分`: beyond a bound
  '超出的',
  '超过的',
  '超出',
  '超过',
];
/** Else words that stand only glued to `按…比例` (`未完成按完成比例得分`); alone they name a state. */
export const GLUED_ELSE_WORDS = [
  '未完成',
  '未全部完成',
  '没有完成',
  '未达到',
  '没有完成任务',
  '未完成任务',
  '完不成任务',
];
/** Words closing a clause that takes points off without saying how many (`达不到扣分`, `不及时扣分`). */
export const UNSPECIFIED_DEDUCTIONS = ['扣分', '减分'];
/** What marks the case short of a standard (`达不到扣分`, `执行不到位的扣分`): how much it loses is the person's call. */
export const SHORT_CASE_LEADS = ['否则', '达不到', '未达到', '没有达到', '不达', '不', '未', '没有'];
/** Words that hand the score to the person: such a clause is understood, and scored by hand. */
export const DISCRETIONARY_WORDS = [
  '酌情',
  '视情况',
  '视情节',
  '视具体情况',
  '由专家',
  '综合评定',
  '综合评判',
  '综合考核',
  '综合考评',
  '综合打分',
  '评估定分',
  '评估打分',
  '适当扣分',
  '相应扣分',
  '适当扣减',
  '相应扣减',
];
/**
 * Words putting how much a named fault costs to the person (`…未达到国家标准的,酌情扣2-6分`,
 * `没有台帐酌情扣分`): the fault is still a fault, and an answer naming none of the faults is scored.
 */
export const JUDGED_COST_LEADS = ['视情节轻重', '视具体情况', '视情况', '视情节', '酌情'];
/** A fault's cost said as twice another's (`回访发现整改不到位的，加倍扣分`). */
export const DOUBLED_COST_WORDS = ['加倍扣分', '加倍扣除', '双倍扣分'];
/** Verbs of excess a step counts by (`每超过1人扣5分`): said before a count, they say what is counted. */
export const EXCESS_STEP_VERBS = ['超过', '超出', '多'];
/**
 * A rule that asks for judgement names what is judged and how it turns into points: `视效果评分`,
 * `按年度工作任务完成情况评分`, `根据工作完成质量综合打分`. Lead, then (within a few words) the thing
 * judged, then the scoring verb.
 */
export const JUDGEMENT_LEADS = ['视', '根据', '按照', '按', '依据', '结合', '参照', '对照', '由'];
export const JUDGEMENT_OBJECTS = [
  '情况',
  '效果',
  '程度',
  '质量',
  '成效',
  '水平',
  '表现',
  '评价组',
  '评价小组',
  '专家组',
  '专家',
];
export const JUDGEMENT_VERBS = [
  '评分',
  '打分',
  '计分',
  '给分',
  '评定',
  '赋分',
  '扣分',
  '得分',
  '评价',
  '判定',
];
/** Verbs closing a round-up clause (`不足500册以500册计算`, `…按1个百分点计`). */
export const ROUND_UP_VERBS = ['计算', '计分', '计'];
/**
 * People a rule charges besides the row (`每人次扣2分、首席代表扣1分`): a deduction of theirs right after the row's
 * own is their score, not the row's.
 */
export const CHARGED_PERSONS = [
  '首席代表',
  '分管领导',
  '主要领导',
  '直接责任人',
  '责任人',
  '分管负责人',
  '主要负责人',
  '经办人',
  '当事人',
];
/** `…以此类推`: more of the same — amounts left to extrapolate, or (after a step) the step going on. */
export const SO_ON_WORDS = ['以此类推', '依此类推', '依次类推'];

/**
 * Scoring said in words without a number (`连续两年出现的加倍扣分`, `倒扣`): a description holding one
 * of these changes the score, so it is never read past.
 */
export const UNNUMBERED_SCORING_WORDS = [
  '倒扣',
  '加倍',
  '翻倍',
  '减半',
  '另扣',
  '再扣',
  '双倍',
  '比例扣',
  // `存在违规的相应扣分`, `扣除全部分数`, `未按时完成的减分`: a deduction without its amount
  '扣分',
  '扣除',
  '扣减',
  '减分',
  '加分',
  '从重',
  '另行扣',
  // `因不可抗力延期的视同按时完成`: an exception that moves an answer to another outcome
  '视同',
  DEEMED_WORD,
  // `10天以上另作处理`: an outcome left to another procedure
  '另作处理',
  '另行处理',
  '另案处理',
  '另行研究',
  // `与技能分就高计算`: the score weighed against another row's
  '就高',
  '就低',
  // `扣完`, `扣光` outside a limit phrase: the weight taken in words
  '扣完',
  '扣光',
  // `分别扣5分、6分…以此类推`: amounts beyond those written, left to be extrapolated
  ...SO_ON_WORDS,
];

/** Grades of one scale a fault may be qualified by: an answer of another grade is another fault. */
export const GRADE_SCALES = [
  ['主要', '次要', '同等'],
  ['特别重大', '重大', '较大', '一般'],
  ['严重', '较重', '轻微'],
];

/** Units an amount may be per when written after it: `扣3分每人次`. */
export const PER_AFTER_UNITS = ['人次', '次', '处', '项', '个', '人', '例', '起', '件', '户', '天', '条'];

/**
 * An answer's word for what a rule writes otherwise (`缺席` for `不参加`), tried when the answer's own words
 * name no fault: [the answer's word, the rule's words it may stand for].
 */
export const ANSWER_SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    '缺席',
    ['不参加', '未参加', '没有参加', '不出席', '未出席', '不按规定参加', '未按规定参加', '未按要求参加'],
  ],
  ['超越', ['超过', '超出']],
  ['迟报', ['未及时上报', '未按时上报', '未及时报送', '未按时报送', '逾期上报', '逾期报送']],
  ['漏报', ['未上报', '少报']],
  ['未签', ['未签订', '未签署', '没有签订']],
  ['丢失', ['遗失', '丢损']],
];

/** An actual saying none happened, against a 自评表 target of none (`0起`). */
export const NONE_ACTUALS = ['无', '没有', '未发生', '零'];
/** A bare answer of none to a list of faults: `无` (not `否`, which answers a question). */
export const NONE_AT_ALL = ['无', '没有', '均无', '都没有'];

/** Words closing what a rule excepts from its count: `（紧急情况除外）`. */
export const EXCEPTION_WORDS = ['除外'];

/** Scoring words that change nothing (`提前报送的不另加分`): read past like other words. */
export const NO_EFFECT_PHRASES = [
  '不另加分',
  '不另外加分',
  '不再加分',
  '不予加分',
  '不加分',
  // `申请加分单位须出具…证明材料`: how a bonus is asked for, not what it is
  '申请加分',
  '加分申请',
  // `…考核采用扣分制`: the way the row is scored, named; the clauses after it say how.
  '采用扣分制',
  '采用得分制',
  '实行扣分制',
  '实行得分制',
];
/**
 * `扣分不封顶`: deductions may pass the row's weight (into the total). Within the weight they change
 * nothing; past it the row is the person's.
 */
export const UNCAPPED_PHRASES = [
  '扣分不封顶',
  '扣分不保底',
  '扣分不设上限',
  '不设扣分上限',
  // `此项可倒扣分`: past nothing, the deduction goes on below 0.
  '可倒扣分',
  '可倒扣',
];
/** `扣完10分后扣项目考核总分`: past the row's points, deductions come off the whole assessment — uncapped too. */
export const BEYOND_ROW_RE = /扣完\d+(?:\.\d+)?分后(?:扣|从|在)?[\u4e00-\u9fff]{0,10}总得?分/;
/** The words after `扣完10分` saying so (`后扣项目考核总分`). */
export const BEYOND_ROW_TAIL_RE = /^后(?:扣|从|在)?[\u4e00-\u9fff]{0,10}总得?分(?:中扣除|扣除)?$/;
/** Words that make a sentence compute rather than state a standard: `按50%折算`, `日常考核占60%`. */
export const COMPUTING_WORDS = [
  '计算',
  '折算',
  '平均',
  '比例',
  '权重',
  '占',
  '系数',
  '比重',
  '加权',
  '分制',
  '取',
];

/** Of those, the ones that say the score is worked out with a number (`按50%折算`, `以…平均值计算`). */
export const SCORE_MATH_WORDS = ['折算', '加权', '分制', '权重', '系数', '平均'];

/** A measure named as a fall (`较上年下降`, `能耗下降率`): a negative value for it is ambiguous. */
export const DECREASE_WORDS = ['下降', '降低', '减少', '压减', '压缩', '节约', '节省'];
/** An overrun measure's words (`超出预算5%以内`, `每超支1%`): a value above a budget or plan. */
export const OVERRUN_WORDS = ['超出', '超支', '超过'];
/** A state inside the budget (`控制在预算以内`, `未超出预算`): an overrun of at most 0. */
export const WITHIN_RE =
  /^(?:.*(?:控制在|在).*(?:以内|范围内|之内)|.*(?:未超出|未超过|不超出|不超过|没有超出|未超支).*)$/;

/** Particles after a condition: `达到100%的`, `低于95%时`. */
export const CONDITION_FILLERS = [
  '之间的',
  '的情况',
  '的',
  '时',
  '者',
  '以后',
  '区间内的',
  '区间内',
  '区间的',
  '区间',
  '范围内的',
  '范围内',
  '范围的',
];
/** Openers and closers of a subject before a condition: `若执行率在…`, `满意度为…`. */
export const SUBJECT_OPENERS = ['若', '如', '当', '对', '凡', '处于', '位于', '介于'];
/** Words that start with an opener's character and open nothing: `当年旅游投入`, `如期完成`, `对外宣传`. */
export const OPENER_LOOKALIKES = [
  '当年',
  '当月',
  '当季',
  '当期',
  '当地',
  '当前',
  '当日',
  '当天',
  '如期',
  '对外',
  '对口',
  '对应',
];
export const SUBJECT_CLOSERS = ['在', '为', '是', '值', '达', ':'];
/** Words saying a row has none of what it measures: `没有楼堂馆所项目的部门按满分计算`. */
export const NONE_THERE_LEADS = ['没有', '无', '不涉及'];
/** Words giving full marks in words: `默认满分`, `按满分计算`; of a row with nothing to measure, `不扣分`. */
export const FULL_MARKS_WORDS = [
  '默认满分',
  '按满分计算',
  '按满分计',
  '计满分',
  '得满分',
  '为满分',
  '不扣分',
];
/** The word that makes a 评分标准 a question: `资金到位率是否达到100%`. */
export const QUESTION_WORD = '是否';
/**
 * `按线性内插赋分`, `其间按插值法计分`: the points run straight between the two written on either side (whether
 * they rise or fall), the words a water-works 考核 uses; a bare `按比例` is not this.
 */
export const INTERPOLATION_RE =
  /^(?:其间|期间|之间)?(?:按|按照|采用|用)?(?:线性内插|线性插值|线性插入|插值|内插)法?(?:赋分|计分|得分|打分|计算|计算得分)?$/;

/** How much a shortfall costs, said without saying it (`否则相应扣分`, `达不到按比例扣分` with no share's base). */
export const UNSAID_SHARE_WORDS = ['按比例', '相应', '适当'];
/** Verbs that may follow a value reached before its outcome (`100%完成得10分`): they say nothing the value does not. */
export const DONE_AFTER_VALUE = ['完成', '达到', '达标', '实现'];
/** Light verbs an answer may put before the rule's own words (`未开展帮扶慰问` for `帮扶慰问`). */
export const LIGHT_VERBS = ['开展', '进行', '实行', '实施', '组织'];
/** Verbs opening the event a cause brings (`因护理不周受家长投诉`). */
export const CAUSED_EVENT_VERBS = ['受到', '受', '被', '造成', '导致', '引起', '致使'];
/** Words opening a measure short of its value (`未达到目标值60%的`); each ends in the two-character verb kept. */
export const SHORT_OF_LEADS = ['没有达到', '未达到', '没有完成', '未完成'];
/** Words before a count that say it is to be reached (`达60家`), not found exactly (`发现1个`). */
export const REACHING_WORDS = ['达', '达到', '超过', '完成', '实现'];
/** A measure named as a total (`年度信息总量200条`): the count after it is one to reach, not to hit exactly. */
export const TOTAL_MEASURE_ENDINGS = ['总量', '总数', '数量'];
/** Negations that govern every noun of a list after them (`无方案、记录和总结`: no plan, no record, no summary). */
export const LIST_NEGATIONS = ['没有', '缺少', '无', '缺'];
/** A list's every item there, said of the whole (`制度健全`, `资料齐全`). */
export const WHOLE_MET_ENDINGS = ['健全', '齐全', '完备', '完整'];
/** Verbs that end in a closer's character and keep it (`资金下达≤15日`: the time to 下达, not `下`). */
export const VERBS_ENDING_IN_CLOSER = [
  '下达',
  '到达',
  '送达',
  '抵达',
  '传达',
  '转达',
  '通达',
  '直达',
  '表达',
  '发达',
  '长达',
];
/** `超过100%的按100%计`: a note that the input counts at most 100%. */
export const COUNT_AS_WORDS = ['计算', '计', '核算'];
/** A standard named in words, its value written elsewhere or nowhere (`不低于平均值`, `低于全省平均水平`). */
export const NAMED_STANDARDS = ['平均值', '平均数', '平均水平', '平均'];
/** Comparators saying such a standard is reached, for a step counting down from it and for one counting up. */
export const NAMED_STANDARD_REACHED = {
  down: ['不低于', '不少于', '不小于', '高于', '达到'],
  up: ['不高于', '不大于', '不超过', '低于'],
};
/** Words between a scale's count and its points: what the points are (`计分标准为`, `对应的分值分别为`). */
export const SCALE_POINTS_LEADS = [
  '对应的',
  '对应',
  '相应的',
  '相应',
  '计分标准',
  '评分标准',
  '分值',
  '得分',
  '的',
];
/** After a score named as the thing ranked: `…考核得分及排名，…`. */
export const RANKED_SCORE_TAILS = ['及排名', '和排名', '排名'];
/** Who a row scores, when a rule names them (`未全部完成的乡镇按照…比例得分`). */
export const SCORED_UNITS = [
  '乡镇',
  '街道',
  '村',
  '社区',
  '单位',
  '部门',
  '县区',
  '县(市、区)',
  '学校',
  '企业',
];
/** Openers of a proportional outcome: `按执行率×分值`, `按完成比例得分`. */
export const BY_WORDS = ['按照', '按', '根据', '依据'];
export const RATIO_WORDS = ['比例', '比率', '比重', '占比', '完成百分比', '完成率', '执行率'];
/** A name in a formula that names the row's 年度指标值: `目标任务`, `时序目标任务`, `计划数`. */
export const TARGET_NAME_WORDS = ['目标', '计划', '任务数', '指标值'];
/** Words naming what a step counts from, not what it counts (`每低于标准1%`, `比基数每减少…`). */
export const BASELINE_WORDS = ['标准', '基准', '基数'];
/** Name endings of counts and amounts (`按时结案数`, `到位资金额`): a percentage can only be their ratio. */
export const COUNTED_NAME_ENDINGS = ['数', '额', '量', '资金', '经费', '人次', '户数', '件数'];
/** A name in a formula that ends so is a rate, used as a fraction (`得分=执行率×分值`: 95% → 0.95). */
export const FORMULA_RATE_ENDINGS = ['率', '比例', '比率', '比重', '占比', '之比', '的比', '进度', '程度'];
/** How a measure moved, said in an answer (`增长12%`, `高出10个百分点`, `下降3%`), against a bonus per point risen. */
export const RISE_WORDS = ['增长', '提高', '增加', '上升', '高出', '高于', '超过', '超出'];
export const FALL_WORDS = ['下降', '降低', '减少', '低于'];
/**
 * How far from a standard the rule does not write, said in an answer (`低于标准3个百分点`, `下降6%`): below it, above
 * it. Longest first where one holds another (`低于`, `低`).
 */
export const GAP_DOWN_WORDS = ['低于', '低', '差', '下降', '降低', '减少'];
export const GAP_UP_WORDS = ['高于', '高', '超过', '超出'];
/** Of those, the ones that say a movement or a shortfall whatever follows (`差2%`, `下降3%`), never a level said
 * loosely (`超过95%`, `低于90%`). */
export const GAP_MOVE_WORDS = ['差', '下降', '降低', '减少'];
/** No movement at all (`持平`, `零增长`). */
export const FLAT_WORDS = ['持平', '不变', '零增长', '未增长', '没有增长', '无增长', '未超额', '没有超额'];
/** How answers say a rise beyond the rule's own words (`超额15%` against `每超10%加2分`). */
export const ANSWER_RISE_WORDS = [...RISE_WORDS, '超额', '超'];
/** Arithmetic in words inside a formula (`60分乘以完成率`, `实际数除以计划数`). */
export const FORMULA_OPERATOR_WORDS: ReadonlyArray<readonly ['*' | '/', string]> = [
  ['*', '乘以'],
  ['/', '除以'],
];
/** Words closing a formula that say its value is the score (`比例值乘以2直接得分`, `…即为此项得分`). */
export const FORMULA_SCORE_ENDINGS = [
  '直接得分',
  '即为此项得分',
  '即为本项得分',
  '即为该项得分',
  '即为得分',
  '得出分数',
  '计算得分',
  '计分',
  '得分',
];
/** What a formula's left side may call the score besides the scoring words (`年度考核分=…`). */
export const SCORE_NAME_WORDS = ['得分值', '分值', '分数', '考核分', '综合分'];
/** A heading before a formula (`计算方法以比例值乘以2…`, `此项分值计算方法为:`). */
export const FORMULA_LEADS = ['此项分值计算方法为', '计算方法为', '计算方法以', '计算方法是', '计算方法'];

/** Item markers: circled and parenthesised numerals. `(1)`, `1、`, `1.`, `一、` are read by the lexer at a clause start. */
export const CIRCLED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2460, 0x2473], // ①…⑳
  [0x2474, 0x2487], // ⑴…⒇
  [0x2776, 0x277f], // ❶…❿
  [0x2780, 0x2789], // ➀…➉
  [0x278a, 0x2793], // ➊…➓
];

/** Chinese numerals for small counts (`一个百分点`, `每少一项`, `十个百分点`) and round ones (`一千亩`, `五百人`). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  百: 100,
  千: 1000,
};
/** The numerals of `CHINESE_DIGITS`, as one run for a character class. */
export const CHINESE_NUMERALS = Object.keys(CHINESE_DIGITS).join('');
/** The numerals of a small count in words (`三次`, `两个月`, `一年后`), as one run for a character class. */
export const SMALL_NUMERALS = '一二两三四五六七八九十';
/** A number said, in digits or small numerals (`3次`, `三次`). */
export const NUMBER_SAID_RE = new RegExp(`[\\d${SMALL_NUMERALS}]`);

/** Percentage points written as words: `一个百分点`, `5个百分点`. */
export const PERCENT_POINT_WORDS = ['个百分点', '百分点', '百分比'];
/**
 * Units a 年度指标值 or an answer may carry that a rule text never measures in: `≥90分` (a test score),
 * `≤5‰`. In a rule, `N分` is points.
 */
export const VALUE_ONLY_UNITS = ['分', '‰'];
/** Written before a number to mean per cent: `百分之五`. */
export const PERCENT_PREFIX = '百分之';

/**
 * `2万`, `1亿`: a magnitude with no unit of its own — money alone (`5-10万` in a rule on funds), but of the kind the
 * other side names when it names one that scales (`2万` against `2.6万人` or `26000人次`).
 */
export const BARE_MAGNITUDES = ['万', '百万', '千万', '亿'];
/** Units after a number, longest first where one starts another. */
export const QUANTITY_UNITS = [
  // `总错比≤0.4‰`: per mille, a unit of its own (never turned into a percentage behind the reader's back)
  '‰',
  '微克/立方米',
  '毫克/立方米',
  '毫克/升',
  '平方公里',
  '立方米',
  '公顷',
  '万千瓦时',
  '千瓦时',
  '千万元',
  '百万元',
  '万元',
  '亿元',
  '亿',
  '千万',
  '百万',
  '千元',
  '元',
  '万',
  '万人次',
  '人次',
  '文次',
  '宗次',
  '户次',
  '批次',
  '例次',
  '件次',
  '万人',
  '个工作日',
  '工作日',
  '个月',
  '个',
  '项',
  '类',
  '处',
  '次',
  '条',
  '件',
  '名',
  '人',
  '户',
  '家',
  '所',
  '座',
  '天',
  '日',
  '周',
  '月',
  '年',
  '小时',
  '分钟',
  '篇',
  '份',
  '张',
  '批',
  '场',
  '台',
  '套',
  '辆',
  '公斤',
  '千克',
  '吨',
  '亩',
  '公里',
  '千米',
  'km',
  'KM',
  '平方米',
  '平米',
  // (`每减少1 m2`: square metres in Latin letters.)
  '㎡',
  'm²',
  'm2',
  'M2',
  '米',
  // (`射程≥80M`: metres in Latin letters; compared as written, not converted.)
  'M',
  'm',
  '册',
  '本',
  '期',
  '轮',
  '单',
  '宗',
  '起',
  '例',
  '笔',
  '学时',
  '课时',
  '学分',
  '株',
  '棵',
  '头',
  '只',
  '间',
  '栋',
  '卷',
  '种',
  '样',
  // `1幅以上禁毒宣传标语`
  '幅',
];

/** Units that count occurrences: a step `每发现一类…` or `每少一项…` in one of these is not a rate step. */
export const COUNT_UNITS = [
  // occurrences counted per document, case, household… (`每文次扣0.5分`, `每宗次扣1分`)
  '台次',
  '车次',
  '辆次',
  '架次',
  '文次',
  '宗次',
  '户次',
  '批次',
  '例次',
  '件次',
  '项次',
  '项',
  '类',
  '处',
  '次',
  '条',
  '个',
  '件',
  '起',
  '宗',
  '例',
  '笔',
  '张',
  '份',
  '篇',
  '户',
  '家',
  '座',
  '台',
  '场',
  '卷',
  '种',
  '样',
  '幅',
  '期',
  // things counted one by one (`每少一辆扣3分`, `每缺一套`, `每方面扣1分`)
  '方面',
  '辆',
  '套',
  '本',
  '册',
  '株',
  '棵',
  '间',
  '栋',
  '块',
];

/** What a rank is counted in (`第3名`, `前5位`): a list of ranks may stop short of the last. */
export const RANK_UNITS = ['名', '位'];
/**
 * Counts of people on occasions: `每人次扣0.5分` costs each time a person is at fault (a step in 10人次
 * measures).
 */
export const PERSON_TIME_UNITS = ['人次'];
/** Head counts: a step per person short (`每少配备1人`, `每少一名`) counts people, as items are counted. */
export const PERSON_UNITS = ['人', '名'];
/**
 * Counters of occurrences (`每发现1起`, `一次`) rather than of things found (`1处`, `1项`): a bare count cannot be
 * both at once.
 */
export const OCCURRENCE_UNITS = ['起', '次', '例', '宗'];
/** Units of time: a step in one of these (`每延期一个月`, `每超过1天`) counts the delay past a deadline. */
export const TIME_UNITS = ['个工作日', '工作日', '天', '日', '周', '个月', '月', '年', '小时'];
/** Times a half of is written in words (`半天`, `半小时`, `半个工作日`): counted as 0.5 of them. */
export const HALVED_TIME_UNITS = ['工作日', '小时', '天'];
/** Words before a delay typed as the input: `延期2个月`, `超过5天`. */
export const DELAY_WORDS = [
  '延期',
  '延迟',
  '迟延',
  '推迟',
  '滞后',
  '逾期',
  '超期',
  '超过',
  '超出',
  '迟报',
  '迟交',
];
/** How an answer may say it was late (`迟3天`, `拖延2天`): the rule's words and the short ones. */
export const DELAY_ANSWER_LEADS = [...DELAY_WORDS, '拖延', '晚报', '迟', '晚'];
/**
 * Periods a count may be per (`每季度更新一次`, `每月不低于40条`, a target's `1次/月`): such a count is a frequency,
 * not a total. The longer spelling first.
 */
export const PERIOD_WORDS = ['季度', '半年', '月', '年', '周', '学期', '天', '日', '季', '旬'];
/** Words of finishing before the deadline: `提前交图3天以上`, an input `提前5天`. */
export const EARLY_WORDS = ['提前'];
/** A delay input meaning none: the deadline was met. */
export const ON_TIME_WORDS = [
  '按时',
  '按期',
  '如期',
  '准时',
  '按时完成',
  '按期完成',
  '如期完成',
  '未延期',
  '无延期',
  '未逾期',
  '无',
  '否',
];

/** A state named as the deadline met (`按时完成`, `按计划完成`): the delay 0 beside bands on a delay. */
export const ON_TIME_STATES = ['按时', '按期', '如期', '准时', '按计划', '在规定时间内', '在计划时间内'];

/** Words in a `每…扣` step that mean "each issue found": `每出现一例`, `每发现一处`. */
export const ISSUE_VERBS = ['出现', '发现', '发生', '存在'];
/**
 * How an inspection says it found something (`经查实每起扣1分`, `查到一次扣5分`): before a step, these name
 * no fault, as an issue verb alone does not.
 */
export const INSPECTION_LEADS = [
  '经查实',
  '经核实',
  '经核查',
  '经检查',
  '检查发现',
  '查实',
  '经查',
  '查到',
  '查出',
  '被查实',
  '被查到',
];

/** Words in a `每…扣` step that mean "each item not met" (checklists) rather than "each issue found". */
export const MISSING_WORDS = ['少', '缺', '未', '不符合', '不满足', '不具备', '没有'];

/** Level sets for grade rules (`优秀计3分，良好计2分…`), each best first. */
export const LEVEL_SETS: ReadonlyArray<readonly string[]> = [
  ['优秀', '良好', '合格', '不合格'],
  ['优秀', '良好', '中等', '较差', '差'],
  ['优秀', '良好', '一般', '较差', '差'],
  ['优', '良', '中', '差'],
  ['好', '较好', '一般', '较差', '差'],
  ['全部完成', '完成', '基本完成', '部分完成', '未完成'],
  ['全部达成', '达成', '基本达成', '部分达成', '未达成'],
  ['满意', '基本满意', '不满意'],
  ['及时', '基本及时', '不及时'],
  ['是', '否'],
  ['有', '无'],
];

/**
 * Degree words that grade one state (`完善`/`较完善`/`不完善`, `健全`/`不健全`): labels that differ only
 * by these are alternatives of one scale, not separate items.
 */
export const DEGREE_WORDS = [
  '不太',
  '不大',
  '太',
  '很不',
  '不',
  '未',
  '较',
  '比较',
  '基本',
  '部分',
  '一般',
  '很',
  '非常',
  '十分',
  '全部',
  '全面',
  '完全',
  '没有',
  '无',
  '欠',
  '不够',
  '尚未',
  '已',
  '大部分',
  '少部分',
  '个别',
  '严重',
];

/**
 * An answer judging one requirement whole, in words of no part of it (`符合要求`, `未达标`): met, or not. Only
 * a question asking one thing, met in full or not at all, is answered so.
 */
export const WHOLE_MET_ANSWERS = [
  '符合要求',
  '达到要求',
  '已达到要求',
  '满足要求',
  '符合规定',
  '符合标准',
  '达到标准',
  '达标',
  '已达标',
];
export const WHOLE_UNMET_ANSWERS = [
  '不符合要求',
  '未达到要求',
  '未达要求',
  '达不到要求',
  '不满足要求',
  '不符合规定',
  '不符合标准',
  '未达到标准',
  '未达标',
  '不达标',
];

/** A piece of an answer judging the whole not met, beyond the unmet answers above: `开展3项（不合格）`. */
export const FAILED_VERDICT_WORDS = [
  '不合格',
  '存在问题',
  '有问题',
  '未完成',
  '没有完成',
  '未落实',
  '不到位',
];

/** Words that say how many or which part (`全部`, `个别`, `其他`, `上半年`), never what one thing is. */
export const QUANTIFYING_WORDS = [
  '全部',
  '所有',
  '部分',
  '个别',
  '多个',
  '多项',
  '一些',
  '若干',
  '少数',
  '多数',
  '其他',
  '其它',
  '其余',
  '有的',
  '各项',
  '全年',
  '半年',
  '季度',
  '月份',
];

/** Words turning from what was done to what was not (`召开会议而未作出决策`). */
export const CONTRAST_WORDS = ['而', '但', '却', '但是', '然而'];
/**
 * Degrees that say a thing was done only in part (`基本达标`, `部分落实`): never full marks unless the rule says so
 * (an answer holding one that the rule never writes is the person's, `rules/index.ts` `fullMarksDoubted`).
 */
export const PARTLY_DONE_DEGREES = ['大部分', '少部分', '部分', '基本', '个别'];
/** Degrees that say a state only partly holds (`部分到位`, `基本齐全`, `较完善`): never the whole met. */
export const PARTIAL_WORDS = [...PARTLY_DONE_DEGREES, '比较', '较', '一般', '欠', '不够', '不太'];

/** Words that open the negative of a state (`不齐全`, `未按期完成`, `无制度`). */
export const NEGATIONS = ['不', '未', '无', '没有', '没', '非', '尚未'];

/** Affirmed words and the other words a fault uses for their opposite: `账实相符` denies `账实不符`. */
export const ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['相符', '不符'],
  ['齐全', '不全'],
  ['健全', '不全'],
  ['完整', '不全'],
  ['畅通', '不通'],
  ['到位', '不力'],
  ['积极', '不力'],
];

/** How far a requirement is held, which a yes does not measure (`高度重视`, `充分发挥`): the person judges it. */
export const JUDGED_DEGREES = ['高度', '充分'];
/** Yes and no as a form writes them, and nothing else (`有`, `无` may count things). */
export const PLAIN_YES = ['是', '√', '✓', '✔', 'Y', 'YES'];
export const PLAIN_NO = ['否', '×', '✗', '✘', 'N', 'NO'];
/** Spellings of one level that a person may type for another (`优` for `优秀`). */
export const LEVEL_ALIASES: ReadonlyArray<readonly string[]> = [
  ['优秀', '优'],
  ['良好', '良'],
  ['中等', '中'],
  ['合格', '及格'],
  ['不合格', '不及格'],
  ['全部完成', '完成', '已完成'],
  ['达成', '已达成', '全部达成'],
  PLAIN_YES,
  PLAIN_NO,
];

/** Yes/no inputs for single-condition checklists (`…，得1分`) and `是否…` rules. */
export const YES_WORDS = [
  '是',
  '有',
  '符合',
  '满足',
  '达到',
  '具备',
  '已完成',
  '完成',
  '√',
  '✓',
  '✔',
  'Y',
  'YES',
  'TRUE',
  '对',
];
export const NO_WORDS = [
  '否',
  '不是',
  '无',
  '没有',
  '不符合',
  '不满足',
  '未达到',
  '不具备',
  '未完成',
  '×',
  '✗',
  '✘',
  'N',
  'NO',
  'FALSE',
  '错',
];

/** Words saying a value roughly (`约95%`, `近100%`, `接近90%`): no exact value to score. */
export const APPROXIMATE_WORDS = ['约', '大约', '近', '将近', '接近', '大概', '差不多'];
/** Words around a count that make it a bound or a guess, not the count: `2项以上`, `至少3次`, `1个半`. */
export const COUNT_HEDGES = [
  '以上',
  '以下',
  '及以上',
  '及以下',
  '不少于',
  '不低于',
  '至少',
  '超过',
  '多于',
  '少于',
  '左右',
  '约',
  '余',
  '多',
  '半',
];

/** An answer saying how far short it fell: `少1次`, `缺少2条`, `差3个`. */
export const SHORTFALL_VERBS = ['缺少', '缺', '少', '差'];
/** One more of a thing than asked, said with a one-character verb: `多1家加3分`. */
export const SURPLUS_VERBS = ['多', '超', '增'];
/** After a word for missing, a verb or a degree, not a thing: `无法统计`, `少量`. */
export const NOT_MISSING_WORDS = ['无法', '没法', '没有办法', '少量', '少数'];
/** Units of listed things, not of occurrences or amounts: `每缺一项`, `每少一份`. */
export const ITEM_UNITS = [
  '项',
  '个',
  '种',
  '样',
  '份',
  '本',
  '册',
  '张',
  '块',
  '类',
  '套',
  '台',
  '件',
  '名',
  '人',
  '幅',
];
/** Characters that make a following 一 part of a word, never a number: `上一年`, `同一项`, `统一`, `唯一`. */
export const ONE_IN_A_WORD_AFTER = ['上', '下', '同', '统', '唯', '逐'];
/** Words `一` opens with a unit's character in them, counting nothing: `一次性告知`, `一站式服务`. */
export const ONE_IN_A_WORD = [
  '一次性',
  '一站式',
  '一把手',
  '一体化',
  '一条龙',
  '一揽子',
  // (`每发现一般问题`: a grade, not one of 般问题)
  '一般',
  '一致',
  '一律',
  '一定',
  '一线',
  '一票',
  '一并',
  '一切',
];
/** Words before `一` that make it no count: `第一起` (which one), `任何一个` (any one). */
export const NOT_COUNTING_LEADS = ['第', '任何', '任意', '任一'];
/** `任何一项`, `任意一种`, `任一个`: any one of them, as a fault names it (after a word of lack: `少任一种`). */
export const ANY_ONE_LEADS = ['任何', '任意', '任'];
/** Words of lack before what is short: `缺少…`, `少任一种…`. */
export const LACK_VERBS = ['缺少', '缺失', '缺', '少'];
/** Words that only join or add (`并追加扣除20分`): a clause made of them names no fault of its own. */
export const ADDITIVE_WORDS = ['并且', '并', '同时', '追加', '另行', '另外', '另', '再', '还'];
/** `造成损失的反扣2分`, `有抵触行为的倒扣2分`: a deduction that may go below nothing, or off the total. */
export const REVERSE_DEDUCT_MARKS = ['反', '倒'];
/** A label made only of these names nothing (`其中，每处扣1分`, `对每个错填的节点，扣0.2分`). */
export const CONNECTIVE_WORDS = ['其中', '另外', '此外', '同时', '并且', '且', '对于', '对', '凡'];
/** `评分方法`, `评分标准`, `记分卡`: the scoring as a noun heading the words, or a thing named by it, not a score. */
export const SCORING_NOUN_ENDS = ['方法', '标准', '办法', '细则', '依据', '公式', '表', '卡', '册', '牌'];
/** Words opening a condition that joins the one before it (`且实现…发放率100%`). */
export const CONJUNCTION_LEADS = ['且', '并且', '而且', '同时'];
/** Words opening what a required thing is for (`建有1处以上公共绿地，供村民休闲`): a purpose, not a further demand. */
export const PURPOSE_LEADS = ['供', '用于', '以便', '便于'];
/** Absences, counted as they happen like any fault, never a shortfall (`缺席1次扣0.5分` is not `每缺一次`). */
export const ABSENCE_WORDS = ['缺席', '缺勤', '缺岗', '缺课'];
/** Words ending in a shortfall verb that are a fault of their own (`回单短缺1次` is not `未回单短`). */
export const SHORTAGE_WORDS = ['短缺', '欠缺', '紧缺', '空缺', '减少', '稀少', '多少'];
/** What was short, written between the verb and the amount: `少完成50亩`, `少培训25人次`. */
export const SHORTFALL_OBJECTS = ['完成', '开展', '召开', '配备', '组织', '培训'];

/** Words before a count of checklist items not met: `少1项`, `未达到2项`. */
export const UNMET_WORDS = [
  '少',
  '缺',
  '缺少',
  '未达到',
  '未满足',
  '未完成',
  '不符合',
  '不满足',
  '未落实',
  '不达标',
];

/** Checklist inputs meaning every item, or none. */
export const ALL_ITEMS_WORDS = [
  '全部',
  '全部满足',
  '全部符合',
  '均满足',
  '均符合',
  '都满足',
  '都符合',
  '以上全部',
  '全部达到',
  '均达到',
  '所有',
  '全',
];
export const NO_ITEMS_WORDS = [
  '无',
  '没有',
  '均不满足',
  '均不符合',
  '都不满足',
  '都不符合',
  '全部不满足',
  '全不满足',
  '全部未达到',
  '均未达到',
  '全部未满足',
  '零',
];

/** Words around a number that make it a shortfall or excess rather than the amount itself: `缺1次`, `超编2人`. */
export const QUANTITY_TURNING_WORDS = [
  '缺',
  '少',
  '差',
  '超',
  '多',
  '未',
  '不',
  '无',
  '没',
  '低于',
  '高于',
  '延',
  '迟',
  '推迟',
  '滞后',
  '逾期',
  '减',
  '增',
  '降',
  '提前',
  '相差',
  '偏',
];

/** Words opening the parts a heading's points are made of: `其中:实行会议定点管理，得3分`. */
export const PARTS_LEADS = ['其中'];

/** Answers to a list of faults meaning none occurred (the requirement is met). */
export const NO_FAULT_WORDS = [
  '无',
  '均无',
  '全无',
  '都没有',
  '均没有',
  '全勤',
  '没有',
  '未发现',
  '无问题',
  '没有问题',
  '不存在',
  '均不存在',
  '都不存在',
  '是',
  '符合',
  '符合要求',
  '达标',
  '全部符合',
  '均符合',
  '已落实',
  '落实',
  '全部落实',
  '齐全',
  '√',
];

/**
 * Verbs of the assessor's sampling (`随机抽取20名在岗职工现场测试`, `查看公共场所3处`, `抽取10份档案`): the count after
 * them is how many are looked at, not a standard of the row. (`检查`, `走访`, `调查` are also what a unit does.)
 */
export const SAMPLING_VERBS = [
  '随机抽取',
  '随机抽查',
  '随机访问',
  '随机询问',
  '抽取',
  '抽查',
  '抽检',
  '抽样',
  '查看',
];

/** Words before the count of all there were, in an answer giving so many of so many (`抽查20个，合格18个`). */
export const TOTAL_COUNT_WORDS = [
  '应完成',
  '计划',
  '任务',
  '抽查',
  '共有',
  '共',
  '总数',
  '总共',
  '合计',
  '应',
];
/** Words before the count done, in an answer giving so many of so many (`完成1500亩，任务2000亩`). */
export const DONE_COUNT_WORDS = ['实际完成', '已完成', '完成', '合格', '达标', '实现'];
/** A character of negation, lack, error, delay or damage: `延误2次`, `仪表损坏` name a fault, not what was done. */
export const FAULT_CHAR_RE = /[不未没无缺少差漏错误迟延拖超违欠损破失]/;
/** Documents a rule points to by number (`评分表见附件6`): the number names the document, it scores nothing. */
export const DOCUMENT_NOUNS = ['附件', '附表', '附录', '附图'];
/** Words pointing back to what the rule listed before: `符合上述3项标准`. */
export const REFERRING_WORDS = ['上述', '前述', '下列', '以下各'];
/** `超额完成`: a task done and more — done, whatever the amount over. */
export const EXCEEDED_WORDS = ['超额完成', '超额完成任务', '超计划完成'];
/** A state that is the whole of a rate done (`资金全部到位`, `完成`): the rate 100% beside rate bands. */
export const WHOLE_DONE_WORDS = [
  '全部到位',
  '足额到位',
  '全额到位',
  '全部完成',
  '全面完成',
  '全部实现',
  '全面实现',
  '全部落实',
  '按计划完成',
  '完成',
];

/** Words of degree that make levels of one thing (`基本完成`, `较好`, `部分落实`): such levels are never parts. */
export const LEVEL_DEGREE_WORDS = ['基本', '较', '部分', '一般', '完全', '全部', '大部分', '少部分'];
/** Words opening an answer for the whole year (`全年检查3次`): a count per period may be read against it. */
export const WHOLE_YEAR_LEADS = ['全年', '年内', '本年度', '年度'];
/** Words before a denial that make it what must be so (`应无涂改`, `做到无遗漏`), not a fault. */
export const MUST_BE_WORDS = ['应', '要', '须', '做到', '保持'];
/** Periods a year holds, for a count asked per period (`每季度召开一次`: four a year). */
export const PERIODS_A_YEAR: Readonly<Record<string, number>> = { 季度: 4, 季: 4, 月: 12, 半年: 2 };
/** An answer saying a target was reached, in words (`达到目标值`): against rate bands, 100%. */
export const TARGET_REACHED_WORDS = [
  '达到目标值',
  '达到目标',
  '完成目标',
  '完成目标值',
  '实现目标',
  '达到年度目标',
];
/** Verbs saying a thing was done (`完成3项`, `开展4次`): a count with them is of what was done. */
export const DONE_WORDS = ['完成', '开展', '召开', '举办', '组织'];
/** Words opening an answer that says the requirement was met (`符合规定`, `达到要求`): no fault named. */
export const MET_WORDS = ['符合', '达到', '满足', '做到', '已按', '按时', '按规定', '按要求', '及时'];
/** Verbs of a requirement met (`每完成一项`, `每做到一项`), not of something won (`每获一项表彰`). */
export const REQUIREMENT_MET_VERBS = [...MET_WORDS, '完成', '落实', '具备'];
/** Leading words of an answer that affirm rather than name (`有规划`, `已建立`). */
export const AFFIRMING_LEADS = ['已经', '均已', '都已', '已', '有', '是'];
/** Leading words of an answer that deny (`未建立`, `没有台账`). */
export const DENYING_LEADS = ['没有', '尚未', '未', '无', '不'];
/** Of those, the ones saying something was not done (`未出台`), not that a thing is absent (`无差错`). */
export const UNDONE_LEADS = ['没有', '尚未', '未'];
/** Leads saying nothing of a thing was done or is there (`未建立`, `无污水处理厂`) — not `不`, a degree's denial. */
export const NOTHING_DONE_LEADS = [...UNDONE_LEADS, '无'];
/** The whole year an answer may open with: `全年未开展`, `年内未召开`. */
export const WHOLE_YEAR_WORDS = ['本年度', '全年', '年内', '本年', '当年'];
/** A yes/no question ending so asks how things stand, which is weighed (`本级财政投入情况计2分`). */
export const STANDING_ENDINGS = ['情况', '程度', '效果', '水平', '质量'];
/** Endings of an answer that says the requirement is met (`配备到位`, `花名册齐全`), without a negation. */
export const MET_ENDINGS = [
  '齐全',
  '具备',
  '到位',
  '达标',
  '完整',
  '完善',
  '规范',
  '合格',
  '落实',
  '健全',
  '正常',
  '良好',
  '整洁',
  '干净',
  '完好',
  '有效',
  '明确',
  '牢固',
  '一致',
];
/**
 * Words of a state that a fault's negative words deny (`去向清楚` against `去向不明`, `仪表完好` against `仪表损坏`),
 * beside the endings above.
 */
export const AFFIRMED_STATE_WORDS = [
  ...MET_ENDINGS,
  '清楚',
  '清晰',
  '明确',
  '明显',
  '完好',
  '有效',
  '畅通',
  '整洁',
  '整齐',
  '牢固',
  '详实',
  '齐备',
  '完备',
  '准确',
  '稳定',
  '相符',
  '一致',
  '按时',
  '按期',
  '及时',
  '按计划',
  '按要求',
  '按规定',
  '符合',
  '达到',
  '满足',
];
/** Leads of an answer affirming a thing is there or done (`设有中控平台`, `已建立`). */
export const AFFIRMED_THING_LEADS = ['已经', '均已', '都已', '已', '设有', '建有', '配有', '有'];
/** Words any fault may share, too general to tie an answer to one (`制度`, `工作`, `落实`). */
export const GENERIC_WORDS = [
  '工作',
  '情况',
  '要求',
  '规定',
  '管理',
  '制度',
  '资料',
  '记录',
  '台账',
  '计划',
  '方案',
  '措施',
  '人员',
  '责任',
  '文件',
  '检查',
  '相关',
  '按照',
  '进行',
  '开展',
  '落实',
  '建立',
  '项目',
  '单位',
  '部门',
  '及时',
  '规范',
];
/** Words that lead an answer saying every requirement was met: `均按要求开展`, `全部落实`, `每月均召开`. */
export const ALL_MET_LEADS = ['各项均', '各项都', '全部已', '均已', '都已', '全部', '均', '都'];
/** Words with a negation's character that negate nothing: `无故缺席`, `不论`. */
export const NON_NEGATING = [
  '无故',
  '无论',
  '不论',
  '不仅',
  '无需',
  '不得不',
  '不断',
  '没收',
  // Nouns and adverbs: `非税收入`, `非法占用`, `非常`.
  '非税',
  '非法',
  '非常',
  '淹没',
  // Names of things: `无烟单位`, `无害化处理`, `无公害农产品`, `无障碍设施` (`无烟头` still negates).
  '无烟单位',
  '无烟医院',
  '无烟医疗',
  '无烟党政',
  '无烟机关',
  '无烟学校',
  '无烟校园',
  '无烟环境',
  '无烟家庭',
  '无烟企业',
  '无害化',
  '无公害',
  '无障碍',
  '无人机',
  '埋没',
  '出没',
  '沉没',
];

/** Nouns for what a per-issue rule counts: `无差错`, `未发生事故` say none of them. */
export const ISSUE_NOUNS = [
  '差错',
  '错误',
  '问题',
  '违规',
  '违纪',
  '失误',
  '投诉',
  '事故',
  '隐患',
  '案件',
  '差错问题',
];
const NONE_LEADS = ['无', '没有', '未发现', '未出现', '未发生', '零'];
/** Words of absence before what is absent, in an answer: `无上述现象`, `不存在扣分情形`. */
export const NONE_OF_WORDS = ['没有', '无', '不存在', '未有'];
/** Words an answer opens with saying when, before what it says of it: `年内无责任事故`. */
export const ANSWER_SCOPE_LEADS = ['年度内', '本年度', '年内', '全年', '本年', '当年', '今年', '本期'];
/** What a rule lists, named as a whole in an answer of none: `无上述情形`, `均无扣分项`, `无问题`. */
export const LISTED_AS_A_WHOLE = [
  '(?:上述|以上|前述|所列|各项|任何)?(?:扣分)?(?:情形|情况|现象|问题|行为|事项)',
  '扣分项',
  '缺项',
  '缺失',
  '缺漏',
];
/** `未发现破损档案`: an answer saying none of what a per-issue rule counts was found. */
export const FOUND_NONE_LEADS = [
  '未发现',
  '没有发现',
  '未出现',
  '没有出现',
  '未发生',
  '没有发生',
  '未查到',
  '没有查到',
];

export const NO_ISSUE_WORDS = [
  ...NONE_LEADS.flatMap((lead) => ISSUE_NOUNS.map((noun) => lead + noun)),
  '无',
  '均无',
  '未发生',
  '没有发生',
  '无发生',
  '没有',
  '未发现',
  '未发现问题',
  '无问题',
  '没有问题',
  '未发现不合规问题',
  '零',
  '全部达标',
  '均达标',
  '全部合格',
  '均合格',
];
/** Words around a 一票否决 in a rule and in an input: `存在挪用的`, `发现重大违规问题`, `有挪用行为`. */
export const VETO_FILLERS = {
  prefixes: ['共发现', '发现', '存在', '出现', '发生', '有'],
  suffixes: ['的情况', '的行为', '的现象', '情况', '行为', '现象', '的'],
};
/** Words around an issue count: `发现2类问题`, `存在3处不合规`. */
export const ISSUE_COUNT_SUFFIXES = ['不合规问题', '违规问题', '问题', '不合规', '违规'];

/** Qualitative 实际完成值 of a 自评表 against a qualitative 年度指标值 (SPEC §3 target). */
export const ACHIEVED_WORDS = [
  '达成',
  '已达成',
  // a 时效 target (`12月底前完成`) met
  '按时完成',
  '按期完成',
  '如期完成',
  '全部达成',
  '完成',
  '已完成',
  '全部完成',
  '实现',
  '已实现',
  '达到',
  '是',
];
export const PARTLY_ACHIEVED_WORDS = [
  '部分达成',
  '基本达成',
  '部分完成',
  '基本完成',
  '部分实现',
  '基本实现',
  '部分达到',
  '基本达到',
];
export const NOT_ACHIEVED_WORDS = ['未达成', '未完成', '未实现', '没有达成', '未达到', '没有达到', '否'];
/**
 * One-character grades a 年度指标值 may list as its whole scale (`优良中低差`, `好坏`, `高中低`), best first:
 * the first is the target met; another is the person's call.
 */
export const TARGET_SCALE_GRADES = ['优', '良', '中', '低', '差', '好', '坏', '高', '较'];
/** Words after a percentage that say what it measures (`100%覆盖`, `80%覆盖`): the percentage itself. */
export const PERCENT_TAIL_WORDS = ['覆盖', '完成', '到位', '达标', '合格'];
/** What a 时效 cell says was done by its date (`12月底到位`, `12月20日拨付`): read past to the date. */
export const DATE_DONE_VERBS = [
  '到位',
  '拨付',
  '下达',
  '兑付',
  '发放',
  '验收',
  '建成',
  '竣工',
  '上报',
  '报送',
  '提交',
  '上交',
  '公开',
  '公布',
  '印发',
];
/**
 * Words naming a cost row (`成本控制数`, `警示标志设置成本预算`; not `补助经费`, a sum to pay out): a sum written bare or with `=` may be a
 * ceiling to keep under as well as an amount to reach.
 */
export const COST_NAME_WORDS = ['成本', '造价'];
/** `600余人`, `600多人`: a count said as at least that many. */
export const AT_LEAST_MARKS = ['余', '多'];
/** What an achievement word may name after it: `达成预期指标`, `未达到年度目标`. */
export const ACHIEVEMENT_OBJECTS = [
  '预期指标值',
  '预期指标',
  '预期目标',
  '预期效果',
  '预期',
  '年度指标值',
  '年度指标',
  '年度目标',
  '绩效目标',
  '目标值',
  '目标',
  '指标值',
  '指标',
  '计划',
  '要求',
];

/**
 * Words saying less than a target's own words (`较及时`, `基本满意`, `效果一般`, `有所改善`, `及时率低`): an actual
 * with one of them restates no target that lacks it.
 */
export const LESSER_DEGREE_WORDS = [
  '较',
  '基本',
  '部分',
  '一般',
  '有所',
  '略',
  '稍',
  '尚',
  '欠',
  '待',
  '低',
  '差',
  '少',
  '弱',
  '慢',
  '降',
  '减',
  '滞后',
  '延迟',
  '推迟',
  '超',
  '偏',
  '但',
  '仍',
];
/** Words of how a target goes on, not how far (`不断提升`, `逐步提高`): read past when an actual restates it. */
export const MANNER_WORDS = ['不断', '逐步', '进一步', '逐年', '日益', '继续', '持续', '稳步', '有效'];
/** Words of the quality a qualitative target asks (`效果良好`, `服务规范`): an actual restating it must say it. */
export const QUALITY_WORDS = [
  '良好',
  '好',
  '优',
  '高',
  '强',
  '满意',
  '达标',
  '合格',
  '完善',
  '健全',
  '规范',
  '稳定',
  '及时',
  '准确',
];
/** Words raising a target's degree (`显著提升`, `效果明显`, `大幅增加`): an actual leaving one out says less. */
export const GREATER_DEGREE_WORDS = [
  '显著',
  '明显',
  '大幅',
  '全面',
  '充分',
  '极大',
  '很',
  '非常',
  '高度',
  '持续',
  '稳步',
  '有效',
];
/** Marks of a form's box ticked (`☑是`, `是√`), and of one left empty (`□否`). */
export const TICK_MARKS = ['☑', '☒', '✅', '■', '√', '✓', '✔'];
export const EMPTY_BOXES = ['□'];
/** Yes without saying to what: enough for one question, not for a list of items. */
export const BARE_YES_WORDS = ['是', '有', '√', '✓', '✔', 'Y', 'YES', 'TRUE', '对'];
/** No without saying to what. */
export const BARE_NO_WORDS = ['否', '无', '没有', '×', '✗', '✘', 'N', 'NO', 'FALSE'];
/** Yes and no to one standard to reach (`火化率达100%`): `无` and `没有` may be a count, so they are no answer. */
export const STANDARD_MET_WORDS = [...BARE_YES_WORDS, '符合', '达到', '满足', '已达到', '达标', '已达标'];
export const STANDARD_UNMET_WORDS = [
  ...BARE_NO_WORDS.filter((w) => w !== '无' && w !== '没有'),
  '不符合',
  '未达到',
  '不满足',
  '达不到',
  '未达标',
  '不达标',
];
/** `已开展`, `已经建立`: done, before what was done. */
export const ALREADY_WORDS = ['已经', '已'];
/** `已建立A、B`, `已利用…`: an answer saying what is there; it leads a list's later parts as it leads the first. */
export const DONE_LEADS = ['已经建立', '已建立', '已制定', '已落实', '已经', '均已', '都已', '已'];
/**
 * `…再加2分`, `其中…`: an item's points on top of the one before it; `…的再得0.5分` ends its words with 再 (the 得 is
 * its outcome's).
 */
export const ADDED_ON_WORDS = ['再加', '另加', '其中'];
export const ADDED_ON_ENDINGS = ['再', '另'];
/** `只成立了领导小组`, `仅有台账`: the things there are only these — the rest are not. */
export const ONLY_LEADS = ['只有', '仅有', '只', '仅'];
/** `标识、立牌均无`, `三项制度都缺`: after a list, every thing listed missing. */
export const ALL_MISSING_ENDINGS = ['没有', '缺少', '缺失', '不全', '未建立', '未设置', '未制定', '无', '缺'];
/** How a fault said by its presence begins (`有乱搭乱建`, `存在…`). */
export const PRESENCE_LEADS = ['有', ...ISSUE_VERBS];
/** Words that deny a thing named after or before them: negations, and saying it is missing. */
export const DENYING_WORDS = [...NEGATIONS, '缺少', '缺失', '缺'].sort((a, b) => b.length - a.length);
/** `部分完成按完成比例得分`: done in part, before `按…比例`, the share done. */
export const PARTLY_DONE_WORDS = ['部分完成的', '部分完成', '未全部完成的', '未全部完成'];
/** `累计120次`, `统计3次`: characters that make 计 part of a counting word. */
export const COUNTING_BEFORE_JI = ['累', '统', '合', '总'];
/** `有一项未做到`, `一项不符合`: a step counting listed things not done. */
export const UNMET_STEP_WORDS = ['未做到', '未落实', '不符合', '未达到', '不到位'];
/** `公示牌已设置`, `台账已建立`: verbs after 已 saying a thing is there (the thing named before them). */
export const SET_UP_VERBS = ['设置', '设立', '建立', '建成', '配备', '成立', '安装'];
/** `均已设置`, `全部做到`: every one there — a word for all (`ALL_MET_LEADS`), then one of these. */
export const ALL_THERE_ENDINGS = [
  '设置',
  '建立',
  '制定',
  '落实',
  '做到',
  '具备',
  '齐全',
  '有',
  '达到',
  '符合',
];
/** `此项分值不得累加`, `不累计加分`, `不重复`: what several items give is not added up. */
export const NOT_ADDED_WORDS = ['累加', '累计', '重复累计', '重复计算', '重复计分', '重复'];
/** `同一内容取最高加分`: what opens a note that one thing counts once over the items it reaches. */
export const SAME_ITEM_LEAD = '同一';
/** `按最高学历计分`, `奖励分按最高分加分`: only the highest of what is named counts. */
export const HIGHEST_LEADS = ['按最高', '取最高'];
/** Before `依次递减N分`: the ranks after those given points (`按名次`, `其他`). */
export const RANK_DESCENT_LEADS = ['按名次', '名次', '其他', '其余', '以后', '之后', '其后', '此后'];
/** `依次递减N分`, `逐名递减N分`: each rank after the last costs N more (递 lexed with the words before 减). */
export const RANK_DESCENT_WORDS = ['依次递', '依次', '逐名递', '逐位递'];
/** `每后退一名`, `名次每下降1位`: a step down the ranks. */
export const RANK_DOWN_WORDS = ['后退', '下降', '降', '减', '退'];
/** A step up from the last rank (`倒数第4名起每进1名扣0.1分`): further from the ranks listed when counted from the last. */
export const RANK_UP_WORDS = ['前进', '上升', '提升', '进'];
/**
 * The codes of China's national, sector and local standards (`GB 50688-2011`, `GB/T 50805-2012`, `GA/T 1215-2014`,
 * `JGJ 59-2011`, `DB11/T 1234-2015`): a rule naming one cites it; its numbers never score.
 */
export const STANDARD_CODE_PREFIXES = [
  'GB',
  'GA',
  'JGJ',
  'CJJ',
  'CJ',
  'DB',
  'HJ',
  'DL',
  'JTG',
  'JT',
  'SL',
  'NY',
  'YY',
  'WS',
  'QX',
  'LY',
  'SH',
  'SY',
  'TB',
  'JB',
  'HG',
  'YD',
  'MH',
  'CECS',
  'WB',
  'GY',
  'JC',
  'JG',
  'LB',
  'MZ',
  'SB',
  'SJ',
  'XF',
];
/** What a step down the ranks counts, in words beyond `名`/`位`: `每降低一个位次`. */
export const RANK_STEP_WORDS = [...RANK_UNITS, '名次', '位次'];

/** A header pricing any one of the faults listed after it: `有下列情形之一的,扣除6分:`. */
export const ANY_OF_LEADS = [
  '有下列情形之一',
  '有下列行为之一',
  '有下列情况之一',
  '出现下列情形之一',
  '出现下列行为之一',
  '出现下列情况之一',
  '存在下列情形之一',
  '存在下列问题之一',
];

/** Levels of government and of an organisation, as award and notice lists name them, longest first. */
export const ADMIN_LEVELS = [
  '国家级以上',
  '省级以上',
  '市级以上',
  '县级以上',
  '国家级',
  '省部级',
  '省(部)级',
  '省(部)',
  '地市级',
  '省级',
  '部级',
  '市级',
  '县级',
  '区级',
  '镇级',
  '校级',
  '院级',
  '国家',
  '全国',
  '省',
  '市',
  '县',
  '区',
  '镇',
];

/** Words in an answer that say something went wrong, though no negation says so (`迟`, `超`, `差`). */
export const FAULT_HINT_WORDS = [
  '迟',
  '晚',
  '超',
  '差',
  '错',
  '漏',
  '少',
  '缺',
  '欠',
  '违',
  '逾期',
  '滞后',
  '问题',
  '不到位',
];
/**
 * Setbacks 已 may report (`已停用`, `已被通报`, `已过期`): something that happened to the thing, not a thing done.
 */
export const SETBACK_WORDS = [
  '停',
  '撤',
  '吊销',
  '取消',
  '关闭',
  '处罚',
  '通报',
  '曝光',
  '过期',
  '作废',
  '报废',
  '降',
  '退回',
  '被',
];
/** What a fault says was not given when it is data (`未提供数据不得分`): an answer in numbers gives it. */
export const PROVIDED_DATA = ['数据', '资料', '数据资料', '统计数据'];
/** A fault of timing (`未及时上报`): doing the thing says nothing of when. */
export const TIMING_WORDS = ['及时', '按时', '按期', '如期', '准时', '限期', '规定时间'];
