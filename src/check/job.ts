import { checkBytes } from './engine.js';
import { looksLikePlan, readPlanFile } from './files.js';
import type { ExitCode } from '../errors.js';
import type { MessageKey } from '../messages/catalogue.js';
import type { MessageArgs } from '../messages/format.js';
import type { FileResult, MessageLang, RuleSetting } from './types.js';

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
}

/** The file's result, or null when a searched file turns out not to be a plan. */
export function checkJob(job: Job, lang: MessageLang): FileResult | null {
  const bytes = job.bytes ?? readPlanFile({ name: job.name, absolute: job.absolute, explicit: !job.searched });
  if (job.searched && !looksLikePlan(bytes)) return null;
  return checkBytes(job.name, bytes, { lang, today: job.today, rules: job.rules, ruleOptions: job.ruleOptions });
}

/** What a worker sends back for a job: its result, or the error that stopped it. */
export type JobOutcome =
  | { result: FileResult | null }
  | { error: { key: MessageKey; args: MessageArgs; exitCode: ExitCode } | { message: string } };
