/**
 * Every one of them bad (thirtieth session): `全部逾期`, `均超标`, `都滞后`, `全部延期` lead with a word for all, but
 * what they say of all is a fault — never every requirement met, nor no fault found. A probe answering each rule
 * of both corpora with twelve such phrasings gave full marks 10,949 times at the session's start; now 814, every one
 * `都没有` on a rule pricing faults (none there).
 * A word for all before what is more than met (`全部超额完成`) still says all met. Our own phrasings.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const ITEMS = '①已制定管理制度,1分;②相关管理制度合法、合规、完整,1分;③相关管理制度得到有效执行,1分。';
const PER_ISSUE = '每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。';
const FAULTS = '未制定应急预案扣10分;未组织演练扣5分。';

const ALL_BAD: Case[] = [
  [ITEMS, 3, '全部逾期', null, 'checklist'],
  [ITEMS, 3, '均超标', null, 'checklist'],
  [ITEMS, 3, '全部延期', null, 'checklist'],
  [ITEMS, 3, '全部达标', 3, 'checklist'],
  [ITEMS, 3, '全部超额完成', 3, 'checklist'],
  [PER_ISSUE, 3, '全部延期', null, 'perissue'],
  [PER_ISSUE, 3, '无', 3, 'perissue'],
  [FAULTS, 15, '均滞后', null, 'composite'],
  [FAULTS, 15, '都没有', 15, 'composite'],
];

scoresAsListed([['a word for all before a fault', ALL_BAD]]);
