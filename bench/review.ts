/**
 * `jixiao review` over 200 generated department workbooks (a 基础数据表 and a 评分表 of 30 indicators
 * each) against a plain ExcelJS read of the same files, with one worker and with every core.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { defaultJobs } from '../src/cli/review/args';
import { main } from '../src/cli/main';
import { type BenchSection, median, timeMs } from './section';
import { departmentWorkbook } from './workbooks';

const WORKBOOKS = 200;
const RUNS = 3;
const GOAL = 1.3;

export const reviewSection: BenchSection = {
  title: `jixiao review (${WORKBOOKS} generated workbooks)`,
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-review-'));
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const files: string[] = [];
    for (let n = 0; n < WORKBOOKS; n++) {
      const file = path.join(inputs, `wb${String(n).padStart(3, '0')}.xlsx`);
      fs.writeFileSync(file, await departmentWorkbook(n));
      files.push(file);
    }
    const out = path.join(dir, '汇总.xlsx');
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const cores = defaultJobs();

    const plain = async () => {
      for (const file of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
      }
    };
    const review = (jobs: number) => async () => {
      const code = await main(
        ['review', inputs, '--out', out, '--jobs', String(jobs), '--no-progress'],
        quiet,
      );
      if (code !== 0) throw new Error(`jixiao review exited ${code}`);
    };

    await plain();
    await review(1)();
    const base: number[] = [];
    const one: number[] = [];
    const all: number[] = [];
    // Interleaved so that machine noise falls on all three alike.
    for (let i = 0; i < RUNS; i++) {
      base.push(await timeMs(plain));
      one.push(await timeMs(review(1)));
      all.push(await timeMs(review(cores)));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const seconds = median(one) / 1000;
    const ratio = median(one) / median(base);
    const speedUp = median(one) / median(all);
    return [
      `plain ExcelJS read: ${(median(base) / 1000).toFixed(2)} s (median of ${RUNS})`,
      `review: ${WORKBOOKS} workbooks in ${seconds.toFixed(2)} s (${(WORKBOOKS / seconds).toFixed(1)} per second), ` +
        `${ratio.toFixed(2)}× a plain ExcelJS read of the same files (1 job, goal ≤ ${GOAL}×)` +
        `${ratio <= GOAL ? '' : '  ABOVE GOAL'}; with ${cores} jobs: ${(median(all) / 1000).toFixed(2)} s, ` +
        `${speedUp.toFixed(2)}× faster`,
    ];
  },
};
