/**
 * A score written where a value is asked (thirtieth session): `95分` against `每少一人扣0.1分` or `每发现一处扣1分` is
 * points — likely the score the person has in mind — never 95 people or 3 places; `95分` against `每个百分点得1分`
 * is no rate. (`分钟` is time: `迟到20分钟` is counted.) And a formula's `…占年度计划的比` is a ratio: a bare `95`
 * there is 95%, not 95 times the weight cut to full marks. A probe answering every rule read by percentages with
 * `95分`, `95个`, `95天`, `95万元`, `95人` found 11 scores given; 3 remain (`95人` against a count of people, `95个`
 * against counts). Another, answering with counts (`3处`, `5次`, `2项`, `8起`), found 7; the 4 against
 * `每个百分点得1分` are refused now, the 3 against `一次扣5分` count occurrences, fairly. Our own phrasings. [rule, weight, input, expected score (null: left to the person), kind]
 */
import { scoresAsListed, type Case } from './score';

const PEOPLE = '报名率100%,每少一人扣0.1分,扣完为止。';
const PLACES = '每发现一处扣1分。';
const POINTS_ONE = '有效机时/定额机时×100%,每个百分点得1分。';
const PROGRESS = '进度按照60分乘以完成投资占年度计划的比。';

const SCORES: Case[] = [
  [PEOPLE, 0.5, '95分', null, 'perissue'],
  [PEOPLE, 0.5, '2人', 0.3, 'perissue'],
  [PLACES, 5, '3分', null, 'perissue'],
  [PLACES, 5, '3处', 2, 'perissue'],
  [POINTS_ONE, 100, '95分', null, 'bonus'],
  [POINTS_ONE, 100, '95%', 95, 'bonus'],
  // (a count of things is no number of percentage points)
  [POINTS_ONE, 100, '3处', null, 'bonus'],
  [POINTS_ONE, 100, '72个百分点', 72, 'bonus'],
  ['每迟到10分钟扣1分。', 5, '迟到20分钟', 3, 'perissue'],
];

const RATIOS: Case[] = [
  [PROGRESS, 60, '95', 57, 'formula'],
  [PROGRESS, 60, '95%', 57, 'formula'],
  [PROGRESS, 60, '95天', null, 'formula'],
];

scoresAsListed([
  ['a score written where a count or a rate is asked', SCORES],
  ['a ratio named in a formula', RATIOS],
]);
