/**
 * Property test: generated and mutated rule texts and inputs never make the engine throw, and every
 * score lies within [0, weight].
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { scoreRule } from '../../../src/core/rules';
import { withDefaults } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/grid';

const pct = fc.integer({ min: 0, max: 150 }).map((n) => `${n}%`);
const pts = fc.constantFrom('0', '0.5', '1', '2', '3', '5', '10');
const cmp = fc.constantFrom(
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '＞',
  '＜',
  '不低于',
  '不高于',
  '达到',
  '低于',
  '超过',
  '',
);
const subject = fc.constantFrom('预算完成率', '执行率', '满意度', '', '“三公经费”变动率', '培训人次');
const unit = fc.constantFrom('%', '个', '项', '万元', '人次', '');
const sep = fc.constantFrom('；', '，', '。', '\n', ';', ',', '');
const incl = fc.constantFrom('（含）', '(含)', '');
const dir = fc.constantFrom('降低', '超过', '低于', '偏离', '超过（降低）', '少', '');

const band = fc
  .tuple(subject, cmp, fc.integer({ min: 0, max: 200 }), unit, incl, sep, pts)
  .map(([s, c, n, u, i, p, v]) => `${s}${c}${n}${u}${i}${p}得${v}分`);
const range = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), incl, incl, pts)
  .map(([a, b, i, j, v]) => `${a}%${i}-${b}%${j}，得${v}分`);
const step = fc
  .tuple(
    dir,
    fc.constantFrom('1', '5', '10', '一个百分点', '1个百分点', '一项', '一类'),
    pts,
    fc.constantFrom('，扣完为止', '，最多扣2分', ''),
  )
  .map(([d, s, v, cap]) => `每${d}${s}，扣${v}分${cap}`);
const item = fc
  .tuple(
    fc.constantFrom('①', '②', '③', '(1)', '1、', '④'),
    fc.constantFrom('制度健全', '执行有效', '是否按时报送', '资料完整'),
    pts,
  )
  .map(([m, d, v]) => `${m}${d}，得${v}分`);
const level = fc
  .tuple(
    fc.constantFrom('优秀', '良好', '合格', '不合格', '全部完成', '基本完成', '未完成', '是', '否'),
    fc.constantFrom('计', '得'),
    pts,
  )
  .map(([l, g, v]) => `${l}${g}${v}分`);
const misc = fc.constantFrom(
  '得分=预算执行率×分值',
  '按完成比例得分',
  '否则不得分',
  '酌情扣分',
  '得满分',
  '不得分',
  '扣完为止',
  '得分值的80%',
  '得一半分值',
);

const clause = fc.oneof(band, range, step, item, level, misc);
const generated = fc
  .array(fc.tuple(clause, sep), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.map(([c, s]) => c + s).join(''));

/** Deletes, duplicates, swaps characters and drops in random unicode. */
function mutate(text: string, edits: [number, number, string][]): string {
  let s = text;
  for (const [kind, at, ch] of edits) {
    if (s.length === 0) return ch;
    const i = at % s.length;
    if (kind === 0) s = s.slice(0, i) + s.slice(i + 1);
    else if (kind === 1) s = s.slice(0, i) + s[i] + s.slice(i);
    else if (kind === 2 && i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else s = s.slice(0, i) + ch + s.slice(i);
  }
  return s;
}
const edit = fc.tuple(
  fc.integer({ min: 0, max: 3 }),
  fc.nat(),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
);
const mutated = fc.tuple(generated, fc.array(edit, { maxLength: 6 })).map(([t, e]) => mutate(t, e));
const ruleText = fc.oneof(generated, mutated, fc.string({ unit: 'grapheme', maxLength: 80 }));

const input: fc.Arbitrary<{ value: CellValue; format?: string }> = fc.oneof(
  fc.record({
    value: fc.oneof(
      pct,
      fc.constantFrom(
        '①③',
        '1,3',
        '全部',
        '无',
        '是',
        '否',
        '良好',
        '发现2类问题',
        'abc',
        '',
        '73个',
        '９２％',
        '-5%',
      ),
    ),
  }),
  fc.record({
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    format: fc.constantFrom('0.00%', 'General', '0'),
  }),
  fc.record({ value: fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 12 })) }),
);
const targetCell = fc.option(
  fc.record({ value: fc.oneof(fc.constantFrom('≥73个', '100%', '≤221.69万元', '=0', '提高能力', ''), pct) }),
  { nil: null },
);
const weight = fc.constantFrom(0, 0.5, 1, 2, 3, 5, 10, 22);
const settings = fc.record({
  decimals: fc.integer({ min: 0, max: 4 }),
  steps: fc.constantFrom('prorata' as const, 'ceil' as const, 'floor' as const),
});

describe('the rule engine under generated and mutated input', () => {
  it('never throws, and every score lies within [0, weight]', () => {
    fc.assert(
      fc.property(
        ruleText,
        input,
        targetCell,
        weight,
        settings,
        fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
        (rule, cell, target, w, s, typed) => {
          const r = scoreRule({
            rule,
            weight: new Decimal(w),
            input: cell,
            target,
            typedScore: typed === null ? null : new Decimal(typed),
            settings: withDefaults(s),
          });
          // A kept typed score is the person's, checked elsewhere; every computed score is bounded.
          if (r.score !== null && r.status !== 'manual') {
            expect(r.score.gte(0)).toBe(true);
            expect(r.score.lte(w)).toBe(true);
          }
          expect(typeof r.note).toBe('string');
          expect(typeof r.explain).toBe('string');
          if (r.kind === 'manual') expect(r.score).toBeNull();
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
