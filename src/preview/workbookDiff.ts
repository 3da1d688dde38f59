/**
 * The preview's download: what the Excel fake now holds versus the grid the file was read into, as
 * CellPatch[] for the xlsx writer. Diffing (rather than keeping the run's patches) also covers undo
 * and 清除标注, which change cells back.
 */
import { isLedgerXml, ledgerFromXml, legacyLedger } from '../core';
import type { MarkLedger } from '../core';
import type { GridCell, WorkbookGrid } from '../core/grid';
import type { CellPatch } from '../core/patch';
import type { AddedSheet } from '../hosts/xlsx/appendSheet';

function sameValue(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return (a?.value ?? null) === (b?.value ?? null);
}

function sameFill(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return (a?.fill ?? null) === (b?.fill ?? null);
}

/** Changes to the sheets the file already had (a sheet added since is in `addedSheets`). */
export function diffGrids(original: WorkbookGrid, current: WorkbookGrid): CellPatch[] {
  const patches: CellPatch[] = [];
  for (const now of current.sheets) {
    const before = original.sheets.find((s) => s.name === now.name);
    if (!before) continue;
    const rows = Math.max(now.rowCount, before.rowCount);
    const cols = Math.max(now.colCount, before.colCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const was = before.cells[r - 1]?.[c - 1];
        const is = now.cells[r - 1]?.[c - 1];
        const valueChanged = !sameValue(was, is);
        const fillChanged = !sameFill(was, is);
        if (!valueChanged && !fillChanged) continue;
        patches.push({
          sheet: now.name,
          row: r,
          col: c,
          role: valueChanged ? 'score' : 'mark',
          ...(valueChanged ? { value: is?.value ?? null } : {}),
          ...(fillChanged ? { fill: is?.fill ?? null } : {}),
        });
      }
    }
  }
  return patches;
}

/**
 * The ledger the previewed workbook carries, for the downloaded file's own ledger part: our custom XML
 * part as the add-in writes it, else the properties an earlier version left. Null when it has none.
 */
export function previewLedger(state: {
  customProperties: Record<string, unknown>;
  customXmlParts: string[];
}): MarkLedger | null {
  const part = state.customXmlParts.find(isLedgerXml);
  if (part !== undefined) return ledgerFromXml(part).ledger;
  return legacyLedger(state.customProperties)?.ledger ?? null;
}

/** Sheets the fake holds that the file did not (the 自评结论 sheet), as rows of values for the writer. */
export function addedSheets(original: WorkbookGrid, current: WorkbookGrid): AddedSheet[] {
  const known = new Set(original.sheets.map((s) => s.name));
  return current.sheets
    .filter((s) => !known.has(s.name))
    .map((s) => ({
      name: s.name,
      rows: Array.from({ length: s.rowCount }, (_, r) =>
        Array.from({ length: s.colCount }, (_, c) => s.cells[r]?.[c]?.value ?? null),
      ),
      widths: [100],
    }));
}
