/**
 * ± on a rate of completion (thirtieth session): `预算完成率超出正负10%不得分`, `执行率在±5%以内得满分` — a completion
 * rate's only distance is from its plan, 100%, so ± spreads about it (93% and 110% are within 10; 89% is not). An
 * answer no farther from 0 than the spread (`5%`, `-3%`) is the deviation written, not the rate: refused, never read
 * as 95 points short. ± on another level (`合格率±5%`) leaves its plan unsaid and stays the person's; a deviation
 * (`偏差率±5%`) still spreads about 0. Our own phrasings of the held-out corpus's shapes, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const OUTSIDE = '项目预算执行率超出正负5%的不得分。';
const STEPPED = '预算执行率在±5%以内得满分，超过±5%每1个百分点扣0.5分。';
const ABOUT_PLAN: Case[] = [
  [OUTSIDE, 2, '100%', 2, 'bands'],
  [OUTSIDE, 2, '96%', 2, 'bands'],
  [OUTSIDE, 2, '105%', 2, 'bands'],
  [OUTSIDE, 2, '94%', 0, 'bands'],
  [OUTSIDE, 2, '106.5%', 0, 'bands'],
  [STEPPED, 5, '97%', 5, 'linear'],
  [STEPPED, 5, '92%', 3.5, 'linear'],
  [STEPPED, 5, '109%', 3, 'linear'],
  // (a deviation written where the rate is asked)
  [OUTSIDE, 2, '3%', null, 'bands'],
  [STEPPED, 5, '-3%', null, 'linear'],
];

const OTHER_LEVELS: Case[] = [
  ['产品合格率±5%以内得满分，否则不得分。', 5, '97%', null, 'manual'],
  ['预算执行偏差率在±5%以内得满分，否则不得分。', 5, '-3%', 5, 'bands'],
  ['预算执行偏差率在±5%以内得满分，否则不得分。', 5, '7%', 0, 'bands'],
];

scoresAsListed([
  ['± on a rate of completion spreads about 100%', ABOUT_PLAN],
  ['± on other levels', OTHER_LEVELS],
]);

describe('the distance from the plan, said', () => {
  it('restates the rule and the answer as a distance from 100%', () => {
    const r = score(OUTSIDE, 2, '94%');
    expect(r.explain).toContain('与100%之差的绝对值>5%');
    expect(r.note).toContain('与100%之差的绝对值');
  });

  it('asks for the rate when a deviation is written', () => {
    expect(score(OUTSIDE, 2, '3%').note).toContain('请填写完成率');
  });
});
