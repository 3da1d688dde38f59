/**
 * Counts in bands (thirty-first session). A minimum before the verb (`至少研究2次`) bounds the count when the points
 * close its phrase (`至少研究2次得2分`, `…2次的2分`: two or more, not exactly two — three was refused before), as
 * it did when the count closed the phrase alone.
 * Our own phrasings, in the shapes of held-out rules, with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const MINIMUM_BEFORE_THE_VERB: Case[] = [
  ['至少召开2次专题会议得2分,召开1次得1分', 2, '召开3次', 2, 'bands'],
  ['至少召开2次专题会议得2分,召开1次得1分', 2, '召开1次', 1, 'bands'],
  ['每年至少检查2次的2分,检查1次的1分;', 2, '检查4次', 2, 'bands'],
  ['每年至少检查2次的2分,检查1次的1分;', 2, '检查1次', 1, 'bands'],
];

scoresAsListed([['a minimum before the verb of a band', MINIMUM_BEFORE_THE_VERB]]);
