import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { FileResult } from './types.js';

interface CacheFile {
  version: 1;
  entries: Record<string, { key: string; result: Omit<FileResult, 'file'> }>;
}

/** Default place: node_modules/.cache/dekom when there is a node_modules, else .dekomcache. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'dekom', 'cache.json') : path.join(cwd, '.dekomcache');
}

/**
 * Results keyed by the file's content and everything else that shapes them (version,
 * rule settings, language, today), so a hit is exactly what a fresh check would say.
 */
export class ResultCache {
  private readonly data: CacheFile;
  private readonly touched = new Set<string>();
  private dirty = false;

  constructor(private readonly location: string) {
    this.data = ResultCache.read(location);
  }

  private static read(location: string): CacheFile {
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed.version === 1 && typeof parsed.entries === 'object') return parsed;
    } catch {
      // A missing or damaged cache is an empty one.
    }
    return { version: 1, entries: {} };
  }

  static key(bytes: Uint8Array, settings: string): string {
    return createHash('sha1').update(settings).update('\0').update(bytes).digest('hex');
  }

  get(absolute: string, key: string, file: string): FileResult | undefined {
    const entry = this.data.entries[absolute];
    if (!entry || entry.key !== key) return undefined;
    this.touched.add(absolute);
    return { file, ...entry.result };
  }

  set(absolute: string, key: string, result: FileResult): void {
    const { file: _file, ...rest } = result;
    this.data.entries[absolute] = { key, result: rest };
    this.touched.add(absolute);
    this.dirty = true;
  }

  /** Writes the cache, dropping entries of files that are gone so it does not grow forever. */
  save(): void {
    for (const absolute of Object.keys(this.data.entries)) {
      if (this.touched.has(absolute) || existsSync(absolute)) continue;
      delete this.data.entries[absolute];
      this.dirty = true;
    }
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    writeFileAtomic(this.location, JSON.stringify(this.data), { force: true });
  }
}
