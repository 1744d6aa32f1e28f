import { Chalk } from 'chalk';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskFiles } from '../../src/init/files.js';
import { initPlan } from '../../src/init/init.js';
import { ROOT, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { INTERRUPT, scripted } from '../init/scripted.js';

const EXAMPLE = path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml');

let dir: string;
let cleanup: () => void;
let plan: Buffer;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(EXAMPLE, path.join(dir, 'plan.yaml'));
  plan = readFileSync(path.join(dir, 'plan.yaml'));
  // The plan under other names: a symbolic link, a hard link, a linked folder.
  symlinkSync('plan.yaml', path.join(dir, 'lenke.yaml'));
  linkSync(path.join(dir, 'plan.yaml'), path.join(dir, 'hard.yaml'));
  symlinkSync('.', path.join(dir, 'mappe-lenke'));
  mkdirSync(path.join(dir, 'under'));
});
afterEach(() => cleanup());

/** Every command that writes a file, with the file it writes put in as `target`. */
const WRITERS: Record<string, (plan: string, target: string) => string[]> = {
  'check --output': (input, target) => ['check', input, '-o', target],
  'check --output --format json': (input, target) => ['check', input, '--format', 'json', '-o', target],
  'check --cache-location': (input, target) => ['check', input, '--cache', '--cache-location', target],
  'check --suppress-all': (input, target) => ['check', input, '--suppress-all', '--suppressions-location', target],
  'check --prune-suppressions': (input, target) => ['check', input, '--prune-suppressions', '--suppressions-location', target],
  'render -o x.md --force': (input, target) => ['render', input, '--format', 'md', '-o', target, '--force'],
  'render -o x.docx --force': (input, target) => ['render', input, '--format', 'docx', '-o', target, '--force'],
  'init --answers --force': (input, target) => ['init', '--answers', input, target, '--force'],
};

/** Other names of the plan: [the name the command reads it by, the name it is told to write]. */
const SAME_FILE: Array<[string, string]> = [
  ['plan.yaml', 'lenke.yaml'],
  ['lenke.yaml', 'plan.yaml'],
  ['plan.yaml', 'hard.yaml'],
  ['hard.yaml', 'plan.yaml'],
  ['plan.yaml', 'mappe-lenke/plan.yaml'],
  ['mappe-lenke/lenke.yaml', 'under/../plan.yaml'],
  ['plan.yaml', 'plan.yaml'],
];

function expectPlanUntouched(): void {
  expect(readFileSync(path.join(dir, 'plan.yaml'))).toEqual(plan);
  expect(lstatSync(path.join(dir, 'lenke.yaml')).isSymbolicLink()).toBe(true);
  expect(lstatSync(path.join(dir, 'hard.yaml')).nlink).toBe(2);
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('no writer replaces the file it reads, by any name', () => {
  const cases = Object.keys(WRITERS).flatMap((writer) => SAME_FILE.map(([input, target]) => [writer, input, target] as const));

  it.each(cases)('%s: reads %s, told to write %s', async (writer, input, target) => {
    const result = await runMain(WRITERS[writer]!(input, target), { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: (?:--[\w-]+ )?«.+» er (?:samme fil som «.+», som dekom leser|selve planen)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expectPlanUntouched();
  });
});

describe('a writer replaces only a file of its own kind', () => {
  const OWN_WRITERS = ['check --output', 'check --output --format json', 'check --cache-location', 'check --suppress-all', 'check --prune-suppressions'];

  it.each(OWN_WRITERS)('%s refuses a file that is not its own, and leaves it as it was', async (writer) => {
    const other = path.join(dir, 'notater.txt');
    writeFileSync(other, 'Mine notater fra møtet\n');
    const result = await runMain(WRITERS[writer]!('plan.yaml', 'notater.txt'), { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: «notater\.txt» finnes og er ikke (?:en rapport|et hurtigbuffer|en liste over godtatte feil) fra dekom; (?:den|det) erstattes ikke\./);
    expect(readFileSync(other, 'utf8')).toBe('Mine notater fra møtet\n');
  });

  it.each(OWN_WRITERS)('%s refuses another plan that is not checked in this run', async (writer) => {
    copyFileSync(EXAMPLE, path.join(dir, 'annen.yaml'));
    const before = readFileSync(path.join(dir, 'annen.yaml'));
    const result = await runMain(WRITERS[writer]!('plan.yaml', 'annen.yaml'), { cwd: dir });
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, 'annen.yaml'))).toEqual(before);
  });

  it.each(OWN_WRITERS)('%s replaces what it wrote itself, and an empty file', async (writer) => {
    const target = path.join(dir, 'ut.txt');
    writeFileSync(target, '');
    const args = WRITERS[writer]!('plan.yaml', 'ut.txt');
    // --prune-suppressions on nothing writes nothing new; the first run needs something to keep.
    const first = await runMain(writer.includes('prune') ? WRITERS['check --suppress-all']!('plan.yaml', 'ut.txt') : args, { cwd: dir });
    expect(first.stderr).toBe('');
    expect(readFileSync(target, 'utf8')).not.toBe('');
    // After the plan changes, the next run replaces its own file.
    writeFileSync(path.join(dir, 'plan.yaml'), `${plan.toString('utf8')}\nukjent: 1\n`);
    const again = await runMain(args, { cwd: dir });
    expect(again.stderr).not.toMatch(/finnes og er ikke/);
    expect([0, 1]).toContain(again.code);
  });

  it('the writers keep out of each other’s files', async () => {
    expect((await runMain(['check', 'plan.yaml', '--cache', '--cache-location', 'buffer'], { cwd: dir })).code).toBe(0);
    const cache = readFileSync(path.join(dir, 'buffer'), 'utf8');
    for (const args of [
      ['check', 'plan.yaml', '-o', 'buffer'],
      ['check', 'plan.yaml', '--suppress-all', '--suppressions-location', 'buffer'],
    ]) {
      expect((await runMain(args, { cwd: dir })).code).toBe(2);
      expect(readFileSync(path.join(dir, 'buffer'), 'utf8')).toBe(cache);
    }
    expect((await runMain(['check', 'plan.yaml', '-o', 'rapport.txt'], { cwd: dir })).code).toBe(0);
    expect((await runMain(['check', 'plan.yaml', '--cache', '--cache-location', 'rapport.txt'], { cwd: dir })).code).toBe(2);
  });

  it('writes through a symbolic link to its own file, and the link stays a link', async () => {
    expect((await runMain(['check', 'plan.yaml', '-o', 'rapport.txt'], { cwd: dir })).code).toBe(0);
    symlinkSync('rapport.txt', path.join(dir, 'siste.txt'));
    expect((await runMain(['check', 'plan.yaml', '--format', 'json', '-o', 'siste.txt'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(path.join(dir, 'siste.txt')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'rapport.txt'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('a cache location under a file is a clear write error, and a folder holds the cache', async () => {
    const under = await runMain(['check', 'plan.yaml', '--cache-location', 'plan.yaml/cache.json'], { cwd: dir });
    expect(under.code).toBe(2);
    expect(under.stderr).toBe('dekom: Kan ikke skrive «plan.yaml/cache.json»: en del av stien er ikke en mappe.\n');
    expectPlanUntouched();
    expect((await runMain(['check', 'plan.yaml', '--cache-location', 'under'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, 'under', '.dekomcache'))).toBe(true);
  });

  it('render and init never write over their template, config or answers file, even with --force', async () => {
    writeFileSync(path.join(dir, 'mal.md.hbs'), '# {{tittel}}\n');
    writeFileSync(path.join(dir, 'dekom.config.yaml'), 'rules:\n  overdue: off\n');
    const template = await runMain(['render', 'plan.yaml', '--template', 'mal.md.hbs', '--format', 'md', '-o', 'mal.md.hbs', '--force'], { cwd: dir });
    expect(template.code).toBe(2);
    expect(template.stderr).toMatch(/«mal\.md\.hbs» er samme fil som «mal\.md\.hbs»/);
    const config = await runMain(['render', 'plan.yaml', '--format', 'md', '-o', 'dekom.config.yaml', '--force'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(readFileSync(path.join(dir, 'dekom.config.yaml'), 'utf8')).toBe('rules:\n  overdue: off\n');
    const answers = await runMain(['init', '--answers', 'lenke.yaml', 'hard.yaml', '--force'], { cwd: dir });
    expect(answers.code).toBe(2);
    expectPlanUntouched();
  });

  it('init never replaces a file at the draft’s name that is not a draft', async () => {
    const draft = path.join(dir, '.ny.yaml.draft');
    writeFileSync(draft, 'noe helt annet\n');
    const files = { ...diskFiles };
    const run = initPlan(
      { file: 'ny.yaml', kind: 'skoleplan' },
      { lang: 'nb', cwd: dir, files, now: () => new Date(2026, 5, 1), prompter: async () => scripted([INTERRUPT]), out: () => {}, chalk: new Chalk({ level: 0 }) },
    );
    await expect(run).rejects.toMatchObject({ key: 'error.notOwnDraft', args: { path: '.ny.yaml.draft' } });
    expect(readFileSync(draft, 'utf8')).toBe('noe helt annet\n');
    // A draft linked to the plan it drafts, or to the answers, is the same file as an input.
    symlinkSync('plan.yaml', path.join(dir, '.plan2.yaml.draft'));
    const linked = initPlan(
      { file: 'plan2.yaml', answers: 'plan.yaml' },
      { lang: 'nb', cwd: dir, files, now: () => new Date(2026, 5, 1), prompter: async () => scripted([INTERRUPT]), out: () => {}, chalk: new Chalk({ level: 0 }) },
    );
    await expect(linked).rejects.toMatchObject({ key: 'error.outputIsInput' });
    expectPlanUntouched();
  });
});
