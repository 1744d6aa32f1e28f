import { statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../messages/catalogue.js';
import { renderCountWord, renderMessage } from '../messages/render.js';
import type { Io } from '../util/io.js';
import { InputFiles } from '../util/same-file.js';
import { toPosix } from '../util/posix-path.js';
import { EXIT } from '../errors.js';
import { renderTarget, type BatchOutcome, type BatchSettings } from './batch-one.js';
import { renderOnWorkers, renderThreads } from './batch-pool.js';
import { batchTargets } from './batch-targets.js';
import { asDekomError, RenderError } from './errors.js';
import { renderDate } from './options.js';
import type { RenderRequest } from './request.js';
import { compileCustomTemplate, customTemplate } from './templates.js';

/** What `dekom render <paths...> --out-dir <dir>` was asked for. */
export interface BatchRequest extends Omit<RenderRequest, 'output'> {
  outDir: string;
  /** Threads to render on; `auto` uses the cores once there are plans enough to pay for them. */
  concurrency?: number | 'auto';
}

/**
 * `dekom render` of many plans in one process: every plan the paths name, found as `check`
 * finds them, each to its own document under --out-dir, byte for byte what rendering it
 * alone writes. A plan whose structure is invalid gets its check report and is skipped
 * while the others are written (exit 1); anything that keeps the batch from running stops
 * it before a file is written (exit 2).
 */
export async function runBatchRender(paths: readonly string[], request: BatchRequest, context: { lang: Lang; io: Io }): Promise<number> {
  try {
    return await renderBatch(paths, request, context);
  } catch (error) {
    throw asDekomError(error, context.lang);
  }
}

async function renderBatch(paths: readonly string[], request: BatchRequest, { lang, io }: { lang: Lang; io: Io }): Promise<number> {
  const format = request.format ?? 'docx';
  const outDir = path.resolve(io.cwd, request.outDir);
  if (isNonFolder(outDir)) throw new RenderError('outDirNotFolder', { path: request.outDir });
  const templateFile = request.template === undefined ? undefined : { path: path.resolve(io.cwd, request.template), display: request.template };
  const source = templateFile === undefined ? undefined : customTemplate(templateFile.path, templateFile.display);
  const { targets, inputs } = batchTargets(paths, { cwd: io.cwd, outDir, format, force: request.force === true, ...(templateFile ? { template: templateFile } : {}) });
  // A broken template is said before any document is written, as with one plan.
  const template = source === undefined ? undefined : await compileCustomTemplate(source);
  const settings: BatchSettings = {
    format,
    force: request.force === true,
    lang,
    documentLang: request.lang,
    today: renderDate(io.env),
    cwd: io.cwd,
    env: io.env,
    stderrIsTTY: io.stderrIsTTY,
  };
  const tally = new Tally(lang, io, targets.map((target) => target.plan.name));
  const threads = renderThreads(request.concurrency ?? 'auto', targets.length);
  if (threads > 1) {
    await renderOnWorkers(targets, { settings, inputs, template: source }, threads, (index, outcome) => tally.add(index, outcome));
  } else {
    const reads = new InputFiles(inputs);
    for (const [index, target] of targets.entries()) {
      tally.starting(target.plan.name);
      tally.add(index, await renderTarget(target, settings, template, reads));
    }
  }
  return tally.finish(toPosixDisplay(io.cwd, outDir));
}

/**
 * What the batch has done so far: each plan's messages printed in the plans' order however
 * the threads finish, a progress line on a terminal, the summary at the end.
 */
class Tally {
  private readonly outcomes = new Map<number, BatchOutcome>();
  private printed = 0;
  private written = 0;
  private invalid = 0;
  private incomplete = 0;
  private marker = '';
  private readonly live: boolean;
  private shown = false;

  constructor(
    private readonly lang: Lang,
    private readonly io: Io,
    private readonly names: readonly string[],
  ) {
    // In a log or a pipe a line written over would be noise: there only the summary is printed.
    this.live = io.stderrIsTTY && io.env['TERM'] !== 'dumb';
  }

  starting(file: string): void {
    this.progress(this.outcomes.size, file);
  }

  add(index: number, outcome: BatchOutcome): void {
    this.outcomes.set(index, outcome);
    if (outcome.kind === 'invalid') this.invalid++;
    else this.written++;
    if (outcome.kind === 'incomplete') {
      this.incomplete++;
      this.marker = outcome.marker;
    }
    for (let next = this.outcomes.get(this.printed); next !== undefined; next = this.outcomes.get(this.printed)) {
      if (next.stderr !== '') {
        this.clear();
        this.io.stderr(next.stderr);
      }
      this.printed++;
    }
    if (this.outcomes.size < this.names.length) this.progress(this.outcomes.size, this.names[index]!);
  }

  finish(dir: string): number {
    this.clear();
    const { lang } = this;
    const say = (text: string) => this.io.stderr(`dekom: ${text}\n`);
    say(renderMessage(lang, 'summary', { count: this.written, documents: renderCountWord(lang, 'document', this.written), dir }));
    if (this.incomplete > 0) say(renderMessage(lang, 'summaryIncomplete', { count: this.incomplete, plans: renderCountWord(lang, 'plan', this.incomplete), marker: this.marker }));
    if (this.invalid > 0) say(renderMessage(lang, 'summaryInvalid', { count: this.invalid, plans: renderCountWord(lang, 'plan', this.invalid) }));
    return this.invalid > 0 ? EXIT.problems : EXIT.ok;
  }

  /** "Rendering 12 of 100: planer/a.yaml", written over in place. */
  private progress(done: number, file: string): void {
    if (!this.live) return;
    this.io.stderr(`\r\x1b[2K${renderMessage(this.lang, 'progress', { done: done + 1, total: this.names.length, file })}`);
    this.shown = true;
  }

  private clear(): void {
    if (!this.shown) return;
    this.io.stderr('\r\x1b[2K');
    this.shown = false;
  }
}

function toPosixDisplay(cwd: string, folder: string): string {
  const relative = path.relative(cwd, folder);
  if (relative === '') return '.';
  return toPosix(relative.startsWith('..') || path.isAbsolute(relative) ? folder : relative);
}

function isNonFolder(file: string): boolean {
  try {
    return !statSync(file).isDirectory();
  } catch {
    return false;
  }
}
