import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers.js';

/** Runs the built CLI with `stdin` as its standard input; resolves with the exit code, stderr and the time it took. */
function dekomWithStdin(args: string[], stdin: number | 'pipe', feed?: (input: NodeJS.WritableStream) => void): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: [stdin, 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (feed && child.stdin) feed(child.stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started })));
}

describe('standard input without end', () => {
  it('`yes | dekom check -` stops at the size limit: exit 2 with a message, quickly', async () => {
    const result = await dekomWithStdin(['check', '-'], 'pipe', (input) => {
      const line = Buffer.from('tittel: ja\n'.repeat(4096));
      const more = () => {
        while (input.write(line));
        input.once('drain', more);
      };
      input.on('error', () => {}); // the reader has stopped: that is the point
      more();
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: Standard inn ga mer enn \d+ MB; en plan er sjelden over 100 kB\. dekom sluttet å lese der\./);
    expect(result.ms).toBeLessThan(15_000);
  });

  it('/dev/zero as standard input, too', async () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = await dekomWithStdin(['check', '-', '--lang', 'en'], zero);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^dekom: Standard input gave more than \d+ MB/);
    } finally {
      closeSync(zero);
    }
  });
});
