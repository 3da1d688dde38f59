import ExcelJS from 'exceljs';
import { a1, cellAt, parseA1 } from '../../src/core/grid';
import type { CellPatch } from '../../src/core/patch';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { writeXlsx } from '../../src/hosts/xlsx/write';
import { lookOf } from './compare';
import { FIXTURES, loadExcel, readFixture, toBytes } from './helpers';

function excelCell(wb: ExcelJS.Workbook, sheet: string, row: number, col: number): ExcelJS.Cell {
  return wb.getWorksheet(sheet)!.getRow(row).getCell(col);
}

/** A patch list like a scoring run's: scores, a note, a red and a yellow mark, a cleared fill. */
function patchesFor(sheet: string, cells: Record<string, Omit<CellPatch, 'sheet' | 'row' | 'col' | 'role'>>) {
  return Object.entries(cells).map(([address, p]): CellPatch => ({
    sheet,
    ...parseA1(address),
    role: 'mark',
    ...p,
  }));
}

const PATCHES: Record<(typeof FIXTURES)[number], CellPatch[]> = {
  'hunan-dept-overall': patchesFor('评分表', {
    I9: { value: 2.4 },
    J9: { value: '预算完成率92.00%，低于95%标准3.00个百分点，扣0.60分，得2.40分' },
    H15: { fill: '#FFEB9C' },
    H10: { fill: '#FFC7CE' },
    A3: { fill: null },
  }),
  'self-eval-form': patchesFor('绩效自评表', {
    G7: { value: 10 },
    G4: { value: 9.86 },
    E12: { fill: '#FFEB9C' },
    H8: { fill: '#FFEB9C' },
  }),
};

describe.each(FIXTURES)('writeXlsx on %s', (name) => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  const patches = PATCHES[name];
  const touched = new Set(patches.map((p) => `${p.sheet}!${a1(p.row, p.col)}`));

  beforeAll(async () => {
    const input = readFixture(name);
    before = await loadExcel(input);
    after = await loadExcel(await writeXlsx(await readXlsx(input), patches, null));
  });

  it('applies every patch', () => {
    for (const p of patches) {
      const cell = excelCell(after, p.sheet, p.row, p.col);
      if (p.value !== undefined) expect(cell.value).toEqual(p.value);
      if (typeof p.fill === 'string')
        expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: `FF${p.fill.slice(1)}` } });
      if (p.fill === null)
        expect(cell.fill?.type === undefined || (cell.fill as ExcelJS.FillPattern).pattern === 'none').toBe(
          true,
        );
    }
  });

  it('changes nothing else: values, styles, merges, widths, heights, sheets, names', () => {
    const a = lookOf(before);
    const b = lookOf(after);
    expect(b.definedNames).toEqual(a.definedNames);
    expect(b.sheets.map((s) => [s.name, s.state])).toEqual(a.sheets.map((s) => [s.name, s.state]));
    a.sheets.forEach((sa, i) => {
      const sb = b.sheets[i];
      expect(sb.merges).toEqual(sa.merges);
      expect(sb.columns).toEqual(sa.columns);
      expect(sb.rows).toEqual(sa.rows);
      const addresses = new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)]);
      for (const address of addresses) {
        const ca = { ...sa.cells[address] };
        const cb = { ...sb.cells[address] };
        if (touched.has(`${sa.name}!${address}`)) {
          delete ca.value;
          delete cb.value;
          delete ca.fill;
          delete cb.fill;
        }
        expect({ address, ...cb }).toEqual({ address, ...ca });
      }
    });
  });
});

describe('writeXlsx: shared styles', () => {
  it('marks one cell without changing the fill of neighbours that shared its style', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    const shared = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
    for (const a of ['A1', 'B1', 'C1', 'A2']) {
      ws.getCell(a).value = a;
      ws.getCell(a).fill = shared;
      ws.getCell(a).border = { bottom: { style: 'thin' } };
    }
    const doc = await readXlsx(await toBytes(wb));
    const out = await readXlsx(
      await writeXlsx(doc, [{ sheet: '表', row: 1, col: 2, role: 'mark', fill: '#FFC7CE' }], null),
    );
    const s = out.grid.sheets[0];
    expect(cellAt(s, 1, 2)?.fill).toBe('#FFC7CE');
    expect([cellAt(s, 1, 1)?.fill, cellAt(s, 1, 3)?.fill, cellAt(s, 2, 1)?.fill]).toEqual([
      '#DDEBF7',
      '#DDEBF7',
      '#DDEBF7',
    ]);
    // The mark replaces only the fill: the border stays.
    const check = await loadExcel(
      await writeXlsx(
        await readXlsx(await toBytes(wb)),
        [{ sheet: '表', row: 1, col: 2, role: 'mark', fill: '#FFC7CE' }],
        null,
      ),
    );
    expect(check.getWorksheet('表')!.getCell('B1').border).toEqual({ bottom: { style: 'thin' } });
  });

  it('restores a theme fill exactly from the token the reader gave for it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    const themeFill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { theme: 5, tint: -0.25 },
    } as unknown as ExcelJS.Fill;
    ws.getCell('A1').value = 1;
    ws.getCell('A1').fill = themeFill;
    ws.getCell('B1').value = 2;
    const doc = await readXlsx(await toBytes(wb));
    const token = cellAt(doc.grid.sheets[0], 1, 1)!.fill!;
    const marked = await writeXlsx(
      doc,
      [{ sheet: '表', row: 1, col: 1, role: 'mark', fill: '#FFEB9C' }],
      null,
    );
    const restored = await writeXlsx(
      await readXlsx(marked),
      [
        { sheet: '表', row: 1, col: 2, role: 'mark', fill: token },
        { sheet: '表', row: 1, col: 1, role: 'mark', fill: token },
      ],
      null,
    );
    const out = (await loadExcel(restored)).getWorksheet('表')!;
    expect(out.getCell('A1').fill).toEqual(themeFill);
    expect(out.getCell('B1').fill).toEqual(themeFill);
  });
});
