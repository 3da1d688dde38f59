/**
 * Generated department workbooks of realistic size for `jixiao review` (bench and tests): a 基础数据表
 * and a 部门整体支出绩效评价评分表 of 30 indicators with the 指标解释 and 评分标准 real tables carry,
 * merged level cells, borders and wrapped text. Deterministic per index; some inputs are left blank
 * for the 基础数据表 to fill, some rows carry a typed score and a note, every other workbook a typed total.
 */
import ExcelJS from 'exceljs';

interface Spec {
  level1: string;
  level2: string;
  name: string;
  weight: number;
  definition: string;
  rule: string;
  /** The 实际值 for workbook `n` (null: left blank). */
  input: (n: number) => string | number | null;
}

const pct = (base: number, spread: number) => (n: number) => `${base + ((n * 7) % (spread + 1))}%`;

const SPECS: Spec[] = [
  {
    level1: '投入',
    level2: '目标设定',
    name: '绩效目标合理性',
    weight: 3,
    definition:
      '部门所设立的整体绩效目标依据是否充分，是否符合客观实际，用以反映和考核部门整体绩效目标与部门履职、年度工作任务的相符性情况。',
    rule: '①符合国家法律法规、国民经济和社会发展总体规划，得1分；\n②符合部门“三定”方案确定的职责，得1分；\n③符合部门制定的中长期实施规划，得1分。',
    input: (n) => (n % 4 === 0 ? '①②' : '①②③'),
  },
  {
    level1: '投入',
    level2: '目标设定',
    name: '绩效指标明确性',
    weight: 7,
    definition:
      '部门依据整体绩效目标所设定的绩效指标是否清晰、细化、可衡量，用以反映和考核部门整体绩效目标的明细化情况。',
    rule: '①将部门整体的绩效目标细化分解为具体的工作任务，得2分；\n②通过清晰、可衡量的指标值予以体现，得2分；\n③与部门年度的任务数或计划数相对应，得2分；\n④与本年度部门预算资金相匹配，得1分。',
    input: (n) => (n % 3 === 0 ? '①②③' : '①②③④'),
  },
  {
    level1: '投入',
    level2: '预算配置',
    name: '在职人员控制率',
    weight: 1,
    definition:
      '部门本年度实际在职人员数与编制数的比率，用以反映和考核部门对人员成本的控制程度。\n在职人员控制率=（在职人员数/编制数）×100%。',
    rule: '在职人员控制率≤100%，得1分；\n每超过一个百分点扣0.5分，扣完为止。',
    input: () => null,
  },
  {
    level1: '投入',
    level2: '预算配置',
    name: '“三公经费”变动率',
    weight: 1,
    definition:
      '部门本年度“三公经费”决算数与上年度“三公经费”决算数的变动比率，用以反映和考核部门对控制重点行政成本的努力程度。\n“三公经费”变动率=[（本年度“三公经费”决算数-上年度“三公经费”决算数）/上年度“三公经费”决算数]×100%。',
    rule: '“三公经费”变动率≤0，得1分；\n每超过一个百分点扣0.5分，扣完为止。',
    input: () => null,
  },
  {
    level1: '投入',
    level2: '预算配置',
    name: '重点支出安排率',
    weight: 3,
    definition:
      '部门本年度预算安排的重点预算支出与部门预算总支出的比率。\n重点支出安排率=（重点预算支出/预算总支出）×100%。',
    rule: '重点支出安排率≥90%，得3分；\n80%（含）-90%，得2分；\n70%（含）-80%，得1分；\n60%（含）-70%，得0.5分；\n60%以下，不得分。',
    input: pct(78, 20),
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '预算完成率',
    weight: 3,
    definition:
      '部门本年度预算完成数与预算数的比率，用以反映和考核部门预算完成程度。\n预算完成率=（预算完成数/预算数）×100%。',
    rule: '预算完成率≥95%，得3分；\n每降低5%，扣1分，扣完为止。',
    input: pct(85, 15),
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '预算调整率',
    weight: 2,
    definition:
      '部门本年度预算调整数与预算数的比率，用以反映和考核部门预算的调整程度。\n预算调整率=（本年预算调整数/年初预算）×100%。',
    rule: '预算调整率≤5%，得2分；\n5%-10%（含），得1.5分；\n10%-15%（含），得1分；\n15%-20%（含），得0.5分；\n20%以上，不得分。',
    input: pct(2, 16),
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '支付进度率',
    weight: 2,
    definition: '部门实际支付进度与既定支付进度的比率。\n支付进度率=（实际支付进度/既定支付进度）×100%。',
    rule: '支付进度率=100%，得2分；\n每超过（降低）5%，扣0.5分，扣完为止。',
    input: pct(92, 14),
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '结转结余变动率',
    weight: 1,
    definition:
      '部门本年度结转结余资金总额与上年度结转结余资金总额的变动比率。\n结转结余变动率=[（本年度累计结转结余资金总额-上年度累计结转结余资金总额）/上年度累计结转结余资金总额]×100%。',
    rule: '结转结余变动率≤0，得1分；\n每超过5%，扣0.5分，扣完为止。',
    input: (n) => `${(n % 9) - 5}%`,
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '公用经费控制率',
    weight: 2,
    definition:
      '部门本年度实际支出的公用经费总额与预算安排的公用经费总额的比率。\n公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。',
    rule: '公用经费控制率≤100%，得2分；\n每超过5%，扣1分，扣完为止。',
    input: () => null,
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '“三公经费”控制率',
    weight: 1,
    definition:
      '部门本年度“三公经费”实际支出数与预算安排数的比率。\n“三公经费”控制率=（“三公经费”实际支出数/“三公经费”预算安排数）×100%。',
    rule: '“三公经费”控制率≤100%，得1分；\n每超过5%，扣0.5分，扣完为止。',
    input: () => null,
  },
  {
    level1: '过程',
    level2: '预算执行',
    name: '政府采购执行率',
    weight: 2,
    definition:
      '部门本年度实际政府采购金额与年初政府采购预算的比率。\n政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。',
    rule: '政府采购执行率=100%，得2分；\n每超过（降低）5%，扣1分，扣完为止。',
    input: pct(90, 15),
  },
  {
    level1: '过程',
    level2: '预算管理',
    name: '管理制度健全性',
    weight: 2,
    definition: '部门为加强预算管理、规范财务行为而制定的管理制度是否健全完整。',
    rule: '①已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度，得1分；\n②相关管理制度合法、合规、完整，得1分。',
    input: (n) => (n % 5 === 0 ? '①' : '①②'),
  },
  {
    level1: '过程',
    level2: '预算管理',
    name: '资金使用合规性',
    weight: 5,
    definition: '部门使用预算资金是否符合相关的预算财务管理制度的规定。',
    rule: '每发现一类不合规问题，扣1分，扣完为止。',
    input: (n) => (n % 3 === 0 ? '发现1类问题' : '无'),
  },
  {
    level1: '过程',
    level2: '预算管理',
    name: '预决算信息公开性',
    weight: 1,
    definition: '部门是否按照政府信息公开有关规定公开相关预决算信息。',
    rule: '每发现一类不合规问题，扣0.5分，扣完为止。',
    input: () => '无',
  },
  {
    level1: '过程',
    level2: '预算管理',
    name: '基础信息完善性',
    weight: 1,
    definition: '部门基础信息是否完善，用以反映和考核基础信息对预算管理工作的支撑情况。',
    rule: '基础数据信息和会计信息资料真实、完整、准确，得1分。',
    input: () => '是',
  },
  {
    level1: '过程',
    level2: '资产管理',
    name: '资产管理制度健全性',
    weight: 1,
    definition: '部门为加强资产管理、规范资产管理行为而制定的管理制度是否健全完整。',
    rule: '①已制定或具有资产管理制度，得0.5分；\n②相关资产管理制度得到有效执行，得0.5分。',
    input: () => '①②',
  },
  {
    level1: '过程',
    level2: '资产管理',
    name: '资产管理安全性',
    weight: 1,
    definition: '部门的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴。',
    rule: '①资产保存完整、配置合理、处置规范，得0.5分；\n②资产账务管理合规，帐实相符，得0.5分。',
    input: (n) => (n % 2 ? '①②' : '①'),
  },
  {
    level1: '过程',
    level2: '资产管理',
    name: '固定资产利用率',
    weight: 1,
    definition:
      '实际在用固定资产总额与所有固定资产总额的比率。\n固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。',
    rule: '固定资产利用率=100%，得1分；\n每低一个百分点，扣0.1分，扣完为止。',
    input: pct(94, 6),
  },
  {
    level1: '产出',
    level2: '职责履行',
    name: '实际完成率',
    weight: 6,
    definition:
      '部门履行职责而实际完成工作数与计划工作数的比率。\n实际完成率=（实际完成工作数/计划工作数）×100%。',
    rule: '实际完成率=100%，得6分；\n每降低1%，扣0.5分，扣完为止。',
    input: pct(96, 4),
  },
  {
    level1: '产出',
    level2: '职责履行',
    name: '完成及时率',
    weight: 6,
    definition:
      '部门在规定时限内及时完成的实际工作数与计划工作数的比率。\n完成及时率=（及时完成实际工作数/计划工作数）×100%。',
    rule: '完成及时率=100%，得6分；\n每降低1%，扣0.5分，扣完为止。',
    input: pct(95, 5),
  },
  {
    level1: '产出',
    level2: '职责履行',
    name: '质量达标率',
    weight: 6,
    definition:
      '达到质量标准（绩效标准值）的实际工作数与计划工作数的比率。\n质量达标率=（质量达标实际工作数/计划工作数）×100%。',
    rule: '质量达标率=100%，得6分；\n每降低1%，扣0.5分，扣完为止。',
    input: pct(97, 3),
  },
  {
    level1: '产出',
    level2: '职责履行',
    name: '重点工作办结率',
    weight: 6,
    definition:
      '部门年度重点工作实际完成数与交办或下达数的比率。\n重点工作办结率=（重点工作实际完成数/交办或下达数）×100%。',
    rule: '重点工作办结率=100%，得6分；\n每降低1%，扣0.3分，扣完为止。',
    input: pct(93, 7),
  },
  {
    level1: '产出',
    level2: '职责履行',
    name: '督查督办完成率',
    weight: 6,
    definition:
      '部门按期办结督查督办事项数与交办事项数的比率。\n督查督办完成率=（按期办结事项数/交办事项数）×100%。',
    rule: '督查督办完成率≥95%，得6分；\n90%（含）-95%，得4分；\n85%（含）-90%，得2分；\n85%以下，不得分。',
    input: pct(88, 12),
  },
  {
    level1: '效果',
    level2: '履职效益',
    name: '经济效益',
    weight: 6,
    definition: '部门履行职责对经济发展所带来的直接或间接影响。',
    rule: '此指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际有选择的进行设置。',
    input: () => null,
  },
  {
    level1: '效果',
    level2: '履职效益',
    name: '社会效益',
    weight: 8,
    definition: '部门履行职责对社会发展所带来的直接或间接影响。',
    rule: '此指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际有选择的进行设置。',
    input: () => null,
  },
  {
    level1: '效果',
    level2: '履职效益',
    name: '生态效益',
    weight: 4,
    definition: '部门履行职责对生态环境所带来的直接或间接影响。',
    rule: '此指标为设置部门整体支出绩效评价指标时必须考虑的共性要素，可根据部门实际有选择的进行设置。',
    input: () => null,
  },
  {
    level1: '效果',
    level2: '履职效益',
    name: '行政效能',
    weight: 4,
    definition: '政府对机关工作实施情况的具体评价，以年度政府考核结果为依据。',
    rule: '优秀计4分，良好计3分，合格计1分，不合格计0分。',
    input: (n) => (n % 3 === 0 ? '良好' : '优秀'),
  },
  {
    level1: '效果',
    level2: '满意度',
    name: '社会公众或服务对象满意度',
    weight: 5,
    definition: '社会公众或部门的服务对象对部门履职效果的满意程度。',
    rule: '≥90%，得5分；\n每降低1%，扣0.5分，扣完为止。',
    input: pct(86, 12),
  },
  {
    level1: '效果',
    level2: '可持续影响',
    name: '长效管理机制健全性',
    weight: 3,
    definition: '部门为保障履职效果持续发挥而建立的长效管理机制是否健全。',
    rule: '①建立了长效管理机制，得1.5分；\n②机制得到有效执行，得1.5分。',
    input: () => '①②',
  },
];

/** Typed scores (and a reason) for the rows the person scores by hand. */
const MANUAL: Record<string, (n: number) => [number, string | null]> = {
  经济效益: (n) => (n % 2 ? [6, null] : [5, '个性化指标“产业扶持项目落地率”未完全达成，扣1分']),
  社会效益: (n) => (n % 3 ? [8, null] : [7, '群众投诉办结时限未全部达标，扣1分']),
  生态效益: () => [4, null],
};

const UNITS = [
  '区委编办',
  '区财政局',
  '区教育局',
  '区卫健委',
  '区民政局',
  '区司法局',
  '区统计局',
  '区审计局',
];

export function unitOf(n: number): string {
  return `示例${UNITS[n % UNITS.length]}${Math.floor(n / UNITS.length) + 1}号`;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function dataSheet(wb: ExcelJS.Workbook, n: number): void {
  const ws = wb.addWorksheet('基础数据表');
  const quota = 40 + (n % 20);
  const staff = quota - (n % 5) + (n % 7 === 0 ? 2 : 0);
  const rows: (string | number | null)[][] = [
    ['部门整体支出绩效评价基础数据表'],
    ['单位名称', unitOf(n)],
    ['财政供养人员情况', '编制数', '实际在职人数', '控制率'],
    [null, quota, staff, null],
    ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
    ['三公经费', 0.5 + (n % 10) / 10, 1.5, 0.6 + (n % 8) / 10],
    ['公用经费', 40 + (n % 9), 48.58, 46 + (n % 6)],
    ['政府采购金额', 7.5, 9, n % 4 === 0 ? null : 8 + (n % 3) / 2],
    ['结转结余资金', 12.3, null, 10.1],
  ];
  for (const r of rows) ws.addRow(r);
  ws.mergeCells('A1:D1');
  ws.getCell('D4').value = { formula: 'C4/B4', result: staff / quota };
  ws.getCell('D4').numFmt = '0.00%';
  ws.getColumn(1).width = 22;
  for (const c of [2, 3, 4]) ws.getColumn(c).width = 14;
  for (let r = 3; r <= rows.length; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).border = BORDER;
}

function scoreSheet(wb: ExcelJS.Workbook, n: number): void {
  const ws = wb.addWorksheet('评分表');
  ws.addRow([`${unitOf(n)}2023年度部门整体支出绩效评价评分表`]);
  ws.mergeCells('A1:J1');
  ws.addRow([`单位名称：${unitOf(n)}`, null, null, null, null, null, null, null, null, '金额单位：万元']);
  const header = [
    '一级指标',
    '二级指标',
    '分值',
    '三级指标',
    '分值',
    '指标解释',
    '评分标准',
    '实际值',
    '得分',
    '扣分原因',
  ];
  ws.addRow(header);
  const first = 4;
  const typedTotal = n % 2 === 0;
  for (const s of SPECS) {
    const manual = MANUAL[s.name]?.(n);
    const row = ws.addRow([
      s.level1,
      s.level2,
      null,
      s.name,
      s.weight,
      s.definition,
      s.rule,
      s.input(n),
      manual ? manual[0] : null,
      manual ? manual[1] : null,
    ]);
    row.height = 60;
  }
  // Level cells merged over their rows, with the 二级 weight in C.
  const mergeRuns = (col: number, key: (s: Spec) => string, weight?: boolean) => {
    let start = 0;
    for (let i = 1; i <= SPECS.length; i++) {
      if (i < SPECS.length && key(SPECS[i]) === key(SPECS[start])) continue;
      const top = first + start;
      const bottom = first + i - 1;
      if (weight) {
        const sum = SPECS.slice(start, i).reduce((a, s) => a + s.weight, 0);
        ws.getCell(top, 3).value = sum;
        if (bottom > top) ws.mergeCells(top, 3, bottom, 3);
      }
      if (bottom > top) ws.mergeCells(top, col, bottom, col);
      start = i;
    }
  };
  mergeRuns(1, (s) => s.level1);
  mergeRuns(2, (s) => `${s.level1}/${s.level2}`, true);
  const totalRow = ws.addRow([
    '合计',
    null,
    100,
    null,
    100,
    null,
    null,
    null,
    typedTotal ? 85 + (n % 10) : null,
  ]);
  totalRow.font = { bold: true };
  const widths = [8, 10, 6, 18, 6, 40, 44, 12, 8, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let r = 3; r <= ws.rowCount; r++) {
    for (let c = 1; c <= 10; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    }
  }
  ws.getRow(3).font = { bold: true };
}

/** Workbook `n` of the generated set, as .xlsx bytes. */
export async function departmentWorkbook(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dataSheet(wb, n);
  scoreSheet(wb, n);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The number of indicator rows each generated 评分表 holds. */
export const INDICATORS_PER_WORKBOOK = SPECS.length;
