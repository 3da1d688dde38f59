/**
 * Spellings read past (twentieth session and after): a formula's name with its unit in brackets, a clean answer
 * that first says when, a percent sign typed as the key beside it (`69&`), an else that says again what counting
 * items done says (`每完成一项得2分，否则不得分`), and a gap or a 、 after points that ends a clause (`得满分 否则 不得分`,
 * `不得分、资料不齐全扣1分`).
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

/** `4分×合格率(%)`: the bracketed `%` says the name is a rate; the product reads as without it. */
const PASS_RATE = '计分方法为:4分×抽检合格率(%),抽检合格率=合格批次÷抽检批次。';
const UNIT_NOTE: Case[] = [
  [PASS_RATE, 4, '90%', 3.6, 'formula'],
  [PASS_RATE, 4, '100%', 4, 'formula'],
  // A second name in the product is still not ours to fill in.
  ['计分方法为:4分×抽检合格率(%)×系数', 4, '90%', null, 'manual'],
];

/** `全年未发生…`, `年内未发现…`: when the answer speaks of, then none of the fault — no fault. */
const SCOPED: Case[] = [
  ['发生较大森林火灾不得分。', 6, '全年未发生森林火灾', 6, 'composite'],
  ['发生较大森林火灾不得分。', 6, '年内未发生较大森林火灾', 6, 'composite'],
  ['发生较大森林火灾不得分。', 6, '发生较大森林火灾1起', 0, 'composite'],
];

/** `60%-69&计4分`: & right after a number, among bands in percent, is the percent sign mistyped. */
const SIGNED = '覆盖率90%以上计10分,70%-89&计6分,70%以下计0分。';
const TYPED_PERCENT: Case[] = [
  [SIGNED, 10, '75%', 6, 'bands'],
  [SIGNED, 10, '92%', 10, 'bands'],
  [SIGNED, 10, '60%', 0, 'bands'],
];

/** `每完成一项得2分，否则不得分`: an item not done earns nothing, as counting those done says already. */
const PER_ITEM = '每完成一项重点任务得3分,否则不得分。';
const SAID_AGAIN: Case[] = [
  [PER_ITEM, 6, '完成1项', 3, 'bonus'],
  [PER_ITEM, 6, '0项', 0, 'bonus'],
  ['每完成一项重点任务得3分,反之,不得分。', 6, '完成2项', 6, 'bonus'],
  // (An else that gives something is more than the count says.)
  ['每完成一项重点任务得3分,否则得1分。', 6, '完成1项', null, 'manual'],
];

/** `…得满分 否则 不得分`: a gap after points, before words, ends the clause (cells run together in a copy). */
const GAP_AFTER_POINTS: Case[] = [
  ['按规定建立台账的得满分 否则 不得分', 3, '已建立', 3, 'checklist'],
  ['按规定建立台账的得满分 否则 不得分', 3, '未建立', 0, 'checklist'],
  // (a gap inside a word, after 分 that is no points, joins it)
  ['数据分 析报告按时报送的得满分,否则不得分', 3, '是', 3, 'checklist'],
];

/** `无监理不得分、资料不齐全扣1分`: 、 after points, before the next clause's words, ends the clause. */
const LIST_MARK_AFTER_POINTS: Case[] = [
  ['无台账不得分、记录不全扣1分', 2, '有台账，记录不全', 1, 'composite'],
  ['无台账不得分、记录不全扣1分', 2, '无台账', 0, 'composite'],
  ['制定工作方案得1分、召开专题会议得1分', 2, '制定工作方案', 1, 'checklist'],
  // (between points listed it stays a list)
  ['评价按优秀、良好、合格3档划分,计分标准为5分、3分、1分。', 5, '良好', 3, 'grade'],
];

scoresAsListed([
  ['a gap after points', GAP_AFTER_POINTS],
  ['、 after points', LIST_MARK_AFTER_POINTS],
  ['a percent sign mistyped as &', TYPED_PERCENT],
  ['nothing for an item not done, said again', SAID_AGAIN],
  ['a formula name with its unit in brackets', UNIT_NOTE],
  ['none of a fault, said with when', SCOPED],
]);
