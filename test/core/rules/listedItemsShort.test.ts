/**
 * Things a list asks for, said missing, and the standard said back (nineteenth session). Shapes from the held-out corpus, in our own
 * phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/**
 * A shortfall counted over a list (`每缺一项扣1分`) is answered by naming what is missing: in shorter words than
 * the list's (`半年小结` for `半年有工作小结`, its ends whole), with the lack after the things (`登记本缺`,
 * `台账、名册都缺`), or against one missing said without a measure word (`缺一扣2分`).
 */
const REPORTS = '3、站所年初应有工作计划、半年有工作小结、年终有工作总结,每缺一项扣1分,材料雷同的扣1分。';
const SIGNS = '村内未设置垃圾分类投放点,每处扣1分。宣传牌、台账少1种扣1分。';
const PAPERS = '试卷应含填空题、选择题、判断题、简答题四部分,缺一扣2分';
const NAMED_SHORT: Case[] = [
  [REPORTS, 4, '缺半年小结', 3, 'composite'],
  [REPORTS, 4, '缺半年小结、年终总结', 2, 'composite'],
  [SIGNS, 3, '台账缺', 2, 'composite'],
  [SIGNS, 3, '未设置投放点1处，宣传牌、台账都缺', 0, 'composite'],
  [PAPERS, 10, '缺判断题', 8, 'perissue'],
  [PAPERS, 10, '2', 6, 'perissue'],
  // (Words outside the list, or a shortened name whose ends are not the item's, name nothing.)
  [REPORTS, 4, '缺季度小结', null, 'composite'],
  [REPORTS, 4, '缺半年工作', null, 'composite'],
];

/**
 * The standard issues are counted against, said back in its own words (`档案完整` against `…档案完整,…每缺1项扣2分`,
 * `畅通` against `…管道畅通,…发现一处不符合要求扣0.5分`, `无涂改` against `台账应无涂改`): met, none found. Never
 * words the standard negates, a piece that names one of the things counted, or words a veto holds.
 */
const ARCHIVE = '施工档案完整,图纸、变更单、验收单每缺1项扣2分。';
const DRAINS = '院内排水管道畅通,做好日常疏通,无堵塞外溢,发现一处不符合要求扣0.5分';
const STANDARD_SAID: Case[] = [
  [ARCHIVE, 6, '档案完整', 6, 'perissue'],
  [ARCHIVE, 6, '缺变更单', 4, 'perissue'],
  [DRAINS, 3, '畅通', 3, 'perissue'],
  [DRAINS, 3, '堵塞外溢', null, 'perissue'],
  ['台账应无涂改和保持字迹清楚,否则每种台账扣1分。', 3, '无涂改', 3, 'perissue'],
  ['园舍不独立不参评;一项不符合规定扣2分。', 6, '园舍不独立', null, 'perissue'],
];

/**
 * `扣满12分的，追加扣除10分`: deductions reaching the amount cost more off the table's total, so such a row is the
 * person's; below it the row's own deductions are scored.
 */
const LICENCES = '无证上岗的，每人次扣4分；证书过期的，每人次扣2分；扣满12分的，追加扣除10分。';
const BEYOND_CAP: Case[] = [
  [LICENCES, 12, '证书过期2人次', 8, 'composite'],
  [LICENCES, 12, '无证上岗2人次，证书过期1人次', 2, 'composite'],
  [LICENCES, 12, '无证上岗3人次', null, 'composite'],
  [LICENCES, 12, '全部持证上岗', 12, 'composite'],
];

/** `种植园、饲养角均有` against a shortfall: every thing there, none short (not things the rule wants absent). */
const EVERY_THING_THERE: Case[] = [
  ['缺一项扣3分。', 6, '种植园、饲养角均有', 6, 'perissue'],
  ['每缺一项制度扣1分。', 5, '学习制度和考勤制度都已建立', 5, 'perissue'],
  ['无杂草、无积水、无垃圾的得满分,有一项未达到的扣1分。', 3, '杂草、积水都有', null, 'perissue'],
];

scoresAsListed([
  ['every thing there', EVERY_THING_THERE],
  ['things a list asks for, said missing', NAMED_SHORT],
  ['deductions reaching an amount that costs more', BEYOND_CAP],
  ['the standard said back', STANDARD_SAID],
]);

describe('a shortfall over a list, in the note', () => {
  it('names the list once, without the lack run on to it', () => {
    const note = score(SIGNS, 3, '台账缺').note;
    expect(note).toContain('“宣传牌、台账”缺1种');
    expect(note).not.toContain('台账少”');
  });
});
