/**
 * A run of grades paired by 分别 with as many amounts (twentieth session): `被评定为5至10级…的,分别计50、40、30、20、
 * 10、5分` is six sentences, one per grade, and an answer names its grade (`8级`). A run that does not pair one to
 * one with the amounts stays unread. Shapes from the held-out corpus, in our own phrasings with scores worked out by
 * hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RATED = '服务站年度被评为1至4星级的,分别计4、6、8、10分。';
const RUNS: Case[] = [
  [RATED, 10, '3星', 8, 'grade'],
  [RATED, 10, '被评为1星', 4, 'grade'],
  [RATED, 10, '4星', 10, 'grade'],
  // (A grade outside the run is not one of the rule's.)
  [RATED, 10, '5星', null, 'grade'],
  // (Five amounts for a run of four: not paired.)
  ['服务站年度被评为1至4星级的,分别计2、4、6、8、10分。', 10, '3星', null, 'manual'],
];

scoresAsListed([['a run of grades paired with amounts', RUNS]]);
