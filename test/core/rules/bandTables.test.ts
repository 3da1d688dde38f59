/**
 * Tables of bands written across sentences: a heading that states the top band of the table after it
 * (`每年开展宣传8次及以上(6分)。…1-3次2分,4-7次4分,8次及以上6分`) is that table's heading; sentences that are each
 * bands of one measure, never claiming one value twice, are rows of one table; and a value two bands claim,
 * neither inside the other, is the person's. Our own phrasings, scored by hand.
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

const ROWS =
  '-按时完成走访计划,每季度走访完成率达到95%及以上得6分。\n-完成率在85% - 94%得4分,75% - 84%得2分,低于75%得0分。';

/** Sentences that are each bands of one measure: one table, one band met (never their sum). */
const SENTENCES_OF_ONE_TABLE: Case[] = [
  [ROWS, 6, '97%', 6, 'bands'],
  [ROWS, 6, '90%', 4, 'bands'],
  [ROWS, 6, '80%', 2, 'bands'],
  [ROWS, 6, '60%', 0, 'bands'],
  // (two tables for two kinds of place claim the same values: which applies is not a value)
  [
    '城区:入户率达到90%及以上得4分,80%-89%得3分。乡镇:入户率达到80%及以上得4分,70%-79%得3分。',
    4,
    '85%',
    null,
    'manual',
  ],
];

/** A value two crossing bands both claim, with different points (`60-70分得6分,低于65分得0分` at 62). */
const CROSSING_BANDS: Case[] = [
  ['测评得分80分及以上得10分,60-80分得6分,低于65分得0分。', 10, '62分', null, 'bands'],
  ['测评得分80分及以上得10分,60-80分得6分,低于65分得0分。', 10, '70分', 6, 'bands'],
  ['测评得分80分及以上得10分,60-80分得6分,低于65分得0分。', 10, '50分', 0, 'bands'],
];

/** The thing the bands measure, named before them, not there at all: what its absence gives. */
const ROOM = '有固定的活动室,面积在30平方米以上的,得3分;不足30平方米的,得1分;没有活动室的,不得分。';
const THING_ABSENT: Case[] = [
  [ROOM, 3, '40平方米', 3, 'bands'],
  [ROOM, 3, '20平方米', 1, 'bands'],
  [ROOM, 3, '没有活动室', 0, 'bands'],
  // (a denial of another thing than the one named before the bands is not its absence)
  ['面积在30平方米以上的,得3分;不足30平方米的,得1分;没有活动室的,不得分。', 3, '没有活动室', null, 'manual'],
];

/** A range starting where a bare 以下 ends: the dash's low end is the range's. */
const RANGE_AND_BELOW: Case[] = [
  ['经营年限5年及以上得5分,3-5年得4分,3年以下得2分。', 5, '3年', 4, 'bands'],
  ['经营年限5年及以上得5分,3-5年得4分,3年以下得2分。', 5, '2年', 2, 'bands'],
  // (以上 beside 以下 at one value: the hands split, the person's)
  ['达标率80%以上得2分,80%以下不得分。', 2, '80%', null, 'bands'],
];

scoresAsListed([
  ['a range starting where a bare 以下 ends', RANGE_AND_BELOW],
  ['the thing measured not there at all', THING_ABSENT],
  ['a heading restating the top band of its table', HEADING_RESTATES_TOP_BAND],
  ['sentences that are rows of one table', SENTENCES_OF_ONE_TABLE],
  ['bands that cross', CROSSING_BANDS],
]);
