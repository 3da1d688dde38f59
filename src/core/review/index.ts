/**
 * The reviewer's view of one scored table: 单位名称, the score as typed, 预算执行率, the reviewer's
 * checks (findings that change no score) and the 自评结论 paragraph.
 */
import { a1 } from '../grid';
import type { WorkbookGrid } from '../grid';
import type { ScoredTable, TableReport } from '../report';
import type { ScoringSettings } from '../settings';
import { outputColumns } from '../table/columns';
import type { TableLayout } from '../table/model';
import type { WriteBack } from '../table/writeBack';
import { CONCLUSION_SUBJECTS, DEFAULT_CONCLUSION_SUBJECT } from '../vocabulary/review';
import { reviewFindings } from './checks';
import { conclusion } from './conclusion';
import { executionRate } from './executionRate';
import { typedScore } from './typedScore';
import { tableTitle, unitName } from './unitName';

export function reviewTable(
  scored: ScoredTable,
  layout: TableLayout,
  grid: WorkbookGrid,
  wb: WriteBack,
  settings: ScoringSettings,
): TableReport {
  const { view } = layout;
  const out = outputColumns(layout);
  const unit = unitName(grid, scored.sheet, scored.headerRow);
  const title = tableTitle(grid, scored.sheet, scored.headerRow) ?? '';
  const subject =
    CONCLUSION_SUBJECTS.find((s) => title.includes(s.word))?.subject ?? DEFAULT_CONCLUSION_SUBJECT;
  const rate = executionRate(scored);

  const totalCell = a1(layout.totalRow ?? layout.headerRow, out.score.col);
  const checks = reviewFindings(scored, rate, settings.checks, totalCell);
  const findings = [
    ...scored.findings.filter(
      (f) => settings.checks.overachievement || f.code !== 'overachievement-reason-missing',
    ),
    ...checks,
  ];

  const personNotes = new Map<number, string>();
  for (const ind of layout.indicators) {
    const at = view.master(ind.row, out.note.col);
    const text = view.text(at.row, at.col);
    if (text !== '' && !wb.isOurNote({ sheet: view.name, ...at })) personNotes.set(ind.row, text);
  }

  return {
    ...scored,
    findings,
    unit,
    typedScore: typedScore(scored, layout, wb),
    executionRate: rate,
    conclusion: conclusion({ scored, unit, subject, personNotes }),
  };
}
