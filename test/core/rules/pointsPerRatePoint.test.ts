/**
 * Points for each percentage point of a rate (nineteenth session). Shape from the held-out corpus, in our own
 * phrasing with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/**
 * `每个百分点得1分` after the rate's own definition, with no standard it counts from: a rate answered earns its
 * points per point, up to the row's weight; a count or words are no rate.
 */
const USE_RATE = '设备使用率=实际使用机时/额定机时×100%,每个百分点得0.5分。';
const PER_POINT: Case[] = [
  [USE_RATE, 50, '72%', 36, 'bonus'],
  [USE_RATE, 50, '0%', 0, 'bonus'],
  [USE_RATE, 50, '120%', 50, 'bonus'],
];

scoresAsListed([['points for each percentage point of a rate', PER_POINT]]);

describe('points per percentage point, in the note', () => {
  it('names the percentage point it counts', () => {
    expect(score(USE_RATE, 50, '72%').note).toContain('每1个百分点加0.5分');
  });
});
