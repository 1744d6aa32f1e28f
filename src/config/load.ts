import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';
import { nearest } from '../util/suggest.js';
import { locate, parseSource } from '../load/source.js';
import type { KnownRules } from './rule-setting.js';
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
export function loadConfig(file: string, display: string, knownRules: KnownRules): LoadedConfig {
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
  const ruleTables: Array<{ rules: Config['rules']; path: (string | number)[] }> = [
    { rules: config.rules, path: ['rules'] },
    ...(config.overrides ?? []).map((override, index) => ({ rules: override.rules, path: ['overrides', index, 'rules'] })),
  ];
  for (const table of ruleTables) {
    for (const id of Object.keys(table.rules ?? {})) {
      const entry = table.rules![id]!;
      if (id === 'yaml-syntax' && (entry === 'off' || (Array.isArray(entry) && entry[0] === 'off'))) {
        // A file that cannot be read would then pass as clean; `ignore` is the honest way.
        const where = locate(source, [...table.path, id], 'key');
        throw new DekomError('config.syntaxOff', { file: display, line: where.line, column: where.column });
      }
      const optionTypes = knownRules.get(id);
      if (optionTypes) {
        if (Array.isArray(entry)) checkOptions(entry[1], optionTypes, { source, display, path: [...table.path, id, 1], id });
        continue;
      }
      const where = locate(source, [...table.path, id], 'key');
      const suggestion = nearest(id, [...knownRules.keys()]);
      throw new DekomError('config.unknownRule', { file: display, line: where.line, column: where.column, id, hint: suggestion ?? '' });
    }
  }
  return { file, folder: path.dirname(file), config };
}

/** A rule's options must be ones it takes, of the type it reads: a typo must not pass silently. */
function checkOptions(
  options: Readonly<Record<string, unknown>>,
  types: Readonly<Record<string, string>>,
  at: { source: ReturnType<typeof parseSource>; display: string; path: (string | number)[]; id: string },
): void {
  for (const [name, value] of Object.entries(options)) {
    const type = types[name];
    if (type !== undefined && typeof value === type) continue;
    const where = locate(at.source, [...at.path, name], 'key');
    const known = Object.keys(types);
    if (type === undefined) {
      throw new DekomError('config.unknownOption', { file: at.display, line: where.line, column: where.column, id: at.id, option: name, known: known.join(', ') || '–' });
    }
    throw new DekomError('config.badOption', { file: at.display, line: where.line, column: where.column, id: at.id, option: name, type });
  }
}

/** The nearest `dekom.config.yaml` at or above `folder`, cached per folder for the run. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly cwd: string,
    private readonly knownRules: KnownRules,
  ) {}

  find(folder: string): LoadedConfig | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = path.join(folder, CONFIG_FILE);
    let found: LoadedConfig | null;
    if (existsSync(candidate)) found = loadConfig(candidate, path.relative(this.cwd, candidate) || CONFIG_FILE, this.knownRules);
    else {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.find(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
