/**
 * A minimum of one written as such (twenty-sixth session): `每年不少于1次`, `年内至少1次`, `每月不少于一次` say what
 * more than one is worth — the same — where a bare `1年得1分` may price each one. Our own phrasings, on held-out
 * shapes; scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const AT_LEAST_ONE: Case[] = [
  ['邀请讲师团培训次数每年不少于1次(3分)。', 3, '3次', 3, 'bands'],
  ['每年至少向村民会议报告工作一次。(1分)', 1, '报告工作2次', 1, 'bands'],
  ['年内至少1次在本级党报公布黑名单企业,未完成的扣1分。', 1, '全年公布3次', 1, 'bands'],
  ['查记录,每月不少于一次,未达到扣1分。', 2, '每月2次', 2, 'bands'],
  ['查记录,每月不少于一次,未达到扣1分。', 2, '每月0次', 1, 'bands'],
  // (One, said bare, may price each one: what two are worth is not written.)
  ['考核优秀1年得1分', 3, '优秀2年', null, 'bands'],
];

scoresAsListed([['a minimum of one, written as such', AT_LEAST_ONE]]);
