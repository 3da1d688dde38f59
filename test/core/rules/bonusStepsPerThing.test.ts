/**
 * Bonuses per each of several things (seventeenth session): `每获县级一项加0.25分,每获市级一项加0.5分…`,
 * `每新开1个项目加5分;每续建1个项目加2分` — a list of bonuses, each counted by the answer that names it
 * (`新开2个，续建3个`), named by what its step counts when the words before the steps do not tell them apart. A
 * list paired by 分别 inside the 每 phrase (`每新开、续建1个项目分别加5、2分`) is the same two steps.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const LEVELS = '获得上级表彰的,每获县级一项加0.5分,每获市级一项加1分,每获省级一项加2分。';
const STARTS = '重点项目开工。每新开、续建1个项目分别加4、1分;';
const PER_THING: Case[] = [
  [LEVELS, 5, '县级2项，市级1项', 2, 'composite'],
  [LEVELS, 5, '省级1项', 2, 'composite'],
  [LEVELS, 5, '无', 0, 'composite'],
  // (Counts without what they are of: which bonus is not said.)
  [LEVELS, 5, '2项', null, 'composite'],
  [STARTS, 10, '新开2个，续建1个', 9, 'composite'],
  [STARTS, 10, '续建3个', 3, 'composite'],
  // (Past the row's worth, the worth.)
  [STARTS, 10, '新开3个', 10, 'composite'],
  ['每新开1个项目加4分;每续建1个项目加1分', 10, '新开1个，续建2个', 6, 'composite'],
];

/**
 * Things each closed by 的 and a comma, paired by 分别 with as many amounts (`获得国家级荣誉的,获得省级表彰的,…,
 * 每项分别加2分、1分…`); how a bonus is asked for (`申请加分单位须出具…材料`) changes no score.
 */
const HONOURS =
  '各单位年内获得国家级荣誉的,获得省级表彰的,获得市级表彰的,每项分别加2分、1分、0.5分。申请加分单位须出具表彰文件。';
const CLAUSES_PAIRED: Case[] = [
  [HONOURS, 5, '省级表彰2项', 2, 'composite'],
  [HONOURS, 5, '国家级荣誉1项，市级表彰1项', 2.5, 'composite'],
  [HONOURS, 5, '无', 0, 'composite'],
  // (Two things for three amounts: not paired.)
  ['获得省级表彰的,获得市级表彰的,每项分别加2分、1分、0.5分。', 5, '省级表彰1项', null, 'manual'],
];

scoresAsListed([
  ['bonuses per each of several things', PER_THING],
  ['things closed by 的, paired by 分别', CLAUSES_PAIRED],
]);
