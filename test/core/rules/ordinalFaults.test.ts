/**
 * Faults named by the number of a requirement elsewhere (`违反第1项扣30分;违反第3项每次扣20分`, `第21项…`: shapes from
 * the held-out corpus, thirty-sixth session), in our own phrasings with scores worked out by hand: `第N项` is a name,
 * as `第N条` is, not a count or points. And a bare count against faults counted in things found (`1处`) and in
 * occurrences (`1起`) cannot be both at once: the person's, though each costs the same.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const NUMBERED = '违反第1项扣20分;违反第2项扣10分,乱停乱放扣10分;违反第3项每次扣5分。';

const ORDINALS: Case[] = [
  [NUMBERED, 40, '违反第1项', 20, 'composite'],
  [NUMBERED, 40, '违反第3项2次', 30, 'composite'],
  [NUMBERED, 40, '乱停乱放', 30, 'composite'],
];

const BARE_COUNT: Case[] = [
  // (places and occurrences: a bare 3 is neither)
  ['台账不全的,每发现1处扣0.5分;应报未报的,每发现1起扣0.5分。', 5, '3', null, 'composite'],
  ['台账不全的,每发现1处扣0.5分;应报未报的,每发现1起扣0.5分。', 5, '台账不全2处', 4, 'composite'],
  // (places and items: things alike, as before)
  ['台账不全的,每发现1处扣0.5分;资料缺失的,每发现1项扣0.5分。', 5, '3', 3.5, 'composite'],
];

scoresAsListed([
  ['faults named by a requirement’s number', ORDINALS],
  ['a bare count against things and occurrences', BARE_COUNT],
]);
