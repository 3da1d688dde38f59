/**
 * A fault that says several things of one subject (twenty-first session): `扶手不全、损坏` is named by `扶手损坏`,
 * `记录不规范不完整` by `记录不完整` — the subject stands before the first negation, the things said of it follow,
 * listed with 、 or each with its own negation. A thing said of no fault's subject, or of two, names nothing.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const BENCHES = '长椅椅面不平、松动的扣2分,护栏不全、锈蚀的扣2分。';
const LEDGER = '无巡查台账不得分;台账不规范不及时扣1分。';
const BOARDS = '公示牌设置不醒目不规范的扣1分,未公示投诉电话的扣1分。';
const TWO_SUBJECTS = '台账填写不规范、不及时的扣1分,台账归档不规范、不完整的扣2分。';
const ONE_SUBJECT: Case[] = [
  [BENCHES, 6, '长椅松动', 4, 'composite'],
  [BENCHES, 6, '护栏锈蚀', 4, 'composite'],
  [BENCHES, 6, '长椅松动，护栏锈蚀', 2, 'composite'],
  [LEDGER, 3, '台账不及时', 2, 'composite'],
  [BOARDS, 4, '公示牌不规范', 3, 'composite'],
  // (`不规范` is said of both subjects: which fault is not told.)
  [TWO_SUBJECTS, 5, '台账不规范', null, 'composite'],
  [TWO_SUBJECTS, 5, '台账归档不完整', 3, 'composite'],
];

scoresAsListed([['several things said of one subject', ONE_SUBJECT]]);
