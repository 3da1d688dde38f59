/**
 * A long heading with its points in brackets and a colon after them (`(6)…病人随访干预(0.1分):…`, a shape from the
 * held-out corpus, thirty-third session), in our own phrasings with scores worked out by hand: the colon says the
 * bracketed points are the row's worth, whatever the heading's length up to a sentence's.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RELIEF =
  '(3)困难群众医疗救助资金按时足额拨付比例(0.5分):救助资金按时足额拨付比例不低于95%。每降低5%扣0.1分。';

const HEADED: Case[] = [
  [RELIEF, 0.5, '97%', 0.5, 'linear'],
  [RELIEF, 0.5, '85%', 0.3, 'linear'],
  // (the worth the heading states is checked against the row's)
  [RELIEF, 1, '97%', null, 'manual'],
  // (parts each with their points and a colon are no heading over a rule)
  [
    '建立健全困难群众医疗救助工作制度(1分):有制度文件;按时足额拨付困难群众医疗救助资金(1分):拨付率100%',
    2,
    '全部',
    null,
    'manual',
  ],
];

scoresAsListed([['a long heading, its points, then a colon', HEADED]]);

describe('a long heading, its points, then a colon', () => {
  it('names the two worths when they differ', () => {
    expect(score(RELIEF, 1, '97%').note).toBe(
      '评分标准写明本项0.5分，与分值1分不一致，未自动评分，请人工评分',
    );
  });
});
