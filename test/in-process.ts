import { main } from '../src/cli/main.js';
import type { CliResult } from './helpers.js';

/**
 * Runs dekom in this process through `main(argv, io)`, as the binary would with no
 * terminal: the same exit code, standard output and standard error, without a new Node.
 */
export async function runMain(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; stdin?: string | Uint8Array } = { cwd: process.cwd() },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: { ...options.env },
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
