/**
 * What the core asks a host to change, and the ledger of marks it keeps in the document so that a later
 * run or 清除标注 can tell its own notes and fills from the person's.
 */
import type { CellValue } from './grid';

export type PatchRole = 'score' | 'note' | 'rate' | 'total' | 'header' | 'mark' | 'input';

export interface CellPatch {
  sheet: string;
  row: number;
  col: number;
  role: PatchRole;
  /** New value; undefined leaves the value as it is, null empties the cell. */
  value?: CellValue;
  /** New solid fill `#RRGGBB`; undefined leaves the fill, null removes it. */
  fill?: string | null;
}

/** Per touched cell (`sheet!A1`): the fill it had before we first marked it, and the note text we wrote. */
export interface LedgerEntry {
  /** Present when we marked the cell: its fill before the first mark (null = none). */
  fillBefore?: string | null;
  /** Present when we wrote a note there: exactly what we wrote. */
  note?: string;
  /**
   * Present when we wrote a computed number there (得分, 执行率, the total, a derived input): exactly what we wrote, so a
   * later run tells our number from one the person typed.
   */
  value?: number;
  /**
   * Present with `value` when our number replaced one the person had typed (SPEC §4): what they typed,
   * so a later run still reports the change and writes the same note, and can put it back.
   */
  replaced?: number;
}

export interface MarkLedger {
  version: 1;
  cells: Record<string, LedgerEntry>;
}

export const EMPTY_LEDGER: MarkLedger = { version: 1, cells: {} };

export function ledgerKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}
