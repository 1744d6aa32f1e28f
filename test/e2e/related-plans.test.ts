import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dekomInProcess, tempDir } from '../helpers.js';
import { fixture } from '../rules/support.js';

interface Json {
  files: Array<{ file: string; problems: Array<{ rule: string; path: string; line: number; message: string }> }>;
}

describe('an innstilling checked against the long-term plan it names by file', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(path.join(dir, 'langsiktig.yaml'), fixture('innstilling-anchored', 'langsiktig'));
    writeFileSync(path.join(dir, 'innstilling-2027.yaml'), fixture('innstilling-anchored', 'fail'));
  });
  afterEach(() => cleanup());

  const anchored = async (args: string[]) => {
    const { stdout } = await dekomInProcess(['check', '.', '--format', 'json', '--today', '2026-11-24', ...args], { cwd: dir });
    return (JSON.parse(stdout) as Json).files.flatMap((file) => file.problems.filter((p) => p.rule === 'innstilling-anchored').map((p) => `${file.file} ${p.line} ${p.path}`));
  };

  it('warns at the theme outside the priorities, and not once the long-term plan takes it up, with --cache too', async () => {
    expect(await anchored(['--cache'])).toEqual(['innstilling-2027.yaml 86 tiltak[1].tema']);
    const longTerm = path.join(dir, 'langsiktig.yaml');
    writeFileSync(longTerm, readFileSync(longTerm, 'utf8').replace('    område: Lesing i alle fag', '    område: Lesing i alle fag og digital kompetanse'));
    expect(await anchored(['--cache'])).toEqual([]);
  });

  it('prints the warning in the terminal format with the file, line and column', async () => {
    const { code, stdout } = await dekomInProcess(['check', 'innstilling-2027.yaml', '--today', '2026-11-24'], { cwd: dir });
    expect(stdout).toContain('86:11  advarsel  «Språkmiljø i barnehagene» har tema «Digital kompetanse», som ikke er blant prioriteringene i langsiktig.yaml');
    expect(code).toBe(0);
  });
});
