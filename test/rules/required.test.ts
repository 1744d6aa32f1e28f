import { describe, expect, it } from 'vitest';
import { VARIANTS, base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'required';

describe(RULE, () => {
  it('does not require recommended or optional keys', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports missing keys at their mapping, blank ones at the key', () => {
    const found = problems(check(fixture(RULE, 'fail')), RULE);
    expect(found.map(({ path, line, column, severity }) => `${path} ${line}:${column} ${severity}`)).toEqual([
      'tittel 1:1 error',
      'mål[0].beskrivelse 32:5 error',
      'evaluering 48:1 error',
      'tidsplan[1].hvem 65:5 error',
    ]);
    expect(found[0]!.message).toContain('«tittel»');
    expect(found[2]!.message).toContain('«evaluering» er tom');
  });

  it.each(['fail-empty', 'fail-not-plan'])('reports a file that is not a plan (%s) at line 1', (name) => {
    const result = check(fixture(RULE, name));
    const problem = expectOne(result, RULE, { line: 1, column: 1, path: '', severity: 'error' });
    expect(problem.message).toContain('dekom: 1');
    expect(result.problems).toHaveLength(1);
  });

  it.each([
    ['only comments and blank lines', '   \n\n# bare en kommentar\n'],
    ['dekom below the top level', 'plan:\n  dekom: 1\n  type: skoleplan\n'],
    ['a list', '- dekom: 1\n'],
  ])('reports %s as not a plan, at line 1', (_, text) => {
    expectOne(check(text), RULE, { line: 1, column: 1, path: '', severity: 'error' });
  });

  it.each([
    { what: 'a missing section of rammer', from: '  skolebasert: Hele personalet arbeider i lærende team.\n', to: '', path: 'rammer.skolebasert', line: 15, column: 3 },
    { what: 'a tittel of spaces', from: 'tittel: Utviklingsplan for Åsen skole', to: 'tittel: "   "', path: 'tittel', line: 3, column: 1 },
    { what: 'an empty tegn_på_læring', from: 'tegn_på_læring: Elevene bruker lesestrategier uten å bli minnet på det.', to: 'tegn_på_læring:', path: 'tegn_på_læring', line: 38, column: 1 },
    { what: 'a missing type', from: 'type: skoleplan\n', to: '', path: 'type', line: 1, column: 1 },
  ])('reports $what at $line:$column', ({ from, to, path, line, column }) => {
    const problem = expectOne(check(edit(base('skoleplan'), from, to)), RULE, { line, column, path, severity: 'error' });
    // The message names the key; where it sits is the problem's place, in words.
    expect(problem.message).toContain(`«${path.split('.').at(-1)}»`);
  });

  it('reports an empty list of tasks at the key', () => {
    const text = base('skoleplan').replace(/oppgaver:\n(?: {2}.*\n)+/, 'oppgaver: []\n');
    expectOne(check(text), RULE, { line: 31, column: 1, path: 'oppgaver', severity: 'error' });
  });

  it.each(VARIANTS)('places a key missing from a plan that opens with a comment at its first key (%s)', (_, variant) => {
    const text = `# yaml-language-server: $schema=../schemas/skoleplan.schema.json\n${edit(base('skoleplan'), 'tittel: Utviklingsplan for Åsen skole\n', '')}`;
    expectOne(check(variant(text)), RULE, { line: 2, column: 1, path: 'tittel', severity: 'error' });
  });

  it.each([
    ['mål', 'kommuneplan'],
    ['tidsplan', 'nettverksplan'],
    ['parter', 'nettverksplan'],
    ['kompetansebehov', 'kompetanseplan'],
  ] as const)('requires %s in a %s, at line 1', (key, kind) => {
    const text = base(kind).replace(new RegExp(`^${key}:\\n(?: {2}.*\\n)+`, 'm'), '');
    expect(problems(check(text), RULE).map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual([`${key} 1:1`]);
  });

  it('leaves template text in a required field to placeholder', () => {
    const result = check(edit(base('skoleplan'), 'tittel: Utviklingsplan for Åsen skole', 'tittel: Klikk eller trykk her for å skrive inn tekst.'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'placeholder').map((p) => p.path)).toEqual(['tittel']);
  });

  // An empty `type:` is a key written with no value: like every other blank key it belongs
  // at the key (2:1), not after the colon (2:6). The engine reports noType with anchor 'node',
  // and locate() in src/load/source.ts never sees `node === null` (yaml gives a null Scalar).
  it('reports an empty type at the key', () => {
    expectOne(check(edit(base('skoleplan'), 'type: skoleplan', 'type:')), RULE, { line: 2, column: 1, path: 'type', severity: 'error' });
  });
});
