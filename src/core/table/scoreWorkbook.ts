/** The core's entry points (contract in ../engine.ts): recognise → score → validate → patch. */
import { WorkbookData } from '../derive';
import { NoTableError } from '../engine';
import type { ScoreOptions, ScoreOutcome } from '../engine';
import { FINDING_SEVERITY } from '../findings';
import type { Finding } from '../findings';
import { a1 } from '../grid';
import type { WorkbookGrid } from '../grid';
import { MESSAGES } from './messages';
import { EMPTY_LEDGER } from '../patch';
import type { CellPatch, MarkLedger } from '../patch';
import { reviewTable } from '../review';
import { withDefaults } from '../settings';
import { recognizeWorkbook } from './recognize';
import { scoreTable } from './scoreTable';
import type { TableLayout } from './model';
import { WriteBack } from './writeBack';

export function scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions = {}): ScoreOutcome {
  const settings = withDefaults(options.settings);
  const layouts = recognizeWorkbook(grid);
  if (layouts.length === 0) throw new NoTableError();
  const wb = new WriteBack(grid, options.ledger ?? EMPTY_LEDGER);
  // The data tables a blank input's definition draws on: everything but the scoring tables themselves.
  const data = new WorkbookData(
    grid,
    layouts.map((l) => ({
      sheet: l.view.name,
      top: l.headerRow,
      bottom: l.lastRow,
      left: l.firstCol,
      right: l.lastCol,
    })),
  );
  const scored = layouts.map((layout) => scoreTable(layout, settings, wb, data));
  if (options.ledgerDamaged) {
    const first = layouts[0];
    scored[0].findings.unshift({
      cell: a1(first.headerRow, first.firstCol),
      code: 'ledger-unreadable',
      severity: FINDING_SEVERITY['ledger-unreadable'],
      message: MESSAGES.ledgerUnreadable,
    });
  }
  if (options.mergesUnread) {
    layouts.forEach((layout, i) => {
      const finding = mergesUnreadFinding(layout);
      if (finding) scored[i].findings.unshift(finding);
    });
  }
  const tables = scored.map((table, i) => reviewTable(table, layouts[i], grid, wb, settings));
  const { patches, ledger } = wb.finish();
  const report = options.file !== undefined ? { file: options.file, tables } : { tables };
  return { report, patches, ledger };
}

const NAMED_AT_MOST = 8;

/** Without merges, the indicators with a blank level, weight or rule cell may have lost a merged value. */
function mergesUnreadFinding(layout: TableLayout): Finding | null {
  const { view, cols } = layout;
  const merged = [cols.level1, cols.level2, cols.weight, cols.rule].filter(
    (c): c is number => c !== undefined,
  );
  const names = layout.indicators
    .filter((ind) => ind.rows.some((row) => merged.some((col) => view.isBlank(row, col))))
    .map((ind) => ind.name);
  if (names.length === 0) return null;
  return {
    cell: a1(layout.headerRow, layout.firstCol),
    code: 'merges-unread',
    severity: FINDING_SEVERITY['merges-unread'],
    message: MESSAGES.mergesUnread(names.slice(0, NAMED_AT_MOST), names.length - NAMED_AT_MOST),
  };
}

/**
 * 清除标注: every marked cell gets its earlier fill back and our unchanged notes go; scores stay, and
 * the ledger keeps only which numbers are ours (so a later run still tells them from typed ones).
 */
export function clearMarks(
  grid: WorkbookGrid,
  ledger: MarkLedger,
): { patches: CellPatch[]; ledger: MarkLedger } {
  return new WriteBack(grid, ledger).finish();
}
