/**
 * Levels named in an answer's own words (fifteenth session): one of a level's alternatives said whole
 * (`已报市局待批` for `…已报市局待批或已出台扶持政策的得2分`), or one level's words in order with nothing denied,
 * no degree and no count (`建成并正常运行` for `建成垃圾中转站并正常运行的得2分`). Levels that are presence itself
 * (`有得5分,没有不得分`) are said of the thing (`有COD分析仪`).
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const PARK = '当年获批市级示范园区的得3分,已报市局待批或已出台扶持政策的得2分。';
const STATION = '建成垃圾中转站并正常运行的得2分,当年开工或在建垃圾中转站的得1分。';

const CASES: Case[] = [
  [PARK, 3, '已报市局待批', 2, 'grade'],
  [PARK, 3, '已出台扶持政策', 2, 'grade'],
  [PARK, 3, '当年获批市级示范园区', 3, 'grade'],
  [STATION, 2, '建成并正常运行', 2, 'grade'],
  [STATION, 2, '基本建成并运行', null, 'grade'],
  [STATION, 2, '建成2座并运行', null, 'grade'],
];

const PRESENCE = '有得5分,没有不得分';
const SAID_OF_THE_THING: Case[] = [
  [PRESENCE, 5, '有COD分析仪', 5, 'grade'],
  [PRESENCE, 5, '无分析仪', 0, 'grade'],
  [PRESENCE, 5, '有但不全', null, 'grade'],
];

scoresAsListed([
  ['a level named in the answer’s own words', CASES],
  ['presence said of the thing', SAID_OF_THE_THING],
]);
