/** Hand-built workbooks and a host over the Excel fake, for the Office adapter tests. */
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, GridCell, WorkbookGrid } from '../../src/core/grid';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import type { FakeExcelOptions } from '../../src/hosts/office/fakeExcel';
import { OfficeScoringHost } from '../../src/hosts/office/officeHost';
import type { OfficeHostOptions } from '../../src/hosts/office/officeHost';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES_DIR } from '../sharedDir';

export type CellSpec = CellValue | GridCell;

/** `{ Sheet1: [[...row 1], [...row 2]] }` → WorkbookGrid; a cell is a value or a full GridCell. */
export function gridOf(sheets: Record<string, CellSpec[][]>): WorkbookGrid {
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rowCount: rows.length,
      colCount: Math.max(0, ...rows.map((r) => r.length)),
      cells: rows.map((row) =>
        row.map((spec): GridCell | undefined => {
          if (spec !== null && typeof spec === 'object') return spec;
          return spec === null ? undefined : { value: spec };
        }),
      ),
      merges: [],
    })),
  };
}

/** The synthetic 评分表 the sync benchmark scores (title row, header on row 2, 合计 at the end). */
export {
  syntheticScoringTable as scoringTable,
  syntheticDataSheet as dataSheet,
  tableBesideData,
} from '../../bench/syncs';

export function hostOver(excel: FakeExcel, options: OfficeHostOptions = {}): OfficeScoringHost {
  return new OfficeScoringHost({
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    settings: excel.settings,
    ...options,
  });
}

/** The Hunan fixture (two sheets, merged level and weight cells) as the xlsx host reads it. */
export async function hunan(): Promise<WorkbookGrid> {
  const doc = await readXlsx(fs.readFileSync(path.join(FIXTURES_DIR, 'hunan-dept-overall.xlsx')));
  return doc.grid;
}

export function fakeOf(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(grid, options);
}

/** Custom properties whose names are the old ledger's `jixiao.ledger.N`. */
export function ledgerProperties(excel: FakeExcel): string[] {
  return Object.keys(excel.snapshot().customProperties).filter((k) => /^jixiao\.ledger\./i.test(k));
}

/** Every fill of the workbook by `sheet!A1`. */
export function fillsOf(grid: WorkbookGrid): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of grid.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.fill) out[`${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}`] = cell.fill;
      }),
    );
  }
  return out;
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function failure(work: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await work;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected the operation to fail');
}
