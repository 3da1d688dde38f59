/**
 * Band tables on a rate whose numbers are written without % (`完毕率100以上(10分)完毕率75以上(9-8分)…`, a shape from
 * the held-out corpus, thirty-third session), in our own phrasings with scores worked out by hand: the numbers are
 * percentages when they are a percentage's (none above 100, the top at least 50); a ratio's small numbers stay bare.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const FUNDS = '资金到位状况(10分)到位率95以上(10分)到位率80以上(8-6分)到位率不足80(5-0分)';
const TURNOVER = '存货周转率3以上(10分)存货周转率2以上(6分)存货周转率不足2(0分)';

const RATES: Case[] = [
  [FUNDS, 10, '98%', 10, 'bands'],
  [FUNDS, 10, '100%', 10, 'bands'],
  // (a band whose points are a span is the person's)
  [FUNDS, 10, '85%', null, 'bands'],
];

const RATIOS: Case[] = [
  [TURNOVER, 10, '3.5', 10, 'bands'],
  [TURNOVER, 10, '2.2', 6, 'bands'],
  // (a percentage is no answer to bounds that are not one)
  [TURNOVER, 10, '350%', null, 'bands'],
];

scoresAsListed([
  ["a rate's bands written without %", RATES],
  ["a ratio's bands stay bare numbers", RATIOS],
]);

describe("a rate's bands written without %", () => {
  it('restates each bound as a percentage', () => {
    expect(score(FUNDS, 10, '98%').explain).toBe(
      '按到位率分档：≥95%得10分；≥80%由评分人在6至8分之间评定；<80%由评分人在0至5分之间评定',
    );
  });
});
