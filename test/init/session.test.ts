import { Chalk } from 'chalk';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { DekomError } from '../../src/errors.js';
import { initPlan, type InitContext, type InitRequest } from '../../src/init/init.js';
import type { Prompter } from '../../src/init/prompter.js';
import { ROOT } from '../helpers.js';
import { memoryFiles } from './memory-files.js';
import { INTERRUPT, interruptedAfter, scripted, type Step } from './scripted.js';
import { COMPLETE, TODAY } from './scripts.js';

const CWD = path.join(path.sep, 'skole');
const TARGET = path.join(CWD, 'plan.yaml');
const DRAFT = path.join(CWD, '.plan.yaml.draft');

function session(files = memoryFiles(), prompter?: Prompter) {
  const output: string[] = [];
  const ctx: InitContext = {
    lang: 'nb',
    cwd: CWD,
    files,
    now: () => TODAY,
    ...(prompter ? { prompter: async () => prompter } : {}),
    out: (text) => output.push(text),
    chalk: new Chalk({ level: 0 }),
    packageRoot: ROOT,
  };
  return { ctx, files, output: () => output.join('') };
}

const request = (extra: Partial<InitRequest> = {}): InitRequest => ({ file: 'plan.yaml', kind: 'skoleplan', ...extra });

async function refusal(run: Promise<number>): Promise<DekomError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DekomError);
  return error as DekomError;
}

describe('an interrupted session is kept in a draft and resumed', () => {
  const steps = COMPLETE.skoleplan;
  const cut = steps.findIndex((step) => step !== INTERRUPT && step[0] === 'mål[0].frist');

  test('Ctrl-C in the middle: the answers so far are in the draft, the plan is not written', async () => {
    const prompter = scripted([...steps.slice(0, cut), INTERRUPT]);
    const { ctx, files, output } = session(memoryFiles(), prompter);
    expect(await initPlan(request(), ctx)).toBe(2);
    expect(files.exists(TARGET)).toBe(false);
    const draft = parse(files.read(DRAFT)!) as { kind: string; answers: { id: string; answer: unknown }[] };
    expect(draft.kind).toBe('skoleplan');
    expect(draft.answers).toHaveLength(cut);
    expect(draft.answers.at(-1)).toEqual({ id: 'mål[0].målverdi', answer: '70 %' });
    // Every answer is saved the moment it is given.
    expect(files.writes.filter((file) => file === DRAFT)).toHaveLength(cut);
    expect(output()).toContain(`Avbrutt. ${cut} svar er lagret i .plan.yaml.draft. Kjør «dekom init plan.yaml» for å fortsette.`);
  });

  test('the next init offers the draft, asks only what is left, and writes the same plan', async () => {
    const files = memoryFiles();
    await initPlan(request(), session(files, scripted([...steps.slice(0, cut), INTERRUPT])).ctx);

    const second = scripted([['resume', true], ...steps.slice(cut)]);
    const { ctx, output } = session(files, second);
    expect(await initPlan(request({ kind: undefined }), ctx)).toBe(0);
    expect(second.remaining()).toBe(0);
    expect(second.transcript[1]).toBe(`? Fant et utkast fra 2026-06-01 10:30 (skoleplan, ${cut} svar). Fortsette der du slapp? › ja`);
    expect(second.transcript).toContain(`Fortsetter fra utkastet: ${cut} svar er hentet.`);
    // The section and row the person was in are shown again before the first new question.
    const resumed = second.transcript.indexOf(`Fortsetter fra utkastet: ${cut} svar er hentet.`);
    expect(second.transcript.slice(resumed + 1, resumed + 4)).toEqual(['## Resultatmål (12/20)', '## Mål 1', '? Frist › 2028-06-15']);
    expect(files.exists(DRAFT)).toBe(false);

    const straight = session(memoryFiles(), scripted(steps));
    await initPlan(request(), straight.ctx);
    expect(files.read(TARGET)).toBe(straight.files.read(TARGET));
    expect(output()).toContain('Skrev plan.yaml: skoleplan');
  });

  test('a longer answer cut short keeps its lines, and the next run goes on after them', async () => {
    const at = steps.findIndex((step) => step !== INTERRUPT && step[0] === 'situasjonsbeskrivelse');
    const files = memoryFiles();
    const first = session(files, scripted([...steps.slice(0, at), interruptedAfter('Første linje.\nAndre linje.')]));
    expect(await initPlan(request(), first.ctx)).toBe(2);
    const draft = parse(files.read(DRAFT)!) as { answers: { id: string; answer: string; partial?: boolean }[] };
    expect(draft.answers.at(-1)).toEqual({ id: 'situasjonsbeskrivelse', answer: 'Første linje.\nAndre linje.', partial: true });
    expect(first.output()).toContain(`Avbrutt. ${at} svar er lagret i .plan.yaml.draft, og 2 linjer av svaret du holdt på med. Kjør «dekom init plan.yaml» for å fortsette der du slapp.`);

    const second = scripted([['resume', true], ['situasjonsbeskrivelse', 'Tredje linje.'], ...steps.slice(at + 1)]);
    expect(await initPlan(request(), session(files, second).ctx)).toBe(0);
    expect(parse(files.read(TARGET)!)).toMatchObject({ situasjonsbeskrivelse: 'Første linje.\n\nAndre linje.\n\nTredje linje.\n' });
  });

  test('declining the draft starts afresh, and the old draft goes once the plan is written', async () => {
    const files = memoryFiles();
    await initPlan(request(), session(files, scripted([...steps.slice(0, 3), INTERRUPT])).ctx);
    const fresh = scripted([['resume', false], ...steps]);
    expect(await initPlan(request(), session(files, fresh).ctx)).toBe(0);
    expect(fresh.transcript).toContain('Starter på nytt; det gamle utkastet erstattes når du svarer.');
    expect(files.exists(DRAFT)).toBe(false);
  });

  test('a draft that no longer fits the questions is replayed up to where it stops fitting', async () => {
    const files = memoryFiles({
      [DRAFT]: 'file: plan.yaml\nkind: skoleplan\nsaved: 2026-05-30 09:00\ngiven: {}\nanswers:\n  - id: tittel\n    answer: Gammel tittel\n  - id: fjernet_felt\n    answer: x\n',
    });
    const prompter = scripted([['resume', true], ...steps.slice(1)]);
    expect(await initPlan(request(), session(files, prompter).ctx)).toBe(0);
    expect(prompter.transcript).toContain('Utkastet passer ikke lenger fra «fjernet_felt»; resten spørres på nytt.');
    expect(parse(files.read(TARGET)!)).toMatchObject({ tittel: 'Gammel tittel' });
  });

  test('a crash in the middle leaves the draft too', async () => {
    const prompter = scripted(steps.slice(0, 7));
    const text = prompter.text.bind(prompter);
    prompter.text = async (q) => {
      if (q.id === 'kontakt.epost') throw new Error('the terminal broke');
      return text(q);
    };
    const files = memoryFiles();
    await expect(initPlan(request(), session(files, prompter).ctx)).rejects.toThrow('the terminal broke');
    expect((parse(files.read(DRAFT)!) as { answers: unknown[] }).answers).toHaveLength(7);
  });

  test('--yes leaves a draft from an earlier session alone, and says so', async () => {
    const files = memoryFiles();
    await initPlan(request(), session(files, scripted([...steps.slice(0, 3), INTERRUPT])).ctx);
    const { ctx, output } = session(files);
    expect(await initPlan(request({ yes: true }), ctx)).toBe(0);
    expect(files.exists(DRAFT)).toBe(true);
    expect(output()).toContain('Et utkast fra en tidligere økt ligger fortsatt i .plan.yaml.draft.');
  });

  test('a kind chosen at the prompt is kept in the draft, so going on does not ask it again', async () => {
    const files = memoryFiles();
    const first = scripted([['type', 'kommuneplan'], ...COMPLETE.kommuneplan.slice(0, 4), INTERRUPT]);
    await initPlan(request({ kind: undefined }), session(files, first).ctx);
    const second = scripted([['resume', true], ...COMPLETE.kommuneplan.slice(4)]);
    expect(await initPlan(request({ kind: undefined }), session(files, second).ctx)).toBe(0);
    expect(parse(files.read(TARGET)!)).toMatchObject({ type: 'kommuneplan' });
  });
});

describe('what init refuses, before anything is asked or written', () => {
  test('an existing plan is not replaced without --force', async () => {
    const files = memoryFiles({ [TARGET]: 'dekom: 1\n' });
    const error = await refusal(initPlan(request(), session(files, scripted([])).ctx));
    expect(error.exitCode).toBe(2);
    expect(error.key).toBe('error.exists');
    expect(files.read(TARGET)).toBe('dekom: 1\n');
  });

  test('with --force it is replaced', async () => {
    const files = memoryFiles({ [TARGET]: 'dekom: 1\n' });
    expect(await initPlan(request({ force: true }), session(files, scripted(COMPLETE.skoleplan)).ctx)).toBe(0);
    expect(files.read(TARGET)).toContain('type: skoleplan');
  });

  test('no terminal and neither --yes nor --answers', async () => {
    const error = await refusal(initPlan(request(), session().ctx));
    expect(error.exitCode).toBe(2);
    expect(error.args['message']).toMatch(/^dekom init spør i en terminal, og her er ingen\. Bruk --yes .* eller --answers svar\.yaml/);
  });

  test('--yes needs a kind', async () => {
    const error = await refusal(initPlan(request({ kind: undefined, yes: true }), session().ctx));
    expect(error.args['message']).toBe('Velg plantype med --type: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.');
  });
});

describe('--answers', () => {
  const partial = 'type: skoleplan\ntittel: Lesing i alle fag\norganisasjon: Heimdal ungdomsskole\nperiode:\n  fra: 01.08.2026\n';

  test('without a terminal, a partial file fails and names what is missing', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: partial });
    const error = await refusal(initPlan(request({ kind: undefined, answers: 'svar.yaml' }), session(files).ctx));
    expect(error.exitCode).toBe(2);
    expect(error.args['message']).toBe(
      'Svarene i svar.yaml mangler 13 påkrevde felt: periode.til, rammer.skolebasert, rammer.forankring, rammer.sammenheng, tema, innledning, situasjonsbeskrivelse, mål (minst én), analyse, oppgaver (minst én), organisering, tegn_på_læring, evaluering. Kjør i en terminal for å bli spurt om dem, eller legg til --yes for å la dem stå tomme.',
    );
    expect(files.exists(TARGET)).toBe(false);
  });

  test('with a terminal, only what the file lacks is asked', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: partial });
    const given = new Set(['tittel', 'organisasjon', 'periode.fra']);
    const prompter = scripted(COMPLETE.skoleplan.filter((step) => step === INTERRUPT || !given.has(step[0])));
    expect(await initPlan(request({ kind: undefined, answers: 'svar.yaml' }), session(files, prompter).ctx)).toBe(0);
    expect(prompter.remaining()).toBe(0);
    expect(parse(files.read(TARGET)!)).toMatchObject({ tittel: 'Lesing i alle fag', periode: { fra: '2026-08-01', til: '2028-06-30' } });
  });

  test('a type in the file that contradicts --type is refused', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: partial });
    const error = await refusal(initPlan(request({ kind: 'kommuneplan', answers: 'svar.yaml' }), session(files).ctx));
    expect(error.args['message']).toBe('--type er kommuneplan, men svar.yaml har type: skoleplan.');
  });

  test('with --yes, what the file lacks is left empty under its question', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: partial });
    expect(await initPlan(request({ kind: undefined, answers: 'svar.yaml', yes: true }), session(files).ctx)).toBe(0);
    const plan = parse(files.read(TARGET)!) as Record<string, unknown>;
    expect(plan).toMatchObject({ tittel: 'Lesing i alle fag', periode: { fra: '2026-08-01', til: null }, tema: null });
  });

  test('keys the plan does not know are kept, for check to point at, not dropped', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: `${partial}notater: Husk å spørre elevrådet.\n` });
    await initPlan(request({ kind: undefined, answers: 'svar.yaml', yes: true }), session(files).ctx);
    const plan = parse(files.read(TARGET)!) as Record<string, unknown>;
    expect(Object.keys(plan).at(-1)).toBe('notater');
    expect(plan['notater']).toBe('Husk å spørre elevrådet.');
  });

  test('a file that is not a mapping of answers', async () => {
    const files = memoryFiles({ [path.join(CWD, 'svar.yaml')]: '- en\n- liste\n' });
    const error = await refusal(initPlan(request({ answers: 'svar.yaml' }), session(files).ctx));
    expect(error.args['message']).toBe('svar.yaml er ikke en YAML-tabell av svar (nøkkel: verdi).');
  });
});

describe('what init says when it is done', () => {
  test('completeness, the problems left and the next commands', async () => {
    const steps: Step[] = COMPLETE.skoleplan.map((step) => (step !== INTERRUPT && step[0] === 'analyse' ? ['analyse', ''] : step));
    const { ctx, output } = session(memoryFiles(), scripted(steps));
    expect(await initPlan(request(), ctx)).toBe(1);
    const text = output();
    expect(text).toMatch(/✔ Skrev plan\.yaml: skoleplan, \d+ % utfylt\./);
    expect(text).toContain('«analyse» er tom; fyll den ut.');
    expect(text).toContain('dekom check plan.yaml');
    expect(text).toContain('dekom render plan.yaml --output plan.docx');
  });
});

describe('< goes back a question in plain init too', () => {
  const steps = COMPLETE.skoleplan;
  const at = steps.findIndex((step) => step !== INTERRUPT && step[0] === 'organisasjon');
  const next = steps[at + 1] as readonly [string, unknown];

  test('the previous question is asked again, its answer revised, and the rest follows as before', async () => {
    const prompter = scripted([
      [(steps[0] as readonly [string, unknown])[0], '<'],
      ...steps.slice(0, at + 1),
      [next[0], '<'],
      ['organisasjon', 'Heimdal skole, Trondheim kommune'],
      ...steps.slice(at + 1),
    ]);
    const { ctx, files } = session(memoryFiles(), prompter);
    expect(await initPlan(request(), ctx)).toBe(0);
    expect(prompter.remaining()).toBe(0);
    expect(prompter.transcript).toContain('Dette er første spørsmål.');
    expect(prompter.transcript).toContain('Tilbake til forrige spørsmål.');
    expect(parse(files.read(TARGET)!)).toMatchObject({ organisasjon: 'Heimdal skole, Trondheim kommune' });
  });

  test('Enter at the revised question keeps the answer given before', async () => {
    const prompter = scripted([...steps.slice(0, at + 1), [next[0], '<'], ['organisasjon', ''], ...steps.slice(at + 1)]);
    const { ctx, files } = session(memoryFiles(), prompter);
    expect(await initPlan(request(), ctx)).toBe(0);
    expect((parse(files.read(TARGET)!) as { organisasjon: string }).organisasjon).toBe((steps[at] as readonly [string, string])[1]);
  });
});
