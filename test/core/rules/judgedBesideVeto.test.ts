/**
 * A fault whose cost is the person's beside faults that give nothing (twenty-first session): `未建台账不得分，台账
 * 不全，酌情扣分`. Naming a fault that gives nothing scores 0 whatever else holds; naming the judged fault, or no
 * fault at all (it may still be there), is the person's. With anything else to read (a standard with a number),
 * the whole rule stays the person's judgement. Shapes from the held-out corpus, in our own phrasings with scores
 * worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const LEDGER = '查阅台账资料,无巡查台账不得分,台账不全,酌情扣分';
const SPENDING = '报销手续不完备酌情扣分,支出超出项目范围不得分';
const MEETINGS = '每季度召开1次例会。未召开不得分,召开走过场,酌情扣分。';
const VETO_BESIDE_JUDGED: Case[] = [
  [LEDGER, 3, '无巡查台账', 0, 'composite'],
  [LEDGER, 3, '台账不全', null, 'composite'],
  [LEDGER, 3, '已建立巡查台账', null, 'composite'],
  [SPENDING, 4, '支出超出项目范围', 0, 'composite'],
  [SPENDING, 4, '报销手续不完备', null, 'composite'],
  // (A standard with a number beside them: not read as faults, the person's judgement.)
  [MEETINGS, 2, '未召开', null, 'manual'],
];

scoresAsListed([['faults that give nothing beside a judged one', VETO_BESIDE_JUDGED]]);
