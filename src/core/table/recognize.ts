/**
 * Finding the scoring tables of a workbook (SPEC §1): header rows anywhere on any sheet, the rows
 * under them up to the total row or the end of the table, the 预算执行率 block above a 自评表.
 */
import type { WorkbookGrid } from '../grid';
import { FOOTER_WORDS, SUBTOTAL_ROW_WORDS, TOTAL_ROW_WORDS } from '../vocabulary/headers';
import { compactText } from '../text';
import { normalizeHeader } from './headerText';
import { readBudgetHeader, readHeaderRow } from './headerRow';
import type { BudgetHeader } from './headerRow';
import type { BudgetBlock, ColumnMap, IndicatorRow, LevelGroup, TableLayout, WeightGroup } from './model';
import { numberIn } from './numbers';
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
  for (let row = 1; row <= last; row++) {
    const budgetHeader = readBudgetHeader(view, row);
    if (budgetHeader) {
      pendingBudget = budgetBlock(view, row, budgetHeader);
      continue;
    }
    const cols = readHeaderRow(view, row);
    if (!cols) continue;
    const table = readTable(view, row, cols, pendingBudget);
    pendingBudget = null;
    tables.push(table);
    row = table.lastRow;
  }
  if (pendingBudget) tables.push(budgetOnlyTable(view, pendingBudget));
  return tables;
}

function budgetBlock(view: SheetView, headerRow: number, cols: BudgetHeader): BudgetBlock | null {
  const last = Math.min(view.sheet.rowCount, headerRow + BUDGET_ROWS_SEARCHED);
  let firstFilled: number | null = null;
  for (let r = headerRow + 1; r <= last; r++) {
    if (readHeaderRow(view, r)) break;
    if (numberIn(view.value(r, cols.weight)) !== null) return { headerRow, row: r, cols };
    if (firstFilled === null && !view.isBlank(r, cols.budget)) firstFilled = r;
  }
  return firstFilled === null ? null : { headerRow, row: firstFilled, cols };
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
    budget,
  };
}

type RowKind = 'indicator' | 'placeholder' | 'skip' | 'blank' | 'total' | 'end';

function readTable(
  view: SheetView,
  headerRow: number,
  cols: ColumnMap,
  budget: BudgetBlock | null,
): TableLayout {
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  const headerCells = (view.sheet.cells[headerRow - 1] ?? []).length;
  let lastHeaderCol = 0;
  for (let c = 1; c <= headerCells; c++) if (!view.isBlank(headerRow, c)) lastHeaderCol = c;
  const firstCol = Math.min(...used);
  const lastCol = Math.max(lastHeaderCol, ...used);
  const levelCols = new Set(
    [cols.level1, cols.level2, cols.level1Weight, cols.level2Weight].filter((c) => c !== undefined),
  );

  const builder = new TableBuilder(view, cols);
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
      break;
    }
    builder.levels(row);
    if (kind === 'indicator') builder.indicator(row);
  }
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
    budget,
  };
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
  let onlyLevels = true;
  for (let c = firstCol; c <= lastCol; c++) {
    const text = textOf(view.raw(row, c)?.value);
    if (text === '') continue;
    if (first === '') first = text;
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
  if (TOTAL_ROW_WORDS.includes(label)) return 'total';
  if (SUBTOTAL_ROW_WORDS.includes(label)) return 'skip';
  const hasWeight = numberIn(view.value(row, cols.weight ?? -1)) !== null;
  if (!hasWeight && isFooter(first)) return 'end';
  const own = (c: number | undefined) =>
    c !== undefined && !view.isBlank(row, c) && !continuesMerge(view, row, c);
  if (own(cols.name) || own(cols.weight) || own(cols.rule) || own(cols.target) || own(cols.actual))
    return 'indicator';
  if (onlyLevels) return 'placeholder';
  // Stray text beside the table (e.g. only a score or a note): not an indicator, not the end.
  return 'skip';
}

function continuesMerge(view: SheetView, row: number, col: number): boolean {
  const m = view.merge(row, col);
  return m !== undefined && m.top < row;
}

/** `填表人：`, `注：…`, `单位（盖章）：` — a short label and a colon, or a footer word on its own. */
function isFooter(text: string): boolean {
  const s = compactText(text);
  if (FOOTER_WORDS.includes(s)) return true;
  const colon = s.search(/[:]/);
  if (colon > 0 && colon <= 8) return true;
  return FOOTER_WORDS.some((w) => s.startsWith(w) && /^[:.、\d]/.test(s.slice(w.length)));
}

/** Accumulates indicators, weight groups and level groups while rows are read top to bottom. */
class TableBuilder {
  readonly indicators: IndicatorRow[] = [];
  readonly weightGroups: WeightGroup[] = [];
  readonly levelGroups: LevelGroup[] = [];
  private level1 = { label: '', group: -1 };
  private level2 = { label: '', group: -1 };
  /** Weight groups by their weight cell's merge top row, for rows under one merged weight. */
  private readonly groupByWeightTop = new Map<number, number>();

  constructor(
    private readonly view: SheetView,
    private readonly cols: ColumnMap,
  ) {}

  /** Level labels: a merged cell or a blank cell continues the label above. */
  levels(row: number): void {
    const l1 = this.cols.level1 !== undefined ? this.view.text(row, this.cols.level1) : '';
    if (this.level1.group < 0 || (l1 !== '' && l1 !== this.level1.label)) {
      this.level1 = { label: l1, group: this.openLevel(1, l1, row, this.cols.level1Weight, -1) };
      this.level2 = { label: '', group: -1 };
    }
    const l2 = this.cols.level2 !== undefined ? this.view.text(row, this.cols.level2) : '';
    if (this.level2.group < 0 || (l2 !== '' && l2 !== this.level2.label)) {
      this.level2 = {
        label: l2,
        group: this.openLevel(2, l2, row, this.cols.level2Weight, this.level1.group),
      };
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

  private openLevel(
    level: 1 | 2,
    label: string,
    row: number,
    weightCol: number | undefined,
    parent: number,
  ): number {
    const weightCell =
      weightCol !== undefined && numberIn(this.view.value(row, weightCol)) !== null
        ? this.view.master(row, weightCol)
        : null;
    this.levelGroups.push({ level, label, weightCell, parent });
    return this.levelGroups.length - 1;
  }

  indicator(row: number): void {
    const { view, cols } = this;
    const weightMerge = cols.weight !== undefined ? view.merge(row, cols.weight) : undefined;
    const sharedTop = weightMerge && weightMerge.bottom > weightMerge.top ? weightMerge.top : null;
    const existing = sharedTop !== null ? this.groupByWeightTop.get(sharedTop) : undefined;
    if (existing !== undefined) {
      const previous = this.indicators[this.indicators.length - 1];
      // Under one merged weight: a row without its own rule text continues the indicator above.
      const ownRule =
        cols.rule !== undefined && !view.isBlank(row, cols.rule) && view.master(row, cols.rule).row === row;
      if (!ownRule && previous && previous.group === existing) {
        previous.rows.push(row);
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
    this.indicators.push({
      row,
      rows: [row],
      level1: this.level1.label,
      level2: this.level2.label,
      name: view.text(row, cols.name),
      group,
      level1Group: this.level1.group,
      level2Group: this.level2.group,
    });
  }
}
