import { parentPort } from 'node:worker_threads';
import { DekomError } from '../errors.js';
import { checkJob, type Job, type JobOutcome } from './job.js';
import type { MessageLang } from './types.js';

/** How often a worker tells its progress: often enough for a moving line, rarely enough to cost nothing. */
const PROGRESS_EVERY = 25;

/**
 * A worker thread checks its share of the files and sends back only the results. Errors
 * travel as data: an exception's class does not survive the trip between threads.
 */
parentPort?.on('message', (message: { jobs: Job[]; lang: MessageLang; progress?: boolean }) => {
  const outcomes: JobOutcome[] = [];
  for (const job of message.jobs) {
    try {
      outcomes.push({ result: checkJob(job, message.lang) });
      if (message.progress && outcomes.length % PROGRESS_EVERY === 0) parentPort!.postMessage({ done: PROGRESS_EVERY });
    } catch (error) {
      outcomes.push({
        error:
          error instanceof DekomError
            ? { key: error.key, args: error.args, exitCode: error.exitCode }
            : { message: error instanceof Error ? error.message : String(error) },
      });
      break;
    }
  }
  if (message.progress) parentPort!.postMessage({ done: outcomes.length % PROGRESS_EVERY });
  parentPort!.postMessage(outcomes);
});
