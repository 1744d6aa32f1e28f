import { statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { findPlanFiles, looksLikePlan, readPlanFile, type PlanFile } from '../check/files.js';
import { KNOWN_RULES } from '../check/registry.js';
import { nearestConfigFile } from '../config/load.js';
import { isIgnored } from '../config/resolve.js';
import { configLookup } from '../config/settings.js';
import { DekomError } from '../errors.js';
import { assertWritable } from '../util/atomic-write.js';
import { toPosix } from '../util/posix-path.js';
import { InputFiles, type NamedFile } from '../util/same-file.js';
import { RenderError } from './errors.js';
import type { Format } from './options.js';

/** The plans of a batch with their documents, and every file it reads, which no document may replace. */
export interface Batch {
  targets: BatchTarget[];
  inputs: NamedFile[];
}

/** One plan of a batch and the document it becomes. */
export interface BatchTarget {
  plan: PlanFile;
  /** The plan's content; absent for a file larger than any plan, which its check report then refuses. */
  bytes?: Uint8Array;
  /** Absolute path of the document. */
  output: string;
  /** The document as messages name it: relative to the working folder, with `/`. */
  display: string;
}

/**
 * The folder a plan's place under --out-dir is taken from: a named file's own folder, a
 * searched folder itself, a glob's fixed start. `render planer --out-dir ut` thus writes
 * planer/a/plan.yaml to ut/a/plan.docx, so plans of the same name in different folders
 * never meet.
 */
function baseOf(input: string, cwd: string): string {
  const absolute = path.resolve(cwd, input);
  try {
    const stats = statSync(absolute);
    if (stats.isDirectory()) return absolute;
    if (stats.isFile()) return path.dirname(absolute);
  } catch {
    // not a file or a folder: a glob, as findPlanFiles takes it
  }
  return path.resolve(cwd, picomatch.scan(toPosix(input)).base || '.');
}

const EXTENSION = { docx: '.docx', md: '.md' } as const;

function documentName(relative: string, format: Format): string {
  const extension = path.extname(relative);
  return `${extension ? relative.slice(0, -extension.length) : relative}${EXTENSION[format]}`;
}

const displayOf = (cwd: string, absolute: string) => {
  const relative = path.relative(cwd, absolute);
  return toPosix(relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative);
};

/**
 * The plans `inputs` name, found and skipped as `dekom check` finds and skips them (a
 * searched file that is ignored by its config or is not a plan is left out; a named file
 * never is), each with the document it is written to. Nothing is written here; what
 * would be overwritten without --force, or written twice, stops the batch before it starts.
 */
export function batchTargets(inputs: readonly string[], options: { cwd: string; outDir: string; format: Format; force: boolean; template?: NamedFile }): Batch {
  const { cwd, format } = options;
  const outDir = path.resolve(cwd, options.outDir);
  const configs = configLookup({ cwd, knownRules: KNOWN_RULES });
  const seen = new Set<string>();
  const targets: BatchTarget[] = [];
  for (const input of inputs) {
    const base = baseOf(input, cwd);
    for (const plan of findPlanFiles([input], cwd)) {
      if (seen.has(plan.absolute)) continue;
      seen.add(plan.absolute);
      if (!plan.explicit && isIgnored(configs(plan.absolute), plan.absolute)) continue;
      const read = readPlanFile(plan);
      if (!plan.explicit && !looksLikePlan('bytes' in read ? read.bytes : read.head)) continue;
      const output = path.join(outDir, documentName(path.relative(base, plan.absolute), format));
      targets.push({ plan, ...('bytes' in read ? { bytes: read.bytes } : {}), output, display: displayOf(cwd, output) });
    }
  }
  if (targets.length === 0) throw new DekomError('error.noPlans', { paths: inputs.join(', ') });
  targets.sort((a, b) => (a.plan.name < b.plan.name ? -1 : a.plan.name > b.plan.name ? 1 : 0));

  const byOutput = new Map<string, BatchTarget>();
  for (const target of targets) {
    const other = byOutput.get(target.output);
    if (other) throw new RenderError('collision', { first: other.plan.name, second: target.plan.name, target: target.display });
    byOutput.set(target.output, target);
  }
  // No document may land on a file the batch reads, by any name or link: said first, with or without --force.
  const read = readFiles(targets, options);
  const index = new InputFiles(read);
  for (const target of targets) assertWritable(target.output, { force: true, display: target.display, option: '--out-dir', inputs: index });
  if (!options.force) {
    const existing = targets.filter((target) => exists(target.output));
    if (existing.length === 1) throw new DekomError('error.exists', { path: existing[0]!.display });
    if (existing.length > 1) throw new RenderError('existsMany', { count: existing.length, path: existing[0]!.display });
  }
  return { targets, inputs: read };
}

/** Every file the batch reads: its plans, the template, and the config each plan is checked with. */
function readFiles(targets: readonly BatchTarget[], options: { cwd: string; template?: NamedFile }): NamedFile[] {
  const files: NamedFile[] = targets.map((target) => ({ path: target.plan.absolute, display: target.plan.name }));
  if (options.template) files.push(options.template);
  const folders = new Set(targets.map((target) => path.dirname(target.plan.absolute)));
  const configs = new Set([...folders].map((folder) => nearestConfigFile(folder)).filter((file) => file !== undefined));
  for (const config of configs) files.push({ path: config, display: displayOf(options.cwd, config) });
  return files;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
