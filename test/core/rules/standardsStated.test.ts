/**
 * How a rule states the standard its steps count from (or, alone, the rate it asks: `处理率100%。`), and what one
 * unit of a fault costs — shapes from the seventh set of blind batches, in our own phrasings with scores worked out
 * by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** A bare value closing the words right before a step is the standard the step counts from. */
const BARE_STANDARDS: Case[] = [
  // reached with 达 (no comparator), with or without a comma before the step
  ['入户走访率达100%每少一个百分点扣0.5分', 5, '96%', 3, 'linear'],
  ['入户走访率达100%,每降低2%,扣1分', 5, '96%', 3, 'linear'],
  ['入户走访率达100%,每降低2%,扣1分', 5, '100%', 5, 'linear'],
  // counted from a value (`…100%起`)
  ['持证上岗人数占比100%起,每降低5%,扣3分。', 20, '90%', 14, 'linear'],
  // a step up from a bare value: the value is a ceiling
  ['资产负债率50%,每增加5个百分点扣1分', 4, '60%', 2, 'linear'],
  ['资产负债率50%,每增加5个百分点扣1分', 4, '45%', 4, 'linear'],
  // a count asked for, in the unit its shortfall is counted in
  ['全年组织应急演练3次，每少1次扣1分', 3, '演练1次', 1, 'linear'],
  ['全年组织应急演练3次，每少1次扣1分', 3, '少1次', 2, 'linear'],
  ['全年组织应急演练3次，每少1次扣1分', 3, '演练3次', 3, 'linear'],
  // (per period: the total asked is not written, so the count is what the answer says was missed)
  ['每季度组织应急演练1次，每少1次扣1分', 3, '少2次', 1, 'perissue'],
  // a sum of money in the step's unit, the words done with it closing it (seventeenth session)
  ['区级培训经费10万到位(每减少1万扣2分)', 6, '到位8万', 2, 'linear'],
  ['区级培训经费10万到位(每减少1万扣2分)', 6, '8.5万', 3, 'linear'],
  ['区级培训经费10万到位(每减少1万扣2分)', 6, '12万', 6, 'linear'],
  ['乡级3万元(每下降1万元扣1分)', 3, '1万元', 1, 'linear'],
  // (in another unit than the step's, the sum is not read as its standard)
  ['区级培训经费10万元到位(每减少1万扣2分)', 6, '8万', null, 'manual'],
];

/**
 * A standard named in words, its value not written (`不低于平均值的，得2分；每低1%，扣0.1分`, seventeenth session): the
 * answer says which side of it the row stands, and how far (`低于平均值3个百分点`).
 */
const NAMED_AVERAGE = '专业技术人员占比不低于全市平均值的,得3分;每低1%,扣0.2分。';
const NAMED_STANDARD: Case[] = [
  [NAMED_AVERAGE, 3, '不低于全市平均值', 3, 'linear'],
  [NAMED_AVERAGE, 3, '高于平均值', 3, 'linear'],
  [NAMED_AVERAGE, 3, '低于平均值4个百分点', 2.2, 'linear'],
  [NAMED_AVERAGE, 3, '低于平均值20个百分点', 0, 'linear'],
  // (a bare rate says nothing of the average, which the rule does not write)
  [NAMED_AVERAGE, 3, '35%', null, 'linear'],
  // (reached on the side the step counts: not the standard the step counts from)
  ['专业技术人员占比低于全市平均值的,得3分;每低1%,扣0.2分。', 3, '低于平均值4个百分点', null, 'manual'],
];

/** One unit of a delay priced alone is each unit's cost only when the deductions are said to go on. */
const ONE_UNIT_LATE: Case[] = [
  ['报表迟报一天扣1分,扣完为止。', 5, '迟报3天', 2, 'deadline'],
  ['报表迟报一天扣1分,最多扣3分。', 5, '迟报4天', 2, 'deadline'],
  ['报表迟报一天扣1分,表内数据错一处扣1分,扣完为止。', 5, '迟报2天，错1处', 2, 'composite'],
  // what one day costs, nothing of a second
  ['按时报送得5分,迟报一天扣2分', 5, '迟报1天', 3, 'bands'],
  ['按时报送得5分,迟报一天扣2分', 5, '迟报3天', null, 'bands'],
  // a ladder of delays: the first rung is a band, not a step
  ['迟报一天扣1分，迟报两天扣3分，扣完为止。', 5, '迟报2天', 2, 'bands'],
];

/** Answers the seventh set of batches found read the wrong way round. */
const ANSWERS_THE_RIGHT_WAY: Case[] = [
  // 是/否 to one bonus: earned or not (a fault's yes/no is the other way round)
  ['获得县级以上表彰的，加3分。', 3, '是', 3, 'composite'],
  ['获得县级以上表彰的，加3分。', 3, '否', 0, 'composite'],
  ['每获得一项县级以上表彰加1分，加满3分为止。', 3, '是', null, 'bonus'],
  // 获得 before a count of things is the verb, not a score
  ['每获得一项县级以上表彰加1分，加满3分为止。', 3, '2项', 2, 'bonus'],
  // a veto named in one piece of the answer; a veto denied is not named
  ['台账缺一项扣1分，台账造假不得分', 5, '缺1项，台账造假', 0, 'perissue'],
  ['台账缺一项扣1分，台账造假不得分', 5, '缺1项', 4, 'perissue'],
  ['每发现一处问题扣1分，扣完为止；存在挪用资金的，本项0分', 5, '无挪用资金', null, 'perissue'],
  ['每发现一处问题扣1分，扣完为止；存在挪用资金的，本项0分', 5, '发现2处问题，未发现挪用资金', 3, 'perissue'],
  // what is there, counted against a shortfall: not the number short
  ['站所达到“六有”标准，每少一项扣0.5分，扣完为止。', 3, '有5项', null, 'perissue'],
  // the standard a shortfall counts from, said back: met
  ['花名册资料完整,缺1个扣0.5分;发现1户未签字的扣0.5分。', 3, '资料完整', 3, 'composite'],
  // a fault's own words, whole, even words of none
  ['没有不得分;名称不规范的扣1分。', 2, '没有', 0, 'composite'],
  // the last words of one fault and the measure only it counts in
  ['报表迟报一天扣1分,表内数据错一处扣1分,扣完为止。', 5, '错2处', 3, 'composite'],
  // one event told apart by a denial: naming the event alone says neither
  [
    '发生安全事故，造成人员伤亡的，每起扣5分，未造成人员伤亡的，每起扣2分，扣完为止。',
    10,
    '安全事故1起',
    null,
    'composite',
  ],
  [
    '发生安全事故，造成人员伤亡的，每起扣5分，未造成人员伤亡的，每起扣2分，扣完为止。',
    10,
    '安全事故1起，未造成人员伤亡',
    null,
    'composite',
  ],
  [
    '发生安全事故，造成人员伤亡的，每起扣5分，未造成人员伤亡的，每起扣2分，扣完为止。',
    10,
    '未造成人员伤亡1起',
    8,
    'composite',
  ],
];

/** One standard over several named measures: each held to it, the answer naming a value for each. */
const SEVERAL_MEASURES: Case[] = [
  ['群众知晓率和满意率低于85%的,不得分。', 3, '知晓率90%，满意率88%', 3, 'bands'],
  ['群众知晓率和满意率低于85%的,不得分。', 3, '知晓率90%，满意率80%', 0, 'bands'],
  ['群众知晓率和满意率低于85%的,不得分。', 3, '知晓率和满意率均为95%', 3, 'bands'],
  // one value for two measures says nothing of which
  ['群众知晓率和满意率低于85%的,不得分。', 3, '90%', null, 'bands'],
  // the deductions of each come off the one weight
  ['村务公开率、档案归档率低于90%的，每降低1个百分点扣1分', 10, '公开率88%，归档率85%', 3, 'linear'],
  ['村务公开率、档案归档率低于90%的，每降低1个百分点扣1分', 10, '公开率95%，归档率89%', 9, 'linear'],
  ['村务公开率、档案归档率低于90%的，每降低1个百分点扣1分', 10, '公开率95%', null, 'linear'],
  // bands of several levels each: how two levels make the row's score is not written
  ['知晓率和满意率达95%以上得3分,90%-95%得2分,低于90%不得分', 3, '知晓率96%，满意率92%', null, 'bands'],
];

/** The one thing a rule says not done, said done in the answer's own words. */
const DONE_IN_OTHER_WORDS: Case[] = [
  ['未对安全生产责任制落实情况进行督促检查的扣4分。', 4, '全年督促检查3次', 4, 'composite'],
  ['未组织制定年度安全生产工作计划的扣4分。', 4, '工作计划已制定并印发', 4, 'composite'],
  // in part, late, or with a word of a fault: not said done
  ['未组织制定年度安全生产工作计划的扣4分。', 4, '计划基本制定', null, 'composite'],
  // (A day past the rule's own time limit is the fault of timing, measured: see daysAgainstDeadlines.)
  ['接到任务后5日内上报名单,未及时上报的扣2分。', 2, '第8日上报', 0, 'composite'],
  ['未组织制定年度安全生产工作计划的扣4分。', 4, '计划制定滞后', null, 'composite'],
  // a verb or a noun shared by chance is not the thing done
  ['未制定突发事件应急预案的扣3分。', 3, '已制定年度工作计划', null, 'composite'],
  ['未完成省局要求的税收宣传任务的扣3分', 3, '已完成党支部交办的工作任务', null, 'composite'],
  // one thing of a list, or of every kind, done says nothing of the rest
  ['未确定防火负责人,防火安全员和防火领导小组的不得分。', 5, '已成立防火领导小组', null, 'composite'],
  ['未建立健全各项管理制度扣2分。', 3, '已制定扬尘治理管理制度', null, 'composite'],
];

/** Words that hold a scoring word by chance are words. */
const WORDS_NOT_SCORES: Case[] = [
  // `统计分析` holds `计分`
  ['每年统计分析材料不少于10篇的,计2分', 2, '12篇', 2, 'bands'],
  ['每年统计分析材料不少于10篇的,计2分', 2, '8篇', 0, 'bands'],
];

/** A requirement with its no written (`否则不得分`): any part of it denied is a no. */
const PART_DENIED: Case[] = [
  ['建立辖区隐患台账、落实包保责任人,得2分,否则不得分。', 2, '未落实包保责任人', 0, 'checklist'],
  [
    '排查风险隐患,建立问题清单,并组织完成整改,得3分,否则不得分。',
    3,
    '问题清单已建立，整改未完成',
    0,
    'checklist',
  ],
  // the question's own denial, denied again, is a yes
  ['确保全年不发生安全事故,得2分,否则不得分。', 2, '未发生安全事故', 2, 'checklist'],
  // without the no written, one part missing stays the person's
  ['有宣传栏、宣传橱窗,并按期更换内容。(5分)', 5, '无宣传橱窗', null, 'checklist'],
];

/** The standard stated, then restated from its short side (`未达100%的`) before the steps. */
const STANDARD_RESTATED: Case[] = [
  ['收缴率未达100%的,每低1个百分点扣1分,扣完为止。', 10, '96%', 6, 'linear'],
  ['收缴率达到100%。收缴率未达100%的,每低1个百分点扣1分。', 10, '96%', 6, 'linear'],
  ['收缴率达到100%。收缴率未达100%的,每低1个百分点扣1分。', 10, '100%', 10, 'linear'],
  // a sentence of the duty whose only number is the threshold's is the standard, read as such
  [
    '做好辖区内水费收缴工作,实现对农户收缴达100%。收缴率未达100%的,每低1个百分点扣1分,扣完为止。',
    10,
    '97%',
    7,
    'linear',
  ],
  // another number in it, or another measure restated, is not the same standard
  ['实现对农户收缴达95%。收缴率未达100%的,每低1个百分点扣1分。', 10, '97%', null, 'manual'],
  ['小学入学率达到100%。初中入学率未达到100%的,每低1个百分点扣2分。', 10, '96%', null, 'manual'],
];

/** A measured standard that is the whole text: met or not (SPEC §3's single condition), worth the weight. */
const STANDARD_ALONE: Case[] = [
  ['5.适龄学生义务教育入学率达100%', 2, '100%', 2, 'bands'],
  ['5.适龄学生义务教育入学率达100%', 2, '99.5%', 0, 'bands'],
  ['年营业额2000万元以上。', 3, '1.2亿元', 3, 'bands'],
  ['年营业额2000万元以上。', 3, '1800万元', 0, 'bands'],
  // answered yes or no (`无` against a ceiling is a count of none)
  ['火葬区的遗体火化率达100%。 标准分25分', 25, '是', 25, 'bands'],
  ['火葬区的遗体火化率达100%。 标准分25分', 25, '否', 0, 'bands'],
  ['安全事故不超过0起。(5分)', 5, '无', 5, 'bands'],
  ['器材有使用记录，坏损率不超过30%，得2分。', 2, '是', 2, 'bands'],
  ['器材有使用记录，坏损率不超过30%，得2分。', 2, '否', 0, 'bands'],
  ['器材有使用记录，坏损率不超过30%，得2分。', 2, '25%', 2, 'bands'],
  // more asked than the number, or two measures under one number: the person's
  ['有固定的经费投入,并严格管理和规范使用。每年经费超过10万元。', 2, '每年经费8万元', null, 'manual'],
  ['安排补助资金和面积占比大于等于60%。', 10, '60%', null, 'manual'],
];

/** Points counted up to a ceiling: `计满2分为止`, `记满2分为止` (not `累计满100小时`, a count reached). */
const COUNTED_TO_A_CEILING: Case[] = [
  ['每开展一次联合活动计0.5分，计满2分为止', 2, '3次', 1.5, 'bonus'],
  ['每开展一次联合活动加0.5分，记满2分为止', 2, '5次', 2, 'bonus'],
  [
    '志愿服务时数累计满100小时10分；100-150小时30分；150-200小时40分；200小时及以上50分',
    50,
    '120小时',
    30,
    'bands',
  ],
];

/** `达` before a number: reached, as a bare value is (a verb's 达, `下达`, is no comparator). */
const REACHED_WITH_DA: Case[] = [
  ['结案率达90%以上(含)的,得20分;未达到90%的,每少一个百分点扣1分。', 20, '85%', 15, 'linear'],
  ['结案率达90%以上(含)的,得20分;未达到90%的,每少一个百分点扣1分。', 20, '90%', 20, 'linear'],
  ['比值达100%及以上，计3分；80%及以上100%以下，计2分；80%以下，计0分', 3, '100%', 3, 'bands'],
  // `以上` and `以下` both claim 82%: neither is written as a bound, so 82% is the person's
  ['全年符合政策生育率达82%以上。符合政策生育率82%以下的记零分', 2, '82%', null, 'bands'],
  ['全年符合政策生育率达82%以上。符合政策生育率82%以下的记零分', 2, '85%', 2, 'bands'],
  ['按时下达100万元专项资金的,得2分', 2, '是', 2, 'checklist'],
];

/** `每减0.1扣0.5分`: after 每, 减 before a number and the step's points is the way the step runs. */
const RATIO = '常住人口与户籍人口相比,比值为1时,2分,比值每减0.1扣减0.5分,扣完为止';
const STEP_SAID_WITH_JIAN: Case[] = [
  [RATIO, 2, '0.8', 1, 'linear'],
  [RATIO, 2, '1', 2, 'linear'],
  ['完成率100%得5分,每减1%扣1分', 5, '97%', 2, 'linear'],
  // (above a bare number the steps only fall from: not written)
  [RATIO, 2, '1.3', null, 'linear'],
];

/** `持平得5分,每增减1%,加减1分`: no change from the base is the standard; answers say the change in words. */
const FLAT = '以上年销售收入为基数,持平得5分,每增减1%,加减1分,最高加至10分,减分直至扣完。';
const NO_CHANGE_FROM_BASE: Case[] = [
  [FLAT, 10, '增长3%', 8, 'twosided'],
  [FLAT, 10, '下降2%', 3, 'twosided'],
  [FLAT, 10, '持平', 5, 'twosided'],
  [FLAT, 10, '增长7%', 10, 'twosided'],
  [FLAT, 10, '-2%', 3, 'twosided'],
  // (a change said without its way is not read as one)
  [FLAT, 10, '变动3%', null, 'twosided'],
];

/** `事故隐患处理率100%。`: a rate and a bare percentage, alone in the rule, is the rate asked — at least that. */
const RATE_ASKED_ALONE: Case[] = [
  ['网格员发现的安全隐患处理率100%。', 2, '100%', 2, 'bands'],
  ['网格员发现的安全隐患处理率100%。', 2, '90%', 0, 'bands'],
  ['群众满意率90%。(3分)', 3, '92%', 3, 'bands'],
  // (beside faults it scores, the rate is what they are counted against)
  ['确保安全知识知晓率100%。(5分)发现一人不知晓扣1分,扣完为止。', 5, '发现2人不知晓', 3, 'perissue'],
];

scoresAsListed([
  ['a rate asked, alone', RATE_ASKED_ALONE],
  ['no change from the base', NO_CHANGE_FROM_BASE],
  ['a step said with 减', STEP_SAID_WITH_JIAN],
  ['standards stated bare before their steps', BARE_STANDARDS],
  ['a standard named in words', NAMED_STANDARD],
  ['reached with 达', REACHED_WITH_DA],
  ['counted to a ceiling', COUNTED_TO_A_CEILING],
  ['a standard stated alone', STANDARD_ALONE],
  ['a standard restated from its short side', STANDARD_RESTATED],
  ['a part denied', PART_DENIED],
  ['words not scores', WORDS_NOT_SCORES],
  ['done in other words', DONE_IN_OTHER_WORDS],
  ['one standard over several measures', SEVERAL_MEASURES],
  ['one unit late', ONE_UNIT_LATE],
  ['answers the right way round', ANSWERS_THE_RIGHT_WAY],
]);

describe('a measure is no count of faults', () => {
  it('leaves `堤长3km` against `…每处扣2分` to the person', () => {
    expect(
      score('堤防未达到设防标准的,每处扣2分;工程有重大隐患的,每处扣2分。', 10, '未达标堤长3km').score,
    ).toBeNull();
    expect(
      score('混淆区域计量的,每吨扣1分;擅自收运的,每次扣1分。', 5, '混淆区域计量2吨').score?.toNumber(),
    ).toBe(3);
  });
});

describe('a rule worth more than its row', () => {
  it('scores nothing earned as 0, saying the two disagree', () => {
    const r = score('设立不低于200万元的专项资金，得10分。', 5, '设立150万元');
    expect(r.score?.toNumber()).toBe(0);
    expect(r.note).toContain('评分标准写明本项10分，与分值5分不一致');
    expect(score('按时报送得3分，未报送不得分。', 2, '未报送').score?.toNumber()).toBe(0);
  });
  it('leaves anything earned to the person: capped or scaled, the hands differ', () => {
    expect(score('设立不低于200万元的专项资金，得10分。', 5, '设立300万元').status).toBe('manual');
    expect(score('按时报送得3分，未报送不得分。', 2, '按时报送').status).toBe('manual');
  });
  it('leaves a rule worth less than its row to the person, even at 0: the rest of the row is not written', () => {
    expect(score('列入预算且有凭证的得1分。', 2, '未列入预算，无凭证').status).toBe('manual');
  });
});

describe('a worth the rule states, with no weight to check it against', () => {
  it('says nothing of a weight of 0: the table asks for the weight', () => {
    const r = score('完成80%以上(16-19)完成60%及以上(11-15)完成60%以下(0-10)，满分20分', 0, '85%');
    expect(r.note).not.toContain('与分值0分不一致');
    expect(r.issues.map((i) => i.message).join('')).not.toContain('不一致');
  });
  it('still checks it against a weight that is there', () => {
    expect(
      score('完成80%以上(16-19)完成60%及以上(11-15)完成60%以下(0-10)，满分20分', 10, '85%').note,
    ).toContain('评分标准写明本项20分，与分值10分不一致');
  });
});
