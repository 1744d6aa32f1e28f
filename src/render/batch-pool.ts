import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DekomError } from '../errors.js';
import type { MessageKey } from '../messages/catalogue.js';
import type { MessageArgs } from '../messages/format.js';
import type { ExitCode } from '../errors.js';
import { packageRoot } from '../util/package-root.js';
import type { NamedFile } from '../util/same-file.js';
import type { BatchOutcome, BatchSettings } from './batch-one.js';
import type { BatchTarget } from './batch-targets.js';
import type { TemplateSource } from './handlebars/environment.js';

export type WorkerRequest =
  | { type: 'start'; settings: BatchSettings; inputs: NamedFile[]; template?: TemplateSource }
  | { type: 'target'; index: number; target: BatchTarget };

export type WorkerReply =
  | { index: number; outcome: BatchOutcome }
  | { index: number; error: { key: MessageKey; args: MessageArgs; exitCode: ExitCode } | { message: string } };

/**
 * A worker loads the render code again before its first plan; below this many plans for
 * each, that costs more than the second core saves.
 */
export const MIN_PLANS_PER_WORKER = 40;

/** How many threads to render `plans` plans on: `auto` takes the cores, within reason. */
export function renderThreads(requested: number | 'auto', plans: number): number {
  const wanted = requested === 'auto' ? Math.min(availableParallelism(), 4) : requested;
  return requested === 'auto' ? Math.max(1, Math.min(wanted, Math.floor(plans / MIN_PLANS_PER_WORKER))) : Math.max(1, Math.min(wanted, plans));
}

/**
 * Renders the targets on `threads` worker threads, each handed its next plan when it is
 * done with one, so a slow plan holds up no other. `done` hears of each plan as it
 * finishes, in whatever order that is.
 */
export async function renderOnWorkers(
  targets: readonly BatchTarget[],
  start: { settings: BatchSettings; inputs: NamedFile[]; template?: TemplateSource },
  threads: number,
  done: (index: number, outcome: BatchOutcome) => void,
): Promise<void> {
  const url = new URL('dist/render-worker.js', packageRoot());
  const workers: Worker[] = [];
  let next = 0;
  let inFlight = 0;
  let failure: unknown;
  try {
    await new Promise<void>((resolve, reject) => {
      // After a failure no plan is handed out, but those being written are let finish, so
      // no worker is stopped halfway through a document's temporary file.
      const settle = () => {
        if (inFlight > 0) return;
        if (failure === undefined) resolve();
        else reject(failure);
      };
      const feed = (worker: Worker) => {
        if (failure !== undefined || next >= targets.length) return settle();
        const index = next++;
        inFlight++;
        worker.postMessage({ type: 'target', index, target: targets[index]! } satisfies WorkerRequest);
      };
      const fail = (error: unknown) => {
        failure ??= error;
        settle();
      };
      for (let i = 0; i < Math.min(threads, targets.length); i++) {
        const worker = new Worker(url);
        workers.push(worker);
        worker.on('error', (error) => {
          inFlight--;
          fail(error);
        });
        worker.on('message', (reply: WorkerReply) => {
          inFlight--;
          if ('error' in reply) {
            const { error } = reply;
            return fail('key' in error ? new DekomError(error.key, error.args, error.exitCode) : new Error(error.message));
          }
          done(reply.index, reply.outcome);
          feed(worker);
        });
        worker.postMessage({ type: 'start', ...start } satisfies WorkerRequest);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
