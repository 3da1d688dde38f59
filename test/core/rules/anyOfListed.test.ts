/**
 * A price written once for any one of the faults listed on the lines after it (twenty-seventh session):
 * `…有下列情形之一的,扣除5分:⏎1)…的⏎2)…的` deducts 5 for the one named; two named is not said to cost once or
 * twice and stays the person's. `记分卡` is a thing, not a score (`记分`). Two more words a rule says about its
 * scoring as a whole: `可倒扣` (deductions past the row stay the person's) and `考核采用扣分制` (read past). Our own
 * phrasings, on the shape of held-out 导游人员计分办法, 家庭档案 and 监测预警 rows; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const WINDOW =
  '窗口工作人员在服务中,有下列情形之一的,扣除5分:\n1) 对办事群众态度生硬的\n2) 擅自离开工作岗位的\n3) 在工作时间未佩戴工作证或未携带记分卡的';

const CASES: Case[] = [
  [WINDOW, 10, '擅自离开工作岗位', 5, 'composite'],
  [WINDOW, 10, '未佩戴工作证', 5, 'composite'],
  [WINDOW, 10, '无', 10, 'composite'],
  [WINDOW, 10, '对办事群众态度生硬，擅自离开工作岗位', null, 'composite'],
  // (A fault the list does not hold.)
  [WINDOW, 10, '在窗口吸烟', null, 'composite'],
  // (The same header in 出现…之一 words, items numbered 1、.)
  [
    '出现下列行为之一的,扣2分:\n1、未按时上报统计报表的;\n2、统计数据弄虚作假的。',
    4,
    '统计数据弄虚作假',
    2,
    'composite',
  ],
];

describe('two of the listed faults named', () => {
  it('says the rule does not say whether each costs', () => {
    expect(score(WINDOW, 10, '对办事群众态度生硬，擅自离开工作岗位').note).toBe(
      '评分标准写明“有下列情形之一的”扣分，写了2项，是否每项都扣请人工评分',
    );
  });
});

scoresAsListed([['a price written once for any one of a list', CASES]]);

/** `可倒扣`: deductions may go below 0 — within the row they score as ever; past it the row is the person's. */
const BELOW_NOTHING = '查看台账,抽取10份记录,记录不完整扣5分,签字不全扣5分,可倒扣';
const BELOW: Case[] = [
  [BELOW_NOTHING, 10, '无问题', 10, 'composite'],
  [BELOW_NOTHING, 10, '记录不完整', 5, 'composite'],
  [BELOW_NOTHING, 10, '记录不完整，签字不全', 0, 'composite'],
  [BELOW_NOTHING, 8, '记录不完整，签字不全', null, 'composite'],
];

describe('deductions past the row where the rule lets them go below 0', () => {
  it('name the rule’s words', () => {
    expect(score(BELOW_NOTHING, 8, '记录不完整，签字不全').note).toBe(
      '存在“记录不完整”扣5分、“签字不全”扣5分，计扣10.00分，扣分超过本项分值，评分标准写明“可倒扣”，请人工评分',
    );
  });
});

scoresAsListed([['deductions that may go below 0', BELOW]]);

/** `…考核采用扣分制`: the way the row is scored, named before the clauses that say how — read past. */
const BY_DEDUCTION =
  '1.巡查任务考核采用扣分制,巡查任务没有按时完成的每次扣2分,上报的巡查记录审核不合格的扣1分。';
const METHOD_NAMED: Case[] = [
  [BY_DEDUCTION, 5, '全部按时完成', 5, 'composite'],
  [BY_DEDUCTION, 5, '没有按时完成1次', 3, 'composite'],
  [BY_DEDUCTION, 5, '没有按时完成2次,审核不合格1次', 0, 'composite'],
];

scoresAsListed([['the way of scoring named, then the clauses', METHOD_NAMED]]);
