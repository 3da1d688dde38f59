/** Every string the taskpane and the preview show: Simplified Chinese first, English second. */
import type { Severity } from '../core/findings';
import type { RuleKind, RuleStatus } from '../core/rules/types';
import type { StepMode } from '../core/settings';
import type { HostError, RestoreOutcome } from '../hosts/office/host';

export type Locale = 'zh-CN' | 'en-US';

/** At most this many cells are named in a message. */
const CELLS_NAMED = 10;
/** The kept cells by address, the first CELLS_NAMED of them, then `more` if there are others. */
const cellList = (o: RestoreOutcome, sep: string, more: string) =>
  o.kept
    .slice(0, CELLS_NAMED)
    .map((c) => `${c.sheet}!${c.address}`)
    .join(sep) + (o.kept.length > CELLS_NAMED ? more : '');
/** In English undo and clearing marks name the kept cells in the same words. */
const keptEn = (o: RestoreOutcome) =>
  o.kept.length > 0
    ? ` ${o.kept.length} cells changed after scoring were left as they are: ${cellList(o, ', ', '…')}.`
    : '';
export type ProgressStep = 'reading' | 'scoring' | 'writing' | 'done';

export interface Strings {
  appTitle: string;
  score: string;
  undo: string;
  clearMarks: string;
  step: Record<ProgressStep, string>;
  scoredDone: (cells: number) => string;
  undone: string;
  /** Undo that left cells the person changed, or could not reach a deleted sheet. */
  undonePartly: (outcome: RestoreOutcome) => string;
  nothingToUndo: string;
  marksCleared: string;
  marksClearedPartly: (outcome: RestoreOutcome) => string;
  emptyState: string;
  summary: string;
  sheetTable: (sheet: string, headerRow: number) => string;
  total: string;
  provisional: string;
  provisionalHint: string;
  grade: string;
  noGrade: string;
  subtotals: string;
  scoreRate: string;
  findings: string;
  noFindings: string;
  severity: Record<Severity, string>;
  goToCell: (sheet: string, cell: string) => string;
  goToScoreCell: (cell: string) => string;
  levels: string;
  indicators: string;
  status: Record<RuleStatus, string>;
  kind: Record<RuleKind, string>;
  ruleUnderstood: string;
  computation: string;
  unparsedWords: string;
  input: string;
  emptyInput: string;
  settings: string;
  decimals: string;
  decimalsInvalid: string;
  steps: string;
  stepMode: Record<StepMode, string>;
  gradeBands: string;
  gradeExcellent: string;
  gradeGood: string;
  gradePass: string;
  gradesInvalid: string;
  save: string;
  saved: string;
  errorTitle: Record<HostError['code'], string>;
  unexpectedError: string;
  dismiss: string;
  conclusion: ConclusionStrings;
  derived: DerivedStrings;
  review: ReviewSettingsStrings;
  preview: PreviewStrings;
}

/** The 自评结论 card. */
export interface ConclusionStrings {
  title: string;
  copy: string;
  copied: string;
  copyFailed: string;
  writeSheet: string;
  written: (sheet: string) => string;
}

/** An input worked out from the 基础数据表. */
export interface DerivedStrings {
  badge: string;
  hint: string;
  formula: string;
  values: string;
}

/** The settings of derived inputs and the reviewer's checks. */
export interface ReviewSettingsStrings {
  dataTitle: string;
  writeDerived: string;
  checksTitle: string;
  rateDeviation: string;
  rateDeviationPoints: string;
  pointsInvalid: string;
  overachievement: string;
  caps: string;
  capsHint: string;
  capFrom: string;
  capTo: string;
  capMax: string;
  addCap: string;
  removeCap: (n: number) => string;
  capsInvalid: string;
}

/** The browser preview's own chrome (the taskpane inside it uses the strings above). */
export interface PreviewStrings {
  title: string;
  privacy: string;
  openFile: string;
  dropHint: string;
  download: string;
  opening: string;
  openFailed: string;
  noWorkbook: string;
  sheets: string;
  rowsShown: (shown: number, total: number) => string;
}

const zhCN: Strings = {
  appTitle: '绩效评分助手',
  score: '评分',
  undo: '撤销',
  clearMarks: '清除标注',
  step: { reading: '正在读取工作表…', scoring: '正在评分…', writing: '正在写入得分…', done: '完成' },
  scoredDone: (cells) => `评分完成，已写入 ${cells} 个单元格。`,
  undone: '已撤销上次评分，单元格已恢复原样。',
  undonePartly: (o) =>
    '已撤销上次评分。' +
    (o.kept.length > 0
      ? `以下 ${o.kept.length} 个单元格在评分后已被修改，未撤销：${cellList(o, '、', ' 等')}。`
      : '') +
    (o.missingSheets.length > 0 ? `工作表“${o.missingSheets.join('”“')}”已被删除，其中的改动无法撤销。` : ''),
  nothingToUndo: '没有可撤销的评分。',
  marksCleared: '已清除标注颜色和自动生成的扣分说明，得分保留。',
  marksClearedPartly: (o) =>
    '已清除标注颜色和自动生成的扣分说明，得分保留。' +
    (o.kept.length > 0
      ? `以下 ${o.kept.length} 个单元格在评分后已被修改，未清除：${cellList(o, '、', ' 等')}。`
      : '') +
    (o.missingSheets.length > 0
      ? `工作表“${o.missingSheets.join('”“')}”已不存在（可能已改名或删除），其中的标注未能清除。`
      : ''),
  emptyState: '打开评分表后点击“评分”，助手会逐项计算得分、写入扣分说明，并标出缺失和错误。',
  summary: '评分汇总',
  sheetTable: (sheet, headerRow) => `${sheet}（表头第 ${headerRow} 行）`,
  total: '总分',
  provisional: '暂定',
  provisionalHint: '仍有指标未评分或缺少分值，总分为暂定，暂不评定等级。',
  grade: '等级',
  noGrade: '—',
  subtotals: '一级指标得分率',
  scoreRate: '得分率',
  findings: '问题清单',
  noFindings: '未发现问题。',
  severity: { missing: '缺失', error: '错误', warning: '提示' },
  goToCell: (sheet, cell) => `定位到 ${sheet}!${cell}`,
  goToScoreCell: (cell) => `定位得分单元格 ${cell}`,
  levels: '所属指标',
  indicators: '指标明细',
  status: {
    scored: '已评分',
    manual: '手工评分',
    'missing-input': '缺少实际值',
    'invalid-input': '实际值无法识别',
    unscored: '未评分',
  },
  kind: {
    bands: '分档计分',
    linear: '按幅度扣分',
    twosided: '双向偏差扣分',
    proportional: '按比例计分',
    checklist: '逐项计分',
    perissue: '按问题扣分',
    grade: '按等级计分',
    target: '对照指标值',
    formula: '按公式计分',
    bonus: '加分',
    composite: '分项计分',
    deadline: '按时限扣分',
    rank: '按名次计分',
    deduction: '按扣分栏计分',
    manual: '手工评分',
  },
  ruleUnderstood: '规则理解',
  computation: '计算过程',
  unparsedWords: '未能识别的文字',
  input: '实际值',
  emptyInput: '（空）',
  settings: '设置',
  decimals: '得分保留小数位（0–4）',
  decimalsInvalid: '请输入 0 到 4 之间的整数。',
  steps: '不足一档的扣分',
  stepMode: { prorata: '按比例折算', ceil: '不足一档按一档扣', floor: '只按完整档扣' },
  gradeBands: '等级分数线（含下限）',
  gradeExcellent: '优 ≥',
  gradeGood: '良 ≥',
  gradePass: '中 ≥',
  gradesInvalid: '分数线须在 0–100 之间，且 优 > 良 > 中。',
  save: '保存设置',
  saved: '设置已保存到本工作簿。',
  errorTitle: {
    'cell-edit': 'Excel 正在编辑单元格',
    protected: '工作表受保护',
    'no-table': '未找到评分表',
    'too-large': '工作表过大',
    'access-denied': '无法写入工作簿',
    'partial-write': '写入未能完全还原',
    unknown: '操作未完成',
  },
  unexpectedError: '出现意外错误，工作簿未被修改。请重试；如仍失败，请把以下信息发给管理员：',
  dismiss: '关闭',
  conclusion: {
    title: '自评结论',
    copy: '复制',
    copied: '自评结论已复制，可粘贴到自评报告中。',
    copyFailed: '无法访问剪贴板，请选中文字后按 Ctrl+C 复制。',
    writeSheet: '写入“自评结论”工作表',
    written: (sheet) => `自评结论已写入新工作表“${sheet}”。`,
  },
  derived: {
    badge: '按基础数据计算',
    hint: '实际值单元格为空，已按指标解释中的公式和工作簿中的基础数据计算。',
    formula: '计算公式',
    values: '取数',
  },
  review: {
    dataTitle: '基础数据',
    writeDerived: '把按基础数据表算出的实际值写入空白的实际值单元格',
    checksTitle: '复核检查',
    rateDeviation: '得分率与预算执行率相差过大时提示',
    rateDeviationPoints: '允许相差（百分点）',
    pointsInvalid: '请输入 0 到 100 之间的数。',
    overachievement: '实际完成值超过指标值130%而未说明原因时提示',
    caps: '按执行率限定总分（地区规定，默认不设）',
    capsHint: '执行率在“从”（含）到“到”（不含）之间时，总分不得高于“最高分”。',
    capFrom: '执行率从 %',
    capTo: '到 %',
    capMax: '最高分',
    addCap: '添加一档',
    removeCap: (n) => `删除第 ${n} 档`,
    capsInvalid: '每档须填写数字：0 ≤ 从 < 到，最高分在 0–100 之间。',
  },
  preview: {
    title: '绩效评分助手 · 浏览器版',
    privacy: '供无法加载加载项的 Excel（WPS、Excel 2016/2019）使用。文件只在本机浏览器中处理，不会上传。',
    openFile: '打开评分表…',
    dropHint: '也可以把 .xlsx 文件拖到此页面',
    download: '下载评分结果',
    opening: '正在打开…',
    openFailed: '无法打开这个文件',
    noWorkbook: '请打开一个 .xlsx 评分表。',
    sheets: '工作表',
    rowsShown: (shown, total) => `仅显示前 ${shown} 行（共 ${total} 行），评分包含全部行。`,
  },
};

const enUS: Strings = {
  appTitle: 'Performance Scoring Assistant',
  score: 'Score',
  undo: 'Undo',
  clearMarks: 'Clear marks',
  step: { reading: 'Reading the worksheets…', scoring: 'Scoring…', writing: 'Writing scores…', done: 'Done' },
  scoredDone: (cells) => `Scored. ${cells} cells written.`,
  undone: 'The last scoring run was undone; the cells are as they were.',
  undonePartly: (o) =>
    'The last scoring run was undone.' +
    keptEn(o) +
    (o.missingSheets.length > 0
      ? ` The sheet "${o.missingSheets.join('", "')}" was deleted; its changes cannot be undone.`
      : ''),
  nothingToUndo: 'There is no scoring run to undo.',
  marksCleared: 'Mark colours and generated notes were removed; scores were kept.',
  marksClearedPartly: (o) =>
    'Mark colours and generated notes were removed; scores were kept.' +
    keptEn(o) +
    (o.missingSheets.length > 0
      ? ` The sheet "${o.missingSheets.join('", "')}" no longer exists (renamed or deleted); its marks could not be cleared.`
      : ''),
  emptyState:
    'Open a scoring table and press Score: each indicator is scored, notes are written and gaps are marked.',
  summary: 'Summary',
  sheetTable: (sheet, headerRow) => `${sheet} (header row ${headerRow})`,
  total: 'Total',
  provisional: 'Provisional',
  provisionalHint:
    'Some indicators are not scored yet or have no weight: the total is provisional and no grade is given.',
  grade: 'Grade',
  noGrade: '—',
  subtotals: 'Score rate by level-1 indicator',
  scoreRate: 'Score rate',
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: { missing: 'Missing', error: 'Error', warning: 'Note' },
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  goToScoreCell: (cell) => `Go to score cell ${cell}`,
  levels: 'Level 1 / 2',
  indicators: 'Indicators',
  status: {
    scored: 'Scored',
    manual: 'Manual',
    'missing-input': 'Input missing',
    'invalid-input': 'Input unreadable',
    unscored: 'Not scored',
  },
  kind: {
    bands: 'Bands',
    linear: 'Linear deduction',
    twosided: 'Two-sided deviation',
    proportional: 'Proportional',
    checklist: 'Checklist',
    perissue: 'Per issue',
    grade: 'Grade',
    target: 'Against target',
    formula: 'Formula',
    bonus: 'Bonus',
    composite: 'Composite',
    deadline: 'Deadline',
    rank: 'Rank',
    deduction: 'Points deducted column',
    manual: 'Manual',
  },
  ruleUnderstood: 'Rule as understood',
  computation: 'Computation',
  unparsedWords: 'Words not understood',
  input: 'Input',
  emptyInput: '(empty)',
  settings: 'Settings',
  decimals: 'Score decimals (0–4)',
  decimalsInvalid: 'Enter a whole number from 0 to 4.',
  steps: 'Partial deduction steps',
  stepMode: { prorata: 'Pro rata', ceil: 'A started step counts whole', floor: 'Whole steps only' },
  gradeBands: 'Grade thresholds (inclusive)',
  gradeExcellent: 'Excellent ≥',
  gradeGood: 'Good ≥',
  gradePass: 'Pass ≥',
  gradesInvalid: 'Thresholds must lie in 0–100 with Excellent > Good > Pass.',
  save: 'Save settings',
  saved: 'Settings saved in this workbook.',
  errorTitle: {
    'cell-edit': 'Excel is editing a cell',
    protected: 'The sheet is protected',
    'no-table': 'No scoring table found',
    'too-large': 'The sheet is too large',
    'access-denied': 'The workbook cannot be written',
    'partial-write': 'The write was not fully rolled back',
    unknown: 'The action did not finish',
  },
  unexpectedError:
    'Something unexpected happened and the workbook was not changed. Try again; if it fails, send this to your administrator:',
  dismiss: 'Dismiss',
  conclusion: {
    title: 'Self-evaluation conclusion',
    copy: 'Copy',
    copied: 'The conclusion was copied; paste it into the self-evaluation report.',
    copyFailed: 'The clipboard is not available: select the text and press Ctrl+C.',
    writeSheet: 'Write to a “自评结论” sheet',
    written: (sheet) => `The conclusion was written to the new sheet “${sheet}”.`,
  },
  derived: {
    badge: 'From the data table',
    hint: 'The input cell is empty: the input was computed from the definition’s formula and the workbook’s data table.',
    formula: 'Formula',
    values: 'Numbers used',
  },
  review: {
    dataTitle: 'Data table',
    writeDerived: 'Write inputs computed from the data table into empty input cells',
    checksTitle: 'Reviewer checks',
    rateDeviation: 'Warn when the score rate and the budget execution rate differ too much',
    rateDeviationPoints: 'Allowed difference (points)',
    pointsInvalid: 'Enter a number from 0 to 100.',
    overachievement: 'Warn when an actual exceeds 130% of its target without a reason',
    caps: 'Cap the total by execution rate (regional rule; none by default)',
    capsHint:
      'While the execution rate is from “from” (inclusive) to “to” (exclusive), the total may be at most “max”.',
    capFrom: 'Rate from %',
    capTo: 'to %',
    capMax: 'Max total',
    addCap: 'Add a band',
    removeCap: (n) => `Remove band ${n}`,
    capsInvalid: 'Each band needs numbers: 0 ≤ from < to, and a max total from 0 to 100.',
  },
  preview: {
    title: 'Performance Scoring Assistant · Browser',
    privacy:
      'For Excel versions that cannot host the add-in (WPS, Excel 2016/2019). The file stays in this browser; nothing is uploaded.',
    openFile: 'Open a scoring table…',
    dropHint: 'or drop an .xlsx file on this page',
    download: 'Download scored workbook',
    opening: 'Opening…',
    openFailed: 'This file could not be opened',
    noWorkbook: 'Open an .xlsx scoring table.',
    sheets: 'Sheets',
    rowsShown: (shown, total) => `Showing the first ${shown} of ${total} rows; scoring covers all rows.`,
  },
};

export const STRINGS: Record<Locale, Strings> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Office's display language (`en-US`, `zh-CN`, `zh-TW`…): English for English, Chinese otherwise. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
