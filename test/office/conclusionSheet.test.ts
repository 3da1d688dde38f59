// The 自评结论 written to a sheet of its own through the Office adapter (over the Excel fake): a new
// sheet in two syncs, the person's sheet of the same name never touched, a name Excel would refuse never sent.
import * as fs from 'fs';
import * as path from 'path';
import { conclusionSheetLines, freeSheetName } from '../../src/core/review/conclusionSheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeExcel } from '../../src/hosts/office/fakeExcel';
import { OfficeScoringHost } from '../../src/hosts/office/officeHost';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { FIXTURES_DIR } from '../sharedDir';
import { gridOf } from './helpers';

const hostOver = (excel: FakeExcel) =>
  new OfficeScoringHost({ run: excel.run, isSetSupported: excel.isSetSupported, settings: excel.settings });

const column = (excel: FakeExcel, sheet: string, rows: number) =>
  Array.from({ length: rows }, (_, r) => excel.valueAt(sheet, `A${r + 1}`));

describe('writing the 自评结论 sheet', () => {
  it('adds a sheet 自评结论 with the title and each table’s paragraph, shown, in two syncs', async () => {
    const doc = await readXlsx(fs.readFileSync(path.join(FIXTURES_DIR, 'hunan-dept-overall.xlsx')));
    const excel = new FakeExcel(doc.grid, { customProperties: doc.customProperties });
    const host = hostOver(excel);
    const run = await host.score(DEFAULT_SETTINGS);
    const lines = conclusionSheetLines(run.report);
    expect(lines.slice(0, 3)).toEqual(['自评结论', '', '评分表（示例区委编办）']);
    const before = excel.syncCount;
    await expect(host.writeConclusion(lines)).resolves.toBe('自评结论');
    expect(excel.syncCount - before).toBe(2);
    expect(column(excel, '自评结论', 4)).toEqual(lines.map((l) => (l === '' ? null : l)));
    expect(excel.activeSheet).toBe('自评结论');
    // The scored sheets are as the run left them.
    expect(excel.snapshot().grid.sheets.map((s) => s.name)).toEqual(['基础数据表', '评分表', '自评结论']);
  });

  it('never writes over a sheet the person has: the next free name is used', async () => {
    const excel = new FakeExcel(
      gridOf({ 评分表: [['x']], 自评结论: [['我自己写的结论']], 自评结论2: [['旧稿']] }),
    );
    await expect(hostOver(excel).writeConclusion(['自评结论', '', '段落'])).resolves.toBe('自评结论3');
    expect(excel.valueAt('自评结论', 'A1')).toBe('我自己写的结论');
    expect(excel.valueAt('自评结论2', 'A1')).toBe('旧稿');
    expect(column(excel, '自评结论3', 3)).toEqual(['自评结论', null, '段落']);
  });

  it('keeps a line that Excel would read as a formula or number as text', async () => {
    const excel = new FakeExcel(gridOf({ 评分表: [['x']] }));
    await hostOver(excel).writeConclusion(['=1+1', '95%']);
    expect(column(excel, '自评结论', 2)).toEqual(['=1+1', '95%']);
  });

  it('picks free names as Excel compares them (ignoring case)', () => {
    expect(freeSheetName([])).toBe('自评结论');
    expect(freeSheetName(['自评结论'])).toBe('自评结论2');
    expect(freeSheetName(['Notes', 'notes2'], 'NOTES')).toBe('NOTES3');
  });
});
