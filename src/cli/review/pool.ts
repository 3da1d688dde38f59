/**
 * Scoring many workbooks in `jobs` worker threads. A worker that dies (a hostile file exhausting its
 * memory) or takes too long is replaced, and its file is reported as unreadable: the batch goes on.
 * Without the compiled worker script (the tests run the TypeScript sources) files are scored in this
 * thread, one after another.
 */
import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { ScoringSettings } from '../../core/settings';
import { type FileResult, reviewFile, unreadable } from './reviewFile';
import type { WorkerJob } from './worker';

/** One file may take this long (a workbook of 20,000 rows takes a few seconds). */
export const FILE_TIMEOUT_MS = 180_000;
/** Heap for one worker: a file needing more is reported, not allowed to take the machine down. */
const WORKER_HEAP_MB = 2048;

const WORKER_SCRIPT = path.join(__dirname, 'worker.js');

export type OnDone = (result: FileResult, done: number) => void;

export async function reviewAll(
  files: string[],
  settings: Partial<ScoringSettings>,
  jobs: number,
  onDone: OnDone = () => undefined,
  timeoutMs = FILE_TIMEOUT_MS,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    onDone(result, ++done);
  };
  if (!fs.existsSync(WORKER_SCRIPT)) {
    for (let i = 0; i < files.length; i++) finish(i, await reviewFile(files[i], settings));
    return results;
  }

  let next = 0;
  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker | null = null;
      let current: WorkerJob | null = null;
      let timer: NodeJS.Timeout | null = null;
      const start = () => {
        worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        const own = worker;
        own.on('message', (msg: { index: number; result: FileResult }) => {
          if (timer) clearTimeout(timer);
          current = null;
          finish(msg.index, msg.result);
          feed();
        });
        // A worker that fails takes its file with it; a fresh worker carries on with the rest.
        const lost = (zh: string, en: string) => {
          if (timer) clearTimeout(timer);
          if (worker !== own) return;
          worker = null;
          const job = current;
          current = null;
          if (job) finish(job.index, unreadable(job.file, zh, en));
          if (next < files.length) {
            start();
            feed();
          } else {
            resolve();
          }
        };
        own.on('error', (e: Error) => {
          const memory = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
          if (memory) lost('文件过大，超出可用内存', 'the file is too large for the memory available');
          else lost(`处理时出错：${e.message}`, `failed while scoring: ${e.message}`);
        });
        own.on('exit', () => lost('处理时意外中止', 'scoring stopped unexpectedly'));
      };
      const feed = () => {
        if (!worker) return;
        if (next >= files.length) {
          const w = worker;
          worker = null;
          void w.terminate().then(() => resolve());
          return;
        }
        current = { index: next, file: files[next], settings };
        next++;
        const w = worker;
        timer = setTimeout(() => {
          lostByTimeout(w);
        }, timeoutMs);
        w.postMessage(current);
      };
      const lostByTimeout = (w: Worker) => {
        const job = current;
        if (worker !== w || !job) return;
        // Report the timeout before terminating: the exit that follows finds nothing left to report.
        current = null;
        finish(job.index, unreadable(job.file, '处理超时', 'scoring timed out'));
        void w.terminate();
      };
      start();
      feed();
    });

  const lanes = Math.max(1, Math.min(jobs, files.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
