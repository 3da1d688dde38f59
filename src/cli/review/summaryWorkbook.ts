/**
 * The reviewer's summary workbook (a new file, so ExcelJS writes it whole): sheet 汇总, one row per
 * file and table, and sheet 问题清单, one row per finding. Frozen headers, filters, widths, and
 * conditional colours a reviewer keeps when sorting or editing.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import path from 'path';
import type { Severity } from '../../core/findings';
import { columnLetters as letter } from '../../core/grid';
import type { TableReport } from '../../core/report';
import { displayWidth } from '../width';
import type { FileResult } from './reviewFile';

export const STATUS = {
  unreadable: '无法读取',
  errors: '有错误',
  missing: '有缺项',
  clean: '已评分',
} as const;

const SEVERITY_TEXT: Record<Severity, string> = { missing: '缺项', warning: '警告', error: '错误' };

const HEADER_FILL = 'FF1F4E78';
const COLOURS = {
  red: 'FFFFC7CE',
  yellow: 'FFFFEB9C',
  green: 'FFC6EFCE',
  orange: 'FFFCD5B4',
  blue: 'FFDDEBF7',
};

/** The 汇总 columns, in order. */
const SUMMARY_COLUMNS = [
  { key: 'file', header: '文件' },
  { key: 'unit', header: '单位名称' },
  { key: 'sheet', header: '表' },
  { key: 'weight', header: '分值', format: '0.##' },
  { key: 'typed', header: '自评得分', format: '0.00' },
  { key: 'score', header: '计算得分', format: '0.00' },
  { key: 'diff', header: '差异', format: '+0.00;-0.00;0' },
  { key: 'grade', header: '等级' },
  { key: 'provisional', header: '暂定' },
  { key: 'rate', header: '执行率', format: '0.00%' },
  { key: 'missing', header: '缺项' },
  { key: 'warning', header: '警告' },
  { key: 'error', header: '错误' },
  { key: 'status', header: '状态' },
  { key: 'reason', header: '说明' },
] as const;

const ISSUE_COLUMNS = [
  { key: 'file', header: '文件' },
  { key: 'sheet', header: '工作表' },
  { key: 'cell', header: '单元格' },
  { key: 'code', header: '代码' },
  { key: 'message', header: '说明' },
  { key: 'severity', header: '级别' },
] as const;

type Row = Record<string, ExcelJS.CellValue>;

export function countFindings(t: TableReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { missing: 0, warning: 0, error: 0 };
  for (const f of t.findings) counts[f.severity]++;
  return counts;
}

export function tableStatus(t: TableReport): string {
  const c = countFindings(t);
  return c.error > 0 ? STATUS.errors : c.missing > 0 ? STATUS.missing : STATUS.clean;
}

/** A link from the summary's folder to the workbook (and a cell in it), so a reviewer opens it with one click. */
function link(file: string, outDir: string, text: string, target?: string): ExcelJS.CellValue {
  const rel = path.relative(outDir, path.resolve(file)).split(path.sep).join('/');
  return { text, hyperlink: target ? `${rel}#${target}` : rel };
}

export async function summaryWorkbook(results: FileResult[], out: string): Promise<Uint8Array> {
  const outDir = path.dirname(path.resolve(out));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao review';
  const summary = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  const issues = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });

  const summaryRows: Row[] = [];
  const issueRows: Row[] = [];
  for (const r of results) {
    const name = shownPath(r.file, outDir);
    if (r.status === 'unreadable') {
      summaryRows.push({
        file: link(r.file, outDir, name),
        status: STATUS.unreadable,
        reason: r.reason ?? '',
      });
      continue;
    }
    for (const t of r.tables) {
      const c = countFindings(t);
      const diff = t.typedScore === null ? null : new Decimal(t.total.score).minus(t.typedScore).toNumber();
      summaryRows.push({
        file: link(r.file, outDir, name),
        unit: t.unit ?? '',
        sheet: t.sheet,
        weight: t.total.weight,
        typed: t.typedScore,
        score: t.total.score,
        diff,
        grade: t.total.grade ?? '',
        provisional: t.total.provisional ? '是' : '否',
        rate: t.executionRate === null ? null : t.executionRate / 100,
        missing: c.missing,
        warning: c.warning,
        error: c.error,
        status: tableStatus(t),
        reason: '',
      });
      for (const f of t.findings) {
        issueRows.push({
          file: link(r.file, outDir, name),
          sheet: t.sheet,
          cell: link(r.file, outDir, f.cell, `'${t.sheet.replace(/'/g, "''")}'!${f.cell}`),
          code: f.code,
          message: f.message,
          severity: SEVERITY_TEXT[f.severity],
        });
      }
    }
  }

  fill(summary, SUMMARY_COLUMNS, summaryRows);
  fill(issues, ISSUE_COLUMNS, issueRows);
  const last = summaryRows.length + 1;
  const col = (key: string) => letter(SUMMARY_COLUMNS.findIndex((c) => c.key === key) + 1);
  if (summaryRows.length > 0) {
    const d = col('diff');
    const s = col('status');
    const rule = (formula: string, argb: string, priority: number) => ({
      type: 'expression' as const,
      formulae: [formula],
      priority,
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } },
    });
    // 差异 = 计算得分 − 自评得分: the person claimed more (red) or less (blue) than the rules give.
    summary.addConditionalFormatting({
      ref: `${d}2:${d}${last}`,
      rules: [
        rule(`AND(ISNUMBER(${d}2),${d}2<=-0.01)`, COLOURS.red, 1),
        rule(`AND(ISNUMBER(${d}2),${d}2>=0.01)`, COLOURS.blue, 2),
      ],
    });
    summary.addConditionalFormatting({
      ref: `${s}2:${s}${last}`,
      rules: [
        rule(`${s}2="${STATUS.unreadable}"`, COLOURS.orange, 3),
        rule(`${s}2="${STATUS.errors}"`, COLOURS.red, 4),
        rule(`${s}2="${STATUS.missing}"`, COLOURS.yellow, 5),
        rule(`${s}2="${STATUS.clean}"`, COLOURS.green, 6),
      ],
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fill(
  ws: ExcelJS.Worksheet,
  columns: readonly { key: string; header: string; format?: string }[],
  rows: Row[],
): void {
  ws.columns = columns.map((c) => ({ key: c.key, header: c.header }));
  for (const row of rows) ws.addRow(row);
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.height = 20;
  columns.forEach((c, i) => {
    header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    const column = ws.getColumn(i + 1);
    if (c.format) column.numFmt = c.format;
    // Width from the longest text, CJK counting double; long messages wrap instead of stretching the sheet.
    const widest = Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(shown(r[c.key]))));
    column.width = Math.min(60, Math.max(6, widest + 2));
    if (widest > 60) column.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** A workbook under the summary's folder is named from there (`县直/教育局.xlsx`); others as given. */
function shownPath(file: string, outDir: string): string {
  const rel = path.relative(outDir, path.resolve(file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

function shown(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
