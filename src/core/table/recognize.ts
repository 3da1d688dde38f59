/**
 * Finding the scoring tables of a workbook (SPEC §1): header rows anywhere on any sheet, the rows
 * under them up to the total row or the end of the table, the 预算执行率 block above a 自评表.
 */
import Decimal from 'decimal.js';
import type { WorkbookGrid } from '../grid';
import {
  BREAKDOWN_LEADS,
  FOOTER_WORDS,
  ORDINAL_LABEL_PREFIX,
  STATED_TOTAL,
  SUBTOTAL_ROW_WORDS,
  TOTAL_ROW_WORDS,
} from '../vocabulary/headers';
import { compactText } from '../text';
import {
  isBlankMark,
  isOrdinalLabel,
  isTotalLabel,
  labelWeight,
  normalizeHeader,
  oneLine,
} from './headerText';
import { readBudgetHeader, readHeaderRow } from './headerRow';
import type { BudgetHeader } from './headerRow';
import type { BudgetBlock, ColumnMap, IndicatorRow, LevelGroup, TableLayout, WeightGroup } from './model';
import { decimalIn, numberIn } from './numbers';
import { SheetView, textOf } from './sheetView';

/** Blank rows in a row that end a table. */
const BLANK_RUN_ENDS_TABLE = 2;
/** How far below its header a 预算执行率 block's data row may be. */
const BUDGET_ROWS_SEARCHED = 6;

export function recognizeWorkbook(grid: WorkbookGrid): TableLayout[] {
  return grid.sheets.flatMap((sheet) => recognizeSheet(new SheetView(sheet)));
}

/** Names of the sheets that hold a 评分表, in workbook order: where a viewer should open. */
export function sheetsWithTables(grid: WorkbookGrid): string[] {
  return [...new Set(recognizeWorkbook(grid).map((t) => t.view.name))];
}

export function recognizeSheet(view: SheetView): TableLayout[] {
  const tables: TableLayout[] = [];
  let pendingBudget: BudgetBlock | null = null;
  const last = view.sheet.rowCount;
  /** First row after the previous table: title rows of the next table lie between it and its header. */
  let titleFrom = 1;
  for (let row = 1; row <= last; row++) {
    const budgetHeader = readBudgetHeader(view, row);
    if (budgetHeader) {
      pendingBudget = budgetBlock(view, row, budgetHeader);
      continue;
    }
    const header = readHeaderRow(view, row);
    if (!header) continue;
    const headerRow = header.last;
    // (`一、当年预算执行情况（20分）` · block · `二、整体绩效目标实现情况（60分）` · header: a section stating its own
    // total between them makes the block a table of its own, not the first row of the next.)
    const block = pendingBudget;
    if (block) {
      const between = Array.from({ length: Math.max(0, row - block.row - 1) }, (_, i) => block.row + 1 + i);
      if (statedTotalIn(view, between, 1, view.sheet.colCount) !== null) {
        tables.push(budgetOnlyTable(view, block));
        titleFrom = block.row + 1;
        pendingBudget = null;
      }
    }
    const table = readTable(
      view,
      headerRow,
      withNameLabel(
        view,
        headerRow,
        namesUnderGroupHeader(view, headerRow, describedNames(view, headerRow, header.cols)),
      ),
      pendingBudget,
      titleFrom,
    );
    pendingBudget = null;
    tables.push(table);
    row = table.lastRow;
    titleFrom = row + 1;
  }
  if (pendingBudget) tables.push(budgetOnlyTable(view, pendingBudget));
  return tables;
}

function budgetBlock(view: SheetView, headerRow: number, header: BudgetHeader): BudgetBlock | null {
  const { statedWeight, ...cols } = header;
  const stated = statedWeight
    ? { value: statedWeight.value, cell: view.master(headerRow, statedWeight.col) }
    : null;
  const last = Math.min(view.sheet.rowCount, headerRow + BUDGET_ROWS_SEARCHED);
  let firstFilled: number | null = null;
  for (let r = headerRow + 1; r <= last; r++) {
    if (readHeaderRow(view, r)) break;
    // The data row holds the 分值 (or, without one, the 预算数).
    if (numberIn(view.value(r, cols.weight ?? cols.budget)) !== null)
      return { headerRow, row: r, cols, statedWeight: stated };
    if (firstFilled === null && !view.isBlank(r, cols.budget)) firstFilled = r;
  }
  return firstFilled === null ? null : { headerRow, row: firstFilled, cols, statedWeight: stated };
}

/** A block with no indicator table under it still scores as a table of its own. */
function budgetOnlyTable(view: SheetView, budget: BudgetBlock): TableLayout {
  const used = Object.values(budget.cols).filter((c): c is number => c !== undefined);
  return {
    view,
    headerRow: budget.headerRow,
    cols: { name: Math.min(...used), weight: budget.cols.weight },
    firstCol: Math.min(...used),
    lastCol: Math.max(...used),
    lastRow: budget.row,
    indicators: [],
    weightGroups: [],
    levelGroups: [],
    totalRow: null,
    statedTotal: null,
    budget,
  };
}

type RowKind = 'indicator' | 'placeholder' | 'section' | 'levelRow' | 'skip' | 'blank' | 'total' | 'end';
/** Rows that carry a table on (after a total, they say it was not the table's last row). */
const TABLE_ROWS: readonly RowKind[] = ['indicator', 'section', 'levelRow'];

function readTable(
  view: SheetView,
  headerRow: number,
  cols: ColumnMap,
  budget: BudgetBlock | null,
  titleFrom: number,
): TableLayout {
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  const headerCells = (view.sheet.cells[headerRow - 1] ?? []).length;
  let lastHeaderCol = 0;
  let firstHeaderCol = Infinity;
  for (let c = 1; c <= headerCells; c++) {
    if (view.isBlank(headerRow, c)) continue;
    lastHeaderCol = c;
    firstHeaderCol = Math.min(firstHeaderCol, c);
  }
  // A caption column left of the roles (the 自评表's `绩效指标`) is the table's too: its total row starts there.
  const firstCol = Math.min(firstHeaderCol, ...used);
  const lastCol = Math.max(lastHeaderCol, ...used);
  const levelCols = new Set(
    [cols.level1, cols.level2, cols.level1Weight, cols.level2Weight, cols.nameLabel].filter(
      (c) => c !== undefined,
    ),
  );

  const builder = new TableBuilder(view, cols);
  const parts = subItemRows(view, headerRow, cols);
  let lastRow = headerRow;
  let totalRow: number | null = null;
  let blankRun = 0;
  for (let row = headerRow + 1; row <= view.sheet.rowCount; row++) {
    const kind = classifyRow(view, row, cols, firstCol, lastCol, levelCols);
    if (kind === 'end') break;
    if (kind === 'blank') {
      if (++blankRun >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blankRun = 0;
    lastRow = row;
    if (kind === 'total') {
      totalRow = row;
      // (`总分 | 100 | 82` right under the header, the indicators after it: the total first, then the rows.)
      const next = classifyRow(view, row + 1, cols, firstCol, lastCol, levelCols);
      if (builder.indicators.length > 0 || !TABLE_ROWS.includes(next)) break;
      continue;
    }
    // (A numbered sub-item adding up to the `一、` item above it is that item's breakdown.)
    if (kind === 'indicator' && parts.has(row)) continue;
    if (kind === 'section') builder.section(row);
    else builder.levels(row);
    if (kind === 'levelRow') builder.levelWeight(row);
    if (kind === 'indicator') builder.indicator(row);
  }
  builder.finish();
  const titleTop = Math.min(titleFrom, budget?.headerRow ?? titleFrom);
  const titleRows = Array.from({ length: Math.max(0, headerRow - titleTop) }, (_, i) => titleTop + i);
  const statedTotal =
    (totalRow !== null
      ? statedTotalIn(view, [totalRow], firstCol, firstFilledCol(view, totalRow, firstCol, lastCol))
      : null) ?? statedTotalIn(view, titleRows, 1, view.sheet.colCount);
  return {
    view,
    headerRow,
    cols,
    firstCol,
    lastCol,
    lastRow,
    indicators: builder.indicators,
    weightGroups: builder.weightGroups,
    levelGroups: builder.levelGroups,
    totalRow,
    statedTotal,
    budget,
  };
}

/**
 * `一、示范区建立 | ≧20000亩 | 20000亩 | 15` over `1、水稻侧深施肥 | ≧500亩 | 500亩 | 5`, `2、…`, `3、…`: an item numbered in
 * Chinese that is scored itself (a rule, target or answer of its own), over items numbered 1、2、… whose weights (or,
 * without 分值, typed scores) add up to its own: those are its breakdown, not indicators beside it.
 */
function subItemRows(view: SheetView, headerRow: number, cols: ColumnMap): Set<number> {
  const parts = new Set<number>();
  const amountCol = cols.weight ?? cols.score;
  if (amountCol === undefined) return parts;
  const amount = (row: number) =>
    ownCell(view, row, amountCol) ? decimalIn(view.value(row, amountCol)) : null;
  const own = (row: number, col: number | undefined) => ownCell(view, row, col);
  let parent: { total: Decimal; rows: number[]; sum: Decimal } | null = null;
  const close = () => {
    if (parent !== null && parent.rows.length >= 2 && parent.sum.eq(parent.total))
      for (const r of parent.rows) parts.add(r);
    parent = null;
  };
  for (let row = headerRow + 1, blanks = 0; row <= view.sheet.rowCount; row++) {
    blanks = view.rowIsEmpty(row, 1, view.sheet.colCount) ? blanks + 1 : 0;
    if (blanks >= BLANK_RUN_ENDS_TABLE) break;
    const name = own(row, cols.name) ? compactText(view.text(row, cols.name)) : '';
    const value = amount(row);
    if (parent !== null && SUB_ITEM_RE.test(name) && value !== null) {
      parent.rows.push(row);
      parent.sum = parent.sum.plus(value);
      continue;
    }
    close();
    const scored = own(row, cols.rule) || own(row, cols.target) || own(row, cols.actual);
    if (ITEM_RE.test(name) && value !== null && scored)
      parent = { total: value, rows: [], sum: new Decimal(0) };
  }
  close();
  return parts;
}

const ITEM_RE = /^[一二三四五六七八九十]+[、.．]/;
const SUB_ITEM_RE = /^\d{1,2}[、.．](?!\d)/;

/** The total row's label cell: its first filled cell. */
function firstFilledCol(view: SheetView, row: number, fromCol: number, toCol: number): number {
  for (let c = fromCol; c <= toCol; c++) if (textOf(view.raw(row, c)?.value) !== '') return c;
  return fromCol;
}

/** A 总分 written in words (`（100分）`, `满分100分`) in one of the rows: the first one found. */
function statedTotalIn(view: SheetView, rows: number[], fromCol: number, toCol: number): Decimal | null {
  for (const row of rows) {
    for (let c = fromCol; c <= toCol; c++) {
      const value = view.raw(row, c)?.value;
      if (typeof value !== 'string' || value.length > 60) continue;
      const m = STATED_TOTAL.exec(compactText(value));
      if (m) return new Decimal(m[1] ?? m[2]);
    }
  }
  return null;
}

/**
 * `考核项目` (merged down over groups) | `考核标准` (what each row assesses) | … | `评分方式`: when the name column
 * holds groups — every filled cell merged down over rows — and a column the rule header left describes each
 * row, that column names the rows and the name column is the 一级.
 */
function describedNames(view: SheetView, headerRow: number, cols: ColumnMap): ColumnMap {
  const { describes, ...rest } = cols;
  if (describes === undefined || describes < cols.name || cols.level1 !== undefined) return rest;
  let groups = 0;
  for (
    let row = headerRow + 1;
    row <= Math.min(view.sheet.rowCount, headerRow + GROUP_ROWS_LOOKED_AT);
    row++
  ) {
    if (view.isBlank(row, cols.name) || view.master(row, cols.name).row !== row) continue;
    const label = normalizeHeader(view.text(row, cols.name));
    if (isTotalLabel(label) || [...TOTAL_ROW_WORDS, ...SUBTOTAL_ROW_WORDS].some((w) => label.startsWith(w)))
      break;
    const merge = view.merge(row, cols.name);
    if (merge === undefined || merge.bottom === merge.top) return rest;
    groups++;
  }
  return groups > 0 ? { ...rest, level1: cols.name, name: describes } : rest;
}

/**
 * `考核项目` merged over two columns, groups merged down in the left (`安全生产管理情况`) and a name on each row in
 * the right (`安全责任制`), then `考核内容及要求`: the header's right column names the rows, the later name header
 * (read as the names) only describes them.
 */
function namesUnderGroupHeader(view: SheetView, headerRow: number, cols: ColumnMap): ColumnMap {
  const group = cols.level1;
  if (group === undefined || cols.level2 !== undefined || cols.name <= group + 1) return cols;
  const merge = view.merge(headerRow, group);
  const next = group + 1;
  if (merge === undefined || merge.left !== group || merge.right !== next || merge.bottom !== headerRow)
    return cols;
  if (Object.values(cols).includes(next)) return cols;
  let names = 0;
  let grouped = false;
  for (
    let row = headerRow + 1;
    row <= Math.min(view.sheet.rowCount, headerRow + GROUP_ROWS_LOOKED_AT);
    row++
  ) {
    if (view.isBlank(row, cols.name)) continue;
    const label = normalizeHeader(view.text(row, group));
    if (isTotalLabel(label) || readHeaderRow(view, row)) break;
    // (A row's name merged over both columns, or none of its own, is not this shape.)
    const own = view.master(row, next);
    if (view.isBlank(row, next) || own.col !== next || own.row !== row) return cols;
    names++;
    const m = view.merge(row, group);
    if (m !== undefined && m.bottom > m.top) grouped = true;
  }
  return names >= 2 && grouped ? { ...cols, name: next } : cols;
}

/** How far below a header its name column is looked at to tell groups from names. */
const GROUP_ROWS_LOOKED_AT = 30;

/**
 * The 财政部 自评表 writes a 三级 name over two columns under one header (`指标1：` | `机构改革任务完成率`):
 * when the column right of the name column has no header of its own (blank, or inside the name header's
 * merge) and the name column holds only ordinal labels, the names are in that next column.
 */
function withNameLabel(view: SheetView, headerRow: number, cols: ColumnMap): ColumnMap {
  const next = cols.name + 1;
  const taken = Object.values(cols).includes(next);
  const headerMerge = view.merge(headerRow, cols.name);
  const noHeader = view.isBlank(headerRow, next) || (headerMerge !== undefined && headerMerge.right >= next);
  if (taken || !noHeader) return cols;
  let labels = 0;
  let names = 0;
  let blankRun = 0;
  // (`评分项目` over `与教育部门合作(15分)` merged down a group | `政策文件`: the left column holds groups.)
  let groups = cols.level1 === undefined && cols.level2 === undefined && headerMerge !== undefined;
  let grouped = 0;
  let statedGroup = false;
  for (let row = headerRow + 1; row <= view.sheet.rowCount; row++) {
    blankRun = view.rowIsEmpty(row, 1, view.sheet.colCount) ? blankRun + 1 : 0;
    if (blankRun >= BLANK_RUN_ENDS_TABLE || readHeaderRow(view, row) || readBudgetHeader(view, row)) break;
    const label = textOf(view.raw(row, cols.name)?.value);
    if (isTotalLabel(normalizeHeader(labelWeight(label).label)) || (label !== '' && isFooter(label))) break;
    if (isSectionRow(view, row, cols)) continue;
    if (label !== '' && !isOrdinalLabel(label)) {
      const merge = view.merge(row, cols.name);
      const spans = merge !== undefined && (merge.bottom > merge.top || merge.right >= next);
      if (!spans && labelWeight(label).weight === null) groups = false;
      if (!groups) return cols;
      grouped++;
      statedGroup ||= spans && labelWeight(label).weight !== null;
    } else if (label !== '') labels++;
    if (!view.isBlank(row, next) && view.master(row, next).col === next) names++;
  }
  // (One group will do when it states its weight, `场馆建设(30分)`: a name states none so.)
  if (groups && (grouped >= 2 || statedGroup) && labels === 0 && names > 0)
    return { ...cols, name: next, level1: cols.name };
  return labels > 0 && names > 0 && grouped === 0 ? { ...cols, name: next, nameLabel: cols.name } : cols;
}

function classifyRow(
  view: SheetView,
  row: number,
  cols: ColumnMap,
  firstCol: number,
  lastCol: number,
  levelCols: Set<number | undefined>,
): RowKind {
  if (readHeaderRow(view, row) || readBudgetHeader(view, row)) return 'end';
  let first = '';
  let filled = 0;
  let onlyLevels = true;
  let totalLater = false;
  // (`总分` merged over A:D of a table whose header starts at B: the label is the merge's, left of the header.)
  const from = Math.min(firstCol, view.merge(row, firstCol)?.left ?? firstCol);
  for (let c = from; c <= lastCol; c++) {
    const text = textOf(view.raw(row, c)?.value);
    if (text === '') continue;
    filled++;
    if (first === '') first = text;
    // (Total words are short: longer cells are not normalised to be compared.)
    else if (text.length <= TOTAL_WORD_MAX && isTotalLabel(normalizeHeader(text))) totalLater = true;
    const m = view.merge(row, c);
    const spansOut =
      m !== undefined && [...Array(m.right - m.left + 1).keys()].some((i) => !levelCols.has(m.left + i));
    if (!levelCols.has(c) || spansOut) onlyLevels = false;
  }
  if (first === '') {
    // Nothing stored here; a row still inside a merged name/weight/rule cell continues an indicator.
    return [cols.name, cols.weight, cols.rule].some((c) => c !== undefined && continuesMerge(view, row, c))
      ? 'skip'
      : 'blank';
  }
  const label = normalizeHeader(first);
  // (`合计` over the main rows, a bonus block, its `合计`, then `总计`: totals with rows and another total after
  // them are the blocks' subtotals; the last is the table's.)
  if (isTotalLabel(label))
    return anotherTotalAfter(row, (r) => classifyRow(view, r, cols, firstCol, lastCol, levelCols))
      ? 'skip'
      : 'total';
  // (`其他需要说明事项 | 无 | 总分 | 100 | 96`: the 总分 written further along, its numbers in place.)
  const numberAt = (c: number | undefined) => c !== undefined && numberIn(view.value(row, c)) !== null;
  if (totalLater && (numberAt(cols.weight) || numberAt(cols.score))) return 'total';
  // A 小计 inside the table is skipped; the last one, nothing after it (`小计分值 | 30 | 小计得分`), is its total.
  if (SUBTOTAL_ROW_WORDS.some((w) => label.startsWith(w)))
    return tableEndsAfter(row, view.sheet.rowCount, (r) =>
      classifyRow(view, r, cols, firstCol, lastCol, levelCols),
    )
      ? 'total'
      : 'skip';
  // (In a table without 分值, a name stating its weight, `部门特性指标2：…(6分)`, is no signature line either.)
  const hasWeight =
    cols.weight === undefined
      ? labelWeight(view.text(row, cols.name)).weight !== null
      : numberIn(view.value(row, cols.weight)) !== null;
  if (!hasWeight && isFooter(first)) return 'end';
  // (Also a form line after a gap, `单位名称/项目名称 | 达州市农业农村局/…`, right above the next header.)
  const afterGap = row > 1 && view.rowIsEmpty(row - 1, 1, view.sheet.colCount);
  if ((filled === 1 || (filled === 2 && afterGap)) && !hasWeight && titlesNextTable(view, row)) return 'end';
  const own = (c: number | undefined) => ownCell(view, row, c);
  // A numbered template line with nothing filled in (`指标3：` alone) holds no indicator.
  const onlyLabel =
    own(cols.name) && (isOrdinalLabel(view.value(row, cols.name)) || isBlankMark(view.value(row, cols.name)));
  if (isSectionRow(view, row, cols)) return 'section';
  // (`2021年第二季度…评分表` merged across the whole table under its header: a caption, no indicator.)
  if (spansTable(view, row, firstCol, lastCol)) return 'skip';
  // A part of the row above (`其中桃树种植面积`, or a name indented under it) with no weight and no score of its
  // own is that row's breakdown, not an indicator missing its weight.
  const scored = cols.score !== undefined && numberIn(view.value(row, cols.score)) !== null;
  if (!hasWeight && !scored && isBreakdown(view.raw(row, cols.name)?.value)) return 'skip';
  // (`指标1：/ | / | /`: marks in every cell of a template line fill nothing in.)
  const filledIn = (c: number | undefined) => own(c) && !isBlankMark(view.value(row, c as number));
  // `一、 | 巩固成果 | 31 | (no name)`: a level label of its own with only a weight, no name, rule or answer, is the
  // level's row — its weight the level's — not an indicator without a name.
  const ownLevel = own(cols.level1) || own(cols.level2);
  if (
    ownLevel &&
    !own(cols.name) &&
    filledIn(cols.weight) &&
    !filledIn(cols.rule) &&
    !filledIn(cols.target) &&
    !filledIn(cols.actual)
  )
    return 'levelRow';
  if (
    (own(cols.name) && !onlyLabel) ||
    filledIn(cols.weight) ||
    filledIn(cols.rule) ||
    filledIn(cols.target) ||
    filledIn(cols.actual)
  )
    return 'indicator';
  // A score typed on a row inside a merged weight is that group's (never dropped as stray).
  if (cols.weight !== undefined && continuesMerge(view, row, cols.weight) && own(cols.score)) {
    if (numberIn(view.value(row, cols.score as number)) !== null) return 'indicator';
  }
  if (onlyLabel) return 'placeholder';
  if (onlyLevels) return 'placeholder';
  // Stray text beside the table (e.g. only a score or a note): not an indicator, not the end.
  return 'skip';
}

/** One merged cell of words across every column of the table, in one row. */
function spansTable(view: SheetView, row: number, firstCol: number, lastCol: number): boolean {
  const m = view.merge(row, firstCol);
  if (m === undefined || m.top !== row || m.bottom !== row || m.left > firstCol || m.right < lastCol)
    return false;
  const value = view.raw(row, m.left)?.value;
  return typeof value === 'string' && value.trim() !== '' && !/\d+(\.\d+)?\s*分/.test(value);
}

function isBreakdown(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return /^[ \u3000]{2,}\S/.test(value) || BREAKDOWN_LEADS.some((w) => compactText(value).startsWith(w));
}

/**
 * `一、规范操作(55分)` written across the name and the next columns, alone in its row, in a table without a
 * 一级 column: a heading over the rows below it, their 一级.
 */
function isSectionRow(view: SheetView, row: number, cols: ColumnMap): boolean {
  if (cols.level1 !== undefined) return false;
  if (isNumberedHeading(view, row, cols)) return true;
  const merge = view.merge(row, cols.name);
  if (merge === undefined || merge.bottom !== merge.top || view.master(row, cols.name).col !== merge.left)
    return false;
  const roles = [cols.weight, cols.rule, cols.target, cols.actual, cols.score].filter(
    (c): c is number => c !== undefined,
  );
  if (!roles.some((c) => c >= merge.left && c <= merge.right)) return false;
  const cells = view.sheet.cells[row - 1] ?? [];
  for (let c = 1; c <= cells.length; c++)
    if ((c < merge.left || c > merge.right) && textOf(cells[c - 1]?.value) !== '') return false;
  return textOf(view.raw(row, merge.left)?.value) !== '';
}

/**
 * `一、 | 巩固成果，提升河长制工作实效 | 31` over rows numbered `1`, `2`…: a heading numbered in Chinese in the
 * column left of the names, with no rule of its own, is the 一级 of the rows under it (its 分值 the group's).
 * In a table of typed scores alone (no rule column), a heading is also without a score of its own.
 */
function isNumberedHeading(view: SheetView, row: number, cols: ColumnMap): boolean {
  if (view.isBlank(row, cols.name)) return false;
  if (
    cols.rule === undefined
      ? cols.score !== undefined && !view.isBlank(row, cols.score)
      : !view.isBlank(row, cols.rule)
  )
    return false;
  const numbering = (r: number) => {
    for (let c = 1; c < cols.name; c++) {
      const t = compactText(textOf(view.raw(r, c)?.value));
      if (t !== '') return t;
    }
    return '';
  };
  const heading = /^[一二三四五六七八九十]+[、.]?$/;
  return heading.test(numbering(row)) && !heading.test(numbering(row + 1)) && numbering(row + 1) !== '';
}

/** Rows between tables: a lone title line (`表二：…`, `单位：万元`) just above the next header. */
const TITLE_ROWS_ABOVE_HEADER = 3;

function titlesNextTable(view: SheetView, row: number): boolean {
  const last = Math.min(view.sheet.rowCount, row + TITLE_ROWS_ABOVE_HEADER);
  for (let r = row + 1; r <= last; r++) {
    if (readHeaderRow(view, r) || readBudgetHeader(view, r)) return true;
    const cells = (view.sheet.cells[r - 1] ?? []).filter((c) => textOf(c?.value) !== '');
    if (cells.length > 1 || cells.some((c) => typeof c?.value === 'number')) return false;
  }
  return false;
}

/** The longest a cell holding only a total word (with spaces or a `（100分）` after it) is worth comparing. */
const TOTAL_WORD_MAX = 12;

/** Another total row right after this one, or rows of the table and then another total row. */
function anotherTotalAfter(row: number, kindOf: (row: number) => RowKind): boolean {
  const next = kindOf(row + 1);
  if (next === 'total') return true;
  if (!TABLE_ROWS.includes(next)) return false;
  for (let r = row + 2; ; r++) {
    const kind = kindOf(r);
    if (kind === 'total') return true;
    if (kind === 'blank' || kind === 'end') return false;
  }
}

/** Nothing of the table after this row: the rows below are blank to the end, or end it. */
function tableEndsAfter(row: number, rowCount: number, kindOf: (row: number) => RowKind): boolean {
  for (let r = row + 1, blanks = 0; r <= rowCount; r++) {
    const kind = kindOf(r);
    if (kind === 'end' || (kind === 'blank' && ++blanks >= BLANK_RUN_ENDS_TABLE)) return true;
    if (kind !== 'blank') return false;
  }
  return true;
}

function continuesMerge(view: SheetView, row: number, col: number): boolean {
  const m = view.merge(row, col);
  return m !== undefined && m.top < row;
}

/** The row's own cell in the column: filled, and not a merge continuing from a row above. */
function ownCell(view: SheetView, row: number, col: number | undefined): boolean {
  return col !== undefined && !view.isBlank(row, col) && !continuesMerge(view, row, col);
}

/** `填表人：`, `注：…`, `单位（盖章）：` — a short label and a colon, or a footer word on its own. */
function isFooter(text: string): boolean {
  const s = compactText(text);
  if (FOOTER_WORDS.includes(s)) return true;
  // `指标1：…` numbers an indicator; its colon does not make it a signature line.
  if (isOrdinalLabel(s) || ORDINAL_LABEL_PREFIX.test(s)) return false;
  const colon = s.search(/[:]/);
  if (colon > 0 && colon <= 8) return true;
  return FOOTER_WORDS.some((w) => s.startsWith(w) && /^[:.、\d]/.test(s.slice(w.length)));
}

/** Accumulates indicators, weight groups and level groups while rows are read top to bottom. */
class TableBuilder {
  readonly indicators: IndicatorRow[] = [];
  readonly weightGroups: WeightGroup[] = [];
  readonly levelGroups: LevelGroup[] = [];
  /** The open level labels as written in the cell (a change of text opens a new group). */
  private level1 = { text: '', group: -1 };
  private level2 = { text: '', group: -1 };
  /** Weight groups by their weight cell's merge top row, for rows under one merged weight. */
  private readonly groupByWeightTop = new Map<number, number>();

  constructor(
    private readonly view: SheetView,
    private readonly cols: ColumnMap,
  ) {}

  /** Level labels: a merged cell or a blank cell continues the label above. */
  levels(row: number): void {
    const l1 = this.cols.level1 !== undefined ? oneLine(this.view.text(row, this.cols.level1)) : '';
    if (this.level1.group < 0 || (l1 !== '' && l1 !== this.level1.text)) {
      this.level1 = { text: l1, group: this.openLevel(1, l1, row, -1) };
      this.level2 = { text: '', group: -1 };
    }
    const l2 = this.cols.level2 !== undefined ? oneLine(this.view.text(row, this.cols.level2)) : '';
    if (this.level2.group < 0 || (l2 !== '' && l2 !== this.level2.text)) {
      this.level2 = { text: l2, group: this.openLevel(2, l2, row, this.level1.group) };
    }
    // A level weight stated on a later row of its group (not merged, not on the first row).
    for (const [g, col] of [
      [this.level1.group, this.cols.level1Weight],
      [this.level2.group, this.cols.level2Weight],
    ] as const) {
      const group = this.levelGroups[g];
      if (col !== undefined && group.weightCell === null && numberIn(this.view.value(row, col)) !== null) {
        group.weightCell = this.view.master(row, col);
      }
    }
  }

  /** A level's own row states its weight in the 分值 column: the deepest level the row labels takes it. */
  levelWeight(row: number): void {
    const { view, cols } = this;
    const group = ownCell(view, row, cols.level2) ? this.level2.group : this.level1.group;
    if (group >= 0 && this.levelGroups[group].weightCell === null)
      this.levelGroups[group].weightCell = view.master(row, cols.weight as number);
  }

  /** A heading row across the table opens the 一级 of the rows under it (the label cell states its weight). */
  section(row: number): void {
    const { view, cols } = this;
    const cell = view.master(row, cols.name);
    const text = oneLine(view.text(row, cols.name));
    const stated = labelWeight(text);
    // (A numbered heading may state its group's weight in the 分值 column: `一、 | 巩固成果… | 31`.)
    const weighed = cols.weight !== undefined && numberIn(view.value(row, cols.weight)) !== null;
    this.levelGroups.push({
      level: 1,
      label: stated.label,
      weightCell: weighed ? view.master(row, cols.weight as number) : null,
      labelWeight: stated.weight !== null ? { value: stated.weight, cell } : null,
      parent: -1,
    });
    this.level1 = { text, group: this.levelGroups.length - 1 };
    this.level2 = { text: '', group: this.openLevel(2, '', row, this.level1.group) };
  }

  private openLevel(level: 1 | 2, text: string, row: number, parent: number): number {
    const labelCol = level === 1 ? this.cols.level1 : this.cols.level2;
    const weightCol = level === 1 ? this.cols.level1Weight : this.cols.level2Weight;
    const weightCell =
      weightCol !== undefined && numberIn(this.view.value(row, weightCol)) !== null
        ? this.view.master(row, weightCol)
        : null;
    const stated = labelWeight(text);
    this.levelGroups.push({
      level,
      label: stated.label,
      weightCell,
      labelWeight:
        stated.weight !== null && labelCol !== undefined
          ? { value: stated.weight, cell: this.view.master(row, labelCol) }
          : null,
      parent,
    });
    return this.levelGroups.length - 1;
  }

  indicator(row: number): void {
    const { view, cols } = this;
    const weightMerge = cols.weight !== undefined ? view.merge(row, cols.weight) : undefined;
    const sharedTop = weightMerge && weightMerge.bottom > weightMerge.top ? weightMerge.top : null;
    const existing = sharedTop !== null ? this.groupByWeightTop.get(sharedTop) : undefined;
    const written = this.nameOf(row);
    // `决策依据(4分)` where the 分值 cell is blank or there is none, or is merged over a group of rows each
    // stating its own (`…结案率100%（10分）` under a 分值 of 30 for three): the name states the weight.
    const ownCell = numberIn(view.value(row, cols.weight ?? -1)) !== null && sharedTop === null;
    const stated = ownCell ? null : labelWeight(written);
    const name = stated?.weight ? stated.label : written;
    const previous = this.indicators[this.indicators.length - 1];
    // Without a 分值 column, a name merged down over rows of their own rules (`合同签订（10分）` over two checks)
    // is one indicator, as rows under one merged weight are; unless each row has a score of its own.
    const nameMerge = cols.weight === undefined ? view.merge(row, cols.name) : undefined;
    if (nameMerge !== undefined && nameMerge.top < row && previous?.row === nameMerge.top) {
      const { ownRule, ownScore, sharedScore } = this.ownCells(row, previous.row);
      if (sharedScore || !ownScore) {
        previous.rows.push(row);
        if (ownRule) previous.ruleFits = false;
        return;
      }
    }
    if (stated?.weight && sharedTop !== null) {
      this.weightGroups.push({ cell: null, indicators: [this.indicators.length] });
      this.pushIndicator(row, name, this.weightGroups.length - 1, stated.weight);
      return;
    }
    if (existing !== undefined && previous?.group === existing) {
      const { ownName, ownRule, ownScore, sharedScore } = this.ownCells(row, previous.row);
      // Under one merged weight, a row continues the indicator above when it brings no name, rule or
      // typed score of its own, or when its 得分 cell is the one above (one score for the rows).
      if (sharedScore || (!ownName && !ownRule && !ownScore)) {
        previous.rows.push(row);
        if (ownName && name !== '') previous.name += `、${name}`;
        if (ownRule) previous.ruleFits = false;
        return;
      }
    }
    let group = existing;
    if (group === undefined) {
      const cell = cols.weight !== undefined ? view.master(row, cols.weight) : null;
      this.weightGroups.push({ cell, indicators: [] });
      group = this.weightGroups.length - 1;
      if (sharedTop !== null) this.groupByWeightTop.set(sharedTop, group);
    }
    this.weightGroups[group].indicators.push(this.indicators.length);
    this.pushIndicator(row, name, group, stated?.weight ?? null);
  }

  private pushIndicator(row: number, name: string, group: number, stated: Decimal | null): void {
    this.indicators.push({
      row,
      rows: [row],
      level1: this.levelGroups[this.level1.group]?.label ?? '',
      level2: this.levelGroups[this.level2.group]?.label ?? '',
      name,
      group,
      statedWeight: stated ? { value: stated, cell: this.view.master(row, this.cols.name) } : null,
      ruleFits: true,
      level1Group: this.level1.group,
      level2Group: this.level2.group,
    });
  }

  /**
   * After the last row: in a weight group of several indicators, a rule cell merged over more than one
   * of them states the group's scoring, not any one row's.
   */
  finish(): void {
    const { view, cols } = this;
    if (cols.rule === undefined) return;
    const ruleCol = cols.rule;
    for (const g of this.weightGroups) {
      if (g.indicators.length < 2) continue;
      const byRuleCell = new Map<string, number[]>();
      for (const i of g.indicators) {
        const ind = this.indicators[i];
        if (view.isBlank(ind.row, ruleCol)) continue;
        const at = view.master(ind.row, ruleCol);
        const key = `${at.row}:${at.col}`;
        byRuleCell.set(key, [...(byRuleCell.get(key) ?? []), i]);
      }
      for (const members of byRuleCell.values())
        if (members.length > 1) for (const i of members) this.indicators[i].ruleFits = false;
    }
  }

  /** The 三级 name, or the ordinal label when the name cell beside it is empty. */
  private nameOf(row: number): string {
    const name = oneLine(this.view.text(row, this.cols.name));
    if (name === '' && this.cols.nameLabel !== undefined) return this.view.text(row, this.cols.nameLabel);
    // (`种植面积(20分) | —— | 20`: a 三级 left blank or dashed is the 二级 scored as it stands.)
    if (name === '' || isBlankMark(name)) {
      const level = this.levelGroups[this.level2.group]?.label || this.levelGroups[this.level1.group]?.label;
      if (level) return level;
    }
    return name;
  }

  /** What a row under a merged weight brings of its own, compared with the indicator above (at `above`). */
  private ownCells(
    row: number,
    above: number,
  ): { ownName: boolean; ownRule: boolean; ownScore: boolean; sharedScore: boolean } {
    const { view, cols } = this;
    const stored = (col: number | undefined) => ownCell(view, row, col);
    const scoreAbove = cols.score !== undefined ? view.master(above, cols.score) : null;
    const scoreHere = cols.score !== undefined ? view.master(row, cols.score) : null;
    return {
      ownName: stored(cols.name),
      ownRule: stored(cols.rule),
      ownScore: stored(cols.score) && numberIn(view.value(row, cols.score as number)) !== null,
      sharedScore:
        scoreAbove !== null &&
        scoreHere !== null &&
        scoreAbove.row === scoreHere.row &&
        scoreAbove.col === scoreHere.col,
    };
  }
}
