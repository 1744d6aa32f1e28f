import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'task-owner';

describe(RULE, () => {
  it('is silent when every task has an ansvarlig', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a task row without ansvarlig at the row’s first key', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 37, column: 5, path: 'oppgaver[1].ansvarlig', severity: 'error' });
    expect(problem.message).toContain('Lesekurs for foreldre');
  });

  it.each([
    ['an empty value', '    ansvarlig:\n'],
    ['an empty string', '    ansvarlig: ""\n'],
    ['only spaces', "    ansvarlig: '   '\n"],
  ])('reports %s at the key', (_, blank) => {
    const text = edit(base('skoleplan'), '    ansvarlig: Siri Ødegård\n', blank);
    expectOne(check(text), RULE, { line: 34, column: 5, path: 'oppgaver[0].ansvarlig', severity: 'error' });
  });

  it('names the task by its number when it has no title', () => {
    const text = edit(base('skoleplan'), '    ansvarlig: Siri Ødegård\n', '');
    const problem = expectOne(check(edit(text, '  - oppgave: Lesestrategier i lærende team\n    beskrivelse', '  - beskrivelse')), RULE, {
      line: 32,
      column: 5,
      path: 'oppgaver[0].ansvarlig',
      severity: 'error',
    });
    expect(problem.message).toContain('«Oppgave nr. 1»');
  });

  it('leaves goals and meetings to other rules', () => {
    const text = edit(base('nettverksplan'), '    ansvarlig: Universitetet i Agder\n', '');
    expect(problems(check(text), RULE)).toEqual([]);
  });
});
