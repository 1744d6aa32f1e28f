import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';
import { RULES_BY_ID } from '../check/registry.js';
import { nearest } from '../check/suggest.js';
import { locate, parseSource } from '../load/source.js';
import { configSchema, type Config } from './schema.js';

export const CONFIG_FILE = 'dekom.config.yaml';

/** A config file read and validated, with the folder its globs are relative to. */
export interface LoadedConfig {
  file: string;
  folder: string;
  config: Config;
}

/**
 * Reads and validates a config file. Any fault is exit 2 with the file, line and column:
 * a broken config must stop CI, not silently check with defaults.
 */
export function loadConfig(file: string, display = file): LoadedConfig {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new DekomError('error.unreadable', { path: display, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const source = parseSource(bytes);
  const fault = source.faults[0];
  if (fault) {
    const where = fault.kind === 'yaml' ? fault.position : { line: 1, column: 1 };
    const detail = fault.kind === 'yaml' ? fault.message : fault.kind;
    throw new DekomError('config.invalid', { file: display, line: where.line, column: where.column, detail });
  }
  const data = source.data ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const where = locate(source, issue.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0]!] : issuePath, 'key');
    throw new DekomError('config.invalid', { file: display, line: where.line, column: where.column, detail: issue.message });
  }
  const config = parsed.data;
  const ruleTables: Array<{ rules: Record<string, string> | undefined; path: (string | number)[] }> = [
    { rules: config.rules, path: ['rules'] },
    ...(config.overrides ?? []).map((override, index) => ({ rules: override.rules, path: ['overrides', index, 'rules'] })),
  ];
  for (const table of ruleTables) {
    for (const id of Object.keys(table.rules ?? {})) {
      if (id === 'yaml-syntax' && table.rules?.[id] === 'off') {
        // A file that cannot be read would then pass as clean; `ignore` is the honest way.
        const where = locate(source, [...table.path, id], 'key');
        throw new DekomError('config.syntaxOff', { file: display, line: where.line, column: where.column });
      }
      if (RULES_BY_ID.has(id)) continue;
      const where = locate(source, [...table.path, id], 'key');
      const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
      throw new DekomError('config.unknownRule', { file: display, line: where.line, column: where.column, id, hint: suggestion ?? '' });
    }
  }
  return { file, folder: path.dirname(file), config };
}

/** The path of the nearest `dekom.config.yaml` at or above `folder`, without reading it. */
export function nearestConfigFile(folder: string): string | undefined {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The nearest `dekom.config.yaml` at or above `folder`, cached per folder for the run. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, LoadedConfig | null>();

  constructor(private readonly cwd: string) {}

  find(folder: string): LoadedConfig | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = path.join(folder, CONFIG_FILE);
    let found: LoadedConfig | null;
    if (existsSync(candidate)) found = loadConfig(candidate, path.relative(this.cwd, candidate) || CONFIG_FILE);
    else {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.find(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
