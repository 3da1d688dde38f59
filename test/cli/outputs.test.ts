/**
 * Safe outputs: refusals that change nothing, links written through, modes kept, nothing left behind
 * on failure or interruption, and stdout failures as one line with exit 1. The process-level cases
 * run the built CLI (`npm run build:cli`, which `npm ci` runs) in a shell.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { repoRoot, fixture, toBytes } from '../xlsx/helpers';
import { formattedRows } from '../xlsx/crafted/build';
import { jixiao, tempDir } from './run';

const BIN = path.join(repoRoot, 'bin', 'jixiao.js');

function setup(): { dir: string; input: string } {
  const dir = tempDir();
  const input = path.join(dir, 'in.xlsx');
  fs.copyFileSync(fixture('hunan-dept-overall.xlsx'), input);
  fs.chmodSync(input, 0o644);
  return { dir, input };
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('jixiao score refuses outputs that would destroy something (exit 1, one line, nothing written)', () => {
  const cases: [string, (dir: string, input: string) => string[]][] = [
    ['--json naming the input', (_d, input) => ['--json', input]],
    [
      '--json naming the input through another path',
      (dir) => ['--json', path.join(dir, '.', 'sub', '..', 'in.xlsx')],
    ],
    [
      '--out and --json naming one file',
      (dir) => ['--out', path.join(dir, 'x'), '--json', path.join(dir, 'x')],
    ],
    ['--json naming the default output', (dir) => ['--json', path.join(dir, 'in.scored.xlsx')]],
    ['--out naming a folder', (dir) => ['--out', dir]],
    ['--json naming a folder', (dir) => ['--json', path.join(dir, 'sub')]],
    ['--out in a folder that does not exist', (dir) => ['--out', path.join(dir, 'nope', 'a.xlsx')]],
    ['--out naming a device', () => ['--out', '/dev/null']],
    ['--json naming a FIFO', (dir) => ['--json', path.join(dir, 'fifo')]],
    ['--out naming a link to nothing', (dir) => ['--out', path.join(dir, 'dangling')]],
  ];

  it.each(cases)('%s', async (_label, args) => {
    const { dir, input } = setup();
    fs.mkdirSync(path.join(dir, 'sub'));
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    fs.symlinkSync(path.join(dir, 'missing.xlsx'), path.join(dir, 'dangling'));
    const before = listing(dir);
    const original = fs.readFileSync(input);
    const run = await jixiao('score', input, ...args(dir, input));
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3,}/);
    expect(listing(dir)).toEqual(before);
    expect(fs.readFileSync(input).equals(original)).toBe(true);
    expect(fs.lstatSync(path.join(dir, 'dangling')).isSymbolicLink()).toBe(true);
  });
});

describe('jixiao score writes outputs safely', () => {
  it('writes through a link to its target and leaves the link a link', async () => {
    const { dir, input } = setup();
    const target = path.join(dir, 'real.xlsx');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, path.join(dir, 'link.xlsx'));
    const run = await jixiao('score', input, '--out', path.join(dir, 'link.xlsx'));
    expect(run.code).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(listing(dir)).toEqual(['in.xlsx', 'link.xlsx', 'real.xlsx']);
  });

  it('keeps an existing output’s mode', async () => {
    const { dir, input } = setup();
    const out = path.join(dir, 'out.xlsx');
    const report = path.join(dir, 'r.json');
    fs.writeFileSync(out, 'old');
    fs.writeFileSync(report, '{}');
    fs.chmodSync(out, 0o640);
    fs.chmodSync(report, 0o604);
    expect((await jixiao('score', input, '--out', out, '--json', report)).code).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
    expect(fs.statSync(report).mode & 0o777).toBe(0o604);
    expect(JSON.parse(fs.readFileSync(report, 'utf8')).tables).toHaveLength(1);
  });

  it('leaves no output and no temporary file when a later output cannot be written', async () => {
    const { dir, input } = setup();
    // /proc/self is a folder nobody can create files in, root included.
    const run = await jixiao('score', input, '--json', '/proc/self/report.json');
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(listing(dir)).toEqual(['in.xlsx']);
  });

  it('leaves nothing behind for a file it cannot score', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.writeFileSync(input, await formattedRows(10));
    const run = await jixiao('score', input, '--json', path.join(dir, 'r.json'));
    expect(run.code).toBe(1);
    expect(listing(dir)).toEqual(['in.xlsx']);
  });
});

/** Runs the built CLI through a shell, for redirections the test runner cannot make in-process. */
function shell(script: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('jixiao score at the process level', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'src', 'cli', 'main.js')))
      throw new Error('run npm run build:cli first');
  });

  it('refuses /dev/zero with one line, at once', () => {
    const { dir } = setup();
    const r = shell(`node ${BIN} score /dev/zero --out ${dir}/z.xlsx`, dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/不是 Excel 工作簿/);
    expect(listing(dir)).toEqual(['in.xlsx']);
  });

  it('says one line and exits 1 when stdout is a full disk, writing no workbook', () => {
    const { dir, input } = setup();
    const r = shell(`node ${BIN} score ${input} > /dev/full`, dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/ENOSPC/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(listing(dir)).toEqual(['in.xlsx']);
  });

  it('does not lose the report to a closed stdout with --json -', () => {
    const { dir, input } = setup();
    const r = shell(`node ${BIN} score ${input} --json - >&-`, dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(listing(dir)).toEqual(['in.xlsx']);
    // Sent to /dev/null on purpose, it is written there as asked.
    expect(shell(`node ${BIN} score ${input} --json - > /dev/null`, dir).status).toBe(0);
  });

  it('removes its temporary file and writes nothing when stopped by SIGTERM', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'big.xlsx');
    // A report larger than a pipe holds: the CLI blocks writing it to stdout while its temp file exists.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分表');
    ws.addRow(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '得分', '扣分说明']);
    for (let i = 0; i < 1_000; i++)
      ws.addRow(['产出', '数量', `指标${i}`, 1, '完成率≥95%，得1分；每降低5%，扣0.2分。', '90%']);
    fs.writeFileSync(input, await toBytes(wb));
    const child = spawn('node', [BIN, 'score', input, '--json', '-'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pause();
    const tempSeen = await new Promise<boolean>((resolve) => {
      const started = Date.now();
      const poll = () => {
        if (fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))) return resolve(true);
        if (Date.now() - started > 60_000) return resolve(false);
        setTimeout(poll, 20);
      };
      poll();
    });
    expect(tempSeen).toBe(true);
    child.kill('SIGTERM');
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, s) => resolve(s)),
    );
    expect({ signal, stderr: stderr.slice(-200) }).toMatchObject({ signal: 'SIGTERM' });
    expect(listing(dir)).toEqual(['big.xlsx']);
  }, 120_000);
});
