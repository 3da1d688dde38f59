/**
 * Points in a table's shorthand (sixteenth session). A signed number closing its phrase is points
 * (`不大于5% -5` is 扣5分, `处分 -5/次` is 每次扣5分, `+1` is 加1分) — not a range's dash, which joins two numbers
 * (`5%-5` without the space the table put there stays the person's). `(每次)` before the points is what they
 * are per. A band table pasted into one cell may bound with arrows (`300↑ 10` is 300 and more, 10 points), take
 * its unit from the heading (`年度经费(万元)`), and close with a note of words on what is counted (`指财政拨款。`).
 * A checklist whose rows were run together, each closing with its points (`…扣4分未建立…的扣3分`), is read a row
 * at a time; words that go on with the amount (`扣10分辆次`, `扣1分扣完为止`) are not a row of their own.
 * Where the rule does not write its standard, an answer in the step's own verb (`巡查率下降3%` for `每下降2%扣0.5分`)
 * is the gap, the measure named before it or not.
 * Points per so many after a slash (`国家级奖 80分/项`, `扣0.5分/人次`, `1分/30人`) are per each of them; without a
 * verb they are earned — but not after a fault's words (`路灯整基不亮 2分/基` is read as it was, a deduction).
 * Points per percentage point a measure rose, from nothing (`比上年每增长一个百分点 0.5(最高20分)`, the verb
 * unwritten, or `每提高5个百分点加2分`): the answer says how far (`增长12%`); a fall or none earns nothing. So, the
 * other way round, points per point a measure fell (`每降低一个百分点加0.5分`).
 * A standard named and stated (`资产负债率标准为40%`) is the standard the steps count from. A step in another unit of
 * money than the standard's (`以5亿元为标准,每减少5千万元`) is not read as if it were in the standard's (it scored
 * 4.8 for 4亿元 where 3 is right): the row is the person's.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const SIGNED_BANDS = '年超标率不大于5% -5;年超标率大于5%,不大于10% -10;年超标率大于10% -20';
const SIGNED_PER_TIME = '受到警告处分 -5/次;被责令停产整治 -10/次';
const SIGNED: Case[] = [
  [SIGNED_BANDS, 20, '3%', 15, 'bands'],
  [SIGNED_BANDS, 20, '8%', 10, 'bands'],
  [SIGNED_BANDS, 20, '12%', 0, 'bands'],
  // (Written joined, `5%-5` may be a range: the rule is not read.)
  ['年超标率不大于5%-5;年超标率大于5%,不大于10%-10;年超标率大于10%-20', 20, '3%', null, 'manual'],
  [SIGNED_PER_TIME, 20, '警告2次', 10, 'composite'],
  [SIGNED_PER_TIME, 20, '警告1次，责令停产整治1次', 5, 'composite'],
  ['发生违规案件的每起 -3', 10, '2起', 4, 'perissue'],
  ['获市级表彰 +2;获省级表彰 +3', 5, '获市级表彰', 2, 'composite'],
];

const PER_IN_BRACKETS: Case[] = [
  ['参加培训的(每次)+1', 3, '2次', 2, 'bonus'],
  ['参加培训的（每次）加1分', 3, '5次', 3, 'bonus'],
];

const SEATS = '阅览座位(个) 300↑ 10 200↑ 7 100↑ 4';
const FUNDS = '年度经费(万元) 50↑ 20 30↑ 12 10↑ 5';
const ARROW_TABLES: Case[] = [
  [SEATS, 10, '250个', 7, 'bands'],
  [SEATS, 10, '300个', 10, 'bands'],
  [SEATS, 10, '80个', 0, 'bands'],
  [`${FUNDS} 指财政拨款,不含基建费。`, 20, '35万元', 12, 'bands'],
  // (The heading's unit is the bands': 400000元 is 40万元.)
  [FUNDS, 20, '400000元', 12, 'bands'],
  // (A closing note with a number of its own, or a step, is no note.)
  [`${FUNDS} 含3项专项经费。`, 20, '35万元', null, 'manual'],
  [`${FUNDS} 每少1万元扣1分。`, 20, '35万元', null, 'manual'],
];

const CANTEEN = '食堂未设置防蝇设施的扣4分未建立卫生管理制度的扣3分地面不洁扣2分';
const FENCE = '围挡高度不足的扣5-8分围挡不连续的扣3分';
const RUN_TOGETHER: Case[] = [
  [CANTEEN, 10, '未建立卫生管理制度', 7, 'composite'],
  [CANTEEN, 10, '未设置防蝇设施，地面不洁', 4, 'composite'],
  [CANTEEN, 10, '未发现问题', 10, 'composite'],
  [FENCE, 10, '围挡不连续', 7, 'composite'],
  // (A range of points is the person's to pick.)
  [FENCE, 10, '围挡高度不足', null, 'composite'],
  ['未按规定签发出厂合格证的,扣4分辆次。', 10, '2辆次', 2, 'perissue'],
  ['每发现一处扣1分扣完为止', 5, '2处', 3, 'perissue'],
  // (Bare points after a comma, run on to the next row's words or bound.)
  ['优秀,3分良好,2分一般,1分', 3, '良好', 2, 'grade'],
  ['5-9个,1分10-14个,2分15个以上,3分', 3, '12个', 2, 'bands'],
  ['5-9个,1分10-14个,2分15个以上,3分', 3, '3个', 0, 'bands'],
  // (Bands listed with 、, and a range whose dash the document lost.)
  ['完成任务得满分,完成80%以上得2分、60%以上得1分、60%以下不得分。', 3, '70%', 1, 'bands'],
  ['完成任务得满分,完成80%以上得2分、60%以上得1分、60%以下不得分。', 3, '100%', 3, 'bands'],
  ['工期完成率95%100%得6分,90%95%得5分,90%以下不得分', 6, '92%', 5, 'bands'],
];

const NO_STANDARD = '巡查率未达到规定要求的，每下降2%扣0.5分，最高扣10分。';
const GAPS: Case[] = [
  [NO_STANDARD, 15, '巡查率下降3%', 14.25, 'linear'],
  [NO_STANDARD, 15, '巡查户次数下降6%', 13.5, 'linear'],
  [NO_STANDARD, 15, '下降40%', 5, 'linear'],
  // (Words before the verb that are no measure's name are not read past.)
  [NO_STANDARD, 15, '最低3%', null, 'linear'],
  [NO_STANDARD, 15, '未下降3%', null, 'linear'],
];

const GROWTH = '出口额比上年每增长一个百分点 0.5(最高20分)';
const ABOVE_AVERAGE = '在增幅高于全市平均增幅基础上,每高出一个百分点加0.5分,最高10分';
const RISEN: Case[] = [
  [GROWTH, 20, '增长12%', 6, 'bonus'],
  [GROWTH, 20, '增长12.5%', 6.25, 'bonus'],
  [GROWTH, 20, '增长60%', 20, 'bonus'],
  [GROWTH, 20, '下降3%', 0, 'bonus'],
  [GROWTH, 20, '持平', 0, 'bonus'],
  // (A bare number says not which way.)
  [GROWTH, 20, '12', null, 'bonus'],
  [ABOVE_AVERAGE, 10, '高出4个百分点', 2, 'bonus'],
  [ABOVE_AVERAGE, 10, '低于平均增幅2个百分点', 0, 'bonus'],
  ['农机检审率每提高5个百分点加2分', 4, '提高10个百分点', 4, 'bonus'],
  // (a rise, not how far, earns nothing from a fall)
  [GROWTH, 20, '下降', 0, 'bonus'],
];

/** `人均用能量比上年降低,每降低一个百分点加0.5分`: points per point a measure fell; a rise earns nothing. */
const ENERGY_DROP = '单位能耗比上年降低,每降低一个百分点加1分,最多加3分。';
const FALLEN: Case[] = [
  [ENERGY_DROP, 3, '降低2个百分点', 2, 'bonus'],
  [ENERGY_DROP, 3, '降低5%', 3, 'bonus'],
  [ENERGY_DROP, 3, '比上年上升', 0, 'bonus'],
  [ENERGY_DROP, 3, '上升2个百分点', 0, 'bonus'],
];

const AWARDS = '国家级奖 80分/项\n省级奖 60分/项\n核心期刊论文 5分/篇';
const PER_SLASH: Case[] = [
  [AWARDS, 100, '省级奖1项，核心期刊论文2篇', 70, 'composite'],
  [AWARDS, 100, '国家级奖1项，省级奖1项', 100, 'composite'],
  ['演示实验人员 1分/30人', 5, '60人', 2, 'bonus'],
  ['未穿工作服上岗的扣0.5分/人次', 5, '3人次', 3.5, 'perissue'],
  ['路灯整基不亮 2分/基', 10, '1基', 8, 'perissue'],
];

const DEBT = '资产负债率标准为40%,每超过5个百分点扣1分';
const STANDARDS: Case[] = [
  [DEBT, 5, '50%', 3, 'linear'],
  [DEBT, 5, '38%', 5, 'linear'],
  ['以5亿元为标准,每减少5千万元扣1分', 5, '4亿元', null, 'manual'],
  ['标准为5亿元,每减少5千万元扣1分', 5, '4亿元', null, 'manual'],
];

/** Bands run together, each bound closed by its bare points in brackets (`及以上(5)`, `以下(0-2)`: seventeenth session). */
const BOUND_POINTS = '完成50%及以上(5)完成30%及以上(4)完成10%及以上(3)完成10%以下(0-2)';
const POINTS_AFTER_BOUNDS: Case[] = [
  [BOUND_POINTS, 5, '70%', 5, 'bands'],
  [BOUND_POINTS, 5, '30%', 4, 'bands'],
  [BOUND_POINTS, 5, '12%', 3, 'bands'],
  // (a span is the person's to weigh)
  [BOUND_POINTS, 5, '5%', null, 'bands'],
  // (after words, not a bound, a bracketed number before more words is a list's marker: not read as points)
  ['建立工作台账(1)定期通报进展(2)开展专项检查', 3, '全部', null, 'manual'],
];

scoresAsListed([
  ['points after bounds, in brackets', POINTS_AFTER_BOUNDS],
  ['standards stated', STANDARDS],
  ['points per so many after a slash', PER_SLASH],
  ['points per point risen', RISEN],
  ['points per point fallen', FALLEN],
  ['gaps said in the verb of the step', GAPS],
  ['rows run together', RUN_TOGETHER],
  ['band tables with arrows', ARROW_TABLES],
  ['signed points', SIGNED],
  ['what points are per, in brackets', PER_IN_BRACKETS],
]);
