/**
 * A yes/no whose question asks a count (twenty-sixth session): `每年制定1个专项行动计划…得2分，否则不得分` answered
 * `已制定1个专项行动计划` — the count asked, said with the thing, is the thing done. Another count, or another thing,
 * is not read that way. Our own phrasings, on a held-out shape; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const PLAN = '每年制定1个专项行动计划或管理指南得2分,否则不得分。';
const MEETING = '每年召开1次专题会议研究安全工作得2分,否则不得分。';
const COUNT_ASKED: Case[] = [
  [PLAN, 2, '已制定1个专项行动计划', 2, 'checklist'],
  [MEETING, 2, '已召开1次专题会议', 2, 'checklist'],
  // (Another count than the one asked is not read here.)
  [PLAN, 2, '已制定2个专项行动计划', null, 'checklist'],
  // (The count asked, of a thing the question does not name, says nothing.)
  ['每年制定1个专项行动计划得2分,否则不得分。', 2, '已制定1个管理指南', null, 'checklist'],
];

scoresAsListed([['the count asked, said with the thing', COUNT_ASKED]]);
