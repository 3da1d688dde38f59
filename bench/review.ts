/**
 * `jixiao review` over 200 generated department workbooks (a 基础数据表 and a 评分表 of 30 indicators
 * each) against a plain ExcelJS read of the same files, with one worker and with every core. The
 * baseline reads in one fresh worker thread too, so both sides pay the same thread start and warm-up;
 * CPU time is printed beside wall time because this machine is shared.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { defaultJobs } from '../src/cli/review/args';
import { main } from '../src/cli/main';
import { type BenchSection, median } from './section';

interface Timing {
  wall: number;
  /** CPU time of the whole process, every thread (ms). */
  cpu: number;
}

async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
}
import { plainReadInWorker } from './plainRead';
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

    const plain = () => plainReadInWorker(files);
    const review = (jobs: number) => async () => {
      const code = await main(
        ['review', inputs, '--out', out, '--jobs', String(jobs), '--no-progress'],
        quiet,
      );
      if (code !== 0) throw new Error(`jixiao review exited ${code}`);
    };

    await plain();
    await review(1)();
    const base: Timing[] = [];
    const one: Timing[] = [];
    const all: Timing[] = [];
    // Interleaved so that machine noise falls on all three alike.
    for (let i = 0; i < RUNS; i++) {
      base.push(await timed(plain));
      one.push(await timed(review(1)));
      all.push(await timed(review(cores)));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const wall = (t: Timing[]) => median(t.map((x) => x.wall));
    const cpu = (t: Timing[]) => median(t.map((x) => x.cpu));
    const seconds = wall(one) / 1000;
    const ratio = wall(one) / wall(base);
    const speedUp = wall(one) / wall(all);
    return [
      `plain ExcelJS read (1 worker): ${(wall(base) / 1000).toFixed(2)} s wall, ${(cpu(base) / 1000).toFixed(2)} s CPU (median of ${RUNS})`,
      `review, 1 job:  ${seconds.toFixed(2)} s wall, ${(cpu(one) / 1000).toFixed(2)} s CPU`,
      `review, ${cores} jobs: ${(wall(all) / 1000).toFixed(2)} s wall, ${(cpu(all) / 1000).toFixed(2)} s CPU`,
      `review: ${WORKBOOKS} workbooks in ${seconds.toFixed(2)} s (${(WORKBOOKS / seconds).toFixed(1)} per second), ` +
        `${ratio.toFixed(2)}× a plain ExcelJS read of the same files (1 job, goal ≤ ${GOAL}×; CPU ` +
        `${(cpu(one) / cpu(base)).toFixed(2)}×)${ratio <= GOAL ? '' : '  ABOVE GOAL'}; ` +
        `with ${cores} jobs ${(wall(all) / 1000).toFixed(2)} s, ${speedUp.toFixed(2)}× faster`,
    ];
  },
};
