/**
 * A level or item table pasted into one cell with its rows run together, each row's words closed by its points
 * and no word of scoring (twenty-eighth session): levels when three or more fall to 0; items after a heading whose
 * points are the sum of theirs (the row's worth as written). Anything else stays as it was. Shapes from the
 * held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ARCHIVES = '档案资料分类整理、装订规范、查阅方便3档案资料已分类整理,但装订不规范1.5档案资料未整理0';
const SAFETY = '2.1安全设施4 配备灭火器材1 设置疏散指示标志1 安装应急照明1 有专人巡查1';

const LEVELS: Case[] = [
  [ARCHIVES, 3, '分类整理、装订规范、查阅方便', 3, 'grade'],
  [ARCHIVES, 3, '已整理，但装订不规范', 1.5, 'grade'],
  [ARCHIVES, 3, '未整理', 0, 'grade'],
  [ARCHIVES, 3, '优秀', null, 'grade'],
];

const ITEMS: Case[] = [
  [SAFETY, 4, '全部', 4, 'checklist'],
  [SAFETY, 4, '配备灭火器材、安装应急照明', 2, 'checklist'],
  [SAFETY, 4, '无', 0, 'checklist'],
  // (an item's own 与 joins nothing: the answer names two items, not four things)
  [
    '2.2设施设计3 考虑消防通道的设计与运用1 考虑无障碍设施的设计与运用1 有节水器具的设计1',
    3,
    '考虑消防通道的设计与运用;有节水器具的设计',
    2,
    'checklist',
  ],
  // (the heading's 4 is the row's worth as written: a row worth 6 is the person's)
  [SAFETY, 6, '全部', null, 'manual'],
];

const NOT_SUCH_TABLES: Case[] = [
  // (points falling all the way but not to 0: levels or items, whichever way they add up)
  ['材料齐全2 材料基本齐全1.5 材料不全0.5', 2, '材料基本齐全', null, 'manual'],
  // (a number with its unit is a count or a date, not points)
  ['建立了3个示范点2 建立了2个示范点1 未建立0', 2, '未建立', null, 'manual'],
  ['2019年完成建设5 2020年完成验收3 未完成0', 5, '未完成', null, 'manual'],
  // (a row that compares is a band, not a level in words)
  ['全年开展培训不少于2次3 开展1次1 未开展0', 3, '开展1次', null, 'manual'],
];

// (thirtieth session) shares and their points run together, the comparison opening each next row
const SHARES = '100%30分≥90%24分≥75%15分<75%0分';
const BANDS: Case[] = [
  [SHARES, 30, '100%', 30, 'bands'],
  [SHARES, 30, '92%', 24, 'bands'],
  [SHARES, 30, '75%', 15, 'bands'],
  [SHARES, 30, '60%', 0, 'bands'],
  // (two rows are no table; words between the rows are no such table either)
  ['100%30分≥90%24分', 30, '92%', null, 'manual'],
];

// (thirty-second session) levels written with 分 after each, one row's points glued to the next row's words; and
// levels whose points are a span the person judges within (`一般得2-3分`)
const WEBSITE = '门户网站内容丰富,更新及时 6分门户网站内容较少,更新不及时 3分未建门户网站 0分';
const FILES = '建档率95%以上3分建档率80%-95%2分建档率80%以下0.5分';
const CHOICES = 'A. 设立专门岗位且有专人负责 1分B. 未设立专门岗位 0分';
const SPANNED = '台账齐全规范 8分台账基本齐全 4~6分没有台账 0分';
const GLUED_LEVELS: Case[] = [
  [WEBSITE, 6, '门户网站内容较少,更新不及时', 3, 'grade'],
  [WEBSITE, 6, '未建门户网站', 0, 'grade'],
  [FILES, 3, '88%', 2, 'bands'],
  [FILES, 3, '97%', 3, 'bands'],
  [SPANNED, 8, '台账齐全规范', 8, 'grade'],
  [SPANNED, 8, '没有台账', 0, 'grade'],
  // (a level whose points are a span is the person's to judge within it)
  [SPANNED, 8, '台账基本齐全', null, 'grade'],
  [
    '工作计划详实可行得10分;工作计划较为简单得4-7分;没有工作计划不得分',
    10,
    '工作计划较为简单',
    null,
    'grade',
  ],
  ['工作计划详实可行得10分;工作计划较为简单得4-7分;没有工作计划不得分', 10, '没有工作计划', 0, 'grade'],
];
const NOT_GLUED: Case[] = [
  // (two rows lettered A and B are a choice of one (thirty-fifth session): an option's words or letter answer it;
  // `都没有` chooses neither, so it names no fault of it either — see letteredOptions.test.ts)
  [CHOICES, 1, '都没有', null, 'composite'],
  [CHOICES, 1, '未设立专门岗位', 0, 'composite'],
  // (points with a verb before them are a clause's own, as written)
  ['按时报送得5分逾期报送得2分', 5, '逾期报送', 2, 'grade'],
];

scoresAsListed([
  ['levels glued to the next row, or with a span of points', GLUED_LEVELS],
  ['points after their verb', NOT_GLUED],
  ['shares run together with their points', BANDS],
  ['levels run together with their points', LEVELS],
  ['items run together after a heading with their sum', ITEMS],
  ['numbers run together that are no such table', NOT_SUCH_TABLES],
]);

describe('a table run together', () => {
  it('says a level whose points are a span is the person to judge, and between what', () => {
    const r = score(SPANNED, 8, '台账基本齐全');
    expect(r.note).toBe('评定为“台账基本齐全”，由评分人在4至6分之间评定，请人工评分');
    expect(r.explain).toBe(
      '按等级计分：台账齐全规范得8分；台账基本齐全由评分人在4至6分之间评定；没有台账不得分',
    );
  });

  it('leaves numbered items after points a list, naming the words it could not read', () => {
    const r = score(
      '(1)近3年收入增长10分(2)近3年收入持平6分(3)近3年收入一年减少3分,两年都减少0分',
      10,
      '持平',
    );
    expect(r.score).toBeNull();
    expect(r.note).toMatch(/^评分标准中“.*”未能识别，请人工评分$/);
  });

  it('is restated as the levels it holds', () => {
    expect(score(ARCHIVES, 3, '未整理').explain).toBe(
      '按等级计分：档案资料分类整理、装订规范、查阅方便得3分；档案资料已分类整理,但装订不规范得1.5分；档案资料未整理不得分',
    );
  });
});
