import { MAX_PLAN_BYTES } from './limits.js';
import type { Position, SyntaxFault } from './source.js';
import { isWordDocument } from './word.js';

/** Byte-order marks of the encodings an editor may save in instead of UTF-8; UTF-32 first, as its LE mark starts like UTF-16's. */
const BOMS: ReadonlyArray<[string, readonly number[]]> = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

/** Where a file that holds NUL bytes from the start is taken for binary, not for text with a stray NUL. */
const BINARY_HEAD = 8192;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * The text of a plan file, or why it cannot be read as text: a Word document (said as
 * such, with the way in), too large, binary, a NUL byte somewhere, saved as UTF-16 or UTF-32, or not valid UTF-8, with where it goes wrong.
 */
export function decode(bytes: Uint8Array, maxBytes = MAX_PLAN_BYTES): { text: string } | { fault: SyntaxFault } {
  if (isWordDocument(bytes)) return { fault: { kind: 'word' } };
  if (bytes.byteLength > maxBytes) return { fault: { kind: 'too-large', bytes: bytes.byteLength } };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = BOMS.find(([, mark]) => mark.every((byte, index) => view[index] === byte));
  if (bom) return { fault: { kind: 'encoding', encoding: bom[0] } };
  const nul = view.indexOf(0);
  if (nul >= 0) {
    const wide = utf16WithoutBom(view);
    if (wide) return { fault: { kind: 'encoding', encoding: wide } };
    if (nul < BINARY_HEAD) return { fault: { kind: 'binary' } };
    return { fault: { kind: 'nul', position: positionAtByte(view, nul) } };
  }
  try {
    // TextDecoder drops a leading BOM, so line 1 column 1 stays where editors show it.
    return { text: utf8.decode(view) };
  } catch {
    return { fault: { kind: 'encoding', firstInvalid: positionAtByte(view, firstInvalidUtf8(view)) } };
  }
}

/**
 * A file saved with classic Mac line endings (CR alone) is one long line to YAML. Such a
 * file has no LF at all; each CR becomes one, which keeps every offset where it was.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') && !text.includes('\n') ? text.replace(/\r/g, '\n') : text;
}

/** Plain text saved as UTF-16 without a mark: every other byte of the start is NUL. */
function utf16WithoutBom(view: Buffer): string | undefined {
  const sample = view.subarray(0, Math.min(view.length, 512) & ~1);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) even++;
    if (sample[index + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.9 && even === 0) return 'UTF-16LE';
  if (even > pairs * 0.9 && odd === 0) return 'UTF-16BE';
  return undefined;
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(view: Buffer): number {
  let index = 0;
  while (index < view.length) {
    const byte = view[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= view.length || (view[index + next]! & 0xc0) !== 0x80) return index;
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    const second = view[index + 1]!;
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return index;
}

/** Line and column (in UTF-16 units, as for every other position) of a byte offset. */
function positionAtByte(view: Buffer, offset: number): Position {
  const before = view.subarray(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let at = before.indexOf(0x0a); at >= 0; at = before.indexOf(0x0a, at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: lenient.decode(before.subarray(lineStart)).length + 1 };
}
