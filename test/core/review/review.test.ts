/**
 * The reviewer's view of each table (issue 11 §2–4): 单位名称, the score as typed, 执行率, the checks
 * that compare them (each on or off), and the 自评结论 paragraph.
 */
import { scoreWorkbook } from '../../../src/core';
import type { ScoreOutcome, ScoringSettings, TableReport } from '../../../src/core';
import { DEFAULT_CHECKS } from '../../../src/core/settings';
import type { CellSpec } from '../table/gridBuilder';
import { applyPatches, sheet, workbook } from '../table/gridBuilder';
import { RULES, SCORE_HEADER, SELF_HEADER, scoreSheet } from '../table/tableFixtures';

/** A 自评表 with a 预算执行率 block (全年预算数 200, 全年执行数 `executed`) and 90 points of indicators. */
function selfEval(
  executed: number,
  rows: CellSpec[][],
  title = '示例县委编办2023年度部门整体支出绩效自评表',
) {
  return workbook(
    sheet(
      '绩效自评表',
      [
        [title],
        ['年度资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', null, 150, 200, executed, 10],
        SELF_HEADER,
        ...rows,
      ],
      ['A2:B2', 'A3:B3'],
    ),
  );
}
const FULL: CellSpec[][] = [
  ['产出指标', '数量指标', '改革数量', '≥73个', '73个', 50],
  ['效益指标', '社会效益指标', '培训人次', '≥100人次', '100人次', 40],
];
const table = (o: ScoreOutcome): TableReport => o.report.tables[0];
const codes = (o: ScoreOutcome) => table(o).findings.map((f) => `${f.cell} ${f.code}`);
const run = (grid: Parameters<typeof scoreWorkbook>[0], settings: Partial<ScoringSettings> = {}) =>
  scoreWorkbook(grid, { settings });

describe('单位名称', () => {
  it('reads `单位名称：X` in one cell, ignoring what follows on the line', () => {
    const grid = workbook(
      sheet('评分表', [
        ['部门整体支出绩效评价评分表'],
        ['单位名称：示例区委编办      金额单位：万元'],
        SCORE_HEADER,
        ['投入', '预算执行', 3, '预算完成率', 3, RULES.completion, '96%'],
      ]),
    );
    expect(table(run(grid)).unit).toBe('示例区委编办');
  });

  it('reads the label and the next cell, or the unit at the start of the title', () => {
    expect(table(run(selfEval(200, FULL))).unit).toBe('示例县委编办');
    const labelled = selfEval(200, FULL, '部门整体支出绩效自评表');
    labelled.sheets[0].cells.unshift([{ value: '预算单位名称' }, { value: '示例乡人民政府' }]);
    labelled.sheets[0].rowCount++;
    // The merges move down with the rows.
    labelled.sheets[0].merges = labelled.sheets[0].merges.map((m) => ({
      ...m,
      top: m.top + 1,
      bottom: m.bottom + 1,
    }));
    expect(table(run(labelled)).unit).toBe('示例乡人民政府');
  });

  it('takes it from another sheet when the table names none, else null', () => {
    const plain = scoreSheet([['投入', '预算执行', 3, '预算完成率', 3, RULES.completion, '96%']]);
    expect(table(run(workbook(plain))).unit).toBeNull();
    const data = sheet('基础数据表', [['基础数据表'], ['单位名称', '示例区委编办']]);
    expect(table(run(workbook(data, plain))).unit).toBe('示例区委编办');
  });
});

describe('the score as typed', () => {
  it('is the total row’s 得分, or the sum when every row has a typed score, else null', () => {
    const typedTotal = scoreSheet([
      ['投入', '预算执行', 3, '预算完成率', 3, RULES.completion, '92%', 3],
      ['合计', null, 3, null, 3, null, null, 2.9],
    ]);
    expect(table(run(workbook(typedTotal))).typedScore).toBe(2.9);
    const perRow = scoreSheet([
      ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '92%', 2.5],
      [null, null, null, '在职人员控制率', 2, RULES.staff, '100%', 2],
    ]);
    expect(table(run(workbook(perRow))).typedScore).toBe(4.5);
    const partly = scoreSheet([
      ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '92%', 2.5],
      [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
    ]);
    expect(table(run(workbook(partly))).typedScore).toBeNull();
  });

  it('does not count the numbers we wrote on an earlier run', () => {
    const grid = workbook(
      scoreSheet([
        ['投入', '预算执行', 3, '预算完成率', 3, RULES.completion, '92%'],
        ['合计', null, 3, null, 3],
      ]),
    );
    const first = scoreWorkbook(grid);
    expect(table(first).typedScore).toBeNull();
    const second = scoreWorkbook(applyPatches(grid, first.patches), { ledger: first.ledger });
    expect(table(second).typedScore).toBeNull();
  });
});

describe('执行率 and the reviewer checks', () => {
  it('reads 执行率 from the 预算执行率 block', () => {
    expect(table(run(selfEval(197.28, FULL))).executionRate).toBe(98.64);
  });

  it('reads 执行率 from an indicator named 预算执行率', () => {
    const grid = workbook(
      scoreSheet([['过程', '预算执行', 10, '预算执行率', 10, '得分=预算执行率×分值', '85%']]),
    );
    expect(table(run(grid)).executionRate).toBe(85);
  });

  it('flags a 得分率 more than 5 points from the 执行率, and not when switched off', () => {
    // 执行率 80% → 8 points of the block, 90 of the indicators: 98 points, 18 above the rate.
    const o = run(selfEval(160, FULL));
    expect(table(o).total.score).toBe(98);
    const f = table(o).findings.find((x) => x.code === 'rate-score-deviation');
    expect(f).toMatchObject({ cell: 'G4', severity: 'warning' });
    expect(f?.message).toContain('98%');
    expect(f?.message).toContain('80%');
    expect(f?.message).toContain('18个百分点');
    expect(codes(run(selfEval(160, FULL), { checks: { ...DEFAULT_CHECKS, rateDeviation: false } }))).toEqual(
      [],
    );
    // Within 5 points: 执行率 95% → 99.5 points, 4.5 apart.
    expect(codes(run(selfEval(190, FULL)))).toEqual([]);
  });

  it('caps the total by 执行率 when a regional table says so (none by default)', () => {
    const checks = { ...DEFAULT_CHECKS, rateDeviation: false, caps: [{ from: 70, to: 90, maxTotal: 89 }] };
    expect(codes(run(selfEval(160, FULL), { checks }))).toEqual(['G4 total-over-cap']);
    expect(table(run(selfEval(160, FULL), { checks })).findings[0].message).toContain('不得高于89分');
    expect(codes(run(selfEval(190, FULL), { checks }))).toEqual([]);
    expect(codes(run(selfEval(160, FULL), { checks: { ...checks, caps: [] } }))).toEqual([]);
  });

  it('reports over-achievement without a reason only while that check is on', () => {
    const rows: CellSpec[][] = [
      ['产出指标', '数量指标', '培训人次', '≥100人次', '140人次', 50],
      ['效益指标', '社会效益指标', '改革数量', '≥73个', '73个', 40],
    ];
    expect(codes(run(selfEval(200, rows)))).toContain('H5 overachievement-reason-missing');
    const off = run(selfEval(200, rows), { checks: { ...DEFAULT_CHECKS, overachievement: false } });
    expect(codes(off)).not.toContain('H5 overachievement-reason-missing');
  });
});

describe('自评结论', () => {
  it('gives total, score and grade, then each 一级指标 with its deduction and reasons', () => {
    const grid = workbook(
      scoreSheet(
        [
          ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, '92%'],
          [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
          ['产出', '职责履行', 95, '实施效益', 95, RULES.manual, null, 90, '个性化指标未完全达成，扣5分。'],
        ],
        ['A3:A4', 'B3:B4', 'C3:C4'],
      ),
    );
    const text = table(run(grid)).conclusion;
    expect(text).toBe(
      '部门整体绩效总分100分，自评得分94.4分，评价等级为“优”。其中：' +
        '（1）投入：总分5分，得分4.4分，扣0.6分，主要原因是“预算完成率”扣0.6分（预算完成率92.00%，低于95%标准3.00个百分点）；' +
        '（2）产出：总分95分，得分90分，扣5分，主要原因是“实施效益”扣5分（个性化指标未完全达成，扣5分）。',
    );
  });

  it('says 暂定 and names the unscored indicators, with no grade', () => {
    const grid = workbook(
      scoreSheet([
        ['投入', '预算执行', 5, '预算完成率', 3, RULES.completion, null],
        [null, null, null, '在职人员控制率', 2, RULES.staff, '100%'],
      ]),
    );
    const text = table(run(grid)).conclusion;
    expect(text).toMatch(/^部门整体绩效总分5分，自评得分2分（暂定：“预算完成率”尚未评分），暂不评定等级。/);
    expect(text).toContain('（1）投入：总分5分，得分2分，扣3分');
    expect(text).toContain('“预算完成率”尚未评分。');
  });

  it('names the unit and says 得满分 for a level without deductions', () => {
    const text = table(run(selfEval(200, FULL))).conclusion;
    expect(text.startsWith('示例县委编办部门整体绩效总分100分，自评得分100分，评价等级为“优”。')).toBe(true);
    expect(text).toContain('（2）产出指标：总分50分，得分50分，得满分');
  });

  it('gives the reasons of the whole table when it has no 一级指标 column', () => {
    const grid = workbook(
      sheet('评分表', [
        ['指标名称', '分值', '评分标准', '实际值', '得分'],
        ['预算完成率', 3, RULES.completion, '92%'],
        ['在职人员控制率', 2, RULES.staff, '100%'],
      ]),
    );
    expect(table(run(grid)).conclusion).toBe(
      '绩效自评总分5分，自评得分4.4分，评价等级为“良”。扣0.6分，主要原因是“预算完成率”扣0.6分（预算完成率92.00%，低于95%标准3.00个百分点）。',
    );
  });
});
