// Writing: sized in real UTF-8 bytes, split when it must be and still rolled back whole, refused for the
// real reason, and never reported as undone unless it was.
import * as core from '../../src/core';
import type { WorkbookGrid } from '../../src/core/grid';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import { PAYLOAD_LIMIT_BYTES } from '../../src/hosts/office/payload';
import { failure, hostOver, scoringTable } from './helpers';

/** The real core, plus a long Chinese note beside every indicator: several MB of UTF-8, half that in UTF-16. */
const wordyCore = {
  ...core,
  scoreWorkbook: (g: WorkbookGrid, o: core.ScoreOptions) => {
    const out = core.scoreWorkbook(g, o);
    const notes = out.report.tables[0].indicators.map((i) => ({
      sheet: '评分表',
      row: i.row,
      col: 8,
      role: 'note' as const,
      value: `${i.name}：${'按照年度绩效目标逐项核实完成情况并据实计分'.repeat(60)}`,
    }));
    return { ...out, patches: [...out.patches.filter((p) => p.col !== 8), ...notes] };
  },
};

describe('writing within Excel on the web limits', () => {
  it('splits a write of more than 5 MB of UTF-8 into several syncs, each under the limit, with the same result', async () => {
    const desktop = new FakeExcel(scoringTable(1500), { platform: 'desktop' });
    await hostOver(desktop, { core: wordyCore }).score(DEFAULT_SETTINGS);
    const web = new FakeExcel(scoringTable(1500));
    await hostOver(web, { core: wordyCore }).score(DEFAULT_SETTINGS);
    const written = web.payloads.reduce((n, p) => n + p.requestBytes, 0);
    expect(written).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(web.largestPayload.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(web.snapshot()).toEqual(desktop.snapshot());
  });

  it('rolls back every part of a split write when a later part fails', async () => {
    const excel = new FakeExcel(scoringTable(1500));
    const before = excel.snapshot();
    const host = hostOver(excel, { core: wordyCore });
    // Find the run's shape first: which syncs write.
    const probe = new FakeExcel(scoringTable(1500));
    await hostOver(probe, { core: wordyCore }).score(DEFAULT_SETTINGS);
    const writes = probe.payloads
      .map((p, i) => ({ i: i + 1, request: p.requestBytes }))
      .filter((p) => p.request > 1_000_000);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    excel.failSync(writes[1].i, { afterOps: 3, code: 'GeneralException' });
    const error = await failure(host.score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'unknown', message: expect.stringContaining('已全部还原') });
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('protected sheets', () => {
  it('writes into the unlocked cells of a protected sheet that allows formatting', async () => {
    const excel = new FakeExcel(scoringTable(30));
    excel.protect('评分表', { allowFormatCells: true });
    excel.unlock('评分表', 'F3:H33');
    const run = await hostOver(excel).score(DEFAULT_SETTINGS);
    expect(run.stats.cellsWritten).toBeGreaterThan(30);
    expect(typeof excel.valueAt('评分表', 'G3')).toBe('number');
    expect(excel.fillAt('评分表', 'F12')).toBe('#FFEB9C');
  });

  it('refuses before writing anything when the cells to write are locked, naming the sheet and the cells', async () => {
    const excel = new FakeExcel(scoringTable(30), { protectedSheets: ['评分表'] });
    const before = excel.snapshot();
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({
      code: 'protected',
      message: expect.stringMatching(/评分表.*G3/),
      english: expect.stringContaining('protected'),
    });
    expect(excel.snapshot()).toEqual(before);
  });

  it('says it is the formatting that is not allowed when only the marks cannot be written', async () => {
    const excel = new FakeExcel(scoringTable(30));
    excel.protect('评分表');
    excel.unlock('评分表', 'F3:H33');
    const before = excel.snapshot();
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'protected', message: expect.stringContaining('设置单元格格式') });
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('when Excel refuses a write part-way', () => {
  it('restores what was written and says the workbook is as before', async () => {
    const excel = new FakeExcel(scoringTable(30), { customProperties: { author: '财务科' } });
    const before = excel.snapshot();
    excel.failSync(3, { afterOps: 5, code: 'GeneralException', message: 'Simulated failure.' });
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'unknown', message: expect.stringContaining('已全部还原') });
    expect(excel.snapshot()).toEqual(before);
  });

  it('does not call an AccessDenied on an unprotected sheet a protected sheet', async () => {
    const excel = new FakeExcel(scoringTable(30));
    const before = excel.snapshot();
    excel.failSync(3, { afterOps: 0, code: 'AccessDenied' });
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error.code).toBe('access-denied');
    expect(error.message).not.toContain('受保护');
    expect(error.message).toContain('只读');
    expect(excel.snapshot()).toEqual(before);
  });

  it('calls it protection when the sheet was protected after the read', async () => {
    const excel = new FakeExcel(scoringTable(30));
    let syncs = 0;
    // A colleague protects the sheet between our read and our write.
    const run: typeof excel.run = (options, batch) =>
      excel.run(options, (context) =>
        batch({
          workbook: context.workbook,
          sync: () => {
            if (++syncs === 3) excel.protect('评分表');
            return context.sync();
          },
        }),
      );
    const error = await failure(hostOver(excel, { run }).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'protected', message: expect.stringContaining('评分表') });
    expect(excel.valueAt('评分表', 'G3')).toBeNull();
  });

  it('never reports a rollback that failed as done, even when it fails with the same generic code', async () => {
    const excel = new FakeExcel(scoringTable(30));
    excel.failSync(3, { afterOps: 20, code: 'GeneralException' });
    excel.failSync(4, { afterOps: 0, code: 'GeneralException' });
    excel.failSync(5, { afterOps: 0, code: 'GeneralException' });
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'partial-write', message: expect.stringContaining('未能完全还原') });
    expect(error.message).not.toContain('已全部还原');
  });

  it('checks a failed rollback by reading the cells back: restored is restored', async () => {
    const excel = new FakeExcel(scoringTable(30));
    const before = excel.snapshot();
    // The write fails at its first operation: nothing was changed, although the rollback fails too.
    excel.failSync(3, { afterOps: 0, code: 'GeneralException' });
    excel.failSync(4, { afterOps: 0, code: 'GeneralException' });
    const error = await failure(hostOver(excel).score(DEFAULT_SETTINGS));
    expect(error).toMatchObject({ code: 'unknown', message: expect.stringContaining('已全部还原') });
    expect(excel.snapshot()).toEqual(before);
  });
});
