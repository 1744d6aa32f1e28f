import path from 'node:path';
import { toPosix } from '../util/posix-path.js';
import type { NamedFile } from '../util/same-file.js';
import { isIgnored } from '../config/resolve.js';
import { configLookup, settingsFor } from '../config/settings.js';
import { DekomError } from '../errors.js';
import { VERSION } from '../version.js';
import { ResultCache } from './cache.js';
import { findPlanFiles, looksLikePlan, readPlanFile } from './files.js';
import type { Job } from './job.js';
import { checkJobs, threadCount } from './parallel.js';
import { mayNameRelatedPlan } from './related.js';
import { KNOWN_RULES, RULES } from './registry.js';
import { summarise } from './summarise.js';
import type { CheckOptions, FileResult, MessageLang, Report, RuleSetting } from './types.js';

export interface RunOptions {
  cwd: string;
  lang: MessageLang;
  /** The day `overdue` compares with; else the config's `today`, else the real date. */
  today?: string;
  /** One config for every file instead of the nearest `dekom.config.yaml`. */
  configFile?: string;
  /** False lets a pattern or folder that finds nothing pass quietly. */
  errorOnUnmatched?: boolean;
  /** Skip named files that are not plans, as a folder search does (for pre-commit). */
  plansOnly?: boolean;
  /** A plan read from standard input (`-`), named for reports and config lookup. */
  stdin?: { bytes: Uint8Array; filename: string };
  /** Where to keep results between runs; no caching when absent. */
  cacheLocation?: string;
  /** How the cache location is named in messages. */
  cacheDisplay?: string;
  /**
   * Filled with every file the run reads (plans, configs), so that no writer, the cache's
   * or the caller's, replaces one of them under another name.
   */
  inputs?: NamedFile[];
  /** Threads to check on: a number, or `auto` for the cores (used only for large runs). */
  concurrency?: number | 'auto';
  /** Smaller read and parse limits than the built-in ones, so tests reach each one fast. */
  limits?: CheckOptions['limits'];
}

/** A file's place in the report: a result from the cache, or a job still to run. */
type Slot = { kind: 'cached'; result: FileResult } | { kind: 'job'; job: Job; cacheKey?: string };

/**
 * Checks every plan under `inputs`. Only results are kept, never documents, so memory stays
 * flat however large the repository; with `concurrency` the files are shared among threads.
 */
export async function checkPaths(inputs: readonly string[], options: RunOptions): Promise<Report> {
  const read = options.inputs ?? [];
  const lookup = configLookup({ ...options, knownRules: KNOWN_RULES });
  const configsRead = new Set<string>();
  const configs = (absolute: string) => {
    const config = lookup(absolute);
    if (config && !configsRead.has(config.file)) {
      configsRead.add(config.file);
      read.push({ path: config.file, display: toPosix(path.relative(options.cwd, config.file)) || config.file });
    }
    return config;
  };
  // `-` alone means standard input only; no folder search behind it.
  const planFiles = inputs.length === 0 && options.stdin ? [] : findPlanFiles(inputs, options.cwd, options.errorOnUnmatched !== false);
  for (const file of planFiles) read.push({ path: file.absolute, display: file.name });
  const cache = options.cacheLocation ? new ResultCache(options.cacheLocation, read, options.cacheDisplay) : undefined;

  const slots: Slot[] = [];
  if (options.stdin) {
    const absolute = path.resolve(options.cwd, options.stdin.filename);
    const settings = settingsFor(absolute, configs(absolute), options);
    slots.push({ kind: 'job', job: { name: options.stdin.filename, absolute, searched: false, bytes: options.stdin.bytes, ...settings, ...limitsOf(options) } });
  }
  for (const file of planFiles) {
    const config = configs(file.absolute);
    const searched = !file.explicit || options.plansOnly === true;
    if (searched && isIgnored(config, file.absolute)) continue;
    const job: Job = { name: file.name, absolute: file.absolute, searched, ...settingsFor(file.absolute, config, options), ...limitsOf(options) };
    if (!cache) {
      slots.push({ kind: 'job', job });
      continue;
    }
    // With a cache the content is read here, to key it; a searched non-plan never enters it.
    const read = readPlanFile(file, options.limits?.bytes);
    if ('tooLarge' in read) {
      slots.push({ kind: 'job', job: { ...job, oversized: { size: read.size, head: read.head } } });
      continue;
    }
    job.bytes = read.bytes;
    if (searched && !looksLikePlan(job.bytes)) continue;
    if (mayNameRelatedPlan(job.bytes)) {
      slots.push({ kind: 'job', job });
      continue;
    }
    const cacheKey = ResultCache.key(job.bytes, JSON.stringify([VERSION, options.lang, job.rules, job.ruleOptions, job.today]));
    const hit = cache.get(file.absolute, cacheKey, file.name);
    slots.push(hit ? { kind: 'cached', result: hit } : { kind: 'job', job, cacheKey });
  }

  const jobs = slots.flatMap((slot) => (slot.kind === 'job' ? [slot.job] : []));
  const results = await checkJobs(jobs, options.lang, threadCount(options.concurrency ?? 1, jobs.length));
  const files: FileResult[] = [];
  let next = 0;
  for (const slot of slots) {
    if (slot.kind === 'cached') {
      files.push(slot.result);
      continue;
    }
    const result = results[next++];
    if (!result) continue;
    if (slot.cacheKey) cache!.set(slot.job.absolute, slot.cacheKey, result);
    files.push(result);
  }
  cache?.save();
  if (files.length === 0 && options.errorOnUnmatched !== false) {
    throw new DekomError('error.noPlans', { paths: (inputs.length ? inputs : ['.']).join(', ') });
  }
  return { files, summary: summarise(files) };
}

function limitsOf(options: RunOptions): Pick<Job, 'limits'> {
  return options.limits ? { limits: options.limits } : {};
}

/** The settings of every rule for one file, for `--print-config`. */
export function printableConfig(file: string, options: RunOptions): { file: string; config: string | null; today: string; rules: Record<string, RuleSetting> } {
  const absolute = path.resolve(options.cwd, file);
  const config = configLookup({ ...options, knownRules: KNOWN_RULES })(absolute);
  const settings = settingsFor(absolute, config, options);
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, settings.rules[rule.id] ?? rule.severity]));
  return { file, config: config ? toPosix(path.relative(options.cwd, config.file)) : null, today: settings.today, rules };
}
