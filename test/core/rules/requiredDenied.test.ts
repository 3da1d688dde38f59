/**
 * What a per-issue rule requires, denied in the answer (twenty-eighth session): `没有足额购买` against `…及时足额购买
 * 工程保险,得2分;…每发现1项,扣1分` says the requirement was not met — it is no "none found", which it used to be read
 * as (full marks). Found by probing the corpora's full-mark answers with 未/没有 put before them. Words that open with
 * a fault (`无违反`) still deny the fault; the requirement itself, said (`足额购买`), is still none found.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const INSURANCE = '按合同约定及时足额购买工程保险,得2分;其他保险缺失的,每发现1项,扣1分,扣完为止。';
const STANDARD = '设备台账、维修记录 符合标准,每发现一处,扣0.5分';
const COVER = '封面要素填写规范的,计2分;项目名称、项目单位、评价日期每少一项扣0.5分,扣完为止。';
const PLAN = '按原定计划完成设备购置,无更改计划现象得满分,因项目组原因造成计划调整的每台件扣2分。';
const RULES = '违反单位管理制度任何一项,一次扣5分,2次以上不得分。';

const DENIED: Case[] = [
  [INSURANCE, 2, '没有足额购买', null, 'perissue'],
  [PLAN, 20, '没有按原定计划完成', null, 'perissue'],
  [COVER, 2, '未填写规范', null, 'perissue'],
  // (the standard the issues are counted against, denied: the issue, once, as any fault named without a count)
  [STANDARD, 2, '未符合标准', 1.5, 'perissue'],
  [STANDARD, 2, '没有符合标准', 1.5, 'perissue'],
];

const STILL_READ: Case[] = [
  [INSURANCE, 2, '足额购买', 2, 'perissue'],
  [PLAN, 20, '按原定计划完成', 20, 'perissue'],
  [STANDARD, 2, '符合标准', 2, 'perissue'],
  [COVER, 2, '缺项目单位', 1.5, 'perissue'],
  [RULES, 10, '无违反', 10, 'perissue'],
];

scoresAsListed([
  ['a requirement denied is not none found', DENIED],
  ['a requirement said, or a fault denied, is none found as before', STILL_READ],
]);
