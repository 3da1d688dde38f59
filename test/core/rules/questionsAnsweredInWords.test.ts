/**
 * Questions answered in their own words (thirty-first session). A rule that lists questions (`是否按时编制预算;
 * 是否细化到具体项目;…`) and then gives each one met its points (`每项达到要求得1分`) is answered by naming the
 * questions met in their words, as a checklist's items are: those named are met, the rest not; those denied are not
 * met, the rest are (as for a checklist). A denial of one question is no longer read as none earned (it scored 0).
 * Words naming no question stay the person's.
 * Our own phrasings, in the shape of held-out 部门整体支出 rules, with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const THREE = '是否按时编制预算;是否细化到具体项目;是否经过集体审议。每项达到要求得1分。';
const TWO = '目标是否明确;是否将目标细化分解,使其可衡量、可比较。每项达到目标值得0.5分。';

const QUESTIONS: Case[] = [
  [THREE, 3, '按时编制预算，经过集体审议', 2, 'bonus'],
  [THREE, 3, '细化到具体项目', 1, 'bonus'],
  [THREE, 3, '未细化到具体项目', 2, 'bonus'],
  [THREE, 3, '全部', 3, 'bonus'],
  [THREE, 3, '①③', 2, 'bonus'],
  [THREE, 3, '均未达到', 0, 'bonus'],
  [THREE, 3, '编制了绩效报告', null, 'bonus'],
  [TWO, 1, '目标已细化分解,可衡量、可比较', 0.5, 'bonus'],
  [TWO, 1, '目标明确', 0.5, 'bonus'],
];

scoresAsListed([['questions listed, each met earning points', QUESTIONS]]);
