/**
 * Ranks that go down one by one after those given points (twenty-first session): `第一名30分，按名次依次递减1.5分`,
 * `前5名得满分；其他依次递减0.5分` — each rank below the last one listed costs the amount, down to nothing. A run of
 * ranks may take its points in words (`得满分`) and be led by several words; a comma after a rank's points ends
 * its list. Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const BY_RANK = '按各乡镇投诉办结率排名,第一名30分,按名次依次递减1.5分。';
const TOP_FIVE = '信息报送、宣传考核排名前5名得满分;其他依次递减0.5分。';
const TOP_THREE = '按季度综合排名前3名得4分,其他依次递减0.2分';
const DESCENT: Case[] = [
  [BY_RANK, 30, '第1名', 30, 'rank'],
  [BY_RANK, 30, '第7名', 21, 'rank'],
  [TOP_FIVE, 5, '第5名', 5, 'rank'],
  [TOP_FIVE, 5, '第8名', 3.5, 'rank'],
  [TOP_FIVE, 5, '第20名', 0, 'rank'],
  [TOP_THREE, 4, '第2名', 4, 'rank'],
  [TOP_THREE, 4, '第6名', 3.4, 'rank'],
];

scoresAsListed([['ranks going down one by one', DESCENT]]);
