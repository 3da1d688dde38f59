/** Merge-aware reading of one sheet: a cell inside a merged area reads as the area's top-left cell. */
import type { CellValue, GridCell, MergedArea, SheetGrid } from '../grid';

export class SheetView {
  private readonly mergeOf = new Map<number, MergedArea>();

  constructor(readonly sheet: SheetGrid) {
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeOf.set(key(r, c), m);
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The cell as stored (no merge resolution). */
  raw(row: number, col: number): GridCell | undefined {
    return this.sheet.cells[row - 1]?.[col - 1];
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeOf.get(key(row, col));
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left, or the cell itself. */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  cell(row: number, col: number): GridCell | undefined {
    const at = this.master(row, col);
    return this.raw(at.row, at.col);
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  /** Trimmed display text of the shown value ('' when empty). */
  text(row: number, col: number): string {
    return textOf(this.value(row, col));
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  /** True when nothing is stored in the row itself (merge continuations count as empty). */
  rowIsEmpty(row: number, fromCol: number, toCol: number): boolean {
    for (let c = fromCol; c <= toCol; c++) if (textOf(this.raw(row, c)?.value ?? null) !== '') return false;
    return true;
  }
}

export function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

function key(row: number, col: number): number {
  return row * 20000 + col;
}
