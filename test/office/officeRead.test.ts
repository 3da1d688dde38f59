// Reading a workbook the way Excel allows it: within Excel on the web's 5 MB per request and response,
// merged areas fetched under the 512 limit, the ledger from its XML part or the old properties, and a
// warning where merged cells cannot be read at all.
import * as core from '../../src/core';
import { legacyLedgerProperties } from '../core/legacyLedgerProperties';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import { PAYLOAD_LIMIT_BYTES } from '../../src/hosts/office/payload';
import {
  dataSheet,
  gridOf,
  hostOver,
  hunan,
  ledgerProperties,
  scoringTable,
  tableBesideData,
} from './helpers';

describe('reading within Excel on the web limits', () => {
  it('scores a 评分表 beside a 20,000 × 30 data sheet, every request and response under 5 MB', async () => {
    const excel = new FakeExcel(tableBesideData(30, 20000, 30));
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables.map((t) => [t.sheet, t.indicators.length])).toEqual([['评分表', 30]]);
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');
    expect(excel.largestPayload.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.largestPayload.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // The data sheet costs a few reads of its values, never its fills.
    expect(run.stats.syncs).toBeLessThanOrEqual(6);
  });

  it('scores a 3,000-row table within the limits in at most 4 syncs', async () => {
    const excel = new FakeExcel(scoringTable(3000));
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables[0].indicators).toHaveLength(3000);
    expect(run.stats.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(excel.largestPayload.requestBytes, excel.largestPayload.responseBytes)).toBeLessThan(
      PAYLOAD_LIMIT_BYTES,
    );
  });

  it('reads cells longer than any estimate by splitting the read where Excel refuses it', async () => {
    // Rule texts of 1,000 Chinese characters: 3,000 bytes a cell, twice (values and formulas).
    const grid = scoringTable(1500);
    for (const row of grid.sheets[0].cells.slice(2, -1))
      row[4] = { value: `${row[4]?.value}${'说明'.repeat(500)}` };
    const excel = new FakeExcel(grid);
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables[0].indicators).toHaveLength(1500);
    expect(excel.largestPayload.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it('reads a sheet with a used range far from A1 and a table that does not start in column A', async () => {
    const table = scoringTable(30).sheets[0];
    const shifted = table.cells.map((row) => [undefined, undefined, ...row]);
    const grid = { sheets: [{ ...table, colCount: table.colCount + 2, cells: [[], [], [], ...shifted] }] };
    grid.sheets[0].rowCount = shifted.length + 3;
    const excel = new FakeExcel(grid);
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables[0].indicators[0].scoreCell).toBe('I6');
    expect(typeof excel.valueAt('评分表', 'I6')).toBe('number');
  });
});

describe('merged cells', () => {
  it('reads the 评分表 merges although another sheet has more than 512 merged areas', async () => {
    const grid = await hunan();
    const cover = dataSheet(700, 4, '封面');
    for (let r = 2; r <= 700; r++) cover.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    grid.sheets.unshift(cover);
    const excel = new FakeExcel(grid);
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    const direct = core.scoreWorkbook(grid, { settings: DEFAULT_SETTINGS });
    expect(run.report.tables).toEqual(direct.report.tables);
  });

  it('reads a 评分表 with more than 512 merged areas of its own', async () => {
    const grid = scoringTable(1200);
    // 一级 and 二级 merged every two rows: 1,200 areas.
    for (let r = 3; r < 1203; r += 2) {
      grid.sheets[0].merges.push(
        { top: r, left: 1, bottom: r + 1, right: 1 },
        { top: r, left: 2, bottom: r + 1, right: 2 },
      );
      grid.sheets[0].cells[r][0] = undefined;
      grid.sheets[0].cells[r][1] = undefined;
    }
    const excel = new FakeExcel(grid);
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    const direct = core.scoreWorkbook(grid, { settings: DEFAULT_SETTINGS });
    expect(run.report.tables).toEqual(direct.report.tables);
  });

  it('warns before ExcelApi 1.13 that merged cells could not be read, naming the indicators they may touch', async () => {
    const excel = new FakeExcel(await hunan(), { apiVersion: '1.12' });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    const warnings = run.report.tables.flatMap((t) => t.findings).filter((f) => f.code === 'merges-unread');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].severity).toBe('warning');
    expect(warnings[0].message).toMatch(/合并单元格/);
    // Indicators under a merged 一级/二级 cell are named; one on a row of its own is not.
    const table = run.report.tables[0];
    const continued = table.indicators.filter((i) => warnings[0].message.includes(`“${i.name}”`));
    expect(continued.length).toBeGreaterThan(0);
    expect(continued.length).toBeLessThan(table.indicators.length);

    const current = new FakeExcel(await hunan());
    const fine = await hostOver(current).score(DEFAULT_SETTINGS);
    expect(fine.report.tables.flatMap((t) => t.findings).some((f) => f.code === 'merges-unread')).toBe(false);
  });
});

describe('the ledger', () => {
  /** A workbook an earlier version scored: its ledger in `jixiao.ledger.N` custom properties. */
  function scoredByEarlierVersion() {
    const grid = scoringTable(30);
    const first = core.scoreWorkbook(grid);
    for (const p of first.patches) {
      const cell = (grid.sheets[0].cells[p.row - 1] ??= []);
      const was = cell[p.col - 1] ?? { value: null };
      cell[p.col - 1] = {
        ...was,
        ...(p.value !== undefined ? { value: p.value } : {}),
        ...(p.fill !== undefined ? { fill: p.fill } : {}),
      };
    }
    return { grid, props: legacyLedgerProperties(first.ledger) };
  }

  it('reads the old jixiao.ledger.N properties once and moves them into one XML part', async () => {
    const { grid, props } = scoredByEarlierVersion();
    expect(Object.keys(props).length).toBeGreaterThan(3);
    // The person fills in a missing input: our old mark and note there must go, which needs the old ledger.
    grid.sheets[0].cells[11][5] = { value: 1, fill: '#FFEB9C' };
    const excel = new FakeExcel(grid, { customProperties: { ...props, author: '财务科' } });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(excel.fillAt('评分表', 'F12')).toBeNull();
    expect(run.report.tables[0].findings.some((f) => f.code === 'ledger-unreadable')).toBe(false);
    expect(ledgerProperties(excel)).toEqual([]);
    expect(excel.snapshot().customProperties).toEqual({ author: '财务科' });
    expect(excel.snapshot().customXmlParts).toHaveLength(1);
  });

  it('says so when the old properties were cut short (as Excel outside the web cuts values at 255)', async () => {
    const { grid, props } = scoredByEarlierVersion();
    const cut = { ...props, 'jixiao.ledger.1': props['jixiao.ledger.1'].slice(0, 100) };
    const excel = new FakeExcel(grid, { customProperties: cut });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables[0].findings.map((f) => f.code)).toContain('ledger-unreadable');
  });

  it('says so when our XML part cannot be read, and replaces it on the next write', async () => {
    const excel = new FakeExcel(scoringTable(30), {
      customXmlParts: [
        `<ledger xmlns="${core.LEDGER_NAMESPACE}" version="7"><cell/></ledger>`,
        '<other xmlns="urn:x"/>',
      ],
    });
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.report.tables[0].findings.map((f) => f.code)).toContain('ledger-unreadable');
    const parts = excel.snapshot().customXmlParts;
    expect(parts).toHaveLength(2);
    expect(
      parts.filter((xml) => core.ledgerFromXml(xml).damaged === false && core.isLedgerXml(xml)),
    ).toHaveLength(1);
    expect(parts).toContain('<other xmlns="urn:x"/>');
    const again = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(again.report.tables[0].findings.map((f) => f.code)).not.toContain('ledger-unreadable');
  });

  it('keeps one part however many runs, and reads our notes back from it', async () => {
    const excel = new FakeExcel(scoringTable(30));
    const host = hostOver(excel);
    await host.score(DEFAULT_SETTINGS);
    excel.type('评分表', 'F12', 1);
    await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(excel.fillAt('评分表', 'F12')).toBeNull();
    expect(excel.snapshot().customXmlParts).toHaveLength(1);
  });
});

describe('a workbook with nothing but data', () => {
  it('does not need the fills of a sheet without a table', async () => {
    const excel = new FakeExcel(gridOf({ 说明: [['本表为演示']] }));
    excel.type('说明', 'A2', 1);
    await expect(hostOver(excel).score(DEFAULT_SETTINGS)).rejects.toMatchObject({ code: 'no-table' });
    expect(excel.syncCount).toBeLessThanOrEqual(2);
  });
});
