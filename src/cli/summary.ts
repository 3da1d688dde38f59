/** The terminal summary of a scoring run: per table the 一级 subtotals, the total, the grade and findings. */
import type { Severity } from '../core/findings';
import type { ScoreReport, TableReport } from '../core/report';
import { displayWidth, padEnd, padStart } from './width';

const SEVERITY_LABEL: Record<Severity, string> = {
  missing: '缺项 missing',
  warning: '警告 warning',
  error: '错误 error',
};

function num(n: number | null): string {
  return n === null ? '—' : String(n);
}

function tableSummary(t: TableReport): string[] {
  const lines = [
    `工作表「${t.sheet}」，表头第 ${t.headerRow} 行 / sheet ${t.sheet}, header row ${t.headerRow}`,
  ];
  const names = ['一级指标 level 1', ...t.subtotals.map((s) => s.level1)];
  const nameWidth = Math.max(...names.map(displayWidth)) + 2;
  const row = (name: string, weight: string, score: string) =>
    `  ${padEnd(name, nameWidth)}${padStart(weight, 8)}${padStart(score, 10)}`;
  lines.push(row('一级指标 level 1', '分值', '得分'));
  for (const s of t.subtotals) lines.push(row(s.level1, num(s.weight), num(s.score)));
  lines.push(row('合计 total', num(t.total.weight), num(t.total.score)));
  if (t.total.provisional) {
    const unscored = t.indicators.filter((i) => i.score === null).length;
    // (A row without a weight may hold the person's score; the total waits for its weight all the same.)
    const weightless = t.indicators.filter((i) => i.score !== null && i.weight === null).length;
    const zh = weightless > 0 ? `、${weightless} 个指标缺少分值` : '';
    const en = weightless > 0 ? `, ${weightless} without a weight` : '';
    lines.push(
      `  暂定：${unscored} 个指标未评分${zh}，不评等级 / provisional: ${unscored} indicator(s) unscored${en}, no grade`,
    );
  } else {
    lines.push(`  等级 grade：${t.total.grade ?? '—'}`);
  }
  const counts: Record<Severity, number> = { missing: 0, warning: 0, error: 0 };
  for (const f of t.findings) counts[f.severity]++;
  const parts = (Object.keys(counts) as Severity[]).map((s) => `${SEVERITY_LABEL[s]} ${counts[s]}`);
  lines.push(`  发现 findings：${parts.join(' · ')}`);
  return lines;
}

export function formatSummary(report: ScoreReport, written: string): string {
  const lines: string[] = [];
  for (const t of report.tables) lines.push(...tableSummary(t), '');
  lines.push(`已写入 written: ${written}`);
  return lines.join('\n') + '\n';
}
