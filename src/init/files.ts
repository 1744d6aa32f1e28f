import { existsSync, statSync, unlinkSync } from 'node:fs';
import { MAX_PLAN_BYTES } from '../load/limits.js';
import { readLimited } from '../load/read-limited.js';
import { assertWritable, writeFileAtomic, type OwnKind } from '../util/atomic-write.js';
import type { NamedFile } from '../util/same-file.js';

/** How a file may be written: replacing only with force, never one of the inputs, with force only a file of its kind. */
export interface WriteRules {
  force: boolean;
  display: string;
  inputs?: readonly NamedFile[];
  ownKind?: OwnKind;
}

/** The file system as `init` uses it: tests hand in a map, so drafts are checked without a disk. */
export interface Files {
  exists(file: string): boolean;
  /** Whether the path is a folder: a plan cannot be written there, with or without --force. */
  isFolder(file: string): boolean;
  /** The file's text, or undefined when there is none. */
  read(file: string): string | undefined;
  /**
   * The file's bytes, or undefined when there is none: answers are decoded as `check`
   * decodes a plan. A file larger than any plan is not read; its size is given instead.
   */
  readBytes(file: string): Uint8Array | { tooLarge: number } | undefined;
  /** Writes whole or not at all; refuses to replace a file unless `force`. */
  write(file: string, text: string, options: WriteRules): void;
  /** Says, before any question is asked, why `file` could not be written later. */
  checkWritable?(file: string, options: WriteRules): void;
  remove(file: string): void;
}

export const diskFiles: Files = {
  exists: (file) => existsSync(file),
  isFolder(file) {
    try {
      return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      // A link loop is not a folder; reading it says what it is.
      return false;
    }
  },
  read(file) {
    const bytes = diskFiles.readBytes(file);
    if (bytes !== undefined && 'tooLarge' in bytes) throw new Error(`${file} is larger than any draft`);
    return bytes === undefined ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  },
  readBytes(file) {
    try {
      const read = readLimited(file, MAX_PLAN_BYTES);
      return 'bytes' in read ? read.bytes : { tooLarge: read.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  write: (file, text, options) => writeFileAtomic(file, text, options),
  checkWritable: (file, options) => assertWritable(file, options),
  remove(file) {
    try {
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  },
};
