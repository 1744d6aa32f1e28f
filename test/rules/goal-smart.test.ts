import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'goal-smart';
const GOAL = base('skoleplan');
/** The goal of the base skoleplan starts on line 21, its first key at column 5. */
const AT_GOAL = { line: 21, column: 5, path: 'mål[0]', severity: 'error' } as const;

describe(RULE, () => {
  it('is silent on a SMART goal, even with numbers (0 too) as baseline and target', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a goal without indikator once, at the goal, naming the key and M', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, AT_GOAL);
    expect(problem.message).toBe('Målet M1 mangler indikator: ikke målbart (M).');
  });

  it.each([
    ['indikator', 'ikke målbart (M)', '    indikator: Nasjonale prøver i lesing, 5. trinn.\n'],
    ['utgangspunkt', 'ikke målbart (M)', '    utgangspunkt: 31 % på mestringsnivå 1\n'],
    ['målverdi', 'ikke målbart (M)', '    målverdi: 20 % på mestringsnivå 1\n'],
    ['frist', 'ikke tidsbestemt (T)', '    frist: 2027-06-15\n'],
    ['ansvarlig', 'ikke akseptert av noen ansvarlig (A)', '    ansvarlig: Rektor\n'],
  ])('a goal without %s is %s', (key, letter, line) => {
    const problem = expectOne(check(edit(GOAL, line, '')), RULE, AT_GOAL);
    expect(problem.message).toBe(`Målet M1 mangler ${key}: ${letter}.`);
  });

  it('names every missing key and letter in one problem', () => {
    let text = GOAL;
    for (const line of ['    indikator: Nasjonale prøver i lesing, 5. trinn.\n', '    målverdi: 20 % på mestringsnivå 1\n', '    frist: 2027-06-15\n']) text = edit(text, line, '');
    expect(expectOne(check(text), RULE, AT_GOAL).message).toBe('Målet M1 mangler indikator, målverdi og frist: ikke målbart (M) og ikke tidsbestemt (T).');
    expect(expectOne(check(text, undefined, 'en'), RULE, AT_GOAL).message).toBe('Goal M1 lacks indikator, målverdi and frist: not measurable (M) and not time-bound (T).');
  });

  it('counts a blank value as missing', () => {
    const text = edit(GOAL, '    frist: 2027-06-15\n', '    frist:\n');
    expect(expectOne(check(text), RULE, AT_GOAL).message).toContain('frist');
  });

  it.each(['prosess', 'sektormål'])('leaves a goal of art %s alone: only outcome goals must be SMART', (art) => {
    const second = `  - id: M2\n    art: ${art}\n    beskrivelse: Alle lærere deltar i lærende team.\nanalyse:`;
    expect(problems(check(edit(GOAL, 'analyse:', second)), RULE)).toEqual([]);
  });

  it('holds an outcome goal to SMART, whether art says resultat or nothing', () => {
    const second = '  - id: M2\n    art: resultat\n    beskrivelse: Flere elever leser på fritiden.\n  - id: M3\n    beskrivelse: Flere gutter leser.\nanalyse:';
    const found = problems(check(edit(GOAL, 'analyse:', second)), RULE);
    expect(found.map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual(['mål[1] 30:5', 'mål[2] 33:5']);
    expect(found[0]!.message).toContain('M2');
  });

  it('leaves placeholder text to the placeholder rule', () => {
    const result = check(edit(GOAL, 'indikator: Nasjonale prøver i lesing, 5. trinn.', 'indikator: TODO'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'placeholder').map((p) => p.path)).toEqual(['mål[0].indikator']);
  });
});
