/**
 * Every one of them bad (thirtieth session): `全部逾期`, `均超标`, `都滞后`, `全部延期` lead with a word for all, but
 * what they say of all is a fault — never every requirement met, nor no fault found. A probe answering each rule
 * of both corpora with twelve such phrasings gave full marks 10,949 times at the session's start; now 814, every one
 * `都没有` on a rule pricing faults (none there). And a count of faults (`出现差错2次`, `发生事故1起`) against a
 * bonus counted per thing earned (`每宣传一次得0.5分`) is no count of what earns it: a second probe, answering every
 * rule with twelve fault phrasings, found 8 such bonuses given; now none.
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

// (a count of faults the rule does not speak of earns none of its bonus; the rule's own words may count a fault)
const PUBLICITY = '电视、报刊和网站每宣传一次得0.5分,最高得1分。';
const FEWER = '每少发生1起事故加1分,最高加3分。';
const FAULTS_COUNTED: Case[] = [
  [PUBLICITY, 1, '出现差错2次', null, 'bonus'],
  [PUBLICITY, 1, '宣传2次', 1, 'bonus'],
  [PUBLICITY, 1, '无', 0, 'bonus'],
  ['每建立一个标准化生产示范基地加5分。', 5, '发生事故1起', null, 'bonus'],
  [FEWER, 3, '少发生2起', 2, 'bonus'],
];

// (a fault there is not the thing a presence scale asks after)
const PRESENCE = '配备在线监测设备,有得3分,没有不得分。';
const THERE: Case[] = [
  [PRESENCE, 3, '有迟报', null, 'grade'],
  [PRESENCE, 3, '有在线监测设备', 3, 'grade'],
  [PRESENCE, 3, '没有', 0, 'grade'],
];

// (an issue said there with no count or name — `发生`, `存在`, `有问题` — is never none of them)
const FIRES = '全年无发生森林火灾。每发生一起扣2分,扣完本项为止。';
const REPLIES = '答复格式不规范的每件扣2分,答复内容与实际情况不符的每件扣5分。';
const BARE: Case[] = [
  [FIRES, 10, '发生', null, 'perissue'],
  [FIRES, 10, '发生2起', 6, 'perissue'],
  [FIRES, 10, '无', 10, 'perissue'],
  [REPLIES, 10, '有问题', null, 'composite'],
  [REPLIES, 10, '存在问题', null, 'composite'],
  [REPLIES, 10, '答复格式不规范1件', 8, 'composite'],
];

scoresAsListed([
  ['an issue said there, with no count or name', BARE],
  ['a fault said as being there', THERE],
  ['a word for all before a fault', ALL_BAD],
  ['a count of faults against a bonus', FAULTS_COUNTED],
]);
