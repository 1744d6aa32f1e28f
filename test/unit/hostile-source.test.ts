import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import type { FileResult } from '../../src/check/types.js';
import { base, edit } from '../rules/support.js';

const OPTIONS = { lang: 'nb', today: '2026-11-24' } as const;
const check = (text: string | Uint8Array, lang: 'nb' | 'en' = 'nb') =>
  checkBytes('plan.yaml', typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { ...OPTIONS, lang });

/** The one problem of the result, which must be a yaml-syntax error at line:column. */
function onlySyntax(result: FileResult, line: number, column: number): string {
  expect(result.problems.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([{ rule: 'yaml-syntax', line, column }]);
  return result.problems[0]!.message;
}

describe('data that is not a tree is one yaml-syntax problem at the alias', () => {
  it.each([
    ['a list holding itself', 'dekom: 1\ntype: skoleplan\ntittel: &a [*a]\n', 3, 13],
    ['a mapping holding itself', 'dekom: 1\ntype: skoleplan\nkontakt: &k\n  navn: Kari\n  leder: *k\n', 5, 10],
    ['a task row holding its list', 'dekom: 1\ntype: skoleplan\noppgaver: &rader\n  - oppgave: Lesing\n    deler: *rader\n', 5, 12],
    ['a cycle two levels down', 'dekom: 1\ntype: skoleplan\nperiode: &p\n  fra: 2026-08-01\n  til:\n    - [x, {y: *p}]\n', 6, 15],
    ['the whole plan holding itself', '&plan\ndekom: 1\ntype: skoleplan\nkopi: *plan\n', 4, 7],
  ])('%s', (_, text, line, column) => {
    const message = onlySyntax(check(text), line, column);
    expect(message).toMatch(/^Aliaset «\*\w+» står inne i det ankeret «&\w+» gjelder/);
    expect(text.split('\n')[line - 1]![column - 1]).toBe('*');
  });

  it('an alias that shares a value without a cycle is fine', () => {
    const text = edit(base('skoleplan'), 'organisasjon: Åsen skole', 'organisasjon: &org Åsen skole\nkontakt_org: *org');
    expect(check(text).problems.filter((p) => p.rule === 'yaml-syntax')).toEqual([]);
  });

  it('an alias to an anchor that is never set says so, not "too many aliases"', () => {
    const message = onlySyntax(check('dekom: 1\ntype: skoleplan\ntittel: *ingen\n'), 3, 9);
    expect(message).toBe('Aliaset «*ingen» viser til ankeret «&ingen», som ikke er satt før det. Sett ankeret først, eller skriv verdien ut.');
    const later = onlySyntax(check('dekom: 1\ntype: skoleplan\ntittel: *t\ntema: &t Lesing\n', 'en'), 3, 9);
    expect(later).toMatch(/^The alias "\*t" refers to the anchor "&t", which is not set before it\./);
  });
});

describe('text that is not UTF-8 YAML says what it is and how to fix it', () => {
  it.each([
    ['UTF-16LE', [0xff, 0xfe], 'utf16le'],
    ['UTF-16BE', [0xfe, 0xff], 'utf16be'],
    ['UTF-32LE', [0xff, 0xfe, 0, 0], 'utf32le'],
    ['UTF-32BE', [0, 0, 0xfe, 0xff], 'utf32be'],
  ])('%s with its byte-order mark', (encoding, bom, form) => {
    const body = 'dekom: 1\ntype: skoleplan\n';
    const encoded = form.startsWith('utf16') ? Buffer.from(body, 'utf16le') : Buffer.from([...body].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]));
    if (form.endsWith('be')) for (let i = 0; i < encoded.length; i += form.startsWith('utf16') ? 2 : 4) encoded.subarray(i, i + (form.startsWith('utf16') ? 2 : 4)).reverse();
    const message = onlySyntax(check(Buffer.concat([Buffer.from(bom), encoded])), 1, 1);
    expect(message).toBe(`Filen er lagret som ${encoding}, ikke UTF-8. Lagre den som UTF-8 i redigeringsprogrammet, eller gjør den om med «iconv -f ${encoding} -t UTF-8 plan.yaml > ny.yaml».`);
  });

  it('UTF-16 without a mark is named too, not called binary', () => {
    expect(onlySyntax(check(Buffer.from('dekom: 1\ntype: skoleplan\n', 'utf16le')), 1, 1)).toMatch(/lagret som UTF-16LE/);
  });

  it('Latin-1 names the first byte that is not UTF-8', () => {
    const message = onlySyntax(check(Buffer.from('dekom: 1\ntype: skoleplan\ntittel: Blåbær\n', 'latin1')), 1, 1);
    expect(message).toMatch(/^Filen er ikke UTF-8: byten på linje 3, kolonne 11 er ugyldig/);
  });

  it('a NUL byte far into a text file is found where it is; one at the start means binary', () => {
    const text = `${base('skoleplan')}${'# fyll\n'.repeat(1200)}notat: "før\u0000etter"\n`;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('\u0000')) + 1;
    expect(text.indexOf('\u0000')).toBeGreaterThan(8192);
    const message = onlySyntax(check(text), line, lines[line - 1]!.indexOf('\u0000') + 1);
    expect(message).toMatch(/^Her står et NUL-tegn \(byte 0\)/);
    expect(onlySyntax(check(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a])), 1, 1)).toMatch(/binær/);
  });

  it('a file with classic Mac line endings (CR alone) is read line by line, positions kept', () => {
    const plan = base('skoleplan');
    const mac = check(plan.replace(/\n/g, '\r'));
    expect(mac.type).toBe('skoleplan');
    expect(mac.problems).toEqual(check(plan).problems);
    const broken = check('dekom: 1\rtype: skoleplan\rtittel: [\r');
    expect(broken.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 3 });
  });
});

describe('positions after a syntax error stay on the right line', () => {
  it('the lines of a block scalar the parser cannot place are still counted', () => {
    const text = 'dekom: 1\ntype: skoleplan\nmål:\n  - id: M1\n    }x: y\n    begrunnelse: |\n      én\n      to\n\noppgaver:\n  - oppgave: x\n';
    const result = check(text);
    const oppgaver = result.problems.find((p) => p.message.includes('"oppgaver"'));
    expect(oppgaver).toMatchObject({ line: 10, column: 1 });
    const lines = text.split('\n');
    for (const p of result.problems) expect(p.column).toBeLessThanOrEqual(Math.max(1, lines[p.line - 1]!.length));
  });
});

describe('values the schema refuses are named for what they are', () => {
  const plan = base('nettverksplan');
  const budget = (value: string) => check(edit(plan, 'budsjett: 250000', `budsjett: ${value}`)).problems.filter((p) => p.path === 'ressurser.budsjett');

  it.each([
    ['.inf', '«budsjett» skal være et tall dekom kan regne med, ikke «.inf» (uendelig).'],
    ['-.Inf', '«budsjett» skal være et tall dekom kan regne med, ikke «-.Inf» (uendelig).'],
    ['.nan', '«budsjett» skal være et tall dekom kan regne med, ikke «.nan» (ikke et tall).'],
    ['1e400', '«budsjett» skal være et tall dekom kan regne med, ikke «1e400» (for stort til å regne med).'],
  ])('%s', (value, message) => {
    expect(budget(value).map((p) => p.message)).toEqual([message]);
  });

  it('YAML 1.1 tags are read as plain values and named, not called mappings', () => {
    for (const [tag, value] of [['!!timestamp', '2001-12-14'], ['!!binary', 'aGVsbG8='], ['!!set', '{a, b}'], ['!!omap', '[a: 1]'], ['!egen', 'x']] as const) {
      const result = check(edit(plan, 'språk: nb', `språk: nb\nnotat: ${tag} ${value}`));
      const tagged = result.problems.filter((p) => p.rule === 'schema' && p.message.includes('YAML-taggen'));
      expect(tagged.map((p) => p.message), tag).toEqual([`YAML-taggen «${tag}» brukes ikke i planer; verdien leses som vanlig tekst, liste eller tabell. Fjern taggen.`]);
      expect(result.problems.map((p) => p.message).join('\n')).not.toMatch(/tabell av nøkler \(mapping\)\.$/m);
    }
    const title = check(edit(plan, /^tittel: .*$/m.exec(plan)![0], 'tittel: !!timestamp 2001-12-14')).problems;
    expect(title.filter((p) => p.path === 'tittel').map((p) => p.message)).toEqual([
      'YAML-taggen «!!timestamp» brukes ikke i planer; verdien leses som vanlig tekst, liste eller tabell. Fjern taggen.',
    ]);
  });

  it('a list or mapping as the type is said to be one, not [object Object] or its text', () => {
    for (const [value, message] of [
      ['[skoleplan]', '«type» skal være navnet på en plantype, ikke en liste ([ skoleplan ]); bruk en av: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.'],
      ['{navn: skoleplan}', '«type» skal være navnet på en plantype, ikke en tabell av nøkler (mapping) ({ navn: skoleplan }); bruk en av: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.'],
      ['42', '«type» skal være navnet på en plantype, ikke et tall (42); bruk en av: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.'],
    ]) {
      expect(check(`dekom: 1\ntype: ${value}\n`).problems.map((p) => p.message)).toEqual([message]);
    }
  });

  it('a key with an invisible character is named as such', () => {
    const result = check(edit(plan, 'språk: nb', 'språk: nb\nti\u200btel: x\nnotat\u2060: y'));
    expect(result.problems.filter((p) => p.rule === 'unknown-key').map((p) => p.message)).toEqual([
      'Nøkkelen «ti‹U+200B›tel» har et usynlig tegn (U+200B), så den er ikke «tittel» selv om den ser slik ut. Slett tegnet.',
      'Nøkkelen «notat‹U+2060›» har et usynlig tegn (U+2060) og er ukjent. Slett tegnet, og sjekk stavemåten.',
    ]);
  });
});
