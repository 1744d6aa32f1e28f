/** A file name as a shell takes it in a command to copy: quoted when it holds more than plain path characters. */
export function shellWord(file: string): string {
  return /^[\p{L}\p{N}_./@:+-]+$/u.test(file) ? file : `"${file.replace(/["\\$`]/g, '\\$&')}"`;
}
