/** Everything a person could see in a workbook, per cell, for "nothing else changed" comparisons. */
import type ExcelJS from 'exceljs';

export interface CellLook {
  value: unknown;
  numFmt: unknown;
  font: unknown;
  border: unknown;
  alignment: unknown;
  fill: unknown;
  protection: unknown;
}

export interface SheetLook {
  name: string;
  state: string;
  merges: string[];
  columns: { width: unknown; hidden: unknown }[];
  rows: Record<number, { height: unknown; hidden: unknown }>;
  cells: Record<string, CellLook>;
}

const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export function lookOf(wb: ExcelJS.Workbook): { sheets: SheetLook[]; definedNames: unknown } {
  const sheets = wb.worksheets.map((ws) => {
    const cells: Record<string, CellLook> = {};
    const rows: SheetLook['rows'] = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r] = { height: row.height, hidden: row.hidden };
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = {
          value: plain(cell.value),
          numFmt: cell.numFmt,
          font: plain(cell.font),
          border: plain(cell.border),
          alignment: plain(cell.alignment),
          fill: plain(cell.fill),
          protection: plain(cell.protection),
        };
      });
    });
    const merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    const columns = (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden }));
    return { name: ws.name, state: ws.state, merges, columns, rows, cells };
  });
  return { sheets, definedNames: plain(wb.definedNames.model) };
}
