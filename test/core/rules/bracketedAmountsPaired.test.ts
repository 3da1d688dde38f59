/**
 * Amounts listed in brackets after a list of as many things (twenty-seventh session): `…在市级、省级、国家级刊物上
 * 发表。(1、3、5分)` pairs them in order, as 分别 does — one level each. A list of levels each with its own 级 keeps the
 * last one's 级 (`国家级`, not `国家` and a 级 shared), in these pairs and in 分别's. Our own phrasings, on the shape of
 * held-out school 创建 checklists; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const PAPERS = 'B12.教师论文在市级、省级、国家级刊物上发表。(1、3、5分)';

const CASES: Case[] = [
  [PAPERS, 5, '市级', 1, 'grade'],
  [PAPERS, 5, '省级', 3, 'grade'],
  [PAPERS, 5, '国家级', 5, 'grade'],
  // (A level the rule does not list.)
  [PAPERS, 5, '县级', null, 'grade'],
  ['B12.教师论文在市级、省级、国家级刊物上发表(1、3、5分)', 5, '国家级', 5, 'grade'],
  // (Two things and three amounts do not pair.)
  ['B12.教师论文在市级、省级刊物上发表。(1、3、5分)', 5, '市级', null, 'checklist'],
];

describe('levels each with its own 级', () => {
  it('are restated whole in the pairs', () => {
    expect(score(PAPERS, 5, '省级').note).toBe('评定为“教师论文在省级刊物上发表”，得3.00分');
  });
  it('are restated whole when 分别 pairs them', () => {
    expect(score('论文在市级、省级、国家级刊物上发表的,分别得1分、3分、5分', 5, '省级').note).toBe(
      '评定为“论文在省级刊物上发表的”，得3.00分',
    );
  });
});

scoresAsListed([['amounts in brackets paired with a list', CASES]]);
