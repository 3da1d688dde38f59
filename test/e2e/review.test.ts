/**
 * `jixiao review` with its real worker threads: the CLI compiled by tsc into a temporary folder (the
 * worker is a compiled script), run in a child process over generated workbooks and a damaged one.
 * Also a worker that runs out of time is replaced and its file reported, while the batch goes on.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { departmentWorkbook } from '../../bench/workbooks';
import { jixiao } from '../cli/run';

const ROOT = path.resolve(__dirname, '../..');

function compile(): string {
  // Inside the repository (in .tmp/, ignored) so the compiled files find node_modules.
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const out = fs.mkdtempSync(path.join(ROOT, '.tmp', 'cli-build-'));
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', out],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return out;
}

/** Run a script in a child node process with the compiled CLI at `dist`; stdout is its JSON result. */
function node(script: string, dist: string): unknown {
  const text = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DIST: dist },
  });
  return JSON.parse(text);
}

describe('jixiao review in worker threads', () => {
  let dist = '';
  let dir = '';
  /** Outputs go beside the batch, not into it. */
  let outDir = '';

  beforeAll(async () => {
    dist = compile();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-review-'));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-review-out-'));
    for (let n = 0; n < 5; n++) fs.writeFileSync(path.join(dir, `wb${n}.xlsx`), await departmentWorkbook(n));
    fs.writeFileSync(path.join(dir, 'wb9-damaged.xlsx'), Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
  }, 180_000);

  afterAll(() => {
    for (const d of [dist, dir, outDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('scores every file in 2 workers, the same as in one thread, and writes the summary', async () => {
    const result = node(
      `require(process.env.DIST + '/src/cli/main.js')
        .main(['review', ${JSON.stringify(dir)}, '--out', ${JSON.stringify(path.join(outDir, 's.xlsx'))},
               '--json', ${JSON.stringify(path.join(outDir, 'w.json'))}, '--jobs', '2'], { stdout: () => {}, stderr: (t) => process.stderr.write(t) })
        .then((code) => console.log(JSON.stringify({ code })));`,
      dist,
    ) as { code: number };
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(outDir, 's.xlsx'))).toBe(true);
    const inWorkers = JSON.parse(fs.readFileSync(path.join(outDir, 'w.json'), 'utf8'));
    // The same batch scored in this process (the sources, no worker script) gives the same reports.
    const here = await jixiao(
      'review',
      dir,
      '--out',
      path.join(outDir, 's2.xlsx'),
      '--json',
      path.join(outDir, 'h.json'),
    );
    expect(here.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'h.json'), 'utf8'))).toEqual(inWorkers);
    expect(inWorkers.files.map((f: { status: string }) => f.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'scored',
      'scored',
      'unreadable',
    ]);
  }, 120_000);

  it('replaces a worker that runs out of time and reports its file, the batch going on', () => {
    const files = ['wb0.xlsx', 'wb1.xlsx', 'wb2.xlsx'].map((f) => path.join(dir, f));
    const results = node(
      `require(process.env.DIST + '/src/cli/review/pool.js')
        .reviewAll(${JSON.stringify(files)}, {}, 2, undefined, 1)
        .then((r) => console.log(JSON.stringify(r.map((x) => [x.status, x.reason ?? null]))));`,
      dist,
    ) as [string, string | null][];
    expect(results).toHaveLength(3);
    for (const [status, reason] of results) {
      expect(status).toBe('unreadable');
      expect(reason).toContain('处理超时');
    }
  }, 120_000);
});
