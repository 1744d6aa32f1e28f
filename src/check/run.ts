import path from 'node:path';
import { ConfigFinder, loadConfig, type LoadedConfig } from '../config/load.js';
import { effectiveRules, isIgnored } from '../config/resolve.js';
import { DekomError } from '../errors.js';
import { todayIso } from '../util/dates.js';
import { ResultCache } from './cache.js';
import { findPlanFiles, readPlanFile } from './files.js';
import type { Job } from './job.js';
import { checkJobs, threadCount } from './parallel.js';
import { RULES } from './registry.js';
import type { FileResult, MessageLang, Report, RuleSetting, Summary } from './types.js';

export interface RunOptions {
  cwd: string;
  lang: MessageLang;
  /** The day `overdue` compares with; else the config's `today`, else the real date. */
  today?: string;
  /** Report errors only. */
  quiet?: boolean;
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
  /** Threads to check on: a number, or `auto` for the cores (used only for large runs). */
  concurrency?: number | 'auto';
}

/** What decides a file's result besides its content: rules, language and day. */
export interface FileSettings {
  rules: Record<string, RuleSetting>;
  today: string;
}

/**
 * Checks every plan under `inputs`. Only results are kept, never documents, so memory stays
 * flat however large the repository; with `concurrency` the files are shared among threads.
 */
export async function checkPaths(inputs: readonly string[], options: RunOptions): Promise<Report> {
  const configs = configSource(options);
  const cache = options.cacheLocation ? new ResultCache(options.cacheLocation) : undefined;
  const planFiles = inputs.length === 1 && inputs[0] === '-' ? [] : findPlanFiles(inputs, options.cwd, options.errorOnUnmatched !== false);

  const slots: Array<FileResult | Job | null> = [];
  if (options.stdin) {
    const absolute = path.resolve(options.cwd, options.stdin.filename);
    slots.push({ name: options.stdin.filename, absolute, searched: false, bytes: options.stdin.bytes, ...settingsFor(absolute, configs(absolute), options) });
  }
  const keys = new Map<Job, string>();
  for (const file of planFiles) {
    const config = configs(file.absolute);
    const searched = !file.explicit || options.plansOnly === true;
    if (searched && isIgnored(config, file.absolute)) continue;
    const job: Job = { name: file.name, absolute: file.absolute, searched, ...settingsFor(file.absolute, config, options) };
    if (cache) {
      job.bytes = readPlanFile(file);
      const key = ResultCache.key(job.bytes, JSON.stringify([options.lang, job.rules, job.today]));
      const hit = cache.get(file.absolute, key, file.name);
      if (hit) {
        slots.push(hit);
        continue;
      }
      keys.set(job, key);
    }
    slots.push(job);
  }

  const jobs = slots.filter((slot): slot is Job => slot !== null && 'absolute' in slot);
  const results = await checkJobs(jobs, options.lang, threadCount(options.concurrency ?? 1, jobs.length));
  const byJob = new Map(jobs.map((job, index) => [job, results[index] ?? null]));
  const files: FileResult[] = [];
  for (const slot of slots) {
    const result = slot && 'absolute' in slot ? byJob.get(slot) ?? null : slot;
    if (!result) continue;
    if (cache && slot && 'absolute' in slot) cache.set(slot.absolute, keys.get(slot)!, result);
    files.push(options.quiet ? errorsOnly(result) : result);
  }
  cache?.save();
  if (files.length === 0 && options.errorOnUnmatched !== false) {
    throw new DekomError('error.noPlans', { paths: (inputs.length ? inputs : ['.']).join(', ') });
  }
  return { files, summary: summarise(files) };
}

function configSource(options: RunOptions): (absolute: string) => LoadedConfig | null {
  if (options.configFile) {
    const fixed = loadConfig(path.resolve(options.cwd, options.configFile), options.configFile);
    return () => fixed;
  }
  const finder = new ConfigFinder(options.cwd);
  return (absolute) => finder.find(path.dirname(absolute));
}

export function settingsFor(absolute: string, config: LoadedConfig | null, options: Pick<RunOptions, 'today'>): FileSettings {
  return {
    rules: effectiveRules(config, absolute),
    today: options.today ?? config?.config.today ?? todayIso(),
  };
}

/** The settings of every rule for one file, for `--print-config`. */
export function printableConfig(file: string, options: RunOptions): { file: string; config: string | null; today: string; rules: Record<string, RuleSetting> } {
  const absolute = path.resolve(options.cwd, file);
  const config = configSource(options)(absolute);
  const settings = settingsFor(absolute, config, options);
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, settings.rules[rule.id] ?? rule.severity]));
  return { file, config: config ? path.relative(options.cwd, config.file).split(path.sep).join('/') : null, today: settings.today, rules };
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, problems: result.problems.filter((p) => p.severity === 'error') };
}

export function summarise(files: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const problem of file.problems) {
      if (problem.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files: files.length, errors, warnings };
}
