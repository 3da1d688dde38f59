/** Small 评分表 and 自评表 layouts for table tests, with rule texts in the shapes real tables use. */
import type { SheetGrid } from '../../../src/core/grid';
import { sheet } from './gridBuilder';
import type { CellSpec } from './gridBuilder';

export const RULES = {
  /** weight 3: 92% → 2.4 (pro-rata), ≥95% → 3. */
  completion: '预算完成率≥95%，得3分；\n每降低5%，扣1分，扣完为止。',
  /** weight 2: ≤100% → 2, 101% → 1.5. */
  staff: '在职人员控制率≤100%，得2分；\n每超过一个百分点扣0.5分，扣完为止。',
  /** No scoring structure: the person scores it. */
  manual: '此指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际有选择的进行设置。',
};

/** 评分表 columns: A 一级 | B 二级 | C 二级分值 | D 三级指标 | E 分值 | F 评分标准 | G 实际值 | H 得分 | I 扣分原因. */
export const SCORE_HEADER: CellSpec[] = [
  '一级指标',
  '二级指标',
  '分值',
  '三级指标',
  '分值',
  '评分标准',
  '实际值',
  '得分',
  '扣分原因',
];

/** A title row, the header on row 2, then `rows` from worksheet row 3. */
export function scoreSheet(rows: CellSpec[][], merges: string[] = []): SheetGrid {
  return sheet('评分表', [['部门整体支出绩效评价评分表'], SCORE_HEADER, ...rows], merges);
}

/** 自评表 columns: A 一级 | B 二级 | C 三级指标 | D 年度指标值 | E 实际完成值 | F 分值 | G 得分 | H 偏差原因…; header on row 1. */
export const SELF_HEADER: CellSpec[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

export function selfSheet(rows: CellSpec[][], merges: string[] = []): SheetGrid {
  return sheet('绩效自评表', [SELF_HEADER, ...rows], merges);
}
