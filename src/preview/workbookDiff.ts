/**
 * The preview's download: what the Excel fake now holds versus the grid the file was read into, as
 * CellPatch[] for the xlsx writer. Diffing (rather than keeping the run's patches) also covers undo
 * and 清除标注, which change cells back.
 */
import { isLedgerXml, ledgerFromXml, legacyLedger } from '../core';
import type { MarkLedger } from '../core';
import type { GridCell, WorkbookGrid } from '../core/grid';
import type { CellPatch } from '../core/patch';

function sameValue(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return (a?.value ?? null) === (b?.value ?? null);
}

function sameFill(a: GridCell | undefined, b: GridCell | undefined): boolean {
  return (a?.fill ?? null) === (b?.fill ?? null);
}

export function diffGrids(original: WorkbookGrid, current: WorkbookGrid): CellPatch[] {
  const patches: CellPatch[] = [];
  for (const now of current.sheets) {
    const before = original.sheets.find((s) => s.name === now.name);
    const rows = Math.max(now.rowCount, before?.rowCount ?? 0);
    const cols = Math.max(now.colCount, before?.colCount ?? 0);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const was = before?.cells[r - 1]?.[c - 1];
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
