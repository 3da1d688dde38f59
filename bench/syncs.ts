/**
 * Office adapter cost per 评分 run, measured over the in-memory Excel fake: context.sync() calls (counted
 * exactly as Excel would receive them) and the largest request and response of the run in UTF-8 bytes of
 * the JSON Excel on the web exchanges (its limit is 5 MB each). The bench runner calls `reportSyncs`.
 */
import type { CellValue, GridCell, SheetGrid, WorkbookGrid } from '../src/core/grid';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { FakeExcel } from '../src/hosts/office/fakeExcel';
import { OfficeScoringHost } from '../src/hosts/office/officeHost';

const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际完成值', '得分', '扣分说明'];
const RULES: [string, CellValue][] = [
  ['≥95%，得满分；每降低1个百分点扣0.5分，扣完为止', '92%'],
  ['每发现一类问题扣1分，扣完为止', 2],
  ['按完成比例得分', '80%'],
  ['优秀计满分，良好计80%分值，合格计60%分值', '良好'],
];

function cellsOf(values: CellValue[][]): (GridCell | undefined)[][] {
  return values.map((row) =>
    row.map((value): GridCell | undefined => (value === null ? undefined : { value })),
  );
}

/**
 * A 评分表 with `rows` indicator rows (varied rule families, every tenth input left empty), a title row
 * above the header (header on row 2, indicators from row 3) and a 合计 row below.
 */
export function syntheticScoringTable(rows: number): WorkbookGrid {
  const weight = Math.round((100 / rows) * 100) / 100;
  const values: CellValue[][] = [['2024年度部门整体支出绩效自评表'], HEADER];
  for (let i = 0; i < rows; i++) {
    const [rule, input] = RULES[i % RULES.length];
    values.push([
      '产出指标',
      '数量指标',
      `指标${i + 1}`,
      weight,
      rule,
      i % 10 === 9 ? null : input,
      null,
      null,
    ]);
  }
  values.push(['合计', null, null, 100, null, null, null, null]);
  return {
    sheets: [
      {
        name: '评分表',
        rowCount: values.length,
        colCount: HEADER.length,
        cells: cellsOf(values),
        merges: [],
      },
    ],
  };
}

/** An ordinary ledger of payments, `rows` × `cols` with its header row: dates, names, amounts, codes. */
export function syntheticDataSheet(rows: number, cols: number, name = '明细数据'): SheetGrid {
  const values: CellValue[][] = [Array.from({ length: cols }, (_, c) => `字段${c + 1}`)];
  for (let r = 1; r < rows; r++) {
    values.push(
      Array.from({ length: cols }, (_, c): CellValue => {
        switch (c % 5) {
          case 0:
            return `2024-${String((r % 12) + 1).padStart(2, '0')}-${String((r % 28) + 1).padStart(2, '0')}`;
          case 1:
            return `经办人${(r * 7 + c) % 300}`;
          case 2:
            return Math.round(((r * 7919 + c * 104729) % 10_000_000) + 0.5) / 100;
          case 3:
            return `ZB-${String(r * 31 + c).padStart(6, '0')}`;
          default:
            return (r + c) % 97;
        }
      }),
    );
  }
  return { name, rowCount: rows, colCount: cols, cells: cellsOf(values), merges: [] };
}

/** A 评分表 of `tableRows` beside a data sheet of `dataRows` × `dataCols`. */
export function tableBesideData(tableRows: number, dataRows: number, dataCols: number): WorkbookGrid {
  return { sheets: [...syntheticScoringTable(tableRows).sheets, syntheticDataSheet(dataRows, dataCols)] };
}

export interface RunCost {
  syncs: number;
  /** The larger of the largest request and the largest response of the run, UTF-8 bytes. */
  payloadBytes: number;
}

/** What one 评分 run costs on a fresh workbook. */
export async function costOfRun(grid: WorkbookGrid): Promise<RunCost> {
  const excel = new FakeExcel(grid);
  const host = new OfficeScoringHost({
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    settings: excel.settings,
  });
  await host.score(DEFAULT_SETTINGS);
  const { requestBytes, responseBytes } = excel.largestPayload;
  return { syncs: excel.syncCount, payloadBytes: Math.max(requestBytes, responseBytes) };
}

const n = (x: number) => x.toLocaleString('en-US');

/** Prints, per case, `syncs per 评分 run: …` and `payload per 评分 run: … bytes (…)`. */
export async function reportSyncs(log: (line: string) => void = console.log): Promise<void> {
  const cases: [string, WorkbookGrid][] = [
    [`${n(30)} rows`, syntheticScoringTable(30)],
    [`${n(3000)} rows`, syntheticScoringTable(3000)],
    [`${n(30)} rows + ${n(20000)} × ${n(30)} data sheet`, tableBesideData(30, 20000, 30)],
  ];
  for (const [label, grid] of cases) {
    const cost = await costOfRun(grid);
    log(`syncs per 评分 run: ${cost.syncs} (${label})`);
    log(`payload per 评分 run: ${n(cost.payloadBytes)} bytes (${label})`);
  }
}
