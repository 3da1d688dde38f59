/**
 * The families SPEC §3 added (formula, bonus, rank, windows, vetoes, escalation…) and the filler real
 * 评分表 wrap around a rule, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import Decimal from 'decimal.js';
import { parseRule, scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { score, scoresAsListed, type Case } from './score';

const FORMULA: Case[] = [
  ['15分×完成率', 15, '80%', 12, 'formula'],
  ['15分×完成率', 20, '110%', 16.5, 'formula'],
  ['20分*执行率', 20, '90%', 18, 'formula'],
  ['得分=(1−5×偏差率)×分值，偏差率超过20%的得0分', 10, '4%', 8, 'formula'],
  ['得分=(1−5×偏差率)×分值，偏差率超过20%的得0分', 10, '10%', 5, 'formula'],
  ['得分=(1−5×偏差率)×分值，偏差率超过20%的得0分', 10, '25%', 0, 'formula'],
  ['得分=（1-10×调剂率）×分值；调剂率>10%的得0分', 5, '3%', 3.5, 'formula'],
  ['得分=执行率×分值×50%', 4, '80%', 1.6, 'formula'],
  ['完成及时率×分值=得分', 4, '75%', 3, 'proportional'],
  ['得分=资金到位率×分值', 10, '95%', 9.5, 'proportional'],
  ['得分=资金到位率×分值', 10, '105%', 10, 'proportional'],
  // a second name that is neither the input nor the target: the answer names each (twentieth session), else the
  // person works it out
  ['得分=实际完成值/上年完成值×100%×分值', 10, '80%', null, 'formula'],
  ['得分=实际完成值/上年完成值×100%×分值', 10, '实际完成值80，上年完成值100', 8, 'formula'],
  // an amount over its target given as a percentage is the share itself; a rate over a rate is not
  ['按完成进度比例得分。得分=(实际到位资金额/目标任务)×分值', 20, '60%', 12, 'formula'],
  ['得分=(实际完成数/计划数)×100%×分值', 10, '85%', 8.5, 'formula'],
  ['得分=实际完成率/目标完成率×分值', 10, '85%', null, 'formula'],
  ['得分=(实际完成数/计划数)×分值', 10, '85', null, 'formula'],
  ['完成目标任务的得满分，未完成的按比例得分。得分=(实际完成数/目标任务数)×分值', 10, '80%', 8, 'formula'],
  ['完成目标任务的得满分，未完成的按比例得分。得分=(实际完成数/目标任务数)×分值', 10, '120%', 10, 'formula'],
  // a formula in the aside that closes a definition of its rate
  ['资金拨付到位占方案确定资金的比例(评价指标得分=资金到位率*该项指标分值)', 5, '80%', 4, 'proportional'],
  // a nameless ratio as a percentage defines the share the words name; the share by 比重
  ['实际到位/计划到位*100%，根据项目实际到位资金占计划的比重计算得分', 3, '90%', 2.7, 'proportional'],
  ['实际到位/计划到位*100%', 3, '90%', null, 'manual'],
  // a ratio of two counts is a rate; a bare number closing the product states the row's points
  ['(按时结案数/应结案数)×100%×60', 60, '85%', 51, 'formula'],
  ['(按时结案数/应结案数) x100%x60', 60, '85%', 51, 'formula'],
  ['(按时结案数/应结案数)×100%×60', 50, '85%', null, 'manual'],
  ['得分=(1-10×调剂率)×10', 5, '3%', null, 'manual'],
  ['得分=(1-10×调剂率)×10', 10, '3%', 7, 'formula'],
  // what the score follows, with nothing to say how, is the person's to judge
  ['按完成进度得分，完成率≥90%得满分', 10, '80%', null, 'manual'],
  ['得分=(1-偏差率)×分值，完成目标任务的得满分，未完成的按比例得分', 10, '5%', null, 'manual'],
  // the row's worth stated after its own name; `计分公式:` heads the formula
  ['该项指标总计分为60分。计分公式:综合达标率×60', 60, '72.5%', 43.5, 'proportional'],
  ['该项指标满分为60分。综合达标率×60', 50, '72.5%', null, 'manual'],
];

/** The task done (`完成下达指标得基本分`) is a completion rate of 100%, the step counting down from it. */
const COMPLETION: Case[] = [
  // (the whole done, in words of doing it: `全部实现`, `全部落实`)
  ['水库退养率达到100%得4分,未达到的按比例扣分', 4, '全部实现', 4, 'bands'],
  ['水库退养率达到100%得4分,未达到的按比例扣分', 4, '全部落实', 4, 'bands'],
  ['完成下达指标得基本分，每降低10%扣1分，完成率低于80%(含80%)不得分', 2, '100%', 2, 'linear'],
  ['完成下达指标得基本分，每降低10%扣1分，完成率低于80%(含80%)不得分', 2, '95%', 1.5, 'linear'],
  ['完成下达指标得基本分，每降低10%扣1分，完成率低于80%(含80%)不得分', 2, '80%', 0, 'linear'],
  [
    '发展家庭工业:完成下达指标得基本分，未完成任务，按比例相应扣分，每低10%扣2分，扣完为止',
    3,
    '90%',
    1,
    'linear',
  ],
  ['完成年度任务的得满分，每少1%扣1分', 5, '97%', 2, 'linear'],
  ['完成年度任务的得满分，每少1%扣1分', 5, '12个', null, 'linear'],
  // on time is not the task done
  ['按时完成任务得满分，每低1%扣1分', 5, '97%', null, 'manual'],
  // reached, then a bonus above and a deduction below: the baseline; above it passes the weight (the person's)
  [
    '形象进度达到100%得满分，每超1个百分点加1分，每低1个百分点扣1分。加分和扣分均以基本分为限',
    30,
    '92%',
    22,
    'twosided',
  ],
  [
    '形象进度达到100%得满分，每超1个百分点加1分，每低1个百分点扣1分。加分和扣分均以基本分为限',
    30,
    '105%',
    null,
    'twosided',
  ],
  // bands on a rate that deduct; what they do not cover loses nothing
  ['差错率为3%~5%的，扣0.1分；超过5%的，扣0.2分', 12, '2%', 12, 'bands'],
  ['差错率为3%~5%的，扣0.1分；超过5%的，扣0.2分', 12, '7%', 11.8, 'bands'],
  // below the lowest of several bands the table gives nothing (the reading of six blind batches; was null)
  ['建家率达70%得3分，60%得2分，50%得1分', 3, '45%', 0, 'bands'],
  ['执行率90%-100%得3分，70%-80%得1分', 3, '85%', null, 'bands'],
  // ranks in bands, `第2名`
  ['完成率排名：1-3名，7分；4-6名，5分；7-10名，3分', 7, '第3名', 7, 'bands'],
  // `完成` alone is the task done; more or less done (`多完成`/`少完成`) steps up and down from it
  ['完成得基本分，每降低1个百分点扣1分', 10, '98%', 8, 'linear'],
  [
    '完成得基本分10分，多完成1%加1分，少完成1%扣1分，以此类推，加扣分均不突破基本分',
    20,
    '104%',
    14,
    'twosided',
  ],
  [
    '完成得基本分10分，多完成1%加1分，少完成1%扣1分，以此类推，加扣分均不突破基本分',
    20,
    '97%',
    7,
    'twosided',
  ],
  ['完成得基本分，多完成1%加1分，少完成1%扣1分', 10, '101%', null, 'twosided'],
  // `以此类推` after bands is amounts left unwritten, not a step going on
  ['完成目标得10分，完成90%得9分，依次类推', 10, '80%', null, 'manual'],
  // the share done, and above 100% a bonus the row cannot hold
  ['按完成比例得分，如超额完成每超一个百分点加2分', 40, '80%', 32, 'proportional'],
  ['按完成比例得分，如超额完成每超一个百分点加2分', 40, '105%', null, 'proportional'],
  // bands deducting on a rate may close with one that takes everything; none at all is not written
  ['5%以内扣3分,5%-10%扣6分,10%-15%扣9分;15%以上不得分。', 15, '7%', 9, 'bands'],
  ['5%以内扣3分,5%-10%扣6分,10%-15%扣9分;15%以上不得分。', 15, '25%', 0, 'bands'],
  ['5%以内扣3分,5%-10%扣6分,10%-15%扣9分;15%以上不得分。', 15, '0%', null, 'bands'],
  ['5%以内扣3分,5%-10%扣6分,10%-15%扣9分;15%以上不得分。', 15, '5%', null, 'bands'],
  // `每降1个百分点`
  ['完成目标任务,得100分,不能完成目标任务的,每降1个百分点扣1分,扣完为止。', 100, '87.5%', 87.5, 'linear'],
  // a share named 权重, compared in percent, is a measure, not the row's weight
  ['监管工作在绩效考核体系中所占权重高于5%(2分)。', 2, '6%', 2, 'bands'],
  ['监管工作在绩效考核体系中所占权重高于5%(2分)。', 2, '5%', 0, 'bands'],
  // the work described before the task done; `得总分值`; `少一个百分点`; `直至扣完为止`
  [
    '重点新建和完善本村农田林网绿化,全面完成新造林面积得总分值,少一个百分点扣1分,直至扣完为止。',
    30,
    '96.5%',
    26.5,
    'linear',
  ],
  // the target reached, said with 达到, beside bands on the rate
  ['达到目标任务得满分,达到80%以上得1分,达到50%以上得0.5分,50%以下不得分。', 2, '120%', 2, 'bands'],
  ['达到目标任务得满分,达到80%以上得1分,达到50%以上得0.5分,50%以下不得分。', 2, '85%', 1, 'bands'],
  // where the evidence is looked up, then the requirement, then the step; `上一年` holds no number
  ['查阅巡查记录,巡查面达到100%,每少1个百分点扣1分。', 10, '95%', 5, 'linear'],
  ['查看上一年资料。达到5%得1分;达到10%得2分;达到15%以上得3分。', 3, '12%', 2, 'bands'],
  // a step on another rate is not counted from the task done
  ['完成年度工作任务得满分，满意度每降低1个百分点扣1分', 10, '95%', null, 'manual'],
];

/** Parts each a rule of its own, worth their own points, summed; the answer names each part. */
const PARTS: Case[] = [
  [
    '(1)完成全年参保目标任务得1.2分；未完成目标任务数，每低于5个百分点，扣0.1分。(2)基本养老金按时足额发放得0.3分；未按时足额发放，不得分。',
    1.5,
    '完成90%，按时足额发放',
    1.3,
    'composite',
  ],
  [
    '(1)完成全年参保目标任务得1.2分；未完成目标任务数，每低于5个百分点，扣0.1分。(2)基本养老金按时足额发放得0.3分；未按时足额发放，不得分。',
    1.5,
    '全部',
    1.5,
    'composite',
  ],
  // one piece for two parts, or parts that do not add up to the weight: not scored
  [
    '(1)完成全年参保目标任务得1.2分；未完成目标任务数，每低于5个百分点，扣0.1分。(2)基本养老金按时足额发放得0.3分；未按时足额发放，不得分。',
    1.5,
    '完成90%',
    null,
    'composite',
  ],
  [
    '(1)完成全年参保目标任务得1.2分；未完成目标任务数，每低于5个百分点，扣0.1分。(2)基本养老金按时足额发放得0.3分；未按时足额发放，不得分。',
    2,
    '全部',
    null,
    'manual',
  ],
  // parts from one sentence that gives points to the next, under a heading with the row's points
  [
    '现代园区建设(3分)。按时完成规划编制的，得1.5分，不按时完成的扣1分；完成建设任务得1.5分，完成率每下降1%扣0.1分。',
    3,
    '不按时完成，完成率95%',
    1.5,
    'composite',
  ],
  [
    '按时报送补贴面积的得4分，有一次未达要求的扣1分，最多扣4分；按时下发补贴资金得4分，有一次未达要求的扣1分，最多扣4分',
    8,
    '报送补贴面积2次未达要求，下发补贴资金0次',
    6,
    'composite',
  ],
  // pieces that name no part apart from the others are not routed
  [
    '按时报送补贴面积的得4分，有一次未达要求的扣1分，最多扣4分；按时下发补贴资金得4分，有一次未达要求的扣1分，最多扣4分',
    8,
    '按时，按时',
    null,
    'composite',
  ],
  // the part named by its words, then the number for it; other words before the number are not read past
  [
    '完成整村推进河塘计划任务(个数)得15分,每减少10%扣2分。完成河道清淤及清水工程河道、河塘计划任务(个数)得10分,每减少10%扣2分。',
    25,
    '整村推进河塘完成95%，河道清淤完成100%',
    24,
    'composite',
  ],
  [
    '完成整村推进河塘计划任务(个数)得15分,每减少10%扣2分。完成河道清淤及清水工程河道、河塘计划任务(个数)得10分,每减少10%扣2分。',
    25,
    '整村推进河塘超额95%，河道清淤完成100%',
    null,
    'composite',
  ],
  // a part that counts faults, not named, has none; a measured part must be answered
  [
    '低保对象准确率高于或等于98%得2 分,每降低1个百分点扣0.5分,扣完为止;平时暗访及信访举报情况1分,发现或查实1例关系保、 人情保扣0.5分,扣完为止',
    3,
    '准确率96%',
    2,
    'composite',
  ],
  [
    '低保对象准确率高于或等于98%得2 分,每降低1个百分点扣0.5分,扣完为止;平时暗访及信访举报情况1分,发现或查实1例关系保、 人情保扣0.5分,扣完为止',
    3,
    '关系保1例',
    null,
    'composite',
  ],
  [
    '3.评价报告准确规范、严谨、通俗易懂、文字通顺、流畅、措辞得当,计3分。表述不清楚、行文不流畅、用词不准确,有明显的语法、常识、逻辑错误和错别字的,每处扣0.5分;评价报告严格按照“备注”规定排版印制的,计1分。每有一处未按规定格式排版印制的,扣0.2分,扣完为止。',
    4,
    '无问题',
    4,
    'composite',
  ],
];

/** A negation before a condition turns it round: read by the comparator words, or not at all. */
const NEGATED_CONDITIONS: Case[] = [
  ['调整率未超过5%的得满分，超过5%的每超1个百分点扣0.2分', 2, '5%', 2, 'linear'],
  ['调整率未超过5%的得满分，超过5%的每超1个百分点扣0.2分', 2, '7%', 1.6, 'linear'],
  ['完成率不到90%的不得分，90%以上得满分', 2, '85%', 0, 'bands'],
  ['完成率不到90%的不得分，90%以上得满分', 2, '95%', 2, 'bands'],
  // `不在…之间` scored 100% as 0 (the 不 was read as part of the subject)
  ['执行率不在90%-110%之间的不得分', 2, '100%', null, 'manual'],
  // `未达` is `未达到`: short of a standard stated with its own direction
  ['执行率未达90%以上的扣1分', 2, '85%', 1, 'bands'],
  ['执行率未达90%以上的扣1分', 2, '95%', 2, 'bands'],
];

const RELATIVE: Case[] = [
  ['拨付率≥90%的得满分，不足90%的按比例计分', 5, '95%', 5, 'bands'],
  ['拨付率≥90%的得满分，不足90%的按比例计分', 5, '90%', 5, 'bands'],
  ['拨付率≥90%的得满分，不足90%的按比例计分', 5, '81%', 4.5, 'bands'],
  ['拨付率≥90%的得满分，不足90%的按比例计分', 5, '45%', 2.5, 'bands'],
  // a count as the threshold; the else in brackets; `按…完成比例扣分` scores the share done
  ['年内查处非法捕捞案件10例以上；否则按完成比例得分', 15, '7例', 10.5, 'bands'],
  ['年内查处非法捕捞案件10例以上；否则按完成比例得分', 15, '12例', 15, 'bands'],
  ['上报科普信息4篇以上记2分(完不成的按比例扣分)。', 2, '3篇', 1.5, 'bands'],
  ['全部水库实现人放天养，得4分，未完成按水库退养完成比例扣分', 4, '75%', 3, 'proportional'],
  // a rate named after 按 is the share (what is checked, worth the weight, restates full marks)
  ['单位人员掌握垃圾分类投放方法,得5分;随机抽查,按知晓率打分。', 5, '80%', 4, 'proportional'],
  ['按偏差率计分', 5, '5%', null, 'manual'],
];

/**
 * A requirement with no points of its own beside only what falls short of it (an else, a band giving
 * nothing on its other side) gives full marks when met; a second condition in words joined to it is the
 * answer's too, so the row stays with the person.
 */
const REQUIREMENT_MET: Case[] = [
  ['确保污水处理率达80%以上，否则不得分（10分）', 10, '85%', 10, 'bands'],
  ['确保污水处理率达80%以上，否则不得分（10分）', 10, '78%', 0, 'bands'],
  ['全年符合政策生育率达82%以上。符合政策生育率82%以下的记零分', 2, '85%', 2, 'bands'],
  ['全年符合政策生育率达82%以上。符合政策生育率82%以下的记零分', 2, '81.5%', 0, 'bands'],
  // 以上 and 以下 both hold 82%: the text gives it to both bands
  ['全年符合政策生育率达82%以上。符合政策生育率82%以下的记零分', 2, '82%', null, 'bands'],
  ['公示时间不得少于7天，得5分；未达要求的，不得分', 5, '6天', 0, 'bands'],
  ['公示时间不得少于7天，得5分；未达要求的，不得分', 5, '7天', 5, 'bands'],
  ['确保污水处理率达80%以上，污泥实现无害化处理，否则不得分', 10, '85%', null, 'manual'],
  ['待遇按时足额发放，且养老金社会化发放率100%，得10分，达不到要求的不得分', 10, '100%', null, 'manual'],
  // not doing it at all, beside a band from one, is the count 0; on a rate it says nothing of 95%
  ['每年向科普栏目提供科技稿件1件以上记2分(不投稿不得分);', 2, '3件', 2, 'bands'],
  ['每年向科普栏目提供科技稿件1件以上记2分(不投稿不得分);', 2, '0件', 0, 'bands'],
  ['凡交办信访事项按时化解率达100%的,得5分。未化解不得分。', 5, '95%', null, 'manual'],
  // a scoring word that changes nothing is read past
  [
    '按规定时间及时报送的,得15分;不能及时报送的,每拖延一天扣0.5分。提前报送的不另加分,本项累计扣分不超过15分。',
    15,
    '拖延4天',
    13,
    'deadline',
  ],
];

/** `每季度…率低于30%的,扣1分`: a rate per period is still a rate, answered as one (a count per period is not). */
const RATE_PER_PERIOD: Case[] = [
  ['每月简报采用率低于40%的,扣2分。', 2, '35%', 0, 'bands'],
  ['每月简报采用率低于40%的,扣2分。', 2, '40%', 2, 'bands'],
  ['每月简报采用率低于40%的,扣2分。', 3, '60%', 3, 'bands'],
];

const WINDOW: Case[] = [
  ['处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分', 2, '100%', 2, 'twosided'],
  ['处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分', 2, '110%', 2, 'twosided'],
  ['处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分', 2, '112%', 1.6, 'twosided'],
  ['处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分', 2, '85%', 1, 'twosided'],
  ['处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分', 2, '70%', 0, 'twosided'],
];

const SHARE: Case[] = [
  ['预算执行率≥95%得满分，每低2个百分点，扣该项分值的5%', 10, '95%', 10, 'linear'],
  ['预算执行率≥95%得满分，每低2个百分点，扣该项分值的5%', 10, '91%', 9, 'linear'],
  ['预算执行率≥95%得满分，每低2个百分点，扣该项分值的5%', 10, '55%', 0, 'linear'],
];

const LEVELS: Case[] = [
  // a degree the levels do not have (`较合理` beside 合理/基本合理/不合理) is none of them
  ['合理：2分；基本合理：1分；不合理：0分', 2, '较合理', null, 'grade'],
  ['合理：2分；基本合理：1分；不合理：0分', 2, '基本合理', 1, 'grade'],
  // a share of the weight said with 按 and the word for scoring
  ['按时完成得满分，未按时完成的按50%计分', 4, '未按时完成', 2, 'grade'],
  ['资金到位率100%得满分，90%-100%按80%计分，90%以下不得分', 5, '95%', 4, 'bands'],
  // a score compared in 分 is a value measured, not points given
  ['考核得分在90分以上的得5分，80-90分的得3分，80分以下不得分', 5, '85分', 3, 'bands'],
  ['考核得分在90分以上的得5分，80-90分的得3分，80分以下不得分', 5, '92%', null, 'bands'],
  ['扣1-2分', 2, '1', null, 'manual'],
  // a level held by two labels, one of them negating it
  ['评为“优良工程”给4分。评为“合格工程”给3分。评为“不合格工程”给0分', 4, '合格工程', 3, 'grade'],
  ['评为“优良工程”给4分。评为“合格工程”给3分。评为“不合格工程”给0分', 4, '不合格工程', 0, 'grade'],
  ['管理制度健全的得满分；不健全的扣2分', 4, '健全', 4, 'grade'],
  ['管理制度健全的得满分；不健全的扣2分', 4, '不健全', 2, 'grade'],
  ['制度完善的得4分，制度较完善的得2分，制度不完善的不得分', 4, '较完善', 2, 'grade'],
  ['制度完善的得4分，制度较完善的得2分，制度不完善的不得分', 4, '完善', 4, 'grade'],
  ['制度完善的得4分，制度较完善的得2分，制度不完善的不得分', 4, '制度不完善', 0, 'grade'],
  ['完善：4分；较完善：2分；不完善：0分', 4, '较完善', 2, 'grade'],
  ['完善：4分；较完善：2分；不完善：1分', 4, '不完善', 1, 'grade'],
];

const SPANS_AND_BASELINES: Case[] = [
  // a level whose points are a span is the person's call; the others are scored
  ['管理规范(4分)较规范(3分)基本规范(2分)不规范(1分到0分)', 4, '较规范', 3, 'grade'],
  ['管理规范(4分)较规范(3分)基本规范(2分)不规范(1分到0分)', 4, '不规范', null, 'grade'],
  // a baseline with points added one way and deducted the other; beyond the weight is not ours to add
  ['差错率5%的得基准分6分，每下降1个百分点加0.5分，每上升1个百分点扣0.5分', 8, '3%', 7, 'twosided'],
  ['差错率5%的得基准分6分，每下降1个百分点加0.5分，每上升1个百分点扣0.5分', 8, '7%', 5, 'twosided'],
  ['差错率5%的得基准分6分，每下降1个百分点加0.5分，每上升1个百分点扣0.5分', 8, '0%', null, 'twosided'],
];

const ITEMS: Case[] = [
  ['方案科学(2分)、措施可行(1分)、保障有力(1分)', 4, '①③', 3, 'checklist'],
  ['方案科学(2分)、措施可行(1分)、保障有力(1分)', 4, '方案科学、保障有力', 3, 'checklist'],
  ['方案科学(2分)、措施可行(1分)、保障有力(1分)', 4, '全部', 4, 'checklist'],
  ['方案科学(2分)、措施可行(1分)、保障有力(1分)', 4, '无', 0, 'checklist'],
  // bare numbers in brackets closing each part are its points, and together the row's worth; parts are
  // named by their words in order, the connective before a part is not its name
  ['明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分', 1, '全部', 1, 'checklist'],
  ['明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分', 1, '明确分管领导', 0.5, 'checklist'],
  ['明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分', 1, '明确岗位职责', 0.5, 'checklist'],
  ['档案工作列入了本机关近期规划(0.6)并能认真执行(0.4)', 1, '列入规划', 0.6, 'checklist'],
  // points closing the words without 得 are the outcome (`有专人负责2分`); `没有不得分` restates unmet
  [
    '1、单位财务管理制度 1 分;2、项目管理制度 1 分;3、有制度执行佐证资料 1 分。没有不得分。',
    3,
    '1,2',
    2,
    'checklist',
  ],
  [
    '1、单位财务管理制度 1 分;2、项目管理制度 1 分;3、有制度执行佐证资料 1 分。没有不得分。',
    3,
    '全部',
    3,
    'checklist',
  ],
  ['有明确的绩效管理机构或专人负责 2 分。没有不得分', 2, '没有', 0, 'composite'],
  // a marker run into the points before it opens the next item
  ['1、未确定专人保管的扣0.5分2、无移交清册的扣1分', 1.5, '无移交清册', 0.5, 'composite'],
  // a yes/no question answered in its own words, affirmed or negated
  ['根据规划，建立项目储备库的，得2分，否则不得分', 2, '已建立', 2, 'checklist'],
  ['根据规划，建立项目储备库的，得2分，否则不得分', 2, '未建立', 0, 'checklist'],
  ['根据规划，建立项目储备库的，得2分，否则不得分', 2, '已开展', null, 'checklist'],
  // found in the last blind batch: an answer naming two levels is not one of them (on a row worth one level's
  // points; on a row worth their sum they are parts, see headingsAndSpelledRules.test.ts)
  [
    '进行安全排查，得1.5分；进行改造维修，得1.5分；没有进行安全排查和改造维修，不得分',
    1.5,
    '进行安全排查，进行改造维修',
    null,
    'grade',
  ],
  // denying what must be there is the shortfall itself (it scored full marks as "no fault")
  [
    '是否配备专职人员、是否建立相应的制度，缺一项扣1分。不按时报送情况的扣2分',
    3,
    '未配备专职人员',
    2,
    'composite',
  ],
  // items listed and times done are not one count
  ['每年召开2次推进会、开展12次专项督查，缺一项扣1分', 3, '专项督查少3次', null, 'perissue'],
  // the question's own words, whole, affirm it
  ['全年无火灾得10分，发生森林火灾无分', 10, '全年无火灾', 10, 'checklist'],
  // one part of several named missing is not weighed here; how things stand is no yes/no
  ['有分管领导、责任科室、专职人员得5分', 5, '无责任科室', null, 'checklist'],
  ['本级财政投入情况计2分', 2, '已投入', null, 'checklist'],
  // a quantity in another unit of mass converts; an open lower bound is the standard a step counts from
  ['年亩增施商品有机肥1000公斤以上，每少于100公斤扣5分', 25, '0.8吨', 15, 'linear'],
  ['5、工作经费落实(2分)。每年信访工作经费5000元以上的记2分，否则不计分', 2, '8000元', 2, 'bands'],
  // the parts missing, by number (`缺第3、7项`); a state met and its points is no heading (`完全符合4分`)
  [
    '资料齐全，缺一项扣1分，扣完为止。1、花名册;2、领导组文件;3、分工文件;4、台账',
    4,
    '缺第2、4项',
    2,
    'checklist',
  ],
  ['完全符合4分，评价中发现1例不相符的扣0.2分，扣完为止', 4, '完全符合', 4, 'perissue'],
  // parts the rule numbers `1.2` are named so (`1.2` was parts 1 and 2)
  ['1.1成立领导小组(4分)1.2开展专题培训(3分)1.3开展风险评估(3分)', 10, '1.2', 3, 'checklist'],
  ['1.1成立领导小组(4分)1.2开展专题培训(3分)1.3开展风险评估(3分)', 10, '1.1、1.3', 7, 'checklist'],
  ['1.1成立领导小组(4分)1.2开展专题培训(3分)1.3开展风险评估(3分)', 10, '2.1', null, 'checklist'],
  // parts adding to 0.7 on a row worth 1 (was a yes/no worth full marks, its numbers unread)
  ['档案工作列入了本机关近期规划(0.3)并能认真执行(0.4)。1分', 1, '全部', null, 'manual'],
  ['档案工作列入了本机关近期规划(0.3)并能认真执行(0.4)。1分', 1, '是', null, 'manual'],
  // an item named by its subject and said to be met; none met in words
  [
    '河、塘及周边无垃圾、无动物尸体及漂浮杂物(5分),沟渠(包括 阴阳沟)完好通畅(3分),无垃圾淤泥,无臭味(2分)。',
    10,
    '河塘达标，沟渠完好通畅',
    8,
    'checklist',
  ],
  [
    '河、塘及周边无垃圾、无动物尸体及漂浮杂物(5分),沟渠(包括 阴阳沟)完好通畅(3分),无垃圾淤泥,无臭味(2分)。',
    10,
    '均不达标',
    0,
    'checklist',
  ],
  [
    '河、塘及周边无垃圾、无动物尸体及漂浮杂物(5分),沟渠(包括 阴阳沟)完好通畅(3分),无垃圾淤泥,无臭味(2分)。',
    10,
    '河塘不达标',
    null,
    'checklist',
  ],
];

const PER_ISSUE: Case[] = [
  // found in the fresh held-out style sets: each of these was a confident wrong score
  // answers saying every requirement was met, in words
  ['发生一起扣2分，扣完为止', 4, '未发生', 4, 'perissue'],
  ['迟报扣2分，漏报、瞒报、谎报的扣3分', 3, '及时准确报送', 3, 'composite'],
  ['有办公场地(1分)、办公设备(1分)、专职人员(1分)', 3, '全部落实', 3, 'checklist'],
  ['运转正常(3分)，及时更新人员信息(2分)', 5, '运转正常', 3, 'checklist'],
  ['无爱卫组织，扣2分；无分管领导，扣2分；无专项经费，扣1分', 5, '组织、领导、经费齐全', 5, 'composite'],
  [
    '按要求开展创先争优活动，未召开动员会扣1分，未成立组织扣1分，无方案扣1分',
    3,
    '全部按要求开展',
    3,
    'composite',
  ],
  ['按要求开展创先争优活动，未召开动员会扣1分，未成立组织扣1分，无方案扣1分', 3, '全部', null, 'composite'],
  ['成立领导机构，确定专人负责，制定具体实施方案，每缺一项扣0.5分', 1, '全部落实', 1, 'perissue'],
  ['每月至少召开一次安全生产会议，每缺一次扣1分', 4, '每月均召开', 4, 'perissue'],
  // `无故` negates nothing: `缺席2次` names `无故缺席`, `无` is none
  ['无故缺席扣1分/次，无故迟到、早退扣0.5分/次', 10, '缺席2次', 8, 'composite'],
  ['无故缺席扣1分/次，无故迟到、早退扣0.5分/次', 10, '无', 10, 'composite'],
  // `已更新` denies `未更新`; a shortfall named by its verb when one fault is counted so
  ['信息公开目录未更新的扣1分；没有年度报告的扣2分', 5, '目录已更新，有年度报告', 5, 'composite'],
  ['工作人员每少一人，扣1分，最多扣3分；院长非专职人员，扣2分', 5, '少2人', 3, 'composite'],
  // kinds of a thing missing, listed in the step's own words
  ['标题、单位名称、项目名称、日期等要素每少一项，扣0.5分，扣完为止', 2, '缺日期、标题', 1, 'perissue'],
  // a bare `没有` answers the presence the clean result states
  ['有项目年度工作计划或有上级文件计2分，没有不得分', 2, '没有', 0, 'composite'],
  ['有项目年度工作计划或有上级文件计2分，没有不得分', 2, '有', 2, 'composite'],
  // `每A一处或B一处扣1分`: two things counted, each costing the amount
  ['报表字迹清楚、无涂改的得5分。每涂改一处或有一处不清楚扣1分', 5, '涂改1处，不清楚1处', 3, 'composite'],
  ['评价报告每缺失一项内容或重复一个部分，扣1分，扣完为止', 8, '缺失2项，重复部分1个', 5, 'composite'],
  // one piece naming a fault and another denying it is not scored
  [
    '应领尽领的得3分；因客观原因未认领但没有提交说明的扣3分',
    3,
    '因客观原因未认领，已提交说明',
    null,
    'composite',
  ],
  // `未被通报`: the event the fault names did not happen
  ['信息内容出现严重错误或用词不规范被上级部门通报的，每次扣2分', 6, '未被通报', 6, 'perissue'],
  // `及时` is a word, not `及` joining two faults; the thing said first, then its verb denied, names the first
  [
    '未按规定及时报送月度预测数的，每次扣0.1分；未完成税收分析任务的，每次扣0.1分',
    1,
    '月度预测数未及时报送2次',
    0.8,
    'composite',
  ],
  // ± on a rate of completion spreads about its plan, 100% (thirtieth session; on other levels: the person's)
  ['预算完成率超出正负10%不得分', 1, '100%', 1, 'bands'],
  ['合格率超出正负10%不得分', 1, '100%', null, 'manual'],
  ['偏差率±5%以内得满分，超出的不得分', 1, '-3%', 1, 'bands'],
  // counts per document or case (`每文次`), and none said with the issue's noun (`无差错`)
  ['规范行文发现差错，每文次扣0.5分', 5, '3文次', 3.5, 'perissue'],
  ['规范行文发现差错，每文次扣0.5分', 5, '无差错', 5, 'perissue'],
  // issues counted piece by piece are summed; a piece counting what was done or what is in order is not
  ['露天粪缸、简易棚厕，每发现1处扣3分', 9, '露天粪缸2处，简易棚厕1处', 0, 'perissue'],
  ['在考核检查时发现漏报或错报的每例扣3分', 10, '漏报1例，错报2例', 1, 'perissue'],
  ['每月至少召开一次安全会议，每缺一次扣1分', 10, '召开3次，缺1次', null, 'perissue'],
  ['每发现一处问题扣1分', 5, '不达标1处，达标5处', null, 'perissue'],
  // a count inside the words counts the noun after it; a shortfall verb leads the words it counts
  ['每少签订一个单位的目标责任书扣0.5分；未实行包片责任制的扣0.5分', 3, '少签订2个单位', 2, 'composite'],
  ['每缺一名专兼职计生干部的扣0.5分；工资报酬未兑现的扣1分', 2, '缺1名专兼职计生干部', 1.5, 'composite'],
  // an amount inside the words is no count (`1600元/人·年` named the fault `未达1200元/人·年`); the rule reads as
  // faults, one on a measure (twentieth session), and a bare amount names neither
  ['分散供养标准未达1200元/人·年，不得分；标准未经政府发文明确，扣3分', 8, '1600元/人·年', null, 'composite'],
  // `及时` closing a fault is the word's own (`不及时` was cut to `不及`)
  ['信息报送不及时的，扣1分', 1, '报送及时', 1, 'composite'],
  // `迟3天` is late by three days
  ['报表的报出时间以邮戳日期为准，每迟一天，扣0.5分', 10, '迟3天', 8.5, 'deadline'],
  // a standard listing faults is no count of what was done
  ['露天粪缸、简易棚厕，每发现1处扣3分', 9, '简易棚厕2处', 3, 'perissue'],
  // a presence question: `有` and `无` answer it (`无` scored full marks as "no fault")
  ['有批准文件：2分；没有批准文件：0分', 2, '无', 0, 'composite'],
  ['有批准文件：2分；没有批准文件：0分', 2, '有', 2, 'composite'],
  // `制度不健全` is the fault's own words, not the opposite of `健全` (scored full marks)
  ['建立健全管理制度的，记5分；未建立管理制度或制度不健全的，不记分', 5, '制度不健全', 0, 'composite'],
  // `全部扣完` in words is nothing, never read past (4 scored 8 of 10 beside a veto)
  ['未开展矛盾化解工作，每次扣0.5分；发生安全责任事故，全部扣完', 5, '发生安全责任事故', 0, 'perissue'],
  [
    '未开展矛盾化解工作，每次扣0.5分；未开展安全工作每次扣0.5分；发生安全责任事故，全部扣完',
    8,
    '4',
    null,
    'composite',
  ],
  ['每发生一起扣2分，扣完本项为止', 10, '3', 4, 'perissue'],
  ['擅自缓减免征的，每发现一次扣1分，扣完该项基本分为止', 4, '发现3次', 1, 'perissue'],
  // the count of what the standard asks done is not a count of what is missing (召开10次 cost 10)
  ['每月至少召开一次安全生产会议，每缺一次扣1分', 10, '召开10次', null, 'perissue'],
  ['全年无发生森林火灾。每发生一起扣2分，扣完为止', 10, '发生1起', 8, 'perissue'],
  // a band on another thing counted (`提供一例得1分`) is no escalation of the issues (5 examples cost 10)
  ['严格执行采购政策的，提供一例得1分，最高8分；明显违背政策的，发现一次扣2分', 8, '提供5例', null, 'manual'],
  // one of a thing worth points, with a ceiling above: points per thing (3 items scored 0 as "not =1")
  ['政务微博、公开栏等情况(一项可得2分，最高不超过6分)', 6, '3项', 6, 'bonus'],
  ['开展一次得1分，最多得3分', 3, '2次', 2, 'bonus'],
  ['开展一次得1分', 1, '2次', null, 'manual'],
  // `得分为0` is nothing; `得分为0.5` is not
  ['擅自代填、代改统计报表的，本项得分为0', 20, '有代填代改', 0, 'composite'],
  ['擅自代填、代改统计报表的，本项得分为0', 20, '无', 20, 'composite'],
  ['擅自代填、代改统计报表的，本项得分为0.5', 20, '无', null, 'manual'],
  // an answer affirming a fault names it; a negation in another clause does not deny it
  ['统计报表未由法定调查对象填报，擅自代填、代改的，本项不得分', 20, '有代填代改', 0, 'composite'],
  ['未建立台账的，扣2分', 2, '有台账', 2, 'composite'],
  // the amount before the verb
  ['无故每缺席一次按5分扣减。(40分)', 40, '2', 30, 'perissue'],
  // one requirement and the points it is worth: met or not, several qualities in it met or not together
  ['各村建立应急扑火队伍。(1分)', 1, '是', 1, 'checklist'],
  ['各村建立应急扑火队伍。(1分)', 1, '否', 0, 'checklist'],
  ['各村建立应急扑火队伍。(1分)', 2, '是', null, 'manual'],
  ['管理目标明确、制度健全、责任到人。(5分)', 5, '全部', 5, 'checklist'],
  ['管理目标明确、制度健全、责任到人。(5分)', 5, '否', 0, 'checklist'],
  // (one quality of several missing, not weighed: the person's)
  ['管理目标明确、制度健全、责任到人。(5分)', 5, '制度不健全', null, 'checklist'],
  // a step written as points per unit
  ['发现问题扣1分/处，扣完为止', 5, '3处', 2, 'perissue'],
  ['超编人员扣0.5分/人', 3, '2人', 2, 'perissue'],
  ['迟报扣0.2分/天，最多扣2分', 2, '迟报5天', 1, 'deadline'],
  ['迟报扣0.2分/天，最多扣2分', 2, '迟报5次', null, 'deadline'],
  // the range a step applies in, restated as the complement of the escalation; another range is not
  ['超过3次不得分，3次以内每次扣1分', 3, '2次', 1, 'perissue'],
  ['超过3次不得分，3次以内每次扣1分', 3, '4次', 0, 'perissue'],
  ['超过5次不得分，3次以内每次扣1分', 3, '2次', null, 'manual'],
  // tiers on a count that cost a fixed deduction escalate
  ['迟报一次扣1分，两次及以上扣3分', 3, '迟报1次', 2, 'perissue'],
  ['迟报一次扣1分，两次及以上扣3分', 3, '迟报2次', 0, 'perissue'],
  ['发生一起扣5分，发生两起扣10分，三起以上不得分', 15, '2起', 5, 'perissue'],
  ['出现一次扣0.5分，二次扣1分，三次及以上扣2分', 2, '二次', 1, 'perissue'],
  // limits on the deduction in other words; a floor on the score is not a clean result (最低得1分 was
  // read as "none found gives 1")
  ['每发现一处问题扣1分，扣分不超过3分', 5, '5', 2, 'perissue'],
  ['每发现一处问题扣1分，累计扣分不超过3分', 5, '5', 2, 'perissue'],
  ['每发现一处问题扣1分，扣分上限3分', 5, '5', 2, 'perissue'],
  ['每发现一处问题扣1分，最低得1分', 5, '0', null, 'manual'],
  ['每发现一处问题扣1分，扣至1分为止', 5, '6', null, 'manual'],
  // `未发生一起` is none at all, never a band on one (1起 scored full marks, 0 scored nothing)
  ['未发生一起安全事故得10分，每发生一起扣5分', 10, '1起', 5, 'perissue'],
  ['未发生一起安全事故得10分，发生一起扣5分，发生两起以上不得分', 10, '3起', 0, 'perissue'],
  ['全年未发生一起安全事故的得5分', 5, '1起', null, 'checklist'],
  ['全年未发生一起安全事故的得5分', 5, '0', null, 'checklist'],
  [
    '考核期内未发生一起安全事故得10分，发生一般事故一起扣5分，发生较大事故的不得分',
    10,
    '一般事故1起',
    5,
    'perissue',
  ],
  ['每发现一处问题扣1分，扣完为止；发现重大违规问题的，该项不得分', 5, '0', 5, 'perissue'],
  ['每发现一处问题扣1分，扣完为止；发现重大违规问题的，该项不得分', 5, '2', 3, 'perissue'],
  ['每发现一处问题扣1分，扣完为止；发现重大违规问题的，该项不得分', 5, '无', 5, 'perissue'],
  ['每发现一处问题扣1分，扣完为止；发现重大违规问题的，该项不得分', 5, '发现重大违规问题', 0, 'perissue'],
  ['存在挪用的，本项0分；每发现一处不规范扣0.5分', 3, '2', 2, 'perissue'],
  ['存在挪用的，本项0分；每发现一处不规范扣0.5分', 3, '存在挪用', 0, 'perissue'],
  ['存在挪用的，本项0分；每发现一处不规范扣0.5分', 3, '发现2处不规范', 2, 'perissue'],
  // escalation
  ['发现1次扣1分；发现3次及以上的本项不得分', 5, '0', 5, 'perissue'],
  ['发现1次扣1分；发现3次及以上的本项不得分', 5, '2', 3, 'perissue'],
  ['发现1次扣1分；发现3次及以上的本项不得分', 5, '3次', 0, 'perissue'],
  // per unit other than percentage points
  ['每超编1人扣0.1分，扣完为止', 1, '0', 1, 'perissue'],
  ['每超编1人扣0.1分，扣完为止', 1, '超编3人', 0.7, 'perissue'],
  ['每超编1人扣0.1分，扣完为止', 1, '3人', 0.7, 'perissue'],
  // limits written with their number
  ['每发现一处问题扣0.5分，扣完2分为止', 2, '3', 0.5, 'perissue'],
  ['每发现一处问题扣0.5分，扣满1分为止', 2, '3', 1, 'perissue'],
  // (the points first: `1分扣完为止`)
  ['每发现一处问题扣0.5分，1分扣完为止', 2, '3', 1, 'perissue'],
  ['未提交一次的扣3分,10分扣完为止。', 10, '未提交2次', 4, 'perissue'],
  ['每项问题扣1分，最多扣2分', 3, '5', 1, 'perissue'],
  ['共3分，每发现一处问题扣1分', 3, '1', 2, 'perissue'],
  ['少报1次扣0.5分，扣完为止', 2, '少报2次', 1, 'perissue'],
  // one of a thing right after an item's words is what that item costs (once; per time with a limit)
  ['1.不出勤的一次扣5分；2.出勤后未佩带护林标志的一次扣2分。', 10, '未佩带护林标志1次', 8, 'composite'],
  ['1.不出勤的一次扣5分；2.出勤后未佩带护林标志的一次扣2分。', 10, '未佩带护林标志2次', null, 'composite'],
  // `短缺` is the fault's own word, not a shortfall of `短`
  [
    '若没有按时送达，发生一次延误扣2分；传递的回单短缺，发生一次扣2分；扣满24分为止',
    24,
    '延误2次，短缺1次',
    18,
    'composite',
  ],
  // a count said as done is not a count of what is missing; all present is none missing
  ['每少一项扣0.5分。', 1.5, '完成3项', null, 'perissue'],
  ['每少一项扣0.5分。', 1.5, '三项均完成', 1.5, 'perissue'],
  // (every one of a count the weight does not hold: some of more, not said)
  ['每少一项扣0.5分。', 2, '三项均完成', null, 'perissue'],
  ['每少一项扣0.5分。', 1.5, '少1项', 1, 'perissue'],
  ['残疾少年儿童名册、在读名册、失学名册,少1项扣1分', 3, '三册齐全', 3, 'perissue'],
  // one of a thing not done, without 每: what one costs (a shortfall with 少/缺 counts per unit)
  ['有1个乡镇未开展农村住房保险工作扣0.1分', 2, '1个乡镇未开展', 1.9, 'perissue'],
  ['有1个乡镇未开展农村住房保险工作扣0.1分', 2, '3个乡镇未开展', null, 'perissue'],
  // points for each thing listed (各得1分) are not the clean result's points
  ['党支部大会、支委会、党小组会及党课的频次符合要求各得1分,一项不符扣1分。', 4, '无', null, 'manual'],
  // none found, in the words of an issue list; the requirement met in words
  [
    '河道清淤彻底,水面无漂浮物,岸边无垃圾得15分,一处垃圾扣1分,一处漂浮物扣1分。',
    15,
    '未发现问题',
    15,
    'composite',
  ],
  ['少一次扣1分。', 4, '按要求召开', 4, 'perissue'],
  // the things short, named from the fault's own list
  ['①场所内有电教设备、资料、档案橱,每少1项扣3分;②桌椅杂乱无序的扣3分。', 10, '缺档案橱', 7, 'composite'],
  [
    '①场所内有电教设备、资料、档案橱,每少1项扣3分;②桌椅杂乱无序的扣3分。',
    10,
    '缺电教设备、资料，桌椅杂乱无序',
    1,
    'composite',
  ],
  ['①场所内有电教设备、资料、档案橱,每少1项扣3分;②桌椅杂乱无序的扣3分。', 10, '缺电脑', null, 'composite'],
  // a fault whose cost is a span is the person's call only when the answer names it
  ['发现一次推诿、拖延现象扣2分,情节严重的扣5-10分。', 10, '无', 10, 'composite'],
  ['发现一次推诿、拖延现象扣2分,情节严重的扣5-10分。', 10, '推诿1次', 8, 'composite'],
  ['发现一次推诿、拖延现象扣2分,情节严重的扣5-10分。', 10, '情节严重', null, 'composite'],
  ['未提出明确要求的,扣 1 分;未听取情况汇报的,扣 0.5 至 1 分', 4, '未听取情况汇报', null, 'composite'],
  // the count asked, in the step's unit, names the shortfall step after it (a standard, not arithmetic)
  [
    '无宣传栏扣4分,宣传内容每季度1期,少1期扣1分;无禁烟标识扣2分,发现烟头每处扣0.5分。',
    8,
    '宣传内容少1期，发现烟头2处',
    6,
    'composite',
  ],
  [
    '无宣传栏扣4分,宣传内容每季度1期,少1期扣1分;无禁烟标识扣2分,发现烟头每处扣0.5分。',
    8,
    '均达标',
    8,
    'composite',
  ],
  // (a number in another unit is not the standard of that step)
  ['无宣传栏扣4分,宣传内容每季度1次,少1期扣1分。', 8, '少1期', null, 'manual'],
  // more off the table's total than the row holds: the person's call when named, the rest still scores
  ['不符合规定的，每项扣2分；构成重大隐患的，不得分，并追加扣除20分。', 10, '不符合规定2项', 6, 'composite'],
  [
    '不符合规定的，每项扣2分；构成重大隐患的，不得分，并追加扣除20分。',
    10,
    '构成重大隐患',
    null,
    'composite',
  ],
  // `任何一个` is any one, not one counted; a year names a thing, it counts nothing
  ['市或任何一个县区未成立机构的扣1分,未制订考核办法的扣1分,扣完为止', 2, '未成立机构', 1, 'composite'],
  ['缺 1999 年表的扣5 分；缺 1988 年表的扣 3 分 ', 5, '缺1988年表', 2, 'composite'],
  // none found of what is counted
  ['发现一份破损档案扣1分', 6, '未发现破损档案', 6, 'perissue'],
  ['每少一份档案扣1分', 6, '未发现档案', null, 'perissue'],
  // an escalation with the counted thing after its bound; the finding verb names nothing else
  ['每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,不得分。', 5, '2处', 3, 'perissue'],
  ['每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,不得分。', 5, '5处', 0, 'perissue'],
  ['每一处错误扣1分;发现五处及以上的,不得分。', 10, '6处', 0, 'perissue'],
  // `扣完基本分` takes the base whole; `台次` counts; `评分方法` is a heading noun; `对每个…` names by its words
  [
    '证明手续不齐全的,每例扣1分;有修坟、建坟现象的每例扣5分;对修坟、建坟现象未及时整治的扣完基本分。(基本分20分)',
    20,
    '修坟、建坟现象未及时整治',
    0,
    'composite',
  ],
  [
    '特种施工机械设备未进行备案、建立台账,扣0.5分/台次;未按规定进行检测,扣0.5分/台次',
    9,
    '未备案1台次，未检测3台次',
    7,
    'composite',
  ],
  [
    '评分方法项目未细化到具体实施内容的扣1.0分;对每个错填、漏填的进度节点,扣0.2分。',
    3,
    '未细化到具体实施内容，漏填3个进度节点',
    1.4,
    'composite',
  ],
  // a requirement per period short of it is a fault like any other (one; more is not written)
  [
    '每月深入联系点调研指导少于1次,扣2分;没给党员上党课的,扣5分;没有为联系点办实事的,扣5分。',
    10,
    '均已落实',
    10,
    'composite',
  ],
  [
    '每月深入联系点调研指导少于1次,扣2分;没给党员上党课的,扣5分;没有为联系点办实事的,扣5分。',
    10,
    '没给党员上党课',
    5,
    'composite',
  ],
  ['每季度研究基层组织建设工作少于1次的,扣5分。', 10, '每季度均研究', 10, 'composite'],
  // `有` alone names nothing: the fault is what follows the count
  ['未建立台账的扣5分；有1项不达标扣2分', 10, '不达标1项', 8, 'composite'],
  // none found of what the one fault names; a judgement of the whole with a deduction beside it stays judged
  ['查阅日常督查的相关资料,有无证生产企业扣2分。', 10, '未发现无证生产企业', 10, 'composite'],
  [
    '由省局根据各地区检查面、检查效果等进行综合考核,评估定分。未按规定上报专项检查总结、报表的,每项扣1分。',
    4,
    '3',
    null,
    'manual',
  ],
  // a requirement met with a but is no requirement met
  ['少一次扣1分。', 4, '按要求召开但记录有误', null, 'perissue'],
  // what an answer negates must be what the fault negates: `无资料` is not `资料杂乱无序`
  ['①场所内有电教设备,每少1项扣3分;②桌椅、档案资料杂乱无序的扣3分。', 10, '无资料', null, 'composite'],
  ['①场所内有电教设备,每少1项扣3分;②没有宣传到位的扣3分。', 10, '宣传不到位', 7, 'composite'],
  // `没` negates; partly met is not met
  ['没贯彻到位不得分。', 15, '贯彻到位', 15, 'composite'],
  ['没贯彻到位不得分。', 15, '没贯彻到位', 0, 'composite'],
  ['没贯彻到位不得分。', 15, '部分到位', null, 'composite'],
  // a veto counted once or more; the general issue the rule counts is not its qualified veto
  [
    '(2)未发生群体性事件,计4分。发生群体事件的每起扣2分;发生重大群体性事件的不计分。',
    4,
    '发生重大群体性事件1起',
    0,
    'perissue',
  ],
  [
    '(2)未发生群体性事件,计4分。发生群体事件的每起扣2分;发生重大群体性事件的不计分。',
    4,
    '发生群体性事件1起',
    2,
    'perissue',
  ],
  // a count with a verb of doing against a shortfall is what was done
  ['3、少1次扣1分。', 4, '全年研究1次', null, 'perissue'],
  ['3、少1次扣1分。', 4, '少1次', 3, 'perissue'],
  // each thing listed is one more of that fault
  ['未按要求研究部署扣1分,无计划、总结每处扣0.5分', 5, '无计划、无总结', 4, 'composite'],
  // what was done before the fault names no fault (and here denies none either: refused, not counted twice)
  [
    '年度未召开村支部会的,扣3分,召开会议而未对创建活动涉及的基层组织建设、群防群治工作作出决策的,缺一项扣1分;',
    3,
    '召开会议，未对群防群治工作作出决策',
    null,
    'composite',
  ],
  // the issue denied in its own words (named by the sentence before the step)
  ['1、 “一把手”无书面报告的,每例扣1分。', 2, '“一把手”已书面报告', 2, 'perissue'],
  ['1、 “一把手”无书面报告的,每例扣1分。', 2, '1例', 1, 'perissue'],
  // one fault costing more than the row: the text and the row disagree
  ['地板、盖板出现缺失和严重破损的扣3分;顶窗出现损坏或者漏水的扣12分', 5, '顶窗漏水', null, 'composite'],
  ['地板、盖板出现缺失和严重破损的扣3分;顶窗出现损坏或者漏水的扣12分', 5, '盖板缺失', 2, 'composite'],
  // a bare count is no answer when one of the faults is the person's call
  ['推诿拖延扣10分,情节严重的扣5-10分。', 10, '1', null, 'composite'],
  ['车门开关失控的扣3分,未设置缓冲装置的扣3分', 6, '1', 3, 'composite'],
];

/** A list paired with a list of amounts by 分别 stands for one clause per pair. */
const RESPECTIVELY: Case[] = [
  ['被省、市、县督查组发现的火点，每个分别扣10分、5分、3分', 30, '市督查组2个，县督查组1个', 17, 'composite'],
  ['被省、市、县督查组发现的火点，每个分别扣10分、5分、3分', 30, '无', 30, 'composite'],
  ['在省、市级刊物发表1篇分别加1分和0.5分，最多不超过5分', 5, '省级2篇，市级1篇', 2.5, 'composite'],
  ['未成立的扣2分；工作无计划、无措施、无总结的分别扣1分', 8, '无计划，无总结', 6, 'composite'],
  ['未成立的扣2分；工作无计划、无措施、无总结的分别扣1分', 8, '未成立，无措施', 5, 'composite'],
  // an ordinal names which one (`第一起…扣5分` is no step per fire); `以此类推` is scoring left unwritten
  ['第一起森林火灾扣5分', 5, '第一起森林火灾', 0, 'composite'],
  ['考核结果为优秀、良好、合格的分别得3分、2分、1分，不合格不得分', 3, '良好', 2, 'grade'],
  // a bonus without 每 is given once; a second is not written
  ['获得国家级、省级表彰的，分别加3分、2分，最多加3分', 3, '省级', 2, 'composite'],
  ['获得国家级、省级表彰的，分别加3分、2分，最多加3分', 3, '国家级，省级', 3, 'composite'],
  ['获得国家级、省级表彰的，分别加3分、2分，最多加3分', 3, '省级2项', null, 'composite'],
  // `每项扣1分` / `各扣1分` right after a list is each of its items
  ['组织不到位扣2分，工作无计划、无检查、无总结，每项扣1分', 5, '无检查、无总结', 3, 'composite'],
  ['组织不到位扣2分，工作无计划、无检查、无总结，每项扣1分', 5, '组织不到位，无计划', 2, 'composite'],
  // lists and amounts that do not pair one to one are not guessed at
  ['A、B分别得5分、3分、1分', 5, 'A', null, 'manual'],
];

const BONUS: Case[] = [
  // points per thing, with 每, accumulate as a bonus does
  ['被县级采用的每条得0.2分，被市级采用的每条得0.5分，最高3分', 3, '县级5条，市级2条', 2, 'composite'],
  ['每完成1项得2分，最多得6分', 6, '2项', 4, 'bonus'],
  ['每被采用1条信息得0.5分，最高得5分', 5, '12条', 5, 'bonus'],
  ['获表彰的每项加1分，加分最高不超过3分', 3, '5', 3, 'bonus'],
  // `得分` alone after a condition met is the weight; alone after words it is no outcome
  ['各村防疫工作经费2000元以上得分，否则不得分', 2, '2500元', 2, 'bands'],
  ['各村防疫工作经费2000元以上得分，否则不得分', 2, '1500元', 0, 'bands'],
  ['根据完成情况得分', 2, '完成', null, 'manual'],
  // `以3分为限` caps the bonus
  ['接受委托补充耕地的单位，每完成1000亩，加0.1分，以3分为限', 3, '8000亩', 0.8, 'bonus'],
  // bonuses named by their words, each counted in the answer
  ['获国家级表彰的每项加2分，获省级表彰的每项加1分，加分最高不超过3分', 3, '国家级1项', 2, 'composite'],
  [
    '获国家级表彰的每项加2分，获省级表彰的每项加1分，加分最高不超过3分',
    3,
    '国家级1项，省级2项',
    3,
    'composite',
  ],
  ['获国家级表彰的每项加2分，获省级表彰的每项加1分，加分最高不超过3分', 3, '无', 0, 'composite'],
  ['获国家级表彰的每项加2分，获省级表彰的每项加1分，加分最高不超过3分', 3, '2', null, 'composite'],
  ['每获一项省级表彰加1分，加满3分为止', 3, '2项', 2, 'bonus'],
  ['每获一项省级表彰加1分，加满3分为止', 3, '5', 3, 'bonus'],
  ['每获一项省级表彰加1分，加满3分为止', 3, '0', 0, 'bonus'],
  ['每开展一项加2分，最高不超过4分', 4, '1', 2, 'bonus'],
  ['每开展一项加2分，最高不超过4分', 4, '3', 4, 'bonus'],
  // the total after points per thing is the bonus's limit
  ['积极配合信息约稿、素材提供,加0.1分/次,累计不超过1分。', 1, '3次', 0.3, 'bonus'],
  ['积极配合信息约稿、素材提供,加0.1分/次,累计不超过1分。', 1, '15次', 1, 'bonus'],
  ['有一篇加0.1分,但累计不超过2分。以信息登载为依据。', 2, '25篇', 2, 'bonus'],
  // what each bonus is for, named by the words before `一次加N分` / `加2分/个`; once without 每 or a limit
  [
    '受到国家表彰的,一次加3分,受到省(部)级表彰的,一次加2分,受到市(厅)级表彰的,一次加1分。以表彰决定为依据。',
    10,
    '省级表彰1次，市级表彰1次',
    3,
    'composite',
  ],
  [
    '受到国家表彰的,一次加3分,受到省(部)级表彰的,一次加2分,受到市(厅)级表彰的,一次加1分。以表彰决定为依据。',
    10,
    '市级表彰2次',
    null,
    'composite',
  ],
  [
    '列入双百项目库的,加2分/个;列入千项万亿项目库的,加3分/个。累计不超过6分。',
    6,
    '千项万亿项目库1个，双百项目库1个',
    5,
    'composite',
  ],
  [
    '列入双百项目库的,加2分/个;列入千项万亿项目库的,加3分/个。累计不超过6分。',
    6,
    '千项万亿项目库2个，双百项目库2个',
    6,
    'composite',
  ],
  ['每做到一项得0.5分。', 2, '均未做到', 0, 'bonus'],
];

const MINIMUM: Case[] = [
  // a shortfall in the rule's own unit is the minimum less that many; more than the minimum is not read
  ['全年组织培训不少于2次，每少1次扣1分', 2, '少1次', 1, 'linear'],
  ['全年组织培训不少于2次，每少1次扣1分', 2, '缺0次', 2, 'linear'],
  ['全年组织培训不少于2次，每少1次扣1分', 2, '少3次', null, 'linear'],
  ['全年组织培训不少于2次，每少1次扣1分', 2, '少1天', null, 'linear'],
  ['全年完成植树造林面积500亩，得5分；每少完成10亩扣0.1分', 5, '少完成50亩', 4.5, 'linear'],
  // a year's frequency is the year's total; a quarter's is not written as one
  ['按时召开村民代表大会，每年不少于2次，每少一次扣1分', 2, '1次', 1, 'linear'],
  ['每季度召开会议不少于1次，每少一次扣1分', 2, '3次', null, 'perissue'],
  ['全年督查不少于4次，每少1次扣0.5分', 2, '4', 2, 'linear'],
  ['全年督查不少于4次，每少1次扣0.5分', 2, '5次', 2, 'linear'],
  ['全年督查不少于4次，每少1次扣0.5分', 2, '3', 1.5, 'linear'],
  ['全年督查不少于4次，每少1次扣0.5分', 2, '0', 0, 'linear'],
  ['公告期不少于5个工作日，得1分', 1, '5个工作日', 1, 'bands'],
  ['公告期不少于5个工作日，得1分', 1, '3个工作日', 0, 'bands'],
];

const RANK: Case[] = [
  ['第1名至第5名依次得60、57、54、51、48分', 60, '第3名', 54, 'rank'],
  ['第1名至第5名依次得60、57、54、51、48分', 60, '1', 60, 'rank'],
  ['第1名至第5名依次得60、57、54、51、48分', 60, '第5名', 48, 'rank'],
];

const FILLER: Case[] = [
  // the counted thing named after the count, with the self word run into it
  ['项目4分，全年新增低于5个项目本项不计分', 4, '4个', 0, 'bands'],
  ['项目4分，全年新增低于5个项目本项不计分', 4, '6个', 4, 'bands'],
  ['全年新增低于5个未整改项目的不计分', 4, '6个', null, 'manual'],
  // a bracket whose only numbers are a date is read past; one holding a condition is not
  ['预算执行率≥95%（以2023年12月31日数据为准），得3分；每降低1个百分点扣0.5分', 3, '93%', 2, 'linear'],
  ['预算执行率（截至12月31日）≥95%，得3分；每降低1个百分点扣0.5分', 3, '93%', 2, 'linear'],
  ['满意度≥90%（抽样调查不少于100份），得5分；每降低1个百分点扣0.5分', 5, '88%', null, 'manual'],
  ['预算执行率≥95%（含90%结转资金），得3分；每降低1个百分点扣0.5分', 3, '93%', null, 'manual'],
  // a heading naming the text itself
  ['评分标准：资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  ['考核办法:资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  // a 细则's section number opening the text is not a number of the rule; a range there is
  ['1.2.3资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  ['3-1 资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  ['第十条 资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  ['B、资金到位率100%的，得5分；每低1个百分点扣0.5分', 5, '98%', 4, 'linear'],
  ['3-5得2分', 2, '4', 2, 'bands'],
  ['3-5个得2分，5个以上得3分', 3, '4个', 2, 'bands'],
  ['乡镇干部中40岁以下的占比不低于30%，得2分', 2, '35%', 2, 'bands'],
  ['乡镇干部中40岁以下的占比不低于30%，得2分', 2, '25%', 0, 'bands'],
  ['资金到位率达到100%的得满分（2分），每降低1个百分点扣0.1分', 2, '97%', 1.7, 'linear'],
  ['95-100%：4分；85-95%：2分；85%以下：0分', 4, '97%', 4, 'bands'],
  ['95-100%：4分；85-95%：2分；85%以下：0分', 4, '95%', 4, 'bands'],
  ['95-100%：4分；85-95%：2分；85%以下：0分', 4, '90%', 2, 'bands'],
  ['95-100%：4分；85-95%：2分；85%以下：0分', 4, '80%', 0, 'bands'],
  ['2023年度预算执行率≥95%得3分，每降低1个百分点扣0.5分', 3, '93%', 2, 'linear'],
  [
    '按照《预算绩效管理办法》（财预〔2020〕10号）要求，预算执行率≥95%得3分，低于95%不得分',
    3,
    '96%',
    3,
    'bands',
  ],
];

const JUDGEMENT: Case[] = [
  ['按完成进度得分', 5, '', null, 'manual'],
  ['视效果评分', 5, '良好', null, 'manual'],
  ['按年度工作任务完成情况评分', 10, '完成', null, 'manual'],
  ['酌情扣分', 3, '1', null, 'manual'],
  ['根据工作完成质量综合打分', 4, '好', null, 'manual'],
  // (full marks stated, the shortfall judged: an answer meeting them is scored, one short of them is the person's)
  ['按时完成得2分，未按时完成的视情况扣分', 2, '按时完成', 2, 'checklist'],
  ['按时完成得2分，未按时完成的视情况扣分', 2, '未按时完成', null, 'checklist'],
  ['预算执行率≥95%得满分；存在违规的相应扣分', 3, '96%', null, 'manual'],
  // the case short of a standard losing points, how many not said, is judged as 酌情扣分 is (never read past)
  ['制度健全得2分，执行不到位的扣分', 2, '是', null, 'manual'],
  ['按时完成得满分，未按时完成的减分', 2, '否', null, 'checklist'],
];

/** One extra number or clause the engine cannot use must leave the row to the person. */
const UNACCOUNTED: Case[] = [
  ['完成率≥90%得3分，其中重点项目完成率须达到100%', 3, '95%', null, 'manual'],
  ['每发现一处问题扣1分；连续两年出现的加倍扣分', 3, '1', null, 'manual'],
  ['预算执行率≥95%得3分；每降低5%扣1分；连续两年低于80%的扣3分', 3, '92%', null, 'manual'],
  ['①制度健全，得1分；②执行有效，得1分；另有3项以上创新举措的加1分', 3, '①②', null, 'manual'],
  ['满意度≥90%得满分，80%-90%得3分，每低1个百分点扣0.2分', 5, '85%', null, 'manual'],
  ['资金到位率100%得4分，到位及时率100%得2分', 6, '100%', null, 'manual'],
  ['完成率达到100%得5分，完成率90%-100%得3分，样本量不少于200份', 5, '95%', null, 'manual'],
  ['执行率≥95%得满分，每降低1%扣0.5分，情节严重的扣除全部分数', 3, '96%', null, 'manual'],
  ['①制度健全，得1分；②执行有效，得1分；有违规的另行扣分', 2, '①②', null, 'manual'],
  ['成本控制在预算以内得满分，超出的按超出比例扣分', 2, '否', null, 'manual'],
];

/** Common 部门整体支出 phrasings around the families: else chains, items worth the same, definitions in words. */
const PHRASINGS: Case[] = [
  ['核销率达到100%得满分，未达到的按完成比例得分', 4, '75%', 3, 'bands'],
  ['核销率达到100%得满分，否则按完成比例得分', 4, '100%', 4, 'bands'],
  ['①制度健全；②执行有效；③档案完整。全部满足得满分，每有一项不满足扣1分', 3, '①③', 2, 'checklist'],
  ['①制度健全；②执行有效；③档案完整。以上三项每项1分，不符合的不得分', 3, '②', 1, 'checklist'],
  ['①制度健全；②执行有效；③档案完整。以上三项每项1分，不符合的不得分', 3, '全部', 3, 'checklist'],
  ['①立项依据充分；②程序规范；③与职责相符。以上各项，每项1分', 3, '①③', 2, 'checklist'],
  [
    '完成率=实际产出数/计划产出数×100%。得分=完成率×分值，完成率大于100%的，按100%计算',
    4,
    '120%',
    4,
    'proportional',
  ],
  ['每出现一次违规行为扣1分，本项分值扣完为止', 3, '2', 1, 'perissue'],
  ['以95%为标准，每降低1个百分点扣0.1分，扣完为止', 2, '90%', 1.5, 'linear'],
  ['支出率≥90%，得2分；支出率<90%，得分=支出率/90%×2', 2, '81%', 1.8, 'bands'],
  ['支出率≥90%，得2分；支出率<90%，得分=到位率/90%×2', 2, '81%', null, 'manual'],
  ['一档得10分，二档得8分，三档得6分', 10, '二档', 8, 'grade'],
  // a level defined by a test score, answered by the level
  [
    '优秀（90分以上）得5分，良好（80-89分）得4分，合格（60-79分）得3分，不合格（60分以下）不得分',
    5,
    '良好',
    4,
    'grade',
  ],
  [
    '优秀（90分以上）得5分，良好（80-89分）得4分，合格（60-79分）得3分，不合格（60分以下）不得分',
    5,
    '85',
    null,
    'grade',
  ],
  ['一档得10分，二档得8分，三档得6分', 10, '①②', null, 'grade'],
  // the count the text gives must be the number listed
  ['①制度健全；②执行有效。以上三项每项1分，不符合的不得分', 3, '①', null, 'manual'],
  ['合格率≥98%得满分；95%≤合格率<98%，得分=分值×60%；合格率<95%不得分', 5, '96%', 3, 'bands'],
  ['合格率≥98%得满分；95%≤合格率<98%，得分=分值×60%；合格率<95%不得分', 5, '99%', 5, 'bands'],
  ['偏差率以|决算数-预算数|/预算数×100%计算。偏差率≤5%得满分，每超过1%扣0.5分', 4, '7%', 3, 'linear'],
  ['台账登记完整、及时，得3分；登记基本完整，得1分；否则不得分', 3, '登记基本完整', 1, 'grade'],
  ['台账登记完整、及时，得3分；登记基本完整，得1分；否则不得分', 3, '否', 0, 'grade'],
  ['台账登记完整、及时，得3分；登记基本完整，得1分；否则不得分', 3, '完整', null, 'grade'],
  ['①台账完整，1分；②记录规范，1分；③归档及时，1分，每少一项扣1分，扣完为止', 3, '①③', 2, 'checklist'],
  ['①台账完整，1分；②记录规范，2分，每少一项扣1分，扣完为止', 3, '①', null, 'manual'],
  // bands on a delay beside the on-time state; a delay in another unit is refused, never misread
  ['按期完成计3分，延期2个月以内计2分，延期2个月以上不计分', 3, '按期', 3, 'bands'],
  ['按期完成计3分，延期2个月以内计2分，延期2个月以上不计分', 3, '延期1个月', 2, 'bands'],
  ['按期完成计3分，延期2个月以内计2分，延期2个月以上不计分', 3, '延期3个月', 0, 'bands'],
  ['按期完成计3分，延期2个月以内计2分，延期2个月以上不计分', 3, '延期45天', null, 'bands'],
  ['每延期一个月扣1分，扣完为止', 3, '延期20天', null, 'deadline'],
  ['每延期一个月扣1分，扣完为止', 3, '延期2月', 1, 'deadline'],
  ['每延期一个月扣1分，扣完为止', 3, '提前1个月', 3, 'deadline'],
  ['按时完成得满分；延期的，每延期一个月扣1分；延期3个月以上的不得分', 5, '延期2个月', 3, 'deadline'],
  ['按时完成得满分；延期的，每延期一个月扣1分；延期3个月以上的不得分', 5, '延期3个月', 0, 'deadline'],
  // an early finish below 0, a spread either way around the deadline
  [
    '提前验收5天以上得4分；按计划验收±5天(含5天)得3分；延期5至10天(含10天)得1分；延期10天以上不得分',
    4,
    '提前6天',
    4,
    'bands',
  ],
  [
    '提前验收5天以上得4分；按计划验收±5天(含5天)得3分；延期5至10天(含10天)得1分；延期10天以上不得分',
    4,
    '提前5天',
    3,
    'bands',
  ],
  [
    '提前验收5天以上得4分；按计划验收±5天(含5天)得3分；延期5至10天(含10天)得1分；延期10天以上不得分',
    4,
    '按时',
    3,
    'bands',
  ],
  [
    '提前验收5天以上得4分；按计划验收±5天(含5天)得3分；延期5至10天(含10天)得1分；延期10天以上不得分',
    4,
    '延期8天',
    1,
    'bands',
  ],
  [
    '提前验收5天以上得4分；按计划验收±5天(含5天)得3分；延期5至10天(含10天)得1分；延期10天以上不得分',
    4,
    '延期12天',
    0,
    'bands',
  ],
  ['按期完成计3分，延期2个月以内计2分，延期2个月以上不计分', 3, '提前1个月', 3, 'bands'],
  // tiers of a delay that deduct: on time deducts nothing
  ['迟交1天扣1分，迟交2天扣3分，迟交3天及以上扣5分', 5, '按时', 5, 'bands'],
  ['迟交1天扣1分，迟交2天扣3分，迟交3天及以上扣5分', 5, '迟交2天', 2, 'bands'],
  ['迟交1天扣1分，迟交2天扣3分，迟交3天及以上扣5分', 5, '迟交7天', 0, 'bands'],
  ['迟交1天扣1分，迟交2天扣3分，迟交3天及以上扣5分', 5, '迟交1周', null, 'bands'],
  // the side a step deducts on, stated instead of the full-marks side
  ['办结率未达到100%的，每少一个百分点扣0.5分', 5, '97%', 3.5, 'linear'],
  ['按期办结率未达到95%以上(含)的，每少一个百分点扣0.5分', 5, '93%', 4, 'linear'],
  // two measures in one rule: each scored from full marks, what each loses summed
  [
    '办结率未达到100%的，每少一个百分点扣0.5分；按期办结率未达到95%的，每少一个百分点扣1分',
    5,
    '办结率99%，按期办结率94%',
    3.5,
    'composite',
  ],
  [
    '办结率未达到100%的，每少一个百分点扣0.5分；按期办结率未达到95%的，每少一个百分点扣1分',
    5,
    '按期办结率90%，办结率90%',
    0,
    'composite',
  ],
  [
    '办结率未达到100%的，每少一个百分点扣0.5分；按期办结率未达到95%的，每少一个百分点扣1分',
    5,
    '99%',
    null,
    'composite',
  ],
  [
    '办结率未达到100%的，每少一个百分点扣0.5分；按期办结率未达到95%的，每少一个百分点扣1分',
    5,
    '办结率99%',
    null,
    'composite',
  ],
  ['执行率在95%-105%之间的得满分，超出或不足的每1个百分点扣0.5分', 5, '90%', 2.5, 'twosided'],
  ['执行率在95%-105%之间的得满分，超出或不足的每1个百分点扣0.5分', 5, '108%', 3.5, 'twosided'],
  ['每个项目都有完整的档案资料得满分，每缺少一个项目档案扣0.5分', 3, '2', 2, 'perissue'],
  ['人均培训时长≥40学时得满分，每少4学时扣0.5分', 2, '36学时', 1.5, 'linear'],
  ['项目完工率达100%的，给3分；达90%的，给2分；低于90%的，不给分', 3, '95%', 2, 'bands'],
  ['完成年度任务的得满分；完成任务80%以上的得60%分值；80%以下的不得分', 5, '85%', 3, 'bands'],
  ['完成年度任务的得满分；完成任务80%以上的得60%分值；80%以下的不得分', 5, '100%', 5, 'bands'],
  ['基本完成年度任务的得满分；完成任务80%以上的得60%分值；80%以下的不得分', 5, '100%', null, 'manual'],
  // the whole done and one band: below the band is not written, so not 0
  ['完成(5分)完成80%以上(4分)', 5, '70%', null, 'bands'],
  // a percentage is never the amount a quantity rule counts
  ['经费投入10万元以上得5分，5万元至10万元得3分，5万元以下不得分', 5, '约95%', null, 'bands'],
  ['全年研究工作4次以上的得10分', 10, '95%以上', null, 'bands'],
  ['全年研究工作4次以上的得10分', 10, '5次', 10, 'bands'],
  // a count per period is a frequency, not a total to reach
  ['每月召开一次例会的得满分，每少开一次扣0.5分', 2, '1', 1.5, 'perissue'],
  // intervals written as in mathematics
  ['执行率（90%，100%]得满分；[80%，90%]得3分；80%以下不得分', 5, '90%', 3, 'bands'],
  ['执行率（90%，100%]得满分；[80%，90%]得3分；80%以下不得分', 5, '90.5%', 5, 'bands'],
  ['执行率（90%，100%]得满分；[80%，90%]得3分；80%以下不得分', 5, '79%', 0, 'bands'],
  ['执行率（90%，100%]得满分；[80%，90%]得3分；80%以下不得分', 5, '①', null, 'bands'],
  // a spread either way without 以内 is still a bound on the distance
  ['偏差率±5%(含5%)得满分，超出的不得分', 2, '-4%', 2, 'bands'],
  // a comparator repeated by 以上 around a mark; a value stated as a share of the plan
  ['合格率达到95%（含）以上的，得4分；85%（含）-95%的，得2分；85%以下的，不得分', 4, '95%', 4, 'bands'],
  ['合格率达到95%（含）以上的，得4分；85%（含）-95%的，得2分；85%以下的，不得分', 4, '90%', 2, 'bands'],
  ['合格率达到95%（不含）以上的，得4分；85%（含）-95%的，得2分', 4, '96%', null, 'manual'],
  [
    '完成量≥计划量的100%得满分；完成量在计划量的60%-100%之间按比例得分；60%以下不得分',
    4,
    '90%',
    3.6,
    'bands',
  ],
  ['完成量≥计划量的100%得满分；完成量在计划量的60%-100%之间按比例得分；60%以下不得分', 4, '50%', 0, 'bands'],
];

/** Parts and states named in words, and answers that name them (or count them) in words. */
const IN_WORDS: Case[] = [
  // alternatives ending in a span of points are a scale, not items to add up
  [
    '全面达到设计要求(6分)较好达到设计要求(4分)达到情况一般(2分)达到情况较差(1分到0分)',
    6,
    '较好达到设计要求',
    4,
    'grade',
  ],
  [
    '全面达到设计要求(6分)较好达到设计要求(4分)达到情况一般(2分)达到情况较差(1分到0分)',
    6,
    '达到情况一般',
    2,
    'grade',
  ],
  [
    '全面达到设计要求(6分)较好达到设计要求(4分)达到情况一般(2分)达到情况较差(1分到0分)',
    6,
    '达到情况较差',
    null,
    'grade',
  ],
  // items with their points, and a step that restates what each costs; a count of those missed
  ['台账完整(1分)；记录规范(1分)；归档及时(1分)。不符合要求的每一项扣1分', 3, '少1项', 2, 'checklist'],
  ['台账完整(1分)；记录规范(1分)；归档及时(1分)。不符合要求的每一项扣1分', 3, '①③', 2, 'checklist'],
  ['台账完整(1分)；记录规范(1分)；归档及时(1分)。不符合要求的每一项扣1分', 3, '全部未达到', 0, 'checklist'],
  ['台账完整(1分)；记录规范(2分)。不符合要求的每一项扣1分', 3, '全部', null, 'manual'],
  ['办公室运转正常(3 分)，人员及时更新(2 分)', 5, '运转正常', 3, 'checklist'],
  ['①台账完整；②记录规范；③归档及时。每少一项扣1分', 3, '缺2项', 1, 'checklist'],
  ['①台账完整；②记录规范；③归档及时。每少一项扣1分', 3, '缺4项', null, 'checklist'],
  // a verb run into its way (`缺席`), an answer that negates a fault (`无迟报`)
  ['按时参加例会计3分，每缺席一次扣1分，每迟报数据一次扣0.5分', 3, '缺席2次', 1, 'composite'],
  ['按时参加例会计3分，每缺席一次扣1分，每迟报数据一次扣0.5分', 3, '缺席1次，无迟报', 2, 'composite'],
  ['按时参加例会计3分，每缺席一次扣1分，每迟报数据一次扣0.5分', 3, '2', null, 'composite'],
  // yes/no to the one requirement a single fault denies
  ['未建立工作台账的，扣2分', 3, '否', 1, 'composite'],
  ['未建立工作台账的，扣2分', 3, '是', 3, 'composite'],
  ['未建立工作台账的，扣2分', 3, '符合要求', 3, 'composite'],
  // beside bands on a rate, the state named as the whole done is 100%; a topic heading states the weight
  ['任务全部完成(8分)完成率在80%以上(5分到7分)完成率不足80%(4分到0分)', 8, '100%', 8, 'bands'],
  ['任务全部完成(8分)完成率在80%以上(5分到7分)完成率不足80%(4分到0分)', 8, '90%', null, 'bands'],
  ['任务基本完成(8分)完成率在80%以上(5分到7分)完成率不足80%(4分到0分)', 8, '100%', null, 'manual'],
  ['目标完成情况(4分)完成(4分)完成80%以上(3分)完成80%以下(0分)', 4, '82%', 3, 'bands'],
  ['目标完成情况(4分)完成(4分)完成80%以上(3分)完成80%以下(0分)', 4, '100%', 4, 'bands'],
  ['目标完成情况(4分)完成(4分)完成80%以上(3分)完成80%以下(0分)', 5, '100%', null, 'manual'],
  // a limit belongs to the fault written before it; a shortfall's verb before the count
  [
    '未建台账的，少1本扣1分，最高扣2分；未按时上报的，每少1次扣1分，最高扣2分',
    4,
    '台账少3本',
    2,
    'composite',
  ],
  [
    '未建台账的，少1本扣1分，最高扣2分；未按时上报的，每少1次扣1分，最高扣2分',
    4,
    '台账少3本，上报少3次',
    0,
    'composite',
  ],
  [
    '未建台账的，少1本扣1分，最高扣2分；未按时上报的，每少1次扣1分，最高扣2分',
    4,
    '上报少1次',
    3,
    'composite',
  ],
  ['未建台账的扣1分；未按时上报的每次扣1分，最多扣2分', 4, '未建台账，未按时上报3次', 2, 'composite'],
  // a negation that stands elsewhere in the fault's words
  ['没有宣传到位的每次扣1分；因巡查不力发生火情的每次扣2分', 5, '宣传不到位2次', 3, 'composite'],
  // words that hold a numeral or a degree are not counts or faults
  ['每发现一处问题扣1分，扣完为止', 5, '一般偏上', null, 'perissue'],
  ['每发现一处问题扣1分，扣完为止', 5, '三处', 2, 'perissue'],
  // a sign, an ordinal, a bound or a half is not how many
  ...['-2', '第2', '2处以上', '不少于3处', '1个半'].map((x): Case => [
    '每发现一处问题扣1分，扣完为止',
    5,
    x,
    null,
    'perissue',
  ]),
  ...['-2', '1.5次', '第2', '3次及以上'].map((x): Case => [
    '全年研究工作4次以上的得10分',
    10,
    x,
    null,
    'bands',
  ]),
  ['管理体制不顺畅扣2分；内部事企不分扣1分；未建立激励机制扣2分', 5, '部分', null, 'composite'],
  ['管理体制不顺畅扣2分；内部事企不分扣1分；未建立激励机制扣2分', 5, '全年100%', null, 'composite'],
  ['管理体制不顺畅扣2分；内部事企不分扣1分；未建立激励机制扣2分', 5, '都有问题', null, 'composite'],
  ['管理体制不顺畅扣2分；内部事企不分扣1分；未建立激励机制扣2分', 5, '均已落实', 5, 'composite'],
  ['未对引用文件的部分进行处理的扣2分；未及时公开的扣2分', 4, '部分', null, 'composite'],
  // the requirement restated before a fault does not name the fault: its opposite words deny it
  ['每月核对账目，确保账实相符，账实不符扣1分；白条抵库每张扣0.2分', 3, '账实相符', 3, 'composite'],
  ['每月核对账目，确保账实相符，账实不符扣1分；白条抵库每张扣0.2分', 3, '白条抵库2张', 2.6, 'composite'],
  // words announcing the step that says the amount are not a deduction of their own
  ['按检查中发现的问题进行扣分，每发现一处问题扣0.5分，扣完为止', 3, '2', 2, 'perissue'],
  // (a bonus announced before the bonus step that says it; a bonus announced before a deduction is not)
  ['按时完成上级交办的临时任务给予加分，每项任务加2分。', 5, '完成2项', 4, 'bonus'],
  ['按时完成上级交办的临时任务给予加分，每项任务加2分。', 5, '完成3项', 5, 'bonus'],
  ['未按时完成上级交办的临时任务给予加分，每项任务扣2分。', 5, '2项', null, 'manual'],
  // a run of a question that asks one thing answers yes; a question of several things is not answered so
  ['项目县每周报送市站项目动态表的计2分,否则计0分。', 2, '每周报送', 2, 'checklist'],
  ['项目县每周报送市站项目动态表并按月汇总的计2分,否则计0分。', 2, '每周报送', null, 'checklist'],
  // a yes worth less than the row leaves the rest unwritten
  ['列入预算且有凭证的得1分。', 2, '列入预算且有凭证', null, 'manual'],
  ['列入预算且有凭证的得2分。', 2, '列入预算且有凭证', 2, 'checklist'],
  // every requirement of a yes/no met, in words
  ['规章制度健全,有分管领导、责任科室、有专(兼)职人员得5分。', 5, '全部具备', 5, 'checklist'],
];

/** Breaches counted against a standard stated with numbers, and answers naming faults loosely. */
/** Conditions written in two units of money are compared in one (8000万元 fell in `5000万元以下`). */
const UNITS: Case[] = [
  ['招商引资到位资金1亿元以上得10分，5000万元-1亿元得6分，5000万元以下得3分', 10, '8000万元', 6, 'bands'],
  ['招商引资到位资金1亿元以上得10分，5000万元-1亿元得6分，5000万元以下得3分', 10, '1.2亿', 10, 'bands'],
  ['招商引资到位资金1亿元以上得10分，5000万元-1亿元得6分，5000万元以下得3分', 10, '4000万元', 3, 'bands'],
  ['村集体经济收入达到10万元以上的得5分，5-10万元的得3分，5万元以下的得1分', 5, '80000元', 3, 'bands'],
];

/** A negative value for a measure named as a fall may mean a fall or a rise: left to the person. */
const FALLS: Case[] = [
  ['公用经费较上年下降5%以上得满分，下降3%-5%得2分，下降3%以下不得分', 3, '-6%', null, 'bands'],
  ['公用经费较上年下降5%以上得满分，下降3%-5%得2分，下降3%以下不得分', 3, '下降6%', 3, 'bands'],
  ['能耗下降率≥3%得4分，每低0.1个百分点扣0.2分', 4, '-3.5%', null, 'linear'],
  ['“三公经费”变动率≤0，计3分；每超过一个百分点扣0.3分', 3, '-2%', 3, 'linear'],
];

/** Cost kept inside the budget, beside conditions on the overrun. */
const OVERRUN: Case[] = [
  ['实际成本控制在预算以内，得3分；超出预算5%以内，得2分；超出预算5%以上，不得分', 3, '超出3%', 2, 'bands'],
  ['实际成本控制在预算以内，得3分；超出预算5%以内，得2分；超出预算5%以上，不得分', 3, '0%', 3, 'bands'],
  ['实际成本控制在预算以内，得3分；超出预算5%以内，得2分；超出预算5%以上，不得分', 3, '7%', 0, 'bands'],
  [
    '实际成本控制在预算以内，得3分；超出预算5%以内，得2分；超出预算5%以上，不得分',
    3,
    '控制在预算以内',
    3,
    'bands',
  ],
  ['产出成本控制在预算范围内，得3分；超出预算的，每超出1%扣0.5分', 3, '超出2%', 2, 'linear'],
  ['产出成本控制在预算范围内，得3分；超出预算的，每超出1%扣0.5分', 3, '未超出预算', 3, 'linear'],
  // a rate labelled with the measure's own words reads; with other words it does not
  ['预算执行率≥95%，得3分；每降低1%扣0.5分', 3, '执行率92%', 1.5, 'linear'],
  ['预算执行率≥95%，得3分；每降低1%扣0.5分', 3, '上年92%', null, 'linear'],
  // a share of full marks; the task not done, glued to its share
  ['受益对象满意度≥90%，得满分；80%≤满意度<90%，得满分的80%；满意度<80%，不得分', 5, '85%', 4, 'bands'],
  ['年度绩效目标完成情况，完成得满分，未完成按完成比例得分', 5, '80%', 4, 'proportional'],
  // the whole done earns the row's worth stated in points, which must be the weight
  ['完成招商引资任务的得20分，未完成的按完成比例得分', 20, '75%', 15, 'proportional'],
  ['完成招商引资任务的得20分，未完成的按完成比例得分', 10, '75%', null, 'manual'],
];

const STANDARDS_AND_FAULTS: Case[] = [
  // a step counted from the standard it restates; another value there is not the standard
  ['资金到位率达100%的，得满分；每低于100%一个百分点，扣0.1分', 2, '95%', 1.5, 'linear'],
  ['每低于100%一个百分点，扣0.1分，扣完为止', 2, '95%', 1.5, 'linear'],
  ['资金到位率达100%的，得满分；每低于90%一个百分点，扣0.1分', 2, '95%', null, 'manual'],
  ['发现问题每低于100%一个百分点扣0.1分；每发现一处问题扣1分', 2, '1', null, 'manual'],
  // reaching a range is being in it; `否则不得分` is the answer no
  ['完成率达到100%的，得4分；达到90%（含）-100%的，得3分；低于90%的，不得分', 4, '92%', 3, 'bands'],
  ['已制定预算管理制度、财务管理制度等，计1分；否则不得分', 1, '否', 0, 'checklist'],
  // kinds a per-item rule lists, named in the answer; a denial of the clean result is an issue
  [
    '信息公开及时、准确、完整，得2分；信息公开不及时、不准确或不完整的，每项扣0.5分',
    2,
    '不及时，不完整',
    1,
    'perissue',
  ],
  [
    '信息公开及时、准确、完整，得2分；信息公开不及时、不准确或不完整的，每项扣0.5分',
    2,
    '不准确',
    1.5,
    'perissue',
  ],
  [
    '信息公开及时、准确、完整，得2分；信息公开不及时、不准确或不完整的，每项扣0.5分',
    2,
    '及时、准确、完整',
    2,
    'perissue',
  ],
  [
    '信息公开及时、准确、完整，得2分；信息公开不及时、不准确或不完整的，每项扣0.5分',
    2,
    '内容错误',
    null,
    'perissue',
  ],
  // the standard's numbers say what counts as a breach; the count scores
  ['每季度抽查10户，查看台账登记情况。每有一户台账不全扣1分，扣完为止', 5, '2', 3, 'perissue'],
  ['每季度抽查10户，查看台账登记情况。每有一户台账不全扣1分，扣完为止', 5, '0', 5, 'perissue'],
  ['每月检查2次，每次抽查5份档案，发现一份不合格扣0.5分，扣完为止', 3, '1份', 2.5, 'perissue'],
  ['按时完成年度总结报送工作。未按时报送扣2分；内容不完整扣1分', 3, '内容不完整', 2, 'composite'],
  // a sentence that computes is no standard; scoring words in a condition's tail or `每项` alone are
  // never read past
  ['按50%折算。每发现一处问题扣1分，扣完为止', 5, '1', null, 'manual'],
  ['年终考核占40%，日常考核占60%。每发现一处问题扣1分', 5, '1', null, 'manual'],
  ['以2次检查的平均值计算。未建立台账扣1分；记录不全扣1分', 2, '记录不全', null, 'manual'],
  ['超过3次的加倍扣分。每少1次会议扣1分', 4, '1', null, 'manual'],
  ['每项最多扣2分。每发现一处问题扣1分', 5, '3', null, 'manual'],
  // a sentence with a condition or points is not a standard; full marks at a count is no escalation
  ['抽查比例不低于20%，每发现一处问题扣1分', 5, '2', null, 'manual'],
  ['全年检查4次满分，每发现一处问题扣1分', 5, '2', null, 'manual'],
  // the step's own verb names its fault
  ['制度未公开，每少一项扣0.5分；档案不规范扣1分', 3, '少2项', 2, 'composite'],
  ['制度未公开，每少一项扣0.5分；档案不规范扣1分', 3, '少2项，档案不规范', 1, 'composite'],
  // one found, without 每 or a limit, says what one costs (corpus README): a second is not written
  ['台账未更新，发现一处扣0.5分；数据不准确，发现一处扣1分', 4, '数据不准确2处', null, 'composite'],
  ['台账未更新，发现一处扣0.5分；数据不准确，发现一处扣1分，扣完为止', 4, '数据不准确2处', 2, 'composite'],
  // one of a thing without 每 still counts each when the words before say each found, or it counts
  // households or people; found once (`发现一座扣一分`) prices one finding
  ['全年出勤率100%计30分，每查到未出勤的，一次扣5分', 30, '未出勤2次', 20, 'perissue'],
  ['未落实监管人员的一户扣5分，无监管牌的一户扣1分', 20, '无监管牌3户', 17, 'composite'],
  ['平毁辖区内坚固性坟头(30分，发现一座扣一分)', 30, '发现3座', null, 'perissue'],
  // `发生` leading an answer is the issue verb, as `发现` is
  [
    '责任区内无火灾，计20分。发生一般森林火灾一次扣5分，发生较大以上森林火灾一次扣10分',
    20,
    '发生一般森林火灾1次',
    15,
    'composite',
  ],
  // an absence is no shortfall: without 每 one is priced and a second is the person's (batches disagree)
  ['积极参加例会。缺席一次扣2分', 5, '缺席2次', null, 'perissue'],
  ['积极参加例会。缺席一次扣2分', 5, '缺席1次', 3, 'perissue'],
  ['台账未更新，发现一处扣0.5分；数据不准确，发现一处扣1分', 4, '未更新1处', 3.5, 'composite'],
  ['台账未更新，发现一处扣0.5分；数据不准确，发现一处扣1分', 4, '发现1处', null, 'composite'],
  // a count alone names the one fault there is only when it is counted, or once (`扣完为止`: deductions run
  // until the weight is gone, one per finding)
  ['路面积水的扣1分，扣完为止', 3, '发现1处', 2, 'composite'],
  ['路面积水的扣1分，扣完为止', 3, '发现2处', 1, 'composite'],
  ['路面积水的扣1分', 3, '发现2处', null, 'composite'],
  ['未按时完成任务的，该项不得分', 3, '2处、3处', null, 'composite'],
  // a step per day late beside other faults is one more fault, counted in days and only in days
  ['报表报送10分。每迟报一天扣1分；未按要求报送情况说明，一次扣2分', 10, '迟报2天', 8, 'composite'],
  [
    '报表报送10分。每迟报一天扣1分；未按要求报送情况说明，一次扣2分',
    10,
    '迟报2天，未报送说明1次',
    6,
    'composite',
  ],
  ['报表报送10分。每迟报一天扣1分；未按要求报送情况说明，一次扣2分', 10, '迟报2个月', null, 'composite'],
  ['报表报送10分。每迟报一天扣1分；未按要求报送情况说明，一次扣2分', 10, '迟报2次', null, 'composite'],
  // faults about the delay itself make a deadline's rule, not a list of faults; half a year is six months
  ['项目按期完工得3分，延期完工的，每延期一个月扣0.5分，延期半年以上不得分', 3, '延期2个月', 2, 'deadline'],
  ['项目按期完工得3分，延期完工的，每延期一个月扣0.5分，延期半年以上不得分', 3, '延期7个月', 0, 'deadline'],
  // a numbered clean result and a veto beside a per-issue step
  [
    '1.验收合格，且未发生投诉和通报的，得2分。2.每发生1次投诉扣0.5分，扣完为止；发生通报的，不得分',
    2,
    '投诉1次',
    1.5,
    'perissue',
  ],
  [
    '1.验收合格，且未发生投诉和通报的，得2分。2.每发生1次投诉扣0.5分，扣完为止；发生通报的，不得分',
    2,
    '发生通报',
    0,
    'perissue',
  ],
  // a one-character noun after 每 is what each deduction counts; a 每 is never part of a state's name
  ['配备保洁员。每发现一个村未配备保洁员扣1分，制度不健全的每村扣0.5分', 5, '2', null, 'composite'],
  [
    '配备保洁员。每发现一个村未配备保洁员扣1分，制度不健全的每村扣0.5分',
    5,
    '未配备保洁员2个村，制度不健全1村',
    2.5,
    'composite',
  ],
  // the whole done is the clean result a count of households or people falls short of
  ['贫困户危房改造完成率100%得6分，每少1户扣0.5分', 6, '少2户', 5, 'perissue'],
  ['贫困户危房改造完成率100%得6分，每少1户扣0.5分', 6, '98%', null, 'perissue'],
  ['村级班子成员年度考核合格率100%得3分，有1人不合格扣1分', 3, '1人不合格', 2, 'perissue'],
  ['按规定比例配备专职人员的，得2分；每少配备1人扣0.5分', 2, '少配备1人', 1.5, 'perissue'],
  ['网格员配备到位，每少一名扣0.2分', 1, '少2名', 0.6, 'perissue'],
  // listed parts that each earn the points
  ['有制度、有台账、有记录，各得1分', 3, '有制度、有台账', 2, 'checklist'],
  ['有制度、有台账、有记录，各得1分', 3, '全部', 3, 'checklist'],
  // a connective is not a fault's name; a numeral in words before a noun alone is no count
  ['每月未按时上报统计表扣12分，其中每少报1个月报表扣1分', 12, '少报3个月', 9, 'composite'],
  [
    '老协工作做到“四有”(有机构、有场所、有活动、有牌子)，达到要求的记5分，每缺一项不计分',
    5,
    '四有',
    5,
    'composite',
  ],
  // two faults holding the words nearly as tightly are not told apart by a character
  [
    '未执行积分制的扣5分；有积分制但未按时评比的扣4分，已评比未将评比结果张贴的扣3分',
    5,
    '未评比',
    null,
    'composite',
  ],
  // faults that cost the same: a bare number is how many were found
  ['标识不清，每处扣0.5分；设施破损，每处扣0.5分', 2, '3', 0.5, 'composite'],
  ['标识不清，每处扣0.5分；设施破损，每处扣0.5分', 2, '0', 2, 'composite'],
  ['标识不清，每处扣0.5分；设施破损，每处扣1分', 2, '3', null, 'composite'],
  ['未建立台账扣1分；记录不全扣1分', 2, '2', 0, 'composite'],
  ['未建立台账扣1分；记录不全扣1分', 2, '3', null, 'composite'],
  // a fault the rule prices once, counted twice: what the second costs is not written
  ['未建立台账扣1分；记录不全扣1分', 2, '未建立台账2次', null, 'composite'],
  // the fault's opposite words, and the standard restated, name no fault
  ['资料齐全，资料不全扣1分；未按时报送扣1分', 2, '资料齐全', 2, 'composite'],
  ['按时完成年度总结报送工作。未按时报送扣2分；内容不完整扣1分', 3, '按时完成年度总结报送', 3, 'composite'],
  // words that fit two faults name the one no other piece names
  [
    '问题整改不到位每处扣1分；重大问题整改不到位每处扣2分',
    6,
    '整改不到位1处，重大问题整改不到位1处',
    3,
    'composite',
  ],
  ['问题整改不到位每处扣1分；重大问题整改不到位每处扣2分', 6, '整改不到位1处', null, 'composite'],
  [
    '完成率未达到100%的，每少一个百分点扣0.5分；按期完成率未达到95%的，每少一个百分点扣0.5分',
    10,
    '完成率98%，按期完成率96%',
    9,
    'composite',
  ],
];

scoresAsListed([
  ['formula', FORMULA],
  ['proportional to a threshold', RELATIVE],
  ['a requirement met', REQUIREMENT_MET],
  ['window', WINDOW],
  ['a rate per period', RATE_PER_PERIOD],
  ['deduction as a share of the weight', SHARE],
  ['standards and loosely named faults', STANDARDS_AND_FAULTS],
  ['overrun of a budget', OVERRUN],
  ['units of money', UNITS],
  ['falls written with a sign', FALLS],
  ['negated conditions', NEGATED_CONDITIONS],
  ['the task done as 100%', COMPLETION],
  ['parts each a rule of its own', PARTS],
  ['levels', LEVELS],
  ['items with their own points', ITEMS],
  ['spans of points and baselines', SPANS_AND_BASELINES],
  ['per issue: veto, escalation, units, limits', PER_ISSUE],
  ['bonus', BONUS],
  ['分别: lists paired with amounts', RESPECTIVELY],
  ['minimum counts', MINIMUM],
  ['rank', RANK],
  ['filler around a rule', FILLER],
  ['judgement rules', JUDGEMENT],
  ['every number accounted for', UNACCOUNTED],
  ['answers in words', IN_WORDS],
  ['common phrasings', PHRASINGS],
]);

describe('a formula that names the 年度指标值', () => {
  const RULE = '得分=(实际到位资金额/时序目标任务)×分值';
  const withTarget = (input: string, target: string) =>
    scoreRule({
      rule: RULE,
      weight: new Decimal(20),
      input: { value: input },
      target: { value: target },
      settings: DEFAULT_SETTINGS,
    });

  it('takes the target from the 年度指标值 cell, in its unit', () => {
    expect(withTarget('3000万元', '5000万元').score?.toNumber()).toBe(12);
    expect(withTarget('2500万元', '1亿元').score?.toNumber()).toBe(5);
    expect(withTarget('6000万元', '5000万元').score?.toNumber()).toBe(20);
  });

  it('asks for the 年度指标值 when the row has none, instead of guessing', () => {
    const r = score(RULE, 20, '3000万元');
    expect(r.status).toBe('invalid-input');
    expect(r.score).toBeNull();
    expect(r.note).toContain('年度指标值');
  });
});

describe('the target met for the base, a bonus above it and a step below it', () => {
  const RULE =
    '完成得基本分，大于目标值的，每增加10万元加0.5分，加分至基本分值封顶；少于目标值的，每少10万元扣1分，扣分至基本分值扣完为止';
  const row = (input: string, target: string | null) =>
    scoreRule({
      rule: RULE,
      weight: new Decimal(5),
      input: { value: input },
      target: target === null ? null : { value: target },
      settings: DEFAULT_SETTINGS,
    });

  it('deducts below the 年度指标值, gives the base on it, leaves a bonus past the weight to the person', () => {
    expect(row('80万元', '100万元').score?.toNumber()).toBe(3);
    expect(row('100万元', '100万元').score?.toNumber()).toBe(5);
    expect(row('120万元', '100万元').score).toBeNull();
    expect(row('80万元', null).status).toBe('invalid-input');
  });
});

describe('steps and shares in percent of a 年度指标值 written as an amount', () => {
  const row = (rule: string, weight: number, input: string, target: string | null) =>
    scoreRule({
      rule,
      weight: new Decimal(weight),
      input: { value: input },
      target: target === null ? null : { value: target },
      settings: DEFAULT_SETTINGS,
    });
  const step = '完成或超额完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。';
  const share = '完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。';

  it('counts the step on the actual amount over the target, in any unit of money', () => {
    expect(row(step, 30, '9600万元', '1亿元').score?.toNumber()).toBe(28);
    expect(row(step, 30, '1.05亿元', '1亿元').score?.toNumber()).toBe(30);
    expect(row(step, 30, '9600万元', '1亿元').note).toContain('为年度指标值1亿元的96.00%');
    // without the target the amount says nothing of the rate
    expect(row(step, 30, '9600万元', null).score).toBeNull();
  });

  it('scores the share of the target done', () => {
    expect(row(share, 15, '8.5亿元', '10亿元').score?.toNumber()).toBe(12.75);
    expect(row(share, 15, '12亿元', '10亿元').score?.toNumber()).toBe(15);
    expect(row(share, 15, '85%', '10亿元').score?.toNumber()).toBe(12.75);
    expect(row(share, 15, '8.5人', '10亿元').score).toBeNull();
  });
});

describe('the task done, answered with a number', () => {
  const row = (input: string, target: string | null) =>
    scoreRule({
      rule: '完成得基本分，未完成的不得分',
      weight: new Decimal(10),
      input: { value: input },
      target: target === null ? null : { value: target },
      settings: DEFAULT_SETTINGS,
    });

  it('is done when the number reaches the 年度指标值, or a rate reaches 100%', () => {
    expect(row('6座', '6座').score?.toNumber()).toBe(10);
    expect(row('5座', '6座').score?.toNumber()).toBe(0);
    expect(row('95%', null).score?.toNumber()).toBe(0);
    expect(row('完成', null).score?.toNumber()).toBe(10);
    // a count in another unit, or a count without a target, is not guessed
    expect(row('5座', '6个').score).toBeNull();
    expect(row('5座', null).score).toBeNull();
  });
});

describe('a step counted from the 年度指标值', () => {
  const RULE = '未完成年度目标任务的，每差1个百分点扣0.5分，扣完为止';
  const row = (input: string, target: string | null) =>
    scoreRule({
      rule: RULE,
      weight: new Decimal(2),
      input: { value: input },
      target: target === null ? null : { value: target },
      settings: DEFAULT_SETTINGS,
    });

  it('deducts below a ≥ target and above a ≤ one', () => {
    expect(row('88%', '≥90%').score?.toNumber()).toBe(1);
    expect(row('95%', '≥90%').score?.toNumber()).toBe(2);
    expect(row('93%', '≤90%').score?.toNumber()).toBe(0.5);
  });

  it('asks for the 年度指标值 when the row has none', () => {
    const r = row('88%', null);
    expect(r.status).toBe('invalid-input');
    expect(r.score).toBeNull();
  });

  it('never reads a measured step as a count of issues', () => {
    expect(score('每差1微克/立方米扣0.5分，扣完为止', 3, '72').score).toBeNull();
  });

  it('reads a shortfall in the step’s own unit without the target', () => {
    const rule = '培训人次达到计划数的得满分，每少10人次扣0.5分';
    expect(score(rule, 3, '少25人次').score?.toNumber()).toBe(1.75);
    expect(score(rule, 3, '少25人').score).toBeNull();
    const r = scoreRule({
      rule,
      weight: new Decimal(3),
      input: { value: '950人次' },
      target: { value: '1000人次' },
      settings: DEFAULT_SETTINGS,
    });
    expect(r.score?.toNumber()).toBe(0.5);
  });

  it('deducts a deviation either way from the plan named before the step', () => {
    const plan = (input: string, target: string | null) =>
      scoreRule({
        rule: '与计划每偏差2个百分点扣0.5分',
        weight: new Decimal(5),
        input: { value: input },
        target: target === null ? null : { value: target },
        settings: DEFAULT_SETTINGS,
      });
    expect(plan('96%', '100%').score?.toNumber()).toBe(4);
    expect(plan('104%', '100%').score?.toNumber()).toBe(4);
    expect(plan('104%', '≥100%').score?.toNumber()).toBe(4);
    expect(plan('96%', null).status).toBe('invalid-input');
  });
});

describe('judgement rules are manual by nature', () => {
  it.each(JUDGEMENT.map(([rule]) => rule))('%s raises no unparsed-rule', (rule) => {
    const r = score(rule, 5, '');
    expect(r.issues).toEqual([]);
    expect(r.unparsed).toEqual([]);
    expect(parseRule(rule).explain).toMatch(/评分人|人工/);
  });
});

describe('rules with a number the engine could not use', () => {
  it.each(UNACCOUNTED.map(([rule]) => rule))('%s names the words it left', (rule) => {
    const r = score(rule, 5, '1');
    expect(r.issues.map((i) => i.code)).toEqual(['unparsed-rule']);
    expect(r.unparsed.length).toBeGreaterThan(0);
  });
});

describe('a baseline with a bonus above and a deduction below', () => {
  it('restates both steps', () => {
    expect(parseRule('达到100%得满分，每超1个百分点加1分，每低1个百分点扣1分').explain).toBe(
      '=100%得满分；高于100%时每超过1%加1分，低于100%时每降低1%扣1分（不足一档按比例计），最低0分',
    );
  });
});

describe('a list paired with amounts by 分别', () => {
  it('restates each pair, and quotes words it could not read as the person wrote them', () => {
    expect(parseRule('被省、市督查组发现的火点，每个分别扣10分、5分').explain).toBe(
      '按扣分项计分：满分起；被省督查组发现的火点每1个扣10分；被市督查组发现的火点每1个扣5分，最低0分',
    );
    const r = parseRule('第一起、第二起森林火灾分别扣5分、6分，以此类推');
    expect(r.kind).toBe('manual');
    expect(r.unparsed.join('')).toContain('以此类推');
  });
});

describe('every new family restates itself in plain Chinese', () => {
  it.each([
    ['15分×完成率', ['15分×完成率']],
    ['得分=(1−5×偏差率)×分值，偏差率超过20%的得0分', ['(1-5×偏差率)×分值', '>20%不得分']],
    ['拨付率≥90%的得满分，不足90%的按比例计分', ['≥90%得满分', '拨付率÷90%×满分']],
    [
      '处于90%—110%区间的得满分，偏离区间每1个百分点扣0.2分',
      ['90%（含）至110%（含）得满分', '每偏离1%扣0.2分'],
    ],
    ['预算执行率≥95%得满分，每低2个百分点，扣该项分值的5%', ['扣分值的5%']],
    ['每获一项省级表彰加1分，加满3分为止', ['每1项加1分', '最多加3分']],
    ['第1名至第5名依次得60、57、54、51、48分', ['第1名得60分', '第5名得48分']],
    ['发现1次扣1分；发现3次及以上的本项不得分', ['每发现一次问题扣1分', '≥3次不得分']],
    ['每发现一处问题扣1分，扣完为止；发现重大违规问题的，该项不得分', ['重大违规问题', '不得分']],
    ['每季度抽查10户，查看台账登记情况。每有一户台账不全扣1分，扣完为止', ['检查标准：每季度抽查10户']],
    ['发现一次推诿现象扣2分,情节严重的扣5-10分。', ['情节严重扣5至10分（由评分人评定）']],
  ])('%s', (rule, parts) => {
    const explain = parseRule(rule).explain;
    for (const p of parts) expect(explain).toContain(p);
  });
});
