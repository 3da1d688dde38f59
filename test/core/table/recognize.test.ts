import Decimal from 'decimal.js';
import { recognizeSheet, recognizeWorkbook } from '../../../src/core/table/recognize';
import { SheetView } from '../../../src/core/table/sheetView';
import { classifyHeader } from '../../../src/core/table/headerRow';
import { isOrdinalLabel, labelWeight } from '../../../src/core/table/headerText';
import { sheet, workbook } from './gridBuilder';
import type { CellSpec } from './gridBuilder';
import { SELF_HEADER } from './tableFixtures';

const tables = (rows: CellSpec[][], merges: string[] = []) =>
  recognizeSheet(new SheetView(sheet('表', rows, merges)));
const names = (rows: CellSpec[][], merges: string[] = []) =>
  tables(rows, merges)[0].indicators.map((i) => i.name);

describe('header synonyms', () => {
  it.each([
    ['三级指标', 'name'],
    ['指标名称', 'name'],
    ['具体指标', 'name'],
    ['绩效指标', 'name'],
    ['三 级\n指 标', 'name'],
    ['分值（分）', 'weight'],
    ['权重(%)', 'weight'],
    ['标准分', 'weight'],
    ['指标分值', 'weight'],
    ['评分办法', 'rule'],
    ['评分细则', 'rule'],
    ['评价标准', 'rule'],
    ['年度指标值', 'target'],
    ['预期指标值', 'target'],
    ['实际完成值', 'actual'],
    ['评价数据', 'actual'],
    ['实际完成情况', 'actual'],
    ['自评得分', 'score'],
    ['实得分', 'score'],
    ['得分说明', 'note'],
    ['偏差原因分析及改进措施', 'note'],
    ['备 注', 'note'],
    ['计算公式', 'definition'],
    ['一级指标', 'level1'],
    ['二级指标', 'level2'],
    ['一级要素', 'level1'],
    ['A级指标', 'level1'],
    ['C级指标', 'name'],
    ['扣分分值', 'deducted'],
    ['扣分数', 'deducted'],
    ['得分率', null],
    ['评分与计分', 'rule'],
    ['评分依据', 'rule'],
    ['基本指标', 'name'],
    ['自评计分栏', 'score'],
    ['自查分', 'score'],
    ['情况说明', 'note'],
    ['指标', 'name'],
    ['指标内容', null],
    ['ｆｏｏ', null],
    ['部门本年度预算安排的重点预算支出与部门预算总支出的比率，得分值', null],
  ])('%s → %s', (text, role) => {
    expect(classifyHeader(text)).toBe(role);
  });
});

describe('finding the header row', () => {
  it('finds a table below title and unit rows, with full-width and spaced headers', () => {
    const [t] = tables([
      ['某单位绩效评价评分表'],
      ['单位名称：某局', null, null, '金额单位：万元'],
      [],
      ['指 标\n名 称', '分值（分）', '评分标准', '实际值', '得　分'],
      ['预算完成率', 3, '≥95%，得3分', '96%', null],
    ]);
    expect(t.headerRow).toBe(4);
    expect(t.cols).toMatchObject({ name: 1, weight: 2, rule: 3, actual: 4, score: 5 });
    expect(t.indicators.map((i) => i.row)).toEqual([5]);
  });

  it('needs a name, a weight and something to score: a row of data words is not a header', () => {
    expect(
      tables([
        ['指标名称', '分值'],
        ['预算完成率', 3],
      ]),
    ).toEqual([]);
    expect(
      tables([
        ['三级指标', '得分'],
        ['x', 1],
      ]),
    ).toEqual([]);
  });

  it('takes a header without 分值 when it has two columns of scoring: the names may state the weights', () => {
    const [t] = tables([
      ['三级指标', '评分标准', '得分'],
      ['决策依据(4分)', '符合法律法规(1分)', 4],
    ]);
    expect(t.cols).toEqual({ name: 1, rule: 2, score: 3 });
    expect(t.indicators[0]).toMatchObject({ name: '决策依据', statedWeight: { value: new Decimal(4) } });
  });

  it('reads 得分计算方法 as the rule, never as the 得分 column after it', () => {
    const [t] = tables([
      ['三级指标', '年度指标值', '全年实际值', '分值', '得分计算方法', '得分'],
      ['资金支付及时率', '100%', '96%', 10, null, 10],
    ]);
    expect(t.cols).toMatchObject({ rule: 5, score: 6 });
  });

  it('reads 内容 and 项目 as names only as the whole header, never inside a longer one (具体内容)', () => {
    const [t] = tables([
      ['序号', '内  容', '标准分', '评  分  标  准', '村自评分', '具体内容'],
      [1, '有工作领导小组', 7, '有领导小组得7分', 7, '已成立'],
    ]);
    expect(t.cols).toMatchObject({ name: 2, weight: 3, rule: 4, score: 5 });
    expect(Object.values(t.cols)).not.toContain(6);
  });

  it('takes the 分值 after the name column over one left of every indicator column (项目权重 holding labels)', () => {
    const [t] = tables([
      ['项目权重', '指标名称', '分值', '得分'],
      ['项目管理13分', '资金使用', 5, 4],
    ]);
    expect(t.cols).toMatchObject({ level1: 1, name: 2, weight: 3, score: 4 });
  });

  it('gives each 分值 column to the indicator column on its left', () => {
    const [t] = tables([
      ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '评分标准', '得分'],
      ['投入', 20, '目标设定', 10, '绩效目标合理性', 10, '…', null],
    ]);
    expect(t.cols).toMatchObject({
      level1: 1,
      level1Weight: 2,
      level2: 3,
      level2Weight: 4,
      name: 5,
      weight: 6,
    });
  });

  it('uses the deepest level column as the name when there is no 三级 column', () => {
    const [t] = tables([
      ['一级指标', '二级指标', '分值', '评分标准', '得分'],
      ['产出', '数量', 10, '≥90%，得10分', null],
    ]);
    expect(t.cols.name).toBe(2);
    expect(t.cols.weight).toBe(3);
    expect(t.indicators[0]).toMatchObject({ name: '数量', level1: '产出' });
  });

  it('reads 考评要素 over 一级要素 | 二级要素 as levels, and the points deducted (扣分分值) as no weight', () => {
    const [t] = tables(
      [
        ['考评要素', null, '标准分值', '评分标准', '扣分说明', '扣分分值', '得分'],
        ['一级要素', '二级要素'],
        ['规范化建设(30分)', '工作方案(10分)', '10分', '未制定工作方案的，扣10分。', null, 2, 8],
      ],
      ['A1:B1', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2'],
    );
    expect(t.headerRow).toBe(2);
    expect(t.cols).toMatchObject({ level1: 1, name: 2, weight: 3, rule: 4, note: 5, score: 7 });
    expect(t.indicators[0].name).toBe('工作方案(10分)');
    expect(t.weightGroups[0].cell).toMatchObject({ row: 3, col: 3 });
  });
});

describe('rows of a table', () => {
  const header: CellSpec[] = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '得分'];

  it('carries merged and blank-continued level cells down', () => {
    const [t] = tables(
      [
        header,
        ['投入', '预算配置', 'a', 1, 'r', 1],
        [null, null, 'b', 1, 'r', 1],
        [null, '预算执行', 'c', 1, 'r', 1],
        ['过程', null, 'd', 1, 'r', 1],
      ],
      ['A2:A4'],
    );
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['投入', '预算配置', 'a'],
      ['投入', '预算配置', 'b'],
      ['投入', '预算执行', 'c'],
      ['过程', '', 'd'],
    ]);
  });

  it.each(['合计', '总 分', '总计', '合计（100分）', '得分合计', '评价总分', '考核总分', '项目合计'])(
    'ends at a total row whose first cell is %s',
    (word) => {
      const [t] = tables([header, ['投入', 'x', 'a', 1, 'r', 1], [word, null, null, 100], ['填表人：张三']]);
      expect(t.totalRow).toBe(3);
      expect(t.lastRow).toBe(3);
      expect(t.indicators).toHaveLength(1);
    },
  );

  it('takes no indicator from a template line of marks (指标1：/ | / | /)', () => {
    expect(
      names([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['效益', '社会效益', '指标1：受益人数', '≥100人', '120人', 10, 10],
        [null, '生态效益', '指标1：/', '/', '/'],
      ]),
    ).toEqual(['指标1：受益人数']);
  });

  it('reads a heading across the table (一、规范操作(55分)) as the 一级 of the numbered rows under it', () => {
    const [t] = tables(
      [
        ['考核内容', null, '评分标准', '自查得分'],
        ['一、规范操作(55分)'],
        [1, '采购委托(5)', '未签署委托协议的，每发现1次扣1分。', 5],
        [2, '信息公告(4)', '未按规定发布的，每次扣1分。', 3],
        ['自查人：'],
      ],
      ['A1:B1', 'A2:C2'],
    );
    expect(t.cols).toMatchObject({ name: 2, nameLabel: 1 });
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['一、规范操作', '采购委托'],
      ['一、规范操作', '信息公告'],
    ]);
    expect(t.levelGroups[0].labelWeight).toMatchObject({ value: new Decimal(55), cell: { row: 2, col: 1 } });
  });

  it('reads three name headers (项目 | 考核内容 | 考核指标) as 一级, 二级 and names, and 权数 as the weight', () => {
    const [t] = tables([
      ['项目', '考核内容', '考核指标', '评分标准', '权数', '考评得分'],
      ['预算支出管理', '预算支出', '预算支出完成率', '按完成比例计算得分', 20, 19],
    ]);
    expect(t.cols).toMatchObject({ level1: 1, level2: 2, name: 3, weight: 5, score: 6 });
  });

  it("takes the 指标值 after 指标性质 as the target, not a project's 年度目标 left of the indicators", () => {
    const [t] = tables([
      [
        '项目名称',
        '年度目标',
        '一级指标',
        '二级指标',
        '三级指标',
        '指标性质',
        '指标值',
        '度量单位',
        '权重',
        '实际完成值',
        '得分',
      ],
      ['村组干部报酬', '按时发放报酬', '效益指标', '社会效益', '维护社会稳定', '≥', 95, '%', 10, '96%', null],
    ]);
    expect(t.cols).toMatchObject({ targetOp: 6, target: 7, targetUnit: 8, weight: 9, actual: 10 });
  });

  it('reads a 总分 merged from left of the header as the total row', () => {
    const [t] = tables(
      [
        [null, '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
        [null, '产出指标', '数量指标', '救助人数', 100, '≥50人', '60人', 100],
        ['总分', null, null, null, 100, null, null, 100],
      ],
      ['A3:D3'],
    );
    expect(t.totalRow).toBe(3);
    expect(t.indicators).toHaveLength(1);
  });

  it('skips breakdown lines (其中…, or a name indented under the row above) without weight or score', () => {
    expect(
      names([
        ['三级指标', '分值', '年度指标值', '全年实际值', '得分'],
        ['★补助种植面积', 20, '29.5亩', '29.5亩', 20],
        ['其中桃树种植面积', null, '1.5亩', '1.5亩', null],
        ['        苹果种植面积', null, '5亩', '5亩', null],
        ['其中：农村低保人数', 5, '≥9431人', '9453人', 5],
        ['受益人数', null, '≥80人', '87人', null],
      ]),
    ).toEqual(['★补助种植面积', '其中：农村低保人数', '受益人数']);
  });

  it('without 分值, reads a name merged over rows of their own rules (合同签订（10分）) as one indicator', () => {
    const [t] = tables(
      [
        ['评分内容', '考核检查内容', '评分说明', '评分', '备注'],
        ['合同签订（10分）', '履约保函到位', '未按时提供履约保函的，扣1分', null, null],
        [null, '签订项目合同', '拒绝签订合同的，扣10分', null, null],
        ['人员配置（10分）', '成立管理团队', '人员不到位的，每人扣1分', 8, null],
      ],
      ['A2:A3', 'D2:D3'],
    );
    expect(t.cols).toMatchObject({ name: 1, rule: 3, score: 4, note: 5 });
    expect(t.indicators.map((i) => [i.name, i.rows, i.ruleFits])).toEqual([
      ['合同签订', [2, 3], false],
      ['人员配置', [4], true],
    ]);
  });

  it('reads a run of grade columns (等级和系数 over A | B | C | D) as the rule spread over them', () => {
    const [t] = tables(
      [
        ['评价项目', '等级和系数', null, null, null, '得分', '评价与建议'],
        [null, 'A', 'B', 'C', 'D'],
        ['思想性', 10, 8, 6, 4, 8, null],
      ],
      ['A1:A2', 'B1:E1', 'F1:F2', 'G1:G2'],
    );
    expect(t.headerRow).toBe(2);
    expect(t.cols).toMatchObject({ name: 1, rule: 2, bandsTo: 5, score: 6, note: 7 });
  });

  it('drops a caption merged over columns labelled below it (项目及分值 over 序号 | 类别及分值)', () => {
    const [t] = tables(
      [
        ['项目及分值', null, null, '等级分值及标准', null, null, null, '自评分'],
        [
          '序号',
          '类别及分值',
          null,
          '优秀(占比90-100%)',
          '优良(占比70-90%)',
          '合格(占比60-70%)',
          '不合格',
          null,
        ],
        [
          1,
          '场馆建设(30分)',
          '科普展示空间(10分)',
          '1000平方米以上',
          '500-1000平方米',
          '150-500平方米',
          '150平方米以下',
          9,
        ],
        [2, null, '科普展示方式(20分)', '丰富', '完整', '具备', '缺失', 18],
      ],
      ['A1:C1', 'D1:G1', 'H1:H2', 'B2:C2', 'B3:B4'],
    );
    expect(t.cols).toMatchObject({ level1: 2, name: 3, rule: 4, bandsTo: 7, score: 8 });
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['场馆建设', '科普展示空间'],
      ['场馆建设', '科普展示方式'],
    ]);
  });

  it('reads 合计 over the main rows, a bonus block and its 合计 as subtotals of the 总计 after them', () => {
    const [t] = tables([
      header,
      ['基本条件', 'x', 'a', 100, 'r', null, 95],
      ['合计', null, null, 100, null, null, 95],
      ['加分项目', 'y', 'b', 10, 'r', null, 7],
      ['合计', null, null, 10, null, null, 7],
      ['总计', null, null, 110, null, null, 102],
      ['填表人：张三'],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(['a', 'b']);
    expect(t.totalRow).toBe(6);
  });

  it('reads a fourth level (一级 | 二级 | 三级 | 四级指标) as the names, grouped by the 三级', () => {
    const [t] = tables(
      [
        ['一级指标', '二级指标', '三级指标', '四级指标', '分值', '自评得分'],
        [
          '一、基础条件(80分)',
          '1.1 法人资格(30分)',
          '1.1.1 法定代表人(10分)',
          '1.1.1.1 按程序选举产生',
          4,
          4,
        ],
        [null, null, null, '1.1.1.2 不兼任其他社团法定代表人', 6, 6],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3'],
    );
    expect(t.cols).toMatchObject({ level1: 1, level2: 3, name: 4, weight: 5, score: 6 });
    expect(t.indicators.map((i) => [i.level2, i.name])).toEqual([
      ['1.1.1 法定代表人', '1.1.1.1 按程序选举产生'],
      ['1.1.1 法定代表人', '1.1.1.2 不兼任其他社团法定代表人'],
    ]);
  });

  it('keeps the second of three name headers as the names when the 分值 follows it (考核项目 | 考核要点 | 分值 | 考核内容)', () => {
    const [t] = tables([
      ['考核项目', '考核对象', '考核要点', '分值', '考核内容', '评分标准', '得分', '情况说明'],
      ['政府组织(75分)', '食安办', '纳入目标考核', 20, '纳入政府目标考核(10分)', '有文件得10分', 15, null],
    ]);
    expect(t.cols).toMatchObject({ level1: 1, name: 3, weight: 4, rule: 6, score: 7, note: 8 });
  });

  it('reads 评分 over 自评 | 机构 as a two-row header whose first sub-column is the score', () => {
    const [t] = tables(
      [
        ['一级', '二级', '三级', '四级指标及标准', '分值', '评 估 标 准', '评分', null],
        [null, null, null, null, null, null, '自评', '机构'],
        [
          '基础条件(150分)',
          '法人资格80分',
          '法定代表10分',
          '按章程规定的程序产生',
          10,
          '(1)符合10分',
          10,
          null,
        ],
      ],
      ['G1:H1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2'],
    );
    expect(t.headerRow).toBe(2);
    expect(t.cols).toMatchObject({ level1: 1, level2: 3, name: 4, weight: 5, rule: 6, score: 7 });
  });

  it('reads a 总分 right under the header as the total of the rows after it', () => {
    const [t] = tables([
      ['序号', '考核项目', '分值', '评分标准', '完成情况', '得分'],
      [null, '总分', 100, null, null, 82],
      [1, '完善四个到位', 60, '未到位的每项扣1分', '已到位', 60],
      [2, '强化督查督办', 40, '每少1次扣2分', '少2次', 36],
      [],
      [],
    ]);
    expect(t.totalRow).toBe(2);
    expect(t.indicators.map((i) => i.name)).toEqual(['完善四个到位', '强化督查督办']);
  });

  it('reads a heading numbered 一、 over rows numbered 1, 2 as their 一级, its 分值 the group weight', () => {
    const [t] = tables([
      ['序号', '考核项目', '分值', '评分标准', '得分'],
      ['一、', '巩固成果', 9, null, null],
      [1, '完善四个到位', 5, '未到位的每项扣1分', 5],
      [2, '强化督查督办', 4, '每少1次扣2分', 3],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['巩固成果', '完善四个到位'],
      ['巩固成果', '强化督查督办'],
    ]);
    expect(t.levelGroups[0].weightCell).toEqual({ row: 2, col: 3 });
  });

  it('reads a heading numbered 一 in a table of typed scores alone (no rule column) as the 一级', () => {
    const [t] = tables([
      ['序号', '考核项目', '各项分值', '负责考核单位', '考核得分'],
      [null, '总分', 9, null, 8],
      ['一', '河湖长制基础工作', 9, null, null],
      [1, '完善组织体系', 5, '市河长办', 5],
      [2, '强化督察督办', 4, '市河长办', 3],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['河湖长制基础工作', '完善组织体系'],
      ['河湖长制基础工作', '强化督察督办'],
    ]);
  });

  it('takes 得分 for the score over a header that only holds a score word before its noun (`评分指导点`)', () => {
    const [t] = tables([
      ['考核指标', '考核要点', '分值', '评分标准', '评分指导点', '完成情况', '得分', '扣分原因'],
      ['构建交通网络', '优化交通组织', 2, '每少1条扣1分', '提供地图数据', '少1条', 1, '少1条'],
    ]);
    expect(t.cols).toMatchObject({ score: 7, actual: 6, rule: 4 });
    // a score of the unit's own (`自查得分`) stays the score beside the assessor's
    const [u] = tables([
      ['考核内容', '评分标准', '自查得分', '得分及依据', '考核得分'],
      ['采购委托(5)', '每发现1次扣1分', 5, '均已签订', null],
    ]);
    expect(u.cols.score).toBe(3);
  });

  it('reads a compound header by the word that ends it, unless it joins two things', () => {
    expect(classifyHeader('三级指标分值')).toBe('weight');
    expect(classifyHeader('考核内容扣分标准')).toBe('rule');
    expect(classifyHeader('具体指标评分标准')).toBe('rule');
    // a word inside another (`实得分` in `实得分数`), or two things joined, read as before
    expect(classifyHeader('实得分数')).toBe('score');
    expect(classifyHeader('考核内容及评分标准')).toBe('rule');
    expect(classifyHeader('应得分')).toBe('weight');
    expect(classifyHeader('扣分情况')).toBe('actual');
  });

  it('reads the words of 考核/测评 tables seen in the tenth blind round', () => {
    expect(classifyHeader('测评指标')).toBe('name');
    expect(classifyHeader('检查内容')).toBe('name');
    // (`考核检查内容` beside `评分内容` describes the rows)
    expect(classifyHeader('考核检查内容')).toBeNull();
    expect(classifyHeader('评定标准')).toBe('rule');
    expect(classifyHeader('失分原因')).toBe('note');
    expect(classifyHeader('扣分')).toBe('deducted');
    // two things joined, the last a rule: the column holds the rules
    expect(classifyHeader('考核内容及评分说明')).toBe('rule');
    expect(classifyHeader('考核内容及要求')).toBe('name');
  });

  it('finds a table of weights and points deducted without a score column, and skips a caption across it', () => {
    const [t] = tables(
      [
        ['测评指标', null, null, '指标分值', '扣分', '失分原因'],
        ['2021年第二季度部门评分表', null, null, null, null, null],
        ['政策法规', null, null, null, null, null],
        [null, '规范性文件立改废', null, 3, 3, '未公开'],
        ['重大决策预公开', null, null, null, null, null],
        [null, '意见征集', null, 3, 1.2, '未说明'],
      ],
      ['A1:C1', 'A2:F2', 'A3:A4', 'B4:C4', 'A5:A6', 'B6:C6'],
    );
    expect(t.cols).toMatchObject({ level1: 1, name: 2, weight: 4, deducted: 5, note: 6 });
    expect(t.indicators.map((i) => i.name)).toEqual(['规范性文件立改废', '意见征集']);
  });

  it("reads the names' second number column as their score when there is no 得分 (`分值 | … | 分数`)", () => {
    const [t] = tables([
      ['一级指标', '二级指标', '分值', '三级指标', '分值', '三级指标简要说明', '分数'],
      ['业务指标', '立项目标完成程度', 20, '实验室建设内容', 20, '建设数量及完成情况', 18],
    ]);
    expect(t.cols).toMatchObject({ level2Weight: 3, weight: 5, score: 7 });
  });

  it('reads `总评分 | 实际得分` as the points due and those obtained', () => {
    const [t] = tables([
      ['项目', '总评分', '实际得分', '评定标准'],
      ['县道好路率', 180, 153.9, '以实际评定的好路率x180。'],
      ['乡道好路率', 120, 100, '以实际评定的好路率x120。'],
    ]);
    expect(t.cols).toMatchObject({ name: 1, weight: 2, score: 3, rule: 4 });
  });

  it('names the rows by the rule when the header has no name or level column', () => {
    const [t] = tables([
      ['岗位', '序号', '考核内容扣分标准', '应得分数', '扣分原因', '扣减分数', '实得分数'],
      ['质量员', 1, '未参与编制保证计划的,扣25分;', 25, null, null, 25],
      [null, 2, '未参与验收的,扣25分;', 25, '未验收', 5, 20],
    ]);
    expect(t.cols).toMatchObject({ name: 3, rule: 3, weight: 4, score: 7 });
    expect(t.indicators).toHaveLength(2);
  });

  it('reads a name header merged over groups and names as both, the later name header describing', () => {
    const [t] = tables(
      [
        ['序号', '考核项目', null, '考核内容及要求', '应得分', '评分细则', '扣分情况', '实得分'],
        [1, '安全生产管理', '安全责任制', '建立健全安全生产责任制', 4, '未建立的扣4分', '无', 4],
        [2, null, '安全管理网络', '配备专职安全管理人员', 6, '未配备的扣2分', '未配备', 4],
      ],
      ['B1:C1', 'B2:B3'],
    );
    expect(t.cols).toMatchObject({ level1: 2, name: 3, weight: 5, rule: 6, actual: 7, score: 8 });
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['安全生产管理', '安全责任制'],
      ['安全生产管理', '安全管理网络'],
    ]);
  });

  it('reads items numbered 1、2、 that add up to the scored 一、 item above them as its breakdown', () => {
    const [t] = tables([
      ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
      ['产出指标', '数量指标', '一、示范区建立', '≧20000亩', '20000亩', 15],
      [null, null, '1、水稻侧深施肥', '≧500亩', '500亩', 5],
      [null, null, '2、玉米种肥同播', '≧1000亩', '1000亩', 5],
      [null, null, '3、施用配方肥', '≧18500亩', '18500亩', 5],
      [null, null, '二、土样植株化验', '≧60个', '105个', 5],
      // (items that do not add up to it stay indicators of their own)
      [null, null, '三、田间试验', '≧15组', '15组', 15],
      [null, null, '1、肥料利用率', '≧5组', '5组', 5],
      [null, null, '2、化肥减量增效', '≧5组', '5组', 5],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual([
      '一、示范区建立',
      '二、土样植株化验',
      '三、田间试验',
      '1、肥料利用率',
      '2、化肥减量增效',
    ]);
  });

  it("reads a row with a level label and a weight but no name as the level's weight, not an indicator", () => {
    const [t] = tables([
      ['考核项目', '考核内容', '分值', '评分标准', '得分'],
      ['巩固成果', null, 9, null, null],
      [null, '完善四个到位', 5, '未到位的每项扣1分', 5],
      [null, '强化督查督办', 4, '每少1次扣2分', 3],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['巩固成果', '完善四个到位'],
      ['巩固成果', '强化督查督办'],
    ]);
    expect(t.levelGroups[0].weightCell).toEqual({ row: 2, col: 3 });
  });

  it('names a row whose 三级 is dashed or blank by its 二级 (种植面积(20分) | ——)', () => {
    expect(
      names(
        [
          ['一级指标', '二级指标', '三级指标', '分值', '评分依据', '得分'],
          ['水稻种植情况(40分)', '种植面积(20分)', '——', 20, '达到100%得20分', 20],
          [null, '生长情况', null, 20, '长势良好', 18],
        ],
        ['A2:A3'],
      ),
    ).toEqual(['种植面积', '生长情况']);
  });

  it('skips placeholder rows that only carry a level label', () => {
    expect(
      names(
        [
          header,
          ['效益', '社会效益指标', 'a', 1, 'r', 1],
          [null, '生态效益指标'],
          [null, '可持续影响指标', 'b', 1, 'r', 1],
        ],
        ['A2:A4'],
      ),
    ).toEqual(['a', 'b']);
  });

  it('ends at signature and note lines under the table', () => {
    expect(
      names([
        header,
        ['x', 'y', 'a', 1, 'r', 1],
        ['填表人：李四', null, null, null, '联系电话：123'],
        ['x', 'y', 'z', 1, 'r', 1],
      ]),
    ).toEqual(['a']);
    expect(
      names([header, ['x', 'y', 'a', 1, 'r', 1], ['注：本表由部门填报'], ['x', 'y', 'z', 1, 'r', 1]]),
    ).toEqual(['a']);
  });

  it('survives one blank row, ends at two', () => {
    expect(
      names([
        header,
        ['x', 'y', 'a', 1, 'r', 1],
        [],
        ['x', 'y', 'b', 1, 'r', 1],
        [],
        [],
        ['x', 'y', 'c', 1, 'r', 1],
      ]),
    ).toEqual(['a', 'b']);
  });

  it('keeps a row without a weight as an indicator (it is reported, not skipped)', () => {
    expect(names([header, ['x', 'y', 'a', null, 'r', 1], ['x', 'y', 'b', 2, 'r', 1]])).toEqual(['a', 'b']);
  });

  it('treats a weight merged with the rule over several rows as one indicator spanning them', () => {
    const [t] = tables(
      [
        header,
        ['x', 'y', 'a', 4, '①…得2分；②…得2分', '①'],
        ['x', 'y', null, null, null, '②'],
        ['x', 'y', 'b', 1, 'r', 1],
      ],
      ['D2:D3', 'E2:E3', 'C2:C3'],
    );
    expect(t.indicators.map((i) => [i.name, i.rows])).toEqual([
      ['a', [2, 3]],
      ['b', [4]],
    ]);
    expect(t.weightGroups.map((g) => g.indicators)).toEqual([[0], [1]]);
  });

  it('lets rows with their own rules share a merged weight', () => {
    const [t] = tables(
      [header, ['x', 'y', 'a', 4, '≥90%，得2分', '95%'], ['x', 'y', 'b', null, '≥90%，得3分', '95%']],
      ['D2:D3'],
    );
    expect(t.indicators.map((i) => i.name)).toEqual(['a', 'b']);
    expect(t.weightGroups).toEqual([{ cell: { row: 2, col: 4 }, indicators: [0, 1] }]);
  });

  it('reads level weights stated once for a merged level', () => {
    const [t] = tables(
      [
        ['一级指标', '二级指标', '分值', '三级指标', '分值', '评分标准', '实际值', '得分'],
        ['投入', '目标设定', 10, 'a', 3, 'r', 1],
        [null, null, null, 'b', 7, 'r', 1],
        [null, '预算配置', 5, 'c', 5, 'r', 1],
      ],
      ['A2:A4', 'B2:B3', 'C2:C3'],
    );
    expect(t.levelGroups.map((g) => [g.level, g.label, g.weightCell])).toEqual([
      [1, '投入', null],
      [2, '目标设定', { row: 2, col: 3 }],
      [2, '预算配置', { row: 4, col: 3 }],
    ]);
  });
});

describe('tables in a workbook', () => {
  it('finds several tables per sheet and per workbook; data sheets have none', () => {
    const header: CellSpec[] = ['指标名称', '分值', '评分标准', '得分'];
    const found = recognizeWorkbook(
      workbook(
        sheet('_data', [
          ['编制数', 45],
          ['实际在职人数', 43],
        ]),
        sheet('评分表', [
          ['表一'],
          header,
          ['a', 50, 'r'],
          ['b', 50, 'r'],
          ['合计', 100],
          [],
          ['表二'],
          header,
          ['c', 100, 'r'],
        ]),
        sheet('说明', [['本表说明：……']]),
        sheet('自评', [header, ['d', 100, 'r']]),
      ),
    );
    expect(found.map((t) => [t.view.name, t.headerRow, t.indicators.map((i) => i.name)])).toEqual([
      ['评分表', 2, ['a', 'b']],
      ['评分表', 8, ['c']],
      ['自评', 1, ['d']],
    ]);
  });

  it('attaches a 预算执行率 block to the indicator table below it', () => {
    const [t, ...rest] = tables(
      [
        ['部门整体支出绩效自评表'],
        ['年度资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', null, 152.13, 221.69, 218.68, 10],
        ['其中：财政拨款', null, 150, 220, 217],
        ['年度总体目标', '完成改革任务'],
        SELF_HEADER,
        ['产出指标', '数量指标', 'a', '≥73个', '73个', 90],
      ],
      ['A2:B2', 'A3:B3'],
    );
    expect(rest).toEqual([]);
    expect(t.headerRow).toBe(6);
    expect(t.budget).toEqual({
      headerRow: 2,
      row: 3,
      cols: { budget: 4, executed: 5, weight: 6, rate: 7, score: 8 },
      statedWeight: null,
    });
    expect(t.indicators.map((i) => i.name)).toEqual(['a']);
  });

  it('keeps a block apart when a section stating its own total lies between it and the indicators', () => {
    const found = tables([
      ['一、当年预算执行情况（20分）'],
      ['一级指标', '二级指标', '预算数', '执行数', '预算执行率', '分值', '得分'],
      ['当年预算执行情况', '资金总体', 535.5, 535.5, null, 20, 20],
      [],
      ['二、整体绩效目标实现情况（60分）'],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
      ['整体绩效目标实现情况', '产出', '指标1', '100%', '100%', 30, 30],
      ['整体绩效目标实现情况', '效益', '指标2', '≥90%', '92%', 30, null],
    ]);
    expect(found.map((t) => [t.headerRow, t.budget?.row ?? null, t.indicators.length])).toEqual([
      [2, 3, 0],
      [6, null, 2],
    ]);
    expect(found[1].statedTotal?.toNumber()).toBe(60);
  });
});

describe('labels', () => {
  it.each(['指标1：', '指标2:', '指标 3', '（1）', '(12)', '1.', '2、', '3', '第3项', '①', '十'])(
    '%s is an ordinal label',
    (text) => expect(isOrdinalLabel(text)).toBe(true),
  );

  it.each(['机构改革任务完成率', '指标1：培训人次', '1.5', '数量指标', '', '2024年'])(
    '%s is not an ordinal label',
    (text) => expect(isOrdinalLabel(text)).toBe(false),
  );

  it.each([
    ['产出指标（50分）', '产出指标', 50],
    ['产出指标(50)', '产出指标', 50],
    ['产出指标 50分', '产出指标', 50],
    ['决策（分值20分）', '决策', 20],
    ['满意度指标（权重10）', '满意度指标', 10],
    ['效益（12.5分）', '效益', 12.5],
  ])('%s states its weight', (text, label, weight) => {
    const got = labelWeight(text);
    expect([got.label, got.weight?.toNumber()]).toEqual([label, weight]);
  });

  it.each(['产出指标', '数量指标（3项）', '成本指标（万元）', '2024年', '满意度（≥90%）'])(
    '%s states no weight and keeps its label',
    (text) => expect(labelWeight(text)).toEqual({ label: text, weight: null }),
  );
});
