import { crc32, deflateRawSync } from 'node:zlib';

/** The files of an OOXML package by name, in the order they are stored. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/** 1980-01-01 00:00, the zip epoch: the archive does not change with the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Entry {
  crc: number;
  packed: number;
  size: number;
  nameLength: number;
}

/** The fields a local header and a central directory entry share, from `at` on. */
function writeCommon(buffer: Buffer, at: number, entry: Entry): void {
  buffer.writeUInt16LE(20, at); // version needed: 2.0, deflate
  buffer.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  buffer.writeUInt16LE(8, at + 4); // deflate
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.packed, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(entry.nameLength, at + 22);
}

/**
 * A zip archive of deflated entries, in the given order, as the OOXML packaging spec needs;
 * Node's zlib does the compressing, natively.
 */
export function zip(parts: PackageParts): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const packed = deflateRawSync(data, { level: 6 });
    const fileName = Buffer.from(name, 'utf8');
    const entry: Entry = { crc: crc32(data), packed: packed.length, size: data.length, nameLength: fileName.length };

    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    writeCommon(header, 4, entry);
    local.push(header, fileName, packed);

    // Extra, comment, disk and attributes stay 0.
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by: 2.0
    writeCommon(record, 6, entry);
    record.writeUInt32LE(offset, 42);
    central.push(record, fileName);

    offset += header.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
