/**
 * What each fault of a list costs and how it is named: a cost left to judgement (`酌情扣分`) beside faults
 * priced in points; 有 one of a thing priced once; bare points after 每 and a fault (`每处错误1分`); a verb, one of
 * a thing, then its object (`迟交1次报表扣0.5分`); faults each sized by the person (`扣5~10分`). Shapes from the held-out corpus, in our own phrasings with
 * scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score } from './score';
import { scoresAsListed, type Case } from './score';

const PRICED_AND_JUDGED = '未建立巡查台账的扣2分,巡查记录不完整的,酌情扣1-3分。';
const PRICED_AND_UNSAID = '未建立巡查台账的扣2分,巡查记录不完整的,酌情扣分。';
const ONE_WORD_UNSAID = '未按月召开例会的酌情扣分,没有值班表扣3分。';

/** A fault whose cost is judged (`酌情扣1-3分`, `酌情扣分`) beside faults priced in points. */
const JUDGED_BESIDE_PRICED: Case[] = [
  [PRICED_AND_JUDGED, 5, '未建立巡查台账', 3, 'composite'],
  [PRICED_AND_JUDGED, 5, '无问题', 5, 'composite'],
  [PRICED_AND_JUDGED, 5, '巡查记录不完整', null, 'composite'],
  [PRICED_AND_UNSAID, 5, '未建立巡查台账', 3, 'composite'],
  [PRICED_AND_UNSAID, 5, '巡查记录不完整', null, 'composite'],
  [PRICED_AND_UNSAID, 5, '未建立巡查台账，巡查记录不完整', null, 'composite'],
  [ONE_WORD_UNSAID, 6, '没有值班表', 3, 'composite'],
  [ONE_WORD_UNSAID, 6, '无问题', 6, 'composite'],
  [ONE_WORD_UNSAID, 6, '未按月召开例会', null, 'composite'],
  // (视情况 as 酌情)
  ['未配备灭火器的扣2分,灭火器过期的视情况扣1-2分。', 4, '未配备灭火器', 2, 'composite'],
];

/** With no fault beside it priced in points, a judged cost keeps the whole rule the person's. */
const JUDGED_ALONE: Case[] = [
  ['场地整洁,器材齐全得满分,场地脏乱、器材缺损酌情扣分。', 8, '场地整洁，器材齐全', null, 'manual'],
  ['场地整洁,器材齐全得满分,场地脏乱、器材缺损酌情扣分。', 8, '场地脏乱', null, 'manual'],
  [
    '1、有借阅登记记1分;2、登记内容完整记2分;登记不及时的,酌情扣分;没有登记不记分。',
    3,
    '有借阅登记，登记内容完整',
    null,
    'manual',
  ],
];

/** `…有损坏扣5~10分;…不齐全扣2~8分`: faults each sized by the person are a list; none found is full marks. */
const SIZED_FAULTS = '设备有损坏,扣2~5分;运行记录不全,扣1~3分。';
const ALL_SIZED: Case[] = [
  [SIZED_FAULTS, 10, '未发现问题', 10, 'composite'],
  [SIZED_FAULTS, 10, '运行记录不全', null, 'composite'],
  // (one fault alone, sized by the person, is the person's judgement of the row)
  ['值班制度未按要求落实的扣1-2分。', 2, '按要求落实', null, 'manual'],
  // (末 misread for 未: the fault is the one denied)
  ['未按规定审批扣1-3分;末按规定公示扣1-3分。', 6, '未按规定公示', null, 'composite'],
];

/** `有1人扣1分` (no 每): 有 one of a thing says what one costs; more than one is the person's. */
const ONE_SAID_WITH_YOU: Case[] = [
  ['班子成员未按时述职的,有1人扣1分;年度未开展考核的扣2分。', 4, '1人未按时述职', 3, 'composite'],
  ['班子成员未按时述职的,有1人扣1分;年度未开展考核的扣2分。', 4, '2人未按时述职', null, 'composite'],
  ['班子成员未按时述职的,有1人扣1分;年度未开展考核的扣2分。', 4, '年度未开展考核', 2, 'composite'],
];

/** `迟交1次报表扣0.5分`: a verb, one of a thing, then what it was done to — the fault, told from its neighbours. */
const VERB_ONE_OBJECT: Case[] = [
  ['漏报1次月报扣1分,漏报1次年报扣2分', 5, '漏报年报1次', 3, 'composite'],
  ['漏报1次月报扣1分,漏报1次年报扣2分', 5, '漏报月报1次，漏报年报1次', 2, 'composite'],
  ['漏报1次月报扣1分,漏报1次年报扣2分', 5, '无', 5, 'composite'],
];

/** `围墙和大门均破损`: things listed, then 均 and what each is — each thing's fault named. */
const EACH_SAID: Case[] = [
  ['围墙破损扣2分,大门破损扣2分,无值班记录扣1分', 6, '围墙和大门均破损', 2, 'composite'],
  ['围墙破损扣2分,大门破损扣2分,无值班记录扣1分', 6, '围墙、大门均破损，无值班记录', 1, 'composite'],
];

/** `（2）项不符合要求扣3分`: faults named by the number of a standard written elsewhere. */
const NUMBERED_STANDARDS = '（1）项不符合要求扣1分；（2）项不符合要求扣2分；（3）项不符合要求扣2分';
const STANDARDS_BY_NUMBER: Case[] = [
  [NUMBERED_STANDARDS, 5, '全部符合', 5, 'composite'],
  [NUMBERED_STANDARDS, 5, '（2）项不符合要求', 3, 'composite'],
  [NUMBERED_STANDARDS, 5, '（1）（3）项不符合要求', 2, 'composite'],
  [NUMBERED_STANDARDS, 5, '（1）（2）（3）项均不符合要求', 0, 'composite'],
  // (a standard the rule does not number is named by nothing)
  [NUMBERED_STANDARDS, 5, '（4）项不符合要求', null, 'composite'],
];

/** `年度计划未及时上报` against `未及时上报年度计划…`: the thing said first, then its verb denied. */
const THING_SAID_FIRST: Case[] = [
  [
    '未按规定报送季度统计报表的,每次扣0.5分;未按要求完成专项调查任务的,每次扣1分。',
    5,
    '专项调查任务未完成2次',
    3,
    'composite',
  ],
  [
    '未按规定报送季度统计报表的,每次扣0.5分;未按要求完成专项调查任务的,每次扣1分。',
    5,
    '季度统计报表未报送1次，专项调查任务未完成1次',
    3.5,
    'composite',
  ],
];

/** `仓库物品未分类存放或堆放杂物扣2分`: a fault of alternatives (或), named by one of them alone. */
const ALTERNATIVES: Case[] = [
  ['仓库物品未分类存放或堆放杂物扣2分;台账未及时更新扣1分', 5, '仓库堆放杂物', 3, 'composite'],
  [
    '仓库物品未分类存放或堆放杂物扣2分;台账未及时更新扣1分',
    5,
    '仓库物品未分类存放，台账未及时更新',
    2,
    'composite',
  ],
  ['仓库物品未分类存放或堆放杂物扣2分;台账未及时更新扣1分', 5, '无问题', 5, 'composite'],
];

/** `每处错误1分`: 每, a measure word and a fault, then bare points — what each costs; a fault after, written alike. */
const BARE_COSTS: Case[] = [
  ['每处差错1分,重大差错(如数据漏报)4分。', 6, '差错2处', 4, 'composite'],
  ['每处差错1分,重大差错(如数据漏报)4分。', 6, '无差错', 6, 'composite'],
  ['每处差错1分,重大差错(如数据漏报)4分。', 6, '重大差错1处，差错1处', 1, 'composite'],
  // (bare points after words that name no fault may as well be earned)
  ['每篇信息1分,省级采用信息3分。', 6, '信息2篇', null, 'manual'],
];

/** A task not done as the one fault: the share done (`完成率98%`) is all of it or not; `超额完成` is done. */
const TASK_NOT_DONE: Case[] = [
  ['未完成年度招商引资任务的扣4分。', 4, '完成率98%', 0, 'composite'],
  ['未完成年度招商引资任务的扣4分。', 4, '完成计划的100%', 4, 'composite'],
  ['未完成年度招商引资任务的扣4分。', 4, '105%', 4, 'composite'],
  ['未完成年度招商引资任务的扣4分。', 4, '超额完成', 4, 'composite'],
  ['未完成年度招商引资任务的扣4分。', 4, '部分完成', 0, 'composite'],
  // (a share of something else, or a count, says nothing of the task)
  ['未完成年度招商引资任务的扣4分。', 4, '到位率98%', null, 'composite'],
];

scoresAsListed([
  ['a task not done, answered by the share done', TASK_NOT_DONE],
  ['a judged cost beside faults priced in points', JUDGED_BESIDE_PRICED],
  ['a judged cost with no priced fault beside it', JUDGED_ALONE],
  ['faults each sized by the person', ALL_SIZED],
  ['有 one of a thing, priced once', ONE_SAID_WITH_YOU],
  ['bare points after 每 and a fault', BARE_COSTS],
  ['a verb, one of a thing, then its object', VERB_ONE_OBJECT],
  ['things listed, then 均 and what each is', EACH_SAID],
  ['faults named by the number of a standard', STANDARDS_BY_NUMBER],
  ['the thing said first, then its verb denied', THING_SAID_FIRST],
  ['a fault of alternatives named by one', ALTERNATIVES],
]);

describe('a judged cost beside priced faults', () => {
  it('restates the judged fault as the person’s call, and names it when the answer does', () => {
    const r = score(PRICED_AND_UNSAID, 5, '巡查记录不完整');
    expect(r.explain).toContain('巡查记录不完整酌情扣分（由评分人评定）');
    expect(r.note).toContain('存在“巡查记录不完整”，评分标准酌情扣分，由评分人评定');
  });
  it('restates a judged span with its bounds', () => {
    expect(score(PRICED_AND_JUDGED, 5, '无问题').explain).toContain('巡查记录不完整扣1至3分（由评分人评定）');
  });
});
