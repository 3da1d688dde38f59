/**
 * A count in a unit no fault is counted in is no count of faults (twenty-ninth session; found by a probe that swapped
 * the measure word of every count answer of both corpora for 万元, %, 公里, 吨 and listed the scores unchanged: 483 →
 * 12, the rest a plain 否 read first): `质量缺陷3%`, `缺1万元` against faults counted in 处 or 条 are the person's. A
 * head count in 名 is one kind with 人 (`配备专职工作人员3名` takes `5人`, refuses `13万元`). Our own phrasings, scores
 * worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const WORKS = '工程未达到进度要求的扣2分;质量有缺陷的每处扣1分。';
const RIVERS = '未实现河长全覆盖,缺一条扣0.5分;未及时更新,发现一条扣0.5分。';
const STAFF = '配备专职工作人员3名得5分,每增加1名加1分,加满10分为止';
const UNITS: Case[] = [
  [WORKS, 10, '质量缺陷3处', 7, 'composite'],
  [WORKS, 10, '质量缺陷3%', null, 'composite'],
  [RIVERS, 2, '缺1条', 1.5, 'composite'],
  [RIVERS, 2, '缺1万元', null, 'composite'],
  [STAFF, 10, '5人', 7, 'linear'],
  [STAFF, 10, '5名', 7, 'linear'],
  [STAFF, 10, '13万元', null, 'linear'],
];

scoresAsListed([['counts in another unit', UNITS]]);
