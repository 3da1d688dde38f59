/**
 * Checklist answers that say only some items were met (`只建立了…`, `仅有…`): those items met, the rest not — and an
 * item whose points come on top of the one before it (`…的再得1分`) said met alone is the person's, whether or not
 * 仅 leads it. Shapes from the held-out corpus (thirty-second session), in our own phrasings with scores worked out
 * by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

const ARCHIVE = '建立档案管理制度(1分),配备专职档案员(1分),档案室达到防火防潮要求(2分)';
const ON_TOP = '按时上报月度统计报表得1分,报表数据经核实准确无误的再得1分';

const ONLY: Case[] = [
  [ARCHIVE, 4, '仅建立档案管理制度', 1, 'checklist'],
  [ARCHIVE, 4, '只配备了专职档案员', 1, 'checklist'],
  [ARCHIVE, 4, '仅有档案管理制度、专职档案员', 2, 'checklist'],
  // (仅 before words that name no item says nothing more)
  [ARCHIVE, 4, '仅有一名兼职人员', null, 'checklist'],
];

const ON_TOP_OF_ANOTHER: Case[] = [
  [ON_TOP, 2, '按时上报月度统计报表', 1, 'checklist'],
  [ON_TOP, 2, '按时上报月度统计报表，报表数据经核实准确无误', 2, 'checklist'],
  // (the second item's points come on top of the first's: said alone, which holds is not written)
  [ON_TOP, 2, '报表数据经核实准确无误', null, 'checklist'],
  [ON_TOP, 2, '仅报表数据经核实准确无误', null, 'checklist'],
];

scoresAsListed([
  ['only the items named met', ONLY],
  ['an item on top of the one before it, said alone', ON_TOP_OF_ANOTHER],
]);

describe('only some items said met', () => {
  it('names the items met and those not', () => {
    expect(score(ARCHIVE, 4, '仅建立档案管理制度').note).toBe('满足①，未满足②③，得1.00分');
  });
});
