import { inflateRawSync } from 'node:zlib';
import { MAX_WORD_PART_BYTES } from '../../load/limits.js';
import { ImportError } from '../errors.js';

/** The files of a zip archive by name, each inflated only when asked for. */
export interface Archive {
  has(name: string): boolean;
  text(name: string): string | undefined;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Reads a zip archive's central directory, as a .docx is one. Node's zlib inflates the
 * entries; the directory is a few fixed-size records, so no library is needed to find them.
 */
export function readArchive(bytes: Uint8Array, display: string): Archive {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(buffer);
  if (end < 0) throw new ImportError('notZip', { file: display });
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, { method: number; packed: number; size: number; offset: number }>();
  for (let index = 0; index < count; index++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ImportError('notZip', { file: display });
    const method = buffer.readUInt16LE(at + 10);
    const packed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, packed, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    has: (name) => entries.has(name),
    text(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (entry.size > MAX_WORD_PART_BYTES || entry.offset + 30 > buffer.length || buffer.readUInt32LE(entry.offset) !== LOCAL_HEADER) {
        throw new ImportError('notDocx', { file: display });
      }
      const start = entry.offset + 30 + buffer.readUInt16LE(entry.offset + 26) + buffer.readUInt16LE(entry.offset + 28);
      const data = buffer.subarray(start, start + entry.packed);
      try {
        if (entry.method === 0) return data.toString('utf8');
        if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_WORD_PART_BYTES }).toString('utf8');
      } catch {
        throw new ImportError('notDocx', { file: display });
      }
      throw new ImportError('notDocx', { file: display });
    },
  };
}

/** The end-of-directory record, searched from the end past a comment of up to 64 kB. */
function findEnd(buffer: Buffer): number {
  const last = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= last; at--) if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  return -1;
}
