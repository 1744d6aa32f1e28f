import { readFileSync } from 'node:fs';
import { DekomError } from '../errors.js';

/** A file a command was given, or the message that says why it cannot be read (exit 2). */
export function readInput(absolute: string, display: string): Uint8Array {
  try {
    return readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DekomError('error.notFound', { path: display });
    throw new DekomError('error.unreadable', { path: display, reason: code ?? String(error) });
  }
}
