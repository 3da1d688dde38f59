/**
 * One standard to reach, answered in the words of standards (twenty-sixth session): `达标`, `已达标`, `未达标`,
 * `不达标` against `合格率90%以上，得0.5分；未达标的，扣0.5分` or `火化率达100%，得2分，否则不得分` — nothing when
 * not met, whether written as 不得分 or as a deduction that takes the whole row. Our own phrasings, on a held-out
 * shape; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const SEEDLINGS = '苗木质量合格率90%以上,得0.5分;未达标的,扣0.5分。';
const CREMATION = '火化率达100%,得2分,否则不得分。';
const MET_IN_WORDS: Case[] = [
  [SEEDLINGS, 0.5, '达标', 0.5, 'bands'],
  [SEEDLINGS, 0.5, '未达标', 0, 'bands'],
  [CREMATION, 2, '已达标', 2, 'bands'],
  [CREMATION, 2, '不达标', 0, 'bands'],
  // (A deduction that leaves part of the row is a level short of the standard, the value unsaid.)
  ['苗木质量合格率90%以上,得2分;未达标的,扣0.5分。', 2, '未达标', null, 'bands'],
];

scoresAsListed([['one standard met or not, in its words', MET_IN_WORDS]]);
