/**
 * Rule shapes first met in held-out and blind batches, in our own phrasings with scores worked out by
 * hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import Decimal from 'decimal.js';
import { parseRule, scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { score, scoresAsListed, type Case } from './score';

/** A band between a better and a worse neighbour, scored `按比例`: the points fall straight across it. */
const BETWEEN: Case[] = [
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '15%', 2, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '10%', 4, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '19%', 0.4, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '25%', 0, 'bands'],
  // said as 计分: still a fall, never the rate × the weight (15% of 4 would be 0.6)
  ['结转结余率≤10%得满分，10%-20%之间按比例计分，≥20%不得分', 4, '15%', 2, 'bands'],
  ['资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '20日', 4, 'bands'],
  ['资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '30日', 0, 'bands'],
  [
    '下达到实施单位≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分',
    6,
    '30个工作日',
    4.8,
    'bands',
  ],
  // a fall from points other than full marks to points other than nothing
  ['偏差率≤5%得3分，5%-15%按比例计分，>15%得1分', 3, '10%', 2, 'bands'],
  // rising to full marks: the share of the band above, as before
  ['完成率≥100%得满分，90%-100%按比例计分，<90%不得分', 4, '95%', 3.8, 'bands'],
  // `按比例扣分` right above a band that gives nothing may fall to nothing there: the person's
  ['完成率≥100%得满分，90%-100%按比例扣分，<90%不得分', 4, '95%', null, 'manual'],
  // with nothing fixed above it, the band says no more than "in proportion": not guessed
  ['结余率10%-20%之间按比例计分，≥20%不得分', 4, '15%', null, 'manual'],
];

/** Lists written once for several faults, and answers that say every fault, or none, in words. */
const LISTS_AND_ANSWERS: Case[] = [
  // 及 joins the last item; 无 leading the first governs each
  ['未开展调查扣10分；无调查方案、原始记录、查漏结果及总结分别扣2分', 10, '无查漏结果', 8, 'composite'],
  [
    '未开展调查扣10分；无调查方案、原始记录、查漏结果及总结分别扣2分',
    10,
    '无原始记录，无总结',
    6,
    'composite',
  ],
  ['未开展调查扣10分；无调查方案、原始记录、查漏结果及总结分别扣2分', 10, '无问题', 10, 'composite'],
  // (and in the answer: `无A和B` is no A and no B)
  [
    '未开展调查扣10分；无调查方案、原始记录、查漏结果及总结分别扣2分',
    10,
    '无调查方案和原始记录',
    6,
    'composite',
  ],
  // every fault the rule lists, said present
  [
    '融资额度低于上年水平扣2分；专项补助未专款专用扣2分；配套资金未到位扣2分',
    6,
    '三项均存在',
    0,
    'composite',
  ],
  ['融资额度低于上年水平扣2分；专项补助未专款专用扣2分；配套资金未到位扣2分', 6, '均存在', 0, 'composite'],
  // a count that is not all of them says which ones nowhere
  [
    '融资额度低于上年水平扣2分；专项补助未专款专用扣2分；配套资金未到位扣2分',
    6,
    '两项均存在',
    null,
    'composite',
  ],
  // (present, not met: `都有` stays unread for faults said by their presence; for faults of absence it is none)
  ['无垃圾池、垃圾填埋场各扣6分', 12, '均有', 12, 'composite'],
  ['融资额度低于上年水平扣2分；专项补助未专款专用扣2分；配套资金未到位扣2分', 6, '都有', null, 'composite'],
  // a negation before the fault's own negated words denies it
  [
    '有乱搭乱建现象扣2分；有不规范性墙体广告，扣2分；绿化效果不明显扣2分',
    6,
    '无乱搭乱建、无不规范广告，绿化效果明显',
    6,
    'composite',
  ],
  ['有乱搭乱建现象扣2分；有不规范性墙体广告，扣2分；绿化效果不明显扣2分', 6, '有不规范广告', 4, 'composite'],
  // an answer in two parts turned by 但: each part says one item
  ['建立台账得1分，台账规范得1分', 2, '建立台账但不规范', 1, 'checklist'],
  // the items said unmet, the rest met (an answer names what falls short), unless another item hangs on one
  ['建立台账得1分，台账规范得1分', 2, '台账不规范', 1, 'checklist'],
  // 已 leading the first part of an answer leads each
  [
    '未能利用媒体开展法治宣传的，扣2分；没有利用部门、系统网站开展法治宣传的，扣1分；普法信息少报送一条扣0.25分。',
    4,
    '已利用媒体和部门网站宣传，普法信息少报送1条',
    3.75,
    'composite',
  ],
  // the kinds there, in a list each missing one costs: the rest are short
  [
    '建立常规制度(首问责任制、一次性告知制、限时办结制、服务承诺制)每少一项扣0.5分',
    2,
    '已建立首问责任制、一次性告知制',
    1,
    'perissue',
  ],
  [
    '建立常规制度(首问责任制、一次性告知制、限时办结制、服务承诺制)每少一项扣0.5分',
    2,
    '缺限时办结制',
    1.5,
    'perissue',
  ],
  // things a list asks for, named as missing (`缺X`, `未X`, `X未落实`) or all said there
  ['设人员去向牌、座位牌，少一项扣1分', 2, '缺座位牌', 1, 'perissue'],
  ['设人员去向牌、座位牌，少一项扣1分', 2, '去向牌、座位牌均已设置', 2, 'perissue'],
  // a deduction written after the fault's full stop, in brackets or not, is that fault's
  [
    '(一)越级行文。(扣2分)(二)文种使用不正确。(扣1分)(三)引文不规范。(扣1分)',
    6,
    '越级行文，引文不规范',
    3,
    'composite',
  ],
  ['1.越级行文。(扣2分)\n2.文种使用不正确。(扣1分)', 6, '文种使用不正确', 5, 'composite'],
  ['越级行文。扣2分；文种使用不正确。扣1分', 6, '无', 6, 'composite'],
  // (a lone number against numbered faults may as well say how many: not read as the second)
  ['1.越级行文。(扣2分)\n2.文种使用不正确。(扣1分)', 6, '2', null, 'composite'],
  ['1.越级行文。(扣2分)\n2.文种使用不正确。(扣1分)', 6, '1、2', 3, 'composite'],
  // (a sentence that scores by itself keeps its own points, and the lone deduction after it stays unread)
  ['越级行文扣2分。扣1分', 6, '越级行文', null, 'manual'],
  // so are points given, written after the full stop (or a stray '.') of what earns them
  ['提供锻炼环境,得2分。提供阅读环境,得2分。有健康帮扶措施.得2分。', 6, '提供阅读环境', 2, 'checklist'],
  ['提供锻炼环境,得2分。提供阅读环境,得2分。有健康帮扶措施。得2分。', 6, '全部', 6, 'checklist'],
  ['提供锻炼环境得2分。得1分', 3, '提供锻炼环境', null, 'manual'],
  // each thing the answer says there or well is one a fault names beside its negation: no fault named
  ['污泥去向不明扣5分，台账不全扣2分', 7, '污泥去向清楚', 7, 'composite'],
  ['整县没有设置中控平台扣3分，子站无采集数据扣5分', 8, '设有中控平台', 8, 'composite'],
  ['整县没有设置中控平台扣3分，子站无采集数据扣5分', 8, '设有中控平台，子站无采集数据', 3, 'composite'],
  // (not in part, not with a number)
  ['污泥去向不明扣5分，台账不全扣2分', 7, '污泥去向基本清楚', null, 'composite'],
  ['污泥去向不明扣5分，台账不全扣2分', 7, '污泥去向清楚2处', null, 'composite'],
  // points one fault alone would take below nothing are no clean result to deduct from
  ['地面不洁扣4分;窗不净扣2分;钢琴或开关有灰尘2分。', 8, '地面不洁', null, 'manual'],
  // a score in 分 compared (`得分≥90分`, `80分≤评估分值＜90分`) is the value measured, not points given
  ['评估分值≥90分，得4分；80分≤评估分值＜90分，得2分；＜80分不得分', 4, '85分', 2, 'bands'],
  ['得分≥90分，得4分；80分≤得分＜90分，得2分；＜80分不得分', 4, '92', 4, 'bands'],
  ['≥90分，得8分；≥80分，＜90分，得5分；＜80分不得分', 8, '79分', 0, 'bands'],
  // (a bound on points given stays one: `最高不超过6分`)
  ['每引进1个项目加2分,最高不超过6分', 6, '2个', 4, 'bonus'],
  // a topic before the text's only colon heads the row (`统计制度:`); colons as outcome markers stay so
  ['4.统计制度:健全现代旅游统计制度与统计体系,渠道畅通,数据完整,报送及时。(15分)', 15, '是', 15, 'checklist'],
  ['完善:4分;较完善:2分;不完善:0分', 4, '较完善', 2, 'grade'],
  // a head count reached, then a bonus per person more (人 and 名 one unit), capped by the total it names
  ['配备专职工作人员1名(3分),每增加1人,加1分,加满5分为止', 5, '3人', 5, 'linear'],
  ['配备专职工作人员1名得3分,每增加1名加1分,加满5分为止', 5, '2名', 4, 'linear'],
  ['配备专职工作人员1名得3分,每增加1名加1分,加满5分为止', 5, '0名', null, 'linear'],
  // (twenty-first session: a cap equal to the row's weight, which base and cap together would pass, is where the
  // score stops; a cap the base fills to the weight is the most added; any other is the person's)
  ['配备专职工作人员1名(3分),每增加1人,加1分,加满5分为止', 5, '6人', 5, 'linear'],
  ['配备专职工作人员1名(5分),每增加1人加1分,加满5分为止', 10, '8人', 10, 'linear'],
  ['配备专职工作人员1名(5分),每增加1人加1分,加满5分为止', 8, '9人', null, 'linear'],
  // a negation before the one-character negated word a fault ends with (`无不符`) denies it
  ['从业人员与所持证件不符的,扣 5 分/人。', 10, '无不符', 10, 'perissue'],
  ['从业人员与所持证件不符的,扣 5 分/人。', 10, '不符1人', 5, 'perissue'],
  // a deduction's 分 left out before 扣完为止 (`扣0.5 扣完为止`)
  ['各项制度齐全,缺1项扣0.5 扣完为止', 2, '缺1项', 1.5, 'perissue'],
  // the very count a shortfall rule asks for, said: none short
  ['办好12件实事,上报并被考核办认可的得12分,少一件扣1分。', 12, '12件', 12, 'perissue'],
  ['办好12件实事,上报并被考核办认可的得12分,少一件扣1分。', 12, '10件', null, 'perissue'],
  // what the question says must not be, said so, is a no (`有尾工` for `没有尾工`, `编制了…` for `未编…`)
  ['项目没有尾工:工程项目按要求全部完成,没有尾工(5分);', 5, '有尾工', 0, 'checklist'],
  ['部门预算编制时,年度收支平衡,未编赤字预算的,得2分。', 2, '编制了赤字预算', 0, 'checklist'],
  ['部门预算编制时,年度收支平衡,未编赤字预算的,得2分。', 2, '未编赤字预算', 2, 'checklist'],
  // (other words beside them say something else: not read)
  ['部门预算编制时,年度收支平衡,未编赤字预算的,得2分。', 2, '赤字预算为零', null, 'checklist'],
  // points per thing with no verb (`每项1分`) beside a cap; a cap written after its points (`10分封顶`)
  ['每项1分,最高5分.', 5, '3项', 3, 'bonus'],
  ['完成率100%得6分,每超10%加2分,10分封顶。', 10, '120%', 10, 'linear'],
  ['完成率100%得6分,每超10%加2分,10分封顶。', 10, '110%', 8, 'linear'],
  // (in brackets beside a list, each listed item's worth stays so)
  ['负责人、内设机构、印章应及时办理备案手续(每项 2 分)', 6, '负责人、印章', 4, 'checklist'],
  // `方面` counts as 项 does
  ['设施不齐备的每方面扣1分扣完为止', 3, '2', 1, 'perissue'],
  // a share below the band scored in proportion, said `按相应比例折算`; a score named `得分在…` compared
  ['龙头企业当年新网点数占总新增数30%以上的(10分)(不到30%按相应比例折算)。', 10, '15%', 5, 'bands'],
  [
    '员工满意度调查得分在80分及以上得10分;得分在70-80分得8分;60-70分得6分;低于60分得0分',
    10,
    '75分',
    8,
    'bands',
  ],
  // (`按50%折算` computes with a number: still unread)
  ['完成率100%得10分，未完成按50%折算', 10, '80%', null, 'manual'],
  // points per thing with the slash left out (`扣5分件`), points in brackets before their rule, 每人每次
  ['采购的维修配件未按要求进行登记的,扣5分件。', 20, '2件', 10, 'perissue'],
  ['对竣工车辆未按规定签发出厂合格证的,扣10分辆次。', 20, '1辆次', 10, 'perissue'],
  ['每季度对基层党员电教工作开展情况进行检查调研。(2分,少一次扣0.5分)', 2, '少1次', 1.5, 'perissue'],
  ['按时下发工作手册。(2分,未按时下发扣1分)', 2, '未按时下发', 1, 'composite'],
  ['保洁人员每班按要求着装上岗，每人每次扣1分', 5, '2人次', 3, 'perissue'],
  // (the points in brackets are the row's worth: another weight is the person's)
  ['按时下发工作手册。(2分,未按时下发扣1分)', 3, '未按时下发', null, 'manual'],
  // falling short of a count or a score by a band that deducts; at or past it nothing is lost
  ['办证量不足80件的扣5分', 5, '70件', 0, 'bands'],
  ['群众安全感低于80扣3分', 5, '75', 2, 'bands'],
  ['每年开展专项执法行动少于2次的,扣3分', 5, '2次', 5, 'bands'],
  // a bonus counting up from a standard reached, with or without a cap on what it adds; below it, unwritten
  ['完成率≥100%得8分，每超1个百分点加0.5分', 10, '103%', 9.5, 'linear'],
  ['完成率≥100%得8分，每超1个百分点加0.5分', 10, '97%', null, 'linear'],
  ['完成率达到100%的得8分，每超过1个百分点加0.5分，最多加2分', 10, '110%', 10, 'linear'],
  ['完成率达到100%的得8分，每超过1个百分点加0.5分，最多加1分', 10, '110%', 9, 'linear'],
  ['完成率≥95%得8分，每超1个百分点加0.5分，最高10分', 10, '97%', 9, 'linear'],
  // (a bonus past the weight with no cap written is the person's)
  ['完成率≥100%得8分，每超1个百分点加0.5分', 10, '110%', null, 'linear'],
  // things counted one by one in their own measure word; `一次性` names a thing, it counts nothing
  ['每少一辆扣3分', 10, '少2辆', 4, 'perissue'],
  ['一次性办结率低于97%的,扣8分', 10, '95%', 2, 'bands'],
  ['一次性办结率低于97%的,扣8分', 10, '98%', 10, 'bands'],
  // `扣掉` deducts as `扣` does
  ['实行标准化清扫保洁、垃圾日产日清,总分为5分,发现一处不符扣掉1分', 5, '发现1处', 4, 'perissue'],
  // the requirement a fault's words open with, said met, names no fault
  ['在岗情况:按规定时间上岗,迟到、早退10分钟扣1分,脱岗1次扣3分。', 20, '按时上岗', 20, 'composite'],
  ['在岗情况:按规定时间上岗,迟到、早退10分钟扣1分,脱岗1次扣3分。', 20, '迟到1次', 19, 'composite'],
  // a count beside words denying part of the fault's condition: whether it is the fault is the person's
  [
    '出现瞒报、漏报、迟报现象,并造成不良影响及严重后果的每件(次)扣5分。',
    10,
    '迟报1次,未造成不良影响',
    null,
    'perissue',
  ],
  ['出现瞒报、漏报、迟报现象,并造成不良影响及严重后果的每件(次)扣5分。', 10, '迟报1次', 5, 'perissue'],
  // several listed, then one word saying they are all missing; only some named as there (the rest are not)
  ['设人员去向牌、座位牌、公示栏，少一项扣1分', 3, '去向牌、公示栏均无', 1, 'perissue'],
  ['设人员去向牌、座位牌、公示栏，少一项扣1分', 3, '座位牌和公示栏都没有', 1, 'perissue'],
  ['设人员去向牌、座位牌、公示栏，少一项扣1分', 3, '只有座位牌', 1, 'perissue'],
  ['设人员去向牌、座位牌、公示栏，少一项扣1分', 3, '仅有去向牌、座位牌', 2, 'perissue'],
  // (a word naming none of the things listed is not read as one of them)
  ['设人员去向牌、座位牌、公示栏，少一项扣1分', 3, '台账、档案均无', null, 'perissue'],
  [
    '储备粮做到专仓储存、专账记载、专人保管，符合要求得10分。其中有一项未做到扣3分，最多扣分不超过10分。',
    10,
    '未专人保管',
    7,
    'perissue',
  ],
  [
    '储备粮做到数量、质量、品种、地点四落实的得10分。其中有一项未做到扣2分，最多扣分不超过10分。',
    10,
    '质量、品种未落实',
    6,
    'perissue',
  ],
  // things asked one to a comma, past the points a heading states
  [
    '1、建立有扶贫工作组织机构，制定了相关工作计划。(6分) 每缺少一项扣2分。',
    6,
    '缺少工作计划',
    4,
    'perissue',
  ],
  [
    '1、建立有扶贫工作组织机构，制定了相关工作计划。(6分) 每缺少一项扣2分。',
    6,
    '缺少组织机构、工作计划',
    2,
    'perissue',
  ],
  // (things that must be absent: `有草荒` is not a `缺` of `无草荒`)
  [
    '无草荒、无斑秃、无明显病虫害的给满分(1分)，有一项未达到指标的扣0.3分，三项都未达到指标的不给分。',
    1,
    '有草荒',
    null,
    'perissue',
  ],
  // checklist items named with their negation are unmet
  ['部门预算公开及时、完整得1分，决算公开及时、完整得1分', 2, '预算公开及时完整，决算未公开', 1, 'checklist'],
  ['部门预算公开及时、完整得1分，决算公开及时、完整得1分', 2, '预算未公开，决算未公开', 0, 'checklist'],
  ['部门预算公开及时、完整得1分，决算公开及时、完整得1分', 2, '未公开', null, 'checklist'],
];

/** A floor and a ceiling each written after its number: `80%及以上100%以下`. */
const FLOOR_AND_CEILING: Case[] = [
  [
    '比值达100%及以上，计3分；80%及以上100%以下，计2分；60%及以上80%以下，计1分；60%以下，计0分',
    3,
    '100%',
    3,
    'bands',
  ],
  [
    '比值达100%及以上，计3分；80%及以上100%以下，计2分；60%及以上80%以下，计1分；60%以下，计0分',
    3,
    '99%',
    2,
    'bands',
  ],
  [
    '比值达100%及以上，计3分；80%及以上100%以下，计2分；60%及以上80%以下，计1分；60%以下，计0分',
    3,
    '80%',
    2,
    'bands',
  ],
  [
    '比值达100%及以上，计3分；80%及以上100%以下，计2分；60%及以上80%以下，计1分；60%以下，计0分',
    3,
    '60%',
    1,
    'bands',
  ],
  [
    '比值达100%及以上，计3分；80%及以上100%以下，计2分；60%及以上80%以下，计1分；60%以下，计0分',
    3,
    '59%',
    0,
    'bands',
  ],
];

/** Per-issue lists whose first item carries the negation, bare counts, and deductions past the weight. */
const COUNTS_AND_LIMITS: Case[] = [
  ['无年度工作计划、半年度总结和年度总结的，每一项扣1分。', 3, '无半年度总结', 2, 'perissue'],
  ['无年度工作计划、半年度总结和年度总结的，每一项扣1分。', 3, '无年度工作计划、无年度总结', 1, 'perissue'],
  ['无工作计划、总结的，每项扣1分。', 3, '无总结', 2, 'perissue'],
  // a bare count beside two faults may count either
  ['上述几项制度，缺一项，扣1分；有制度没有执行，发现一处，扣0.5分。', 5, '2', null, 'composite'],
  ['开会、学习、报帐、旷工一天扣2分，迟到扣0.5分，扣完为止。', 20, '2', null, 'composite'],
  ['开会、学习、报帐、旷工一天扣2分，迟到扣0.5分，扣完为止。', 20, '旷工2天', 16, 'composite'],
  // 扣分不封顶: within the weight nothing changes; past it the row is the person's
  ['适宜种植双季稻但种植单季稻的，每5亩扣1分，扣分不封顶。', 10, '12亩', 7.6, 'perissue'],
  ['适宜种植双季稻但种植单季稻的，每5亩扣1分，扣分不封顶。', 10, '60亩', null, 'perissue'],
  // days short are counted like things short
  ['每少签到一天扣0.2分', 4, '少签到3天', 3.4, 'perissue'],
  ['每少签到一天扣0.2分', 4, '签到20天', null, 'perissue'],
  // `…的不扣分`: the clean result, kept at full marks
  [
    '迟报一次扣2分，瞒报一次扣5分；扣完为止。未发生突发公共卫生事件的不扣分。',
    5,
    '未发生突发公共卫生事件',
    5,
    'composite',
  ],
  ['迟报一次扣2分，瞒报一次扣5分；扣完为止。未发生突发公共卫生事件的不扣分。', 5, '迟报2次', 1, 'composite'],
  // per mille is a unit of its own
  ['总错比≤0.4‰得2分；0.4‰<错比≤0.8‰得1分；错比>0.8‰不得分。', 2, '0.6‰', 1, 'bands'],
  ['总错比≤0.4‰得2分；0.4‰<错比≤0.8‰得1分；错比>0.8‰不得分。', 2, '0.9‰', 0, 'bands'],
  ['总错比≤0.4‰得2分；0.4‰<错比≤0.8‰得1分；错比>0.8‰不得分。', 2, '0.06%', null, 'bands'],
  // every requirement the faults deny, unmet
  ['未成立领导机构的，扣1分；没明确牵头单位及负责人员职责的，扣1分。', 2, '两项均未做到', 0, 'composite'],
  ['未成立领导机构的，扣1分；没明确牵头单位及负责人员职责的，扣1分。', 2, '三项均未做到', null, 'composite'],
  // words before the fault's turn (但) name what was done, not the fault
  ['未开展健康教育活动扣10分；已开展活动但档案资料不全，扣3分。', 10, '已开展，档案齐全', 10, 'composite'],
  ['未开展健康教育活动扣10分；已开展活动但档案资料不全，扣3分。', 10, '档案资料不全', 7, 'composite'],
];

/** Band tables as real 评分表 write them, and tables that do not hold together. */
const TABLES: Case[] = [
  // written from the top down, each band names both its ends
  ['完工率达到100%的得30分，99%-90%的得27分，89%-80%的得24分，80%以下的不得分。', 30, '80%', 24, 'bands'],
  ['完工率达到100%的得30分，99%-90%的得27分，89%-80%的得24分，80%以下的不得分。', 30, '90%', 27, 'bands'],
  ['完工率达到100%的得30分，99%-90%的得27分，89%-80%的得24分，80%以下的不得分。', 30, '79%', 0, 'bands'],
  // (between 89% and 90% nothing is written)
  ['完工率达到100%的得30分，99%-90%的得27分，89%-80%的得24分，80%以下的不得分。', 30, '89.5%', null, 'bands'],
  // two tables, for cases one cell does not tell apart
  [
    '山区：覆盖用户达到300户及以上的得10分，299-150户的得5分，低于150户的不得分。其它地区：覆盖用户达到450户及以上的得10分，449-300户的得5分，低于300户的不得分。',
    10,
    '320户',
    null,
    'manual',
  ],
  // tiers of one count are not faults of their own
  [
    '示范户满意度得10分，一户不满意扣2分，二户不满意扣5分，有三户不满意不得分。',
    10,
    '2户不满意',
    null,
    'manual',
  ],
  // numbers alone name the items there, as in every checklist (SPEC §2)
  ['(1)财务制度；(2)现金制度；(3)档案制度。制度健全的记3分，缺少一项扣1分。', 3, '(1)(2)', 2, 'checklist'],
  [
    '(1)财务制度；(2)现金制度；(3)档案制度。制度健全的记3分，缺少一项扣1分。',
    3,
    '缺少现金制度',
    2,
    'checklist',
  ],
  ['(1)财务制度；(2)现金制度；(3)档案制度。制度健全的记3分，缺少一项扣1分。', 3, '缺少1项', 2, 'checklist'],
  // a count and a rate are not one table of bands (nor a formula on a rate and a count's band)
  ['前2次不扣分。功能利用率>90%得10分，>60%得6分，<20%不得分', 10, '95%', null, 'manual'],
  ['前2次不扣分。得分=功能利用率×6分', 6, '85%', null, 'manual'],
  ['预算调整率=0，计3分；0-10%(含)，计2分；大于10%不得分。', 3, '0', 3, 'bands'],
  // lettered bands under a heading that states its worth in brackets
  [
    '2.上年度研发费用总额占营业收入总额比重(满分20分)\nA. 5%以上(20分)\nB. 3%-5%(15分)\nC. 1%-3%(5分)\nD. 1%以下(0分)',
    20,
    '4%',
    15,
    'bands',
  ],
  [
    '2.上年度研发费用总额占营业收入总额比重(满分20分)\nA. 5%以上(20分)\nB. 3%-5%(15分)\nC. 1%-3%(5分)\nD. 1%以下(0分)',
    15,
    '4%',
    null,
    'manual',
  ],
  // one condition twice, for different things: not a table of bands
  [
    'A. Ⅰ类高价值知识产权1项以上(20分)\nB. 自主研发的Ⅰ类知识产权1项以上(15分)\nC. Ⅱ类知识产权1项以上(5分)\nD. 无(0分)',
    20,
    'Ⅱ类知识产权3项',
    null,
    'manual',
  ],
  // `N分满`: the row's worth, checked against the table's
  ['5分满，缺一项扣1分。', 5, '缺2项', 3, 'perissue'],
  ['5分满，缺一项扣1分。', 4, '缺2项', null, 'manual'],
  // a step whose standard stands in another column, answered by the gap (or by the 年度指标值 cell)
  ['每低1个百分点扣1分，直至本项分值扣完。', 8, '低于标准2.5个百分点', 5.5, 'linear'],
  ['每低1个百分点扣1分，直至本项分值扣完。', 8, '达标', 8, 'linear'],
  ['每低1个百分点扣1分，直至本项分值扣完。', 8, '高于标准2个百分点', 8, 'linear'],
  ['每低1个百分点扣1分，直至本项分值扣完。', 8, '78%', null, 'linear'],
  // `依次类推` after floors an equal way apart: the table goes on; between floors is the person's
  ['完成年度计划目标得10分，完成目标的90%得9分，完成80%得8分，依次类推。', 10, '60%', 6, 'bands'],
  ['完成年度计划目标得10分，完成目标的90%得9分，完成80%得8分，依次类推。', 10, '110%', 10, 'bands'],
  ['完成年度计划目标得10分，完成目标的90%得9分，完成80%得8分，依次类推。', 10, '85%', null, 'bands'],
  ['≥90%得5分，≥80%得3分，依次类推', 5, '70%', null, 'manual'],
  // a step down the ranks after the ones listed
  ['第一名得满分，每降1位减0.5分', 20, '第4名', 18.5, 'rank'],
  ['第1名得10分，每后退一名扣0.5分', 10, '第3名', 9, 'rank'],
  ['第1名得10分，每后退一名扣0.5分', 10, '第30名', 0, 'rank'],
  ['第1名得10分，第2名得9分，每后退一名扣0.5分', 10, '第4名', 8, 'rank'],
  // worth more than the rule ever gives
  ['满分15分。累计巡回指导时间50天以上得10分，少于50天的每天扣0.1分，扣完为止。', 15, '60天', null, 'manual'],
  ['累计巡回指导时间50天以上得15分，少于50天的每天扣0.1分，扣完为止。', 15, '45天', 14.5, 'linear'],
];

/** Points written first, points said with 按…计, parts each a sentence, and counts said in passing. */
const WORDINGS: Case[] = [
  [
    '评分标准：100分：资金到位率80%以上的；60分：资金到位率60%~80%的；0分：资金到位率低于60%的。',
    100,
    '70%',
    60,
    'bands',
  ],
  [
    '评分标准：100分：资金到位率80%以上的；60分：资金到位率60%~80%的；0分：资金到位率低于60%的。',
    100,
    '55%',
    0,
    'bands',
  ],
  [
    '100分：实际支出与预算相符；60分：实际支出与预算基本相符；0分：实际支出与预算不相符。',
    100,
    '基本相符',
    60,
    'grade',
  ],
  // one sentence led by points may be a heading: not rewritten
  ['5分：按时报送得满分，每迟报一天扣1分', 5, '迟报2天', 3, 'deadline'],
  ['按时完成的按5分计算，未完成不得分', 5, '按时完成', 5, 'grade'],
  // done in part, the share done; the rule's own words before the share
  ['项目按计划完成得满分；部分完成按完成比例得分；未完成不得分', 5, '完成80%', 4, 'proportional'],
  ['项目按计划完成得满分；部分完成按完成比例得分；未完成不得分', 5, '未完成20%', null, 'proportional'],
  // 累计 counts; its 计 scores nothing
  ['入户指导全年累计120次以上得15分，缺一次扣0.5分。', 15, '118次', 14, 'linear'],
  ['方案编制明确2分；内容具体2分；可操作性强1分', 5, '编制明确，内容具体', 4, 'checklist'],
  // a count said in passing is no baseline to deviate from either way (was 3: |1 − 3| × 1), nor, met, a
  // tier of the count that fails
  ['全部符合3项要求得5分，每不符合1项扣1分', 5, '1项不符合', null, 'manual'],
  ['偏差率=0得满分，每偏离1个百分点扣1分', 5, '2%', 3, 'twosided'],
  ['符合全部3项指标的得100分，每不符合1项扣40分，直至扣为零分。', 100, '3项均不符合', null, 'manual'],
];

/** Answers that say nothing of the rule: a mark, a bare yes to several items, a degree alone. */
const SAYS_NOTHING: Case[] = [
  ['发现问题每处扣1分，扣完为止；未按时完成扣2分', 3, '/', null, 'composite'],
  ['①制度健全1分；②执行有效1分', 2, '有', null, 'checklist'],
  ['①制度健全1分；②执行有效1分', 2, '全部', 2, 'checklist'],
  ['建立制度的得1分', 1, '有', 1, 'checklist'],
  [
    '表格部分填写齐全且符合要求的，计2分；每有一项填写不完整的，扣0.2分，扣完为止。',
    2,
    '部分',
    null,
    'perissue',
  ],
  ['①已制定管理办法，1分；②管理制度完整，1分；③制度得到有效执行，1分。', 3, '已', null, 'checklist'],
];

/** Faults named by the answer in its own order, with the standard's words, or counted `按卷`. */
const FAULTS_IN_OTHER_WORDS: Case[] = [
  // the fault is the condition after 如有; the requirement before it and `本项一律` name nothing
  ['值班人员须持证上岗,不得安排无证人员值班,如有无证值班,本项一律不得分', 5, '无无证值班', 5, 'composite'],
  ['值班人员须持证上岗,不得安排无证人员值班,如有无证值班,本项一律不得分', 5, '有无证值班', 0, 'composite'],
  ['不得出现超龄人员如有超龄,本项一律不得分', 5, '无超龄', 5, 'composite'],
  // the standard before the fault lends the answer its words; only the fault's own words tell it apart
  ['每月召开班子会议，每少开一次扣2分；档案资料不全的按卷扣1分', 6, '班子会议少开1次', 4, 'composite'],
  [
    '每月召开班子会议，每少开一次扣2分；档案资料不全的按卷扣1分',
    6,
    '班子会议少开1次，资料不全2卷',
    2,
    'composite',
  ],
  // meetings held is not meetings short, and not "no fault" either (was 6)
  ['每月召开班子会议，每少开一次扣2分；档案资料不全的按卷扣1分', 6, '召开班子会议10次', null, 'composite'],
  // 按卷 / 按项 before the deduction counts each one
  ['资料不全的按卷扣1分，扣完为止', 3, '2卷', 1, 'perissue'],
  ['按项目完成情况扣分', 5, '3项', null, 'manual'],
  // a quoted name counting its parts is a name, not a number to account for
  ['建立“五簿一册”档案，缺项的按项扣1分', 5, '缺2项', 3, 'perissue'],
  // the thing first, then its negated verb: the rule's words turned round
  ['没有理顺管理体制扣4分；未建立激励机制扣2分', 6, '管理体制未理顺', 2, 'composite'],
  ['没有理顺管理体制扣4分；未建立激励机制扣2分', 6, '激励机制未建立，管理体制未理顺', 0, 'composite'],
  ['没有理顺管理体制扣4分；未建立激励机制扣2分', 6, '体制未建立', null, 'composite'],
  ['未签订责任书扣3分；未召开会议扣2分', 5, '责任书未签订', 2, 'composite'],
  // a prime after a number is points (`2'`); a bare number in brackets is no count a standard asks
  ["配备会商系统(2'),配备决策支持系统(4',少一项扣1分)。", 6, '未配备会商系统', null, 'manual'],
  ['配备会商系统(2),配备决策支持系统,少一项扣1分', 6, '少1项', null, 'manual'],
  // a minimum standing before its verb (`至少召开…2次`) is the count the answer gives (was: 2 issues, 0)
  ['每年至少召开消防联席会议2次,少1次扣1分', 2, '2次', 2, 'linear'],
  ['每年至少召开消防联席会议2次,少1次扣1分', 2, '0次', 0, 'linear'],
  ['至少配备专职人员2名,每少1名扣1分', 2, '1名', 1, 'linear'],
  // per month it is a frequency: the answer counts what is short
  ['每月至少召开会议1次,少1次扣0.5分', 3, '少2次', 2, 'perissue'],
  // a clean result worth more than the row: which is wrong is not said (was 2 − 0.5 clamped to 2)
  ['资料齐全得3分，发现一处不符合扣0.5分', 2, '发现1处', null, 'manual'],
  // the shortfall verb after the words it counts names the fault counted by what is short (was the
  // fault `无安全管理人员`)
  ['有机构无安全管理人员扣4分,管理人员未按要求配备每少1人扣2分', 6, '管理人员少1人', 4, 'composite'],
  // an answer with its own negation is no denial of a fault a negation leads (was "none", full marks)
  ['无台账或不齐全、记录不规范的扣2分,信息上报不及时的扣1分/次', 6, '台账不齐全', 4, 'composite'],
  // 反扣 / 倒扣 may pass the row: naming it is the person's call
  ['现金帐实相符得满分。发现差错一次扣2分,造成损失的反扣2分。', 4, '差错1次，造成损失', null, 'composite'],
  ['现金帐实相符得满分。发现差错一次扣2分,造成损失的反扣2分。', 4, '差错1次', 2, 'composite'],
  // one unit said without 以上 or 每: more than one is not written (was: the band, 5 and 1)
  ['按时上报得25分,迟报一天扣20分', 25, '迟报1天', 5, 'bands'],
  ['按时上报得25分,迟报一天扣20分', 25, '迟报2天', null, 'bands'],
  ['考核优秀1年得1分', 3, '3年', null, 'bands'],
  ['提供科技稿件1件以上记2分', 2, '3件', 2, 'bands'],
  // a level named by its bare verb, the degree and the negation being other levels; `已建立` is `建立`
  ['落实使用管理人员记5分;基本落实记3分;未落实不记分。', 5, '落实', 5, 'grade'],
  ['落实使用管理人员记5分;基本落实记3分;未落实不记分。', 5, '基本落实', 3, 'grade'],
  ['建立前述机制,得10分;未建立前述机制,不得分', 10, '已建立', 10, 'grade'],
  // a bonus for one unit without 每 or a cap: the same (was 5, one per year)
  ['在部队服役一年加1分', 10, '1年', 1, 'bonus'],
  ['在部队服役一年加1分', 10, '5年', null, 'bonus'],
  ['每获一项表彰加1分', 10, '3项', 3, 'bonus'],
  // a count said done for all (`16项全部公示`) is no count of what is missing (was 16 missing, 0): the 16
  // asked, every one done, none short
  ['将16项工作重点全部公示,每少公示一项扣2分。', 30, '16项全部公示', 30, 'perissue'],
  // a bracket left open opens the part's own words: the outer sentence's `冷链服务站` names nothing
  [
    '建成运营乡镇冷链服务站(具备乡镇综合运输服务站的,每个得2.5分;具有冷链服务功能的,每个得1.5分,满分5分)',
    5,
    '综合运输服务站1个，冷链服务站1个',
    null,
    'composite',
  ],
  // the row's own number before items numbered afresh is a heading, not a fourth item (was 4 of 6)
  ['2、实行垃圾分类①袋装化;②有分类回收装置;③居民分类投放。缺一项扣2分', 6, '①②', 4, 'checklist'],
  // the particle 了 says nothing of which fault an answer names or denies
  [
    '没有配备监管员的扣0.5分;监管员不参加培训会议的扣0.5分。',
    1,
    '已配备监管员,参加了培训会议',
    1,
    'composite',
  ],
  // a minus before points after a fault's words deducts them
  ['地面保持干燥、无废弃物。一处不符要求-5分。', 15, '地面有污渍1处', 10, 'perissue'],
  ['完成率80-90%得3分', 3, '85%', 3, 'bands'],
  // a fault's own number (`4月…`) is no list number to strip from its name
  ['4月未开展卫生评比的扣5分,资料不全的扣2分。', 5, '4月未开展卫生评比', 0, 'composite'],
  // 非税, 非法 are words, not negations
  [
    '擅自设立非税收入项目或擅自提高非税收入征收标准的，扣4分；未及时缴库的扣2分',
    6,
    '擅自提高征收标准',
    2,
    'composite',
  ],
];

/** A table pasted into one cell, its columns run together with spaces or kept apart by bars; a letter x multiplying. */
const FLAT_TABLES: Case[] = [
  ['达标率=100% 5 95%≤达标率<100% 3 达标率<95% 0', 5, '97.5%', 3, 'bands'],
  ['达标率=100% 5 95%≤达标率<100% 3 达标率<95% 0', 5, '90%', 0, 'bands'],
  // item codes aside; a number split from its unit joins it again
  ['2.1.1 ≥30% 30 2.1.2 20%-29% 25', 30, '25%', 25, 'bands'],
  ['20 公里以内 8 50 公里以内 4', 8, '35公里', 4, 'bands'],
  ['优秀 10 良好 8 一般 5 差 0', 10, '良好', 8, 'grade'],
  // a level table's cells kept apart by bars: each level's words, then its points
  [
    '有公开目录,内容完整. | 3 | 有公开目录,但内容不完整的. | 1 | 无公开目录. | 0',
    3,
    '无公开目录',
    0,
    'grade',
  ],
  [
    '有公开目录,内容完整. | 3 | 有公开目录,但内容不完整的. | 1 | 无公开目录. | 0',
    3,
    '有公开目录,但内容不完整',
    1,
    'grade',
  ],
  ['优秀 | 5 | 良好 | 3 | 差 | 0', 5, '良好', 3, 'grade'],
  // (a level without its points: the person's)
  ['优秀 | 5 | 良好 | 3 | 差', 5, '良好', null, 'manual'],
  // chunks that are neither a condition nor its points: as written, the person's
  // below the lowest band of a table whose points fall steadily, nothing; in a gap, or past listed ranks, the
  // person's
  ['达到5%得1分;达到10%得2分;达到15%以上得3分', 3, '3%', 0, 'bands'],
  ['20 公里以内 8 50 公里以内 4', 8, '60公里', 0, 'bands'],
  ['总体就业率达到96%得10分;低于94%的,该项不得分。', 10, '95%', null, 'bands'],
  ['排名1-3名,7分;4-6名,5分;7-10名,3分。', 7, '第12名', null, 'rank'],
  ['排名1-3名,7分;4-6名,5分;7-10名,3分。', 7, '第5名', 5, 'rank'],
  ['2019 年 3 月 5 日', 5, '3', null, 'manual'],
  ['达标 5 分 未达标 0', 5, '达标', null, 'manual'],
  ['以实际评定的好路率x180。', 180, '92%', 165.6, 'proportional'],
  ['每处扣5分直到扣完为止', 15, '4处', 0, 'perissue'],
];

/** Heads and worths in other words: `(分值20分)`, `满分计35分`, `本项得分为:…`, `得分(…)`, `扣分累计`. */
const HEADS_AND_WORTHS: Case[] = [
  ['(分值20分) 缺一种扣5分。', 20, '缺一种', 15, 'perissue'],
  // the worth restated is checked against the row's
  ['(分值20分) 缺一种扣5分。', 15, '缺一种', null, 'manual'],
  ['得分(20分*执行率)', 20, '85%', 17, 'formula'],
  ['本项得分为:10分-考评期间违反规定次数*2分', 10, '2次', 6, 'formula'],
  ['得分为:完成率×分值', 10, '80%', 8, 'proportional'],
  // `前2次不扣分` before a formula on a count may shift the count or stop the formula at two: not read
  ['前2次不扣分。本项得分为:10分-考评期间违反规定次数*2分', 10, '3次', null, 'manual'],
  // `扣分累计`: one deduction per occurrence, adding up
  ['有一个项目未安装的,扣1.5分,扣分累计,扣到0分为止。', 15, '2个', 12, 'perissue'],
  // 完不成任务的 / 没有完成任务: the else of a done state, glued to 按比例
  ['完成镇交任务及通过验收的计满分,完不成任务的按比例计分。', 30, '完成80%', 24, 'proportional'],
  ['完成一般预算收入任务的得13分,没有完成任务按比例得分。', 13, '80%', 10.4, 'proportional'],
  // 种, 样, 卷 count things: one said without 每 is one
  ['每少一种责任书扣4分', 12, '少2种', 4, 'perissue'],
  ['未按时立卷归档的,有1卷扣2分。', 15, '3卷未按时立卷归档', null, 'perissue'],
  // items each closed by their points after the full stop
  [
    '(1)在规划中有明确体现。(1分)(2)在预算中有专项经费。(1分)(3)成立领导小组。(1分)',
    3,
    '(1)(3)',
    2,
    'checklist',
  ],
  ['1.足额安排救助资金。(2分) 2.财政投入比例情况。(2分) 3.运转费用列入预算。(1分)', 5, '1,3', 3, 'checklist'],
  // one measured standard closed by its points: met or not (SPEC §3: a single condition is yes/no)
  ['各村全年上报政务信息3条以上。(5分)', 5, '4条', 5, 'bands'],
  ['各村全年上报政务信息3条以上。(5分)', 5, '2条', 0, 'bands'],
  // the count of places that failed is not the count built (was 2)
  ['各县(市、区)建设1个以上孵化基地(2分)。', 2, '有1个县未建设', null, 'bands'],
  // (the negation right after the measure word turns it too: was 2)
  ['各县(市、区)建设1个以上孵化基地(2分)。', 2, '有1个未建设', null, 'bands'],
  // the things said missing, listed, count one each (whether or not the rule names them)
  ['每缺一项扣0.2分。', 2, '缺打印机、高拍仪、办公电话', 1.4, 'perissue'],
  ['年度考核每缺一项制度扣5分,最多扣20分。', 20, '缺财务制度', 15, 'perissue'],
  ['名册齐全,少1项扣1分', 3, '缺残疾儿童名册和在读名册', 1, 'perissue'],
  // a list naming no thing, or a negated thing, counts nothing
  ['每缺一项扣0.2分。', 2, '缺少', null, 'perissue'],
  ['每缺一项扣0.2分。', 2, '缺打印机、未配高拍仪', null, 'perissue'],
  // `无法统计` says it cannot be counted, not that a thing `法统计` is missing
  ['每缺一项扣0.2分。', 2, '无法统计', null, 'perissue'],
  // numbered items that are tiers of one measure, points falling with the bound, are bands
  ['①本科学历达到50%以上的得5分;②达到40%以上的得3分;③达到30%以上的得1分;④其他不得分。', 5, '35%', 1, 'bands'],
  ['①本科学历达到50%以上的得5分;②达到40%以上的得3分;③达到30%以上的得1分;④其他不得分。', 5, '20%', 0, 'bands'],
  // a rate stated bare before a step down is the standard the step falls from
  ['服务台热线电话的接通率90%,每降低1个百分点扣0.5分', 5, '86.5%', 3.25, 'linear'],
  ['服务台热线电话的接通率90%,每降低1个百分点扣0.5分', 5, '95%', 5, 'linear'],
  // 人次 counts occurrences of people: per 人次 is per occurrence
  [
    '核定不准造成漏保、错保的每人次扣0.5分,有弄虚作假现象的该项不计分。',
    2,
    '漏保2人次，错保1人次',
    0.5,
    'perissue',
  ],
  ['迟到、早退的,每人次扣0.5分;擅自缺岗的,每人次扣1分', 10, '迟到3人次', 8.5, 'composite'],
  // things a sentence lists before `每项N分` are items, together the row's worth
  [
    '负责人、内设机构、印章、银行账户、税务登记应及时办理备案手续(每项2分)',
    10,
    '负责人、印章、银行账户',
    6,
    'checklist',
  ],
  ['负责人、内设机构、印章、银行账户、税务登记应及时办理备案手续(每项2分)', 8, '全部', null, 'manual'],
  // items on different things stay parts to sum (the one measuring a bound met by the value, or by its number)
  ['①预算执行率达到90%以上得2分;②资金使用合规得2分', 4, '①②', 4, 'composite'],
  ['①预算执行率达到90%以上得2分;②资金使用合规得2分', 4, '预算执行率85%，资金使用合规', 2, 'composite'],
  // a second requirement after the standard: the whole asked yes or no (thirty-sixth session); an answer on the
  // count alone is the person's
  ['每年现场检查不少于4次,并建立监督检查台账。(15分)', 15, '4次', null, 'checklist'],
  // `累计扣分不超过15分` is a limit, not a step's word
  ['按时报送得15分;每拖延一天扣0.5分,本项累计扣分不超过15分。', 15, '拖延4天', 13, 'deadline'],
];

/** Items whose points add past the row's weight, read by the weight; points standing after a sentence. */
const ITEMS_BY_WEIGHT: Case[] = [
  // numbered results of one assessment, the last worth nothing: alternatives, named by what follows 为
  [
    '1.考核结果为“好”,得35分。2.考核结果为“较好”,得20分。3.考核结果为“一般”,得15分。4.考核结果为“差”,该指标为0分。本观测点分值最高35分。',
    35,
    '较好',
    20,
    'grade',
  ],
  [
    '1.考核结果为“好”,得35分。2.考核结果为“较好”,得20分。3.考核结果为“一般”,得15分。4.考核结果为“差”,该指标为0分。本观测点分值最高35分。',
    35,
    '差',
    0,
    'grade',
  ],
  ['考核结果为好,得35分;考核结果为较好,得20分;考核结果为差,得0分。', 35, '好', 35, 'grade'],
  ['考核结果为好,得35分;考核结果为较好,得20分;本项分值最高35分。', 35, '较好', 20, 'grade'],
  // the largest is the weight and they add past it: alternatives, the answer names one
  ['建成档案室并投入使用的得4分，当年开工建设档案室的得2分', 4, '当年开工建设', 2, 'grade'],
  ['建成档案室并投入使用的得4分，当年开工建设档案室的得2分', 4, '建成档案室并投入使用', 4, 'grade'],
  // an answer that is none of them is not guessed to be nothing
  ['建成档案室并投入使用的得4分，当年开工建设档案室的得2分', 4, '未建设', null, 'grade'],
  // the same text on a row worth 6 is a checklist of both
  ['建成档案室并投入使用的得4分，当年开工建设档案室的得2分', 6, '①②', 6, 'checklist'],
  // two alternatives worth the same: which was meant is not said
  ['建成档案室的得3分，开工建设档案室的得3分', 3, '建成档案室', null, 'manual'],
  // a title worth the weight, then parts adding to it
  ['宣传发动(6分)。制定宣传方案(3分)；开展宣传活动(2分)；报送宣传信息(1分)', 6, '①③', 4, 'checklist'],
  ['宣传发动(6分)。制定宣传方案(3分)；开展宣传活动(2分)；报送宣传信息(1分)', 6, '全部', 6, 'checklist'],
  // 其中 opens the parts
  ['落实结余资金管理，得4分。其中:按时清理结余得3分；按规定收回得1分', 4, '按时清理结余', 3, 'checklist'],
  // a long first item whose lower ones add up to it by chance: no heading, so alternatives (as hands read them)
  ['人员编制为行政编制的得10分；为事业编制的得6分；为临时聘用的得4分', 10, '为事业编制', 6, 'grade'],
  // points standing alone after each of two sentences belong to them
  ['台账建立完整。(2分)\n台账基本完整。(1分)', 2, '基本完整', 1, 'grade'],
  // one sentence and its points alone: the row's worth, a yes/no requirement however many parts it asks
  ['台账建立完整、及时、规范。(2分)', 2, '是', 2, 'checklist'],
  ['有宣传栏、宣传橱窗,并按期更换内容。(5分)', 5, '有宣传栏、橱窗，按期更换', 5, 'checklist'],
  ['建立节能工作协调机制,定期召开会议,研究重大问题并有文字依据。(2分)', 2, '未建立协调机制', 0, 'checklist'],
  // one part of a list affirmed is not all of it (was 5); the verb the list hangs on, affirmed, is
  ['有宣传栏、宣传橱窗,并按期更换内容。(5分)', 5, '有宣传栏', null, 'checklist'],
  ['将社会救助(收入核对)工作纳入本地区经济、社会发展计划的得1分:否则不得分。', 1, '已纳入', 1, 'checklist'],
  // (what the question itself denies, denied in the answer, is no no)
  ['3、做到专款专用,不存在挪用、移用、滞留专项资金现象的15分', 15, '无挪用、移用、滞留', 15, 'checklist'],
  // the verb a list hangs on denied denies it all; one part of the list said missing is the person's
  ['1、按时呈报政务公开年度工作计划、年度报告等材料;(5分)', 5, '未按时呈报', 0, 'checklist'],
  ['有宣传栏、宣传橱窗,并按期更换内容。(5分)', 5, '无宣传栏', null, 'checklist'],
];

/** Each item's own else, an else that deducts, the stop at 0 naming the row, deductions without 分. */
const ELSES_STOPS_AND_BARE_AMOUNTS: Case[] = [
  // a table's rows, one a line, each words and the points closing the line
  ['按期完成目标,专利层次高; 2\n按期完成目标,专利层次较高; 1', 2, '按期完成目标,专利层次较高', 1, 'grade'],
  ['全年召开会议 4\n未召开 0', 4, '未召开', 0, 'composite'],
  // a band table in one cell after the row's title and method columns
  [
    '上年度接待游学团队人数 查阅相关资料(有图片) 5000人以上 6 3000人以上 5 1000人以上 4',
    6,
    '3200人',
    5,
    'bands',
  ],
  [
    '接待场所面积 供研学团队参观的场所 5000平米以上 6 3000平米以上 5 1000平米以上 4',
    6,
    '6200平米',
    6,
    'bands',
  ],
  // (a heading that counts or turns a bound is no title)
  ['每增加 1000人 1 2000人 2', 2, '1500人', null, 'manual'],
  // cells run together: a space after points and words after it end a sentence
  ['好 4分 较好 3分 一般 2分 较差 1分', 4, '较好', 3, 'grade'],
  ['符合:3分;基本符合:2分 不符合:0分', 3, '不符合', 0, 'grade'],
  [
    '标志牌制作和悬挂不 清楚 不规范 不醒目的扣 2 分 未设立永久性标语的扣 1 分',
    3,
    '未设立永久性标语',
    2,
    'composite',
  ],
  ['建立排查台账的,计1.5分,否则计0分;建立整改清单的,计1.5分,否则计0分。', 3, '②', 1.5, 'checklist'],
  ['建立排查台账的,计1.5分,否则计0分;建立整改清单的,计1.5分,否则计0分。', 3, '全部', 3, 'checklist'],
  // one else for two items is a chain of alternatives, not each item's
  ['建立排查台账的,计1.5分;建立整改清单的,计1.5分,否则计0分。', 3, '②', null, 'grade'],
  // `否则扣N分`: the no takes N off
  ['有年度作业计划的,得2分。否则扣2分。', 2, '无', 0, 'checklist'],
  ['有年度作业计划的,得3分,否则扣1分。', 3, '无', 2, 'checklist'],
  ['有年度作业计划的,得3分,否则扣1分。', 3, '有', 3, 'checklist'],
  ['制度不健全的一次扣0.5分,直至本项目分扣完', 2, '3次', 0.5, 'perissue'],
  ['制度不健全的一次扣0.5分,直至本项目分扣完', 2, '6次', 0, 'perissue'],
  // an ASCII full stop after 不得分 ends the sentence (was read as a number's point: each else unread)
  ['制定工作方案得 1 分,否则不得分. 明确责任单位得 1 分,否则不得分.', 2, '①', 1, 'checklist'],
  // a frequency asked for with an else giving nothing is met or not, not points per meeting
  ['每月召开1次专题会议得2分,否则不得分', 2, '是', 2, 'checklist'],
  ['每年制定 1 个专项行动计划得 2 分,否则不得分.', 2, '否', 0, 'checklist'],
  ['每月召开1次专题会议得2分,否则不得分', 2, '召开10次', null, 'checklist'],
  // the amount before what it is per
  ['教师无故旷课扣3分每人次。', 10, '2人次', 4, 'perissue'],
  // 基分 for the row's base points in a stop at 0
  ['评定工作完成80%,得8分,评定工作每少完成10%扣2分,扣完基分为止。', 8, '60%', 4, 'linear'],
  // a table that leaves 分 off its deductions
  ['值班制度不符合扣0.5,未设服务电话扣1', 3, '未设服务电话', 2, 'composite'],
  ['未编制计划的扣9分,未执行计划的扣12。', 12, '未执行计划', 0, 'composite'],
  // (a bare number before a unit is no amount of points)
  ['每月检查少于2次的扣1次', 3, '少1次', null, 'manual'],
];

/** Numbers listed before 分别, paired with as many amounts. */
const NUMBERS_RESPECTIVELY: Case[] = [
  // a title and its worth as a sentence of their own; a ceiling the bonuses reach; the deduction used up
  [
    '1.粮食播种面积(30分)。完成县下达任务的,得25分;每增减1%,加减1分,最高加至30分,减分直至扣完。',
    30,
    '103%',
    28,
    'twosided',
  ],
  [
    '1.粮食播种面积(30分)。完成县下达任务的,得25分;每增减1%,加减1分,最高加至30分,减分直至扣完。',
    30,
    '110%',
    30,
    'twosided',
  ],
  [
    '1.粮食播种面积(30分)。完成县下达任务的,得25分;每增减1%,加减1分,最高加至30分,减分直至扣完。',
    30,
    '96%',
    21,
    'twosided',
  ],
  // (one of several states and its points before a sentence that deducts is no title)
  [
    '结合问卷调查,做到无卫生死角(1分);无环境污染(1分);河面整洁(1分)。未达到规定要求的每一项扣1分,扣完为止。',
    3,
    '全部',
    3,
    'checklist',
  ],
  // one step both ways, written once
  [
    '(2)当年建成标准化厂房面积(含用于出租或出售的标准厂房)达3000平方米的得10分,每增减300平方米增减2分。',
    10,
    '2400平方米',
    6,
    'twosided',
  ],
  ['(3)区内税收比上年增长30%的得10分,每增减5个百分点增减2分', 10, '20%', 6, 'twosided'],
  [
    '(5)各行、社累放贷款中工商企业及个私民营和农业贷款占85%得10分,加减一个百分点,加减0.5分,加减分至基分止。',
    10,
    '83%',
    9,
    'twosided',
  ],
  // levels of government paired by 分别: the last one is its level, a bracketed one an item
  [
    '1、项目部班子成员因在本项目上表现突出被评为业主单位、集团、省(部)、国家级优秀项目经理的,分别加3分、5分、8分、10分。',
    10,
    '集团优秀项目经理',
    5,
    'composite',
  ],
  [
    '1.创新性加分。在工作中采用的创新做法,被镇、江山市、衢州市、省级以上推广使用的或媒体宣传的,分别加2分、4分、8分、10分。',
    10,
    '被衢州市推广',
    8,
    'composite',
  ],
  [
    '1.创新性加分。在工作中采用的创新做法,被镇、江山市、衢州市、省级以上推广使用的或媒体宣传的,分别加2分、4分、8分、10分。',
    10,
    '被省级以上推广',
    10,
    'composite',
  ],
  // bonuses that differ only in their level: the answer holding one level's words names it
  [
    '2.在政府部门组织的安全检查中获得表彰表扬的,部级、省级、市级分别加3分、2分、1分;',
    3,
    '省级表彰',
    2,
    'composite',
  ],
  [
    '2.在政府部门组织的安全检查中获得表彰表扬的,部级、省级、市级分别加3分、2分、1分;',
    3,
    '省级、市级表彰',
    3,
    'composite',
  ],
  [
    '2.在政府部门组织的安全检查中获得表彰表扬的,部级、省级、市级分别加3分、2分、1分;',
    3,
    '省市联合表彰',
    null,
    'composite',
  ],
  // (the 级 the items share stays each one's)
  [
    '医学论文及科研成果,在省、市级刊物发表1篇(项)分别加1分和0.5分,最多不超过5分',
    5,
    '省级2篇，市级1篇',
    2.5,
    'composite',
  ],
  ['配套资金占总投资的30%以上、20%以上和10%以上,分别得5分、3分和1分', 5, '25%', 3, 'bands'],
  ['配套资金占总投资的30%以上、20%以上和10%以上,分别得5分、3分和1分', 5, '8%', 0, 'bands'],
  // the lead of the first and the unit of the last are each item's
  ['入户率超过90%、80%和70%的,分别得4分、2分和1分', 4, '85%', 2, 'bands'],
  ['年度考核第1、2、3名分别得3、2、1分', 3, '第3名', 1, 'rank'],
  ['2、验收合格率95%、90%、85%以上的分别得3、2、1分', 3, '91%', 2, 'bands'],
  // words naming what is ranked may lead a rank; an else is every rank not listed
  ['年度考核第1名得3分;年度考核第2名得2分', 3, '第2名', 2, 'rank'],
  ['年度考核第1名得3分;年度考核第2名得2分', 3, '第4名', null, 'rank'],
  ['排名第1名得3分，排名第2名得2分，其他不得分', 3, '第5名', 0, 'rank'],
  ['第1名得3分，第2名得2分，其余得1分', 3, '第4名', 1, 'rank'],
  // (a negation before the rank says another thing)
  ['未进入前3名扣2分', 3, '第5名', null, 'composite'],
  // short of a value said away from its verb is below it; the answer may name the measure before its share
  ['达到目标值的,得10分;达到目标值80%的,得8分;未达到目标值80%的,不得分', 10, '目标值的85%', 8, 'bands'],
  ['达到目标值的,得10分;达到目标值80%的,得8分;未达到目标值80%的,不得分', 10, '70%', 0, 'bands'],
  // (a share of another measure is not this one's)
  ['达到目标值的,得10分;达到目标值80%的,得8分;未达到目标值80%的,不得分', 10, '完成率85%', null, 'bands'],
  // numbered tiers: the first in words (the whole done), a last one below the lowest floor
  [
    '(1)达到目标值的,得10分;(2)达到目标值90%的,得8分;(3)达到目标值80%的,6分;(4)未达到目标值80%的,不得分。',
    10,
    '目标值的92%',
    8,
    'bands',
  ],
  [
    '(1)达到目标值的,得10分;(2)达到目标值90%的,得8分;(3)达到目标值80%的,6分;(4)未达到目标值80%的,不得分。',
    10,
    '100%',
    10,
    'bands',
  ],
  [
    '(1)达到目标值的,得10分;(2)达到目标值90%的,得8分;(3)达到目标值80%的,6分;(4)未达到目标值80%的,不得分。',
    10,
    '75%',
    0,
    'bands',
  ],
  // a question whether a measure reaches a value: reached earns the worth
  ['申报单位种植总面积是否达到 1000 亩以上。', 20, '1200亩', 20, 'bands'],
  ['申报单位种植总面积是否达到 1000 亩以上。', 20, '800亩', 0, 'bands'],
  // (a question whether a fault happened, in words alone: no is good (twenty-eighth session; it was the person's))
  ['是否有违反外事纪律事件发生', 10, '否', 10, 'checklist'],
  // a sentence giving full marks to a row with none of the thing: the rest is the rule
  ['100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼堂馆所项目的部门按满分计算。', 5, '103%', 3.8, 'linear'],
  [
    '100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼堂馆所项目的部门按满分计算。',
    5,
    '没有楼堂馆所项目',
    5,
    'linear',
  ],
  [
    '通达率达100%时得满分,每降低1%扣4分,扣完为止。行政区内没有建制村的,该项指标默认满分。',
    20,
    '无建制村',
    20,
    'linear',
  ],
  [
    '通达率达100%时得满分,每降低1%扣4分,扣完为止。行政区内没有建制村的,该项指标默认满分。',
    20,
    '无',
    null,
    'linear',
  ],
  // words between the list and 分别 are not the items': not guessed
  ['投资10亿元以上、5亿元以上的项目分别加2、1分', 2, '7亿元', null, 'manual'],
  // as many numbers as amounts, or nothing
  ['合格率95%、90%、85%以上的分别得3、2分', 3, '91%', null, 'manual'],
];

/** Answers the blind batches found read confidently wrong, now read or left to the person. */
const ANSWERS_ONCE_MISREAD: Case[] = [
  // (found by blind batches on arrival) labels differing in more than degree are not told apart by their
  // shared ending (was `按时开展培训` read as the level `未及时开展培训`: 9 for 15)
  ['未及时开展培训，扣6分；未开展培训不得分', 15, '按时开展培训', 15, 'composite'],
  // an answer ending with a level's words but denying them is not that level (was 2)
  [
    '有专门法制工作机构的得3分,有机构负责法制工作的得2分,否则得0分。',
    3,
    '未明确机构负责法制工作',
    null,
    'grade',
  ],
  // a count of what was done against a fault of what is short (was 2 missed: 0 for 5)
  [
    '2、质量自查少一次扣2.5分;未及时整改或未及时上报整改情况的,一次扣1分;',
    5,
    '自查2次，均及时整改',
    null,
    'composite',
  ],
  ['2、质量自查少一次扣2.5分;未及时整改或未及时上报整改情况的,一次扣1分;', 5, '自查少1次', 2.5, 'composite'],
  // points without a verb after something not done may be its cost (was yes = 1)
  ['2.未出台年度相应殡葬改革工作计划及实施方案的,1分。', 1, '是', null, 'manual'],
  // (fresh57-59 on arrival) a step counting from the target names no other measure (was lost: left)
  [
    '由办公室汇总各单位(部门)阅办率情况。按时阅办率≥80%得满分,每低于目标值1%扣0.5分,扣完为止。',
    5,
    '76%',
    3,
    'linear',
  ],
  // parts each worth so much after 其中 are parts, never alternatives (was 5 for two parts named)
  [
    '2、按规定完成照片组稿的计20分,其中上交时间、照片数量、照片质量和照片说明各占5分。',
    20,
    '照片数量、照片质量',
    10,
    'checklist',
  ],
  // an absence counted without 每 is counted once, as any fault so written (was 2 absences: 1)
  ['按时参加区关工委会议、活动、培训。 2 分 缺席 1 次扣 0.5 分。', 2, '缺席2次', null, 'perissue'],
  ['按时参加区关工委会议、活动、培训。 2 分 缺席 1 次扣 0.5 分。', 2, '缺席1次', 1.5, 'perissue'],
  // a reward is a bonus, never the clean result (was 3 for none of the faults)
  ['未出台文件,扣 1 分,未成立组织扣 1 分,评上市级以上先进奖励 3 分。', 10, '无', null, 'grade'],
  // a bare count against a shortfall whose required count is written: built or short? (was 5 read as 5 short)
  ['建有6个农村淘宝村级服务站点得24分,每少1个扣4分', 24, '5个', null, 'perissue'],
  ['建有6个农村淘宝村级服务站点得24分,每少1个扣4分', 24, '少1个', 20, 'perissue'],
  // (fresh60) a count of what is there against a measure of what is missing (was 三项均有 read as 3 missing: 0);
  // since any one short reads as a fault named (twentieth session), every one there is no fault: full marks.
  [
    '无安全生产责任制、安全应急预案、安全生产制度的,不得分。(注:缺少任何一项均不得分)',
    30,
    '三项均有',
    30,
    'composite',
  ],
  // a step naming another measure than the standard's is not its step (was 80% read as the 存活率: 8 for 6)
  [
    '完成镇下达的绿化目标任务且存活率达90%以上得基本分10分。每减少任务量的10%扣2分,以此类推,直至扣完为止。',
    10,
    '完成80%',
    null,
    'manual',
  ],
  // (a step naming the standard's own measure, past its verb of falling short, still is)
  [
    '2.按照省政府招收消防文职雇员的要求,公安消防机构招收文职雇员不少于5名,记2分;每少招收1名消防文职雇员,扣1分。',
    2,
    '4名',
    1,
    'linear',
  ],
  // a band worth more than the row: the rule and the table disagree (was clamped to 5)
  ['1、县区设立了不低于200万元的信息化发展专项资金,得10分。', 5, '设立专项资金300万元', null, 'manual'],
  // what is met named first, then every one of it met
  ['未达要求1条记录扣1分', 5, '记录均达要求', 5, 'perissue'],
  [
    '压力点设置低于标准规定要求扣3分;管网压力低于标准要求,造成群众集中反映,经查实扣3-5分。',
    5,
    '压力点设置和管网压力均符合要求',
    5,
    'composite',
  ],
  // none of what is counted, named in full past the fault's 有…者
  ['有违反者每人次扣5分。', 10, '无违反师德师风行为', 10, 'perissue'],
  // the things named first, then the verb done
  [
    '成立博士后工作领导小组及办公室2 分,成立专家委员会1分.',
    3,
    '领导小组及办公室、专家委员会均已成立',
    3,
    'checklist',
  ],
  ['成立博士后工作领导小组及办公室2 分,成立专家委员会1分.', 3, '专家委员会已成立', 1, 'checklist'],
  // a rate asked, answered by a value: met when the value reaches it
  ['5、初检、复检到检率100%;(10分)', 10, '95%', 0, 'bands'],
  ['5、初检、复检到检率100%;(10分)', 10, '到检率100%', 10, 'bands'],
  ['本防火年度各村级应急扑火队要进行一次安全扑火培训。(1分)', 1, '培训2次', 1, 'checklist'],
  // (a number in a fault is no standard)
  ['严格执行项目工程实施方案。其中一项工程未按规定完成,扣全分。(5分)', 5, '3', null, 'composite'],
  // the counted thing's verb denied: none done
  ['2、在辖区制作1幅以上永久性禁毒宣传标语,2分', 2, '未制作', 0, 'bands'],
  ['2、在辖区制作1幅以上永久性禁毒宣传标语,2分', 2, '制作3幅', 2, 'bands'],
  ['组织开展6次以上踏查工作的,得6分', 6, '全年未开展', 0, 'bands'],
  // an answer opening with all a fault negates says it was done; words the fault names before its
  // negation must be there too
  ['1、无分管领导扣1分;未建立扣1分。', 2, '有分管领导，已建立综治组织和办事机构', 2, 'composite'],
  ['信息报送不及时的,扣1分。', 1, '已及时补植', null, 'composite'],
  // points per amount counted, no verb: never the band `≥100万元 得1分`, nor a yes/no on `每100万元`
  ['按照经费收入计算,每100万元1分', 10, '300万元', null, 'manual'],
  ['每100万元1分', 1, '是', null, 'manual'],
  // a count after a word of reaching is reached (was `=60家`: 65 scored nothing)
  ['备案企业达 60 家得 1 分,否则不得分', 1, '65家', 1, 'bands'],
  ['备案企业达 60 家得 1 分,否则不得分', 1, '50家', 0, 'bands'],
  // so is a count after a total (twenty-eighth session; was `=200条`: 236 fell short of it)
  ['年度信息总量200条得8分,未达到扣2分', 8, '236条', 8, 'bands'],
  ['年度信息总量200条得8分,未达到扣2分', 8, '150条', 6, 'bands'],
  ['建成数量3个得3分,2个得2分,1个得1分', 3, '4个', 3, 'bands'],
  // (a count found is that count exactly, as before)
  ['发现1个问题扣1分', 5, '2个', null, 'perissue'],
  // issues found are no count of what a rule counts done (twenty-eighth session; was 3 trainings, full marks)
  ['全年开展培训不少于2次,得2分', 2, '发现问题3处', null, 'bands'],
  ['全年开展培训不少于2次,得2分', 2, '开展3次', 2, 'bands'],
  // numbered faults are named by numbers; words for all (`均已`) are no number (was both faults once)
  ['1.未及时清运的每一处扣2分。 2.未及时复绿的每一处扣2分。', 10, '均已清运并复绿', 10, 'composite'],
  ['1.未及时清运的扣2分。 2.未及时复绿的扣2分。', 10, '1、2', 6, 'composite'],
  // a negated verb phrase before a list governs each item (was `未进校园` read as denying a fault: full marks)
  [
    '未开展法治宣传进企业、进校园、进社区、进家庭活动的,每少1个扣0.5分',
    2,
    '未进校园、未进家庭',
    1,
    'perissue',
  ],
  ['未开展法治宣传进企业、进校园、进社区、进家庭活动的,每少1个扣0.5分', 2, '未进校园', 1.5, 'perissue'],
  // each thing with its own denial, beside another fault
  [
    '开展宣传月活动,每缺1项扣0.5分; 未开展法治宣传进企业、进校园、进社区、进家庭活动的,每少1个扣0.5分',
    2,
    '未进校园、未进家庭',
    1,
    'composite',
  ],
  // an answer naming what the rule excepts is the person's
  ['违章驾驶受到处罚的,发生一次扣1分(紧急情况除外)', 4, '紧急情况违章1次', null, 'perissue'],
  ['违章驾驶受到处罚的,发生一次扣1分(紧急情况除外)', 4, '违章1次', 3, 'perissue'],
  // (an answer sharing a word or two with the exception is not it)
  [
    '没有出现违法用地情况的(省级以上重点项目用地除外),得5分;出现违法用地情况的不得分',
    5,
    '没有出现违法用地',
    5,
    'composite',
  ],
  // an outcome left to another procedure is never read past (was a standard of 10天)
  ['事假,每天扣2分;10天以上另作处理。', 40, '事假3天', null, 'manual'],
  // another grade of the fault's own scale is another fault
  ['发生负主要及以上责任交通事故的,一次扣10分', 10, '负次要责任事故1次', null, 'perissue'],
  ['发生负主要及以上责任交通事故的,一次扣10分', 10, '负主要责任事故1次', 0, 'perissue'],
  // none found of a kind of issue, whichever fault it is; `无` to several faults
  [
    '未按要求设卡的,扣1分;发生火警,每例扣0.5分;发生森林火灾,每例扣1分。',
    3,
    '按要求设卡，未发生火警火灾',
    3,
    'composite',
  ],
  ['未按要求设卡的,扣1分;发生火警,每例扣0.5分;发生森林火灾,每例扣1分。', 3, '发生火警2例', 2, 'composite'],
  ['无专职管理人员扣1分,未挂牌扣1分,工作经费未落实扣1分。', 5, '无', 5, 'composite'],
  ['生产安全责任事故造成人员死亡的扣5分;造成人员住院的扣2分', 5, '无责任事故', 5, 'composite'],
  // (`否` answers a question, not a list of faults)
  ['“否”扣3分;缺1项扣1分', 3, '否', null, 'composite'],
  // a negation a few characters before the answer's words still governs them
  ['未严格按照防火要求设卡、设点的,扣1分;发生火警,每例扣0.5分', 3, '按要求设卡设点', 3, 'composite'],
  // `被发现` names nothing: the step's words name what was found (`被媒体曝光` names it)
  [
    '零产量计15分,被发现每铲除200株罂粟扣1分。不如实上报种植株数的每瞒报200株扣1分。',
    15,
    '铲除400株',
    13,
    'composite',
  ],
  ['被媒体曝光的每次扣5分,投诉没有及时查处的扣2分', 10, '被媒体曝光1次', 5, 'composite'],
  // `经查实`, `查到` alone name nothing: the clause before names the fault (our own wording)
  ['台账管理规范得4分。台账不规范,经查实每起扣1分;记录缺失,每起扣1分。', 4, '台账不规范1起', 3, 'composite'],
  ['台账管理规范得4分。台账不规范,经查实每起扣1分;记录缺失,每起扣1分。', 4, '记录缺失2起', 2, 'composite'],
  ['存在违规收费的情况，查到一次，扣3分；与群众发生争执的，一次扣1分。', 6, '违规收费1次', 3, 'composite'],
  // (before other words the lead tells faults apart: `检查发现` and `被抽查` are two faults)
  ['检查发现人员不在岗每次扣2分;被上级抽查不在岗每次扣4分。', 10, '检查发现不在岗1次', 8, 'composite'],
  // the answer's word for what the rule writes otherwise (ANSWER_SYNONYMS)
  [
    '未签署采购委托协议的,每发现1次,扣1分;超过委托代理权限开展采购的,每发现1次,扣1分。',
    5,
    '超越权限2次',
    3,
    'composite',
  ],
  ['报表未按时上报的每次扣0.5分;数据错误的每处扣0.2分', 3, '迟报2次', 2, 'composite'],
  // points of nothing opening a rule are what a state gives, never the row's worth
  ['无帮扶制度0分,不健全扣2分。', 3, '不健全', 1, 'composite'],
  ['无帮扶制度0分,不健全扣2分。', 3, '无帮扶制度', 0, 'composite'],
  // every thing asked for there; a count below the target is what is short, not what was done
  ['每少一项完成任务扣0.5分。', 1.5, '均已完成', 1.5, 'perissue'],
  ['会议记录、活动记录、工作总结,每少1项扣1分', 3, '三项均完成', 3, 'perissue'],
  ['每少1项原始登记扣1分。', 7, '齐全', 7, 'perissue'],
  ['每少1项原始登记扣1分。', 7, '完成3项', null, 'perissue'],
  ['每低于目标值1天,扣0.2分', 7, '低于目标值10天', 5, 'perissue'],
  // a yes/no answered with one of the question's own phrases, word for word
  ['项目没有尾工:工程项目按要求全部完成,没有尾工(5分);', 5, '没有尾工', 5, 'checklist'],
  // of two faults that hold the answer's words nearly as tightly, the one negating as often as the answer
  [
    '证明手续不齐全的,每例扣1分;有修坟、建坟现象的每例扣5分;对修坟、建坟现象未及时整治的扣完基本分。',
    20,
    '修坟、建坟1例',
    15,
    'composite',
  ],
  ['有修坟、建坟现象的每例扣5分;修坟、建坟现象未整治的扣10分', 20, '修坟、建坟现象未整治', 10, 'composite'],
  // an overrun in any of its words; a bare 超过 after a bound is the rest beyond it
  ['成本控制在预算范围内得满分，超支的每超1%扣0.5分。', 2, '超支3%', 0.5, 'linear'],
  ['在职人员控制率≤100%得1分，超过不得分。', 1, '102%', 0, 'bands'],
  ['在职人员控制率≤100%得1分，超过不得分。', 1, '98%', 1, 'bands'],
  // `最高不超过分值` is the clamp every score has; `未按期完成的` the rest below the band
  [
    '产出数量完成率=实际完成数/计划数×100%。得分=完成率×分值，最高不超过分值。',
    8,
    '92.5%',
    7.4,
    'proportional',
  ],
  ['按期完成率达到100%得2分，未按期完成的按完成比例得分。', 2, '75%', 1.5, 'bands'],
  // points per fault found, said without 扣, are no alternatives to choose from: they are costs (an example in
  // brackets does not name its fault apart from the plain one it holds)
  ['每处错误1分,严重错误(如文不对题)5分。', 5, '文不对题', null, 'composite'],
  ['每处错误1分,严重错误(如文不对题)5分。', 5, '错误3处', 2, 'composite'],
];

/** A measure and, in a sentence of their own, faults priced beside it. */
const MEASURE_AND_FAULTS: Case[] = [
  [
    '案件发现率低于95%的,每少1%扣0.5分,扣完为止。每瞒报漏报一宗违法用地扣0.5分。',
    10,
    '发现率93%，瞒报1宗',
    8.5,
    'composite',
  ],
  // no fault said, none there
  [
    '案件发现率低于95%的,每少1%扣0.5分,扣完为止。每瞒报漏报一宗违法用地扣0.5分。',
    10,
    '发现率96%',
    10,
    'composite',
  ],
  // the measure's value is asked for
  [
    '案件发现率低于95%的,每少1%扣0.5分,扣完为止。每瞒报漏报一宗违法用地扣0.5分。',
    10,
    '瞒报1宗',
    null,
    'composite',
  ],
  // in one sentence, after the measure's step; a bare value is the one measure's
  ['全年学习活动不少于8次,每少一次扣1分,记录不详实扣3分,扣完为止', 8, '6次，记录不详实', 3, 'composite'],
  ['全年学习活动不少于8次,每少一次扣1分,记录不详实扣3分,扣完为止', 8, '8次', 8, 'composite'],
];

scoresAsListed([
  ['a measure and faults beside it', MEASURE_AND_FAULTS],
  ['answers once misread', ANSWERS_ONCE_MISREAD],
  ['numbers paired by 分别', NUMBERS_RESPECTIVELY],
  ['elses, stops and bare amounts', ELSES_STOPS_AND_BARE_AMOUNTS],
  ['items read by the weight', ITEMS_BY_WEIGHT],
  ['heads and worths in other words', HEADS_AND_WORTHS],
  ['a table run together', FLAT_TABLES],
  ['faults named in other words', FAULTS_IN_OTHER_WORDS],
  ['a fall between two bands', BETWEEN],
  ['answers that say nothing', SAYS_NOTHING],
  ['wordings', WORDINGS],
  ['tables', TABLES],
  ['counts and limits', COUNTS_AND_LIMITS],
  ['a floor and a ceiling after their numbers', FLOOR_AND_CEILING],
  ['lists and answers in words', LISTS_AND_ANSWERS],
]);

describe('a standard in another column', () => {
  it('is the row’s 年度指标值 when the table has one', () => {
    const r = scoreRule({
      rule: '每低1个百分点扣1分，直至本项分值扣完。',
      weight: new Decimal(8),
      input: { value: '70%' },
      target: { value: '≥75%' },
      settings: DEFAULT_SETTINGS,
    });
    expect(r.score?.toNumber()).toBe(3);
  });
});

describe('deductions that go on past the row (`扣完10分后扣项目考核总分`)', () => {
  const RULE = '未按承诺配备人员的，每缺少一人扣2分，扣完10分后扣项目考核总分。';
  it('scores within the row as any deduction does', () => {
    expect(score(RULE, 10, '缺少2人').score?.toNumber()).toBe(6);
    expect(score(RULE, 10, '缺少5人').score?.toNumber()).toBe(0);
  });
  it('leaves deductions past the row to the person, quoting the words', () => {
    const r = score(RULE, 10, '缺少6人');
    expect(r.status).toBe('manual');
    expect(r.note).toContain('评分标准写明“扣完10分后扣项目考核总分”');
  });
  it('checks the points named against the weight', () => {
    expect(score(RULE, 8, '缺少2人').note).toContain('评分标准写明本项10分，与分值8分不一致');
  });
});

describe('restatements', () => {
  it('says when deductions may pass the weight', () => {
    const explain = parseRule('每发现一处扣1分，扣分不封顶').explain;
    expect(explain).toContain('扣分不封顶，扣分超过分值时由评分人评分');
    expect(explain).not.toContain('最低0分');
  });
  it('says where the fall starts and ends', () => {
    expect(parseRule('结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分').explain).toContain(
      '按比例计分（10%时得满分，20%时得0分）',
    );
    expect(score('资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '20日').note).toBe(
      '资金下达20日，属于“15日（不含）至30日（含）”一档，按比例计分（15日时得满分，30日时得0分），得4.00分',
    );
  });
});
