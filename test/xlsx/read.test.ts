import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, type SheetGrid } from '../../src/core/grid';
import { MAX_ROWS, readXlsx } from '../../src/hosts/xlsx/read';
import { XlsxReadError } from '../../src/hosts/xlsx/errors';
import { formattedRowsWorkbook, readFixture, toBytes } from './helpers';

function sheet(doc: { grid: { sheets: SheetGrid[] } }, name: string): SheetGrid {
  const s = doc.grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('readXlsx: cell values as the person sees them', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '９５．５％';
    ws.getCell('B1').value = 0.93;
    ws.getCell('B1').numFmt = '0%';
    ws.getCell('C1').value = { formula: 'B1*2', result: 1.86 };
    ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('E1').value = { richText: [{ text: '发现' }, { text: '2类问题', font: { bold: true } }] };
    ws.getCell('F1').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('G1').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('H1').value = '';
    ws.getCell('I1').value = true;
    ws.getCell('A2').value = '合并';
    ws.mergeCells('A2:C3');
    ws.getCell('A4').value = '实色';
    ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'ffd9e1f2' } };
    ws.getCell('B4').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { theme: 4, tint: 0.4 },
    } as unknown as ExcelJS.Fill;
    ws.getCell('C4').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FFFF0000' } };
    grid = sheet(await readXlsx(await toBytes(wb)), '表');
  });

  it('keeps typed text, full-width characters included, for the core to normalise', () => {
    expect(cellAt(grid, 1, 1)?.value).toBe('９５．５％');
  });

  it('gives a %-formatted number with its format', () => {
    expect(cellAt(grid, 1, 2)).toEqual({ value: 0.93, format: '0%' });
  });

  it('gives a formula its computed result, and an error result its text', () => {
    expect(cellAt(grid, 1, 3)).toMatchObject({ value: 1.86, formula: true });
    expect(cellAt(grid, 1, 4)?.value).toBe('#DIV/0!');
  });

  it('flattens rich text and hyperlinks to plain text', () => {
    expect(cellAt(grid, 1, 5)?.value).toBe('发现2类问题');
    expect(cellAt(grid, 1, 7)?.value).toBe('链接');
  });

  it('gives a date as its Excel serial number, as Office.js does', () => {
    expect(cellAt(grid, 1, 6)?.value).toBe(45292);
  });

  it('treats an empty string as an empty cell and keeps booleans', () => {
    expect(cellAt(grid, 1, 8)?.value ?? null).toBeNull();
    expect(cellAt(grid, 1, 9)?.value).toBe(true);
  });

  it('lists merges and leaves the value only in the top-left cell', () => {
    expect(grid.merges).toContainEqual({ top: 2, left: 1, bottom: 3, right: 3 });
    expect(cellAt(grid, 2, 1)?.value).toBe('合并');
    for (const [r, c] of [
      [2, 2],
      [2, 3],
      [3, 1],
      [3, 3],
    ])
      expect(cellAt(grid, r, c)?.value ?? null).toBeNull();
  });

  it('gives a solid RGB fill as #RRGGBB and other fills as distinct opaque tokens', () => {
    expect(cellAt(grid, 4, 1)?.fill).toBe('#D9E1F2');
    const theme = cellAt(grid, 4, 2)?.fill;
    const pattern = cellAt(grid, 4, 3)?.fill;
    expect(theme).toMatch(/^xlsx-fill:/);
    expect(pattern).toMatch(/^xlsx-fill:/);
    expect(theme).not.toBe(pattern);
  });

  it('sizes the sheet to its values', () => {
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(9);
  });
});

describe('readXlsx: the shared fixtures', () => {
  it('reads the hunan 评分表 with formula inputs, merged level cells and header fills', async () => {
    const doc = await readXlsx(readFixture('hunan-dept-overall'));
    expect(doc.grid.sheets.map((s) => s.name)).toEqual(['基础数据表', '评分表']);
    const s = sheet(doc, '评分表');
    expect(cellAt(s, 3, 4)?.value).toBe('三级指标');
    expect(cellAt(s, 3, 4)?.fill).toBe('#D9E1F2');
    expect(cellAt(s, 6, 8)).toMatchObject({ format: '0.00%', formula: true });
    expect(cellAt(s, 6, 8)?.value).toBeCloseTo(43 / 45, 12);
    expect(cellAt(s, 4, 1)?.value).toBe('投入');
    expect(cellAt(s, 5, 1)?.value ?? null).toBeNull();
    expect(s.merges).toContainEqual({ top: 4, left: 1, bottom: 8, right: 1 });
    expect(s.rowCount).toBe(30);
    expect(s.truncated).toBeUndefined();
  });
});

describe('readXlsx: bounded on huge sheets', () => {
  it('reads a sheet of 100,000 formatted empty rows as its few values, quickly enough not to hang', async () => {
    const bytes = await formattedRowsWorkbook('数据', 100_000, [['标题'], ['a', 1]]);
    const doc = await readXlsx(bytes);
    const s = sheet(doc, '数据');
    expect(s.rowCount).toBe(2);
    expect(s.colCount).toBe(2);
    expect(s.truncated).toBeUndefined();
  }, 30_000);

  it('stops at the row cap and says the sheet was truncated', async () => {
    const values: (string | number)[][] = [];
    values[0] = ['顶'];
    values[MAX_ROWS + 9_999] = ['底'];
    const doc = await readXlsx(await formattedRowsWorkbook('数据', MAX_ROWS + 20_000, values));
    const s = sheet(doc, '数据');
    expect(s.truncated).toBe(true);
    expect(s.rowCount).toBeLessThanOrEqual(MAX_ROWS);
    expect(cellAt(s, 1, 1)?.value).toBe('顶');
  }, 30_000);
});

describe('readXlsx: custom document properties', () => {
  it('reads docProps/custom.xml values by name', async () => {
    const zip = await JSZip.loadAsync(readFixture('self-eval-form'));
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>张三 &amp; 李四</vt:lpwstr></property>' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="年度"><vt:i4>2024</vt:i4></property></Properties>',
    );
    const doc = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(doc.customProperties).toEqual({ 审核人: '张三 & 李四', 年度: '2024' });
  });
});

describe('readXlsx: files that are not a readable workbook', () => {
  const cases: [string, Uint8Array | (() => Promise<Uint8Array>), string][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a text file', new TextEncoder().encode('一级指标,分值\n投入,10\n'), 'not-xlsx'],
    [
      'a legacy OLE (.xls) file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'legacy-xls',
    ],
    [
      'an encrypted workbook',
      (() => {
        const b = new Uint8Array(4096);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        [...'EncryptedPackage'].forEach((ch, i) => (b[1024 + i * 2] = ch.charCodeAt(0)));
        return b;
      })(),
      'encrypted',
    ],
    ['a damaged zip', Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]), 'corrupt'],
    [
      'a zip that is not a workbook',
      async () => {
        const z = new JSZip();
        z.file('word/document.xml', '<w:document/>');
        return z.generateAsync({ type: 'uint8array' });
      },
      'not-xlsx',
    ],
  ];
  it.each(cases)('rejects %s with a reason', async (_label, input, code) => {
    const bytes = typeof input === 'function' ? await input() : input;
    const err = await readXlsx(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).code).toBe(code);
    expect((err as XlsxReadError).message).toMatch(/[\u4e00-\u9fff]/);
    expect((err as XlsxReadError).english).toMatch(/[a-z]/);
  });
});
