import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { DekomError } from '../errors.js';

/** What a file is when it is not a regular file: said by name, since "cannot read" helps no one. */
export type NonRegularKind = 'folder' | 'fifo' | 'socket' | 'device';

/** A path that names something other than a regular file: reading it could block forever or never end. */
export class NotRegularFile extends Error {
  constructor(readonly what: NonRegularKind) {
    super(`not a regular file (${what})`);
    this.name = 'NotRegularFile';
  }
}

/** The file's bytes; or, past the limit, its size and its first bytes (enough to tell whether it is a plan). */
export type LimitedRead = { bytes: Uint8Array } | { tooLarge: true; size: number; head: Uint8Array };

/** The first bytes kept of a file that is too large, as `looksLikePlan` reads them. */
const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;

function kindOf(stats: Stats): NonRegularKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'device';
}

/**
 * Reads a regular file of at most `limit` bytes. Anything else is refused before it is
 * opened for reading (a named pipe would block, `/dev/zero` would never end); a file past
 * the limit is not read beyond its first bytes, even one that grows while it is read.
 * System errors (ENOENT, ELOOP, EACCES) are thrown as they are.
 */
export function readLimited(file: string, limit: number): LimitedRead {
  const before = kindOf(statSync(file));
  if (before) throw new NotRegularFile(before);
  // O_NONBLOCK: if the path was swapped for a pipe since the check, opening does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    const now = kindOf(stats);
    if (now) throw new NotRegularFile(now);
    if (stats.size > limit) return { tooLarge: true, size: stats.size, head: readHead(fd) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total) || 1);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) {
        const all = Buffer.concat(chunks);
        return { tooLarge: true, size: total, head: all.subarray(0, HEAD_BYTES) };
      }
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

function readHead(fd: number): Uint8Array {
  const head = Buffer.alloc(HEAD_BYTES);
  return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
}

/**
 * `readLimited` for a file the user named, with every failure as the message they see:
 * missing, unreadable (with the reason), or not a regular file (saying what it is).
 */
export function readInputFile(file: string, display: string, limit: number): LimitedRead {
  try {
    return readLimited(file, limit);
  } catch (error) {
    throw inputError(error, display);
  }
}

/** A failure to read `display` as the message the user sees. */
export function inputError(error: unknown, display: string): unknown {
  if (error instanceof NotRegularFile) {
    if (error.what === 'folder') return new DekomError('error.unreadable', { path: display, reason: 'EISDIR' });
    return new DekomError(`error.notRegular.${error.what}`, { path: display });
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DekomError('error.notFound', { path: display });
  if (code === undefined) return error;
  return new DekomError('error.unreadable', { path: display, reason: code });
}
