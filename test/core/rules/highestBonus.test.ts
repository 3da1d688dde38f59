/**
 * Bonuses said not to add up (`三等功加10分、二等功加30分…。奖励分按最高分加分,不累计加分`, `…加5分。以上加分中只取最高
 * 一档`: shapes from the held-out corpus, thirty-fourth session), in our own phrasings with scores worked out by
 * hand: the highest bonus named counts, once, however many times it was earned; none named gives nothing. Bonuses
 * counted per occurrence (`每项加8分`) are not read so.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const HONOURS = '获国家级表彰的加8分，获省级表彰的加5分，获市级表彰的加3分。以上加分只取最高一项。';
const MERITS = '记三等功加10分、记二等功加20分、记一等功加30分。按最高分加分，不累计加分。';

const HIGHEST: Case[] = [
  [HONOURS, 8, '获省级表彰', 5, 'grade'],
  [HONOURS, 8, '获省级表彰，获国家级表彰', 8, 'grade'],
  [HONOURS, 8, '获市级表彰2次，获省级表彰1次', 5, 'grade'],
  [HONOURS, 8, '无', 0, 'grade'],
  // (a bonus the rule does not list)
  [HONOURS, 8, '获县级表彰', null, 'grade'],
  [MERITS, 30, '记三等功2次', 10, 'grade'],
  [MERITS, 30, '记三等功1次，记二等功1次', 20, 'grade'],
];

const ADDED: Case[] = [
  // (without the note the bonuses add up)
  [
    '获国家级表彰的加8分，获省级表彰的加5分，获市级表彰的加3分。',
    8,
    '获市级表彰，获省级表彰',
    8,
    'composite',
  ],
  // (bonuses per occurrence said to count by the highest: which count is meant is unsaid)
  ['获国家级表彰的每项加8分，获省级表彰的每项加5分。加分按最高分计。', 8, '获省级表彰2项', null, 'manual'],
];

scoresAsListed([
  ['bonuses said not to add up', HIGHEST],
  ['bonuses that add up, or are counted', ADDED],
]);

describe('bonuses said not to add up', () => {
  it('are restated as levels, the highest counting', () => {
    expect(score(HONOURS, 8, '无').explain).toBe(
      '按等级计分：获国家级表彰得8分；获省级表彰得5分；获市级表彰得3分；各档不累加，按所达最高一档计分',
    );
  });
});
