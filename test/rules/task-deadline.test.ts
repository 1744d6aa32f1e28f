import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'task-deadline';

describe(RULE, () => {
  it('is silent when every task has a frist', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a task row without frist at the row’s first key', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 37, column: 5, path: 'oppgaver[1].frist', severity: 'error' });
    expect(problem.message).toContain('Lesekurs for foreldre');
  });

  it.each([
    ['an empty value', '    frist:\n'],
    ['an empty string', '    frist: ""\n'],
  ])('reports %s at the key', (_, blank) => {
    const text = edit(base('skoleplan'), '    frist: 2027-02-01\n', blank);
    expectOne(check(text), RULE, { line: 35, column: 5, path: 'oppgaver[0].frist', severity: 'error' });
  });

  it('leaves a frist in the wrong form to schema', () => {
    const result = check(edit(base('skoleplan'), 'frist: 2027-02-01', 'frist: 31.02.2027'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'schema').map((p) => p.path)).toEqual(['oppgaver[0].frist']);
  });

  it('does not ask goals for a task deadline', () => {
    const text = edit(base('skoleplan'), '    frist: 2027-06-15\n', '');
    expect(problems(check(text), RULE)).toEqual([]);
  });
});
