import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fchmodSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error (exit 2). */
  force?: boolean;
  /** Name shown in messages. */
  display?: string;
}

/**
 * Writes through a temporary file in the same folder and moves it into place, so an
 * interrupted write never leaves half a document where a good one was.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const display = options.display ?? target;
  if (!options.force && existsSync(target)) throw new DekomError('error.exists', { path: display });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      // A replaced file keeps its permissions; a new one gets the umask's.
      if (options.force && existsSync(target)) fchmodSync(fd, statSync(target).mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) renameSync(temporary, target);
    else {
      // link() refuses an existing target, so a file created since the check above is kept.
      linkSync(temporary, target);
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    if (error instanceof DekomError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DekomError('error.exists', { path: display });
    throw new DekomError('error.write', { path: display, reason: code ?? String(error) });
  }
}
