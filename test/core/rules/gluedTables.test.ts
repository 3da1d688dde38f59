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

scoresAsListed([
  ['shares run together with their points', BANDS],
  ['levels run together with their points', LEVELS],
  ['items run together after a heading with their sum', ITEMS],
  ['numbers run together that are no such table', NOT_SUCH_TABLES],
]);

describe('a table run together', () => {
  it('is restated as the levels it holds', () => {
    expect(score(ARCHIVES, 3, '未整理').explain).toBe(
      '按等级计分：档案资料分类整理、装订规范、查阅方便得3分；档案资料已分类整理,但装订不规范得1.5分；档案资料未整理不得分',
    );
  });
});
