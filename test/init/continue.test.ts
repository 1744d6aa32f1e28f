import { Chalk } from 'chalk';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { openPlan } from '../../src/check/open.js';
import { DekomError } from '../../src/errors.js';
import { initPlan, type InitContext } from '../../src/init/init.js';
import type { Prompter } from '../../src/init/prompter.js';
import { dekomInProcess, FIXTURES, ROOT } from '../helpers.js';
import { memoryFiles } from './memory-files.js';
import { INTERRUPT, scripted, type Step } from './scripted.js';
import { TODAY } from './scripts.js';

const CWD = path.join(path.sep, 'skole');
const TARGET = path.join(CWD, 'plan.yaml');
const DRAFT = path.join(CWD, '.plan.yaml.draft');
/** A finished school plan with a task that has no owner and a deadline that is no date, and comments of its own. */
const PLAN = readFileSync(path.join(FIXTURES, 'init', 'continue-plan.yaml'), 'utf8');

function run(steps: readonly Step[] | undefined, text = PLAN) {
  const files = memoryFiles({ [TARGET]: text });
  const output: string[] = [];
  const prompter = steps ? scripted(steps) : undefined;
  const ctx: InitContext = {
    lang: 'nb',
    cwd: CWD,
    files,
    now: () => TODAY,
    ...(prompter ? { prompter: async () => prompter as Prompter } : {}),
    out: (line) => output.push(line),
    chalk: new Chalk({ level: 0 }),
    packageRoot: ROOT,
  };
  const code = initPlan({ file: 'plan.yaml', continue: true }, ctx);
  return { code, files, prompter, output: () => output.join(''), written: () => String(files.data.get(TARGET)) };
}

/** Every comment of a text, as written, in order. */
const comments = (text: string) => text.split('\n').flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#'))] : []));
const errorsIn = (text: string) =>
  openPlan(TARGET, 'plan.yaml', { cwd: CWD, lang: 'nb', fallbackToday: '2026-06-01', bytes: Buffer.from(text, 'utf8') }).result.problems.filter((p) => p.severity === 'error');

const FIXES: Step[] = [
  ['oppgaver[1].frist', '18.09.2026'],
  ['oppgaver[2].ansvarlig', 'Jonas Eide'],
  ['oppgaver[9]?', false],
];

describe('dekom init --continue', () => {
  test('the fixture has the two errors the questions are about', () => {
    expect(errorsIn(PLAN).map((p) => `${p.path} ${p.rule}`)).toEqual(['oppgaver[1].frist schema', 'oppgaver[2].ansvarlig task-owner']);
  });

  test('asks exactly what check reports, row fields named by their row; writes the answers in place and keeps every comment', async () => {
    const { code, prompter, written, output } = run(FIXES);
    expect(await code).toBe(0);
    expect(prompter!.remaining()).toBe(0);
    expect(prompter!.transcript).toContain('? Oppgave 2: Frist › 2026-09-18');
    expect(prompter!.transcript).toContain('? Oppgave 3: Ansvarlig › Jonas Eide');
    expect(prompter!.transcript).toContain('? Legge til en oppgave til? › nei');
    const text = written();
    expect(comments(text)).toEqual(comments(PLAN));
    expect(text).toContain('    frist: 2026-09-18  # flyttet etter elevrådsmøtet\n');
    // Only the two answers changed: every other line is as it was, in its order.
    const removed = PLAN.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(removed).toEqual(['    frist: 2026-02-31  # flyttet etter elevrådsmøtet']);
    expect(text.split('\n').length).toBe(PLAN.split('\n').length + 1);
    const plan = parse(text) as { oppgaver: Record<string, unknown>[] };
    expect(plan.oppgaver[2]).toMatchObject({ oppgave: 'Kartlegge lesepraksis', ansvarlig: 'Jonas Eide', frist: '2026-10-30' });
    expect(errorsIn(text)).toEqual([]);
    expect(output()).toContain('Skrev plan.yaml: skoleplan');
  });

  test('adds a row when asked, in the list’s own indentation, after the last row', async () => {
    const { code, written } = run([
      ...FIXES.slice(0, 2),
      ['oppgaver[9]?', true],
      ['oppgaver[9].oppgave', 'Skrivekurs for elevrådet'],
      ['oppgaver[9].beskrivelse', ''],
      ['oppgaver[9].ansvarlig', 'Ingrid Sæther'],
      ['oppgaver[9].frist', '15. mars 2027'],
      ['oppgaver[9].status', 'planlagt'],
      ['oppgaver[9].mål', ['M2']],
      ['oppgaver[10]?', false],
    ]);
    expect(await code).toBe(0);
    const text = written();
    expect(comments(text)).toEqual(comments(PLAN));
    const plan = parse(text) as { oppgaver: Record<string, unknown>[] };
    expect(plan.oppgaver).toHaveLength(10);
    expect(text).toContain('  - oppgave: Skrivekurs for elevrådet\n    ansvarlig: Ingrid Sæther\n    frist: 2027-03-15\n');
    expect(plan.oppgaver[9]).toEqual({ oppgave: 'Skrivekurs for elevrådet', ansvarlig: 'Ingrid Sæther', frist: '2027-03-15', status: 'planlagt', mål: ['M2'] });
    expect(errorsIn(text)).toEqual([]);
  });

  test('a question skipped leaves its value as it was, and the plan ends with exit 1 while it has errors', async () => {
    const { code, written } = run([
      ['oppgaver[1].frist', '18.09.2026'],
      ['oppgaver[2].ansvarlig', ':hopp-over:'],
      ['oppgaver[9]?', false],
    ]);
    expect(await code).toBe(1);
    expect(errorsIn(written()).map((p) => p.path)).toEqual(['oppgaver[2].ansvarlig']);
  });

  test('< goes back to the previous question, which offers its answer to revise', async () => {
    const { code, prompter, written } = run([
      ['oppgaver[1].frist', '01.09.2026'],
      ['oppgaver[2].ansvarlig', '<'],
      // The revised question: Enter would keep 2026-09-01, typed anew it takes the new date.
      ['oppgaver[1].frist', '18.09.2026'],
      ['oppgaver[2].ansvarlig', 'Jonas Eide'],
      ['oppgaver[9]?', false],
    ]);
    expect(await code).toBe(0);
    expect(prompter!.transcript).toContain('Tilbake til forrige spørsmål.');
    expect((parse(written()) as { oppgaver: { frist: string }[] }).oppgaver[1]!.frist).toBe('2026-09-18');
  });

  test('< at a revised question keeps the earlier answer as the default', async () => {
    const { code, written } = run([
      ['oppgaver[1].frist', '01.09.2026'],
      ['oppgaver[2].ansvarlig', '<'],
      ['oppgaver[1].frist', ''],
      ['oppgaver[2].ansvarlig', 'Jonas Eide'],
      ['oppgaver[9]?', false],
    ]);
    expect(await code).toBe(0);
    expect((parse(written()) as { oppgaver: { frist: string }[] }).oppgaver[1]!.frist).toBe('2026-09-01');
  });

  test('Ctrl-C keeps the answers in a draft, and the next run goes on from it', async () => {
    const first = run([['oppgaver[1].frist', '18.09.2026'], INTERRUPT]);
    expect(await first.code).toBe(2);
    expect(first.output()).toContain('Kjør «dekom init --continue plan.yaml» for å fortsette.');
    expect(first.written()).toBe(PLAN);
    const draft = String(first.files.data.get(DRAFT));
    expect(draft).toMatch(/^# dekom init: svar til plan\.yaml/);

    const files = first.files;
    const prompter = scripted([['resume', true], ['oppgaver[2].ansvarlig', 'Jonas Eide'], ['oppgaver[9]?', false]]);
    const output: string[] = [];
    const code = await initPlan(
      { file: 'plan.yaml', continue: true },
      { lang: 'nb', cwd: CWD, files, now: () => TODAY, prompter: async () => prompter, out: (t) => output.push(t), chalk: new Chalk({ level: 0 }), packageRoot: ROOT },
    );
    expect(code).toBe(0);
    expect(files.data.has(DRAFT)).toBe(false);
    expect(errorsIn(String(files.data.get(TARGET)))).toEqual([]);
  });

  test('without a terminal it stops with exit 2 and says what to run instead', async () => {
    const { code } = run(undefined);
    const error = await code.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DekomError);
    expect((error as DekomError).exitCode).toBe(2);
    expect(String((error as DekomError).args['message'])).toContain('dekom check --fix plan.yaml');
  });

  test('a key the plan lacks is put where the template has it, and a mapping the plan lacks is written whole', async () => {
    const without = PLAN.replace(/^tema: .*\n/m, '').replace(/^periode:\n {2}fra: 2026-08-01\n {2}til: 2028-06-30\n/m, '');
    const asked = run([
      ['periode.fra', '01.08.2026'],
      ['periode.til', '30.06.2028'],
      ['tema', 'Lesing i alle fag'],
      ...FIXES,
    ], without);
    expect(await asked.code).toBe(0);
    const steps = asked.prompter!.transcript;
    expect(steps.filter((line) => line.startsWith('?')).slice(0, 3)).toEqual(['? Fra › 2026-08-01', '? Til › 2028-06-30', '? Tema › Lesing i alle fag']);
    const text = asked.written();
    expect(comments(text)).toEqual(comments(PLAN));
    expect(parse(text)).toMatchObject({ periode: { fra: '2026-08-01', til: '2028-06-30' }, tema: 'Lesing i alle fag' });
    expect(errorsIn(text)).toEqual([]);
  });
});

describe('dekom init --continue on a plan written on Windows', () => {
  test('a BOM and CRLF line ends are kept, and only the answered lines change', async () => {
    const windows = `\uFEFF${PLAN.replace(/\n/g, '\r\n')}`;
    const { code, written } = run(FIXES, windows);
    expect(await code).toBe(0);
    const text = written();
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(comments(text.replace(/\r/g, ''))).toEqual(comments(PLAN));
    expect(errorsIn(text.replace(/^\uFEFF/, ''))).toEqual([]);
  });
});

describe('where init --continue is offered', () => {
  test('check names it under a plan whose errors a question answers, and not in a report for programs or from stdin', async () => {
    const fixture = path.relative(ROOT, path.join(FIXTURES, 'init', 'continue-plan.yaml'));
    const stylish = await dekomInProcess(['check', fixture]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain(`→ dekom init --continue ${fixture} spør om det som mangler eller er feil`);
    const json = await dekomInProcess(['check', '--format', 'json', fixture]);
    expect(json.stdout).not.toContain('--continue');
    const piped = await dekomInProcess(['check', '-'], { input: PLAN });
    expect(piped.code).toBe(1);
    expect(piped.stdout).not.toContain('--continue');
    const clean = await dekomInProcess(['check', 'examples/skoleplan-heimdal-ungdomsskole.yaml']);
    expect(clean.stdout).not.toContain('--continue');
  });

  test('init lists it first in its next steps when the plan it wrote has errors it can ask about', async () => {
    const files = memoryFiles();
    const output: string[] = [];
    const ctx: InitContext = { lang: 'nb', cwd: CWD, files, now: () => TODAY, out: (line) => output.push(line), chalk: new Chalk({ level: 0 }), packageRoot: ROOT };
    expect(await initPlan({ file: 'plan.yaml', kind: 'skoleplan', yes: true }, ctx)).toBe(0);
    const steps = output.join('').split('Neste steg:')[1]!.trim().split('\n');
    expect(steps[1]).toMatch(/^ {2}dekom init --continue plan\.yaml +svar på det som mangler eller er feil$/);
  });
});

describe('a draft of plain init beside the plan', () => {
  test('is not replaced: --continue stops with exit 2 and says how to go on with it', async () => {
    const draft = '# dekom init: utkast til plan.yaml\nfile: plan.yaml\nkind: skoleplan\nsaved: 2026-06-01 10:00\ngiven: {}\nanswers:\n  - id: tittel\n    answer: Lesing\n';
    const files = memoryFiles({ [TARGET]: PLAN, [DRAFT]: draft });
    const prompter = scripted([]);
    const error = await initPlan(
      { file: 'plan.yaml', continue: true },
      { lang: 'nb', cwd: CWD, files, now: () => TODAY, prompter: async () => prompter, out: () => {}, chalk: new Chalk({ level: 0 }), packageRoot: ROOT },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DekomError);
    expect(String((error as DekomError).args['message'])).toContain('dekom init --force plan.yaml');
    expect(files.data.get(DRAFT)).toBe(draft);
    expect(files.data.get(TARGET)).toBe(PLAN);
  });
});

describe('dekom init --continue --answers without a terminal', () => {
  const ctxWith = (files: ReturnType<typeof memoryFiles>, output: string[]): InitContext => ({
    lang: 'nb', cwd: CWD, files, now: () => TODAY, out: (line) => output.push(line), chalk: new Chalk({ level: 0 }), packageRoot: ROOT,
  });

  test('takes the answers at the paths check reports, read as init reads a file, and keeps the comments', async () => {
    const answers = 'oppgaver:\n  - {}\n  - frist: 18.09.2026\n  - ansvarlig: Jonas Eide\n';
    const files = memoryFiles({ [TARGET]: PLAN, [path.join(CWD, 'svar.yaml')]: answers });
    const output: string[] = [];
    expect(await initPlan({ file: 'plan.yaml', continue: true, answers: 'svar.yaml' }, ctxWith(files, output))).toBe(0);
    const text = String(files.data.get(TARGET));
    expect(comments(text)).toEqual(comments(PLAN));
    expect(text).toContain('    frist: 2026-09-18  # flyttet etter elevrådsmøtet\n');
    expect(errorsIn(text)).toEqual([]);
  });

  test('an answer the file does not give stops it with exit 2, naming the path, and the plan is untouched', async () => {
    const files = memoryFiles({ [TARGET]: PLAN, [path.join(CWD, 'svar.yaml')]: 'oppgaver:\n  - {}\n  - frist: 18.09.2026\n' });
    const error = await initPlan({ file: 'plan.yaml', continue: true, answers: 'svar.yaml' }, ctxWith(files, [])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DekomError).exitCode).toBe(2);
    expect(String((error as DekomError).args['message'])).toContain('oppgaver[2].ansvarlig');
    expect(files.data.get(TARGET)).toBe(PLAN);
  });
});
