/** Sums of a table: weight checks through every level (SPEC §5), the total, 一级 subtotals and the grade (SPEC §6). */
import Decimal from 'decimal.js';
import type { LevelSubtotal, TotalReport } from '../report';
import type { GradeBands } from '../settings';
import type { FindingList } from './findingList';
import { LEVEL_NAMES, MESSAGES } from './messages';
import type { CellRef, TableLayout } from './model';
import { decimalIn, weightIn } from './numbers';
import type { ScoredIndicator } from './scoreIndicator';

/** One weight cell's share of the table: its weight and the score of the indicators under it. */
export interface GroupSum {
  weight: Decimal | null;
  /** Rows sharing one weight: the sum of their scores, at most the weight. */
  score: Decimal;
  unscored: boolean;
  level1: string;
  level1Group: number;
  level2Group: number;
}

export function groupSums(
  layout: TableLayout,
  scored: ScoredIndicator[],
  budget: ScoredIndicator | null,
): GroupSum[] {
  const groups: GroupSum[] = layout.weightGroups.map((g) => {
    const members = g.indicators.map((i) => scored[i]);
    const first = layout.indicators[g.indicators[0]];
    const weight = members[0].weight;
    const sum = members.reduce((acc, m) => acc.plus(m.score ?? 0), new Decimal(0));
    return {
      weight,
      score: weight !== null && members.length > 1 ? Decimal.min(sum, weight) : sum,
      // (A weight missing leaves the table's total weight unknown, whatever the person typed.)
      unscored: weight === null || members.some((m) => m.score === null),
      level1: first.level1,
      level1Group: first.level1Group,
      level2Group: first.level2Group,
    };
  });
  if (budget) {
    groups.unshift({
      weight: budget.weight,
      score: budget.score ?? new Decimal(0),
      unscored: budget.score === null,
      level1: budget.report.level1,
      level1Group: -1,
      level2Group: -1,
    });
  }
  return groups;
}

function sumWeights(weights: (Decimal | null)[]): Decimal | null {
  if (weights.length === 0 || weights.some((w) => w === null)) return null;
  return (weights as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0));
}

/** 二级 = Σ its 三级, 一级 = Σ its 二级 (or its 三级 when 二级 weights are not stated), table = its stated 总分. */
export function checkWeights(layout: TableLayout, groups: GroupSum[], findings: FindingList): void {
  const { view } = layout;
  const weightAt = (cell: CellRef | null) => (cell ? weightIn(view.value(cell.row, cell.col)) : null);
  // A level's weight: its 分值 cell, else the weight written in its label (`产出指标（50分）`).
  const levelWeight = layout.levelGroups.map((g) => weightAt(g.weightCell) ?? g.labelWeight?.value ?? null);
  const compare = (
    at: CellRef,
    stated: Decimal,
    sum: Decimal | null,
    message: (s: string, t: string) => string,
  ) => {
    if (sum !== null && !sum.equals(stated))
      findings.add(at, 'weight-sum-mismatch', message(stated.toString(), sum.toString()));
  };
  layout.levelGroups.forEach((level, g) => {
    const cellWeight = weightAt(level.weightCell);
    // Each place that states the level's weight is checked at its own cell.
    const statements = [
      ...(level.weightCell !== null && cellWeight !== null
        ? [{ cell: level.weightCell, value: cellWeight }]
        : []),
      ...(level.labelWeight !== null ? [level.labelWeight] : []),
    ];
    if (statements.length === 0) return;
    const inGroup = groups.filter((s) => (level.level === 1 ? s.level1Group : s.level2Group) === g);
    if (inGroup.length === 0) return;
    let children = inGroup.map((s) => s.weight);
    if (level.level === 1) {
      const subLevels = [...new Set(inGroup.map((s) => s.level2Group))].filter((c) => c >= 0);
      const subWeights = subLevels.map((c) => levelWeight[c]);
      if (subLevels.length > 0 && subWeights.every((w) => w !== null)) children = subWeights;
    }
    const message = (s: string, t: string) =>
      MESSAGES.levelWeightSum(LEVEL_NAMES[level.level], level.label, s, t);
    const sum = sumWeights(children);
    for (const { cell, value } of statements) compare(cell, value, sum, message);
  });

  const total = layout.totalRow;
  const tableSum = sumWeights(groups.map((s) => s.weight));
  const stated = (col: number | undefined) =>
    total !== null && col !== undefined ? decimalIn(view.value(total, col)) : null;
  if (total !== null) {
    // A 总分 stated in a level's 分值 column is checked against that level's weights.
    for (const [col, level] of [
      [layout.cols.level1Weight, 1],
      [layout.cols.level2Weight, 2],
    ] as const) {
      const value = stated(col);
      if (col === undefined || value === null) continue;
      const used = new Set(groups.map((s) => (level === 1 ? s.level1Group : s.level2Group)));
      const levelWeights = layout.levelGroups.flatMap((g, i) =>
        g.level === level && used.has(i) ? [levelWeight[i]] : [],
      );
      const sum = sumWeights(levelWeights);
      compare(view.master(total, col), value, sum, MESSAGES.tableWeightSum);
    }
  }
  // SPEC §5: a table with no stated total is not measured against 100.
  const expected =
    stated(layout.cols.weight) ??
    stated(layout.cols.level2Weight) ??
    stated(layout.cols.level1Weight) ??
    layout.statedTotal;
  if (expected === null) return;
  const weightCol = layout.cols.weight ?? layout.cols.name;
  compare(view.master(total ?? layout.headerRow, weightCol), expected, tableSum, MESSAGES.tableWeightSum);
}

export function tableTotal(groups: GroupSum[], grades: GradeBands): TotalReport {
  const weight = groups.reduce((a, s) => a.plus(s.weight ?? 0), new Decimal(0));
  const score = groups.reduce((a, s) => a.plus(s.score), new Decimal(0));
  const provisional = groups.some((s) => s.unscored);
  return {
    weight: weight.toNumber(),
    score: score.toNumber(),
    provisional,
    grade: provisional ? null : gradeOf(score, weight, grades),
  };
}

/** 优/良/中/差 on the score as a share of 100 (a table worth other than 100 is scaled), lower bounds inclusive. */
function gradeOf(score: Decimal, weight: Decimal, grades: GradeBands): TotalReport['grade'] {
  const points = weight.isZero() || weight.equals(100) ? score : score.times(100).dividedBy(weight);
  if (points.greaterThanOrEqualTo(grades.excellent)) return '优';
  if (points.greaterThanOrEqualTo(grades.good)) return '良';
  if (points.greaterThanOrEqualTo(grades.pass)) return '中';
  return '差';
}

export function subtotals(groups: GroupSum[]): LevelSubtotal[] {
  const byLabel = new Map<string, { weight: Decimal; score: Decimal }>();
  for (const s of groups) {
    const acc = byLabel.get(s.level1) ?? { weight: new Decimal(0), score: new Decimal(0) };
    byLabel.set(s.level1, { weight: acc.weight.plus(s.weight ?? 0), score: acc.score.plus(s.score) });
  }
  return [...byLabel].map(([level1, { weight, score }]) => ({
    level1,
    weight: weight.toNumber(),
    score: score.toNumber(),
  }));
}
