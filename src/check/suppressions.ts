import { existsSync } from 'node:fs';
import { DekomError } from '../errors.js';
import { MAX_SUPPRESSIONS_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { writeFileAtomic, type OwnKind } from '../util/atomic-write.js';
import type { NamedFile } from '../util/same-file.js';
import type { FileResult } from './types.js';

export const SUPPRESSIONS_FILE = 'dekom-suppressions.json';

/** Per file, per rule: how many errors are accepted as they are, like ESLint's bulk suppressions. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** `{}`, or a file name whose value holds rules with counts, as `writeSuppressions` writes it. */
const SUPPRESSIONS_START = /^\s*\{\s*(?:\}|"(?:[^"\\]|\\.)*"\s*:\s*\{\s*(?:\}|"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"count"\s*:))/;

export const SUPPRESSIONS_KIND: OwnKind = { refusal: 'error.notOwnSuppressions', recognises: ({ head }) => SUPPRESSIONS_START.test(head) };

export function readSuppressions(file: string, display: string): Suppressions {
  if (!existsSync(file)) return {};
  const read = readInputFile(file, display, MAX_SUPPRESSIONS_BYTES);
  if (!('bytes' in read)) throw new DekomError('suppressions.tooLarge', { file: display, size: `${(read.size / 1024 / 1024).toFixed(1)} MB` });
  const text = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString('utf8');
  // Someone's other file at the location is not ours to judge, and certainly not to delete.
  if (text.trim() !== '' && !SUPPRESSIONS_KIND.recognises({ head: text, tail: text })) {
    throw new DekomError('error.notOwnSuppressions', { path: display });
  }
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    throw new DekomError('suppressions.invalid', { file: display, detail: (error as Error).message });
  }
  if (!isSuppressions(data)) throw new DekomError('suppressions.shape', { file: display });
  return data;
}

function isSuppressions(data: unknown): data is Suppressions {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  return (
    isObject(data) &&
    Object.values(data).every(
      (rules) => isObject(rules) && Object.values(rules).every((entry) => isObject(entry) && Number.isInteger(entry['count']) && (entry['count'] as number) >= 0),
    )
  );
}

export function writeSuppressions(file: string, suppressions: Suppressions, options: { display?: string; option?: string; inputs?: readonly NamedFile[] } = {}): void {
  const sorted: Suppressions = {};
  for (const name of Object.keys(suppressions).sort()) {
    const rules = suppressions[name]!;
    if (Object.keys(rules).length === 0) continue;
    sorted[name] = Object.fromEntries(Object.keys(rules).sort().map((rule) => [rule, rules[rule]!]));
  }
  writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`, { force: true, ...options, ownKind: SUPPRESSIONS_KIND });
}

/** Counts the errors of each file and rule; warnings are never suppressed. */
export function countErrors(files: readonly FileResult[]): Suppressions {
  const counts: Suppressions = {};
  for (const file of files) {
    for (const problem of file.problems) {
      if (problem.severity !== 'error') continue;
      const rules = (counts[file.file] ??= {});
      (rules[problem.rule] ??= { count: 0 }).count++;
    }
  }
  return counts;
}

/**
 * Hides suppressed errors. When a file has more errors of a rule than were suppressed,
 * all of them are shown: which one is new cannot be told apart.
 */
export function applySuppressions(files: readonly FileResult[], suppressions: Suppressions): FileResult[] {
  const counts = countErrors(files);
  return files.map((file) => {
    const accepted = suppressions[file.file];
    if (!accepted) return file;
    const problems = file.problems.filter((problem) => {
      if (problem.severity !== 'error') return true;
      const allowed = accepted[problem.rule]?.count ?? 0;
      return (counts[file.file]?.[problem.rule]?.count ?? 0) > allowed;
    });
    return { ...file, problems };
  });
}

/** Lowers each entry to what still occurs and drops the ones that no longer do. */
export function pruneSuppressions(suppressions: Suppressions, files: readonly FileResult[]): Suppressions {
  const counts = countErrors(files);
  const checked = new Set(files.map((file) => file.file));
  const pruned: Suppressions = {};
  for (const [name, rules] of Object.entries(suppressions)) {
    if (!checked.has(name)) {
      pruned[name] = rules;
      continue;
    }
    for (const [rule, { count }] of Object.entries(rules)) {
      const now = Math.min(count, counts[name]?.[rule]?.count ?? 0);
      if (now > 0) (pruned[name] ??= {})[rule] = { count: now };
    }
  }
  return pruned;
}
