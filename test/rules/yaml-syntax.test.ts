import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import { MAX_PLAN_BYTES } from '../../src/load/source.js';
import { VARIANTS, base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'yaml-syntax';
const OPTIONS = { lang: 'nb', today: '2026-11-24' } as const;

describe(RULE, () => {
  it('is silent on quoted colons, block text and comments', () => {
    const result = check(fixture(RULE, 'pass'));
    expect(result.problems).toEqual([]);
    expect(result.type).toBe('skoleplan');
  });

  it.each([
    ['fail-duplicate', 13, 1, /Samme nøkkel står to ganger/],
    ['fail-quote', 12, 7, /Anførselstegnet som begynner her/],
    ['fail-colon', 12, 7, /kolon/],
    ['fail-documents', 40, 1, /flere YAML-dokumenter/],
  ])('reports %s at %i:%i', (name, line, column, message) => {
    const result = check(fixture(RULE, name));
    const problem = expectOne(result, RULE, { line, column, path: '', severity: 'error' });
    expect(problem.message).toMatch(message);
    expect(result).toMatchObject({ type: null, completeness: 0 });
  });

  it.each([
    ['a mapping item out of line', 16, 1, '  skolebasert:', '    skolebasert:', /Feil innrykk/],
    ['a reserved character', 12, 7, 'tema: Lesing i alle fag', 'tema: @lesing', /Ugyldig YAML: .*reserved character @/],
  ])('reports %s first at %i:%i', (_, line, column, from, to, message) => {
    const [first] = problems(check(edit(base('skoleplan'), from, to)), RULE);
    expect(first).toMatchObject({ line, column, path: '', severity: 'error' });
    expect(first!.message).toMatch(message);
  });

  it.each([
    ['nb', 'beskrivelse: Tema: lesing', 'Teksten etter «beskrivelse:» har et kolon med mellomrom etter, og da leser YAML den som en ny nøkkel. Sett teksten i anførselstegn: beskrivelse: "Tema: lesing"'],
    ['en', 'beskrivelse: Tema: lesing', 'The text after "beskrivelse:" has a colon followed by a space, so YAML reads it as a new key. Put the text in quotes: beskrivelse: "Tema: lesing"'],
    ['nb', 'oppgaver:\n  - oppgave: Samtale: «hva nå?» # høst', /i anførselstegn: - oppgave: "Samtale: «hva nå\?»" # høst$/],
    ['nb', 'tema: Lesing: "alle" fag', `Teksten etter «tema:» har et kolon med mellomrom etter, og da leser YAML den som en ny nøkkel. Sett teksten i anførselstegn: tema: 'Lesing: "alle" fag'`],
  ] as const)('says a colon in prose needs quotes, and shows the line quoted (%s: %s)', (lang, line, message) => {
    const result = check(`dekom: 1\ntype: skoleplan\n${line}\n`, undefined, lang);
    const [first] = problems(result, RULE);
    expect(first).toMatchObject({ line: 3 + line.split('\n').length - 1, path: '', severity: 'error' });
    if (typeof message === 'string') expect(first!.message).toBe(message);
    else expect(first!.message).toMatch(message);
  });

  it('keeps the general colon message where the text is quoted already', () => {
    const [first] = problems(check('dekom: 1\ntype: skoleplan\ntittel: "Tema": lesing\n'), RULE);
    expect(first?.message).toMatch(/^Mangler mellomrom etter kolon/);
  });

  it.each(VARIANTS)('reports a tab used for indentation where the tab is (%s)', (_, variant) => {
    const [first] = problems(check(variant(fixture(RULE, 'fail-tab'))), RULE);
    expect(first).toMatchObject({ line: 6, column: 1, path: '', severity: 'error' });
    expect(first!.message).toMatch(/Tabulator/);
  });

  it.each(VARIANTS)('keeps the position of a duplicate key (%s)', (_, variant) => {
    expectOne(check(variant(fixture(RULE, 'fail-duplicate'))), RULE, { line: 13, column: 1, path: '', severity: 'error' });
  });

  it('stops an alias bomb fast, at the alias where it grows past the limit', () => {
    const started = performance.now();
    const [problem, ...rest] = problems(check(fixture(RULE, 'fail-aliases')), RULE);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '', severity: 'error' });
    expect(fixture(RULE, 'fail-aliases').split('\n')[problem!.line - 1]![problem!.column - 1]).toBe('*');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem!.message).toMatch(/alias/);
  });

  it.each([
    ['that is binary, with NUL bytes', Buffer.from([0x64, 0x65, 0x6b, 0x6f, 0x6d, 0x3a, 0x20, 0x31, 0x0a, 0x00, 0x01, 0xff]), /binær/],
    ['in Latin-1, not UTF-8', Buffer.from('dekom: 1\ntittel: Plan for Åsen skole\n', 'latin1'), /ikke UTF-8/],
    ['larger than any plan', Buffer.alloc(MAX_PLAN_BYTES + 1, 'a'), /MB stor/],
  ])('reports a file %s at line 1', (_, bytes, message) => {
    const result = checkBytes('plan.yaml', bytes, OPTIONS);
    const problem = expectOne(result, RULE, { line: 1, column: 1, path: '', severity: 'error' });
    expect(problem.message).toMatch(message);
  });

  it('reads a UTF-8 file with a BOM and CRLF as text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture(RULE, 'pass').replace(/\n/g, '\r\n'))]);
    expect(checkBytes('plan.yaml', bytes, OPTIONS).problems).toEqual([]);
  });
});
