/**
 * Real layouts beyond one indicator per row: merged weights over rows with their own names, a 三级
 * name over a label column and a name column, weights stated in level labels, tables with and without
 * a stated 总分. Each asserts what a finance officer sees: scores, totals, findings at cells, patches.
 */
import { scoreWorkbook } from '../../../src/core';
import type { ScoreOutcome, WorkbookGrid } from '../../../src/core';
import { applyPatches, fillAt, sheet, valueAt, workbook } from './gridBuilder';
import type { CellSpec } from './gridBuilder';
import { RULES, scoreSheet } from './tableFixtures';

const RED = '#FFC7CE';
const YELLOW = '#FFEB9C';

const score = (grid: WorkbookGrid): ScoreOutcome & { after: WorkbookGrid } => {
  const outcome = scoreWorkbook(grid);
  return { ...outcome, after: applyPatches(grid, outcome.patches) };
};
const codesAt = (o: ScoreOutcome) =>
  o.report.tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`));
const findingAt = (o: ScoreOutcome, cell: string, code: string) =>
  o.report.tables.flatMap((t) => t.findings).find((f) => f.cell === cell && f.code === code);
const indicators = (o: ScoreOutcome) =>
  o.report.tables[0].indicators.map((i) => [i.row, i.name, i.weight, i.kind, i.status, i.score]);
/** Scored, patched, scored again with the ledger: nothing left to change, the same report. */
const expectIdempotent = (o: ScoreOutcome & { after: WorkbookGrid }) => {
  const again = scoreWorkbook(o.after, { ledger: o.ledger });
  expect(again.patches).toEqual([]);
  expect(again.report).toEqual(o.report);
};

describe('a merged 分值 over 三级 rows that have their own names', () => {
  // Rows 3–5 share the 40 of E3:E5; each names its own 三级 and carries its own typed score.
  const grid = (scores: (number | null)[], extra: { rows?: CellSpec[][]; merges?: string[] } = {}) =>
    workbook(
      scoreSheet(
        [
          ['产出', '产出数量', 40, '培训人次', 40, null, null, scores[0]],
          [null, null, null, '培训覆盖率', null, null, null, scores[1]],
          [null, null, null, '培训天数', null, null, null, scores[2]],
          ['效益', '满意度', 60, '服务对象满意度', 60, RULES.manual, null, 60],
          ...(extra.rows ?? []),
          ['合计', null, 100, null, 100],
        ],
        ['A3:A5', 'B3:B5', 'C3:C5', 'E3:E5', ...(extra.merges ?? [])],
      ),
    );

  it('reports each row as its own indicator sharing the weight, and totals the sum of their scores', () => {
    const o = score(grid([15, 13, 8]));
    expect(indicators(o)).toEqual([
      [3, '培训人次', 40, 'manual', 'manual', 15],
      [4, '培训覆盖率', 40, 'manual', 'manual', 13],
      [5, '培训天数', 40, 'manual', 'manual', 8],
      [6, '服务对象满意度', 60, 'manual', 'manual', 60],
    ]);
    const t = o.report.tables[0];
    expect(t.total).toEqual({ weight: 100, score: 96, provisional: false, grade: '优' });
    expect(t.subtotals).toEqual([
      { level1: '产出', weight: 40, score: 36 },
      { level1: '效益', weight: 60, score: 60 },
    ]);
    expect(valueAt(o.after, '评分表', 'H7')).toBe(96);
    // Typed scores stay as typed: nothing is written into them.
    expect(o.patches.filter((p) => p.role === 'score')).toEqual([]);
  });

  it('asks once for the reason of the group’s shortfall, not once per row', () => {
    const o = score(grid([15, 13, 8]));
    expect(codesAt(o)).toEqual(['I3 deduction-reason-missing']);
    expect(findingAt(o, 'I3', 'deduction-reason-missing')?.message).toBe(
      '“培训人次”、“培训覆盖率”、“培训天数”共用分值40分，得分合计36分，请填写扣分原因。',
    );
    expect(fillAt(o.after, '评分表', 'I3')).toBe(YELLOW);
    expectIdempotent(o);
  });

  it('takes a reason written on any row of the group', () => {
    const withReason = structuredClone(grid([15, 13, 8]));
    withReason.sheets[0].cells[3][8] = { value: '覆盖率未达标，扣2分' };
    expect(codesAt(score(withReason))).toEqual([]);
  });

  it('finds a group whose scores add to more than the shared weight at the weight cell, and counts the weight', () => {
    const o = score(grid([20, 15, 10]));
    expect(codesAt(o)).toEqual(['E3 score-out-of-range']);
    expect(findingAt(o, 'E3', 'score-out-of-range')?.message).toBe(
      '“培训人次”、“培训覆盖率”、“培训天数”共用分值40分，得分合计45分，超出分值。',
    );
    expect(fillAt(o.after, '评分表', 'E3')).toBe(RED);
    expect(o.report.tables[0].total.score).toBe(100);
  });

  it('counts the shared weight once in the weight sums', () => {
    // 40 + 60 = 100 states the total row; the 二级 40 matches the group's one weight.
    expect(codesAt(score(grid([20, 12, 8])))).toEqual([]);
  });

  it('leaves rows without a typed score unscored when only the first row has one', () => {
    const o = score(grid([36, null, null]));
    expect(indicators(o).map((i) => i.slice(0, 2))).toEqual([
      [3, '培训人次'],
      [4, '培训覆盖率'],
      [5, '培训天数'],
      [6, '服务对象满意度'],
    ]);
    expect(codesAt(o)).toEqual(['F4 missing-rule', 'F5 missing-rule']);
    expect(o.report.tables[0].total).toMatchObject({ score: 96, provisional: true, grade: null });
  });

  it('does not apply a rule merged over the named rows to any one of them: each row is the person’s', () => {
    const rule = '①培训人次达到计划得15分；②覆盖率达到95%得15分；③培训天数达标得10分。';
    const merged = (scores: (number | null)[]) =>
      workbook(
        scoreSheet(
          [
            ['产出', '产出数量', 40, '培训人次', 40, rule, '1200人次', scores[0]],
            [null, null, null, '培训覆盖率', null, null, '96%', scores[1]],
            [null, null, null, '培训天数', null, null, '5天', scores[2]],
            ['合计', null, 40, null, 40],
          ],
          ['A3:A5', 'B3:B5', 'C3:C5', 'E3:E5', 'F3:F5'],
        ),
      );
    const typed = score(merged([15, 15, 10]));
    expect(indicators(typed)).toEqual([
      [3, '培训人次', 40, 'manual', 'manual', 15],
      [4, '培训覆盖率', 40, 'manual', 'manual', 15],
      [5, '培训天数', 40, 'manual', 'manual', 10],
    ]);
    expect(codesAt(typed)).toEqual([]);
    expect(typed.patches.filter((p) => p.role === 'score' || p.role === 'note')).toEqual([]);
    const blank = score(merged([null, null, null]));
    expect(codesAt(blank)).toEqual([
      'H3 manual-score-missing',
      'H4 manual-score-missing',
      'H5 manual-score-missing',
    ]);
    expect(blank.report.tables[0].total.provisional).toBe(true);
  });

  it('keeps rows with their own rules as separate indicators, each scored by its own rule', () => {
    const o = score(
      workbook(
        scoreSheet(
          [
            ['过程', '预算执行', 5, '预算完成率', 5, RULES.completion, '92%'],
            [null, null, null, '在职人员控制率', null, RULES.staff, '100%'],
            ['合计', null, 5, null, 5],
          ],
          ['A3:A4', 'B3:B4', 'C3:C4', 'E3:E4'],
        ),
      ),
    );
    expect(indicators(o)).toEqual([
      [3, '预算完成率', 5, 'linear', 'scored', 2.4],
      [4, '在职人员控制率', 5, 'linear', 'scored', 2],
    ]);
    expect(o.report.tables[0].total.score).toBe(4.4);
  });

  it('reads rows under one merged 得分 as one indicator named by all of them', () => {
    const o = score(grid([36, null, null], { merges: ['H3:H5'] }));
    expect(indicators(o)[0]).toEqual([3, '培训人次、培训覆盖率、培训天数', 40, 'manual', 'manual', 36]);
    expect(o.report.tables[0].indicators.map((i) => i.row)).toEqual([3, 6]);
    expect(codesAt(o)).toEqual(['I3 deduction-reason-missing']);
  });

  it('never drops a score typed on a row whose name is merged from above', () => {
    const o = score(
      workbook(
        scoreSheet(
          [
            ['产出', '产出数量', 10, '培训情况', 10, null, null, 5, '已说明'],
            [null, null, null, null, null, null, null, 4],
            ['合计', null, 10, null, 10],
          ],
          ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4'],
        ),
      ),
    );
    expect(indicators(o)).toEqual([
      [3, '培训情况', 10, 'manual', 'manual', 5],
      [4, '培训情况', 10, 'manual', 'manual', 4],
    ]);
    expect(o.report.tables[0].total.score).toBe(9);
    expect(codesAt(o)).toEqual([]);
  });

  it('still reads a merged name, weight and rule over several rows as one indicator', () => {
    const o = score(
      workbook(
        scoreSheet(
          [
            ['投入', '目标设定', 4, '绩效目标合理性', 4, '①目标明确，得2分；②依据充分，得2分。', '①'],
            [null, null, null, null, null, null, '②'],
            ['合计', null, 4, null, 4],
          ],
          ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4'],
        ),
      ),
    );
    // The items met are answered on two rows: both count.
    expect(indicators(o)).toEqual([[3, '绩效目标合理性', 4, 'checklist', 'scored', 4]]);
    expect(o.report.tables[0].indicators[0].input).toBe('①②');
  });

  it('never scores one of several rates given on the rows of one indicator', () => {
    const o = score(
      workbook(
        scoreSheet(
          [
            ['过程', '预算执行', 3, '预算完成率', 3, RULES.completion, '92%'],
            [null, null, null, null, null, null, '96%'],
            ['合计', null, 3, null, 3],
          ],
          ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4'],
        ),
      ),
    );
    expect(indicators(o)).toEqual([[3, '预算完成率', 3, 'linear', 'invalid-input', null]]);
    expect(codesAt(o)).toEqual(['G3 invalid-input']);
  });
});

describe('a 三级 name over a label column and a name column (财政部 自评表)', () => {
  const HEADER: CellSpec[] = [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    null,
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  const form = (labels: string[], headerMerges: string[] = ['D1:E1']) =>
    workbook(
      sheet(
        '项目支出绩效自评表',
        [
          HEADER,
          [null, '产出指标', '数量指标', labels[0], '机构改革任务完成率', '100%', '95%', 50],
          [null, null, null, labels[1], '巡视整改销号数', '14个', '14个', 50],
          [null, null, null, labels[2]],
          ['总分', null, null, null, null, null, null, 100],
        ],
        ['A1:A4', 'B2:B4', 'C2:C4', ...headerMerges],
      ),
    );

  it.each([[['指标1：', '指标2:', '指标3：']], [['（1）', '(2)', '（3）']], [['1.', '2、', '3']]])(
    'takes the name from the column beside the labels %j',
    (labels) => {
      const o = score(form(labels));
      expect(o.report.tables[0].indicators.map((i) => i.name)).toEqual([
        '机构改革任务完成率',
        '巡视整改销号数',
      ]);
      const messages = o.report.tables[0].findings.map((f) => f.message);
      expect(messages).toEqual(['“机构改革任务完成率”未达到年度指标值，请填写偏差原因分析及改进措施。']);
      expect(o.report.tables[0].findings[0].cell).toBe('J2');
      expect(o.report.tables[0].total).toMatchObject({ weight: 100, score: 97.5 });
      expectIdempotent(o);
    },
  );

  it('does the same when the header is not merged and the name column’s header is blank', () => {
    const o = score(form(['指标1：', '指标2：', '指标3：'], []));
    expect(o.report.tables[0].indicators.map((i) => i.name)).toEqual([
      '机构改革任务完成率',
      '巡视整改销号数',
    ]);
  });

  it('keeps a name column that holds real names, even next to a blank-headed column', () => {
    const o = score(form(['机构改革任务完成率', '指标2：', '指标3：']));
    expect(o.report.tables[0].indicators.map((i) => i.name)).toEqual(['机构改革任务完成率', '指标2：']);
  });

  it('reads `指标1：名称` in one cell as a name, not as a signature line ending the table', () => {
    const o = score(
      workbook(
        sheet('表', [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['产出指标', '数量指标', '指标1：培训人次', '≥100人次', '100人次', null],
          [null, null, '指标2：培训天数', '≥5天', '5天', 50],
        ]),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => i.row)).toEqual([2, 3]);
    expect(codesAt(o)).toContain('F2 missing-weight');
  });
});

describe('weights stated in level labels', () => {
  const table = (产出: string, 效益: string) =>
    workbook(
      sheet('表', [
        ['一级指标', '三级指标', '分值', '评分标准', '得分', '扣分原因'],
        [产出, '培训人次', 40, RULES.manual, 40],
        [null, '培训天数', 50, RULES.manual, 50],
        [效益, '满意度', 10, RULES.manual, 10],
      ]),
    );

  it.each(['产出指标（50分）', '产出指标(50)', '产出指标 50分', '产出指标（分值50分）'])(
    'checks %s against its children at the label’s cell',
    (label) => {
      const o = score(table(label, '效益指标（10分）'));
      expect(codesAt(o)).toEqual(['A2 weight-sum-mismatch']);
      expect(findingAt(o, 'A2', 'weight-sum-mismatch')?.message).toBe(
        '一级指标“产出指标”的分值50分，与其下级指标分值合计90分不一致。',
      );
      expect(fillAt(o.after, '表', 'A2')).toBe(RED);
    },
  );

  it('reports the level without its weight in indicators and subtotals', () => {
    const o = score(table('产出指标（90分）', '效益指标（10分）'));
    expect(codesAt(o)).toEqual([]);
    expect(o.report.tables[0].indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '效益指标']);
    expect(o.report.tables[0].subtotals).toEqual([
      { level1: '产出指标', weight: 90, score: 90 },
      { level1: '效益指标', weight: 10, score: 10 },
    ]);
  });

  it('checks a 二级 label’s weight, and a 一级 against its 二级 label weights', () => {
    const o = score(
      workbook(
        sheet(
          '表',
          [
            ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分', '扣分原因'],
            ['产出（40分）', '数量指标（20分）', 'a', 10, RULES.manual, 10],
            [null, null, 'b', 10, RULES.manual, 10],
            [null, '质量指标（25分）', 'c', 20, RULES.manual, 20],
          ],
          ['A2:A4', 'B2:B3'],
        ),
      ),
    );
    // 质量 states 25 over 20; 产出 states 40 over its 二级 labels 20 + 25 = 45.
    expect(codesAt(o)).toEqual(['A2 weight-sum-mismatch', 'B4 weight-sum-mismatch']);
  });

  it('checks a label weight and a 分值 column each at its own cell', () => {
    const o = score(
      workbook(
        sheet('表', [
          ['一级指标', '分值', '三级指标', '分值', '评分标准', '得分', '扣分原因'],
          ['产出（30分）', 40, 'a', 40, RULES.manual, 40],
        ]),
      ),
    );
    expect(codesAt(o)).toEqual(['A2 weight-sum-mismatch']);
  });
});

describe('the table’s 总分', () => {
  // A 9-point 专项评分 sheet: three indicators of 3.
  const rows: CellSpec[][] = [
    ['资金拨付及时性', 3, RULES.manual, 3],
    ['资料归档完整性', 3, RULES.manual, 2, '缺少验收资料'],
    ['公示情况', 3, RULES.manual, 3],
  ];
  const HEADER: CellSpec[] = ['指标名称', '分值', '评分标准', '得分', '扣分原因'];

  it('does not measure a table that states no total against 100, and grades it on its own weight', () => {
    for (const grid of [
      workbook(sheet('专项评分', [['专项资金管理评分表'], HEADER, ...rows])),
      workbook(sheet('专项评分', [['专项资金管理评分表'], HEADER, ...rows, ['合计']])),
    ]) {
      const o = score(grid);
      expect(codesAt(o)).toEqual([]);
      // 8 of 9 is 88.9 of 100: 良.
      expect(o.report.tables[0].total).toEqual({ weight: 9, score: 8, provisional: false, grade: '良' });
    }
  });

  it.each([
    ['a title row', [['专项资金管理评分表（100分）'], HEADER, ...rows], 'B2'],
    ['a title row with 满分', [['专项资金管理评分表'], ['（满分100分）'], HEADER, ...rows], 'B3'],
    ['the total row’s label', [['专项资金管理评分表'], HEADER, ...rows, ['合计（100分）']], 'B6'],
    ['the total row’s 分值', [['专项资金管理评分表'], HEADER, ...rows, ['合计', 100]], 'B6'],
  ])('checks the weights against a 总分 stated in %s', (_, sheetRows, cell) => {
    const o = score(workbook(sheet('专项评分', sheetRows as CellSpec[][])));
    expect(codesAt(o)).toEqual([`${cell} weight-sum-mismatch`]);
    expect(o.report.tables[0].findings[0].message).toBe('各指标分值合计9分，与总分100分不一致。');
  });

  it('takes each table’s title from the rows above its own header', () => {
    const o = score(
      workbook(
        sheet('评分表', [
          ['表一（100分）'],
          HEADER,
          ['a', 100, RULES.manual, 100],
          [],
          ['表二'],
          HEADER,
          ...rows,
        ]),
      ),
    );
    expect(codesAt(o)).toEqual([]);
    expect(o.report.tables.map((t) => t.total.weight)).toEqual([100, 9]);
  });
});

describe('headers over two rows', () => {
  it('reads column labels under a group label (`评价结果` over 得分 | 扣分原因)', () => {
    const o = score(
      workbook(
        sheet(
          '评分表',
          [
            ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '评价结果'],
            [null, null, null, null, null, null, '得分', '扣分原因'],
            ['过程', '预算执行', '预算完成率', 3, RULES.completion, '92%'],
            ['合计', null, null, 3],
          ],
          ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:H1'],
        ),
      ),
    );
    const t = o.report.tables[0];
    expect(t.headerRow).toBe(2);
    expect(t.indicators.map((i) => [i.row, i.name, i.score, i.scoreCell])).toEqual([
      [3, '预算完成率', 2.4, 'G3'],
    ]);
    expect(valueAt(o.after, '评分表', 'H3')).toBe(t.indicators[0].note);
    expect(valueAt(o.after, '评分表', 'G4')).toBe(2.4);
    // Nothing added beside the table: its own columns took the score and the note.
    expect(o.patches.filter((p) => p.role === 'header')).toEqual([]);
    expectIdempotent(o);
  });

  it('reads 一级/二级/三级 under one `评价指标` caption', () => {
    const o = score(
      workbook(
        sheet(
          '评分表',
          [
            ['评价指标', null, null, '分值', '评分标准', '实际值', '得分'],
            ['一级指标', '二级指标', '三级指标'],
            ['过程', '预算执行', '预算完成率', 3, RULES.completion, '92%'],
          ],
          ['A1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2'],
        ),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => [i.level1, i.level2, i.name, i.score])).toEqual([
      ['过程', '预算执行', '预算完成率', 2.4],
    ]);
  });

  it('does not take the first data row for a second header row', () => {
    const o = score(
      workbook(
        sheet('评分表', [
          ['三级指标', '分值', '评分标准', '实际完成情况', '得分'],
          ['完成情况', 3, RULES.completion, '92%'],
        ]),
      ),
    );
    expect(o.report.tables[0]).toMatchObject({ headerRow: 1 });
    expect(o.report.tables[0].indicators.map((i) => i.name)).toEqual(['完成情况']);
  });
});

describe('several tables on one sheet', () => {
  it('reads a lone title line above the next header as that table’s title, not an indicator', () => {
    const HEADER: CellSpec[] = ['指标名称', '分值', '评分标准', '得分', '扣分原因'];
    const o = score(
      workbook(
        sheet('评分表', [
          ['表一'],
          HEADER,
          ['a', 100, RULES.manual, 100],
          [],
          ['表二 专项资金评分表（满分10分）'],
          HEADER,
          ['b', 10, RULES.manual, 10],
        ]),
      ),
    );
    expect(o.report.tables.map((t) => [t.headerRow, t.indicators.map((i) => i.name)])).toEqual([
      [2, ['a']],
      [6, ['b']],
    ]);
    expect(codesAt(o)).toEqual([]);
  });
});

describe('the whole 财政部 项目支出绩效自评表', () => {
  it('scores the 预算执行率 block and the indicators under the 绩效指标 caption, names beside labels', () => {
    const grid = workbook(
      sheet(
        '项目自评',
        [
          ['项目支出绩效自评表'],
          ['项目名称', '示例项目'],
          ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [null, '年度资金总额', 100, 100, 95, 10],
          [null, '其中：当年财政拨款', 100, 100, 95, '—', null, '—'],
          [null, '上年结转资金', null, null, null, '—', null, '—'],
          ['年度总体目标', '预期目标', null, null, '实际完成情况'],
          [null, '完成培训任务', null, null, '已完成'],
          [
            '绩效指标',
            '一级指标',
            '二级指标',
            '三级指标',
            null,
            '年度指标值',
            '实际完成值',
            '分值',
            '得分',
            '偏差原因分析及改进措施',
          ],
          [null, '产出指标（50分）', '数量指标', '指标1：', '培训人次', '≥100人次', '100人次', 25],
          [null, null, null, '指标2：', '培训天数', '≥5天', '5天', 25],
          [null, null, '质量指标', '指标1：'],
          [null, '效益指标（30分）', '社会效益指标', '指标1：', '参训人员合格率', '≥90%', '95%', 30],
          [null, '满意度指标（10分）', '服务对象满意度指标', '指标1：', '参训人员满意度', '≥90%', '85%', 10],
          ['总分', null, null, null, null, null, null, 100],
        ],
        ['A3:A6', 'A7:A8', 'A9:A14', 'B10:B12', 'C10:C11', 'D9:E9', 'A15:G15'],
      ),
    );
    const o = score(grid);
    const t = o.report.tables[0];
    expect(o.report.tables).toHaveLength(1);
    expect(t.headerRow).toBe(9);
    expect(t.indicators.map((i) => [i.row, i.level1, i.name, i.weight, i.score])).toEqual([
      [4, '预算执行率', '预算执行率', 10, 9.5],
      [10, '产出指标', '培训人次', 25, 25],
      [11, '产出指标', '培训天数', 25, 25],
      [13, '效益指标', '参训人员合格率', 30, 30],
      [14, '满意度指标', '参训人员满意度', 10, 9.44],
    ]);
    expect(t.total).toEqual({ weight: 100, score: 98.94, provisional: false, grade: '优' });
    expect(valueAt(o.after, '项目自评', 'I15')).toBe(98.94);
    expect(valueAt(o.after, '项目自评', 'I14')).toBe(9.44);
    expect(valueAt(o.after, '项目自评', 'G4')).toBe(0.95);
    expect(codesAt(o)).toEqual(['J14 deviation-reason-missing']);
    expect(findingAt(o, 'J14', 'deviation-reason-missing')?.message).toContain('“参训人员满意度”');
    expectIdempotent(o);
  });
});

describe('tables as 考核细则 and 自评 forms publish them (blind layout batches L1/L2)', () => {
  it('reads weights stated in the names of a table without 分值 (`相关性(5分)` over 得分 alone)', () => {
    const o = score(
      workbook(
        sheet(
          '得分表',
          [
            ['部门整体支出绩效评价得分表'],
            ['一级指标', '二级指标', '三级指标', '得分'],
            ['部门决策(10分)', '目标任务(10分)', '相关性(5分)', 5],
            [null, null, '明确性(5分)', 4],
            ['部门绩效(6分)', '履职成效(6分)', '部门特性指标1：粮食播种面积目标完成率(6分)', null],
            [],
            ['单位名称/项目名称', '某局/某专项'],
            ['一级指标', '二级指标', '三级指标', '分值', '得分'],
            ['(5分)', '(5分)', '必要性', 5, 5],
          ],
          ['A3:A4', 'B3:B4', 'B7:E7'],
        ),
      ),
    );
    expect(indicators(o)).toEqual([
      [3, '相关性', 5, 'manual', 'manual', 5],
      [4, '明确性', 5, 'manual', 'manual', 4],
      // the name's colon is no signature line, and it keeps its full-width colon
      // a table of typed scores alone: every row is the person's, a missing one asked for
      [5, '部门特性指标1：粮食播种面积目标完成率', 6, 'manual', 'manual', null],
    ]);
    expect(o.report.tables.map((t) => t.headerRow)).toEqual([2, 8]);
    expect(codesAt(o)).toEqual(
      expect.arrayContaining(['E4 deduction-reason-missing', 'D5 manual-score-missing']),
    );
  });

  it('takes a header without 分值 and with two scoring columns, asking for the weights at the names', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          ['产出指标', '数量指标', '开展科普活动', '10场', '9场', 7],
        ]),
      ),
    );
    expect(codesAt(o)).toEqual(expect.arrayContaining(['C2 missing-weight', 'G2 deviation-reason-missing']));
  });

  describe('a 自评表 without 分值 whose person typed the scores', () => {
    // The transfer-payment 自评表: targets, actuals and 得分, no 分值 column at all.
    const o = score(
      workbook(
        sheet(
          '自评表',
          [
            ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分'],
            ['产出指标', '数量指标', '补贴渔船数', '6', '5', 18],
            [null, '质量指标', '补贴发放率', '100%', '100%', 10],
            [null, '时效指标', '发放及时率', '100%', null, null],
            ['效益指标', '社会效益', '渔民知晓率', '≥90%', '95%', 30],
            [null, null, '渔民满意度', '≥90%', '96%', null],
            ['总分', null, null, null, null, 100],
          ],
          ['A2:A4', 'A5:A6', 'B5:B6', 'F5:F6', 'A7:E7'],
        ),
      ),
    );
    const t = o.report.tables[0];

    it("keeps each typed score as the person's, still asking for the weights, and sums them", () => {
      expect(indicators(o)).toEqual([
        [2, '补贴渔船数', null, 'target', 'manual', 18],
        [3, '补贴发放率', null, 'target', 'manual', 10],
        [4, '发放及时率', null, 'target', 'missing-input', null],
        // a score cell merged over two indicators is no one row's score
        [5, '渔民知晓率', null, 'target', 'unscored', null],
        [6, '渔民满意度', null, 'target', 'unscored', null],
      ]);
      expect(codesAt(o)).toEqual(
        expect.arrayContaining(['C2 missing-weight', 'C3 missing-weight', 'E4 missing-input']),
      );
      // the typed total is compared with the typed scores, never with a sum that leaves them out
      expect(t.total).toEqual({ weight: 0, score: 28, provisional: true, grade: null });
      expect(findingAt(o, 'F7', 'total-mismatch')?.message).toContain('28分');
    });

    it('says why in the note, with no computation on a weight of 0', () => {
      expect(t.indicators[0].note).toBe('未填写分值，无法按评分标准计分，采用填写的得分18分');
      expect(t.indicators[4].note).toBe('未填写分值，无法计分');
      for (const i of t.indicators) expect(i.note).not.toMatch(/得0\.00分|×0计/);
      // the person's numbers stay in their cells
      expect(valueAt(o.after, '自评表', 'F2')).toBe(18);
      expect(valueAt(o.after, '自评表', 'F5')).toBe(30);
    });
  });

  it('reads a name header over a column of groups and a column of names (`评分项目`)', () => {
    const o = score(
      workbook(
        sheet(
          '自评表',
          [
            ['评分项目', null, '分值', '自评分', '具体内容'],
            ['与教育部门合作(15分)', '政策文件', 5, 5, '联合发文'],
            [null, '经费争取', 10, 7, ''],
            ['宣传(8分)', '媒体报道', 8, 8, ''],
            ['总分', null, 23, 20],
          ],
          ['A1:B1', 'A2:A3', 'A5:B5'],
        ),
      ),
    );
    const t = o.report.tables[0];
    expect(t.indicators.map((i) => [i.level1, i.name, i.weight, i.score])).toEqual([
      ['与教育部门合作', '政策文件', 5, 5],
      ['与教育部门合作', '经费争取', 10, 7],
      ['宣传', '媒体报道', 8, 8],
    ]);
    expect(codesAt(o)).toEqual(['F3 deduction-reason-missing']);
  });

  it('reads 考评内容 | 分值 | 评分标准 | 评分, and a rule with no 实际值 column is the person’s', () => {
    const o = score(
      workbook(
        sheet('考核评分', [
          ['序号', '考评内容', '分值', '评分标准', '评分'],
          [1, '组织建设', 9, '每发现一处问题扣1分', 9],
          [2, '活动场所', 6, '每发现一处问题扣1分', null],
        ]),
      ),
    );
    expect(indicators(o)).toEqual([
      [2, '组织建设', 9, 'perissue', 'manual', 9],
      [3, '活动场所', 6, 'perissue', 'manual', null],
    ]);
    expect(o.report.tables[0].indicators[1].note).toBe('评分表没有实际值栏，无法按评分标准计分，请人工评分');
    expect(codesAt(o)).toEqual(['E3 manual-score-missing']);
  });

  it('reads a 项目权重 column of 一级 labels with their weights, and warns of no unread rule it never applies', () => {
    const o = score(
      workbook(
        sheet(
          '自评表',
          [
            ['项目权重', '评价内容', '分值', '自评分', '复核分', '评价标准及依据'],
            ['项目管理 13分', '财务制度', 3, 3, null, '有制度得3分'],
            [null, '目标申报', 5, 5, null, '1、全申报的1分,缺一项扣0.5分;2、规范1分,不规范扣0.5分'],
            [null, '运行监管', 4, 4, null, '运行监管记录4分'],
          ],
          ['A2:A4'],
        ),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => [i.level1, i.name, i.weight])).toEqual([
      ['项目管理', '财务制度', 3],
      ['项目管理', '目标申报', 5],
      ['项目管理', '运行监管', 4],
    ]);
    expect(codesAt(o)).toEqual(['A2 weight-sum-mismatch']);
  });

  it('scores a 预算执行率 block whose weight is stated in its labels (`得分(20分*执行率)`)', () => {
    const o = score(
      workbook(
        sheet(
          '自评表',
          [
            ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
            [null, '年度财政资金总额', 104, 103.97, 99.97, 19],
          ],
          ['A1:A2'],
        ),
      ),
    );
    const t = o.report.tables[0];
    expect(t.indicators[0]).toMatchObject({ name: '预算执行率', weight: 20, score: 19.99 });
    expect(codesAt(o)).toEqual(['F2 score-changed']);
  });
});

describe('自评表 and 评分表 as provinces publish them (blind layout batches L3/L5)', () => {
  it('reads a 年度指标值 over 指标性质 | 指标值 | 度量单位, and a 总分 written further along its row', () => {
    const o = score(
      workbook(
        sheet(
          '公开14表',
          [
            [
              '绩效指标',
              null,
              null,
              '年度指标值',
              null,
              null,
              '实际完成值',
              '分值',
              '得分',
              '偏差原因分析及改进措施',
            ],
            ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null, null],
            ['产出指标', '数量指标', '受资助人数', '≧', 735, '人次', 700, 50, null, null],
            [null, '成本指标', '科目调整次数', '≤', 10, '次', '12次', 40, null, '调整较多'],
            [null, '效益指标', '减轻家庭负担', null, '有效', null, '有效', 10, null, null],
            ['其他需要说明事项', null, '无', null, null, null, '总分', 100, 90],
          ],
          ['A1:C1', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2', 'A3:A5', 'A6:B6', 'C6:F6'],
        ),
      ),
    );
    const t = o.report.tables[0];
    expect(t.headerRow).toBe(2);
    expect(t.indicators.map((i) => [i.name, i.score])).toEqual([
      ['受资助人数', 47.62],
      // lower is better: 40 × (1 − 2/10)
      ['科目调整次数', 32],
      ['减轻家庭负担', 10],
    ]);
    expect(t.total).toMatchObject({ weight: 100, score: 89.62 });
    expect(codesAt(o)).toEqual(expect.arrayContaining(['J3 deviation-reason-missing', 'I6 total-mismatch']));
  });

  it('reads template lines of marks only (`……`) as placeholders, and names typed over several lines as one', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['资金到位\n及时率', '100%', '100%', 10, null],
          ['……', null, null, null, null],
        ]),
      ),
    );
    expect(indicators(o)).toEqual([[2, '资金到位及时率', 10, 'target', 'scored', 10]]);
    expect(codesAt(o)).toEqual([]);
  });

  it('takes 调整后预算数 over a caption that only holds 预算数 in a 预算执行率 header', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          [
            '预算执行情况(10分)',
            '年度预算数(万元)',
            '年初预算',
            '调整后预算数',
            '预算执行数',
            '预算执行率',
            '权重',
            '得分',
          ],
          [null, '总额', 48.6, 52.3, 49.82, null, 10, 10],
        ]),
      ),
    );
    expect(o.report.tables[0].indicators[0]).toMatchObject({ name: '预算执行率', score: 9.53 });
    expect(codesAt(o)).toEqual(['H2 score-changed']);
  });

  it('reads two name headers without level columns as groups and names, a sole child taking its group’s weight', () => {
    const o = score(
      workbook(
        sheet(
          'Sheet1',
          [
            ['评价\n内容', '评价指标\n(分值)', '评分标准', '得分', '备注'],
            ['(一)\n项\n目\n前\n期\n(7分)', '1.可行性研究报告(项目申报书)', '编制符合要求的得7分', 7, null],
            ['(二)\n项\n目\n组\n织\n(8分)', '2.组织管理(6分)', '管理到位的得6分', 5, '方案调整未报备'],
            [null, '3.项目档案(2分)', '资料齐全的得2分', 2, null],
          ],
          ['A3:A4'],
        ),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => [i.level1, i.name, i.weight, i.score])).toEqual([
      ['(一)项目前期', '1.可行性研究报告(项目申报书)', 7, 7],
      ['(二)项目组织', '2.组织管理', 6, 5],
      ['(二)项目组织', '3.项目档案', 2, 2],
    ]);
    expect(codesAt(o)).toEqual([]);
  });
});

describe('考核细则 as counties publish them (blind layout batch L4)', () => {
  it('gives the first of two 分值 after the names to the groups (`项目分值 | 标准分值`), with the score before the rule', () => {
    const o = score(
      workbook(
        sheet(
          '考核表',
          [
            ['考核\n项目', '考核内容和要求', '项目\n分值', '标准\n分值', '得分', '评分标准'],
            ['综\n合\n类', '1、坚持机制创新', '14分', 10, 10, '工作机制健全得10分'],
            [null, '2、重点工作制定实施方案', null, 4, 3, '制定方案得4分'],
          ],
          ['A2:A3', 'C2:C3'],
        ),
      ),
    );
    expect(o.report.tables[0].indicators.map((i) => [i.level1, i.name, i.weight, i.score])).toEqual([
      ['综合类', '1、坚持机制创新', 10, 10],
      ['综合类', '2、重点工作制定实施方案', 4, 3],
    ]);
    expect(codesAt(o)).toEqual(['G3 deduction-reason-missing']);
  });

  it('skips a 小计 row inside a table and reads the last one, nothing after it, as the total', () => {
    const o = score(
      workbook(
        sheet('考核', [
          ['考核项目', '分值', '评分标准', '得分'],
          ['组织机构', 10, '未落实的不得分。', 10],
          ['小计', 10, null, 10],
          ['领导重视', 20, '未落实的不得分。', 20],
          ['小计分值', 30, '小计得分', 28],
        ]),
      ),
    );
    const t = o.report.tables[0];
    expect(t.indicators.map((i) => i.name)).toEqual(['组织机构', '领导重视']);
    expect(t.total).toMatchObject({ weight: 30, score: 30 });
    expect(codesAt(o)).toEqual(['D5 total-mismatch']);
  });

  it('reads 评分方式 as the rule, 落实情况 as the answer and a form’s tick boxes as the option ticked', () => {
    const o = score(
      workbook(
        sheet('考核', [
          ['考核项目', '分值', '评分方式', '落实情况(提供数据)', '考核得分'],
          ['有活动经费保障', 2, '未落实的不得分。', '☑是 □否', null],
          ['制度完善', 1, '未落实的不得分。', '□是 ☑否', null],
          ['按时报送方案', 2, '未落实的不得分。', '☑是 ☑否', null],
          ['有活动方案', 2, '未落实的不得分。', '是☑ 否□', null],
          ['有总结', 2, '未落实的不得分。', '是 ☑否', null],
        ]),
      ),
    );
    expect(indicators(o).map((r) => [r[1], r[5]])).toEqual([
      ['有活动经费保障', 2],
      ['制度完善', 0],
      // both ticked: no answer read
      ['按时报送方案', null],
      // the boxes after their options: the one before the tick (was read as 否)
      ['有活动方案', 2],
      // a box on neither side of one option: no answer read
      ['有总结', null],
    ]);
  });
});

describe('考核细则 and 目标表 of the last blind layout batches (L6–L8)', () => {
  it('reads 分数 as the weight, 考核标准 as the rule and 考核情况 as the answer, 考核标准 yielding to 评分方式', () => {
    const rows = (ruleHeader: string[]) =>
      score(
        workbook(
          sheet('考核', [
            ['考核内容', '分数', ...ruleHeader, '考核情况', '得分'],
            ['会议制度', 4, ...ruleHeader.map(() => '每缺一次扣1分。'), '缺2次', null],
          ]),
        ),
      );
    expect(indicators(rows(['考核标准']))).toEqual([[2, '会议制度', 4, 'perissue', 'scored', 2]]);
    expect(rows(['考核标准', '评分方式']).report.tables[0].indicators[0].score).toBe(2);
  });

  it('names the rows by the column `考核标准` describes when it yields the rule to `评分方式` and the names are groups', () => {
    const form = (groups: boolean) =>
      score(
        workbook(
          sheet(
            '考核',
            [
              ['考核项目', '考核标准', '分值', '评分方式', '落实情况', '考核得分'],
              ['组织机构', '1.成立专门活动组织机构', 1, '未落实的不得分。', '是', null],
              [groups ? null : '经费', '2.有活动经费保障', 2, '未落实的不得分。', '否', null],
            ],
            groups ? ['A2:A3'] : [],
          ),
        ),
      );
    expect(indicators(form(true)).map((r) => [r[1], r[5]])).toEqual([
      ['1.成立专门活动组织机构', 1],
      ['2.有活动经费保障', 0],
    ]);
    expect(form(true).report.tables[0].indicators[0].level1).toBe('组织机构');
    // names row by row: they stay the names
    expect(indicators(form(false)).map((r) => r[1])).toEqual(['组织机构', '经费']);
  });

  it('takes the weights rows state in their names under a 分值 merged over their group', () => {
    const o = score(
      workbook(
        sheet(
          '自评表',
          [
            ['项目', '分值', '考核内容', '扣分标准', '实得分', '备注'],
            ['办案', '20分', '1、按期结案率达95%以上（10分）', '每降1个百分点扣1分', 10, null],
            [null, null, '2、初信办结率达90%以上（10分）', '每降1个百分点扣1分', 8, '两件逾期'],
          ],
          ['A2:A3', 'B2:B3'],
        ),
      ),
    );
    expect(indicators(o).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['1、按期结案率达95%以上', 10, 10],
      ['2、初信办结率达90%以上', 10, 8],
    ]);
    expect(o.report.tables[0].total).toMatchObject({ weight: 20, score: 18 });
  });

  it('divides by 年初预算数 in a block that states no other budget, and keeps a typed score the target cannot check', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          ['项目资金', '年初预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
          ['年度资金总额', 50, 49.9, 10, null, 10],
          [],
          ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          ['文物保护', '加大文物保护,展示文物价值', '程度较高', 15, 15, null],
        ]),
      ),
    );
    const t = o.report.tables[0];
    expect(t.indicators.map((i) => [i.name, i.score, i.status])).toEqual([
      ['预算执行率', 9.98, 'scored'],
      ['文物保护', 15, 'manual'],
    ]);
    expect(codesAt(o)).toEqual(expect.arrayContaining(['F2 score-changed', 'C5 invalid-input']));
  });

  it('reads a 年度指标值 of marks only (`-`) as none: the typed score is the person’s', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          ['三级指标', '指标值(A)', '全年实际值(B)', '分值', '得分', '未完成原因分析及改进措施'],
          ['目标完整性', '-', '目标明确、内容细化', 4, 4, null],
          ['资金到位率', '—', '100%', 10, 9, null],
        ]),
      ),
    );
    expect(indicators(o).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['目标完整性', 'manual', 4],
      ['资金到位率', 'manual', 9],
    ]);
    expect(codesAt(o)).toEqual(['F3 deviation-reason-missing']);
  });
});

describe('Word-converted 考核表 and 自评表 templates (blind layout batches L12–L14)', () => {
  it('reads 考核评比内容 | 分值 | 评分标准 | 督查结果 | 评比得分 with a 汇总 total', () => {
    const o = score(
      workbook(
        sheet('评分细则', [
          ['考核评比\n内    容', '分值', '评分标准', '督查结果', '评比得分'],
          ['私搭乱建治理', 25, '存在私搭乱建行为的,每处扣5分,扣完为止。', '发现私搭乱建2处', 20],
          ['汇总', 25, null, null, 25],
        ]),
      ),
    );
    expect(indicators(o)).toEqual([[2, '私搭乱建治理', 25, 'perissue', 'scored', 15]]);
    expect(codesAt(o)).toEqual(expect.arrayContaining(['E2 score-changed', 'E3 total-mismatch']));
  });

  it('reads `指标1：/` as a template line and a weight before a full stop (`…(2分)。`)', () => {
    const o = score(
      workbook(
        sheet('自评表', [
          ['三级指标', '年度指标值', '实际完成值', '得分'],
          ['2、社区村委会有办公场所和标识(2分)。', '有', '有', 2],
          ['指标1：/', null, null, null],
        ]),
      ),
    );
    expect(indicators(o)).toEqual([[2, '2、社区村委会有办公场所和标识', 2, 'target', 'manual', 2]]);
    expect(codesAt(o)).toEqual([]);
  });
});

describe('a rule spread over grade columns (等级和系数 over A | B | C | D)', () => {
  const grid = (typed: (number | null)[], actual = false) =>
    workbook(
      sheet(
        '评价表',
        [
          [
            '评价项目',
            '等级和系数',
            null,
            null,
            null,
            actual ? '自评等级' : '得分',
            actual ? '得分' : '评价与建议',
          ],
          [null, 'A', 'B', 'C', 'D'],
          ['思想性', 10, 8, 6, 4, actual ? 'B' : typed[0], actual ? null : null],
          ['装帧效果', 5, 4, 3, 2, actual ? 'A' : typed[1], null],
          ['总分', null, null, null, null, actual ? null : 13, null],
        ],
        ['A1:A2', 'B1:E1', 'F1:F2', 'G1:G2'],
      ),
    );

  it('takes the top grade as the weight and keeps the typed scores, asking a reason for each below it', () => {
    const o = score(grid([8, 5]));
    expect(indicators(o)).toEqual([
      [3, '思想性', 10, 'grade', 'manual', 8],
      [4, '装帧效果', 5, 'grade', 'manual', 5],
    ]);
    expect(o.report.tables[0].total).toMatchObject({ weight: 15, score: 13 });
    expect(codesAt(o)).toEqual(['G3 deduction-reason-missing']);
  });

  it('scores a grade answered in an input column from the grade columns', () => {
    const o = score(grid([], true));
    expect(indicators(o)).toEqual([
      [3, '思想性', 10, 'grade', 'scored', 8],
      [4, '装帧效果', 5, 'grade', 'scored', 5],
    ]);
  });
});

describe('a column of points deducted (应得分数 | 扣减分数 | 实得分数)', () => {
  const grid = (rows: CellSpec[][]) =>
    workbook(sheet('考核表', [['考核内容', '扣分标准', '应得分数', '扣减分数', '实得分数'], ...rows]));

  it('scores the weight less the points deducted, replacing a typed 实得 that differs and asking for the reason', () => {
    const o = score(
      grid([
        ['安全教育', '未组织培训的每次扣5分', 25, 10, 15],
        ['安全生产管理', '制度不健全扣5分', 25, 5, 15],
        ['目标管理', '未签订责任书扣10分', 20, 0, 20],
      ]),
    );
    expect(indicators(o)).toEqual([
      [2, '安全教育', 25, 'deduction', 'scored', 15],
      [3, '安全生产管理', 25, 'deduction', 'scored', 20],
      [4, '目标管理', 20, 'deduction', 'scored', 20],
    ]);
    expect(codesAt(o)).toEqual(expect.arrayContaining(['E3 score-changed', 'F2 deduction-reason-missing']));
    // The note column is left for the person's reason, never filled with ours.
    expect(valueAt(o.after, '考核表', 'F2')).toBeNull();
    expect(scoreWorkbook(o.after, { ledger: o.ledger }).patches).toEqual([]);
  });

  it('questions points deducted beyond the weight and leaves the typed score', () => {
    const o = score(grid([['安全教育', '未组织培训的每次扣5分', 25, 30, 0]]));
    expect(codesAt(o)).toContain('D2 invalid-input');
    expect(indicators(o)[0]).toEqual([2, '安全教育', 25, 'perissue', 'manual', 0]);
  });
});

describe('a second name header holding rules', () => {
  const rows = (merged: boolean) =>
    score(
      workbook(
        sheet(
          '考核细则',
          [
            ['序号', '考核项目', '各项分值', '考核指标', '完成情况', '自评得分'],
            [
              '1',
              '完善组织体系',
              5,
              '进一步健全组织体系、责任体系，人员变动时及时调整并向社会公布。',
              '已落实',
              5,
            ],
            ['2', '信息平台建设', 4, '1.推进巡河信息平台建设，得2分。2.实行月通报制度，得2分。', '1', null],
            ['3', '培训和宣传', 4, '1.开展公益宣传，得2分。2.开展进校园宣传活动，得2分。', '全部', null],
            ['4', '考核方案', 2, '7月底前修订完善考核方案。', '已修订', 2],
          ],
          merged ? ['B2:B5'] : [],
        ),
      ),
    );
  it('reads 考核指标 as the rules of the 考核项目 rows when its cells write points and the names are short', () => {
    expect(indicators(rows(false)).map((r) => [r[1], r[5]])).toEqual([
      ['完善组织体系', 5],
      ['信息平台建设', 2],
      ['培训和宣传', 4],
      ['考核方案', 2],
    ]);
  });
  it('keeps groups merged down over their rows as groups, the second header naming the rows', () => {
    const o = rows(true);
    expect(o.report.tables[0].indicators[0].name).toContain('进一步健全组织体系');
    expect(o.report.tables[0].indicators[0].level1).toBe('完善组织体系');
  });
});

describe('a caption merged down the left of a 自评表', () => {
  // (`年度绩效目标完成情况` holds 完成情况, a word of the actual's; it labels the block, the actual is 实际完成值.)
  const o = score(
    workbook(
      sheet(
        '项目绩效自评表',
        [
          [
            '年度绩效目标完成情况',
            '一级指标',
            '二级指标',
            '三级指标',
            '分值',
            '年初目标值',
            '实际完成值',
            '得分',
          ],
          [null, '产出指标', '产出数量', '设备配备率', 10, '100%', '96%', null],
          [null, null, '产出质量', '案件查处率', 10, '≥90%', '92%', null],
        ],
        ['A1:A3'],
      ),
    ),
  );
  it('reads the actual from the 实际完成值 column, not from the caption', () => {
    expect(indicators(o).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['设备配备率', 'scored', 9.6],
      ['案件查处率', 'scored', 10],
    ]);
  });
});
