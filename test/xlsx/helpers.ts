/** Shared by the xlsx and CLI tests: the shared fixtures, and workbooks built on the fly. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'fs';
import path from 'path';
import { FIXTURES_DIR } from '../sharedDir';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const fixture = (name: string): string => path.join(FIXTURES_DIR, name);
export const FIXTURES = ['hunan-dept-overall', 'self-eval-form'] as const;

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixture(`${name}.xlsx`)));
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/**
 * A workbook whose sheet `name` has `rows` rows of ten bordered but empty cells, after `values` (row
 * arrays) at the top. Built as XML: ExcelJS would take far longer than the reader to write it.
 */
export async function formattedRowsWorkbook(name: string, rows: number, values: (string | number)[][] = []) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'placeholder';
  ws.getCell('A1').border = { top: { style: 'thin' } };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  const styleId = /<c r="A1" s="(\d+)"/.exec(xml)![1];
  const cols = 'ABCDEFGHIJ';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells = [...cols].map((c, i) => {
      const v = values[r - 1]?.[i];
      if (v === undefined) return `<c r="${c}${r}" s="${styleId}"/>`;
      if (typeof v === 'number') return `<c r="${c}${r}" s="${styleId}"><v>${v}</v></c>`;
      return `<c r="${c}${r}" s="${styleId}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
    });
    lines.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  zip.file(part, xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${lines.join('')}</sheetData>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
