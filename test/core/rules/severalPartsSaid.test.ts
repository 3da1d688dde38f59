/**
 * A requirement of several parts, written without points (sixteenth session), answered in words: every part said
 * done (`已研究、制定并提交` for `研究、制定、提交年度…方案`) meets it. Some parts said, or one denied, stays the
 * person's (the hands split on it).
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

scoresAsListed([['every part of a requirement said done', EVERY_PART]]);
