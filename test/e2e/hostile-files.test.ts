import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
const run = (args: string[]) => runMain(args, { cwd: dir });
const SELF = 'dekom: 1\ntype: skoleplan\ntittel: Plan\noppgaver: &rader\n  - oppgave: Lesing\n    deler: *rader\n';

describe('a plan whose data is not a tree, in every command', () => {
  it('check: one yaml-syntax problem at the alias, exit 1', async () => {
    write('plan.yaml', SELF);
    const result = await run(['check', 'plan.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    const problems = (JSON.parse(result.stdout) as { files: { problems: { rule: string; line: number; column: number }[] }[] }).files[0]!.problems;
    expect(problems.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([{ rule: 'yaml-syntax', line: 6, column: 12 }]);
  });

  it('render: the check report, exit 1, nothing written, to Markdown or Word', async () => {
    write('plan.yaml', SELF);
    for (const output of ['plan.md', 'plan.docx']) {
      const result = await run(['render', 'plan.yaml', '-o', output]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/6:12 +feil +Aliaset «\*rader» står inne i det ankeret/);
      expect(result.stderr).toMatch(/dekom: Planen kan ikke gjøres om til et dokument før feilene i strukturen over er rettet\.\n$/);
      expect(existsSync(path.join(dir, output))).toBe(false);
    }
  });

  it('init --answers: exit 2 naming the file, line and column', async () => {
    write('svar.yaml', 'type: skoleplan\nkontakt: &k\n  navn: Kari\n  leder: *k\n');
    const result = await run(['init', '--answers', 'svar.yaml', 'plan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: svar\.yaml:4:10: Aliaset «\*k» står inne i det ankeret «&k» gjelder/);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });
});

describe('a config with a fault is told in words, with the way out', () => {
  it.each([
    ['an alias to nowhere', 'rules:\n  overdue: *av\n', /^dekom: dekom\.config\.yaml:2:12: ugyldig konfigurasjon: Aliaset «\*av» viser til ankeret «&av», som ikke er satt før det\./],
    ['a binary file', '\u0000\u0001\u0002', /^dekom: dekom\.config\.yaml:1:1: ugyldig konfigurasjon: Filen er binær, ikke tekst\./],
    ['a cycle', 'overrides: &o\n  - files: [a]\n    rules: *o\n', /^dekom: dekom\.config\.yaml:3:12: ugyldig konfigurasjon: Aliaset «\*o» står inne/],
    ['a misspelt rule', 'rules:\n  task-ower: off\n', /^dekom: dekom\.config\.yaml:2:3: ukjent regel «task-ower» \(mente du «task-owner»\?\)\. «dekom rules» lister reglene\.$/m],
    ['an unknown key', 'regler:\n  overdue: off\n', /^dekom: dekom\.config\.yaml:1:1: ugyldig konfigurasjon: ukjent nøkkel «regler»; kjente nøkler her er rules, ignore, overrides, today$/m],
    ['a severity that is none', 'rules:\n  overdue: av\n', /^dekom: dekom\.config\.yaml:2:3: ugyldig konfigurasjon: «av» er ikke en alvorlighet; bruk off, warning eller error$/m],
    ['a list where rules go', 'rules: [overdue]\n', /^dekom: dekom\.config\.yaml:1:1: ugyldig konfigurasjon: «rules» skal være en tabell av nøkler \(mapping\), ikke en liste$/m],
  ])('%s', async (_, config, message) => {
    write('plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    write('dekom.config.yaml', config);
    const result = await run(['check', 'plan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/ugyldig konfigurasjon: (aliases|binary|encoding)\b/);
  });

  it('in English too', async () => {
    write('plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    write('dekom.config.yaml', 'rules:\n  task-ower: off\n');
    expect((await run(['check', 'plan.yaml', '--lang', 'en'])).stderr).toBe(
      'dekom: dekom.config.yaml:2:3: unknown rule "task-ower" (did you mean "task-owner"?). "dekom rules" lists the rules.\n',
    );
  });
});

const fifo = (name: string) => {
  const made = spawnSync('mkfifo', [path.join(dir, name)]);
  if (made.status !== 0) throw new Error('mkfifo failed');
};

describe('a named pipe or a device is refused before it is read, in every reader', () => {
  it.each([
    ['check a plan', ['check', 'rør.yaml'], 'rør.yaml'],
    ['render a plan', ['render', 'rør.yaml'], 'rør.yaml'],
    ['render with a template', ['render', 'plan.yaml', '--template', 'rør.yaml'], 'rør.yaml'],
    ['init with answers', ['init', '--answers', 'rør.yaml', 'ny.yaml'], 'rør.yaml'],
    ['check with a config', ['check', 'plan.yaml', '--config', 'rør.yaml'], 'rør.yaml'],
  ])('%s', async (_, args, name) => {
    write('plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    fifo(name);
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^dekom: «${name}» er et navngitt rør \\(FIFO\\), ikke en vanlig fil`));
  });

  it('a config file found by the search that is a pipe', async () => {
    write('plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    fifo('dekom.config.yaml');
    const result = await run(['render', 'plan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/er et navngitt rør \(FIFO\)/);
  });

  it('a device', async () => {
    for (const args of [['render', '/dev/zero'], ['check', '/dev/zero'], ['init', '--answers', '/dev/zero', 'ny.yaml']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('dekom: «/dev/zero» er en enhet, ikke en vanlig fil; dekom leser bare vanlige filer. Oppgi en fil.\n');
    }
  });

  it('a folder search passes a pipe by', async () => {
    mkdirSync(path.join(dir, 'planer'));
    write('planer/plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    fifo('planer/rør.yaml');
    const result = await run(['check', 'planer', '--format', 'json']);
    expect((JSON.parse(result.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(['planer/plan.yaml']);
  });
});

describe('links that go round in a loop', () => {
  it('as the answers file, the plan or the template: exit 2 with the reason in words', async () => {
    symlinkSync('løkke.yaml', path.join(dir, 'løkke.yaml'));
    write('plan.yaml', 'dekom: 1\ntype: skoleplan\n');
    for (const args of [['init', '--answers', 'løkke.yaml', 'ny.yaml'], ['render', 'løkke.yaml'], ['check', 'løkke.yaml'], ['render', 'plan.yaml', '--template', 'løkke.yaml']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe('dekom: Kan ikke lese «løkke.yaml»: symbolske lenker går i ring.\n');
    }
  });

  it('a folder linked into itself is searched once', async () => {
    mkdirSync(path.join(dir, 'planer'));
    write('planer/plan.yaml', 'dekom: 1\ntype: skoleplan\ntittel: &t [*t]\n');
    symlinkSync('.', path.join(dir, 'planer', 'igjen'));
    const result = await run(['check', 'planer', '--format', 'json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(['planer/plan.yaml']);
  });
});
