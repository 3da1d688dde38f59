/** The lines of the 自评结论 sheet the taskpane adds: a title, then per table its sheet and its paragraph. */
import type { ScoreReport } from '../report';
import { CONCLUSION_SHEET_NAME } from '../vocabulary/review';

export { CONCLUSION_SHEET_NAME };

export function conclusionSheetLines(report: ScoreReport): string[] {
  const lines = [CONCLUSION_SHEET_NAME];
  for (const t of report.tables) {
    lines.push('', `${t.sheet}${t.unit ? `（${t.unit}）` : ''}`, t.conclusion);
  }
  return lines;
}

/** `自评结论`, else `自评结论2`, `自评结论3`… : the first name not in use (compared as Excel does, ignoring case). */
export function freeSheetName(taken: readonly string[], base = CONCLUSION_SHEET_NAME): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}
