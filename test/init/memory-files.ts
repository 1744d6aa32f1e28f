import { DekomError } from '../../src/errors.js';
import type { Files } from '../../src/init/files.js';

/** A file system in a map, with a log of writes: drafts are seen as they are saved. */
export function memoryFiles(initial: Record<string, string> = {}): Files & { data: Map<string, string>; writes: string[] } {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    data,
    writes,
    exists: (file) => data.has(file),
    read: (file) => data.get(file),
    write(file, text, { force, display }) {
      if (!force && data.has(file)) throw new DekomError('error.exists', { path: display });
      data.set(file, text);
      writes.push(file);
    },
    remove(file) {
      data.delete(file);
    },
  };
}
