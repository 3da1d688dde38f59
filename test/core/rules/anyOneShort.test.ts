/**
 * `少任一种证件不得分`, `缺少任意一项制度不得分` (twentieth session): any one of a kind short is the fault — not a
 * count of one reached. Answers name it by a thing of that kind short (`缺少消防安全制度`), by how many are short
 * (`缺2种证件`), or say all are there (`证件齐全`). Two short against a deduction for any one short may cost it
 * once or twice: not written, so the person's. Shapes from the held-out corpus, in our own phrasings with scores
 * worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const LICENCES = '缺任一种经营证照不得分(一票否决)。';
const RULES = '缺少任意一项管理制度不得分。';
const PAPERS = '缺少任何一份台账资料扣2分。';
const ANY_ONE: Case[] = [
  [LICENCES, 4, '经营证照齐全', 4, 'composite'],
  [LICENCES, 4, '缺2种经营证照', 0, 'composite'],
  [RULES, 5, '缺少消防安全管理制度', 0, 'composite'],
  [RULES, 5, '管理制度齐全', 5, 'composite'],
  [PAPERS, 5, '缺少会议台账资料', 3, 'composite'],
  [PAPERS, 5, '缺2份台账资料', null, 'composite'],
  // (任 closing a word that is no lack, `主任`, counts as before: a count reached.)
  ['配备专职主任1名以上的得2分,否则不得分。', 2, '2名', 2, 'bands'],
];

/**
 * `六个责任体系目标责任书缺一项扣0.5分` (twenty-first session): the lack glued to words a number opened is still the
 * step's verb — each one short costs the amount.
 */
const LACK_AFTER_A_COUNT: Case[] = [
  ['五项安全管理制度缺一项扣1分', 5, '缺2项', 3, 'perissue'],
  ['五项安全管理制度缺一项扣1分', 5, '制度齐全', 5, 'perissue'],
  ['查阅资料,六个志愿团队少一种扣1分,未签订共建协议扣4分。', 10, '未签订共建协议', 6, 'composite'],
];

scoresAsListed([
  ['any one of a kind short', ANY_ONE],
  ['a lack glued to the words a count opened', LACK_AFTER_A_COUNT],
]);
