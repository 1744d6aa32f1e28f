import { VERSION } from '../version.js';
import { exitWithoutTerminal } from './closed-terminal.js';

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
  // A terminal closed under us (EIO) has nobody left to tell: the command could not finish.
  let terminalGone = false;
  const gone = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    if (error.code !== 'EIO') throw error;
    // Let the command finish what it keeps (init's draft) as after a hang-up; then end without the terminal.
    if (!terminalGone) process.emit('SIGHUP', 'SIGHUP');
    terminalGone = true;
  };
  process.stdout.on('error', gone);
  process.stderr.on('error', gone);
  const { main } = await import('./main.js');
  const code = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin: (maxBytes) => readLimitedStream(process.stdin, maxBytes),
  });
  if (terminalGone) exitWithoutTerminal(code === 0 ? 2 : code);
  // exitCode, not exit(): piped output of a large report is flushed before the process ends.
  process.exitCode = code;
}

/** A stream's bytes up to `maxBytes` and one more; past that it is left unread and closed. */
async function readLimitedStream(stream: NodeJS.ReadStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      return Buffer.concat(chunks).subarray(0, maxBytes + 1);
    }
  }
  return Buffer.concat(chunks, total);
}
