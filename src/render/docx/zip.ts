import { Packer, type Document } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';

type Parts = Map<string, string | Uint8Array>;
interface PackerInternals {
  compiler?: { compile?: (file: Document) => Parts };
}

/**
 * The .docx bytes of a document. docx zips its parts with fflate, in JavaScript, which in
 * a one-shot command costs more than building the whole document; Node's zlib does the
 * same work natively. docx's compiler is not public API, so any change to it falls back
 * to docx's own packing rather than breaking.
 */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const compiler = (Packer as unknown as PackerInternals).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(document);
  const parts = compiler.compile(document);
  // Readers that sniff a package look for the content types first, as Word writes them.
  const first = ['[Content_Types].xml', '_rels/.rels'].filter((name) => parts.has(name));
  return zip(new Map([...first.map((name) => [name, parts.get(name)!] as const), ...[...parts].filter(([name]) => !first.includes(name))]));
}

/** 1980-01-01 00:00, the zip epoch: the archive does not change with the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive of deflated entries, in the given order, as the OOXML packaging spec needs. */
export function zip(parts: Parts): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const packed = deflateRawSync(data, { level: 6 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);

    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0, deflate
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, fileName, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    // extra, comment, disk, internal and external attributes stay 0
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);

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
