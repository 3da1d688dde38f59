/**
 * Items with their own points said not to add up (twenty-first session): `此项分值不得累加`, `不累计加分`,
 * `按最高学历计分`. The items are alternatives, worth the highest of them (not their sum); an answer naming several
 * scores the highest it names, one naming none scores nothing. The note is read only beside such items; a note
 * that a score is weighed against another row's (`与技能分就高计算`) is not ours to read. Shapes from the
 * held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const REGULATIONS =
  '出台地方性法规或政府规章,明确管理要求,得6分;出台规范性文件,明确管理要求,得3分。此项分值不得累加。';
const AWARDS = '获得省级表彰的得5分;获得市级表彰的得3分;获得县级表彰的得1分。按最高级别计分,不累计加分。';
const HIGHEST_ONLY: Case[] = [
  [REGULATIONS, 6, '出台规范性文件', 3, 'grade'],
  [REGULATIONS, 6, '出台了政府规章', 6, 'grade'],
  [REGULATIONS, 6, '地方性法规和规范性文件均已出台', 6, 'grade'],
  [REGULATIONS, 6, '均未出台', 0, 'grade'],
  [AWARDS, 5, '获得市级表彰', 3, 'grade'],
  [AWARDS, 5, '获得市级表彰、县级表彰', 3, 'grade'],
  // (Without the note, two levels named are not one of them: the person's.)
  [
    '获得省级表彰的得5分;获得市级表彰的得3分;获得县级表彰的得1分。',
    5,
    '获得市级表彰、县级表彰',
    null,
    'grade',
  ],
  // (Weighed against another row's score: not ours to read.)
  ['本科毕业为20分;硕士研究生为40分。按最高学历计分,与技能分就高计算。', 40, '硕士研究生', null, 'manual'],
];

scoresAsListed([['items said not to add up', HIGHEST_ONLY]]);
