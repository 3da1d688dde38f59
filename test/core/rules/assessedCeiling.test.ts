/**
 * A ceiling on the row named by who the row scores (`每1个项目加2分,学院最多不超过10分`: a shape from the held-out
 * corpus, thirty-fifth session), in our own phrasings with scores worked out by hand: the row's own ceiling, as
 * `此项最多…` is. A ceiling per thing (`每项最多扣2分`) is not such a name.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const CEILINGS: Case[] = [
  ['每发表1篇论文加3分,学院最多不超过12分。', 12, '发表5篇论文', 12, 'bonus'],
  ['每发表1篇论文加3分,学院最多不超过12分。', 12, '发表2篇论文', 6, 'bonus'],
  ['每开展一次活动加1分,各单位最高不超过5分。', 5, '开展3次活动', 3, 'bonus'],
  // (a name that is no one scored: not the row's ceiling)
  ['每开展一次活动加1分,活动最多不超过5分。', 5, '开展3次活动', null, 'manual'],
];

scoresAsListed([['a ceiling named by who is scored', CEILINGS]]);
