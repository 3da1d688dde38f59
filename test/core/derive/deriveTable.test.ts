/**
 * Blank inputs worked out from the 指标解释 and the 基础数据表 (issue 11 §1): the score, the note with
 * the arithmetic, `derived` in the report, nothing written unless the setting asks, and no guess
 * where a quantity is missing or found twice.
 */
import { scoreWorkbook } from '../../../src/core';
import type { ScoreOutcome, WorkbookGrid } from '../../../src/core';
import type { SheetGrid } from '../../../src/core/grid';
import { applyPatches, sheet, valueAt, workbook } from '../table/gridBuilder';
import type { CellSpec } from '../table/gridBuilder';

const DEF = {
  staff: '部门本年度实际在职人员数与编制数的比率。\n在职人员控制率=（在职人员数/编制数）×100%。',
  control: '“三公经费”控制率=（“三公经费”实际支出数/“三公经费”预算安排数）×100%。',
  change:
    '“三公经费”变动率=[（本年度“三公经费”决算数-上年度“三公经费”决算数）/上年度“三公经费”决算数]×100%。',
  common: '公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。',
  purchase: '政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。',
};
const RULE = {
  staff: '在职人员控制率≤100%，得2分；\n每超过一个百分点扣0.5分，扣完为止。',
  control: '“三公经费”控制率≤100%，得1分；\n每超过5%，扣0.5分，扣完为止。',
  change: '“三公经费”变动率≤0，得1分；\n每超过一个百分点扣0.5分，扣完为止。',
  common: '公用经费控制率≤100%，得2分；\n每超过5%，扣1分，扣完为止。',
  purchase: '政府采购执行率=100%，得2分；\n每超过（降低）5%，扣1分，扣完为止。',
};

/** 评分表: A 一级 | B 三级指标 | C 分值 | D 指标解释 | E 评分标准 | F 实际值 | G 得分 | H 扣分原因 (header row 2). */
function scoreSheet(rows: CellSpec[][], above: CellSpec[][] = []): SheetGrid {
  return sheet('评分表', [
    ...above,
    ['部门整体支出绩效评价评分表'],
    ['一级指标', '三级指标', '分值', '指标解释', '评分标准', '实际值', '得分', '扣分原因'],
    ...rows,
  ]);
}

const DATA = sheet('基础数据表', [
  ['部门整体支出绩效评价基础数据表'],
  ['单位名称', '示例区委编办'],
  ['财政供养人员情况', '编制数', '实际在职人数'],
  [null, 45, 43],
  ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
  ['三公经费', 0.64, 1.5, 0.68],
  ['公用经费', 40.76, 48.58, 48.41],
  ['政府采购金额', 7.5, 9],
]);

const ROWS: CellSpec[][] = [
  ['投入', '在职人员控制率', 2, DEF.staff, RULE.staff, null],
  [null, '“三公经费”控制率', 1, DEF.control, RULE.control, null],
  [null, '“三公经费”变动率', 1, DEF.change, RULE.change, null],
  [null, '公用经费控制率', 2, DEF.common, RULE.common, '103%'],
  [null, '政府采购执行率', 2, DEF.purchase, RULE.purchase, null],
];

const run = (grid: WorkbookGrid, settings = {}): ScoreOutcome & { after: WorkbookGrid } => {
  const outcome = scoreWorkbook(grid, { settings });
  return { ...outcome, after: applyPatches(grid, outcome.patches) };
};
const ind = (o: ScoreOutcome, name: string) => o.report.tables[0].indicators.find((i) => i.name === name)!;
const findingsAt = (o: ScoreOutcome, cell: string) =>
  o.report.tables[0].findings.filter((f) => f.cell === cell).map((f) => f.code);

describe('inputs from the 基础数据表', () => {
  const grid = workbook(DATA, scoreSheet(ROWS));
  const o = run(grid);

  it('scores a blank input from its definition and the data table', () => {
    expect(ind(o, '在职人员控制率')).toMatchObject({ score: 2, status: 'scored' });
    expect(ind(o, '“三公经费”控制率')).toMatchObject({ score: 1, status: 'scored' });
    expect(ind(o, '“三公经费”变动率')).toMatchObject({ score: 0, status: 'scored' });
    expect(findingsAt(o, 'F3')).toEqual([]);
  });

  it('shows the arithmetic and where each number came from', () => {
    const staff = ind(o, '在职人员控制率');
    expect(staff.note).toMatch(/^在职人员控制率=43\/45=95\.56%（取自基础数据表C4、B4）；/);
    expect(staff.derived).toEqual({
      formula: '在职人员控制率=(在职人员数/编制数)×100%',
      values: [
        { name: '在职人员数', value: 43, cell: '基础数据表!C4' },
        { name: '编制数', value: 45, cell: '基础数据表!B4' },
      ],
      result: '95.56%',
    });
    expect(ind(o, '“三公经费”变动率').note).toMatch(
      /^三公经费变动率=\(0\.68-0\.64\)\/0\.64=6\.25%（取自基础数据表D6、B6）/,
    );
    expect(ind(o, '“三公经费”控制率').note).toMatch(/=0\.68\/1\.5=45\.33%/);
  });

  it('writes the derivation into the note cell even at full marks, and leaves the input cell blank', () => {
    expect(valueAt(o.after, '评分表', 'H3')).toBe(ind(o, '在职人员控制率').note);
    expect(valueAt(o.after, '评分表', 'F3') ?? null).toBeNull();
    expect(o.patches.filter((p) => p.role === 'input')).toEqual([]);
  });

  it('leaves a typed input alone', () => {
    const common = ind(o, '公用经费控制率');
    expect(common.input).toBe('103%');
    expect(common.derived).toBeUndefined();
  });

  it('keeps a row missing when a quantity is not in the data, and says which', () => {
    expect(ind(o, '政府采购执行率')).toMatchObject({ score: null, status: 'missing-input' });
    const f = o.report.tables[0].findings.find((x) => x.cell === 'F7')!;
    expect(f.code).toBe('missing-input');
    expect(f.message).toContain('“实际政府采购金额”');
    expect(f.message).not.toContain('“政府采购预算数”');
  });

  it('is stable: a second run over the result changes nothing', () => {
    const second = scoreWorkbook(o.after, { ledger: o.ledger });
    expect(second.patches).toEqual([]);
    expect(second.report).toEqual(o.report);
  });
});

describe('writing derived inputs (setting)', () => {
  const grid = workbook(DATA, scoreSheet(ROWS.slice(0, 1)));

  it('writes the number into the blank cell, as points without a % format and as a fraction with one', () => {
    const o = run(grid, { writeDerivedInputs: true });
    expect(valueAt(o.after, '评分表', 'F3')).toBe(95.56);
    const formatted = workbook(
      DATA,
      scoreSheet([['投入', '在职人员控制率', 2, DEF.staff, RULE.staff, { v: null, fmt: '0.00%' }]]),
    );
    expect(valueAt(run(formatted, { writeDerivedInputs: true }).after, '评分表', 'F3')).toBe(0.9556);
  });

  it('still treats the written number as derived on the next run, and takes it back when the setting is off', () => {
    const first = run(grid, { writeDerivedInputs: true });
    const again = scoreWorkbook(first.after, {
      ledger: first.ledger,
      settings: { writeDerivedInputs: true },
    });
    expect(again.patches).toEqual([]);
    expect(again.report.tables[0].indicators[0].derived).toBeDefined();
    const off = run(first.after, {});
    const offAgain = scoreWorkbook(first.after, { ledger: first.ledger });
    expect(off.report.tables[0].indicators[0].input).toBe('95.56%');
    expect(offAgain.patches).toContainEqual(expect.objectContaining({ role: 'input', value: null }));
  });
});

describe('finding the numbers', () => {
  it('finds a labelled block on the scoring sheet itself (label, then the number to its right)', () => {
    const grid = workbook(scoreSheet(ROWS.slice(0, 1), [['编制数：', 20, null, '实际在职人数：', 21], []]));
    const o = run(grid);
    expect(ind(o, '在职人员控制率')).toMatchObject({ score: 0, status: 'scored' });
    expect(ind(o, '在职人员控制率').note).toMatch(/=21\/20=105\.00%（取自评分表E1、B1）/);
  });

  it('reports two different candidates as ambiguous and guesses nothing', () => {
    const other = sheet('人员情况', [['核定编制数', 46]]);
    const o = run(workbook(DATA, other, scoreSheet(ROWS.slice(0, 1))));
    const staff = ind(o, '在职人员控制率');
    expect(staff).toMatchObject({ score: null, status: 'missing-input' });
    expect(staff.derived).toBeUndefined();
    const ambiguous = o.report.tables[0].findings.find((f) => f.code === 'ambiguous-input')!;
    expect(ambiguous).toMatchObject({ cell: 'F3', severity: 'warning' });
    expect(ambiguous.message).toContain('基础数据表!B4');
    expect(ambiguous.message).toContain('人员情况!B1');
    expect(findingsAt(o, 'F3')).toContain('missing-input');
  });

  it('takes the same number found twice as one', () => {
    const other = sheet('人员情况', [['核定编制数', 45]]);
    const o = run(workbook(DATA, other, scoreSheet(ROWS.slice(0, 1))));
    expect(ind(o, '在职人员控制率')).toMatchObject({ score: 2, status: 'scored' });
  });

  it('does not read numbers inside the scoring table as data', () => {
    // The 分值 column holds a 2 beside a 三级 name; nothing in the table is a 编制数.
    const o = run(workbook(scoreSheet(ROWS.slice(0, 1))));
    expect(ind(o, '在职人员控制率').status).toBe('missing-input');
  });

  it('says so when the formula divides by zero', () => {
    const zero = sheet('基础数据表', [
      ['编制数', '实际在职人数'],
      [0, 3],
    ]);
    const o = run(workbook(zero, scoreSheet(ROWS.slice(0, 1))));
    expect(o.report.tables[0].findings.find((f) => f.cell === 'F3')?.message).toContain('除数为0');
  });

  it('drops a derived number the rule cannot read (it asks for items) and leaves the row missing', () => {
    const checklist = '①在职人员控制在编制内，得1分；②人员信息及时更新，得1分。';
    const o = run(workbook(DATA, scoreSheet([['投入', '在职人员控制率', 2, DEF.staff, checklist, null]])));
    expect(ind(o, '在职人员控制率')).toMatchObject({ status: 'missing-input', score: null });
    expect(ind(o, '在职人员控制率').derived).toBeUndefined();
    expect(findingsAt(o, 'F3')).toEqual(['missing-input']);
  });
});
