/**
 * The reader on packages other writers make and packages made to hurt: implicit positions, openpyxl
 * comments, `t="d"` dates, built-in date formats, zip bombs, damaged entries, rows past the cap.
 */
import JSZip from 'jszip';
import { cellAt } from '../../src/core/grid';
import { XlsxReadError } from '../../src/hosts/xlsx/errors';
import { MAX_ROWS, readXlsx } from '../../src/hosts/xlsx/read';
import {
  S,
  formattedRows,
  hostileWorkbook,
  oneSheetWorkbook,
  rawZip,
  sheetXml,
  stored,
  zipBomb,
} from './crafted/build';

async function failure(bytes: Uint8Array): Promise<XlsxReadError> {
  const e = await readXlsx(bytes).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(XlsxReadError);
  return e as XlsxReadError;
}

/** The same package with every entry stored (so a byte of a part can be changed in place). */
async function storedCopy(
  bytes: Uint8Array,
): Promise<{ zip: Uint8Array; offsetOf: (name: string) => number }> {
  const z = await JSZip.loadAsync(bytes);
  const entries: ReturnType<typeof stored>[] = [];
  for (const name of Object.keys(z.files))
    if (!z.files[name].dir) entries.push(stored(name, await z.file(name)!.async('uint8array')));
  const zip = rawZip(entries);
  const offsetOf = (name: string) => {
    let at = 0;
    for (const e of entries) {
      const header = 30 + Buffer.byteLength(e.name);
      if (e.name === name) return at + header;
      at += header + e.data.length;
    }
    throw new Error(name);
  };
  return { zip, offsetOf };
}

describe('readXlsx: what other writers write', () => {
  it('reads rows and cells without `r` at their implied positions, and an openpyxl comment', async () => {
    const doc = await readXlsx(await hostileWorkbook());
    const s = doc.grid.sheets.find((x) => x.name === '评分表')!;
    expect(cellAt(s, 5, 3)?.value).toBe('群众满意度');
    expect(cellAt(s, 5, 4)?.value).toBe(10);
    expect(cellAt(s, 6, 3)?.value).toBe('完成及时率');
    expect(cellAt(s, 7, 4)).toMatchObject({ value: 35, formula: true });
    expect(s.merges).toContainEqual({ top: 3, left: 1, bottom: 4, right: 1 });
    // Only the top-left cell of a merge holds a value.
    expect(cellAt(s, 4, 1)?.value ?? null).toBeNull();
    expect(doc.grid.sheets.map((x) => x.name)).toEqual(['评分表', '图表']);
  });

  it('gives dates as serial numbers with a date format: t="d", built-in 14 and the Chinese built-in 31', async () => {
    const bytes = await oneSheetWorkbook(
      sheetXml([
        {
          r: 1,
          cells: [
            { ref: 'A1', date: '2023-03-15T00:00:00' },
            { ref: 'B1', s: S.date, n: 45000 },
            { ref: 'C1', s: S.zhDate, n: 45000 },
            { ref: 'D1', s: S.percent, n: 0.5 },
            { ref: 'E1', raw: '<c r="E1" t="b"><v>1</v></c>' },
            { ref: 'F1', raw: '<c r="F1" t="e"><v>#N/A</v></c>' },
            { ref: 'G1', raw: '<c r="G1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' },
            { ref: 'H1', shared: 0 },
          ],
        },
      ]),
      {
        sharedStrings:
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>发现</t></r><r><t>2类问题</t></r><rPh sb="0" eb="2"><t>ハッケン</t></rPh></si></sst>',
      },
    );
    const s = (await readXlsx(bytes)).grid.sheets[0];
    expect(cellAt(s, 1, 1)).toEqual({ value: 45000, format: 'yyyy-mm-dd' });
    expect(cellAt(s, 1, 2)).toEqual({ value: 45000, format: 'yyyy/m/d' });
    expect(cellAt(s, 1, 3)).toEqual({ value: 45000, format: 'yyyy"年"m"月"d"日"' });
    expect(cellAt(s, 1, 4)).toEqual({ value: 0.5, format: '0%' });
    expect([cellAt(s, 1, 5)?.value, cellAt(s, 1, 6)?.value]).toEqual([true, '#N/A']);
    expect(cellAt(s, 1, 7)).toEqual({ value: 'ab', formula: true });
    expect(cellAt(s, 1, 8)?.value).toBe('发现2类问题');
  });

  it('reads a sheet whose SpreadsheetML elements carry a namespace prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>分值</x:t></x:is></x:c><x:c r="C2"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const s = (await readXlsx(await oneSheetWorkbook(xml))).grid.sheets[0];
    expect([cellAt(s, 2, 2)?.value, cellAt(s, 2, 3)?.value]).toEqual(['分值', 5]);
  });

  it('reads a workbook without a stylesheet', async () => {
    const bytes = await oneSheetWorkbook(sheetXml([{ r: 1, cells: [{ ref: 'A1', n: 3 }] }]), {
      styles: null,
    });
    expect(cellAt((await readXlsx(bytes)).grid.sheets[0], 1, 1)).toEqual({ value: 3 });
  });
});

describe('readXlsx: bounded', () => {
  it('keeps no formatted-but-empty cells: 100,000 bordered rows read as their two values', async () => {
    const doc = await readXlsx(
      await formattedRows(100_000, [
        {
          r: 1,
          cells: [
            { ref: 'A1', str: '标题' },
            { ref: 'B1', n: 1 },
          ],
        },
      ]),
    );
    const s = doc.grid.sheets[0];
    expect([s.rowCount, s.colCount, s.cells.length, s.cells[0].length]).toEqual([1, 2, 1, 2]);
    expect(s.truncated).toBeUndefined();
  }, 60_000);

  it('stops holding rows at the cap, says the sheet was truncated, and still reads merges after the cells', async () => {
    const bytes = await formattedRows(MAX_ROWS + 5_000, [
      { r: 1, cells: [{ ref: 'A1', str: '顶' }] },
      { r: MAX_ROWS + 2_000, cells: [{ ref: 'A' + (MAX_ROWS + 2_000), str: '底' }] },
    ]);
    const z = await JSZip.loadAsync(bytes);
    const xml = await z.file('xl/worksheets/sheet1.xml')!.async('string');
    z.file(
      'xl/worksheets/sheet1.xml',
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'),
    );
    const s = (await readXlsx(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))).grid
      .sheets[0];
    expect(s.truncated).toBe(true);
    expect(s.rowCount).toBe(1);
    expect(cellAt(s, 1, 1)?.value).toBe('顶');
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  }, 60_000);

  it('refuses a zip bomb by what it says it inflates to, before inflating it: too-large', async () => {
    const e = await failure(await zipBomb(1_250 * 2 ** 20));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/过大/);
  }, 60_000);

  it('stops a zip bomb that lies about its size as soon as it grows past it: damaged', async () => {
    const e = await failure(await zipBomb(64 * 2 ** 20, 1_000));
    expect(e.code).toBe('corrupt');
    expect(e.english).toMatch(/larger than its stated size/);
  }, 60_000);

  it('refuses an entry whose CRC-32 fails instead of scoring its changed bytes', async () => {
    const bytes = await oneSheetWorkbook(sheetXml([{ r: 1, cells: [{ ref: 'A1', n: 5 }] }]));
    const { zip, offsetOf } = await storedCopy(bytes);
    expect(cellAt((await readXlsx(zip)).grid.sheets[0], 1, 1)?.value).toBe(5);
    const sheetAt = offsetOf('xl/worksheets/sheet1.xml');
    const text = Buffer.from(zip.subarray(sheetAt)).toString('latin1');
    const damaged = zip.slice();
    damaged[sheetAt + text.indexOf('<v>5</v>') + 3] = '9'.charCodeAt(0);
    const e = await failure(damaged);
    expect(e.code).toBe('corrupt');
    expect(e.english).toMatch(/CRC-32/);
    expect(e.message).toMatch(/损坏/);
  });

  it('refuses a truncated package and a damaged deflate stream as damaged', async () => {
    const bytes = await hostileWorkbook();
    expect((await failure(bytes.subarray(0, bytes.length - 300))).code).toBe('corrupt');
    // Flip bytes in the middle of the package, where the sheet's deflate data lies.
    const broken = bytes.slice();
    for (let i = 2_000; i < 2_040; i++) broken[i] ^= 0x5a;
    expect(['corrupt', 'not-xlsx']).toContain((await failure(broken)).code);
  });
});
