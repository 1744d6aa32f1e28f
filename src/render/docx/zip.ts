import { Packer, type Document } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';
import { xmlSafe } from './xml-safe.js';

/** The files of an OOXML package by name, as docx's compiler hands them over. */
type PackageParts = Map<string, string | Uint8Array>;
interface PackerInternals {
  compiler?: { compile?: (file: Document) => PackageParts };
}

/** What the package says about itself that docx writes from the clock or not at all. */
export interface CoreStamp {
  /** ISO day the document is dated; created and modified are that day at midnight UTC. */
  date: string;
  /** BCP 47 language, as `dc:language`. */
  language: string;
}

/**
 * The .docx bytes of a document. docx zips its parts with fflate, in JavaScript, which in
 * a one-shot command costs more than building the whole document; Node's zlib does the
 * same work natively. docx's compiler is not public API, so any change to it falls back
 * to docx's own packing rather than breaking. `edit` changes parts by name.
 */
export async function packDocx(document: Document, stamp: CoreStamp, edit: Readonly<Record<string, (xml: string) => string>> = {}): Promise<Uint8Array> {
  const compiler = (Packer as unknown as PackerInternals).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(document);
  const parts = compiler.compile(document);
  // The document's title and author come from the plan: what XML forbids must not reach any part.
  for (const [name, content] of parts) if (typeof content === 'string') parts.set(name, xmlSafe(content));
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') parts.set('docProps/core.xml', stampCore(core, stamp));
  // Parts docx writes without what the document needs in them, such as an empty font table.
  for (const [name, change] of Object.entries(edit)) {
    const xml = parts.get(name);
    if (typeof xml === 'string') parts.set(name, change(xml));
  }
  numberLinkIds(parts);
  // Readers that sniff a package look for the content types first, as Word writes them.
  const first = ['[Content_Types].xml', '_rels/.rels'].filter((name) => parts.has(name));
  return zip(new Map([...first.map((name) => [name, parts.get(name)!] as const), ...[...parts].filter(([name]) => !first.includes(name))]));
}

/**
 * docx stamps created and modified with the current time and has no option for the
 * language; the rendered day instead makes two renders of one plan byte-identical.
 */
export function stampCore(xml: string, stamp: CoreStamp): string {
  const when = `${stamp.date}T00:00:00Z`;
  const dated = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${when}$3`);
  if (dated.includes('<dc:language>')) return dated;
  return dated.replace('</cp:coreProperties>', `<dc:language>${stamp.language}</dc:language></cp:coreProperties>`);
}

/**
 * docx names each hyperlink's relationship with a random id; numbering them in the order
 * they appear keeps the package the same from one render to the next.
 */
function numberLinkIds(parts: PackageParts): void {
  const ids = new Map<string, string>();
  for (const [name, content] of parts) {
    if (!name.endsWith('.rels') || typeof content !== 'string') continue;
    for (const [, id] of content.matchAll(/\bId="(rId[\w-]{12,})"/g)) ids.set(id!, `rIdLink${ids.size + 1}`);
  }
  if (ids.size === 0) return;
  const pattern = new RegExp(`"(${[...ids.keys()].join('|')})"`, 'g');
  for (const [name, content] of parts) {
    if (typeof content === 'string') parts.set(name, content.replace(pattern, (_whole, id: string) => `"${ids.get(id)}"`));
  }
}

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

/** A zip archive of deflated entries, in the given order, as the OOXML packaging spec needs. */
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
