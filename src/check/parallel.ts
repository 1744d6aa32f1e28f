import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../util/package-root.js';
import { DekomError } from '../errors.js';
import { checkJob, type Job, type JobOutcome } from './job.js';
import type { FileResult, MessageLang } from './types.js';

/** Below this many files a worker's start-up (loading the parser and schema again) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 150;

/** How many threads to use for `jobs` files: `auto` takes the cores, within reason. */
export function threadCount(requested: number | 'auto', jobs: number): number {
  const wanted = requested === 'auto' ? Math.min(availableParallelism(), 4) : requested;
  return Math.max(1, Math.min(wanted, Math.floor(jobs / MIN_FILES_PER_WORKER) || 1));
}

/**
 * Checks the jobs on `threads` threads: this one takes the first share while workers take
 * the rest, and results come back in the jobs' order.
 */
export async function checkJobs(jobs: readonly Job[], lang: MessageLang, threads: number, onDone?: (count: number) => void): Promise<Array<FileResult | null>> {
  const here = (job: Job) => {
    const result = checkJob(job, lang);
    onDone?.(1);
    return result;
  };
  if (threads <= 1) return jobs.map(here);
  const size = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const workerUrl = new URL('dist/worker.js', packageRoot());
  const pending = shares.slice(1).map(
    (share) =>
      new Promise<Array<FileResult | null>>((resolve, reject) => {
        const worker = new Worker(workerUrl);
        worker.on('message', (message: JobOutcome[] | { done: number }) => {
          if (!Array.isArray(message)) {
            onDone?.(message.done);
            return;
          }
          const outcomes = message;
          void worker.terminate();
          const results: Array<FileResult | null> = [];
          for (const outcome of outcomes) {
            if ('result' in outcome) results.push(outcome.result);
            else if ('key' in outcome.error) reject(new DekomError(outcome.error.key, outcome.error.args, outcome.error.exitCode));
            else reject(new Error(outcome.error.message));
          }
          resolve(results);
        });
        worker.once('error', reject);
        worker.postMessage({ jobs: share, lang, progress: onDone !== undefined });
      }),
  );
  const own = shares[0]!.map(here);
  return [...own, ...(await Promise.all(pending)).flat()];
}
