/**
 * The row's worth in brackets after its heading, written with 分值 as with 满分 (twenty-seventh session):
 * `(2)健全制度,落实责任(分值8分)。…` states the row is worth 8 — read past where it agrees with the table, and
 * checked against it where it does not; a part's own `(分值5分)` is that part's points. Our own phrasings, on the
 * shape of held-out 新农村建设 and 交通安全劝导 rows; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const DUTIES = '(2)健全制度,落实责任(分值8分)。制定年度工作计划;建立考核制度。';
const TEAMS =
  '(一)巡查队伍(分值10分)1各村要成立巡查小组,确定村主任为第一责任人(分值5分)。2各村要指定2名巡查员(分值5分)。';

const CASES: Case[] = [
  [DUTIES, 8, '是', 8, 'checklist'],
  [DUTIES, 8, '否', 0, 'checklist'],
  ['(2)健全制度,落实责任(分值为8分)。制定年度工作计划;建立考核制度。', 8, '是', 8, 'checklist'],
  // (The rule and the table disagree on the worth: the person reconciles them.)
  [DUTIES, 6, '是', null, 'manual'],
  [TEAMS, 10, '1,2', 10, 'checklist'],
  [TEAMS, 10, '2', 5, 'checklist'],
];

describe('a worth in brackets that disagrees with the row', () => {
  it('names both worths', () => {
    expect(score(DUTIES, 6, '是').note).toBe('评分标准写明本项8分，与分值6分不一致，未自动评分，请人工评分');
  });
});

scoresAsListed([['the row’s worth in brackets, written with 分值', CASES]]);
