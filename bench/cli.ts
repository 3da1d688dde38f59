/** `jixiao score` on the bundled sample against a plain ExcelJS read + write of the same file. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../src/cli/main';
import { type BenchSection, median, repoRoot, timeMs } from './section';

const RUNS = 31;
/** The surgical writer copies what it does not change: it should beat a re-save, not trail it. */
const GOAL = 1;

export const cliSection: BenchSection = {
  title: 'CLI (jixiao score samples/示例评分表.xlsx)',
  async run() {
    const input = path.join(repoRoot, 'samples', '示例评分表.xlsx');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
    const out = path.join(dir, 'out.xlsx');
    const quiet = { stdout: () => undefined, stderr: () => undefined };

    const plain = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(input) as unknown as ArrayBuffer);
      fs.writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
    };
    const cli = async () => {
      const code = await main(['score', input, '--out', out], quiet);
      if (code !== 0) throw new Error(`jixiao score exited ${code}`);
    };

    await plain();
    await cli();
    const base: number[] = [];
    const ours: number[] = [];
    // Interleaved so that machine noise falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      base.push(await timeMs(plain));
      ours.push(await timeMs(cli));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const ratio = median(ours) / median(base);
    return [
      `ExcelJS read + write: ${median(base).toFixed(1)} ms (median of ${RUNS})`,
      `jixiao score:         ${median(ours).toFixed(1)} ms (median of ${RUNS})`,
      `ratio: ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×)${ratio <= GOAL ? '' : '  ABOVE GOAL'}`,
    ];
  },
};
