import path from 'node:path';
import { configLookup, settingsFor } from '../config/settings.js';
import { isKind, type Kind } from '../kinds/index.js';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { oversizedSource, parseSource, type Source } from '../load/source.js';
import { isRecord } from '../model/walk.js';
import { checkSource } from './engine.js';
import { KNOWN_RULES } from './registry.js';
import type { FileResult, MessageLang } from './types.js';

export interface OpenOptions {
  cwd: string;
  lang: MessageLang;
  /** The day `overdue` compares with; else the config's `today`, else `fallbackToday`, else the real date. */
  today?: string;
  fallbackToday?: string;
  /** One config instead of the nearest `dekom.config.yaml` above the plan. */
  configFile?: string;
  /** The plan's content, when it is already in hand (a plan just written); else the file is read. */
  bytes?: Uint8Array;
}

export interface OpenedPlan {
  source: Source;
  result: FileResult;
  /** The plan's data, when it is a mapping of a known kind. */
  plan?: Record<string, unknown>;
  kind?: Kind;
}

/**
 * A plan opened as `dekom check` opens it: read, its config found upward from its folder,
 * parsed and checked. `render` and `init` open plans this way too, so the three never
 * disagree about the same file.
 */
export function openPlan(file: string, display: string, options: OpenOptions): OpenedPlan {
  const absolute = path.resolve(options.cwd, file);
  const config = configLookup({ cwd: options.cwd, knownRules: KNOWN_RULES, ...(options.configFile ? { configFile: options.configFile } : {}) })(absolute);
  const settings = settingsFor(absolute, config, options);
  const source = options.bytes ? parseSource(options.bytes) : readSource(absolute, display);
  const result = checkSource(display, source, { lang: options.lang, ...settings });
  const data = source.data;
  const kind = isRecord(data) ? data['type'] : undefined;
  return isRecord(data) && isKind(kind) ? { source, result, plan: data, kind } : { source, result };
}

function readSource(absolute: string, display: string): Source {
  const read = readInputFile(absolute, display, MAX_PLAN_BYTES);
  return 'bytes' in read ? parseSource(read.bytes) : oversizedSource(read.size, read.head);
}
