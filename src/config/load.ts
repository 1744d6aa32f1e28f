import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { faultPosition, faultText } from '../load/fault-text.js';
import { DekomError, EXIT, type Localized } from '../errors.js';
import { MAX_CONFIG_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { locate, oversizedSource, parseSource } from '../load/source.js';
import { byLang, inEveryLang, t, type Lang, type MessageKey } from '../messages/catalogue.js';
import { nearest } from '../util/suggest.js';
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
  const read = readInputFile(file, display, MAX_CONFIG_BYTES);
  const source = 'bytes' in read ? parseSource(read.bytes) : oversizedSource(read.size);
  const fault = source.faults[0];
  if (fault) {
    const where = faultPosition(fault);
    const detail = byLang((lang) => faultText(fault, lang));
    throw new DekomError('config.invalid', { file: display, line: where.line, column: where.column }, EXIT.usage, { detail });
  }
  const data = source.data ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const issuePath = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const where = locate(source, issue.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0]!] : issuePath, 'key');
    const detail = issueText(issue, issuePath, data);
    throw new DekomError('config.invalid', { file: display, line: where.line, column: where.column }, EXIT.usage, { detail });
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
      const hint = suggestion ? inEveryLang('hint.didYouMean', { suggestion }) : byLang(() => '');
      throw new DekomError('config.unknownRule', { file: display, line: where.line, column: where.column, id }, EXIT.usage, { hint });
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

/** The path of the nearest `dekom.config.yaml` at or above `folder`, without reading it. */
export function nearestConfigFile(folder: string): string | undefined {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

const CONFIG_KEYS: Record<string, readonly string[]> = { '': ['rules', 'ignore', 'overrides', 'today'], overrides: ['files', 'rules'] };

/** What Zod found wrong, in the reader's words rather than Zod's English. */
function issueText(issue: z.core.$ZodIssue, path: readonly (string | number)[], data: unknown): Localized {
  const key = String(path.filter((segment) => typeof segment === 'string').at(-1) ?? '');
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = CONFIG_KEYS[path.length === 0 ? '' : 'overrides'] ?? [];
      const unknown = issue.keys[0]!;
      const suggestion = nearest(unknown, known);
      return byLang((lang) => t(lang, 'config.unknownKey', { key: unknown, known: known.join(', '), hint: suggestion ? t(lang, 'hint.didYouMean', { suggestion }) : '' }));
    }
    case 'invalid_value':
    case 'invalid_union':
      // A rule's setting is a severity or `[severity, {options}]`; either way the severity is what went wrong.
      return inEveryLang('config.badSetting', { value: String(Array.isArray(value) ? value[0] : value) });
    case 'invalid_format':
    case 'custom':
      return inEveryLang('config.badDate', { value: String(value) });
    case 'invalid_type': {
      const expected = issue.expected === 'record' || issue.expected === 'object' ? 'object' : issue.expected;
      const received = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      return byLang((lang) => t(lang, 'config.type', { key, expected: typeWord(lang, expected), received: typeWord(lang, received) }));
    }
    default:
      return byLang(() => issue.message);
  }
}

function typeWord(lang: Lang, type: string): string {
  const key = `type.${type}`;
  return ['string', 'number', 'boolean', 'array', 'object', 'null'].includes(type) ? t(lang, key as MessageKey) : type;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
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
