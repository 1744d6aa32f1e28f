import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'goal-smart';
const GOAL = base('skoleplan');

describe(RULE, () => {
  it('is silent on a SMART goal, even with numbers (0 too) as baseline and target', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a missing indikator at the goal’s first key, naming M', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 21, column: 5, path: 'mål[0].indikator', severity: 'error' });
    expect(problem.message).toMatch(/\bM i SMART\b/);
    expect(problem.message).toContain('«indikator»');
  });

  it.each([
    ['indikator', 'M', '    indikator: Nasjonale prøver i lesing, 5. trinn.\n'],
    ['utgangspunkt', 'M', '    utgangspunkt: 31 % på mestringsnivå 1\n'],
    ['målverdi', 'M', '    målverdi: 20 % på mestringsnivå 1\n'],
    ['frist', 'T', '    frist: 2027-06-15\n'],
    ['ansvarlig', 'A', '    ansvarlig: Rektor\n'],
  ])('a goal without %s fails %s', (key, letter, line) => {
    const problem = expectOne(check(edit(GOAL, line, '')), RULE, { line: 21, column: 5, path: `mål[0].${key}`, severity: 'error' });
    expect(problem.message).toContain(`${letter} i SMART`);
  });

  it.each([
    ['frist', 'T', 26, '    frist: 2027-06-15\n', '    frist:\n'],
    ['utgangspunkt', 'M', 24, '    utgangspunkt: 31 % på mestringsnivå 1\n', '    utgangspunkt: ""\n'],
  ])('reports a blank %s (%s) at its key, line %i', (key, letter, at, line, blank) => {
    const problem = expectOne(check(edit(GOAL, line, blank)), RULE, { line: at, column: 5, path: `mål[0].${key}`, severity: 'error' });
    expect(problem.message).toContain(`${letter} i SMART`);
  });

  it('counts goals from 0 in the path and names the goal by its id', () => {
    const second = '  - id: M2\n    beskrivelse: Flere elever leser på fritiden.\nanalyse:';
    const result = check(edit(GOAL, 'analyse:', second));
    const found = problems(result, RULE);
    expect(found.map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual([
      'mål[1].indikator 30:5',
      'mål[1].utgangspunkt 30:5',
      'mål[1].målverdi 30:5',
      'mål[1].frist 30:5',
      'mål[1].ansvarlig 30:5',
    ]);
    expect(found[0]!.message).toContain('M2');
  });

  it('leaves placeholder text to the placeholder rule', () => {
    const result = check(edit(GOAL, 'indikator: Nasjonale prøver i lesing, 5. trinn.', 'indikator: TODO'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'placeholder').map((p) => p.path)).toEqual(['mål[0].indikator']);
  });
});
