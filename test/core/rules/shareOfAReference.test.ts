/**
 * A share of a reference named between the comparator and the value (twenty-ninth session): `门诊量＜规定数60%` is
 * the share of the 规定数, as `≥规定数的80%` is — the 的 may be left out after a count or an amount (`数`, `量`, `额`).
 * Our own phrasings of the held-out corpus's shape, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const VISITS = '门诊量≥规定数的80%，得2分；门诊量≥规定数的60%，得1分；门诊量＜规定数60%，不得分';
const SHARES: Case[] = [
  [VISITS, 2, '85%', 2, 'bands'],
  [VISITS, 2, '70%', 1, 'bands'],
  [VISITS, 2, '50%', 0, 'bands'],
  ['到位资金≥计划额90%，得3分；到位资金＜计划额90%，不得分', 3, '92%', 3, 'bands'],
];

scoresAsListed([['a share of a reference named before it', SHARES]]);
