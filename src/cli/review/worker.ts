/** A review worker thread: scores the files it is sent, one at a time, and posts each result back. */
import { parentPort } from 'worker_threads';
import type { ScoringSettings } from '../../core/settings';
import { reviewFile } from './reviewFile';

export interface WorkerJob {
  index: number;
  file: string;
  settings: Partial<ScoringSettings>;
}

parentPort?.on('message', (job: WorkerJob) => {
  void reviewFile(job.file, job.settings).then((result) =>
    parentPort?.postMessage({ index: job.index, result }),
  );
});
