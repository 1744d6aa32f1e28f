import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';
import { MAX_CACHE_BYTES } from '../load/limits.js';
import { readLimited } from '../load/read-limited.js';
import { assertWritable, writeFileAtomic, type OwnKind } from '../util/atomic-write.js';
import type { NamedFile } from '../util/same-file.js';
import type { FileResult } from './types.js';

interface CacheFile {
  version: 1;
  entries: Record<string, { key: string; result: Omit<FileResult, 'file'> }>;
}

/** Default place: node_modules/.cache/dekom when there is a node_modules, else .dekomcache. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'dekom', 'cache.json') : path.join(cwd, '.dekomcache');
}

/** A cache file begins as `save` writes it; anything else at the location is someone's file. */
export const CACHE_KIND: OwnKind = { refusal: 'error.notOwnCache', recognises: ({ head }) => /^\{"version":1,"entries":\{/.test(head) };

/**
 * Results keyed by the file's content and everything else that shapes them (version,
 * rule settings, language, today), so a hit is exactly what a fresh check would say.
 */
export class ResultCache {
  private readonly data: CacheFile;
  private readonly touched = new Set<string>();
  private dirty = false;

  /** Refuses a location that holds a plan or any file that is not a cache before a file is checked. */
  constructor(
    private readonly location: string,
    private readonly inputs: readonly NamedFile[] = [],
    private readonly display = location,
  ) {
    assertWritable(location, { force: true, inputs, display, option: '--cache-location', ownKind: CACHE_KIND });
    this.data = ResultCache.read(location);
  }

  private static read(location: string): CacheFile {
    try {
      // A cache past its limit is rebuilt, as a damaged one is: it only saves time.
      const read = readLimited(location, MAX_CACHE_BYTES);
      if (!('bytes' in read)) return { version: 1, entries: {} };
      const parsed = JSON.parse(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString('utf8')) as CacheFile;
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
    try {
      mkdirSync(path.dirname(this.location), { recursive: true });
    } catch (error) {
      // `plan.yaml/cache.json`: a file where a folder is needed on the way.
      const code = (error as NodeJS.ErrnoException).code;
      throw new DekomError('error.write', { path: this.display, reason: code === 'EEXIST' ? 'ENOTDIR' : (code ?? String(error)) });
    }
    writeFileAtomic(this.location, JSON.stringify(this.data), { force: true, inputs: this.inputs, display: this.display, option: '--cache-location', ownKind: CACHE_KIND });
  }
}
