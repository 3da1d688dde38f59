/**
 * Months or days counted first (thirty-first session). `3个月未开展培训` against `…未开展的，每月扣2分` says the fault
 * three months: the count of months, days or weeks put first is read as the count of the fault after it (as
 * `未开展培训3个月` was). A month of the year is no count (`3月未开展培训` is March, left to the person), nor is a
 * period (`一年内未组织演练`, `3月底前未上报`). The note says `3个月`, never `3月`.
 * Our own phrasings, in the shapes of held-out rules, with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score } from './score';
import { scoresAsListed, type Case } from './score';

const MONTHLY = '按月开展安全教育培训,未开展的,每月扣2分;及时传达上级文件,未传达到位的,每次扣2分。';
const POSTED = '每有一月不张榜公布扣2分;其他应张榜未张榜的事项,每发现一项扣1分,扣完为止。';

const COUNTED_FIRST: Case[] = [
  [MONTHLY, 20, '3个月未开展培训', 14, 'composite'],
  [MONTHLY, 20, '2个月未开展安全教育培训，文件未传达到位1次', 14, 'composite'],
  [MONTHLY, 20, '有1个月未开展', 18, 'composite'],
  [MONTHLY, 20, '3月未开展培训', null, 'composite'],
  [POSTED, 12, '2个月不张榜公布', 8, 'composite'],
  [POSTED, 12, '1个月不张榜公布，其他应张榜未张榜的事项3项', 7, 'composite'],
];

scoresAsListed([['a count of months first', COUNTED_FIRST]]);

it('says the months counted as months, not a month of the year', () => {
  expect(score(MONTHLY, 20, '3个月未开展培训').note).toContain('3个月扣6分');
});
