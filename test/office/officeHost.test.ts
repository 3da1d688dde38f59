// The Office adapter over the in-memory Excel: where scores and marks land, how many syncs a run costs,
// undo, clearing marks, and what the person sees when Excel refuses.
import * as fs from 'fs';
import * as path from 'path';
import * as core from '../../src/core';
import { a1, parseA1 } from '../../src/core/grid';
import type { WorkbookGrid } from '../../src/core/grid';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import type { FakeExcelOptions } from '../../src/hosts/office/fakeExcel';
import { HostError } from '../../src/hosts/office/host';
import { OfficeScoringHost, SETTINGS_KEY } from '../../src/hosts/office/officeHost';
import type { OfficeHostOptions } from '../../src/hosts/office/officeHost';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES_DIR, readExpected } from '../sharedDir';
import { gridOf, scoringTable } from './helpers';

const FIXTURES = FIXTURES_DIR;

function hostOver(excel: FakeExcel, options: OfficeHostOptions = {}): OfficeScoringHost {
  return new OfficeScoringHost({
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    settings: excel.settings,
    ...options,
  });
}

async function hunan(): Promise<{ grid: WorkbookGrid; customProperties: Record<string, string> }> {
  const doc = await readXlsx(fs.readFileSync(path.join(FIXTURES, 'hunan-dept-overall.xlsx')));
  return { grid: doc.grid, customProperties: doc.customProperties };
}

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

describe('OfficeScoringHost over the Excel fake', () => {
  it('writes every score, note and mark the core computes on the hunan fixture into its cell', async () => {
    const { grid, customProperties } = await hunan();
    const excel = new FakeExcel(grid, { customProperties });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);

    const direct = core.scoreWorkbook(grid, { settings: DEFAULT_SETTINGS });
    expect(direct.patches.length).toBeGreaterThan(10);
    for (const p of direct.patches) {
      const at = a1(p.row, p.col);
      if (p.value !== undefined)
        expect({ at, value: excel.valueAt(p.sheet, at) }).toEqual({ at, value: p.value });
      if (p.fill !== undefined) expect({ at, fill: excel.fillAt(p.sheet, at) }).toEqual({ at, fill: p.fill });
    }
    // The fixture's expected scores, read from the cells the report points at.
    const expected = readExpected('hunan-dept-overall');
    const table = run.report.tables.find((t) => t.sheet === expected.tables[0].sheet)!;
    for (const want of expected.tables[0].indicators.filter((i) => i.score !== null)) {
      const indicator = table.indicators.find((i) => i.row === want.row)!;
      expect({ row: want.row, score: excel.valueAt(table.sheet, indicator.scoreCell) }).toEqual({
        row: want.row,
        score: want.score,
      });
    }
    expect(Object.keys(excel.snapshot().customProperties).some((k) => k.startsWith('jixiao.ledger.'))).toBe(
      true,
    );
    expect(excel.snapshot().customProperties).toMatchObject(customProperties);
  });

  it.each([30, 3000])('scores a %i-row table in at most 2 syncs', async (rows) => {
    const excel = new FakeExcel(scoringTable(rows));
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.stats.syncs).toBeLessThanOrEqual(2);
    expect(excel.syncCount).toBe(run.stats.syncs);
    expect(run.report.tables[0].indicators).toHaveLength(rows);
    expect(run.stats.cellsWritten).toBeGreaterThanOrEqual(rows);
  });

  it('undo puts back every touched value, formula and fill and the custom properties exactly', async () => {
    const { grid, options } = tableWithHistory();
    const excel = new FakeExcel(grid, options);
    const before = excel.snapshot();
    // Whatever the core decides about totals, make this run write over the SUM formula too.
    const host = hostOver(excel, {
      core: {
        ...core,
        scoreWorkbook: (g, o) => {
          const out = core.scoreWorkbook(g, o);
          return {
            ...out,
            patches: [...out.patches, { sheet: '评分表', row: 33, col: 7, role: 'total', value: 99 }],
          };
        },
      },
    });

    await host.score(DEFAULT_SETTINGS);
    // The run did touch what undo has to restore.
    expect(excel.valueAt('评分表', 'G5')).not.toBe('2.5');
    expect(excel.formulaAt('评分表', 'G33')).toBeNull();
    expect(excel.fillAt('评分表', 'F12')).toBe('#FFEB9C');
    expect(excel.snapshot()).not.toEqual(before);

    expect(await host.undo()).toBe(true);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.valueAt('评分表', 'G5')).toBe('2.5');
    expect(excel.formulaAt('评分表', 'G33')).toBe('=SUM(G3:G32)');
    expect(await host.undo()).toBe(false);
  });

  it('a second run that changes nothing writes nothing, and undo still goes back to before the first', async () => {
    const { grid, customProperties } = await hunan();
    const excel = new FakeExcel(grid, { customProperties });
    const before = excel.snapshot();
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    const once = excel.snapshot();
    const second = await host.score(DEFAULT_SETTINGS);
    expect(excel.snapshot()).toEqual(once);
    expect(second.stats.cellsWritten).toBe(0);
    expect(second.stats.syncs).toBe(1);
    expect(await host.undo()).toBe(true);
    expect(excel.snapshot()).toEqual(before);
  });

  it('clearMarks restores the fills from before the marks and keeps the scores', async () => {
    const { grid, options } = tableWithHistory();
    const excel = new FakeExcel(grid, options);
    const fillsBefore = fillsOf(excel.snapshot().grid);
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    const scored = excel.snapshot().grid;
    expect(fillsOf(scored)).not.toEqual(fillsBefore);

    await host.clearMarks();
    expect(fillsOf(excel.snapshot().grid)).toEqual(fillsBefore);
    expect(excel.fillAt('评分表', 'F12')).toBe('#DDEBF7');
    expect(excel.valueAt('评分表', 'G3')).toBe(valueAt(scored, 'G3'));
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');
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
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: 'cell-edit',
      message: expect.stringContaining('编辑'),
      english: expect.stringContaining('editing'),
    });
    expect(old.snapshot()).toEqual(before);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const excel = new FakeExcel(scoringTable(30), { protectedSheets: ['评分表'] });
    const before = excel.snapshot();
    const error = await hostOver(excel)
      .score(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'protected',
      message: expect.stringContaining('评分表'),
      english: expect.stringContaining('protected'),
    });
    expect(excel.snapshot()).toEqual(before);
    expect(excel.syncCount).toBe(1);
  });

  it('says when the workbook has no scoring table', async () => {
    const excel = new FakeExcel(
      gridOf({
        数据: [
          ['日期', '金额'],
          ['2024-01-01', 5],
        ],
      }),
    );
    const error = await hostOver(excel)
      .score(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'no-table',
      message: expect.stringContaining('评分表'),
      english: expect.stringContaining('No scoring table'),
    });
    expect(excel.snapshot()).toEqual(
      new FakeExcel(
        gridOf({
          数据: [
            ['日期', '金额'],
            ['2024-01-01', 5],
          ],
        }),
      ).snapshot(),
    );
  });

  it.each([
    ['a sheet protected after the read', 'AccessDenied', 'protected'],
    ['any failure part-way', 'GeneralException', 'unknown'],
  ])('leaves nothing half-written when the write fails: %s', async (_case, code, hostCode) => {
    const { grid, options } = tableWithHistory();
    const excel = new FakeExcel(grid, options);
    const before = excel.snapshot();
    excel.failSync(2, { afterOps: 3, code });
    const error = await hostOver(excel)
      .score(DEFAULT_SETTINGS)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: hostCode });
    expect(excel.snapshot()).toEqual(before);
  });

  it('splits a write that would exceed the request limit into several syncs with the same result', async () => {
    const plain = new FakeExcel(scoringTable(300));
    await hostOver(plain).score(DEFAULT_SETTINGS);
    const limited = new FakeExcel(scoringTable(300), { requestLimitBytes: 20_000 });
    const run = await hostOver(limited, { maxBatchBytes: 16_000 }).score(DEFAULT_SETTINGS);
    expect(run.stats.syncs).toBeGreaterThan(2);
    expect(limited.snapshot()).toEqual(plain.snapshot());
  });

  it('reads workbooks with more sheets than one batch holds, and without merged-area support', async () => {
    const grid = gridOf({ 说明: [['说明']], 数据1: [['x']], 数据2: [['y']], 数据3: [['z']] });
    grid.sheets.push({ ...scoringTable(30).sheets[0] });
    const excel = new FakeExcel(grid, { apiVersion: '1.9' });
    const run = await hostOver(excel, { bounds: { rows: 5000, columns: 60, sheetsPerSync: 2 } }).score(
      DEFAULT_SETTINGS,
    );
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

function fillsOf(grid: WorkbookGrid): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of grid.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => cell?.fill && (out[`${sheet.name}!${a1(r + 1, c + 1)}`] = cell.fill)),
    );
  }
  return out;
}

function valueAt(grid: WorkbookGrid, address: string): unknown {
  const { row, col } = parseA1(address);
  return grid.sheets[0].cells[row - 1]?.[col - 1]?.value ?? null;
}
