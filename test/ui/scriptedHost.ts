/** A ScoringHost whose every method is a jest mock, and a hand-written report to show. */
import './domShims';
import type { ScoreReport, TableReport } from '../../src/core/report';
import { DEFAULT_SETTINGS, type ScoringSettings } from '../../src/core/settings';
import type { RestoreOutcome, ScoreRun, ScoringHost } from '../../src/hosts/office/host';

export function table(overrides: Partial<TableReport> = {}): TableReport {
  return {
    sheet: '评分表',
    headerRow: 3,
    total: { weight: 100, score: 82.7, provisional: true, grade: null },
    subtotals: [
      { level1: '决策', weight: 10, score: 8 },
      { level1: '过程', weight: 40, score: 30 },
      { level1: '产出', weight: 50, score: 44.7 },
    ],
    indicators: [
      {
        row: 9,
        level1: '过程',
        level2: '预算执行',
        name: '预算完成率',
        weight: 3,
        kind: 'linear',
        input: '92%',
        score: 2.4,
        status: 'scored',
        note: '预算完成率92.00%，低于95%标准3.00个百分点，按每降低5%扣1分计扣0.60分，得2.40分',
        explain: '不低于95%得满分；每降低5%扣1分',
        unparsed: [],
        scoreCell: 'I9',
        inputCell: 'H9',
      },
      {
        row: 15,
        level1: '过程',
        level2: '资产管理',
        name: '政府采购执行率',
        weight: 2,
        kind: 'manual',
        input: null,
        score: null,
        status: 'missing-input',
        note: '',
        explain: '',
        unparsed: ['视情况酌情'],
        scoreCell: 'I15',
        inputCell: 'H15',
      },
    ],
    findings: [
      {
        cell: 'H15',
        code: 'missing-input',
        severity: 'missing',
        message: '政府采购执行率缺少实际值。',
        row: 15,
      },
      {
        cell: 'I20',
        code: 'deduction-reason-missing',
        severity: 'missing',
        message: '扣了分但没有写扣分说明。',
        row: 20,
      },
      { cell: 'H12', code: 'invalid-input', severity: 'error', message: '“abc”不是比率。', row: 12 },
      {
        cell: 'G15',
        code: 'unparsed-rule',
        severity: 'warning',
        message: '评分标准有无法识别的文字。',
        row: 15,
      },
    ],
    unit: '示例区委编办',
    typedScore: null,
    executionRate: null,
    conclusion:
      '示例区委编办部门整体绩效总分100分，自评得分82.7分（暂定：“政府采购执行率”尚未评分），暂不评定等级。其中：（1）过程：总分40分，得分30分，扣10分。',
    ...overrides,
  };
}

export function report(tables: TableReport[] = [table()]): ScoreReport {
  return { tables };
}

export interface ScriptedHost extends ScoringHost {
  score: jest.Mock<Promise<ScoreRun>, Parameters<ScoringHost['score']>>;
  undo: jest.Mock<Promise<RestoreOutcome | null>, []>;
  clearMarks: jest.Mock<Promise<RestoreOutcome>, []>;
  select: jest.Mock<Promise<void>, Parameters<ScoringHost['select']>>;
  loadSettings: jest.Mock<ScoringSettings, []>;
  saveSettings: jest.Mock<Promise<void>, Parameters<ScoringHost['saveSettings']>>;
  writeConclusion: jest.Mock<Promise<string>, Parameters<ScoringHost['writeConclusion']>>;
}

export function scriptedHost(
  run: ScoreRun = { report: report(), stats: { syncs: 2, cellsWritten: 41 } },
): ScriptedHost {
  return {
    score: jest.fn<Promise<ScoreRun>, Parameters<ScoringHost['score']>>(async () => run),
    undo: jest.fn<Promise<RestoreOutcome | null>, []>(async () => ({ kept: [], missingSheets: [] })),
    clearMarks: jest.fn<Promise<RestoreOutcome>, []>(async () => ({ kept: [], missingSheets: [] })),
    select: jest.fn<Promise<void>, Parameters<ScoringHost['select']>>(async () => undefined),
    loadSettings: jest.fn(() => DEFAULT_SETTINGS),
    saveSettings: jest.fn<Promise<void>, Parameters<ScoringHost['saveSettings']>>(async () => undefined),
    writeConclusion: jest.fn<Promise<string>, Parameters<ScoringHost['writeConclusion']>>(
      async () => '自评结论',
    ),
  };
}
