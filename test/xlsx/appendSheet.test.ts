/** A sheet appended to .xlsx bytes (the preview's 自评结论): readable by ExcelJS and our reader, nothing else changed. */
import JSZip from 'jszip';
import { appendSheet } from '../../src/hosts/xlsx/appendSheet';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES, loadExcel, readFixture } from './helpers';

describe.each(FIXTURES)('appending a sheet to %s', (name) => {
  const lines = ['自评结论', '', '评分表（示例区委编办）', '总分100分，得分<82.7>分 & “暂定”'];

  it('adds the sheet at the end with the lines in column A, wrapped in a wide column', async () => {
    const bytes = await appendSheet(readFixture(name), {
      name: '自评结论',
      rows: lines.map((l) => [l]),
      widths: [100],
    });
    const wb = await loadExcel(bytes);
    const ws = wb.worksheets[wb.worksheets.length - 1];
    expect(ws.name).toBe('自评结论');
    expect([1, 2, 3, 4].map((r) => ws.getCell(`A${r}`).value ?? '')).toEqual(lines);
    expect(ws.getColumn(1).width).toBe(100);
    expect(ws.getCell('A4').alignment?.wrapText).toBe(true);
    const doc = await readXlsx(bytes);
    expect(doc.grid.sheets.at(-1)?.cells[3]?.[0]?.value).toBe(lines[3]);
  });

  it('keeps every part of the original byte for byte except the four it must extend', async () => {
    const original = await JSZip.loadAsync(readFixture(name));
    const appended = await JSZip.loadAsync(
      await appendSheet(readFixture(name), { name: '自评结论', rows: [['x']] }),
    );
    const changed: string[] = [];
    for (const file of Object.keys(original.files)) {
      if (original.files[file].dir) continue;
      const [a, b] = await Promise.all([
        original.file(file)!.async('uint8array'),
        appended.file(file)!.async('uint8array'),
      ]);
      if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) changed.push(file);
    }
    expect(changed.sort()).toEqual(
      ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'].filter((f) =>
        original.file(f),
      ),
    );
    const before = (await readXlsx(readFixture(name))).grid;
    const after = (await readXlsx(await appendSheet(readFixture(name), { name: '自评结论', rows: [['x']] })))
      .grid;
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
  });
});
