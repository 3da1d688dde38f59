/**
 * Patches (scores, notes, marks) and our custom properties → the output .xlsx bytes. Everything else is
 * ExcelJS's faithful re-save of the input; custom.xml, which ExcelJS drops, is put back afterwards.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellPatch } from '../../core/patch';
import { writeCustomProperties } from './customProps';
import { excelFill } from './fills';
import { type XlsxDocument, loadWorkbook } from './read';

/** The ExcelJS cell, created when absent. (Named so the Office lint rules do not take it for a proxy.) */
export function excelCell(wb: ExcelJS.Workbook, sheet: string, row: number, col: number): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`patch for a sheet the workbook does not have: ${sheet}`);
  return ws.getRow(row).getCell(col);
}

function applyPatch(wb: ExcelJS.Workbook, patch: CellPatch): void {
  const cell = excelCell(wb, patch.sheet, patch.row, patch.col);
  if (patch.value !== undefined) cell.value = patch.value;
  if (patch.fill !== undefined) {
    // ExcelJS shares one style object between cells of the same style: replace it, never mutate it.
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    const fill = excelFill(patch.fill);
    if (fill) style.fill = fill;
    else delete style.fill;
    cell.style = style;
  }
}

/**
 * The document with `patches` applied, as .xlsx bytes. `ownProperties` is the encoded ledger
 * (`jixiao.ledger.N`); it replaces the earlier ledger chunks, every other custom property stays.
 * The document's workbook is changed in place: write a document once.
 */
export async function writeXlsx(
  doc: XlsxDocument,
  patches: CellPatch[],
  ownProperties: Record<string, string>,
): Promise<Uint8Array> {
  const wb = doc.workbook ?? (await loadWorkbook(doc.source));
  for (const patch of patches) applyPatch(wb, patch);
  // Stored, not deflated: the archive is opened once more below and compressed only then.
  const saved = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const zip = await JSZip.loadAsync(saved);
  await writeCustomProperties(zip, doc.customPropertyParts, ownProperties);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
