/**
 * Shortfalls against a count asked per period (twenty-sixth session): `每季度编印简报不少于2期，每少一期扣0.5分` reads
 * as `每季度至少编印简报2期` always did — the minimum says what one short is, and the answer says how many are
 * short. A bare count may be a period's or the year's, so it stays with the person; none done at all falls short
 * in every period. Our own phrasings, on shapes from the collected and held-out corpora; scores by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { score, scoresAsListed, type Case } from './score';

/** The minimum's words before the count, after it, or after the verb: one reading. */
const AFTER_VERB = '每季度编印简报不少于2期，每少一期扣0.5分，扣完为止。';
const PERIOD_AFTER = '编印简报每季度不少于2期，每少一期扣0.5分，扣完为止。';
const POSTFIX = '每季度编印简报2期以上，每少一期扣0.5分，扣完为止。';
const IN_WORDS = '每季度召开最少一次安全工作专题会议,研究、部署安全工作(缺1次扣2分,扣完为止)。';
const WORD_ORDERS: Case[] = [
  [AFTER_VERB, 3, '少1期', 2.5, 'perissue'],
  [PERIOD_AFTER, 3, '少2期', 2, 'perissue'],
  [POSTFIX, 3, '少1期', 2.5, 'perissue'],
  [AFTER_VERB, 3, '少7期', 0, 'perissue'],
  [IN_WORDS, 5, '缺1次', 3, 'perissue'],
  [IN_WORDS, 5, '缺0次', 5, 'perissue'],
  // (The year's total against four quarters' worth, as `每季度…1次` is counted.)
  [AFTER_VERB, 3, '全年编印6期', 2, 'perissue'],
  // (A bare count may be one quarter's or the year's.)
  [AFTER_VERB, 3, '编印6期', null, 'perissue'],
  // (A shortfall in another unit is not the one the rule counts.)
  ['每月召开会议不少于2次，每少一次扣1分。', 3, '少1项', null, 'perissue'],
];

/** Only a minimum per period, before a step that counts what is short, is such a standard. */
const NOT_A_SHORTFALL: Case[] = [
  // (What a step counts as found is no shortfall of the meetings asked.)
  ['每月召开会议不少于2次，每发现一处问题扣1分。', 3, '发现1处', null, 'manual'],
  // (A second number in the standard's words is more than a count asked.)
  ['每季度编印简报不少于2期，每期不少于20页，每少一期扣0.5分。', 3, '少1期', null, 'manual'],
  // (A rate per period is a rate, not a count.)
  ['每月考核合格率不低于90%，每少一次扣1分。', 3, '少1次', null, 'manual'],
];

/** None done at all falls short in every period, whichever the answer speaks of. */
const DRILLS = '每学期组织安全演练不少于2次,得2分';
const NONE_AT_ALL: Case[] = [
  [DRILLS, 2, '未组织演练', 0, 'bands'],
  [DRILLS, 2, '未组织安全演练', 0, 'bands'],
  // (Another verb denied says nothing of the drills; a bare count may be the year's.)
  [DRILLS, 2, '未开展培训', null, 'bands'],
  [DRILLS, 2, '组织演练3次', null, 'bands'],
];

describe('notes of a shortfall', () => {
  it('say how many are short, not how many problems were found', () => {
    const note = score(IN_WORDS, 5, '缺1次').note;
    expect(note).toContain('少1次，每少1次扣2分');
    expect(note).not.toContain('问题');
  });

  it('say nothing is short when none is', () => {
    expect(score(IN_WORDS, 5, '缺0次').note).toBe('没有缺少，得5.00分');
  });

  it('restate the rule as a deduction per one short', () => {
    expect(score(AFTER_VERB, 3, '少1期').explain).toMatch(/^每少一期扣0\.5分/);
  });
});

scoresAsListed([
  ['a minimum per period in any word order', WORD_ORDERS],
  ['what is not a shortfall per period', NOT_A_SHORTFALL],
  ['none done at all', NONE_AT_ALL],
]);
