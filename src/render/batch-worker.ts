import { parentPort } from 'node:worker_threads';
import { DekomError } from '../errors.js';
import { InputFiles } from '../util/same-file.js';
import { renderTarget, type BatchSettings } from './batch-one.js';
import type { BatchTarget } from './batch-targets.js';
import type { CompiledTemplate, TemplateSource } from './handlebars/environment.js';
import { compileCustomTemplate } from './templates.js';
import type { WorkerReply, WorkerRequest } from './batch-pool.js';

/**
 * A worker thread renders the plans it is handed one at a time and writes their documents;
 * it sends back what became of each. Errors travel as data: an exception's class does not
 * survive the trip between threads.
 */
let settings: BatchSettings | undefined;
let inputs: InputFiles | undefined;
let template: Promise<CompiledTemplate | undefined> = Promise.resolve(undefined);
let queue: Promise<void> = Promise.resolve();

async function handle(message: WorkerRequest): Promise<void> {
  if (message.type === 'start') {
    settings = message.settings;
    inputs = new InputFiles(message.inputs);
    const source: TemplateSource | undefined = message.template;
    template = source === undefined ? Promise.resolve(undefined) : compileCustomTemplate(source);
    return;
  }
  const target: BatchTarget = message.target;
  let reply: WorkerReply;
  try {
    reply = { index: message.index, outcome: await renderTarget(target, settings!, await template, inputs!) };
  } catch (error) {
    reply = {
      index: message.index,
      error:
        error instanceof DekomError
          ? { key: error.key, args: error.args, exitCode: error.exitCode }
          : { message: error instanceof Error ? error.message : String(error) },
    };
  }
  parentPort!.postMessage(reply);
}

parentPort?.on('message', (message: WorkerRequest) => {
  queue = queue.then(() => handle(message));
});
