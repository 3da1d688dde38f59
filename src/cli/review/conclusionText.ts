/** `jixiao score --conclusion`: each table's 自评结论, under the sheet it belongs to. */
import type { ScoreReport } from '../../core/report';

export function formatConclusions(report: ScoreReport): string {
  return report.tables.map((t) => `自评结论 conclusion（${t.sheet}）：\n${t.conclusion}\n`).join('\n');
}
