import { exitWithoutTerminal } from './closed-terminal.js';
import { main } from './main.js';

/** The entry `bin/dekom.js` loads: binds `main` to the real process. */
export async function run(): Promise<void> {
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
  const code = await main(process.argv.slice(2), {
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
