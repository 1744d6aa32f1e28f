import { VERSION } from '../version.js';

/** `dekom --version` alone: answered before the command line (commander, messages, kinds) is loaded. */
const VERSION_FLAGS = new Set(['--version', '-V']);

/** The entry `bin/dekom.js` loads: binds `main` to the real process. */
export async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && VERSION_FLAGS.has(argv[0]!)) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // A reader that stops early (`dekom check | head`) closes the pipe: not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  const { main } = await import('./main.js');
  const code = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  });
  // exitCode, not exit(): piped output of a large report is flushed before the process ends.
  process.exitCode = code;
}
