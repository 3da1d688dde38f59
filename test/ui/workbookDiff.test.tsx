import type { WorkbookGrid } from '../../src/core/grid';
import { ledgerToXml } from '../../src/core';
import { legacyLedgerProperties } from '../core/legacyLedgerProperties';
import { diffGrids, previewLedger } from '../../src/preview/workbookDiff';

const before: WorkbookGrid = {
  sheets: [
    {
      name: '评分表',
      rowCount: 2,
      colCount: 3,
      cells: [
        [{ value: '指标' }, { value: '得分' }, { value: '备注', fill: '#DDEBF7' }],
        [{ value: '预算完成率' }, { value: null }, { value: null }],
      ],
      merges: [],
    },
  ],
};

const clone = (grid: WorkbookGrid): WorkbookGrid => JSON.parse(JSON.stringify(grid)) as WorkbookGrid;

describe('download patches', () => {
  it('is empty when nothing changed', () => {
    expect(diffGrids(before, clone(before))).toEqual([]);
  });

  it('turns written scores, marks and an added column into patches, and nothing else', () => {
    const after = clone(before);
    const sheet = after.sheets[0];
    sheet.cells[1][1] = { value: 2.4 };
    sheet.cells[0][2] = { value: '备注', fill: '#FFEB9C' };
    sheet.cells[0][3] = { value: '扣分说明' };
    sheet.colCount = 4;
    expect(diffGrids(before, after)).toEqual([
      { sheet: '评分表', row: 1, col: 3, role: 'mark', fill: '#FFEB9C' },
      { sheet: '评分表', row: 1, col: 4, role: 'score', value: '扣分说明' },
      { sheet: '评分表', row: 2, col: 2, role: 'score', value: 2.4 },
    ]);
  });

  it('writes a removed fill back as no fill', () => {
    const after = clone(before);
    after.sheets[0].cells[0][2] = { value: '备注' };
    expect(diffGrids(before, after)).toEqual([{ sheet: '评分表', row: 1, col: 3, role: 'mark', fill: null }]);
  });

  it('hands the writer the ledger from its XML part, else from the properties of an earlier version', () => {
    const ledger = { version: 1 as const, cells: { '评分表!G3': { value: 2.4 } } };
    const older = { version: 1 as const, cells: { '评分表!G4': { note: '旧' } } };
    const state = {
      customProperties: { ...legacyLedgerProperties(older), 作者: '财务科' },
      customXmlParts: ['<other xmlns="urn:x"/>', ledgerToXml(ledger)],
    };
    expect(previewLedger(state)).toEqual(ledger);
    expect(previewLedger({ ...state, customXmlParts: [] })).toEqual(older);
    expect(previewLedger({ customProperties: { 作者: '财务科' }, customXmlParts: [] })).toBeNull();
  });
});
