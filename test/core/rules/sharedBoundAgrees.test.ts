/**
 * Two bands that both hold a value (twenty-sixth session): `100%完成得10分，100%以下按比例扣分` at 100%. Which one a
 * shared bound belongs to is unsaid, but where both give the same points the answer is the same either way. Where
 * they differ it stays with the person, as before. Our own phrasings, on a held-out shape; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const SHARED: Case[] = [
  ['任务完成率,100%完成得10分,100%以下按比例扣分。', 10, '100%', 10, 'bands'],
  ['任务完成率,100%完成得10分,100%以下按比例扣分。', 10, '85%', 8.5, 'bands'],
  ['任务完成率80%以上得1分、80%以下得1分，60%以下不得分。', 2, '80%', 1, 'bands'],
  // (Bands that price the shared value differently leave it to the person.)
  ['任务完成率80%以上得2分、80%以下得1分。', 2, '80%', null, 'bands'],
];

scoresAsListed([['two bands holding one value', SHARED]]);
