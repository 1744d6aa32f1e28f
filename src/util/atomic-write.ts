import { randomUUID } from 'node:crypto';
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, linkSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DekomError } from '../errors.js';
import type { MessageKey } from '../messages/catalogue.js';
import { sameAsAny, writeTarget, type InputFiles, type NamedFile } from './same-file.js';

/** The start and end of a file, enough to tell what wrote it without reading all of it. */
export interface FileSample {
  head: string;
  tail: string;
}

/** A kind of file a writer makes, and so may replace run after run: its report, cache, draft. */
export interface OwnKind {
  /** The message when the file is something else: names the kind and the way out. */
  refusal: MessageKey;
  recognises(sample: FileSample): boolean;
}

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error (exit 2). */
  force?: boolean;
  /** Name shown in messages. */
  display?: string;
  /** The option that named the file (`--output`), for messages. */
  option?: string;
  /** Files the command reads: the target may be none of them, by whatever name or link (exit 2). */
  inputs?: readonly NamedFile[] | InputFiles;
  /** With force, an existing file is replaced only when it is of this kind (or empty). */
  ownKind?: OwnKind;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Says why `target` may not be written, before any work is done: it is one of the inputs,
 * a folder, an existing file without force, or with force a file of another kind.
 */
export function assertWritable(target: string, options: WriteOptions = {}): void {
  const display = options.display ?? target;
  const input = options.inputs && sameAsAny(target, options.inputs);
  if (input) {
    throw options.option
      ? new DekomError('error.optionIsInput', { option: options.option, path: display, input: input.display })
      : new DekomError('error.outputIsInput', { path: display, input: input.display });
  }
  const real = writeTarget(target);
  let stats;
  try {
    stats = statSync(real, { throwIfNoEntry: false });
  } catch (error) {
    throw writeError(error, display);
  }
  if (!stats) return;
  if (stats.isDirectory()) throw new DekomError('error.write', { path: display, reason: 'EISDIR' });
  if (!options.force) throw new DekomError('error.exists', { path: display });
  if (!stats.isFile() || stats.size === 0 || !options.ownKind) return;
  if (!options.ownKind.recognises(sampleOf(real))) throw new DekomError(options.ownKind.refusal, { path: display });
}

/**
 * Writes through a temporary file in the same folder and moves it into place, so an
 * interrupted write never leaves half a document where a good one was. A symbolic link
 * is written through, and stays a link.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const display = options.display ?? target;
  assertWritable(target, options);
  const real = writeTarget(target);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const existing = statSync(real, { throwIfNoEntry: false });
  // A pipe or a device (`-o /dev/stdout`) has no folder to swap a file into: write to it as a shell would.
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(real, bytes);
      return;
    } catch (error) {
      throw writeError(error, display);
    }
  }
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, bytes);
      // A replaced file keeps its permissions; a new one gets the umask's.
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) renameSync(temporary, real);
    else {
      // link() refuses an existing target, so a file created since the check above is kept.
      linkSync(temporary, real);
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw writeError(error, display);
  }
}

function writeError(error: unknown, display: string): DekomError {
  if (error instanceof DekomError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return new DekomError('error.exists', { path: display });
  return new DekomError('error.write', { path: display, reason: code ?? String(error) });
}

/** The first and last bytes of a regular file, as text; a file that cannot be read gives nothing to recognise. */
function sampleOf(file: string): FileSample {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const headLength = readSync(fd, head, 0, head.length, 0);
    const headText = head.subarray(0, headLength).toString('utf8');
    if (size <= headLength) return { head: headText, tail: headText };
    const tail = Buffer.alloc(Math.min(size, 4096));
    const tailLength = readSync(fd, tail, 0, tail.length, size - tail.length);
    return { head: headText, tail: tail.subarray(0, tailLength).toString('utf8') };
  } catch {
    return { head: '', tail: '' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
