import { parentPort } from 'node:worker_threads';
import { DekomError } from '../errors.js';
import { checkJob, type Job, type JobOutcome } from './job.js';
import type { MessageLang } from './types.js';

/**
 * A worker thread checks its share of the files and sends back only the results. Errors
 * travel as data: an exception's class does not survive the trip between threads.
 */
parentPort?.on('message', (message: { jobs: Job[]; lang: MessageLang }) => {
  const outcomes: JobOutcome[] = [];
  for (const job of message.jobs) {
    try {
      outcomes.push({ result: checkJob(job, message.lang) });
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
  parentPort!.postMessage(outcomes);
});
