import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error (exit 2). */
  force?: boolean;
  /** Name shown in messages. */
  display?: string;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so an
 * interrupted write never leaves half a document where a good one was.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const display = options.display ?? target;
  if (!options.force && existsSync(target)) throw new DekomError('error.exists', { path: display });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    if (error instanceof DekomError) throw error;
    throw new DekomError('error.write', { path: display, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
