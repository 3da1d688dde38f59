/**
 * A heading that states the top band of the table after it (`每年开展宣传8次及以上(6分)。…1-3次2分,4-7次4分,8次及
 * 以上6分`) is that table's heading, not a part worth points of its own. Our own phrasings, scored by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const COUNTS = '(3)每年开展宣传活动8次及以上(6分)。开展次数1-3次2分,4-7次4分,8次及以上6分。';
const RATES = '(1)村级服务站覆盖率达到80%以上(8分)。覆盖率40%以下不得分,40%-80%得4分,80%以上得8分。';

const HEADING_RESTATES_TOP_BAND: Case[] = [
  [COUNTS, 6, '5次', 4, 'bands'],
  [COUNTS, 6, '9次', 6, 'bands'],
  [COUNTS, 6, '0次', 0, 'bands'],
  [RATES, 8, '60%', 4, 'bands'],
  [RATES, 8, '90%', 8, 'bands'],
  // (a heading giving other points than the table's band is a part of its own: the row's worth disagrees)
  ['(3)每年开展宣传活动8次及以上(5分)。开展次数1-3次2分,4-7次4分,8次及以上6分。', 6, '5次', null, 'manual'],
];

scoresAsListed([['a heading restating the top band of its table', HEADING_RESTATES_TOP_BAND]]);
