import { DekomError } from '../../src/errors.js';
import type { Files } from '../../src/init/files.js';

/**
 * A file system in a map, with a log of writes: drafts are seen as they are saved. Text
 * is kept as given; a `Uint8Array` stands for a file whose bytes matter (a BOM, Latin-1).
 */
export function memoryFiles(
  initial: Record<string, string | Uint8Array> = {},
  folders: readonly string[] = [],
): Files & { data: Map<string, string | Uint8Array>; writes: string[] } {
  const data = new Map(Object.entries(initial));
  const dirs = new Set(folders);
  const writes: string[] = [];
  return {
    data,
    writes,
    exists: (file) => data.has(file) || dirs.has(file),
    isFolder: (file) => dirs.has(file),
    read(file) {
      const content = data.get(file);
      return content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : content;
    },
    readBytes(file) {
      const content = data.get(file);
      return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    },
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
