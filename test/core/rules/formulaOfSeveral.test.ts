/**
 * A score declared as a formula over several quantities (twentieth session): `年度考核分=平时考核得分×60%+年终考核
 * 得分×40%`. The answer names each with its value (`平时考核得分80，年终考核得分90`, or by the words that tell them
 * apart, `平时70分，年终100分`); one value for several, or a quantity left out, is the person's to sort out.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const YEAR = '站点年度考核分=站点季度考核得分×70%+站点年终考核得分×30%';
const RATES = '得分=(资金到位率+项目完工率)÷2×分值';
const SEVERAL: Case[] = [
  [YEAR, 100, '季度考核得分80，年终考核得分90', 83, 'formula'],
  [YEAR, 100, '季度90分，年终70分', 84, 'formula'],
  [YEAR, 100, '85', null, 'formula'],
  [YEAR, 100, '季度考核得分80', null, 'formula'],
  [RATES, 10, '资金到位率90%，项目完工率70%', 8, 'formula'],
  // (A formula naming the row's target beside its input is still read against the 年度指标值, not asked for.)
  ['得分=实际完成数/目标任务数×分值', 10, '资金到位率90%，项目完工率70%', null, 'formula'],
];

scoresAsListed([['a formula over several quantities, each named', SEVERAL]]);
