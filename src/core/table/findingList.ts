/** Findings of one table, one per cell and code, in sheet order. */
import { FINDING_SEVERITY } from '../findings';
import type { Finding, FindingCode, Severity } from '../findings';
import { a1 } from '../grid';
import type { CellRef } from './model';

export class FindingList {
  private readonly byKey = new Map<string, { at: CellRef; finding: Finding }>();

  add(at: CellRef, code: FindingCode, message: string, row?: number): void {
    const cell = a1(at.row, at.col);
    const key = `${cell}|${code}`;
    if (this.byKey.has(key)) return;
    const finding: Finding = { cell, code, severity: FINDING_SEVERITY[code], message };
    if (row !== undefined) finding.row = row;
    this.byKey.set(key, { at: { row: at.row, col: at.col }, finding });
  }

  /** Cells and severities, for marking. */
  cells(): (CellRef & { severity: Severity })[] {
    return [...this.byKey.values()].map(({ at, finding }) => ({ ...at, severity: finding.severity }));
  }

  list(): Finding[] {
    return [...this.byKey.values()]
      .sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col)
      .map((f) => f.finding);
  }
}
