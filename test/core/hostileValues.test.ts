/**
 * Values a hostile (or careless) table holds: a date where a rate belongs, absurd weights, a note
 * longer than a cell. None of them may give a confident score or an unusable total.
 */
import { scoreWorkbook } from '../../src/core';
import { MAX_CELL_CHARS, fitCell } from '../../src/core/cellText';
import { dateIn, dateText, isDateFormat } from '../../src/core/dates';
import { weightIn } from '../../src/core/table/numbers';
import { workbook } from './table/gridBuilder';
import { RULES, scoreSheet, selfSheet } from './table/tableFixtures';
import { points } from './rules/score';

const row = (name: string, weight: unknown, input: unknown) => [
  '产出',
  '数量',
  undefined,
  name,
  weight as number,
  RULES.completion,
  input as number,
];

describe('dates are not numbers', () => {
  it('tells date and time formats from number formats', () => {
    for (const f of [
      'yyyy/m/d',
      'mm-dd-yy',
      'yyyy"年"m"月"d"日"',
      '[$-804]yyyy年m月',
      'h:mm',
      '[h]:mm:ss',
      '上午/下午h"时"mm"分"',
      'd-mmm',
    ])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of [
      '0.00%',
      'General',
      '#,##0.00"元"',
      '0.0"分"',
      '[Red]0.00',
      '_(* #,##0_)',
      '@',
      '0.00E+00',
      undefined,
    ])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
    expect(dateText(45000)).toBe('2023-03-15');
    expect(dateText(45000.5)).toBe('2023-03-15 12:00');
    expect(dateIn({ value: 45000, format: '0%' })).toBeNull();
  });

  it('reports a date in the input column as invalid-input showing the date, never as a 45000% rate', () => {
    const grid = workbook(
      scoreSheet([
        row('预算完成率', 3, { v: 45000, fmt: 'yyyy/m/d' }),
        row('资金到位率', 3, { v: 0.92, fmt: '0%' }),
      ]),
    );
    const { report, patches } = scoreWorkbook(grid);
    const [date, rate] = report.tables[0].indicators;
    expect(date).toMatchObject({ status: 'invalid-input', score: null });
    expect(date.note).toContain('2023-03-15');
    const finding = report.tables[0].findings.find((f) => f.cell === 'G3');
    expect(finding).toMatchObject({ code: 'invalid-input', severity: 'error' });
    expect(finding?.message).toContain('2023-03-15');
    expect(rate).toMatchObject({ status: 'scored', score: 2.4 });
    expect(report.tables[0].total.provisional).toBe(true);
    expect(patches.some((p) => p.row === 3 && p.col === 8 && typeof p.value === 'number')).toBe(false);
  });

  it('reports a date as the actual of a 自评表 target the same way', () => {
    const grid = workbook(
      selfSheet([['产出', '时效', '完成时间', '≥95%', { v: 45000, fmt: 'yyyy"年"m"月"d"日"' }, 5]]),
    );
    const ind = scoreWorkbook(grid).report.tables[0].indicators[0];
    expect(ind).toMatchObject({ status: 'invalid-input', score: null });
    expect(ind.note).toContain('2023-03-15');
  });

  it('compares a date with the deadline of a 时效 target, as the person sees both', () => {
    const grid = workbook(
      selfSheet([
        ['产出', '时效', '完成时间', '2023年3月底前', { v: 45000, fmt: 'yyyy/m/d' }, 5],
        ['产出', '时效', '验收时间', { v: 45016, fmt: 'yyyy/m/d' }, { v: 45030, fmt: 'yyyy/m/d' }, 5],
      ]),
    );
    const [onTime, late] = scoreWorkbook(grid).report.tables[0].indicators;
    expect(onTime).toMatchObject({ status: 'scored', score: 5 });
    // 2023-04-14 after 2023-03-31: no rule prices the delay, so the person scores it.
    expect(late).toMatchObject({ status: 'manual', score: null });
    expect(late.note).toContain('2023-04-14');
  });
});

describe('weights that are no weights', () => {
  it.each([
    ['negative', -5],
    ['zero', 0],
    ['absurd', 5_000],
    ['beyond any double', 1e308],
    ['not finite', Infinity],
    ['text', '五'],
  ])('a %s weight is missing-weight, never scored and never summed', (_label, weight) => {
    expect(weightIn(weight as number)).toBeNull();
    const grid = workbook(scoreSheet([row('预算完成率', weight, '92%'), row('资金到位率', 3, '100%')]));
    const table = scoreWorkbook(grid).report.tables[0];
    const [bad, good] = table.indicators;
    expect(bad).toMatchObject({ weight: null, score: null, status: 'unscored' });
    expect(good).toMatchObject({ weight: 3, score: 3 });
    expect(table.findings.find((f) => f.cell === 'E3')?.code).toBe('missing-weight');
    expect(table.total.score).toBe(3);
    expect(table.total.provisional).toBe(true);
    expect(Number.isFinite(table.total.weight ?? 0)).toBe(true);
  });

  it('keeps ordinary weights: decimals, text numbers, up to 1,000', () => {
    expect(weightIn(2.5)?.toString()).toBe('2.5');
    expect(weightIn('１０分')?.toString()).toBe('10');
    expect(weightIn(1_000)?.toString()).toBe('1000');
  });
});

describe('notes fit a cell', () => {
  it('cuts text to 32,767 characters with an ellipsis, never inside a surrogate pair', () => {
    expect(fitCell('短')).toBe('短');
    const cut = fitCell('扣'.repeat(40_000));
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith('扣…')).toBe(true);
    const astral = fitCell('a' + '𠀀'.repeat(20_000));
    expect(astral.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(/[\uD800-\uDBFF]…$/.test(astral)).toBe(false);
  });

  it('never writes a note longer than a cell holds, and remembers the note as written', () => {
    // A name as long as a cell holds: the note that quotes it cannot fit.
    const name = '指'.repeat(MAX_CELL_CHARS);
    const grid = workbook(scoreSheet([row(name, 3, '92%')]));
    const { patches, ledger } = scoreWorkbook(grid);
    const note = patches.find((p) => p.role === 'note')?.value as string;
    expect(note.length).toBe(MAX_CELL_CHARS);
    expect(note.endsWith('…')).toBe(true);
    expect(ledger.cells['评分表!I3'].note).toBe(note);
  });
});

describe('answers holding the characters of a pattern', () => {
  it('reads brackets, stars and slashes in an answer as plain text, never as a pattern', () => {
    const rule = '项目没有尾工:工程项目按要求全部完成,没有尾工(5分);';
    for (const answer of ['成立工作机构,已明确专(兼', '有尾工)*', '[有尾工', '有+尾工?', '\\有尾工'])
      expect(() => points(rule, 5, answer)).not.toThrow();
  });
});
