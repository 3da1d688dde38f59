/**
 * A requirement of several parts, written without points (sixteenth session), answered in words: every part said
 * done (`已研究、制定并提交` for `研究、制定、提交年度…方案`) meets it. Some parts said, or one denied, stays the
 * person's (the hands split on it). A requirement met with full marks beside bands on shares of what is required
 * (`门诊量达到要求,得满分` beside `门诊量≥规定数的80%,得2分`) is the band from 100% up, and its own words answer it.
 * Shapes from the held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const PLAN = '研究、制定、提交年度防汛工作方案';
const LEDGER = '建立工作台账，配备专职人员';
const EVERY_PART: Case[] = [
  [PLAN, 2, '已研究、制定并提交', 2, 'checklist'],
  [PLAN, 2, '是', 2, 'checklist'],
  [LEDGER, 4, '已建立工作台账并配备专职人员', 4, 'checklist'],
  [PLAN, 2, '已研究、制定', null, 'manual'],
  [PLAN, 2, '未提交', null, 'manual'],
  [LEDGER, 4, '已建立工作台账', null, 'manual'],
];

const CLINIC =
  '门诊量达到要求，得满分\n门诊量≥规定数的80%，得2分\n门诊量≥规定数的60%，得1分\n门诊量＜规定数的60%，不得分';
const SHARES_OF_REQUIRED: Case[] = [
  [CLINIC, 3, '100%', 3, 'bands'],
  [CLINIC, 3, '93%', 2, 'bands'],
  [CLINIC, 3, '55%', 0, 'bands'],
  [CLINIC, 3, '达到要求', 3, 'bands'],
  [CLINIC, 3, '未达到要求', null, 'bands'],
];

scoresAsListed([
  ['every part of a requirement said done', EVERY_PART],
  ['the requirement met beside shares of it', SHARES_OF_REQUIRED],
]);
