/**
 * Faults with a cause before them, faults denied in a long answer, and levels denied (nineteenth session). Shapes from the
 * held-out corpus, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

/**
 * A fault that opens with its cause (`因看护不周受家长投诉`): the negation in the cause (`不周`) denies nothing of
 * the event after it, so `受家长投诉1次` names the fault and `未受家长投诉` says none — and the cause's own words
 * still name it.
 */
const CARE = '午休时大声呵斥幼儿扣3分;因看护不周受家长投诉扣2分。';
const CAUSED: Case[] = [
  [CARE, 5, '受家长投诉1次', 3, 'composite'],
  [CARE, 5, '看护不周', 3, 'composite'],
  [CARE, 5, '未受家长投诉', 5, 'composite'],
  [CARE, 5, '大声呵斥幼儿，受家长投诉1次', 0, 'composite'],
];

/**
 * A long answer saying a fault's words without its negation denies it, though it skips a word of the fault's
 * (`设施达到国家标准` across `消防设施建设未达到国家标准`).
 */
const EQUIPMENT = '未组织专题研究消防设施建设的扣3分,消防设施建设未达到国家标准的扣3分。';
const DENIED_LONG: Case[] = [
  [EQUIPMENT, 6, '已组织专题研究，设施达到国家标准', 6, 'composite'],
  [EQUIPMENT, 6, '已组织专题研究，设施未达到国家标准', 3, 'composite'],
];

/**
 * Levels with one written to give nothing (`其他不得分`): an answer denying the lowest level that gives anything
 * (`未张贴`) reached none of them. With no such level, what is below them all is unsaid and stays the person's.
 */
const NOTICE = '公示栏:醒目、张贴于大厅入口得4分;张贴于办公室内得2分;其他不得分。';
const BELOW_ALL: Case[] = [
  [NOTICE, 4, '未张贴', 0, 'grade'],
  [NOTICE, 4, '张贴于办公室内', 2, 'grade'],
  ['由局长或副局长负责 5\n由科室主管人员负责 3\n由一般人员负责 1', 5, '无人负责', null, 'grade'],
];

/**
 * A light verb the rule does not use (`开展`, `实行`) between the answer's lead and the rule's own words says
 * nothing more than those words: `未开展走访慰问` is `未走访慰问`, `已实行垂直管理` is the requirement met.
 */
const VISITS = '经常走访慰问困难党员,提供帮助得0.5分。';
const LIGHT_VERB: Case[] = [
  [VISITS, 0.5, '未开展走访慰问', 0, 'checklist'],
  [VISITS, 0.5, '已开展走访慰问', 0.5, 'checklist'],
  ['站所由县级主管部门垂直管理(2分)。', 2, '已实行县级主管部门垂直管理', 2, 'checklist'],
  ['1、未对重点企业进行监控的扣5分;2、未开展风险分析的扣5分。', 10, '已开展监控和风险分析', 10, 'composite'],
];

scoresAsListed([
  ['a fault opening with its cause', CAUSED],
  ['a light verb the rule does not use', LIGHT_VERB],
  ['a fault denied in a long answer', DENIED_LONG],
  ['the lowest level denied', BELOW_ALL],
]);
