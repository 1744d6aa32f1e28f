import { describe, expect, it } from 'vitest';
import { colourLevel, type Io } from '../../src/util/io.js';

const io = (env: Record<string, string>): Io => ({
  cwd: '/',
  env,
  stdout: () => {},
  stderr: () => {},
  stdoutIsTTY: true,
  stderrIsTTY: true,
  stdinIsTTY: true,
  readStdin: async () => new Uint8Array(),
});

describe('colour follows chalk’s conventions', () => {
  it.each([
    [{}, true, 2],
    [{ COLORTERM: 'truecolor' }, true, 3],
    [{}, false, 0],
    [{ TERM: 'dumb' }, true, 0],
    [{ NO_COLOR: '1' }, true, 0],
    [{ NO_COLOR: '' }, true, 2],
    [{ FORCE_COLOR: '1' }, false, 1],
    [{ FORCE_COLOR: '3' }, false, 3],
    [{ FORCE_COLOR: '0' }, true, 0],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, 0],
  ] as const)('%j on a terminal: %s → level %i', (env, tty, level) => {
    expect(colourLevel(io(env), tty)).toBe(level);
  });
});
