import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'placeholder';
const SCHOOL = base('skoleplan');

describe(RULE, () => {
  it('is silent on ordinary text that comes near the template phrases', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports the Word template text at the value, quoting it', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 13, column: 13, path: 'innledning', severity: 'error' });
    expect(problem.message).toContain('«Klikk eller trykk her for å skrive inn tekst»');
  });

  it.each([
    { found: 'Velg et element', from: 'tema: Lesing i alle fag', to: 'tema: Velg et element.', path: 'tema', line: 12, column: 7 },
    { found: 'Fra dato til dato', from: '  fra: 2026-08-01\n  til: 2027-06-30', to: '  fra: Fra dato til dato\n  til: 2027-06-30', path: 'periode.fra', line: 6, column: 8 },
    { found: 'TODO', from: 'beskrivelse: Teamene prøver ut og drøfter to lesestrategier.', to: 'beskrivelse: TODO', path: 'oppgaver[0].beskrivelse', line: 33, column: 18 },
    { found: 'Lorem ipsum', from: 'analyse: Elevene', to: 'analyse: Lorem ipsum dolor sit amet. Elevene', path: 'analyse', line: 30, column: 10 },
    { found: 'todo', from: 'tegn_på_læring: Elevene', to: 'tegn_på_læring: todo – Elevene', path: 'tegn_på_læring', line: 38, column: 17 },
    { found: 'TODO', from: 'innledning: Skolen deltar', to: 'innledning: |\n  Skolen deltar i DEKOM.\n\n  TODO skriv mer\n  Skolen deltar', path: 'innledning', line: 13, column: 13 },
  ])('reports $found in $path at $line:$column', ({ found, from, to, path, line, column }) => {
    const problem = expectOne(check(edit(SCHOOL, from, to)), RULE, { line, column, path, severity: 'error' });
    expect(problem.message).toContain(`«${found}»`);
  });

  it('reports "Velg et element" where a boolean belongs, beside schema', () => {
    const result = check(fixture(RULE, 'fail-boolean'));
    const where = { line: 29, column: 22, path: 'analyse.samarbeid_med_up1', severity: 'error' } as const;
    expectOne(result, RULE, where);
    expectOne(result, 'schema', where);
  });

  it('reports the date template text where a date belongs, beside schema', () => {
    const text = edit(base('kompetanseplan'), 'søknadsfrist: 2026-03-15', 'søknadsfrist: Klikk eller trykk for å skrive inn en dato.');
    const result = check(text);
    expectOne(result, RULE, { line: 14, column: 15, path: 'søknadsfrist', severity: 'error' });
    expect(problems(result, 'schema').map((p) => p.path)).toEqual(['søknadsfrist']);
  });

  it('reports a placeholder in a list of texts at the item', () => {
    const text = edit(SCHOOL, 'mål: [M1]', 'mål: [M1, TODO]');
    expect(problems(check(text), RULE).map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual(['oppgaver[0].mål[1] 36:15']);
  });
});
