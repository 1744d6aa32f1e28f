import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'unknown-key';

describe(RULE, () => {
  it('allows språk, kontakt, mål, oppgaver and tidsplan in a kompetanseplan', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a misspelt key in a task row at the key and suggests ansvarlig', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 55, column: 5, path: 'oppgaver[0].ansvalig', severity: 'warning' });
    expect(problem.message).toContain('«ansvalig»');
    expect(problem.message).toContain('Mente du «ansvarlig»?');
  });

  it.each([
    { kind: 'skoleplan', from: 'tegn_på_læring:', to: 'tegn_pa_laering:', path: 'tegn_pa_laering', line: 38, suggestion: 'tegn_på_læring' },
    { kind: 'skoleplan', from: 'mål:\n  - id', to: 'maal:\n  - id', path: 'maal', line: 20, suggestion: 'mål' },
    { kind: 'skoleplan', from: 'tittel:', to: 'Tittel:', path: 'Tittel', line: 3, suggestion: 'tittel' },
  ] as const)('suggests $suggestion for $path', ({ kind, from, to, path, line, suggestion }) => {
    const problem = expectOne(check(edit(base(kind), from, to)), RULE, { line, column: 1, path, severity: 'warning' });
    expect(problem.message).toContain(`Mente du «${suggestion}»?`);
  });

  it.each([
    { kind: 'kommuneplan', from: 'evaluering:', to: 'tegn_på_læring: Elevene leser mer.\nevaluering:', path: 'tegn_på_læring', line: 39, column: 1, known: 'utviklingsområder' },
    { kind: 'kompetanseplan', from: 'evaluering:', to: 'rammer:\n  skolebasert: Ja.\nevaluering:', path: 'rammer', line: 41, column: 1, known: 'kompetansebehov' },
    { kind: 'kommuneplan', from: '  til: 2028-06-30', to: '  til: 2028-06-30\n  slutt: 2028-08-01', path: 'periode.slutt', line: 8, column: 3, known: 'fra, til' },
    { kind: 'nettverksplan', from: '    sted: Teams', to: '    rom: Teams', path: 'tidsplan[1].rom', line: 69, column: 5, known: 'sted' },
    { kind: 'nettverksplan', from: 'timer: 120', to: 'timer: 120\n      antall: 3', path: 'ressurser.timer[0].antall', line: 19, column: 7, known: 'part, timer' },
  ] as const)('reports $path in a $kind and lists the keys known there', ({ kind, from, to, path, line, column, known }) => {
    const problem = expectOne(check(edit(base(kind), from, to)), RULE, { line, column, path, severity: 'warning' });
    expect(problem.message).toContain('Kjente nøkler her:');
    expect(problem.message).toContain(known);
  });
});
