import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { DekomError } from '../errors.js';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readInputFile, type LimitedRead } from '../load/read-limited.js';
import { toPosix } from '../util/posix-path.js';

/** A file to check: the name shown to the user, the path to read, and whether it was named. */
export interface PlanFile {
  name: string;
  absolute: string;
  explicit: boolean;
}

const SKIPPED_FOLDERS = new Set(['node_modules']);
const YAML_FILE = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * A plan's top level has `dekom: <version>` at the start of a line; cheaper than parsing
 * every YAML file. A mapping under `dekom:` (a CI job of that name) is not a plan.
 */
const PLAN_MARKER = /^(?:\uFEFF)?["']?dekom["']?[ \t]*:[ \t]*[^\s#]/m;


/** How a file is named in reports: relative to the working folder, with `/`. */
function displayName(cwd: string, absolute: string, given?: string): string {
  if (given !== undefined && !path.isAbsolute(given)) return toPosix(path.normalize(given));
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? toPosix(absolute) : toPosix(relative);
}

/**
 * The YAML files below a folder, skipping dot-folders and node_modules. A linked file is
 * followed; a linked folder is not, so a link loop cannot trap the search.
 */
function* yamlFilesUnder(folder: string, cwd: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // removed while we looked
    throw new DekomError('error.unreadable', { path: displayName(cwd, folder), reason: code ?? String(error) });
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* yamlFilesUnder(full, cwd);
    else if (YAML_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFileBehindLink(full)))) yield full;
  }
}

function isFileBehindLink(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** True when a YAML file found in a folder looks like a plan; named files are checked regardless. */
export function looksLikePlan(bytes: Uint8Array): boolean {
  return PLAN_MARKER.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('utf8'));
}

/**
 * Expands the paths a user gave into files, sorted and without repeats. A missing path or
 * a pattern that matches nothing is an error (exit 2), like ESLint's.
 */
export function findPlanFiles(inputs: readonly string[], cwd: string, errorOnUnmatched = true): PlanFile[] {
  const found = new Map<string, PlanFile>();
  const add = (file: PlanFile) => {
    const existing = found.get(file.absolute);
    if (!existing || (file.explicit && !existing.explicit)) found.set(file.absolute, file);
  };
  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A loop of links or a locked folder on the way is not a misspelling.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new DekomError('error.unreadable', { path: input, reason: code ?? String(error) });
      stats = undefined;
    }
    if (stats?.isFile()) add({ name: displayName(cwd, absolute, input), absolute, explicit: true });
    else if (stats && !stats.isDirectory()) throw new DekomError(stats.isFIFO() ? 'error.notRegular.fifo' : stats.isSocket() ? 'error.notRegular.socket' : 'error.notRegular.device', { path: input });
    else if (stats?.isDirectory()) {
      for (const file of yamlFilesUnder(absolute, cwd)) {
        const relative = toPosix(path.relative(absolute, file));
        const base = path.isAbsolute(input) ? undefined : toPosix(path.join(input, relative));
        add({ name: displayName(cwd, file, base), absolute: file, explicit: false });
      }
    } else if (GLOB_CHARS.test(input)) {
      const matches = globFiles(input, cwd);
      if (matches.length === 0 && errorOnUnmatched) throw new DekomError('error.noMatch', { pattern: input });
      for (const file of matches) add({ name: displayName(cwd, file), absolute: file, explicit: false });
    } else throw new DekomError('error.notFound', { path: input });
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function globFiles(pattern: string, cwd: string): string[] {
  const posixPattern = toPosix(pattern);
  const { base } = picomatch.scan(posixPattern);
  const root = path.resolve(cwd, base || '.');
  const matcher = picomatch(toPosix(path.relative(root, path.resolve(cwd, posixPattern))), { dot: false });
  const out: string[] = [];
  for (const file of yamlFilesUnder(root, cwd)) if (matcher(toPosix(path.relative(root, file)))) out.push(file);
  return out;
}

/** The plan's bytes; a file larger than any plan is not read past its first bytes. */
export function readPlanFile(file: PlanFile, maxBytes = MAX_PLAN_BYTES): LimitedRead {
  return readInputFile(file.absolute, file.name, maxBytes);
}
