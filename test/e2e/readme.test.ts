import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
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

  it('shows exactly what status prints for the examples and the drafts, here and in docs/status.md', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/status.md'), 'utf8');
    for (const text of [readme, docs]) {
      const sample = /```console\n\$ npx (dekom status examples test\/fixtures\/draft --today 2026-11-24)\n([\s\S]+?)```/.exec(text);
      expect(sample).not.toBeNull();
      expect(dekom(sample![1]!.split(' ').slice(1)).stdout).toBe(sample![2]);
    }
  });

  it('shows an event that calendar really writes, and the line it prints', () => {
    const { dir, cleanup } = tempDir();
    try {
      const written = dekom(['calendar', path.join(ROOT, 'examples/nettverksplan-lister-digital-vurdering.yaml'), '--today', '2026-11-24', '-o', 'lister.ics'], { cwd: dir });
      expect(readme).toContain(`\n${written.stderr}`);
      const event = /One of its events:\n\n```text\n([\s\S]+?)```/.exec(readme)![1]!;
      expect(readFileSync(path.join(dir, 'lister.ics'), 'utf8').replace(/\r\n/g, '\n')).toContain(event);
    } finally {
      cleanup();
    }
  });

  it('shows what innstilling prints and writes for the examples', () => {
    const { dir, cleanup } = tempDir();
    try {
      cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
      const sample = /```console\n\$ npx (dekom innstilling examples --år 2026 --fylke Agder --today 2026-11-24)\n([\s\S]+?)```/.exec(readme);
      expect(sample).not.toBeNull();
      const result = dekom(sample![1]!.split(' ').slice(1), { cwd: dir });
      expect(result.stderr).toBe(sample![2]);
      const start = /The draft begins:\n\n```yaml\n([\s\S]+?)```/.exec(readme)![1]!;
      expect(readFileSync(path.join(dir, 'innstilling.yaml'), 'utf8').startsWith(start)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('documents every command and every check option', () => {
    const help = dekom(['check', '--help']).stdout;
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help' && o !== '--version' && o !== '--lang');
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(readme, option).toContain(option);
    for (const command of ['dekom init', 'dekom check', 'dekom render', 'dekom import', 'dekom status', 'dekom calendar', 'dekom innstilling', 'dekom rules', 'dekom schema']) expect(readme).toContain(command);
  });
});
