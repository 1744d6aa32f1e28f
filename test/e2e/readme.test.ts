import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dekom, dekomInProcess, tempDir } from '../helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with a Quick start of exactly the two commands', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('---'));
    const commands = [...quickStart.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm ci && npx dekom check examples', 'npm ci && npm test']);
  });

  it('shows exactly what check prints for the drafts', () => {
    const sample = /```console\n\$ npx (dekom check test\/fixtures\/draft --today 2026-11-24)\n([\s\S]+?)```/.exec(readme);
    expect(sample).not.toBeNull();
    const result = dekom(sample![1]!.split(' ').slice(1));
    expect(result.stdout).toBe(sample![2]);
  });

  it('shows exactly what import prints for a plan filled in by hand in Word', async () => {
    const sample = /```console\n\$ npx dekom (import (\S+\.docx) [^\n]+)\n([\s\S]+?)```/.exec(readme);
    expect(sample).not.toBeNull();
    const project = tempDir();
    try {
      const document = sample![2]!;
      mkdirSync(path.join(project.dir, path.dirname(document)), { recursive: true });
      copyFileSync(path.join(ROOT, document), path.join(project.dir, document));
      const result = await dekomInProcess(sample![1]!.split(' '), { cwd: project.dir });
      expect(result.stdout).toBe(sample![3]);
    } finally {
      project.cleanup();
    }
  });

  it('documents every command and every check option', () => {
    const help = dekom(['check', '--help']).stdout;
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help' && o !== '--version' && o !== '--lang');
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(readme, option).toContain(option);
    for (const command of ['dekom init', 'dekom check', 'dekom render', 'dekom import', 'dekom rules', 'dekom schema']) expect(readme).toContain(command);
  });
});
