/**
 * A range of counts asked (`每年专门研究文化工作2-3次。(1分)`, `全村有1-2个优势特色产业`,
 * `每个村民小组有2-3人组成的工作组(2分)`: shapes from the held-out corpus, thirty-fourth session), in our own
 * phrasings with scores worked out by hand: met from its low end, fewer is nothing, and more than its top is more
 * than the rule asks and prices — the person's. Yes and no answer it as they answer any one standard.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const MEETINGS = '每年召开安全形势分析会2-3次。(2分)';
const STAFF = '村级配备网格员1-2名';
const SHORT = '每年召开2-3次专题会议，每少1次扣2分。';

const RANGES: Case[] = [
  [MEETINGS, 2, '2次', 2, 'bands'],
  [MEETINGS, 2, '3次', 2, 'bands'],
  [MEETINGS, 2, '1次', 0, 'bands'],
  [MEETINGS, 2, '是', 2, 'bands'],
  [MEETINGS, 2, '否', 0, 'bands'],
  // (more than asked: not priced)
  [MEETINGS, 2, '5次', null, 'bands'],
  [STAFF, 3, '1名', 3, 'bands'],
  [STAFF, 3, '0名', 0, 'bands'],
  [STAFF, 3, '3名', null, 'bands'],
  [SHORT, 4, '1次', 2, 'linear'],
  [SHORT, 4, '4次', null, 'linear'],
];

const NOT_RANGES: Case[] = [
  // (counts each of several must reach)
  ['组长、副组长当年分别开展调研1至2次。(1分)', 1, '2次', null, 'manual'],
  // (a comparator before the range: which end it bounds is unsaid)
  ['全年开展调研不少于1至2次。(1分)', 1, '2次', null, 'manual'],
];

scoresAsListed([
  ['a range of counts asked', RANGES],
  ['ranges that are not one count asked', NOT_RANGES],
]);

describe('a range of counts asked', () => {
  it('is restated with both its ends and what fewer gives', () => {
    expect(score(MEETINGS, 2, '2次').explain).toBe(
      '按每年召开安全形势分析会分档：2次（含）至3次（含）得2分；<2次不得分',
    );
  });
});
