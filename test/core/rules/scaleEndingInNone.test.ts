/**
 * A scale of states described in words, closed by a bare no (twenty-ninth session):
 * `有考核办法，台账齐全，得满分 有台账无考核办法，得2分 有考核办法无台账，得1分 无，不得分`. The last `无` is the
 * state of having none of it — the scale's lowest — not a yes/no question beside the states (it was left to the
 * person). A bare 是/否 pair is still a question, and a 无 that gives points or stands before the states is not
 * read so. Our own phrasings of the held-out corpus's shape, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RECORDS = '有考核办法，台账齐全，得满分 有台账无考核办法，得2分 有考核办法无台账，得1分 无，不得分';
const LINKED = '有奖惩制度，并与绩效挂钩，得满分；有奖惩制度，未与绩效挂钩，得1分；无，不得分';
const NONE_LAST: Case[] = [
  [RECORDS, 3, '有考核办法，台账齐全', 3, 'grade'],
  [RECORDS, 3, '有台账无考核办法', 2, 'grade'],
  [RECORDS, 3, '有考核办法无台账', 1, 'grade'],
  [RECORDS, 3, '无', 0, 'grade'],
  [LINKED, 3, '有奖惩制度，未与绩效挂钩', 1, 'grade'],
  [LINKED, 3, '无', 0, 'grade'],
  // (part of a state shared by two is neither)
  [LINKED, 3, '有奖惩制度', null, 'grade'],
];

const NOT_SO: Case[] = [
  // (a 无 giving points is no state of having nothing)
  ['有考核办法，台账齐全，得满分；有台账无考核办法，得2分；无，得1分', 3, '无', null, 'manual'],
  // (before the states, not closing them)
  ['无，不得分；有台账无考核办法，得2分；有考核办法，台账齐全，得满分', 3, '无', null, 'manual'],
];

scoresAsListed([
  ['a scale of described states closed by a bare no', NONE_LAST],
  ['a bare no read otherwise', NOT_SO],
]);
