/**
 * Table words: header synonyms per column role, total-row and footer words, the 预算执行率 block's
 * headers. Header text is compared after `normalizeHeader` (src/core/table/headerText.ts).
 */

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'weight'
  | 'definition'
  | 'rule'
  | 'target'
  | 'targetOp'
  | 'targetUnit'
  | 'actual'
  | 'score'
  | 'deducted'
  | 'note';

/**
 * A fourth level (`一级 | 二级 | 三级 | 四级指标`): it names the rows, and the 三级 before it groups them as the
 * 二级 does (see headerRow.ts).
 */
export const FOURTH_LEVEL_HEADERS: readonly string[] = ['四级指标', '四级指标及标准', '四级要素'];

/** Synonyms per role (SPEC §1 and variants seen in real 评分表), already normalised. */
export const HEADER_SYNONYMS: Record<ColumnRole, readonly string[]> = {
  // (考评细则 name their levels 要素: 考评要素 over 一级要素 | 二级要素.)
  level1: ['一级指标', '一级指标名称', '一级要素', 'A级指标'],
  level2: ['二级指标', '二级指标名称', '二级要素', 'B级指标'],
  name: [
    '三级指标',
    '三级要素',
    'C级指标',
    ...FOURTH_LEVEL_HEADERS,
    '三级指标名称',
    '指标名称',
    '具体指标',
    '绩效指标',
    '考核指标',
    '评价指标',
    '评估指标',
    '测评指标',
    '基本指标',
    // 考核细则 and 暗访/检查 tables name their rows by what is assessed
    '考评内容',
    '考核内容',
    '评价内容',
    '评分内容',
    '考核项目',
    '考评项目',
    '评价项目',
    '评分项目',
    '指标项目',
    '测评内容',
    '测评项目',
    '评估内容',
    '评估项目',
    '检查项目',
    '类别项目',
    // (names written with their weights: `科普展示空间(10分)` under `类别及分值`)
    '类别及分值',
    '项目及分值',
    '内容及分值',
    '指标及分值',
    '考核点',
    '考核要点',
    '评比内容',
    '考核评比内容',
  ],
  weight: [
    '分值',
    '权重',
    '标准分',
    '指标分值',
    '标准分值',
    '权重分',
    '权重分值',
    '满分',
    '指标权重',
    '分数',
    '权数',
    // (`应得分 | 扣分情况 | 实得分`: the points due)
    '应得分',
  ],
  definition: ['指标解释', '指标说明', '指标内涵', '计算公式', '指标定义', '指标解释及计算公式'],
  rule: [
    '评分标准',
    '评分办法',
    '评分规则',
    '评价标准',
    '评估标准',
    '评分细则',
    '评分方法',
    '计分方法',
    '评分标准及方法',
    '扣分标准',
    '评分依据及标准',
    '评分方式',
    '计分办法',
    '考核办法',
    '扣分办法',
    '考核标准',
    '得分计算方法',
    '计分方式',
    '评分说明',
    '评分与计分',
    '评分依据',
    '评定标准',
  ],
  target: [
    '年度指标值',
    '目标值',
    '预期指标值',
    '指标值',
    '年度目标值',
    '计划值',
    '预期目标值',
    '年度目标',
    '计划指标值',
  ],
  /** A 年度指标值 written over three columns (云南/四川 templates): 指标性质 (`≥`, `═`, `定性`) | 指标值 | 度量单位. */
  targetOp: ['指标性质'],
  targetUnit: ['度量单位', '计量单位'],
  actual: [
    '实际完成值',
    '实际值',
    '完成值',
    '评价数据',
    '实际完成情况',
    '全年实际值',
    '实际完成指标值',
    '完成情况',
    '实际完成数',
    '落实情况',
    '自查情况',
    '考核情况',
    '完成量',
    '督查结果',
    '督查情况',
    '检查结果',
    '检查情况',
    // (the faults the assessor found, which a rule of deductions prices)
    '扣分情况',
    // (the grade chosen, under a rule spread over grade columns)
    '自评等级',
    '评定等级',
  ],
  /** Points deducted, typed beside the score (`应得分数 | 扣减分数 | 实得分数`): never a weight. */
  deducted: ['扣分分值', '扣分值', '扣分数', '扣减分值', '扣减分数', '扣除分值'],
  score: [
    '得分',
    '自评得分',
    '评价得分',
    '实得分',
    '评分',
    '考核得分',
    '实际得分',
    '自评分',
    '考评得分',
    '自查分',
    '自评计分',
    '自评计分栏',
  ],
  note: [
    '扣分原因',
    '扣分说明',
    '偏差原因分析及改进措施',
    '得分说明',
    '备注',
    '偏差原因',
    '偏差原因分析',
    '扣分理由',
    '失分原因',
    '未完成原因分析',
    '未完成原因',
    '未完成原因及改进措施',
    '未完成原因及拟采取的改进措施',
    // (what the assessor wrote beside the score: its reasons)
    '评价与建议',
    '评价意见',
    '情况说明',
    '得分及依据',
    '得分依据',
    '扣分依据',
  ],
};

/**
 * Grade columns (`等级和系数` over `A | B | C | D`, `优（1.0）| 良（0.8）| 中（0.6）`): a run of three or more,
 * compared whole after normalising (the bracket goes), spreads the rule over them, each cell the condition or
 * the points of its grade.
 */
export const GRADE_BAND_HEADERS: readonly string[] = [
  'A',
  'B',
  'C',
  'D',
  'E',
  '优秀',
  '优良',
  '良好',
  '合格',
  '不合格',
  '优',
  '良',
  '中',
  '差',
  '好',
  '较好',
  '一般',
  '较差',
];

/** Labels that hold a synonym but name no role (`得分率` is no score). */
export const NON_ROLE_HEADERS: readonly string[] = [
  // (the score as a share of the weight, beside 得分)
  '得分率',
  '得分系数',
];

/** Words joining two things in one header (`考核内容及评分标准`, `内容和要求`). */
export const HEADER_JOINERS: readonly string[] = ['及', '和', '与', '、', '或'];

/** How a score header naming the points obtained begins (`实际得分`, `实得分数`), after one of the points due. */
export const OBTAINED_SCORE_LEADS: readonly string[] = ['实'];

/**
 * Rule headers that yield to another rule column in the same header: `考核标准` is the rule of many 考核细则,
 * but beside `评分方式` it states what is assessed.
 */
export const WEAK_RULE_HEADERS: readonly string[] = ['考核标准'];

/**
 * Short words that name a column only as the whole header (`内  容`, `项目` over the groups of a 考核细则);
 * inside a longer header (`具体内容`, `项目名称`) they name nothing.
 */
export const HEADER_EXACT_SYNONYMS: Partial<Record<ColumnRole, readonly string[]>> = {
  name: ['内容', '项目', '类别', '分类', '指标', '三级', '检查内容'],
  level1: ['一级'],
  level2: ['二级'],
  // (`评分` over `自评 | 机构`: the unit's own score)
  score: ['自评'],
  // (`指标分值 | 扣分 | 失分原因`: the points lost, as a whole header only — `扣分原因`, `扣分标准` name others)
  deducted: ['扣分', '扣减分'],
};

/** First-cell words of a total row (after normalisation and dropping a trailing `（100分）`). */
export const TOTAL_ROW_WORDS: readonly string[] = [
  '合计',
  '总分',
  '总计',
  '合计得分',
  '总得分',
  '得分合计',
  '综合得分',
  '总分值',
  '总计得分',
  '分值合计',
  '合计分值',
  '汇总',
];

/**
 * Endings of a total word with a short qualifier before it (`评价总分`, `考核总分`, `项目合计`): the
 * qualifier names whose total it is.
 */
export const TOTAL_WORD_ENDINGS: readonly string[] = ['总分', '总得分', '合计', '总计'];

/** Words opening a name that breaks the row above down (`其中：桃树种植面积`): a part, not an indicator. */
export const BREAKDOWN_LEADS: readonly string[] = ['其中'];

/** First-cell words of a subtotal row: skipped, neither an indicator nor the end of the table. */
export const SUBTOTAL_ROW_WORDS: readonly string[] = ['小计'];

/** Words that open a line under the table (signatures, dates, notes): such a line ends the table. */
export const FOOTER_WORDS: readonly string[] = [
  '填表人',
  '填报人',
  '审核人',
  '负责人',
  '单位负责人',
  '联系人',
  '联系电话',
  '填报日期',
  '填表日期',
  '日期',
  '注',
  '说明',
  '备注',
  '评价人',
  '评分人',
];

/** The 预算执行率 block of a 自评表: its header words. */
export const BUDGET_BLOCK_HEADERS = {
  /** 全年预算数: the denominator. */
  budget: ['全年预算数', '调整后预算数', '全年预算', '预算数'],
  /** 全年执行数: the numerator. */
  executed: ['全年执行数', '实际执行数', '全年实际执行数', '执行数', '全年支出数', '全年执行'],
  /** 执行率: an empty cell here receives the computed rate. */
  rate: ['执行率', '预算执行率'],
  /** The 重庆 template's `执行率权重 | 执行率得分`: the block's weight and score, not its rate. */
  weight: ['执行率权重'],
  score: ['执行率得分'],
} as const;

/** The name the 预算执行率 block's indicator is reported under. */
export const BUDGET_RATE_NAME = '预算执行率';

/** How the 预算执行率 block is scored (SPEC §1): a proportional rule handed to the rule engine. */
export const BUDGET_RATE_RULE = '得分=预算执行率×分值';

/** Headers of the columns added when a table has no note or no score column (SPEC §4). */
export const ADDED_NOTE_HEADER = '扣分说明';
export const ADDED_SCORE_HEADER = '得分';

/** Names of the cells a 预算执行率 block needs, for findings. */
export const BUDGET_CELL_NAMES = { budget: '全年预算数', executed: '全年执行数' } as const;

/**
 * An ordinal label on its own (`指标1：`, `指标2:`, `（1）`, `1.`, `第3项`, `①`): in a column beside the
 * 三级 names it numbers them and names nothing. Tested after `compactText` (half-width, no spaces).
 */
export const ORDINAL_LABEL =
  /^(?:(?:指标|序号)?[0-9一二三四五六七八九十]+[、.:)]?|\([0-9一二三四五六七八九十]+\)|第[0-9一二三四五六七八九十]+[项条个]?[、.:]?|[①-⑳])$/;

/** An ordinal label opening a cell (`指标1：机构改革任务完成率`): a numbered indicator, not a footer line. */
export const ORDINAL_LABEL_PREFIX = /^(?:指标|序号)[0-9一二三四五六七八九十]+[、.:]/;

/**
 * A weight stated at the end of a level label (`产出指标（50分）`, `产出指标(50)`, `产出指标 50分`,
 * `决策（分值20分）`): group 1 is the label, group 2 the weight. Tested after `compactText`.
 */
export const LABEL_WEIGHT =
  /^(.*?\D)\((?:分值|权重|满分)?:?(\d+(?:\.\d+)?)分?\)$|^(.*?[^\d.])(\d+(?:\.\d+)?)分$/;

/**
 * A table's 总分 stated in a title row or in the total row's label: `（100分）`, `(满分100分)`,
 * `总分100分`, `满分为100分`. Group 1 is the total. Tested after `compactText`.
 */
export const STATED_TOTAL = /(?:\((?:满分|总分)?:?(\d+(?:\.\d+)?)分\)|(?:满分|总分)为?:?(\d+(?:\.\d+)?)分)/;
