/**
 * Full marks never given to words that say otherwise (twenty-ninth session; found by a probe that turned every
 * full-mark answer of both corpora negative): a turn to what was not done (`未发现不规范，但整改未落实`), problems
 * found and counted (`全部完成，发现问题2处`), a piece judging the whole not met (`开展6项活动（不合格）`), a count led by a denial against a bonus (`未开展3项活动`), an answer
 * led by a denial whose words without it earn full marks too (`没有符合要求` beside `符合要求`), and the words of
 * the fault itself said as the standard (`发生`, `违反` against a rule pricing what happened). Each is the person's.
 * Our own phrasings, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const FOUND = '公示栏内容规范，发现一处不规范扣1分。';
const DONE_EACH = '每完成一项重点任务得2分。';
const EVENTS = '每组织开展一项主题活动得1分,最高6分。';
const COMPLIES = '台账管理符合要求,得满分;不符合要求,发现一处扣1分,扣完为止。';
const HAPPENED = '本单位发生违规选人用人问题的,一起扣2分。';
const BROKE = '违反单位考勤管理制度任何一项,一次扣2分。';
const DOUBTED: Case[] = [
  [FOUND, 3, '未发现不规范', 3, 'perissue'],
  [FOUND, 3, '未发现不规范，但整改未落实', null, 'perissue'],
  [DONE_EACH, 4, '全部', 4, 'bonus'],
  [DONE_EACH, 4, '全部，发现问题2处', null, 'bonus'],
  [EVENTS, 6, '开展3项活动', 3, 'bonus'],
  [EVENTS, 6, '未开展3项活动', null, 'bonus'],
  // (a piece judging the whole not met, beside what was read)
  [EVENTS, 6, '开展6项活动（不合格）', null, 'bonus'],
  [FOUND, 3, '未发现不规范，存在问题', null, 'perissue'],
  [COMPLIES, 2, '符合要求', 2, 'perissue'],
  [COMPLIES, 2, '没有符合要求', null, 'perissue'],
  [HAPPENED, 2, '未发生', 2, 'perissue'],
  [HAPPENED, 2, '发生', null, 'perissue'],
  [BROKE, 4, '违反', null, 'perissue'],
  // (a passive 被 after a negation starts a predicate of its own: `被通报` names the event, `未被通报` denies it)
  ['报送信息用词不规范被上级部门通报的,每次扣2分', 6, '被通报1次', 4, 'perissue'],
  ['报送信息用词不规范被上级部门通报的,每次扣2分', 6, '未被通报', 6, 'perissue'],
  // (the words the question denies, said plainly, are no yes)
  ['确保全年不发生安全事故,得2分,否则不得分。', 2, '发生安全事故', 0, 'checklist'],
  ['确保全年不发生安全事故,得2分,否则不得分。', 2, '未发生安全事故', 2, 'checklist'],
  // (a listed kind's words with no word of lack say it is there, not that one is short)
  ['按要求完成辖区内山塘、水库、堤防等水利项目年度计划,未完成的每处扣2分。', 10, '完成', null, 'perissue'],
  ['按要求完成辖区内山塘、水库、堤防等水利项目年度计划,未完成的每处扣2分。', 10, '水库未完成', 8, 'perissue'],
  // (a turn the rule writes itself is one of its cases)
  ['有制度并落实，得2分；有制度但未落实，得1分', 2, '有制度并落实', 2, 'grade'],
];

scoresAsListed([['full marks doubted', DOUBTED]]);
