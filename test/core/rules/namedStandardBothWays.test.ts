/**
 * A standard named but not written (`达到全县银行业平均水平的,得基本分。每高1个百分点加0.2分…;每低1个百分点减0.2分`,
 * `每低10亿元减0.5分,最高减分不超过2分`: shapes from the held-out corpus, thirty-sixth session), in our own phrasings
 * with scores worked out by hand. The answer says how far from the standard: below it the step deducts, above it
 * the bonus adds (up to its cap; past the row's weight the person decides), in percentage points or in the
 * step's own unit. `减分` ceilings read as `扣分` ones.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RATE =
  '存款增长率达到全市平均水平的,得6分;每高1个百分点加0.5分,最多加2分;每低1个百分点减0.5分,扣完为止。';
const AMOUNT = '税收收入达到全区平均水平的,得基本分;每少50万元减1分,最高减分不超过3分。';

const BOTH_WAYS: Case[] = [
  [RATE, 8, '低于平均水平3个百分点', 4.5, 'linear'],
  [RATE, 8, '达到平均水平', 6, 'linear'],
  [RATE, 8, '与平均水平持平', 6, 'linear'],
  [RATE, 8, '高于平均水平2个百分点', 7, 'linear'],
  // (the bonus held to its cap)
  [RATE, 8, '高于平均水平10个百分点', 8, 'linear'],
  // (base and bonus past the row's weight: the person's)
  [RATE, 6, '高于平均水平2个百分点', null, 'linear'],
  // (a level said loosely, no standard named: not a gap)
  [RATE, 8, '低于5%', null, 'linear'],
];

const IN_ITS_UNIT: Case[] = [
  [AMOUNT, 5, '低于平均水平100万元', 3, 'linear'],
  [AMOUNT, 5, '低于平均水平75万元', 3.5, 'linear'],
  // (`最高减分不超过3分`: the deduction held there)
  [AMOUNT, 5, '低于平均水平400万元', 2, 'linear'],
  [AMOUNT, 5, '达到平均水平', 5, 'linear'],
  [AMOUNT, 5, '低于100万元', null, 'linear'],
  // (a step in its own unit with no standard named: no gap to read)
  ['每少50万元减1分,最高减分不超过3分。', 5, '低于平均水平100万元', null, 'manual'],
];

scoresAsListed([
  ['a bonus above a named standard and a step below it', BOTH_WAYS],
  ['a named standard answered in the step’s unit', IN_ITS_UNIT],
]);
