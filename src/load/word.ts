/** Whether the bytes are a Word document: a .docx package (a zip holding word/), or an older .doc (an OLE file). */
export function isWordDocument(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return true;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  // The zip's entry names are plain text in its headers and directory.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/');
}
