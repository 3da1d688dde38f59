/**
 * A step down to a floor, the standard unwritten (thirty-first session). `改厕率每下降10%扣2分；低于80%不得分` writes
 * no standard; on a row of 4 the two steps use the row up exactly at the floor only when they count down from 100%,
 * the whole of the rate — so the rate is scored from there, and below the floor nothing is left. Where the row's
 * weight does not fit (a row of 5), the standard stays unwritten: a gap said (`下降5%`) or a 指标值 is still asked.
 * Our own phrasings, in the shape of held-out rules, with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const TOILETS = '农村改厕率每下降10%扣2分;低于80%不得分。';

const FLOOR: Case[] = [
  [TOILETS, 4, '100%', 4, 'linear'],
  [TOILETS, 4, '90%', 2, 'linear'],
  [TOILETS, 4, '97%', 3.4, 'linear'],
  [TOILETS, 4, '79%', 0, 'linear'],
  [TOILETS, 4, '下降5%', 3, 'linear'],
  // (The steps and the floor do not meet at 100% on a row of 5.)
  [TOILETS, 5, '90%', null, 'linear'],
  [TOILETS, 5, '下降5%', 4, 'linear'],
];

scoresAsListed([['a step down to a floor, from the whole of the rate', FLOOR]]);
