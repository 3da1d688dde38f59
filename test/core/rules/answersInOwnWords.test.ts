/**
 * Fault answers in the person's own words (twenty-fifth session): the rule's 者 closing a fault, a thing said
 * missing against a fault written as its absence, the measure word telling two shortfalls apart, a subject before
 * a fault that has none, things listed before the rule's own denial, and one requirement judged whole. Shapes
 * from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** `吸烟者扣1分`: the 者 closes the fault's words in the rule, and in the answer too (`吸烟者2人`). */
const SMOKING = '会议室内禁止吸烟,每发现一个烟蒂扣0.5分、吸烟者扣1分,扣完为止。';
const CLOSED_BY_ZHE: Case[] = [
  [SMOKING, 4, '吸烟者2人', 2, 'composite'],
  [SMOKING, 4, '烟蒂2个，吸烟者1人', 2, 'composite'],
  [SMOKING, 4, '吸烟2人', 2, 'composite'],
  // (A 者 the fault holds itself stays: `第三者` is not `第三`.)
  ['未购买第三者责任险的扣2分;未年检的扣1分', 3, '未购买第三者责任险', 1, 'composite'],
];

/** `无培训记录、签到表的,缺一次扣1分`: a fault written as an absence is named by the thing said missing. */
const ABSENT = '无培训记录、签到表的,缺一次扣1分;培训计划未经审批的,扣2分。';
const SAID_MISSING: Case[] = [
  [ABSENT, 5, '缺培训记录2次', 3, 'composite'],
  [ABSENT, 5, '缺培训记录1次，培训计划未经审批', 2, 'composite'],
  // (What is missing must be the fault's thing: another thing missing names nothing.)
  [ABSENT, 5, '缺考勤表1次', null, 'composite'],
];

/** `少2项` against `每少一项扣2分` and `每少完成50万元…扣1分`: the measure word says which shortfall. */
const TWO_SHORT = '未完成年度检查计划的,每少一项扣2分;每少完成50万元专项资金审核量扣1分。';
const BY_MEASURE: Case[] = [
  [TWO_SHORT, 10, '少2项', 6, 'composite'],
  [TWO_SHORT, 10, '少1项', 8, 'composite'],
  // (A measure word neither counts leaves it to the person.)
  [TWO_SHORT, 10, '少2次', null, 'composite'],
];

/** `一处有渗漏扣1分`: a fault saying only that something is there, named with a subject before it. */
const LEAKS = '每处有渗漏扣1分;每处有排水沟堵塞扣2分。';
const SUBJECT_BEFORE: Case[] = [
  [LEAKS, 5, '屋面渗漏1处', 4, 'composite'],
  [LEAKS, 5, '屋面渗漏1处，排水沟堵塞1处', 2, 'composite'],
  // (A fault with its own subject is not named by another subject's words.)
  ['食堂卫生不合格扣2分;宿舍无人管理扣1分', 3, '厕所卫生不合格', null, 'composite'],
];

/** `报表A、报表B不符`: things listed, then the rule's own denial of each, one each. */
const SUMS = '年报表中收入合计、支出合计、结余合计应与明细之和相等,不相等的,每一项扣0.5分。';
const KINDS = '年度培训任务按专业下达,每1个专业未完成,扣1分。';
const LISTED_THEN_DENIED: Case[] = [
  [SUMS, 2, '收入合计不相等', 1.5, 'perissue'],
  [SUMS, 2, '收入合计、结余合计不相等', 1, 'perissue'],
  [SUMS, 2, '收入合计、结余合计均不相等', 1, 'perissue'],
  [KINDS, 4, '护理、药剂未完成', 2, 'perissue'],
  // (A thing the rule does not name, where it counts no kind; how many or when, not which.)
  [SUMS, 2, '收入合计、利润合计不相等', null, 'perissue'],
  [KINDS, 4, '全部未完成', null, 'perissue'],
  [KINDS, 4, '上半年、下半年未完成', null, 'perissue'],
];

/** `达到要求`, `不符合要求`: one requirement, met in full or not at all, judged whole. */
const ONE_REQUIREMENT = '建立联席会议制度,每季度召开一次联席会议 3分';
const JUDGED_WHOLE: Case[] = [
  [ONE_REQUIREMENT, 3, '达到要求', 3, 'checklist'],
  [ONE_REQUIREMENT, 3, '符合要求', 3, 'checklist'],
  [ONE_REQUIREMENT, 3, '未达标', 0, 'checklist'],
  [ONE_REQUIREMENT, 3, '不符合要求', 0, 'checklist'],
  // (A degree of meeting it is the person's to weigh.)
  [ONE_REQUIREMENT, 3, '基本达到要求', null, 'checklist'],
];

/** `有X,得N分,没有的不得分` answered with X and how often it was done. */
const THERE_OR_NOT = '本年度分管领导对安全生产有专题研究,得2分,没有的不得分。';
const THING_COUNTED: Case[] = [
  [THERE_OR_NOT, 2, '开展专题研究3次', 2, 'composite'],
  [THERE_OR_NOT, 2, '专题研究1次', 2, 'composite'],
  [THERE_OR_NOT, 2, '专题研究0次', 0, 'composite'],
  // (Another thing done says nothing of this one.)
  [THERE_OR_NOT, 2, '座谈3次', null, 'composite'],
];

/** `路灯不亮1灯`: a fault closed by one of its own thing prices each one; one of anything else stays once. */
const LAMPS = '巡查发现路灯不亮1灯:-0.2分;井盖缺失1盖:-1分;护栏损坏:-2分。';
const ONE_OF_ITS_OWN: Case[] = [
  [LAMPS, 5, '路灯不亮3灯', 4.4, 'composite'],
  [LAMPS, 5, '路灯不亮2灯，井盖缺失2盖', 2.6, 'composite'],
  [LAMPS, 5, '护栏损坏', 3, 'composite'],
  ['未建立会员台账的扣2分,一人未入会扣1分。', 5, '3人未入会', null, 'composite'],
];

/** Two runs of one fault's words far apart, one of them its own (`国家级荣誉` across `国家级和“…”荣誉`). */
const HONOURS = '年内获得国家级和“全省经济社会发展先进集体”荣誉的,获得省级表彰的,每项分别加2分、1分。';
const WALLS = '地面、墙面等各类建筑部位出现裂缝、起砂和严重渗水的扣2分;屋顶漏雨的扣5分。';
const TWO_RUNS: Case[] = [
  [HONOURS, 5, '国家级荣誉1项', 2, 'composite'],
  [WALLS, 10, '墙面严重渗水', 8, 'composite'],
  // (Runs every phrase holds name none of them.)
  [
    '获得国家级“优秀基层组织建设单位”称号的加3分,获得国家级“先进工作者集体”称号的加2分。',
    5,
    '国家级称号1项',
    null,
    'composite',
  ],
];

/** A fault, and an answer denying the same verb of the same thing in its own words. */
const NOTICE = '抽查各乡镇门户网站,没有在首页显著位置公布办事指南的,此项不得分。';
const SAME_DENIAL: Case[] = [
  [NOTICE, 4, '城关镇网站首页未公布办事指南', 0, 'composite'],
  [NOTICE, 4, '网站没有在显著位置公布办事指南', 0, 'composite'],
  // (Another verb of the same thing is another fault; a turn says more than the denial.)
  [NOTICE, 4, '未更新办事指南', null, 'composite'],
  [NOTICE, 4, '已公布但未在首页公布办事指南', null, 'composite'],
  // (Of several faults, the one so denied; a list is counted thing by thing, not named whole.)
  ['未编制年度培训计划并报备的扣2分,未落实培训计划的扣5分。', 5, '未落实年度培训计划', 0, 'composite'],
  ['投影仪、音响、话筒不能正常使用的每处扣1分,最高扣3分', 3, '投影仪、话筒不能正常使用', 1, 'perissue'],
];

/** A count of things none of which is there, said by denying the words of the count's own clause. */
const GREEN = '社区内建有2处以上健身场地,供居民锻炼使用。';
const NONE_THERE: Case[] = [
  [GREEN, 3, '无健身场地', 0, 'bands'],
  [GREEN, 3, '没有健身场地', 0, 'bands'],
  [GREEN, 3, '3处', 3, 'bands'],
  // (Words of another clause deny something else.)
  [GREEN, 3, '未供居民使用', null, 'bands'],
];

/** A rate said with its name: a copula after it, or a stem of the rule's own words before 率. */
const RATE_NAMED: Case[] = [
  ['项目完成率≥95%得5分，每降低1%扣1分', 5, '完成率为93%', 3, 'linear'],
  ['项目完成率≥95%得5分，每降低1%扣1分', 5, '完成率达到96%', 5, 'linear'],
  ['考核得分=检查合格户数/检查总户数×标准分值。', 2, '检查合格率90%', 1.8, 'proportional'],
  // (Another rate is another measure.)
  ['项目完成率≥95%得5分，每降低1%扣1分', 5, '合格率93%', null, 'linear'],
];

/** `全部` against points per requirement met, nothing listed: every one the row's worth holds. */
const EACH_DONE = '每完成一项重点任务得1.5分,未完成的不得分。';
const ALL_DONE: Case[] = [
  [EACH_DONE, 6, '全部', 6, 'bonus'],
  [EACH_DONE, 6, '全部完成', 6, 'bonus'],
  [EACH_DONE, 6, '3项', 4.5, 'bonus'],
  // (A row not a whole number of them, or points for what is won, hold no count to take as all.)
  [EACH_DONE, 5, '全部', null, 'bonus'],
  ['每获一项省级表彰加1分，加满3分为止', 3, '全部', null, 'bonus'],
];

/** Counts per thing the rule names (`广播1篇，报纸2篇`), summed. */
const MEDIA = '在广播、报纸和政府网站每刊发一篇报道加0.5分,最高加2分。';
const COUNTS_PER_THING: Case[] = [
  [MEDIA, 2, '广播1篇，报纸2篇', 1.5, 'bonus'],
  [MEDIA, 2, '广播2篇，报纸2篇，政府网站3篇', 2, 'bonus'],
  // (A thing the rule does not name is not counted.)
  [MEDIA, 2, '广播1篇，杂志2篇', null, 'bonus'],
];

/** `少聘2名` against `每少聘用1名`: the shortfall verb with the start of the rule's own verb. */
const HIRED = '社区聘用专职网格员不少于6名,得3分;每少聘用1名,扣1分。';
const SHORT_IN_OWN_VERB: Case[] = [
  [HIRED, 3, '少聘2名', 1, 'linear'],
  [HIRED, 3, '少聘用1名', 2, 'linear'],
  // (A verb the rule does not use says another shortfall.)
  [HIRED, 3, '少录入2名', null, 'linear'],
];

/** Things from the rule's own list, counted against a minimum with a step per one short. */
const FORMS = '宣传形式多样,如广播、横幅、展板、宣传册、短视频等,至少4种,8分;少1种扣2分。';
const LIST_COUNTED: Case[] = [
  [FORMS, 8, '横幅、展板', 4, 'linear'],
  [FORMS, 8, '广播、横幅、展板、短视频', 8, 'linear'],
  // (A thing the list does not hold is not counted.)
  [FORMS, 8, '横幅、海报', null, 'linear'],
];

/** Counts of issues parted by 、 (`流动摊点2处、占道经营1处`), each with its own count: summed. */
const STALLS = '校园周边无流动摊点、无占道经营。发现一处扣0.5分,扣完为止。';
const COUNTS_BY_DUN: Case[] = [
  [STALLS, 3, '发现流动摊点2处、占道经营1处', 1.5, 'perissue'],
  [STALLS, 3, '流动摊点1处，占道经营1处', 2, 'perissue'],
];

/** `记录不完整` against a requirement with its else written: a part of it, denied after its words — a no. */
const RECORDS = '巡查台账记录完整、规范的,得2分。否则扣2分。';
const DENIED_AFTER: Case[] = [
  [RECORDS, 2, '记录不完整', 0, 'checklist'],
  [RECORDS, 2, '台账不规范', 0, 'checklist'],
  // (With no else written, a part denied leaves the rest to the person.)
  ['巡查台账记录完整、规范(2分)', 2, '记录不完整', null, 'checklist'],
];

describe('none of a counted thing there', () => {
  it('says the answer without the subject before it', () => {
    const note = score(GREEN, 3, '无健身场地').note;
    expect(note.startsWith('无健身场地，')).toBe(true);
    expect(note).not.toContain('建有无');
  });
});

describe('every requirement met, none listed', () => {
  it('says the count was taken from the row’s worth', () => {
    expect(score(EACH_DONE, 6, '全部').note).toContain('按分值计4项');
  });
});

scoresAsListed([
  ['a fault closed by 者', CLOSED_BY_ZHE],
  ['a thing said missing against its absence', SAID_MISSING],
  ['the measure word of a shortfall', BY_MEASURE],
  ['a subject before a fault that has none', SUBJECT_BEFORE],
  ['things listed before the rule’s own denial', LISTED_THEN_DENIED],
  ['one requirement judged whole', JUDGED_WHOLE],
  ['the thing a bare 没有 denies, counted', THING_COUNTED],
  ['one of a fault’s own thing, priced', ONE_OF_ITS_OWN],
  ['two runs of one fault’s words', TWO_RUNS],
  ['the one fault denied alike', SAME_DENIAL],
  ['none of a counted thing there', NONE_THERE],
  ['a rate said with its name', RATE_NAMED],
  ['every requirement met, none listed', ALL_DONE],
  ['counts per thing named', COUNTS_PER_THING],
  ['a shortfall in the rule’s own verb', SHORT_IN_OWN_VERB],
  ['things from the rule’s list against a minimum', LIST_COUNTED],
  ['counts parted by 、', COUNTS_BY_DUN],
  ['a part denied after its words', DENIED_AFTER],
]);
