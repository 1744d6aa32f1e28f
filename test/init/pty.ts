import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN } from '../helpers.js';

const RELAY = fileURLToPath(new URL('pty-relay.py', import.meta.url));

/** Why the terminal tests cannot run here, or undefined when they can. */
export function ptyUnavailable(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { encoding: 'utf8' });
  if (probe.error) return 'python3 is not installed';
  if (probe.status !== 0) return 'python3 has no pty module on this system';
  return undefined;
}

/** Terminal output as a person reads it: colours and cursor movements removed. */
export function visible(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r/g, '');
}

export const KEY = { enter: '\r', ctrlC: '\x03', down: '\x1b[B', space: ' ' } as const;

/**
 * The built CLI in a real pseudo-terminal: what it prints is read as it comes, and keys
 * are typed only once the text they answer is on the screen.
 */
export class PtySession {
  private raw = '';
  private seen = 0;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<number | null>;

  constructor(args: readonly string[], options: { cwd: string }) {
    this.child = spawn('python3', [RELAY, process.execPath, BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8' },
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.raw += chunk;
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.raw += chunk;
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far. */
  get screen(): string {
    return visible(this.raw);
  }

  /**
   * Waits until `text` appears after what was already waited for. Whitespace is left out
   * on both sides, since the prompts wrap long lines at the terminal's width.
   */
  async waitFor(text: string, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout;
    const wanted = text.replace(/\s+/g, '');
    for (;;) {
      const at = this.screen.replace(/\s+/g, '').indexOf(wanted, this.seen);
      if (at >= 0) {
        this.seen = at + wanted.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen ends with:\n${this.screen.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the question, then types the answer and Enter. */
  async answer(question: string, typed: string): Promise<void> {
    await this.waitFor(question);
    this.type(typed + KEY.enter);
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Closes the terminal, as when its window is closed: the program gets SIGHUP. */
  hangUp(): void {
    this.child.stdin.end();
  }

  exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    this.child.kill();
  }
}
