/**
 * Faults listed in the step's own words (twenty-sixth session): `制度不健全、消防设备不完备一次扣0.5分，扣完为止`
 * names its faults as `…的，每次扣0.5分` does, so an answer naming them counts one each — and a fault that carries
 * its own denial inside (`疏捞无月份作业计划`) is named with it. Our own phrasings, on held-out shapes; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const IN_THE_STEP = '制度不健全、台账不完整一次扣0.5分，扣完为止';
const NAMED_IN_STEP: Case[] = [
  [IN_THE_STEP, 3, '制度不健全', 2.5, 'perissue'],
  [IN_THE_STEP, 3, '制度不健全，台账不完整', 2, 'perissue'],
  [IN_THE_STEP, 3, '台账不完整2次', 2, 'perissue'],
  // (Without 每 or a limit, what a second one costs is not written.)
  ['制度不健全、台账不完整一次扣0.5分', 3, '制度不健全，台账不完整', null, 'perissue'],
  // (A fault the rule does not list is not one of these.)
  [IN_THE_STEP, 3, '制度不健全，灭火器过期', null, 'perissue'],
];

const OWN_DENIAL = '巡查无工作记录、隐患不能及时整改的每项扣1分。';
const DENIAL_INSIDE: Case[] = [
  [OWN_DENIAL, 3, '无工作记录，隐患不能及时整改', 1, 'perissue'],
  [OWN_DENIAL, 3, '无工作记录', 2, 'perissue'],
];

scoresAsListed([
  ['faults listed in the step', NAMED_IN_STEP],
  ['a fault with its own denial inside', DENIAL_INSIDE],
]);
