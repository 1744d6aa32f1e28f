import { parentPort } from 'node:worker_threads';
import { checkJob, type Job } from './job.js';
import type { FileResult, MessageLang } from './types.js';

/** A worker thread checks its share of the files and sends back only the results. */
parentPort?.on('message', (message: { jobs: Job[]; lang: MessageLang }) => {
  const results: Array<FileResult | null> = message.jobs.map((job) => checkJob(job, message.lang));
  parentPort!.postMessage(results);
});
