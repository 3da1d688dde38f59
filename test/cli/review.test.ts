/**
 * `jixiao review` end to end on generated workbooks (in this process: the tests run the TypeScript
 * sources, so the pool scores in-thread; test/e2e/review.test.ts runs the compiled worker threads),
 * and `jixiao score --conclusion` / `--settings`.
 */
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { departmentWorkbook, unitOf } from '../../bench/workbooks';
import { progressLine } from '../../src/cli/review/progress';
import { displayWidth } from '../../src/cli/width';
import { FIXTURES_DIR } from '../sharedDir';
import { jixiao, tempDir } from './run';

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** dir/县直/wb0.xlsx, dir/县直/乡镇/wb1.xlsx, dir/wb2.xlsx, a damaged file, a lock file and a text file. */
async function folder(): Promise<{ dir: string; inputs: string[] }> {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '县直', '乡镇'), { recursive: true });
  const put = async (rel: string, n: number) =>
    fs.writeFileSync(path.join(dir, rel), await departmentWorkbook(n));
  await put('县直/wb0.xlsx', 0);
  await put('县直/乡镇/wb1.xlsx', 1);
  await put('wb2.xlsx', 2);
  fs.writeFileSync(path.join(dir, '县直', '损坏.xlsx'), 'PK\u0003\u0004 this is not a workbook');
  fs.writeFileSync(path.join(dir, '县直', '~$wb0.xlsx'), 'lock');
  fs.writeFileSync(path.join(dir, '说明.txt'), 'notes');
  const inputs = [
    '县直/wb0.xlsx',
    '县直/乡镇/wb1.xlsx',
    'wb2.xlsx',
    '县直/损坏.xlsx',
    '县直/~$wb0.xlsx',
    '说明.txt',
  ];
  return { dir, inputs: inputs.map((f) => path.join(dir, f)) };
}

async function sheetRows(file: string, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value as ExcelJS.CellValue;
      values.push(v && typeof v === 'object' && 'text' in v ? String(v.text) : (v as string | number | null));
    });
    rows.push(values);
  });
  return rows;
}

describe('jixiao review', () => {
  let dir = '';
  let inputs: string[] = [];
  let before: string[] = [];
  let run: Awaited<ReturnType<typeof jixiao>>;
  const out = () => path.join(dir, '汇总.xlsx');

  beforeAll(async () => {
    ({ dir, inputs } = await folder());
    before = inputs.map(hash);
    run = await jixiao(
      'review',
      dir,
      '--out',
      out(),
      '--json',
      path.join(dir, 'summary.json'),
      '--jobs',
      '2',
    );
  }, 60_000);

  it('exits 0 and says how many workbooks it read and where the summary is', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已评阅 4 个工作簿：3 个已评分');
    expect(run.stdout).toContain('1 个无法读取');
    expect(run.stdout).toContain(out());
  });

  it('changes no input and writes no scored copy', () => {
    expect(inputs.map(hash)).toEqual(before);
    const all = (d: string): string[] =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? all(path.join(d, e.name)) : [e.name]));
    expect(all(dir).filter((f) => f.includes('.scored.'))).toEqual([]);
    expect(all(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes 汇总: one row per file and table, the folder’s own files first, unreadable files with their reason', async () => {
    const rows = await sheetRows(out(), '汇总');
    expect(rows[0]).toEqual([
      '文件',
      '单位名称',
      '表',
      '分值',
      '自评得分',
      '计算得分',
      '差异',
      '等级',
      '暂定',
      '执行率',
      '缺项',
      '警告',
      '错误',
      '状态',
      '说明',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'wb2.xlsx',
      '县直/wb0.xlsx',
      '县直/损坏.xlsx',
      '县直/乡镇/wb1.xlsx',
    ]);
    const wb0 = rows.find((r) => r[0] === '县直/wb0.xlsx')!;
    expect(wb0.slice(1, 4)).toEqual([unitOf(0), '评分表', 100]);
    // Workbook 0 carries a typed total of 85; the 差异 is computed − typed.
    expect(wb0[4]).toBe(85);
    expect(wb0[6]).toBeCloseTo((wb0[5] as number) - 85, 6);
    const damaged = rows.find((r) => r[0] === '县直/损坏.xlsx')!;
    expect(damaged[13]).toBe('无法读取');
    expect(String(damaged[14])).toMatch(/\S/);
  });

  it('styles 汇总 for a reviewer: frozen header, filter, widths, conditional colours, links to the files', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(15).width).toBeGreaterThan(ws.getColumn(9).width!);
    const rules = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(rules.map((r) => r.ref)).toEqual(['G2:G5', 'N2:N5']);
    const link = ws.getCell('A3').value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe('县直/wb0.xlsx');
  });

  it('writes 问题清单: one row per finding, with the cell linked into its workbook', async () => {
    const rows = await sheetRows(out(), '问题清单');
    expect(rows[0]).toEqual(['文件', '工作表', '单元格', '代码', '说明', '级别']);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    const findings = json.files.flatMap((f: { tables: { findings: unknown[] }[] }) =>
      f.tables.flatMap((t) => t.findings),
    );
    expect(rows.length - 1).toBe(findings.length);
    expect(rows.some((r) => r[3] === 'total-mismatch' && r[0] === '县直/wb0.xlsx')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    const cell = wb.getWorksheet('问题清单')!.getCell('C2').value as ExcelJS.CellHyperlinkValue;
    expect(cell.hyperlink).toMatch(/\.xlsx#'评分表'!I\d+$/);
  });

  it('writes the JSON: every file with its status, reason and the score report’s tables', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    expect(json.files.map((f: { status: string }) => f.status)).toEqual([
      'scored',
      'scored',
      'unreadable',
      'scored',
    ]);
    const [first, , damaged] = json.files;
    expect(first.tables[0]).toMatchObject({ sheet: '评分表', unit: unitOf(2), total: { weight: 100 } });
    expect(typeof first.tables[0].conclusion).toBe('string');
    expect(first.tables[0].indicators.some((i: { derived?: unknown }) => i.derived)).toBe(true);
    expect(damaged.reason).toMatch(/ \/ /);
    expect(damaged.tables).toEqual([]);
  });

  it('writes the summary again over its own earlier output, never reading it as an input', async () => {
    const again = await jixiao('review', dir, '--out', out());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已评阅 4 个工作簿');
  });
});

describe('jixiao review: usage and failures', () => {
  it('needs --out, an .xlsx --out, and at least one input (exit 2)', async () => {
    expect((await jixiao('review', '.')).code).toBe(2);
    expect((await jixiao('review', '.', '--out', 'x.csv')).code).toBe(2);
    expect((await jixiao('review', '--out', 'x.xlsx')).code).toBe(2);
    expect((await jixiao('review', '.', '--out', 'x.xlsx', '--jobs', '0')).code).toBe(2);
  });

  it('refuses to write the summary over an input', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'a.xlsx');
    fs.writeFileSync(input, await departmentWorkbook(3));
    const before = hash(input);
    const r = await jixiao('review', input, '--out', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能是输入文件');
    expect(hash(input)).toBe(before);
  });

  it('stops with one line when a folder is missing or holds no workbook, and writes nothing', async () => {
    const dir = tempDir();
    const missing = await jixiao('review', path.join(dir, 'nope'), '--out', path.join(dir, 's.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到文件或文件夹');
    const empty = await jixiao('review', dir, '--out', path.join(dir, 's.xlsx'));
    expect(empty.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 's.xlsx'))).toBe(false);
  });

  it('applies a settings file: a regional cap by 执行率 becomes a finding in 问题清单', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(FIXTURES_DIR, 'self-eval-form.xlsx'), path.join(dir, 'self.xlsx'));
    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ checks: { caps: [{ from: 90, to: 100, maxTotal: 80 }] } }));
    const r = await jixiao('review', dir, '--out', path.join(dir, 's.xlsx'), '--settings', settings);
    expect(r.code).toBe(0);
    const rows = await sheetRows(path.join(dir, 's.xlsx'), '问题清单');
    expect(rows.some((row) => row[3] === 'total-over-cap')).toBe(true);
    fs.writeFileSync(settings, JSON.stringify({ checks: { caps: [{ from: 90, to: 80, maxTotal: 80 }] } }));
    const bad = await jixiao('review', dir, '--out', path.join(dir, 's.xlsx'), '--settings', settings);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('checks.caps');
  });
});

describe('jixiao score --conclusion', () => {
  it('prints each table’s 自评结论 after the summary', async () => {
    const dir = tempDir();
    const r = await jixiao(
      'score',
      path.join(FIXTURES_DIR, 'hunan-dept-overall.xlsx'),
      '--out',
      path.join(dir, 'out.xlsx'),
      '--conclusion',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('自评结论 conclusion（评分表）：');
    expect(r.stdout).toContain(
      '示例区委编办部门整体绩效总分100分，自评得分82.7分（暂定：“政府采购执行率”尚未评分），暂不评定等级。',
    );
    expect(r.stdout).toMatch(/（1）投入：总分15分，得分11分，扣4分，主要原因是/);
  });

  it('writes a derived input into the blank cell only when the settings file asks for it', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.writeFileSync(input, await departmentWorkbook(1));
    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ writeDerivedInputs: true }));
    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.getWorksheet('评分表')!.getCell('H6').value;
    };
    expect((await jixiao('score', input, '--out', path.join(dir, 'plain.xlsx'))).code).toBe(0);
    expect(await read(path.join(dir, 'plain.xlsx'))).toBeNull();
    expect(
      (await jixiao('score', input, '--out', path.join(dir, 'filled.xlsx'), '--settings', settings)).code,
    ).toBe(0);
    expect(await read(path.join(dir, 'filled.xlsx'))).toBe(97.56);
  });
});

describe('the review progress bar', () => {
  it('fills with the files done, shows the count and keeps the end of a long name within the width', () => {
    expect(progressLine(0, 200, '', 80)).toMatch(/^\[░+\] 0\/200 {3}0% $/);
    const half = progressLine(100, 200, '县直/教育局.xlsx', 80);
    expect(half).toContain(' 100/200  50% 县直/教育局.xlsx');
    expect((half.match(/█/g) ?? []).length).toBe((half.match(/░/g) ?? []).length);
    const long = progressLine(200, 200, `${'很长的文件夹名'.repeat(10)}/最后的文件.xlsx`, 60);
    expect(displayWidth(long)).toBeLessThanOrEqual(60);
    expect(long.endsWith('最后的文件.xlsx')).toBe(true);
    expect(long).toContain('[██');
  });
});
