/** The Chinese sentences of the findings the table layer raises (the rule engine words its own issues). */

const q = (name: string) => (name === '' ? '该指标' : `“${name}”`);
const each = (names: string[]) => names.map(q).join('、');

export const MESSAGES = {
  missingInput: (name: string) => `${q(name)}缺少实际值，无法计分，请填写。`,
  missingWeight: (name: string) => `${q(name)}未填写分值（或分值不是大于0、不超过1000的数字），无法计分。`,
  missingRule: (name: string) => `${q(name)}没有评分标准，也没有可对照的指标值，请填写得分。`,
  manualScoreMissing: (name: string) => `${q(name)}需要人工评分，请在得分栏填写得分。`,
  deductionReason: (name: string, score: string, weight: string) =>
    `${q(name)}得分${score}分，低于分值${weight}分，请填写扣分原因。`,
  targetMissedReason: (name: string) => `${q(name)}未达到年度指标值，请填写偏差原因分析及改进措施。`,
  deviationReason: (name: string, score: string, weight: string) =>
    `${q(name)}得分${score}分，低于分值${weight}分，请填写偏差原因分析及改进措施。`,
  overachievementReason: (name: string) =>
    `${q(name)}实际完成值达到年度指标值的130%以上，请说明原因（指标值可能设定偏低）。`,
  typedScoreOutOfRange: (name: string, score: string, weight: string) =>
    `${q(name)}填写的得分${score}分超出0～${weight}分的范围。`,
  scoreChanged: (name: string, typed: string, computed: string) =>
    `${q(name)}原填${typed}分，按评分标准计算为${computed}分，已改为计算得分。`,
  /**
   * The note of a row whose typed score was replaced: both numbers, then how the rule computed it
   * (without the computation's closing `，得N分`: the opening already says it).
   */
  scoreChangedNote: (typed: string, computed: string, computation: string) => {
    let how = computation;
    for (let prev = ''; prev !== how;) {
      prev = how;
      how = how.replace(/[，,]?得[\d.]+分[。.]?$/, '');
    }
    return `原填${typed}分，按评分标准计算为${computed}分${how === '' ? '' : `；${how}`}`;
  },
  /** The report's note on a rule row of a table without a 实际值 column: nothing to read the rule on. */
  noInputColumnNote: '评分表没有实际值栏，无法按评分标准计分，请人工评分',
  /** The report's notes on a row without a weight: nothing computed, a typed score kept as the person's. */
  noWeightNote: '未填写分值，无法计分',
  noWeightTypedNote: (typed: string) => `未填写分值，无法按评分标准计分，采用填写的得分${typed}分`,
  /** The report's note on a row whose rule is merged over several indicators sharing one weight. */
  groupRuleNote: '评分标准针对共用分值的几项指标整体规定，请逐项人工评分',
  groupScoreOverWeight: (names: string[], sum: string, weight: string) =>
    `${each(names)}共用分值${weight}分，得分合计${sum}分，超出分值。`,
  groupDeductionReason: (names: string[], sum: string, weight: string, reason: string) =>
    `${each(names)}共用分值${weight}分，得分合计${sum}分，请填写${reason}。`,
  levelWeightSum: (level: string, label: string, stated: string, sum: string) =>
    `${level}“${label}”的分值${stated}分，与其下级指标分值合计${sum}分不一致。`,
  tableWeightSum: (stated: string, sum: string) => `各指标分值合计${sum}分，与总分${stated}分不一致。`,
  totalMismatch: (typed: string, sum: string) => `合计得分${typed}分，与各指标得分之和${sum}分不一致。`,
  ledgerUnreadable:
    '工作簿中上次评分的标注记录已损坏，无法完整读取：此前写入的扣分说明和标注颜色可能无法识别或恢复，请核对。',
  mergesUnread: (names: string[], more: number) =>
    `此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13），以下指标的一级/二级指标、分值或评分标准单元格为空，` +
    `若原为合并单元格，得分可能与实际不符，请核对：${names.map(q).join('')}${more > 0 ? `等${names.length + more}项` : ''}。`,
  budgetInputMissing: (what: string) => `预算执行率缺少${what}，无法计算执行率。`,
  deductedNote: (deducted: string, score: string) => `扣分栏扣减${deducted}分，得${score}分`,
  deductedOutOfRange: (name: string, deducted: string, weight: string) =>
    `“${name}”扣减${deducted}分，不在0～${weight}分之间，请核对扣分栏。`,
  budgetRateContradicted: (typed: string, computed: string) =>
    `执行率填写为${typed}，按全年执行数÷全年预算数计算为${computed}%，请核实。`,
};

export const LEVEL_NAMES = { 1: '一级指标', 2: '二级指标' } as const;

/** What a missing reason is called in the table's own words: 自评表 ask for 偏差原因, 评分表 for 扣分原因. */
export const REASON_NAMES = { deduction: '扣分原因', deviation: '偏差原因分析及改进措施' } as const;
