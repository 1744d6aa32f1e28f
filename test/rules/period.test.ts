import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'period';

describe(RULE, () => {
  it('is silent when fra is before til, in flow style too', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a period that ends before it starts at the periode key', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 5, column: 1, path: 'periode', severity: 'error' });
    expect(problem.message).toContain('2027-06-30');
    expect(problem.message).toContain('2026-08-01');
  });

  it('reports a period that ends the day it starts', () => {
    const text = edit(base('skoleplan'), '  til: 2027-06-30', '  til: 2026-08-01');
    expectOne(check(text), RULE, { line: 5, column: 1, path: 'periode', severity: 'error' });
  });

  it('is silent on a period one day long', () => {
    expect(problems(check(edit(base('skoleplan'), '  til: 2027-06-30', '  til: 2026-08-02')), RULE)).toEqual([]);
  });

  it('leaves an impossible date to schema', () => {
    const result = check(edit(base('skoleplan'), '  til: 2027-06-30', '  til: 2026-02-30'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'schema').map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual(['periode.til 7:8']);
  });
});
