// The fake must behave like Excel where the adapter relies on it, or the adapter tests prove nothing.
// Each behaviour here is one the fake's header cites from Microsoft's reference or the office-js tracker.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   several tests read results the way the adapter does, after a sync the linter cannot follow */
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import type { XlContext } from '../../src/hosts/office/excelApi';
import { gridOf } from './helpers';

function twoSheets(): FakeExcel {
  return new FakeExcel(
    gridOf({
      评分表: [
        ['三级指标', '分值', '得分'],
        ['预算执行率', 5, { value: 4.5, fill: '#FFC7CE' }],
        ['白色', { value: 1, fill: '#FFFFFF' }, null],
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
      /* eslint-disable office-addins/call-sync-after-load -- reading too early is the point of this test */
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      /* eslint-enable office-addins/call-sync-after-load */
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

  it("reads text typed as '=… back from formulas without its apostrophe, exactly like a formula's text", async () => {
    const excel = twoSheets();
    excel.type('数据', 'A1', "'=1+1");
    excel.type('数据', 'A2', '=1+1');
    const read = await inBatch(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('数据').getRange('A1:A2');
      range.load('values,formulas');
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.formulas).toEqual([['=1+1'], ['=1+1']]);
    expect(read.values).toEqual([['=1+1'], ['#NAME?']]);
  });

  it('stops a failing batch at the failing operation, keeps what ran before it and delivers nothing it loaded', async () => {
    const excel = twoSheets();
    excel.failSync(1, { afterOps: 2, code: 'GeneralException' });
    let loaded: { values: unknown[][] } | null = null;
    await expect(
      inBatch(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('数据');
        const range = sheet.getRange('B1').load('values') as { values: unknown[][] };
        loaded = range;
        sheet.getRange('A1').formulas = [['first']];
        sheet.getRange('A2').formulas = [['second']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect([excel.valueAt('数据', 'A1'), excel.valueAt('数据', 'A2')]).toEqual(['first', null]);
    expect(() => loaded?.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('reports "no fill" as #FFFFFF like white; only tintAndShade tells them apart (office-js 4900, 6218)', async () => {
    const excel = twoSheets();
    const props = await inBatch(excel, async (context) => {
      const result = context.workbook.worksheets
        .getItem('评分表')
        .getRange('B3:C3')
        .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      await context.sync();
      return result.value;
    });
    const [white, none] = props[0].map((p) => p.format?.fill);
    expect(white).toEqual({ color: '#FFFFFF', pattern: null, tintAndShade: 0 });
    expect(none).toEqual({ color: '#FFFFFF', pattern: null, tintAndShade: null });
    // Setting the colour white paints white (it hides the gridlines); only clear() gives no fill.
    await inBatch(excel, async (context) => {
      context.workbook.worksheets.getItem('评分表').getRange('C3').format.fill.color = '#FFFFFF';
      await context.sync();
    });
    expect(excel.fillAt('评分表', 'C3')).toBe('#FFFFFF');
  });

  it('returns only merged areas whose top-left cell is in the range, and fails above 512 of them', async () => {
    const grid = gridOf({ 封面: [['标题']] });
    grid.sheets[0].merges = [
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 4, left: 1, bottom: 6, right: 1 },
    ];
    // A cover sheet merged pair by pair: 600 areas.
    for (let r = 10; r < 610; r++) grid.sheets[0].merges.push({ top: r, left: 1, bottom: r, right: 2 });
    const excel = new FakeExcel(grid);
    const addresses = await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('封面');
      const inner = sheet.getRange('A2:C5').getMergedAreasOrNullObject();
      const top = sheet.getRange('A1:C3').getMergedAreasOrNullObject();
      inner.load('address');
      top.load('address');
      await context.sync();
      return [inner.address, top.address];
    });
    expect(addresses).toEqual(['封面!A4:A6', '封面!A1:C2']);
    await expect(
      inBatch(excel, async (context) => {
        const areas = context.workbook.worksheets
          .getItem('封面')
          .getRange('A1:B700')
          .getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    await inBatch(excel, async (context) => {
      const areas = context.workbook.worksheets
        .getItem('封面')
        .getRange('A1:B500')
        .getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      expect(areas.address.split(',')).toHaveLength(493);
    });
  });

  it('counts requests and responses in UTF-8 bytes of JSON and refuses either above 5 MB on the web', async () => {
    const text = '绩效'.repeat(500); // 1,000 characters, 3,000 bytes
    const excel = new FakeExcel(gridOf({ 数据: Array.from({ length: 2000 }, () => [text]) }));
    await inBatch(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('数据').getRange('A1:A1000');
      range.load('values');
      await context.sync();
    });
    expect(excel.payloads[0].responseBytes).toBeGreaterThan(3_000_000);
    expect(excel.payloads[0].responseBytes).toBeLessThan(3_100_000);
    expect(excel.payloads[0].requestBytes).toBeLessThan(1_000);

    await expect(
      inBatch(excel, async (context) => {
        context.workbook.worksheets.getItem('数据').getRange('A1:A2000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      inBatch(excel, async (context) => {
        context.workbook.worksheets.getItem('数据').getRange('B1:B1700').formulas = Array.from(
          { length: 1700 },
          () => [text],
        );
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.valueAt('数据', 'B1')).toBeNull();

    const desktop = new FakeExcel(gridOf({ 数据: Array.from({ length: 2000 }, () => [text]) }), {
      platform: 'desktop',
    });
    await inBatch(desktop, async (context) => {
      context.workbook.worksheets.getItem('数据').getRange('A1:A2000').load('values');
      await context.sync();
    });
    expect(desktop.largestPayload.responseBytes).toBeGreaterThan(6_000_000);
  });

  it('lets a protected sheet take values only in unlocked cells and fills only where formatting is allowed', async () => {
    const excel = twoSheets();
    excel.protect('评分表');
    excel.unlock('评分表', 'C2:C3');
    const write = (address: string, what: 'value' | 'fill') =>
      inBatch(excel, async (context) => {
        const range = context.workbook.worksheets.getItem('评分表').getRange(address);
        if (what === 'value') range.formulas = [[7]];
        else range.format.fill.color = '#FFEB9C';
        await context.sync();
      });
    await write('C2', 'value');
    expect(excel.valueAt('评分表', 'C2')).toBe(7);
    await expect(write('B2', 'value')).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write('C2', 'fill')).rejects.toMatchObject({ code: 'AccessDenied' });
    excel.protect('评分表', { allowFormatCells: true });
    await write('C2', 'fill');
    expect(excel.fillAt('评分表', 'C2')).toBe('#FFEB9C');
    const locked = await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.protection.load('protected,options');
      const props = sheet.getRange('B2:C2').getCellProperties({ format: { protection: true } });
      await context.sync();
      return {
        on: sheet.protection.protected,
        format: sheet.protection.options.allowFormatCells,
        cells: props.value,
      };
    });
    expect(locked).toEqual({
      on: true,
      format: true,
      cells: [
        [
          { format: { protection: { locked: true, formulaHidden: false } } },
          { format: { protection: { locked: false, formulaHidden: false } } },
        ],
      ],
    });
  });

  it('keeps custom property keys case-insensitive and cuts long values to 255 characters outside the web', async () => {
    const long = 'x'.repeat(300);
    const written = async (platform: 'web' | 'desktop') => {
      const excel = new FakeExcel(gridOf({ 表: [['x']] }), {
        platform,
        customProperties: { Author: '财务科' },
      });
      await inBatch(excel, async (context) => {
        context.workbook.properties.custom.add('author', '审计科');
        context.workbook.properties.custom.add('long', long);
        await context.sync();
      });
      return excel.snapshot().customProperties;
    };
    for (const [props, kept] of [
      [await written('web'), long],
      [await written('desktop'), long.slice(0, 255)],
    ] as const) {
      expect(props.author).toBe('审计科');
      expect(Object.keys(props)).toHaveLength(2);
      expect(props.long).toBe(kept);
    }
    const excel = new FakeExcel(gridOf({ 表: [['x']] }));
    await expect(
      inBatch(excel, async (context) => {
        context.workbook.properties.custom.getItem('missing').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps custom XML parts: well-formed XML only, found by the namespace of their root element', async () => {
    const excel = new FakeExcel(gridOf({ 表: [['x']] }), { customXmlParts: ['<other xmlns="urn:else"/>'] });
    await expect(
      inBatch(excel, async (context) => {
        context.workbook.customXmlParts.add('<ledger xmlns="urn:test">');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    const id = await inBatch(excel, async (context) => {
      const part = context.workbook.customXmlParts.add(
        '<?xml version="1.0"?><j:ledger xmlns:j="urn:test"><j:cell/></j:ledger>',
      );
      part.load('id');
      await context.sync();
      return part.id;
    });
    const found = await inBatch(excel, async (context) => {
      const ours = context.workbook.customXmlParts.getByNamespace('urn:test');
      ours.load('items/id');
      await context.sync();
      const xml = ours.items.map((p) => p.getXml());
      ours.items[0].setXml('<ledger xmlns="urn:test" version="2"/>');
      await context.sync();
      const after = context.workbook.customXmlParts.getItem(id).getXml();
      await context.sync();
      return { ids: ours.items.map((p) => p.id), xml: xml.map((x) => x.value), after: after.value };
    });
    expect(found).toEqual({
      ids: [id],
      xml: ['<?xml version="1.0"?><j:ledger xmlns:j="urn:test"><j:cell/></j:ledger>'],
      after: '<ledger xmlns="urn:test" version="2"/>',
    });
    await inBatch(excel, async (context) => {
      context.workbook.customXmlParts.getItem(id).delete();
      await context.sync();
    });
    expect(excel.snapshot().customXmlParts).toEqual(['<other xmlns="urn:else"/>']);
  });

  it('finds a sheet by its id after a rename, and gives a null object for a deleted one', async () => {
    const excel = twoSheets();
    const id = await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('数据');
      sheet.load('id');
      await context.sync();
      return sheet.id;
    });
    excel.renameSheet('数据', '基础数据');
    const renamed = await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load('name');
      await context.sync();
      return sheet.name;
    });
    expect(renamed).toBe('基础数据');
    excel.deleteSheet('基础数据');
    const gone = await inBatch(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      await context.sync();
      return sheet.isNullObject;
    });
    expect(gone).toBe(true);
  });

  it('rejects every sync in cell edit mode unless the batch waits', async () => {
    const excel = twoSheets();
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

  it('reports its state back as a grid with custom properties and XML parts', async () => {
    const excel = twoSheets();
    await inBatch(excel, async (context) => {
      context.workbook.properties.custom.add('jixiao.x', '{}');
      context.workbook.worksheets.getItem('评分表').getRange('C2').format.fill.color = '#ffeb9c';
      await context.sync();
    });
    const { grid, customProperties } = excel.snapshot();
    expect(customProperties).toEqual({ author: '财务科', 'jixiao.x': '{}' });
    expect(grid.sheets.map((s) => s.name)).toEqual(['评分表', '数据']);
    expect(grid.sheets[0].cells[1][2]).toEqual({ value: 4.5, fill: '#FFEB9C' });
  });
});
