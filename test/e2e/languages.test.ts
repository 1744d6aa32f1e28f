import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMain } from '../in-process.js';

const run = (args: readonly string[], env: Record<string, string> = {}) => runMain(args, { cwd: ROOT, env });

describe('dekom without a command', () => {
  it('prints the help on stderr and exits 2, with nothing after it', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Bruk: dekom \[valg\] \[kommando\]\n/);
    expect(result.stderr).not.toContain('outputHelp');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Avslutningskoder: 0 ingen feil, 1 planen har feil, 2 kommandoen kunne ikke kjøre.');
  });

  it('does the same as the built binary', () => {
    const result = spawnSync(process.execPath, [BIN], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Kommandoer:');
    expect(result.stderr).not.toMatch(/outputHelp|dekom:/);
  });
});

describe('dekom help', () => {
  it('alone prints the help on stdout and exits 0', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('help [kommando]  ');
    expect(result.stdout).toContain('vis hjelp for en kommando');
    expect(result.stderr).toBe('');
  });

  it('<command> prints that command\'s help, as --help does', async () => {
    const viaHelp = await run(['help', 'check']);
    const viaFlag = await run(['check', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toMatch(/^Bruk: dekom check \[valg\] \[paths\.\.\.\]/);
  });

  it('names an unknown command and suggests the nearest', async () => {
    const result = await run(['help', 'rendr']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dekom: Ukjent kommando «rendr». Mente du render? Se «dekom --help».\n');
  });
});

describe("commander's own words", () => {
  it('are bokmål, nynorsk or English with the reader', async () => {
    const nb = await run(['render', '--help']);
    expect(nb.stdout).toMatch(/^Bruk: dekom render \[valg\] <file\.\.\.>/);
    expect(nb.stdout).toContain('\nArgumenter:\n');
    expect(nb.stdout).toContain('\nValg:\n');
    expect(nb.stdout).toContain('\nFelles valg:\n');
    expect(nb.stdout).not.toMatch(/\[options\]|Usage:|Options:|display help/);

    const nn = await run(['render', '--help', '--lang', 'nn']);
    expect(nn.stdout).toMatch(/^Bruk: dekom render \[val\] <file\.\.\.>/);
    expect(nn.stdout).toContain('\nVal:\n');
    expect(nn.stdout).toContain('gjer ein plan om til Markdown eller Word');

    const en = await run(['render', '--help'], { DEKOM_LANG: 'en' });
    expect(en.stdout).toMatch(/^Usage: dekom render \[options\] <file\.\.\.>/);
    expect(en.stdout).toContain('\nOptions:\n');
  });

  it('tell a parse error in nynorsk under --lang nn', async () => {
    const unknown = await run(['check', '--quite', '--lang', 'nn']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('dekom: Ukjent val --quite. Meinte du --quiet? Sjå «dekom check --help».\n');
    const missing = await run(['render'], { DEKOM_LANG: 'nn' });
    expect(missing.stderr).toBe('dekom: Manglar file. Sjå «dekom render --help».\n');
  });
});

describe('--lang nn in the terminal', () => {
  it('reports check problems in nynorsk, summary and messages alike', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const plan = path.join(dir, 'plan.yaml');
      writeFileSync(plan, 'dekom: 1\ntype: skoleplan\ntittel: Plan\n');
      const result = await runMain(['check', plan, '--lang', 'nn', '--today', '2026-11-24'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Manglar påkravd');
      expect(result.stdout).toMatch(/\d+ problem \(\d+ feil, \d+ åtvaring(ar)?\) i 1 fil/);
      expect(result.stdout).not.toMatch(/Mangler|advarsel/);
    } finally {
      cleanup();
    }
  });

  it('lists the rules in nynorsk, and DEKOM_LANG=nn does the same', async () => {
    const flag = await run(['rules', '--lang', 'nn']);
    const env = await run(['rules'], { DEKOM_LANG: 'nn' });
    expect(flag.stdout).toContain('Ei oppgåve har ingen frist.');
    expect(env.stdout).toBe(flag.stdout);
  });
});
