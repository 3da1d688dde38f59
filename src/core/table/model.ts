/** What recognition finds on a sheet: the table's columns and rows, before anything is scored. */
import type Decimal from 'decimal.js';
import type { ColumnRole } from '../vocabulary/headers';
import type { SheetView } from './sheetView';

/**
 * Column per role; `level1Weight`/`level2Weight` are 分值 columns that belong to a level column on their
 * left; `nameLabel` is the column of ordinal labels (`指标1：`) beside the 三级 names, under one header;
 * `describes` is a column under a weak rule header that yielded to another rule column (`考核标准` beside
 * `评分方式`): it says what each row assesses. `bandsTo` is the last of a run of grade columns starting at
 * `rule` (`A | B | C | D`): the rule spread over them.
 */
export type ColumnMap = Partial<
  Record<ColumnRole | 'level1Weight' | 'level2Weight' | 'nameLabel' | 'describes' | 'bandsTo', number>
> & {
  name: number;
};

export interface CellRef {
  row: number;
  col: number;
}

/** One scored unit: a 三级 row, or several rows under one merged weight and one rule. */
export interface IndicatorRow {
  /** Top worksheet row (the report's `row`). */
  row: number;
  /** Every worksheet row the indicator spans (rows after the top only when a merged weight and rule span them). */
  rows: number[];
  level1: string;
  level2: string;
  name: string;
  /** Index into TableLayout.weightGroups: rows sharing one merged weight cell share a group. */
  group: number;
  /** A weight stated in the name itself (`决策依据(4分)`), where the row's 分值 cell states none; and its cell. */
  statedWeight: { value: Decimal; cell: CellRef } | null;
  /**
   * False when the rule cannot score this indicator alone: its rule cell is merged over several
   * indicators of one weight group (it states the group's scoring), or the indicator spans rows with
   * rules of their own under one 得分. The score is then the person's.
   */
  ruleFits: boolean;
  /** Index into TableLayout.levelGroups for the 一级 and 二级 this row sits under. */
  level1Group: number;
  level2Group: number;
}

/** A weight cell and the indicators it covers (usually one; several when the cell is merged over rows). */
export interface WeightGroup {
  /** The weight cell (top-left of its merge); null when the table has no 三级 weight column. */
  cell: CellRef | null;
  indicators: number[];
}

export interface LevelGroup {
  level: 1 | 2;
  /** The label as shown in the report: without a weight stated in it (`产出指标（50分）` → `产出指标`). */
  label: string;
  /** The level's own weight cell when the table states one (一级/二级 分值 column). */
  weightCell: CellRef | null;
  /** A weight stated in the label itself, and the label's cell. */
  labelWeight: { value: Decimal; cell: CellRef } | null;
  /** The 一级 group a 二级 group belongs to (-1 for 一级 groups). */
  parent: number;
}

/** The 预算执行率 block of a 自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). */
export interface BudgetBlock {
  headerRow: number;
  /** The data row (年度资金总额). */
  row: number;
  cols: { budget: number; executed: number; weight?: number; rate?: number; score?: number };
  /** Without a 分值 column: the weight a header label states, and that label's cell. */
  statedWeight: { value: Decimal; cell: CellRef } | null;
}

export interface TableLayout {
  view: SheetView;
  /** The indicator header row (1-based). */
  headerRow: number;
  cols: ColumnMap;
  /** Leftmost and rightmost columns the table uses. */
  firstCol: number;
  lastCol: number;
  /** Last row of the table (the total row when there is one). */
  lastRow: number;
  indicators: IndicatorRow[];
  weightGroups: WeightGroup[];
  levelGroups: LevelGroup[];
  totalRow: number | null;
  /**
   * The table's 总分 when stated outside the 分值 cells: in the total row's label (`合计（100分）`) or in a
   * title row above the header (`…评分表（满分100分）`). A 总分 in the total row's 分值 cell wins over it.
   */
  statedTotal: Decimal | null;
  budget: BudgetBlock | null;
}

/** 自评表: scored against 年度指标值 (target + actual columns, no rule column). */
export function isSelfEvaluation(layout: TableLayout): boolean {
  return (
    layout.cols.rule === undefined && layout.cols.target !== undefined && layout.cols.actual !== undefined
  );
}
