import { oversizedSource } from '../load/source.js';
import { checkBytes, checkSource } from './engine.js';
import { looksLikePlan, readPlanFile } from './files.js';
import { relatedPlans } from './related.js';
import type { ExitCode } from '../errors.js';
import type { MessageKey } from '../messages/catalogue.js';
import type { MessageArgs } from '../messages/format.js';
import type { CheckOptions, FileResult, MessageLang, RuleSetting } from './types.js';

/** One file to check, with everything that decides its result; plain data, so it can cross to a worker. */
export interface Job {
  name: string;
  absolute: string;
  /** Found by a folder search or a glob: skipped when it is not a plan. */
  searched: boolean;
  rules: Record<string, RuleSetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  today: string;
  /** Content already read (for the cache key); otherwise the file is read here. */
  bytes?: Uint8Array;
  /** Set instead of `bytes` when the file was found larger than any plan. */
  oversized?: { size: number; head: Uint8Array };
  /** Smaller read and parse limits than the built-in ones. */
  limits?: CheckOptions['limits'];
}

/** The file's result, or null when a searched file turns out not to be a plan. */
export function checkJob(job: Job, lang: MessageLang): FileResult | null {
  const read = job.bytes
    ? { bytes: job.bytes }
    : job.oversized
      ? { tooLarge: true as const, ...job.oversized }
      : readPlanFile({ name: job.name, absolute: job.absolute, explicit: !job.searched }, job.limits?.bytes);
  const options = { lang, today: job.today, rules: job.rules, ruleOptions: job.ruleOptions, limits: job.limits, related: relatedPlans(job.absolute, job.limits) };
  if ('tooLarge' in read) {
    // A large YAML file in a folder is not necessarily a plan: its first bytes say.
    if (job.searched && !looksLikePlan(read.head)) return null;
    return checkSource(job.name, oversizedSource(read.size, read.head), options);
  }
  if (job.searched && !looksLikePlan(read.bytes)) return null;
  return checkBytes(job.name, read.bytes, options);
}

/** What a worker sends back for a job: its result, or the error that stopped it. */
export type JobOutcome =
  | { result: FileResult | null }
  | { error: { key: MessageKey; args: MessageArgs; exitCode: ExitCode } | { message: string } };
