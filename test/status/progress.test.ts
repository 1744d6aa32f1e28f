import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers.js';

/** `main` with standard error on a terminal, as a person running `dekom status` sees it. */
async function onTerminal(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: true,
    stdinIsTTY: false,
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

describe('the progress line of dekom status', () => {
  it('counts the plans on a terminal for a large run, and clears itself; none in CI or for few plans', async () => {
    const { dir, cleanup } = tempDir();
    try {
      // Small drafts: the line is about how many plans, not how long each takes.
      for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(3, '0')}.yaml`), `dekom: 1\ntype: skoleplan\ntittel: Plan ${i}\norganisasjon: Skole ${i}\n`);
      const run = await onTerminal(['status', '.', '--today', '2026-11-24', '--format', 'json', '--concurrency', '1'], dir);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/\rLeser planer: 100 av 100\u001b\[K/);
      expect(run.stderr.endsWith('\r\u001b[K')).toBe(true);
      expect(JSON.parse(run.stdout).plans).toHaveLength(100);
      expect((await onTerminal(['status', '.', '--today', '2026-11-24', '--format', 'json'], dir, { CI: 'true' })).stderr).toBe('');
      expect((await onTerminal(['status', 'plan-000.yaml', '--today', '2026-11-24'], dir)).stderr).toBe('');
    } finally {
      cleanup();
    }
  });
});
