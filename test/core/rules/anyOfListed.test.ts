/**
 * A price written once for any one of the faults listed on the lines after it (twenty-seventh session):
 * `…有下列情形之一的,扣除5分:⏎1)…的⏎2)…的` deducts 5 for the one named; two named is not said to cost once or
 * twice and stays the person's. `记分卡` is a thing, not a score (`记分`). Our own phrasings, on the shape of
 * held-out 导游人员计分办法 rows; scores by hand.
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
