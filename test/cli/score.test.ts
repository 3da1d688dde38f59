import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { fixture, formattedRowsWorkbook, readFixture, toBytes } from '../xlsx/helpers';
import { jixiao, tempDir } from './run';

const USAGE_HINT = /jixiao score <in\.xlsx>/;

function cfbEncrypted(): Uint8Array {
  const b = new Uint8Array(8192);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...'EncryptedPackage'].forEach((ch, i) => (b[2048 + i * 2] = ch.charCodeAt(0)));
  return b;
}

async function noTableWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['姓名', '部门', '电话']);
  ws.addRow(['张三', '办公室', '12345']);
  return toBytes(wb);
}

describe('jixiao score: files it cannot score (exit 1, one line, no output file)', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    [
      'a text file renamed .xlsx',
      () => new TextEncoder().encode('一级指标\t分值\n投入\t10\n'),
      /不是 Excel 工作簿/,
    ],
    ['an encrypted (CFB) workbook', cfbEncrypted, /加密/],
    ['an empty 0-byte file', () => new Uint8Array(0), /为空/],
    ['a workbook without a 评分表', noTableWorkbook, /未在工作簿中找到评分表/],
    [
      'a sheet of 100,000 formatted rows',
      () => formattedRowsWorkbook('数据', 100_000, [['说明']]),
      /未在工作簿中找到评分表/,
    ],
  ];

  it.each(cases)(
    '%s',
    async (_label, build, reason) => {
      const dir = tempDir();
      const input = path.join(dir, 'in.xlsx');
      fs.writeFileSync(input, await build());
      const run = await jixiao('score', input);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/[A-Za-z]{3,}/);
      expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
    },
    60_000,
  );

  it('a missing input file', async () => {
    const dir = tempDir();
    const run = await jixiao('score', path.join(dir, 'nope.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/找不到文件.*File not found/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('jixiao score: usage errors (exit 2)', () => {
  it.each([[['score']], [['score', 'a.xlsx', '--steps', 'round']], [['scroe', 'a.xlsx']], [[]]])(
    '%j prints the reason and the usage',
    async (argv) => {
      const run = await jixiao(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(USAGE_HINT);
      expect(run.stdout).toBe('');
    },
  );

  it('--help prints the usage and exits 0', async () => {
    const run = await jixiao('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(USAGE_HINT);
  });
});

describe('jixiao score: output', () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = tempDir();
    input = path.join(dir, 'a.xlsx');
    fs.copyFileSync(fixture('hunan-dept-overall.xlsx'), input);
  });

  it('writes a.scored.xlsx beside a.xlsx and leaves the input as it was', async () => {
    const run = await jixiao('score', input);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.scored.xlsx', 'a.xlsx']);
    expect(new Uint8Array(fs.readFileSync(input))).toEqual(readFixture('hunan-dept-overall'));
    expect(run.stdout).toContain(path.join(dir, 'a.scored.xlsx'));
  });

  it('writes over the input only when --out names it', async () => {
    const run = await jixiao('score', input, '--out', input);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
    expect(new Uint8Array(fs.readFileSync(input))).not.toEqual(readFixture('hunan-dept-overall'));
  });

  it('prints per table the 一级 subtotals, the total, the provisional flag and finding counts', async () => {
    const run = await jixiao('score', input);
    expect(run.stdout).toMatch(/评分表/);
    for (const level1 of ['投入', '过程', '产出', '效果']) expect(run.stdout).toContain(level1);
    expect(run.stdout).toMatch(/合计 total\s+100\s+82\.7/);
    expect(run.stdout).toMatch(/暂定/);
    expect(run.stdout).toMatch(/缺项 missing 1/);
  });

  it('says why a 自评表 without 分值 is provisional: its rows lack a weight, though their typed scores count', async () => {
    const weightless = path.resolve(
      __dirname,
      '../fixtures/layouts/L28/L28-02-yangtze-fishing-ban-fuel-subsidy.xlsx',
    );
    const run = await jixiao('score', weightless, '--out', path.join(dir, 'w.scored.xlsx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/合计 total\s+20\s+98/);
    expect(run.stdout).toContain('暂定：0 个指标未评分、4 个指标缺少分值，不评等级');
  });

  it('writes the JSON report of SPEC §7 with numbers as numbers', async () => {
    const reportPath = path.join(dir, 'r.json');
    const run = await jixiao('score', input, '--json', reportPath);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
    expect(report.file).toBe('a.xlsx');
    const table = report.tables[0];
    expect(table).toMatchObject({ sheet: '评分表', headerRow: 3 });
    expect(table.total).toEqual({ weight: 100, score: 82.7, provisional: true, grade: null });
    const row9 = table.indicators.find((i: { row: number }) => i.row === 9);
    expect(row9).toMatchObject({
      level1: '过程',
      level2: '预算执行',
      name: '预算完成率',
      weight: 3,
      kind: 'linear',
      score: 2.4,
      status: 'scored',
    });
    expect(typeof row9.input).toBe('string');
    expect(row9.note).toMatch(/2\.40分/);
    for (const f of table.findings) {
      expect(f).toEqual(
        expect.objectContaining({
          cell: expect.stringMatching(/^[A-Z]+\d+$/),
          code: expect.any(String),
          severity: expect.any(String),
          message: expect.any(String),
        }),
      );
    }
  });

  it('writes the report to stdout with --json - and moves the summary to stderr', async () => {
    const run = await jixiao('score', input, '--json', '-', '--decimals', '1');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.tables[0].total.score).toBe(82.7);
    expect(run.stderr).toMatch(/合计 total/);
  });
});
