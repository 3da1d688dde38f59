/**
 * Rule shapes first met in held-out and blind batches, in our own phrasings with scores worked out by
 * hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { parseRule } from '../../../src/core/rules';
import { score } from './score';

type Case = [string, number, string, number | null, string];

/** A band between a better and a worse neighbour, scored `按比例`: the points fall straight across it. */
const BETWEEN: Case[] = [
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '15%', 2, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '10%', 4, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '19%', 0.4, 'bands'],
  ['结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分', 4, '25%', 0, 'bands'],
  // said as 计分: still a fall, never the rate × the weight (15% of 4 would be 0.6)
  ['结转结余率≤10%得满分，10%-20%之间按比例计分，≥20%不得分', 4, '15%', 2, 'bands'],
  ['资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '20日', 4, 'bands'],
  ['资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '30日', 0, 'bands'],
  [
    '下达到实施单位≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分',
    6,
    '30个工作日',
    4.8,
    'bands',
  ],
  // a fall from points other than full marks to points other than nothing
  ['偏差率≤5%得3分，5%-15%按比例计分，>15%得1分', 3, '10%', 2, 'bands'],
  // rising to full marks: the share of the band above, as before
  ['完成率≥100%得满分，90%-100%按比例计分，<90%不得分', 4, '95%', 3.8, 'bands'],
  // `按比例扣分` right above a band that gives nothing may fall to nothing there: the person's
  ['完成率≥100%得满分，90%-100%按比例扣分，<90%不得分', 4, '95%', null, 'manual'],
  // with nothing fixed above it, the band says no more than "in proportion": not guessed
  ['结余率10%-20%之间按比例计分，≥20%不得分', 4, '15%', null, 'manual'],
];

describe.each([['a fall between two bands', BETWEEN]])('%s', (_shape, cases) => {
  it.each(cases)('%s (分值 %s) with %s scores %s as %s', (rule, weight, input, expected, kind) => {
    const r = score(rule, weight, input);
    expect(r.kind).toBe(kind);
    expect(r.score?.toNumber() ?? null).toBe(expected);
    if (expected !== null) expect(r.unparsed).toEqual([]);
  });
});

describe('restatements', () => {
  it('says where the fall starts and ends', () => {
    expect(parseRule('结转结余率≤10%得满分，10%-20%之间按比例扣分，≥20%不得分').explain).toContain(
      '按比例计分（10%时得满分，20%时得0分）',
    );
    expect(score('资金下达≤15日得满分，>30日为0分，15-30日按比例减分', 6, '20日').note).toBe(
      '资金下达20日，属于“15日（不含）至30日（含）”一档，按比例计分（15日时得满分，30日时得0分），得4.00分',
    );
  });
});
