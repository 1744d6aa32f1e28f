import { closeSync } from 'node:fs';

/**
 * Ends the process after its terminal was closed. On exit Node restores the terminal's
 * settings and aborts (SIGABRT) when the terminal is gone; it skips descriptors that
 * are closed, so they are closed first. Nothing can be shown any more anyway.
 */
export function exitWithoutTerminal(code: number): never {
  for (const fd of [0, 1, 2]) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
  process.exit(code);
}

/** The raw-mode switch of a terminal input, made to report a closed terminal instead of throwing an 'error' nobody handles. */
export function quietRawMode(input: NodeJS.ReadStream, onGone: () => void): () => void {
  const original = input.setRawMode;
  if (typeof original !== 'function') return () => {};
  const handle = (input as unknown as { _handle?: { setRawMode?(flag: boolean): number } })._handle;
  if (typeof handle?.setRawMode !== 'function') return () => {};
  // readline switches raw mode off as it closes; on a hung-up terminal that fails with EIO,
  // which Node emits as an 'error' on the stream that readline passes on unhandled.
  input.setRawMode = function setRawMode(flag: boolean) {
    const failed = handle.setRawMode!(Boolean(flag));
    if (failed) onGone();
    else input.isRaw = Boolean(flag);
    return input;
  };
  return () => {
    input.setRawMode = original;
  };
}
