/** Everything a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /**
   * Standard input, for `dekom check -`, read up to `maxBytes` and one byte more: a longer
   * result says the input goes on, and reading stops there, so an endless stream ends too.
   */
  readStdin(maxBytes: number): Promise<Uint8Array>;
}

/** Colour level for a stream, after chalk's conventions: NO_COLOR wins, FORCE_COLOR forces, else a TTY. */
export function colourLevel(io: Io, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return 0;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (!isTTY || io.env['TERM'] === 'dumb') return 0;
  return io.env['COLORTERM'] === 'truecolor' ? 3 : 2;
}
