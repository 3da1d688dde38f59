// The Office adapter over the in-memory Excel: where scores and marks land, undo, clearing marks,
// selection and settings.
import * as core from '../../src/core';
import { LEDGER_NAMESPACE, a1, parseA1 } from '../../src/core';
import type { WorkbookGrid } from '../../src/core/grid';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import type { FakeExcelOptions } from '../../src/hosts/office/fakeExcel';
import { SETTINGS_KEY } from '../../src/hosts/office/officeHost';
import { readExpected } from '../sharedDir';
import { fillsOf, gridOf, hostOver, hunan, ledgerProperties, scoringTable } from './helpers';

/** A 30-row table with the things undo must put back: a SUM formula, a text-stored number, a person's fill. */
function tableWithHistory(): { grid: WorkbookGrid; options: FakeExcelOptions } {
  const grid = scoringTable(30);
  const cells = grid.sheets[0].cells;
  cells[4][6] = { value: '2.5' }; // G5: a score typed as text
  cells[11][5] = { value: null, fill: '#DDEBF7' }; // F12: empty input the person had coloured
  cells[32][6] = { value: 57, formula: true }; // G33: total row
  return {
    grid,
    options: { formulas: { '评分表!G33': '=SUM(G3:G32)' }, customProperties: { author: '财务科' } },
  };
}

/** The real core, plus one extra patch writing `value` over `address` of 评分表. */
function coreWritingOver(address: string, value: core.CellValue) {
  const { row, col } = parseA1(address);
  return {
    ...core,
    scoreWorkbook: (g: WorkbookGrid, o: core.ScoreOptions) => {
      const out = core.scoreWorkbook(g, o);
      return {
        ...out,
        patches: [...out.patches, { sheet: '评分表', row, col, role: 'total' as const, value }],
      };
    },
  };
}

function valueAt(grid: WorkbookGrid, address: string): unknown {
  const { row, col } = parseA1(address);
  return grid.sheets[0].cells[row - 1]?.[col - 1]?.value ?? null;
}

describe('OfficeScoringHost over the Excel fake', () => {
  it('writes every score, note and mark the core computes on the hunan fixture, and the ledger as one XML part', async () => {
    const grid = await hunan();
    const excel = new FakeExcel(grid, { customProperties: { author: '财务科' } });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);

    const direct = core.scoreWorkbook(grid, { settings: DEFAULT_SETTINGS });
    expect(direct.patches.length).toBeGreaterThan(10);
    for (const p of direct.patches) {
      const at = a1(p.row, p.col);
      if (p.value !== undefined)
        expect({ at, value: excel.valueAt(p.sheet, at) }).toEqual({ at, value: p.value });
      if (p.fill !== undefined) expect({ at, fill: excel.fillAt(p.sheet, at) }).toEqual({ at, fill: p.fill });
    }
    const expected = readExpected('hunan-dept-overall');
    const table = run.report.tables.find((t) => t.sheet === expected.tables[0].sheet)!;
    for (const want of expected.tables[0].indicators.filter((i) => i.score !== null)) {
      const indicator = table.indicators.find((i) => i.row === want.row)!;
      expect({ row: want.row, score: excel.valueAt(table.sheet, indicator.scoreCell) }).toEqual({
        row: want.row,
        score: want.score,
      });
    }
    const { customProperties, customXmlParts } = excel.snapshot();
    expect(customProperties).toEqual({ author: '财务科' });
    expect(ledgerProperties(excel)).toEqual([]);
    expect(customXmlParts).toEqual([core.ledgerToXml(direct.ledger)]);
    expect(customXmlParts[0]).toContain(LEDGER_NAMESPACE);
  });

  it('scores a 30-row table in at most 3 syncs', async () => {
    const excel = new FakeExcel(scoringTable(30));
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.stats.syncs).toBeLessThanOrEqual(3);
    expect(excel.syncCount).toBe(run.stats.syncs);
    expect(run.report.tables[0].indicators).toHaveLength(30);
    expect(run.stats.cellsWritten).toBeGreaterThanOrEqual(30);
  });

  it('undo puts back every touched value, formula and fill and the ledger exactly', async () => {
    const { grid, options } = tableWithHistory();
    const excel = new FakeExcel(grid, options);
    const before = excel.snapshot();
    // Whatever the core decides about totals, make this run write over the SUM formula too.
    const host = hostOver(excel, { core: coreWritingOver('G33', 99) });

    await host.score(DEFAULT_SETTINGS);
    expect(excel.valueAt('评分表', 'G5')).not.toBe('2.5');
    expect(excel.formulaAt('评分表', 'G33')).toBeNull();
    expect(excel.fillAt('评分表', 'F12')).toBe('#FFEB9C');
    expect(excel.snapshot()).not.toEqual(before);

    expect(await host.undo()).toEqual({ kept: [], missingSheets: [] });
    expect(excel.snapshot()).toEqual(before);
    expect(excel.valueAt('评分表', 'G5')).toBe('2.5');
    expect(excel.formulaAt('评分表', 'G33')).toBe('=SUM(G3:G32)');
    expect(await host.undo()).toBeNull();
  });

  it("undo writes text typed as '=… back as text, not as a formula", async () => {
    const grid = scoringTable(30);
    grid.sheets[0].cells[32][7] = { value: '=见附表' }; // H33, typed as '=见附表
    const excel = new FakeExcel(grid);
    const host = hostOver(excel, { core: coreWritingOver('H33', '合计说明') });
    await host.score(DEFAULT_SETTINGS);
    expect(excel.valueAt('评分表', 'H33')).toBe('合计说明');
    await host.undo();
    expect(excel.formulaAt('评分表', 'H33')).toBeNull();
    expect(excel.valueAt('评分表', 'H33')).toBe('=见附表');
  });

  it('undo keeps and lists the cells the person changed after 评分, and restores the rest', async () => {
    const { grid, options } = tableWithHistory();
    const excel = new FakeExcel(grid, options);
    const before = excel.snapshot();
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    const scoredG3 = excel.valueAt('评分表', 'G3');
    excel.type('评分表', 'G3', 1.5); // the person corrects a score
    excel.paint('评分表', 'F12', '#00B050'); // and recolours a marked cell

    const outcome = await host.undo();
    expect(outcome).toEqual({
      kept: [
        { sheet: '评分表', address: 'F12' },
        { sheet: '评分表', address: 'G3' },
      ],
      missingSheets: [],
    });
    expect(excel.valueAt('评分表', 'G3')).toBe(1.5);
    expect(excel.fillAt('评分表', 'F12')).toBe('#00B050');
    expect(scoredG3).not.toBe(1.5);
    // Everything else is as before the run.
    const now = excel.snapshot();
    expect(valueAt(now.grid, 'G5')).toBe('2.5');
    expect(valueAt(now.grid, 'G4')).toBe(valueAt(before.grid, 'G4'));
    expect(now.customXmlParts).toEqual(before.customXmlParts);
  });

  it('undo follows a renamed sheet and says which sheet was deleted', async () => {
    const excel = new FakeExcel(scoringTable(30));
    const before = excel.snapshot();
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    excel.renameSheet('评分表', '2024自评');
    expect(await host.undo()).toEqual({ kept: [], missingSheets: [] });
    const renamedBack = excel.snapshot();
    renamedBack.grid.sheets[0].name = '评分表';
    expect(renamedBack).toEqual(before);

    await host.score(DEFAULT_SETTINGS);
    excel.deleteSheet('2024自评');
    expect(await host.undo()).toEqual({ kept: [], missingSheets: ['2024自评'] });
  });

  it('a second run that changes nothing writes nothing, and undo still goes back to before the first', async () => {
    const excel = new FakeExcel(await hunan(), { customProperties: { author: '财务科' } });
    const before = excel.snapshot();
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    const once = excel.snapshot();
    const second = await host.score(DEFAULT_SETTINGS);
    expect(excel.snapshot()).toEqual(once);
    expect(second.stats.cellsWritten).toBe(0);
    expect(second.stats.syncs).toBe(2);
    expect(await host.undo()).toEqual({ kept: [], missingSheets: [] });
    expect(excel.snapshot()).toEqual(before);
  });

  it('clearMarks gives "no fill" back as no fill, a white fill as white, and keeps the scores', async () => {
    const { grid, options } = tableWithHistory();
    grid.sheets[0].cells[12][5] = { value: null, fill: '#FFFFFF' }; // F13: an empty input filled white
    const excel = new FakeExcel(grid, options);
    const fillsBefore = fillsOf(excel.snapshot().grid);
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    const scored = excel.snapshot().grid;
    expect(excel.fillAt('评分表', 'F22')).toBe('#FFEB9C'); // F22: an empty input without fill, now marked
    expect(excel.fillAt('评分表', 'F13')).toBe('#FFEB9C');

    const outcome = await host.clearMarks();
    expect(excel.fillAt('评分表', 'F22')).toBeNull();
    expect(excel.fillAt('评分表', 'F13')).toBe('#FFFFFF');
    expect(excel.fillAt('评分表', 'F12')).toBe('#DDEBF7');
    expect(fillsOf(excel.snapshot().grid)).toEqual(fillsBefore);
    expect(excel.valueAt('评分表', 'G3')).toBe(valueAt(scored, 'G3'));
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');
    expect(outcome).toEqual({ kept: [], missingSheets: [] });
  });

  it('clearMarks keeps and lists a mark the person recoloured and names a sheet that is gone', async () => {
    const grid = scoringTable(30);
    grid.sheets.push({ ...scoringTable(10).sheets[0], name: '评分表2' });
    const excel = new FakeExcel(grid);
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    excel.paint('评分表', 'F12', '#00B050');
    excel.renameSheet('评分表2', '旧表');
    const outcome = await host.clearMarks();
    expect(outcome).toEqual({ kept: [{ sheet: '评分表', address: 'F12' }], missingSheets: ['评分表2'] });
    expect(excel.fillAt('评分表', 'F12')).toBe('#00B050');
    expect(excel.fillAt('评分表', 'F22')).toBeNull();
  });

  it('waits for the person to leave cell edit mode, or says so where Excel cannot wait', async () => {
    const excel = new FakeExcel(scoringTable(30));
    excel.enterEditMode();
    const pending = hostOver(excel).score(DEFAULT_SETTINGS);
    await new Promise((r) => setTimeout(r, 10));
    expect(excel.valueAt('评分表', 'G3')).toBeNull();
    excel.exitEditMode();
    await pending;
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');

    const old = new FakeExcel(scoringTable(30), { delayForCellEdit: false });
    const before = old.snapshot();
    old.enterEditMode();
    const error = await hostOver(old)
      .score(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'cell-edit',
      message: expect.stringContaining('编辑'),
      english: expect.stringContaining('editing'),
    });
    expect(old.snapshot()).toEqual(before);
  });

  it('says when the workbook has no scoring table', async () => {
    const data = () =>
      gridOf({
        数据: [
          ['日期', '金额'],
          ['2024-01-01', 5],
        ],
      });
    const excel = new FakeExcel(data());
    const error = await hostOver(excel)
      .score(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'no-table',
      message: expect.stringContaining('评分表'),
      english: expect.stringContaining('No scoring table'),
    });
    expect(excel.snapshot()).toEqual(new FakeExcel(data()).snapshot());
  });

  it('reads workbooks with more sheets than one batch holds', async () => {
    const grid = gridOf({ 说明: [['说明']], 数据1: [['x']], 数据2: [['y']], 数据3: [['z']] });
    grid.sheets.push({ ...scoringTable(30).sheets[0] });
    const excel = new FakeExcel(grid);
    const run = await hostOver(excel, { sheetsPerSync: 2 }).score(DEFAULT_SETTINGS);
    expect(run.report.tables.map((t) => t.sheet)).toEqual(['评分表']);
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');
  });

  it('selects a finding cell on its sheet', async () => {
    const excel = new FakeExcel(gridOf({ 封面: [['x']], 评分表: [['y']] }));
    await hostOver(excel).select('评分表', 'H15');
    expect(excel.activeSheet).toBe('评分表');
    expect(excel.selection).toEqual({ sheet: '评分表', address: 'H15' });
  });

  it('keeps settings with the document and falls back to the defaults', async () => {
    const excel = new FakeExcel(gridOf({ 评分表: [['x']] }), { settings: { [SETTINGS_KEY]: '{not json' } });
    const host = hostOver(excel);
    expect(host.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = {
      decimals: 1,
      steps: 'ceil' as const,
      grades: { excellent: 85, good: 75, pass: 60 },
      writeDerivedInputs: true,
      checks: {
        ...DEFAULT_SETTINGS.checks,
        rateDeviation: false,
        caps: [{ from: 70, to: 80, maxTotal: 89 }],
      },
    };
    await host.saveSettings(mine);
    expect(excel.settingsSaves).toBe(1);
    expect(hostOver(excel).loadSettings()).toEqual(mine);
  });
});
