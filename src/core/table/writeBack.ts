/**
 * Turning decisions into patches against the current grid, and keeping the ledger: which notes and
 * numbers are ours, and which fill each marked cell had before our first mark (SPEC §4).
 */
import Decimal from 'decimal.js';
import { fitCell } from '../cellText';
import { MARK_FILL } from '../findings';
import type { Severity } from '../findings';
import { a1, parseA1 } from '../grid';
import type { CellValue, GridCell, WorkbookGrid } from '../grid';
import { ledgerKey } from '../patch';
import type { CellPatch, LedgerEntry, MarkLedger, PatchRole } from '../patch';

interface Target {
  sheet: string;
  row: number;
  col: number;
}

const SEVERITY_RANK: Record<Severity, number> = { warning: 0, missing: 1, error: 2 };
const OUR_FILLS = new Set(Object.values(MARK_FILL).filter((f): f is string => f !== null));

export class WriteBack {
  private readonly values = new Map<
    string,
    { at: Target; role: PatchRole; value: CellValue; ours: boolean; replaced?: number }
  >();
  private readonly notes = new Map<string, { at: Target; text: string | null }>();
  private readonly marks = new Map<string, { at: Target; severity: Severity }>();
  private readonly sheets: Map<string, WorkbookGrid['sheets'][number]>;

  constructor(
    grid: WorkbookGrid,
    private readonly ledger: MarkLedger,
  ) {
    this.sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  }

  /** The cell holds exactly the number we wrote there last time (so it is not the person's). */
  isOurValue(at: Target): boolean {
    const ours = this.entry(at)?.value;
    return ours !== undefined && this.cell(at)?.value === ours;
  }

  /** The cell holds exactly the note we wrote there last time. */
  isOurNote(at: Target): boolean {
    const ours = this.entry(at)?.note;
    return ours !== undefined && this.cell(at)?.value === ours;
  }

  /**
   * The number the person had typed where ours now stands (we replaced it on an earlier run), or null.
   * Only while the cell still shows our number: a number typed over ours is the person's again.
   */
  replacedValue(at: Target): Decimal | null {
    const replaced = this.entry(at)?.replaced;
    return replaced !== undefined && this.isOurValue(at) ? new Decimal(replaced) : null;
  }

  /**
   * A computed number (score, rate, total): written, and remembered as ours; `replaced` is the typed
   * number it replaces, remembered so that later runs still tell what the person had typed.
   */
  writeNumber(at: Target, role: PatchRole, value: number, replaced?: number): void {
    this.values.set(keyOf(at), { at, role, value, ours: true, replaced });
  }

  /**
   * A number of ours that no longer applies (the row lost its input): the cell is emptied, or gets back
   * the number the person had typed there before we replaced it.
   */
  retractNumber(at: Target, role: PatchRole): void {
    if (!this.isOurValue(at)) return;
    const typed = this.entry(at)?.replaced;
    this.values.set(keyOf(at), { at, role, value: typed ?? null, ours: false });
  }

  /** A header we add (the `扣分说明` column). */
  writeHeader(at: Target, text: string): void {
    this.values.set(keyOf(at), { at, role: 'header', value: text, ours: false });
  }

  /** Our note for the cell, or null for none; applied only where the cell is empty or holds our earlier note. */
  note(at: Target, text: string | null): void {
    this.notes.set(keyOf(at), { at, text: text === null ? null : fitCell(text) });
  }

  /** A finding's fill; the most severe finding on a cell wins, warnings have none. */
  mark(at: Target, severity: Severity): void {
    if (MARK_FILL[severity] === null) return;
    const key = keyOf(at);
    const before = this.marks.get(key);
    if (!before || SEVERITY_RANK[severity] > SEVERITY_RANK[before.severity])
      this.marks.set(key, { at, severity });
  }

  /** Patches in application order (values, notes, fills) and the ledger to store. */
  finish(): { patches: CellPatch[]; ledger: MarkLedger } {
    const patches: CellPatch[] = [];
    const next: Record<string, LedgerEntry> = {};
    const entryFor = (key: string): LedgerEntry => (next[key] ??= {});
    const patch = (at: Target, role: PatchRole, change: Pick<CellPatch, 'value' | 'fill'>) =>
      patches.push({ sheet: at.sheet, row: at.row, col: at.col, role, ...change });

    for (const [key, { at, role, value, ours, replaced }] of this.values) {
      if (this.cell(at)?.value !== value && !(value === null && isEmpty(this.cell(at)?.value)))
        patch(at, role, { value });
      if (ours && typeof value === 'number') entryFor(key).value = value;
      if (ours && replaced !== undefined) entryFor(key).replaced = replaced;
    }
    for (const [key, { at, text }] of this.notes) {
      const current = this.cell(at)?.value;
      const ours = this.isOurNote(at);
      if (!ours && !isEmpty(current)) continue; // the person's note: never touched
      if (text !== null) {
        if (current !== text) patch(at, 'note', { value: text });
        entryFor(key).note = text;
      } else if (ours) {
        patch(at, 'note', { value: null });
      }
    }
    for (const [key, { at, severity }] of this.marks) {
      const fill = MARK_FILL[severity] as string;
      const current = this.cell(at)?.fill ?? null;
      const earlier = this.entry(at)?.fillBefore;
      // A fill the person set after our mark is what a later clear restores.
      entryFor(key).fillBefore = earlier !== undefined && isOurFill(current) ? earlier : current;
      if (current !== fill) patch(at, 'mark', { fill });
    }

    // Ledger entries this run did not revisit: stale notes go, earlier fills come back, our numbers stay known.
    for (const [key, old] of Object.entries(this.ledger.cells)) {
      const at = targetOf(key);
      if (!at || !this.sheets.has(at.sheet)) continue;
      const cell = this.cell(at);
      if (old.note !== undefined && !this.notes.has(key) && cell?.value === old.note)
        patch(at, 'note', { value: null });
      if (old.fillBefore !== undefined && !this.marks.has(key) && isOurFill(cell?.fill ?? null)) {
        patch(at, 'mark', { fill: old.fillBefore });
      }
      if (old.value !== undefined && !this.values.has(key) && cell?.value === old.value) {
        entryFor(key).value = old.value;
        if (old.replaced !== undefined) entryFor(key).replaced = old.replaced;
      }
    }
    return { patches, ledger: { version: 1, cells: next } };
  }

  private entry(at: Target): LedgerEntry | undefined {
    return this.ledger.cells[keyOf(at)];
  }

  private cell(at: Target): GridCell | undefined {
    return this.sheets.get(at.sheet)?.cells[at.row - 1]?.[at.col - 1];
  }
}

function keyOf(at: Target): string {
  return ledgerKey(at.sheet, a1(at.row, at.col));
}

function targetOf(key: string): Target | null {
  const bang = key.lastIndexOf('!');
  if (bang <= 0) return null;
  try {
    return { sheet: key.slice(0, bang), ...parseA1(key.slice(bang + 1)) };
  } catch {
    return null; // a garbled ledger key names no cell
  }
}

function isOurFill(fill: string | null): boolean {
  return fill !== null && OUR_FILLS.has(fill.toUpperCase());
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
