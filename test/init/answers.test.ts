import { Chalk } from 'chalk';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import { DekomError } from '../../src/errors.js';
import { fieldsOf, type Field } from '../../src/init/fields.js';
import { initPlan, type InitContext, type InitRequest } from '../../src/init/init.js';
import type { Prompter } from '../../src/init/prompter.js';
import { MAX_PLAN_BYTES } from '../../src/load/source.js';
import { KINDS, type Kind } from '../../src/kinds/index.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { memoryFiles } from './memory-files.js';
import { TODAY } from './scripts.js';

const CWD = path.join(path.sep, 'skole');
const TARGET = path.join(CWD, 'plan.yaml');
const ANSWERS = path.join(CWD, 'svar.yaml');

function context(files: ReturnType<typeof memoryFiles>, lang: 'nb' | 'en' = 'nb', prompter?: Prompter): InitContext {
  return {
    lang,
    cwd: CWD,
    files,
    now: () => TODAY,
    ...(prompter ? { prompter: async () => prompter } : {}),
    out: () => {},
    chalk: new Chalk({ level: 0 }),
    packageRoot: ROOT,
  };
}

/** What init says when it stops: a DekomError's message as the CLI prints it, or undefined when it ran. */
async function stopped(run: Promise<number>): Promise<DekomError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DekomError);
  expect((error as DekomError).exitCode).toBe(2);
  return error as DekomError;
}

const withAnswers = (answers: string | Uint8Array, lang: 'nb' | 'en' = 'nb', request: Partial<InitRequest> = {}) =>
  stopped(initPlan({ file: 'plan.yaml', answers: 'svar.yaml', ...request }, context(memoryFiles({ [ANSWERS]: answers }), lang)));

const BOMB = [
  'type: skoleplan',
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'tittel: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '',
].join('\n');

describe('an answers file that cannot be read as YAML is named, with where and why', () => {
  test('an alias bomb: the file and the alias where it grows too large, not "Noe gikk galt"', async () => {
    const error = await withAnswers(BOMB);
    expect(error.key).toBe('error.usage');
    const [, line, column] = /^svar\.yaml:(\d+):(\d+): Svarfilen har for mange YAML-alias \(&\/\*\) og ville blitt for stor å lese\. Skriv ut svarene i stedet for å gjenbruke dem med alias\.$/.exec(
      String(error.args['message']),
    )!;
    expect(BOMB.split('\n')[Number(line) - 1]![Number(column) - 1]).toBe('*');
  });

  test('an alias bomb in English', async () => {
    const error = await withAnswers(BOMB, 'en', { yes: true, kind: 'skoleplan' });
    expect(error.args['message']).toMatch(
      /^svar\.yaml:\d+:\d+: The answers file has too many YAML aliases \(&\/\*\) and would expand too far to read\. Write the answers out instead of reusing them through aliases\.$/,
    );
  });

  test('a syntax error: line and column as check gives them, the parser’s words only in parentheses', async () => {
    const error = await withAnswers('type: skoleplan\ntittel: Lesing\nperiode:\n  fra: [2026-08-01\n  til: 2028-06-30\n');
    expect(error.args['message']).toMatch(
      /^svar\.yaml:5:3: Svarfilen er ikke gyldig YAML \([^()]+\)\. Rett opp linjen: innrykk med mellomrom, ikke tabulator, og mellomrom etter kolon\.$/,
    );
  });

  test('the same key twice, in English', async () => {
    const error = await withAnswers('type: skoleplan\ntittel: A\ntittel: B\n', 'en');
    expect(error.args['message']).toMatch(/^svar\.yaml:3:1: The answers file is not valid YAML \(Map keys must be unique\)\. Fix the line/);
  });

  test('a file saved as Latin-1, a binary file and a huge file', async () => {
    expect((await withAnswers(Uint8Array.from([...Buffer.from('tittel: Sk'), 0xf8, 0x6c, 0x65, 0x0a]))).args['message']).toBe(
      'svar.yaml:1:1: Filen er ikke UTF-8: byten på linje 1, kolonne 11 er ugyldig (kanskje er filen Latin-1 eller Windows-1252). Lagre den som UTF-8 i redigeringsprogrammet, eller gjør den om med «iconv -f WINDOWS-1252 -t UTF-8 plan.yaml > ny.yaml».',
    );
    expect((await withAnswers(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).args['message']).toBe(
      'svar.yaml er en binærfil, ikke tekst. Svarfilen skal være en YAML-tekstfil.',
    );
    expect((await withAnswers(new Uint8Array(MAX_PLAN_BYTES + 1).fill(0x61))).args['message']).toBe(
      `svar.yaml er ${((MAX_PLAN_BYTES + 1) / 1024 / 1024).toFixed(1)} MB stor; en svarfil er noen få kB. Sjekk at det er riktig fil.`,
    );
  });

  test('a byte-order mark is no fault: the file is read as check reads a plan', async () => {
    const files = memoryFiles({ [ANSWERS]: Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('type: skoleplan\ntittel: Lesing i alle fag\n')]) });
    expect(await initPlan({ file: 'plan.yaml', answers: 'svar.yaml', yes: true }, context(files))).toBe(0);
    expect(parse(files.read(TARGET)!)).toMatchObject({ type: 'skoleplan', tittel: 'Lesing i alle fag' });
  });

  test('an answers file that is a folder', async () => {
    const files = memoryFiles({}, [ANSWERS]);
    const error = await stopped(initPlan({ file: 'plan.yaml', answers: 'svar.yaml', yes: true, kind: 'skoleplan' }, context(files)));
    expect(error.key).toBe('error.unreadable');
    expect(error.args).toEqual({ path: 'svar.yaml', reason: 'EISDIR' });
  });

  test('a type that is a mapping is shown as written, not as [object Object]', async () => {
    const error = await withAnswers('type: {navn: skoleplan}\n');
    expect(error.args['message']).toBe('Ukjent type «{ navn: skoleplan }» i svar.yaml; bruk en av: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.');
  });
});

describe('a value of the wrong shape', () => {
  test('a list written as text is kept for check to point at, not called missing', async () => {
    const complete = readFileSync(path.join(FIXTURES, 'init', 'svar-skoleplan.yaml'), 'utf8');
    const text = complete.replace(/\nmål:\n(?: .*\n)+/, '\nmål: Flere elever leser fagtekster\n');
    expect(text).not.toBe(complete);
    const files = memoryFiles({ [ANSWERS]: text });
    const output: string[] = [];
    const ctx = { ...context(files), out: (line: string) => output.push(line) };
    expect(await initPlan({ file: 'plan.yaml', answers: 'svar.yaml' }, ctx)).toBe(1);
    expect(parse(files.read(TARGET)!)).toMatchObject({ mål: 'Flere elever leser fagtekster' });
    expect(output.join('')).toContain('«mål» skal være en liste, ikke tekst.');
  });
});

describe('a plan cannot be written where a folder is', () => {
  for (const force of [false, true]) {
    test(`it says so${force ? ', --force or not' : ''}, before anything is asked`, async () => {
      const files = memoryFiles({}, [TARGET]);
      const error = await stopped(initPlan({ file: 'plan.yaml', kind: 'skoleplan', yes: true, force }, context(files)));
      expect(error.args['message']).toBe(`«plan.yaml» er en mappe. Skriv navnet på planfilen, for eksempel «dekom init ${path.join('plan.yaml', 'plan.yaml')}».`);
      expect(files.writes).toEqual([]);
    });
  }
});

/**
 * A person who answers whatever is asked with the first answer the prompt takes: it
 * walks the flow over any answers file without knowing the questions beforehand.
 */
function obliging(): Prompter & { asked: string[] } {
  const tries = ['', 'Tekst', '2026-08-01', '2028-06-30', '2028-07-01', '3', '2026', 'ingrid@example.no', '2026: 100 000'];
  const asked: string[] = [];
  return {
    asked,
    async text(q) {
      asked.push(q.id);
      const answer = tries.find((typed) => (q.validate?.(typed === '' && q.default !== undefined ? q.default : typed) ?? true) === true);
      if (answer === undefined) throw new Error(`no answer fits ${q.id}`);
      return answer === '' && q.default !== undefined ? q.default : answer;
    },
    async select(q) {
      asked.push(q.id);
      return q.choices[0]!.value;
    },
    async checkbox(q) {
      asked.push(q.id);
      return [];
    },
    async confirm(q) {
      asked.push(q.id);
      return q.id === 'resume' ? false : q.id.endsWith('[0]?');
    },
    section() {},
    say() {},
  };
}

const ODD: [string, unknown][] = [
  ['a list where text belongs', ['a', 'b']],
  ['a number', 2026],
  ['a mapping', JSON.parse('{"constructor": "x", "__proto__": {"navn": "y"}}')],
  ['null', null],
  ['yes/no', true],
  ['an empty text', ''],
  ['a date as text', '31.02.2026'],
];

/** An answers file where every field, nested ones and one row included, holds `odd`. */
function oddAnswers(kind: Kind, odd: unknown): string {
  const fill = (fields: readonly Field[], depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      if (field.type === 'fixed') continue;
      if (field.type === 'group' && depth === 0) out[field.key] = fill(field.fields, 1);
      else if (field.type === 'rows' && depth === 0) out[field.key] = [fill(field.fields, 1), odd, JSON.parse('{"__proto__": {"navn": "x"}}')];
      else out[field.key] = odd;
    }
    return out;
  };
  const answers = { type: kind, ...fill(fieldsOf(kind), 0) };
  // Keys an object already has are written as they are in the file, as the parser reads them.
  return `${stringify(answers)}__proto__: { type: nettverksplan, tittel: Forurenset }\nconstructor: { prototype: 1 }\ntoString: x\n`;
}

describe('odd values in an answers file: a clear message or a question, never a crash', () => {
  for (const kind of KINDS) {
    for (const [name, odd] of ODD) {
      test(`${kind}, ${name}`, async () => {
        const text = oddAnswers(kind, odd);
        for (const mode of ['yes', 'no terminal', 'terminal'] as const) {
          const files = memoryFiles({ [ANSWERS]: text });
          const prompter = mode === 'terminal' ? obliging() : undefined;
          const run = initPlan({ file: 'plan.yaml', answers: 'svar.yaml', yes: mode === 'yes' }, context(files, 'nb', prompter));
          const outcome = await run.then(
            (code) => code,
            (error: unknown) => error,
          );
          if (outcome instanceof Error) {
            // Only without a terminal, and only what init itself says: the answers lack required fields.
            expect(mode, outcome.message).toBe('no terminal');
            expect(outcome, `${mode}: ${outcome.message}`).toBeInstanceOf(DekomError);
            expect((outcome as DekomError).args['message'], mode).toMatch(/^Svarene i svar\.yaml mangler \d+ påkrevde felt: /);
            expect(files.exists(TARGET)).toBe(false);
            continue;
          }
          expect([0, 1], mode).toContain(outcome);
          const written = files.read(TARGET)!;
          const plan = parse(written) as Record<string, unknown>;
          // The prototype was not touched, and the file's odd keys are kept as keys.
          expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
          expect(plan['type']).toBe(kind);
          expect(Object.keys(plan)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString']));
          const result = checkBytes('plan.yaml', Buffer.from(written, 'utf8'), { lang: 'nb', today: '2026-06-01' });
          for (const problem of result.problems) expect(problem.message).not.toMatch(/Noe gikk galt|undefined|\[object Object\]/);
        }
      });
    }
  }
});
