import { main } from './main.js';

/** The entry `bin/dekom.js` loads: binds `main` to the real process. */
export async function run(): Promise<void> {
  // A reader that stops early (`dekom check | head`) closes the pipe: not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
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
