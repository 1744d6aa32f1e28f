import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'goal-ref';

describe(RULE, () => {
  it('is silent when every referred goal exists, in a block list too', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a reference to a missing goal at the reference, listing the known ids', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 58, column: 15, path: 'oppgaver[0].mål[1]', severity: 'error' });
    expect(problem.message).toContain('«M9»');
    expect(problem.message).toContain('(M1)');
  });

  it('reports the second of two goals sharing an id, at its id', () => {
    const problem = expectOne(check(fixture(RULE, 'fail-duplicate')), RULE, { line: 42, column: 9, path: 'mål[1].id', severity: 'error' });
    expect(problem.message).toContain('«M1»');
  });

  it('reports each bad reference in a block list', () => {
    const text = edit(base('skoleplan'), 'mål: [M1]', 'mål:\n      - M2\n      - M1\n      - m1');
    const found = problems(check(text), RULE);
    expect(found.map((p) => `${p.path} ${p.line}:${p.column}`)).toEqual(['oppgaver[0].mål[0] 37:9', 'oppgaver[0].mål[2] 39:9']);
  });

  it('is silent on a task that refers to no goal', () => {
    expect(problems(check(edit(base('skoleplan'), '    mål: [M1]\n', '')), RULE)).toEqual([]);
  });
});
