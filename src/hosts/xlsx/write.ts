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

/** ExcelJS's writer internals we hook into: the JSZip archive it fills, and the step that compresses it. */
interface ZipWriterInternals {
  zip?: JSZip;
}
interface XlsxWriterInternals {
  _finalize?: (writer: ZipWriterInternals) => Promise<unknown>;
}

/**
 * Write the workbook with our custom properties added to ExcelJS's own archive just before it is
 * compressed, so the package is zipped once. Returns null when this ExcelJS build does not expose the
 * hook (the caller then re-opens the written package instead).
 */
async function writeWithProperties(
  wb: ExcelJS.Workbook,
  add: (zip: JSZip) => Promise<void>,
): Promise<Uint8Array | null> {
  const xlsx = wb.xlsx as unknown as XlsxWriterInternals;
  const finalize = xlsx._finalize;
  if (typeof finalize !== 'function') return null;
  let hooked = false;
  xlsx._finalize = async (writer) => {
    if (writer.zip && typeof writer.zip.file === 'function') {
      await add(writer.zip);
      hooked = true;
    }
    return finalize.call(xlsx, writer);
  };
  try {
    const saved = await wb.xlsx.writeBuffer();
    return hooked ? new Uint8Array(saved) : null;
  } finally {
    xlsx._finalize = finalize;
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
  const addProperties = (zip: JSZip) => writeCustomProperties(zip, doc.customPropertyParts, ownProperties);
  const direct = await writeWithProperties(wb, addProperties);
  if (direct) return direct;
  // Fallback: stored, not deflated, then opened once more and compressed only then.
  const saved = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const zip = await JSZip.loadAsync(saved);
  await addProperties(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
