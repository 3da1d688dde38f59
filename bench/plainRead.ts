/**
 * The bench's baseline for `jixiao review`: a plain ExcelJS read of each file, in one worker thread
 * started for the batch, as the review's one job is, so both pay the same thread start and warm-up.
 * Run as a worker: it reads the files it is sent and posts the count back.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import { Worker, isMainThread, parentPort } from 'worker_threads';

if (!isMainThread) {
  parentPort?.on('message', (files: string[]) => {
    void (async () => {
      for (const file of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
      }
      parentPort?.postMessage(files.length);
    })();
  });
}

/** Read every file with ExcelJS in a fresh worker thread; resolves when all are read. */
export function plainReadInWorker(files: string[]): Promise<void> {
  const worker = new Worker(__filename);
  return new Promise((resolve, reject) => {
    worker.once('message', () => void worker.terminate().then(() => resolve()));
    worker.once('error', reject);
    worker.postMessage(files);
  });
}
