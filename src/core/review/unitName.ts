/**
 * 单位名称 and the table's title, as the rows above the header give them: `单位名称：示例区委编办`,
 * `预算单位名称 | 示例县委编办`, or a title that starts with the unit (`XX局2023年度部门整体支出绩效自评表`).
 * A table that names no unit takes one from another sheet's first rows (a 基础数据表 often has it).
 */
import type { WorkbookGrid } from '../grid';
import { SheetView } from '../table/sheetView';
import { compactText } from '../text';
import { UNIT_NAME_LABELS, UNIT_TITLE_ENDINGS } from '../vocabulary/review';

/** Rows of another sheet read for a unit label. */
const OTHER_SHEET_ROWS = 10;

const LABELS = new Set(UNIT_NAME_LABELS.map((l) => compactText(l)));

/** `单位名称：X` in one cell, or the label in one cell and X in the next filled cell to its right. */
function labelled(view: SheetView, rows: number): string | null {
  const cols = view.sheet.colCount;
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      if (view.master(r, c).col !== c) continue;
      const raw = view.text(r, c);
      if (raw === '') continue;
      const colon = /[:：]/.exec(raw);
      const label = compactText(colon ? raw.slice(0, colon.index) : raw);
      if (!LABELS.has(label)) continue;
      const inline = colon ? raw.slice(colon.index + 1).trim() : '';
      if (inline !== '') return cleanUnit(inline);
      for (let n = c + 1; n <= cols; n++) {
        if (view.master(r, n).col !== n) continue;
        const next = view.text(r, n);
        if (next !== '') return /[:：]$/.test(next) ? null : cleanUnit(next);
      }
    }
  }
  return null;
}

/** A value cell may run on into the next label (`示例区委编办 金额单位：万元`): keep the name only. */
function cleanUnit(text: string): string | null {
  const name = text
    .split(/\s{2,}|\s(?=\S+[:：])/)[0]
    .replace(/[（(]盖章[)）]$/, '')
    .trim();
  return name === '' ? null : name;
}

/** The unit named at the start of a title, before a year or the kind of table. */
function fromTitle(title: string): string | null {
  const compact = compactText(title);
  const at = Math.min(
    ...UNIT_TITLE_ENDINGS.map((e) => compact.indexOf(e)).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  if (!Number.isFinite(at)) return null;
  const unit = compact
    .slice(0, at)
    .replace(/\d{4}(年度|年)?$/, '')
    .replace(/(本年度|年度)$/, '')
    .trim();
  return unit === '' ? null : unit;
}

/** The first long text above the header: the table's title. */
export function tableTitle(grid: WorkbookGrid, sheet: string, headerRow: number): string | null {
  const s = grid.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  const view = new SheetView(s);
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= s.colCount; c++) {
      const text = compactText(view.text(r, c));
      if (UNIT_TITLE_ENDINGS.some((e) => text.includes(e)) || /表$/.test(text)) return text;
    }
  }
  return null;
}

export function unitName(grid: WorkbookGrid, sheet: string, headerRow: number): string | null {
  const own = grid.sheets.find((s) => s.name === sheet);
  if (own) {
    const found = labelled(new SheetView(own), headerRow - 1);
    if (found) return found;
  }
  const title = tableTitle(grid, sheet, headerRow);
  const fromOwnTitle = title ? fromTitle(title) : null;
  if (fromOwnTitle) return fromOwnTitle;
  for (const other of grid.sheets) {
    if (other.name === sheet) continue;
    const found = labelled(new SheetView(other), Math.min(OTHER_SHEET_ROWS, other.rowCount));
    if (found) return found;
  }
  return null;
}
