/**
 * Office adapter cost: context.sync() calls per 评分 run, measured over the in-memory Excel fake (which
 * counts syncs exactly as Excel would receive them). The bench runner calls `reportSyncs`.
 */
import type { CellValue, GridCell, WorkbookGrid } from '../src/core/grid';
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
  const cells = values.map((row) =>
    row.map((value): GridCell | undefined => (value === null ? undefined : { value })),
  );
  return {
    sheets: [{ name: '评分表', rowCount: values.length, colCount: HEADER.length, cells, merges: [] }],
  };
}

/** Syncs one 评分 run costs on a fresh workbook with a `rows`-indicator table. */
export async function syncsPerRun(rows: number): Promise<number> {
  const excel = new FakeExcel(syntheticScoringTable(rows));
  const host = new OfficeScoringHost({
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    settings: excel.settings,
  });
  await host.score(DEFAULT_SETTINGS);
  return excel.syncCount;
}

/** Prints `syncs per 评分 run: <n> (<rows> rows)` for 30 and 3,000 rows. */
export async function reportSyncs(log: (line: string) => void = console.log): Promise<void> {
  for (const rows of [30, 3000])
    log(`syncs per 评分 run: ${await syncsPerRun(rows)} (${rows.toLocaleString('en-US')} rows)`);
}
