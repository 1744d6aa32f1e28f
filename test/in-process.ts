import { main } from '../src/cli/main.js';
import type { CliResult } from './helpers.js';

/**
 * Runs `dekom` in this process through `main`, as the binary would with no terminal and
 * no colour: the fast way to see what a user sees (stdout, stderr, exit code, files).
 */
export async function runMain(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; stdin?: string | Uint8Array } = { cwd: process.cwd() },
): Promise<CliResult & { code: number }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : (options.stdin ?? new Uint8Array())),
  });
  return { code, stdout, stderr };
}
