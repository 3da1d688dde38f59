/** Writing cells into a sheet part: where new cells and rows go, what a written cell keeps, what it never touches. */
import { cellAt } from '../../src/core/grid';
import { MAX_CELL_CHARS } from '../../src/core/cellText';
import type { CellPatch } from '../../src/core/patch';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { writeXlsx } from '../../src/hosts/xlsx/write';
import { entryBytes, findEntry, openZip } from '../../src/hosts/xlsx/zip';
import { S, oneSheetWorkbook, sheetXml, type Row } from './crafted/build';

const SHEET = '评分表';

async function write(xml: string, patches: Omit<CellPatch, 'sheet' | 'role'>[], styles?: string | null) {
  const input = await oneSheetWorkbook(xml, { styles });
  const out = await writeXlsx(
    await readXlsx(input),
    patches.map((p) => ({ sheet: SHEET, role: 'score', ...p })),
    null,
  );
  const pkg = openZip(out);
  const part = (name: string) => {
    const e = findEntry(pkg, name);
    return e ? new TextDecoder().decode(entryBytes(pkg, e)) : null;
  };
  return { out, sheet: part('xl/worksheets/sheet1.xml')!, part, grid: (await readXlsx(out)).grid.sheets[0] };
}

describe('patchSheet: where cells go', () => {
  const rows: Row[] = [
    {
      r: 2,
      cells: [
        { ref: 'B2', n: 1 },
        { ref: 'D2', n: 3 },
      ],
    },
    { r: 5, cells: [{ ref: 'A5', n: 5 }] },
    { r: 7, cells: [] },
  ];

  it('puts new cells before, between and after the existing ones, and new rows between and after', async () => {
    const { sheet, grid } = await write(sheetXml(rows), [
      { row: 2, col: 1, value: 'a' },
      { row: 2, col: 3, value: 'c' },
      { row: 2, col: 6, value: 'f' },
      { row: 1, col: 2, value: 'top' },
      { row: 4, col: 1, value: 'four' },
      { row: 7, col: 2, value: 'seven' },
      { row: 9, col: 1, value: 9 },
    ]);
    expect(sheet).toMatch(
      /<row r="1"><c r="B1" t="inlineStr">.*<row r="2"><c r="A2".*<c r="B2"><v>1<\/v><\/c><c r="C2".*<c r="D2"><v>3<\/v><\/c><c r="F2".*<row r="4">.*<row r="5"><c r="A5"><v>5<\/v><\/c><\/row><row r="7"><c r="B7".*<\/row><row r="9"><c r="A9"><v>9<\/v><\/c><\/row><\/sheetData>/,
    );
    expect(
      [
        cellAt(grid, 1, 2),
        cellAt(grid, 2, 3),
        cellAt(grid, 2, 6),
        cellAt(grid, 4, 1),
        cellAt(grid, 7, 2),
      ].map((c) => c?.value),
    ).toEqual(['top', 'c', 'f', 'four', 'seven']);
  });

  it('opens a self-closing row and a self-closing sheetData, and grows the dimension', async () => {
    const xml = sheetXml([{ r: 3, cells: [] }])
      .replace('<row r="3"></row>', '<row r="3" spans="1:2"/>')
      .replace('<sheetData>', '<dimension ref="A1:B3"/><sheetData>');
    const { sheet, grid } = await write(xml, [{ row: 3, col: 4, value: 4 }]);
    expect(sheet).toContain('<dimension ref="A1:D3"/>');
    expect(sheet).toContain('<row r="3" spans="1:4"><c r="D3"><v>4</v></c></row>');
    expect(cellAt(grid, 3, 4)?.value).toBe(4);
    const empty = await write(sheetXml([]).replace('<sheetData></sheetData>', '<sheetData/>'), [
      { row: 2, col: 2, value: 'x' },
    ]);
    expect(empty.sheet).toContain(
      '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
  });

  it('writes into rows and cells without `r` without moving the cells that follow', async () => {
    const xml = sheetXml([
      {
        r: null,
        cells: [
          { ref: null, n: 1 },
          { ref: null, n: 2 },
        ],
      },
      { r: null, cells: [{ ref: null, n: 3 }] },
    ]);
    const { grid } = await write(xml, [
      { row: 1, col: 1, value: 10 },
      { row: 2, col: 3, value: 30 },
    ]);
    expect([
      cellAt(grid, 1, 1)?.value,
      cellAt(grid, 1, 2)?.value,
      cellAt(grid, 2, 1)?.value,
      cellAt(grid, 2, 3)?.value,
    ]).toEqual([10, 2, 3, 30]);
  });

  it('writes into a prefixed sheet with the same prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const { sheet, grid } = await write(xml, [
      { row: 1, col: 2, value: '说明' },
      { row: 3, col: 1, value: 2 },
    ]);
    expect(sheet).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t>说明</x:t></x:is></x:c>');
    expect(sheet).toContain('<x:row r="3"><x:c r="A3"><x:v>2</x:v></x:c></x:row>');
    expect([cellAt(grid, 1, 2)?.value, cellAt(grid, 3, 1)?.value]).toEqual(['说明', 2]);
  });

  it('writes across the pieces a big sheet is parsed in', async () => {
    const many: Row[] = Array.from({ length: 6_000 }, (_, i) => ({
      r: i + 1,
      cells: [
        { ref: `A${i + 1}`, str: `第${i + 1}行，一段让这一行变长的文字` },
        { ref: `C${i + 1}`, s: S.bordered },
      ],
    }));
    const patches = many.map((_, i) => ({ row: i + 1, col: 3, value: i + 0.5 }));
    const { grid } = await write(sheetXml(many), patches);
    for (let r = 1; r <= 6_000; r += 997) {
      expect(cellAt(grid, r, 3)?.value).toBe(r - 1 + 0.5);
      expect(cellAt(grid, r, 1)?.value).toBe(`第${r}行，一段让这一行变长的文字`);
    }
  });
});

describe('patchSheet: what a written cell keeps and what is never touched', () => {
  it('keeps a written cell’s style, never writes a value over a formula, and marks a formula cell by its style', async () => {
    const xml = sheetXml([
      {
        r: 1,
        cells: [
          { ref: 'A1', s: S.percent },
          { ref: 'B1', raw: '<c r="B1" s="6"><f>1+1</f><v>2</v></c>' },
        ],
      },
    ]);
    const { sheet, grid } = await write(xml, [
      { row: 1, col: 1, value: 0.5 },
      { row: 1, col: 2, value: 99 },
      { row: 1, col: 2, fill: '#FFC7CE' },
    ]);
    expect(sheet).toContain('<c r="A1" s="1"><v>0.5</v></c>');
    expect(sheet).toMatch(/<c r="B1" s="\d+"><f>1\+1<\/f><v>2<\/v><\/c>/);
    expect(cellAt(grid, 1, 2)).toMatchObject({ value: 2, formula: true, fill: '#FFC7CE' });
    expect(cellAt(grid, 1, 1)).toMatchObject({ value: 0.5, format: '0%' });
  });

  it('gives a new cell its row’s style (customFormat) or its column’s', async () => {
    const xml = sheetXml([{ r: 1, attrs: ' s="2" customFormat="1"', cells: [] }]).replace(
      '<sheetData>',
      '<cols><col min="3" max="3" width="9" style="1" customWidth="1"/></cols><sheetData>',
    );
    const { sheet } = await write(xml, [
      { row: 1, col: 1, value: 45000 },
      { row: 2, col: 3, value: 0.5 },
    ]);
    expect(sheet).toContain('<c r="A1" s="2"><v>45000</v></c>');
    expect(sheet).toContain('<c r="C2" s="1"><v>0.5</v></c>');
  });

  it('cuts text longer than a cell holds with an ellipsis, and keeps leading spaces and line breaks', async () => {
    const { grid, sheet } = await write(sheetXml([]), [
      { row: 1, col: 1, value: '说'.repeat(40_000) },
      { row: 1, col: 2, value: '  两行\n文字 ' },
      { row: 1, col: 3, value: 'a\u0001b<&>' },
    ]);
    const long = String(cellAt(grid, 1, 1)?.value);
    expect(long).toHaveLength(MAX_CELL_CHARS);
    expect(long.endsWith('…')).toBe(true);
    expect(cellAt(grid, 1, 2)?.value).toBe('  两行\n文字 ');
    expect(sheet).toContain('xml:space="preserve"');
    expect(cellAt(grid, 1, 3)?.value).toBe('ab<&>');
  });

  it('creates a stylesheet when the package has none and a mark needs one', async () => {
    const { part, grid } = await write(
      sheetXml([{ r: 1, cells: [{ ref: 'A1', n: 1 }] }]),
      [{ row: 1, col: 1, fill: '#FFEB9C' }],
      null,
    );
    expect(part('xl/styles.xml')).toContain('<fgColor rgb="FFFFEB9C"/>');
    expect(part('xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    expect(part('[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    expect(cellAt(grid, 1, 1)).toEqual({ value: 1, fill: '#FFEB9C' });
  });

  it('restores an opaque fill token exactly and reuses fills and styles it already added', async () => {
    const styles = (await import('./crafted/build')).STYLES.replace(
      '</fills>',
      '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.39997558519241921"/><bgColor indexed="64"/></patternFill></fill></fills>',
    )
      .replace('<cellXfs count="7">', '<cellXfs count="8">')
      .replace(
        '</cellXfs>',
        '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/></cellXfs>',
      );
    const xml = sheetXml([
      {
        r: 1,
        cells: [
          { ref: 'A1', s: 7, n: 1 },
          { ref: 'B1', s: 7, n: 2 },
        ],
      },
    ]);
    const first = await write(xml, [], styles);
    const token = cellAt(first.grid, 1, 1)!.fill!;
    expect(token).toMatch(/^xlsx-fill:<fill><patternFill patternType="solid"><fgColor theme="4"/);
    const marked = await writeXlsx(
      await readXlsx(first.out),
      [
        { sheet: SHEET, row: 1, col: 1, role: 'mark', fill: '#FFEB9C' },
        { sheet: SHEET, row: 1, col: 2, role: 'mark', fill: '#FFEB9C' },
      ],
      null,
    );
    const back = await writeXlsx(
      await readXlsx(marked),
      [
        { sheet: SHEET, row: 1, col: 1, role: 'mark', fill: token },
        { sheet: SHEET, row: 1, col: 2, role: 'mark', fill: token },
      ],
      null,
    );
    const grid = (await readXlsx(back)).grid.sheets[0];
    expect([cellAt(grid, 1, 1)?.fill, cellAt(grid, 1, 2)?.fill]).toEqual([token, token]);
    const stylesOut = new TextDecoder().decode(
      entryBytes(openZip(back), findEntry(openZip(back), 'xl/styles.xml')!),
    );
    // One yellow fill added, one style for it: the two cells share them; restoring found style 7 again.
    expect(stylesOut.match(/FFFFEB9C/g)).toHaveLength(1);
    expect(stylesOut).toContain('<cellXfs count="9">');
  });
});
