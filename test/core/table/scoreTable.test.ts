import Decimal from 'decimal.js';
import { scoreWorkbook, NoTableError } from '../../../src/core';
import type { ScoreOutcome, WorkbookGrid } from '../../../src/core';
import { applyPatches, fillAt, sheet, valueAt, workbook } from './gridBuilder';
import { RULES, SELF_HEADER, scoreSheet, selfSheet } from './tableFixtures';

const YELLOW = '#FFEB9C';
const RED = '#FFC7CE';

const score = (grid: WorkbookGrid): ScoreOutcome & { after: WorkbookGrid } => {
  const outcome = scoreWorkbook(grid);
  return { ...outcome, after: applyPatches(grid, outcome.patches) };
};
const codesAt = (o: ScoreOutcome) =>
  o.report.tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`));
const row = (o: ScoreOutcome, r: number) => o.report.tables[0].indicators.find((i) => i.row === r);

describe('scoring a 评分表', () => {
  const grid = workbook(
    scoreSheet(
      [
        ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '92%'],
        [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
        ['合计', null, 5, null, 5],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4'],
    ),
  );
  const o = score(grid);

  it('writes computed scores as numbers and the total row as their sum', () => {
    expect(valueAt(o.after, '评分表', 'H3')).toBe(2.4);
    expect(valueAt(o.after, '评分表', 'H4')).toBe(2);
    expect(valueAt(o.after, '评分表', 'H5')).toBe(4.4);
    expect(o.report.tables[0].total).toEqual({ weight: 5, score: 4.4, provisional: false, grade: '良' });
    expect(o.report.tables[0].subtotals).toEqual([{ level1: '投入', weight: 5, score: 4.4 }]);
  });

  it('writes the computation note only on rows below their weight', () => {
    const note = row(o, 3)?.note;
    expect(note).toMatch(/2\.4/);
    expect(valueAt(o.after, '评分表', 'I3')).toBe(note);
    expect(valueAt(o.after, '评分表', 'I4') ?? null).toBeNull();
  });

  it('reports each indicator with its levels, kind and cells, and finds nothing in a clean table', () => {
    expect(row(o, 3)).toMatchObject({
      level1: '投入',
      level2: '预算执行',
      name: '预算完成率',
      weight: 3,
      kind: 'linear',
      score: 2.4,
      status: 'scored',
      scoreCell: 'H3',
      inputCell: 'G3',
    });
    expect(codesAt(o)).toEqual([]);
    expect(o.patches.filter((p) => p.role === 'mark')).toEqual([]);
  });

  it('changes nothing but score, note and total cells', () => {
    expect(new Set(o.patches.map((p) => `${p.role}:${p.col}`))).toEqual(
      new Set(['score:8', 'note:9', 'total:8']),
    );
  });

  it('throws NoTableError on a workbook without a table', () => {
    expect(() => scoreWorkbook(workbook(sheet('数据', [['编制数', 45]])))).toThrow(NoTableError);
  });
});

describe('typed scores and manual rows', () => {
  it('keeps a typed score on a manual row; without a reason it asks for one', () => {
    const o = score(workbook(scoreSheet([['效果', '履职效益', 22, '实施效益', 22, RULES.manual, null, 20]])));
    expect(row(o, 3)).toMatchObject({ kind: 'manual', status: 'manual', score: 20 });
    expect(valueAt(o.after, '评分表', 'H3')).toBe(20);
    expect(o.patches.some((p) => p.role === 'score')).toBe(false);
    expect(codesAt(o)).toContain('I3 deduction-reason-missing');
    expect(fillAt(o.after, '评分表', 'I3')).toBe(YELLOW);
  });

  it('accepts the person’s reason next to a typed score below the weight', () => {
    const o = score(
      workbook(
        scoreSheet([
          ['效果', '履职效益', 22, '实施效益', 22, RULES.manual, null, 20, '个性化指标未完全达成，扣2分'],
        ]),
      ),
    );
    expect(codesAt(o).filter((c) => c.includes('reason'))).toEqual([]);
    expect(valueAt(o.after, '评分表', 'I3')).toBe('个性化指标未完全达成，扣2分');
  });

  it('keeps a typed score on a rule row whose input is empty, and still reports the missing input', () => {
    const o = score(
      workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', 3, RULES.completion, null, 3]])),
    );
    expect(row(o, 3)).toMatchObject({ status: 'manual', score: 3 });
    expect(codesAt(o)).toContain('G3 missing-input');
    expect(fillAt(o.after, '评分表', 'G3')).toBe(YELLOW);
  });

  it('leaves a rule row with an empty input and no typed score unscored: the total is provisional', () => {
    const o = score(
      workbook(
        scoreSheet([
          ['过程', '预算执行', 3, '预算完成率', 3, RULES.completion],
          ['合计', null, 3, null, 3],
        ]),
      ),
    );
    expect(row(o, 3)).toMatchObject({ status: 'missing-input', score: null });
    expect(o.report.tables[0].total).toEqual({ weight: 3, score: 0, provisional: true, grade: null });
    expect(codesAt(o)).toEqual(['G3 missing-input']);
  });

  it('flags a typed score outside 0…weight in red', () => {
    const o = score(workbook(scoreSheet([['效果', '履职效益', 22, '实施效益', 22, RULES.manual, null, 25]])));
    expect(codesAt(o)).toContain('H3 score-out-of-range');
    expect(fillAt(o.after, '评分表', 'H3')).toBe(RED);
  });

  it('asks for a score on a manual row without one', () => {
    const o = score(workbook(scoreSheet([['效果', '履职效益', 22, '实施效益', 22, RULES.manual]])));
    expect(row(o, 3)).toMatchObject({ kind: 'manual', score: null });
    expect(codesAt(o)).toContain('H3 manual-score-missing');
    expect(o.report.tables[0].total.provisional).toBe(true);
  });
});

describe('missing fields', () => {
  it('reports a row without a numeric weight at the weight cell, unscored', () => {
    const o = score(
      workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', '三分', RULES.completion, '92%']])),
    );
    expect(row(o, 3)).toMatchObject({ weight: null, score: null, status: 'unscored' });
    expect(codesAt(o)).toContain('E3 missing-weight');
    expect(fillAt(o.after, '评分表', 'E3')).toBe(YELLOW);
    expect(valueAt(o.after, '评分表', 'H3') ?? null).toBeNull();
  });

  it('reports a row with no rule, no target and no typed score at the rule cell', () => {
    const o = score(workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', 3, null, '92%']])));
    expect(codesAt(o)).toContain('F3 missing-rule');
    expect(row(o, 3)?.score).toBeNull();
  });

  it('reads a weight written as text with full-width digits', () => {
    const o = score(
      workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', '３', RULES.completion, '92%']])),
    );
    expect(row(o, 3)).toMatchObject({ weight: 3, score: 2.4 });
  });
});

describe('inputs the rule engine questions', () => {
  it('marks an unreadable input red at the input cell', () => {
    const o = score(
      workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', 3, RULES.completion, 'abc']])),
    );
    expect(codesAt(o)).toContain('G3 invalid-input');
    expect(fillAt(o.after, '评分表', 'G3')).toBe(RED);
  });

  it('warns about a bare 0.93 in a rate rule without filling the cell', () => {
    const o = score(workbook(scoreSheet([['过程', '预算执行', 3, '预算完成率', 3, RULES.completion, 0.93]])));
    expect(codesAt(o)).toContain('G3 suspicious-input');
    expect(fillAt(o.after, '评分表', 'G3')).toBeNull();
  });
});

describe('weight sums through every level', () => {
  it('reports a 二级 weight that differs from its 三级 weights at the 二级 weight cell', () => {
    const o = score(
      workbook(
        scoreSheet(
          [
            ['投入', '预算执行', 6, '预算完成率', 3, RULES.completion, '96%'],
            [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
            ['合计', null, 6, null, 5],
          ],
          ['A3:A4', 'B3:B4', 'C3:C4'],
        ),
      ),
    );
    // The total row's 6 matches the 二级 weights and its 5 the 三级 weights: only the 二级 is wrong.
    expect(codesAt(o)).toEqual(['C3 weight-sum-mismatch']);
    expect(fillAt(o.after, '评分表', 'C3')).toBe(RED);
  });

  it('checks 一级 against its 二级 weights', () => {
    const grid = workbook(
      sheet(
        '表',
        [
          ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '评分标准', '实际值', '得分'],
          ['投入', 10, '目标', 3, 'a', 3, RULES.completion, '96%'],
          [null, null, '配置', 2, 'b', 2, RULES.staff, '100%'],
          ['过程', 90, '执行', 90, 'c', 90, RULES.manual, null, 90],
        ],
        ['A2:A3', 'B2:B3'],
      ),
    );
    const o = score(grid);
    // 投入 states 10 over 二级 weights 3 + 2; the table states no 总分, so its 95 is not held against 100.
    expect(codesAt(o).filter((c) => c.includes('weight-sum'))).toEqual(['B2 weight-sum-mismatch']);
  });

  it('checks the table against the 总分 its total row states, and a table stating none against nothing', () => {
    const rows = [
      ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '96%'],
      [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
    ];
    const merges = ['A3:A4', 'B3:B4', 'C3:C4'];
    expect(codesAt(score(workbook(scoreSheet(rows, merges))))).toEqual([]);
    expect(codesAt(score(workbook(scoreSheet([...rows, ['合计', null, 5, null, 6]], merges))))).toEqual([
      'E5 weight-sum-mismatch',
    ]);
    expect(codesAt(score(workbook(scoreSheet([...rows, ['合计', null, 5, null, 5]], merges))))).toEqual([]);
  });
});

describe('the total row', () => {
  const rows = (typed: number | null) => [
    ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '92%'],
    [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
    ['合计', null, 5, null, 5, null, null, typed],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4'];

  it('keeps a typed total that differs from the sum and marks it red', () => {
    const o = score(workbook(scoreSheet(rows(50), merges)));
    expect(codesAt(o)).toEqual(['H5 total-mismatch']);
    expect(valueAt(o.after, '评分表', 'H5')).toBe(50);
    expect(fillAt(o.after, '评分表', 'H5')).toBe(RED);
    expect(o.report.tables[0].total.score).toBe(4.4);
  });

  it('accepts a typed total equal to the sum', () => {
    expect(codesAt(score(workbook(scoreSheet(rows(4.4), merges))))).toEqual([]);
  });

  it('adds decimals exactly', () => {
    const typed = Array.from({ length: 26 }, (_, i) => [0.1, 0.2, 0.7][i % 3]);
    const grid = workbook(
      scoreSheet([
        ...typed.map((t, i) => ['效果', '履职效益', null, `指标${i}`, 1, RULES.manual, null, t, '已说明']),
        ['合计', null, null, null, 26],
      ]),
    );
    const exact = typed.reduce((a, t) => a.plus(t), new Decimal(0)).toNumber();
    expect(exact).toBe(8.3);
    expect(typed.reduce((a, t) => a + t, 0)).not.toBe(8.3); // what binary floating point would have written
    const o = score(grid);
    expect(o.report.tables[0].total.score).toBe(8.3);
    expect(valueAt(o.after, '评分表', 'H29')).toBe(8.3);
  });
});

describe('自评表', () => {
  it('scores rows against 年度指标值 and asks for 偏差原因 where the target was missed', () => {
    const o = score(
      workbook(
        selfSheet(
          [
            ['产出指标', '数量指标', '整改销号数', '14个', '11个', 50],
            [null, '质量指标', '合格率', '≥90%', '95%', 25],
            [null, '时效指标', '完成及时率', '100%', '98%', 25, null, '个别单位印发延迟'],
            ['总分', null, null, null, null, 100],
          ],
          ['A2:A4'],
        ),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => [i.row, i.kind, i.score])).toEqual([
      [2, 'target', 39.29],
      [3, 'target', 25],
      [4, 'target', 24.5],
    ]);
    expect(codesAt(o)).toEqual(['H2 deviation-reason-missing']);
    // Our computation note goes into the empty 偏差原因 cell but does not count as the reason.
    expect(valueAt(o.after, '绩效自评表', 'H2')).toBe(row(o, 2)?.note);
    expect(fillAt(o.after, '绩效自评表', 'H2')).toBe(YELLOW);
    expect(valueAt(o.after, '绩效自评表', 'H4')).toBe('个别单位印发延迟');
    expect(valueAt(o.after, '绩效自评表', 'G5')).toBe(88.79);
    const again = scoreWorkbook(o.after, { ledger: o.ledger });
    expect(codesAt(again)).toEqual(['H2 deviation-reason-missing']);
  });

  it('warns when the actual is 130% of a higher-is-better target without a reason', () => {
    const o = score(workbook(selfSheet([['产出指标', '数量指标', '培训人次', '≥100人次', '140人次', 100]])));
    expect(codesAt(o)).toEqual(['H2 overachievement-reason-missing']);
    expect(fillAt(o.after, '绩效自评表', 'H2')).toBeNull();
  });

  it('scores the 预算执行率 block and writes the rate into its empty 执行率 cell', () => {
    const grid = workbook(
      sheet(
        '绩效自评表',
        [
          ['部门整体支出绩效自评表'],
          ['年度资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', null, 152.13, 221.69, 218.68, 10, { v: null, fmt: '0.00%' }],
          SELF_HEADER,
          ['产出指标', '数量指标', '改革数量', '≥73个', '73个', 90],
        ],
        ['A2:B2', 'A3:B3'],
      ),
    );
    const o = score(grid);
    const t = o.report.tables[0];
    expect(t.headerRow).toBe(4);
    expect(t.indicators[0]).toMatchObject({
      row: 3,
      name: '预算执行率',
      kind: 'proportional',
      weight: 10,
      score: 9.86,
      status: 'scored',
    });
    expect(valueAt(o.after, '绩效自评表', 'G3')).toBe(0.9864);
    expect(valueAt(o.after, '绩效自评表', 'H3')).toBe(9.86);
    expect(t.total).toMatchObject({ weight: 100, score: 99.86 });
    // A rate the person typed is theirs.
    const typed = structuredClone(grid);
    typed.sheets[0].cells[2][6] = { value: 0.98, format: '0.00%' };
    expect(scoreWorkbook(typed).patches.some((p) => p.role === 'rate')).toBe(false);
  });

  it('divides amounts typed with their unit (4753.66万元), not scoring a typed rate that they contradict', () => {
    const o = score(
      workbook(
        sheet('表', [
          ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['4753.66万元', '4753.66万元', '3824.26万元', 10, '100%', 10],
          [],
          [],
        ]),
      ),
    );
    expect(o.report.tables[0].indicators[0]).toMatchObject({ score: 8.04, status: 'scored' });
    expect(codesAt(o)).toContain('F2 score-changed');
    // The typed rate stays, questioned: its own amounts give 80.45%.
    expect(codesAt(o)).toContain('E2 suspicious-input');
    expect(o.patches.some((p) => p.role === 'rate')).toBe(false);
  });

  it.each([
    // a bare number in the unit the header states, beside an amount typed with its unit
    ['预算执行情况（万元）', 650, '94万元', 1.45],
    ['项目资金（万元）', '207.4538万元', 207.4538, 10],
    // no unit stated: the bare number is in the other's unit
    ['年度资金', '200万元', 150, 7.5],
    ['年度资金', '2000000元', '150万元', 7.5],
  ])('reads amounts with and without units in one unit (%s: %s, %s)', (label, budget, executed, want) => {
    const o = score(
      workbook(
        sheet('表', [
          [label, '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [null, budget, executed, 10],
          [],
          [],
        ]),
      ),
    );
    expect(o.report.tables[0].indicators[0]).toMatchObject({ score: want, status: 'scored' });
  });

  it('reads the 重庆 block (执行率权重 | 执行率得分) as the weight and the score, not three rates', () => {
    const o = score(
      workbook(
        sheet('表', [
          [
            '部门预算执行情况（万元）',
            '年初预算数',
            '全年预算数',
            '全年执行数',
            '执行率（%）',
            '执行率权重',
            '执行率得分（分）',
          ],
          [null, 1180, 1234.5, 938.22, '76%', 10, 7.6],
          [],
          [],
        ]),
      ),
    );
    expect(o.report.tables[0].indicators[0]).toMatchObject({ weight: 10, score: 7.6, status: 'scored' });
  });

  it.each([
    ['80%', undefined],
    [0.8045, '0.00%'],
    [80.45, undefined],
  ])('raises nothing on a typed rate its amounts agree with (%s)', (rate, fmt) => {
    const o = score(
      workbook(
        sheet('表', [
          ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [4753.66, 4753.66, 3824.26, 10, fmt ? { v: rate, fmt } : rate],
          [],
          [],
        ]),
      ),
    );
    expect(codesAt(o)).not.toContain('E2 suspicious-input');
  });

  it('reports a missing 全年执行数 at its cell', () => {
    const o = score(
      workbook(
        sheet('表', [
          ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [100, 120, null, 10],
          [],
          [],
        ]),
      ),
    );
    expect(codesAt(o)).toContain('C2 missing-input');
    expect(o.report.tables[0].indicators[0]).toMatchObject({ score: null, status: 'missing-input' });
  });
});

describe('a table without a note column', () => {
  it('adds 扣分说明 right of 得分 when that column is empty', () => {
    const grid = workbook(
      sheet('表', [
        ['三级指标', '分值', '评分标准', '实际值', '得分'],
        ['预算完成率', 100, RULES.completion.replace('3分', '100分'), '92%'],
      ]),
    );
    const o = score(grid);
    expect(valueAt(o.after, '表', 'F1')).toBe('扣分说明');
    expect(valueAt(o.after, '表', 'F2')).toBe(row(o, 2)?.note);
    expect(scoreWorkbook(o.after, { ledger: o.ledger }).patches).toEqual([]);
  });

  it('uses the first empty column right of the table when the one right of 得分 is taken', () => {
    const grid = workbook(
      sheet('表', [
        ['三级指标', '分值', '评分标准', '得分', '实际值'],
        ['预算完成率', 100, RULES.completion.replace('3分', '100分'), null, '92%'],
      ]),
    );
    const o = score(grid);
    expect(valueAt(o.after, '表', 'F1')).toBe('扣分说明');
    expect(valueAt(o.after, '表', 'E2')).toBe('92%');
  });

  it('adds no column when there is nothing to write', () => {
    const grid = workbook(
      sheet('表', [
        ['三级指标', '分值', '评分标准', '实际值', '得分'],
        ['预算完成率', 3, RULES.completion, '96%'],
      ]),
    );
    expect(scoreWorkbook(grid).patches.filter((p) => p.role === 'header')).toEqual([]);
  });
});
