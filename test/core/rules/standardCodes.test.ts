/**
 * A rule citing a standard by its code (twenty-ninth session): `GB 50688-2011`, `GB/T 50805-2012`, `GA/T 1215-2014`,
 * `DB11/T 1234-2015`, `JGJ 59-2011` are descriptive numbers, as a document number or a title in 《》 is — read past,
 * never a threshold or points (the code's numbers had left every such rule to the person). A code is a known prefix
 * and a number of three digits or more, or any number with its year: `DL 2分` is no code. And a sentence cut off
 * after a negation and one character (`…不得分；不符`) is not read past as a description. Our own phrasings of the
 * held-out corpus's shapes, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const SEPARATORS =
  '主干道未按照《城市道路交通设施设计规范》（GB 50688-2011）要求设置隔离设施的，每发现一处扣0.2分，1分扣完为止。';
const THREE_CODES =
  '排水工程未达到《室外排水设计标准》（GB 50014-2021）、《城镇内涝防治技术规范》（GB 51222-2017）、《给水排水管道工程施工及验收规范》（GB/T 50268-2008）等要求的，每发现一处扣0.5分，2分扣完为止。';
const CODES: Case[] = [
  [SEPARATORS, 1, '发现2处', 0.6, 'perissue'],
  [SEPARATORS, 1, '发现6处', 0, 'perissue'],
  [THREE_CODES, 2, '发现1处', 1.5, 'perissue'],
  ['施工现场符合《建筑施工安全检查标准》JGJ 59-2011的得3分，不符合的不得分。', 3, '符合', 3, 'composite'],
  ['校车停靠站未按地方标准DB11/T 1234-2015设置标志的，每处扣1分。', 3, '2处', 1, 'perissue'],
  // (a prefix before points, with no code's number, is no code: the rule still holds an unread number)
  ['设备完好率达到95%的得3分，DL 2分。', 3, '96%', null, 'manual'],
];

const CUT_OFF: Case[] = [
  // (the stored text stops inside a clause: what the cut clause costs is not written)
  [
    '建立质量管理制度，质量验收全部合格，得4分；未通过质量验收的，不得分；不符',
    4,
    '质量验收全部合格',
    null,
    'manual',
  ],
  [
    '建立质量管理制度，质量验收全部合格，得4分；未通过质量验收的，不得分',
    4,
    '质量验收全部合格',
    4,
    'composite',
  ],
];

scoresAsListed([
  ['rules citing a standard by its code', CODES],
  ['a sentence cut off after its negation', CUT_OFF],
]);
