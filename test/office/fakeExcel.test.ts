// The fake must behave like Office where the adapter relies on it, or the adapter tests prove nothing.
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import type { XlContext } from '../../src/hosts/office/excelApi';
import { gridOf } from './helpers';

function twoSheets(): FakeExcel {
  return new FakeExcel(
    gridOf({
      评分表: [
        ['三级指标', '分值', '得分'],
        ['预算执行率', 5, { value: 4.5, fill: '#FFC7CE' }],
      ],
      数据: [[null, 'x']],
    }),
    { customProperties: { author: '财务科' } },
  );
}

async function inBatch<T>(excel: FakeExcel, body: (context: XlContext) => Promise<T>): Promise<T> {
  return excel.run({}, body);
}

describe('FakeExcel', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getFirst();
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
         reading too early is the point of this test */
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      await context.sync();
      expect(sheet.name).toBe('评分表');
    });
  });

  it('applies writes only at sync, in order, and counts syncs', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('评分表').getRange('C2');
      range.formulas = [[3]];
      range.format.fill.clear();
      expect(excel.valueAt('评分表', 'C2')).toBe(4.5);
      await context.sync();
    });
    expect(excel.valueAt('评分表', 'C2')).toBe(3);
    expect(excel.fillAt('评分表', 'C2')).toBeNull();
    expect(excel.syncCount).toBe(1);
  });

  it('walks sheets with getNextOrNullObject and turns everything chained past the last sheet into null objects', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      const first = context.workbook.worksheets.getFirst();
      const second = first.getNextOrNullObject();
      const third = second.getNextOrNullObject();
      const thirdUsed = third.getUsedRangeOrNullObject(true);
      thirdUsed.load('rowCount');
      const secondUsed = second.getUsedRangeOrNullObject(true);
      secondUsed.load('rowIndex,columnIndex,rowCount,columnCount');
      second.load('name');
      third.load('name');
      await context.sync();
      expect([second.isNullObject, third.isNullObject, thirdUsed.isNullObject]).toEqual([false, true, true]);
      expect(second.name).toBe('数据');
      expect([
        secondUsed.rowIndex,
        secondUsed.columnIndex,
        secondUsed.rowCount,
        secondUsed.columnCount,
      ]).toEqual([0, 1, 1, 1]);
    });
  });

  it('parses assigned strings like typed input unless they carry the quote prefix', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      sheet.getRange('A1:A5').formulas = [['95%'], ["'95%"], ['１２'], ['TRUE'], ['扣0.5分']];
      await context.sync();
    });
    expect(['A1', 'A2', 'A3', 'A4', 'A5'].map((a) => excel.valueAt('数据', a))).toEqual([
      0.95,
      '95%',
      12,
      true,
      '扣0.5分',
    ]);
  });

  it('stops a failing batch at the failing operation and keeps what ran before it', async () => {
    const excel = twoSheets();
    excel.failSync(1, { afterOps: 1, code: 'GeneralException' });
    await expect(
      inBatch(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('数据');
        sheet.getRange('A1').formulas = [['first']];
        sheet.getRange('A2').formulas = [['second']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect([excel.valueAt('数据', 'A1'), excel.valueAt('数据', 'A2')]).toEqual(['first', null]);
  });

  it('rejects writes to a protected sheet and every sync in cell edit mode unless the batch waits', async () => {
    const excel = twoSheets();
    excel.protect('评分表');
    await expect(
      inBatch(excel, async (context) => {
        context.workbook.worksheets.getItem('评分表').getRange('C2').formulas = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });

    excel.enterEditMode();
    await expect(inBatch(excel, (context) => context.sync())).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    const waiting = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('数据').getRange('A1').formulas = [['after edit']];
      await context.sync();
    });
    expect(excel.valueAt('数据', 'A1')).toBeNull();
    excel.exitEditMode();
    await waiting;
    expect(excel.valueAt('数据', 'A1')).toBe('after edit');
  });

  it('complains about operations queued but never synced', async () => {
    const excel = twoSheets();
    await expect(
      inBatch(excel, async (context) => {
        context.workbook.worksheets.getItem('数据').getRange('A1').formulas = [['lost']];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('reports its state back as a grid with custom properties', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      context.workbook.properties.custom.add('jixiao.ledger.0', '{}');
      context.workbook.worksheets.getItem('评分表').getRange('C2').format.fill.color = '#ffeb9c';
      await context.sync();
    });
    const { grid, customProperties } = excel.snapshot();
    expect(customProperties).toEqual({ author: '财务科', 'jixiao.ledger.0': '{}' });
    expect(grid.sheets.map((s) => s.name)).toEqual(['评分表', '数据']);
    expect(grid.sheets[0].cells[1][2]).toEqual({ value: 4.5, fill: '#FFEB9C' });
  });
});
