/**
 * Words of the 基础数据表: how a label names a quantity (编制数, 本年预算数…), so that a name in an
 * indicator's definition (`在职人员控制率=（在职人员数/编制数）×100%`) finds its number in the
 * workbook's data tables. Compared after `src/core/derive/labels.ts` normalises the text.
 */

/**
 * What a number is, whatever the subject: each group's words name the same measure. Matching takes
 * the longest word first, so `实际在职人数` is a head count before `实际` is an amount spent.
 */
export const QUANTITY_MEASURES: Readonly<Record<string, readonly string[]>> = {
  staffActual: [
    '实际在职人数',
    '实际在职人员数',
    '在职人员数',
    '在职人数',
    '实有人数',
    '实有人员数',
    '实有在职人数',
    '在编人数',
    '在职人员',
  ],
  staffQuota: ['编制数', '核定编制数', '编制人数', '核定编制人数', '核定编制', '编制总数'],
  spent: [
    '决算数',
    '实际支出数',
    '实际支出',
    '执行数',
    '实际执行数',
    '支出数',
    '预算完成数',
    '预算执行数',
    '实际完成数',
    '实际发生数',
    '实际使用数',
    '决算',
    '实际',
  ],
  budget: ['预算数', '预算安排数', '预算安排', '调整后预算数', '预算总额', '预算'],
  initialBudget: ['年初预算数', '年初预算', '年初预算安排数', '年初安排数'],
  adjustment: ['预算调整数', '调整数', '调整金额'],
};

/** Which year a label speaks of; a label without one is this year's. */
export const QUANTITY_PERIODS: Readonly<Record<'current' | 'previous', readonly string[]>> = {
  previous: ['上年度', '上一年度', '上年', '上一年', '去年', '上期', '前一年度', '以前年度'],
  current: ['本年度', '本年', '当年', '今年', '本期', '全年', '年度'],
};

/**
 * Words that say nothing about which number it is (`总额`, `金额`, a table's `数值` column): dropped
 * from both sides before subjects are compared.
 */
export const QUANTITY_NOISE: readonly string[] = [
  '本部门',
  '本单位',
  '部门',
  '单位',
  '总额',
  '金额',
  '数额',
  '资金',
  '合计',
  '总计',
  '数值',
  '数据',
  '情况',
];

/** Names a definition's left side may not have: a formula for the score, not for the input. */
export const SCORE_FORMULA_WORDS: readonly string[] = ['得分', '分值', '权重', '扣分'];

/** Words a definition's name ends with when its value is a rate (shown and scored as a percentage). */
export const RATE_NAME_ENDINGS: readonly string[] = ['率', '比例', '比率', '占比', '比重'];
