import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'uh-partner';

describe(RULE, () => {
  it('is silent when some partner, not only the first, has rolle: uh', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a nettverksplan without a uh partner at parter', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 20, column: 1, path: 'parter', severity: 'error' });
    expect(problem.message).toContain('«uh» eller «nasjonalt_senter»');
  });

  it('reports a kompetanseplan without parter at line 1, beside required', () => {
    const result = check(fixture(RULE, 'fail-no-parter'));
    expectOne(result, RULE, { line: 1, column: 1, path: '', severity: 'error' });
    expect(problems(result, 'required').map((p) => p.path)).toEqual(['parter']);
  });

  it('reports an empty parter list at parter', () => {
    const text = base('nettverksplan').replace(/parter:\n(?: {2}.*\n)+/, 'parter: []\n');
    expectOne(check(text), RULE, { line: 20, column: 1, path: 'parter', severity: 'error' });
  });

  it('does not apply to a skoleplan', () => {
    const text = edit(base('skoleplan'), 'evaluering:', 'parter:\n  - navn: Åsen skole\n    rolle: skole\nevaluering:');
    expect(problems(check(text), RULE)).toEqual([]);
  });

  it('warns on a kommuneplan: the owner’s plan is anchored with UH before its need notifications', () => {
    const text = edit(base('kommuneplan'), '    rolle: uh\n', '    rolle: skoleeier\n');
    expect(problems(check(text), RULE).map((p) => p.severity)).toEqual(['warning']);
  });

  it('counts a national centre, and a partner whose roles include uh', () => {
    const centre = base('nettverksplan').replace(/rolle: uh\n/g, 'rolle: nasjonalt_senter\n');
    expect(problems(check(centre), RULE)).toEqual([]);
    const roles = base('nettverksplan').replace(/rolle: uh\n/g, 'roller: [skoleeier, uh]\n');
    expect(problems(check(roles), RULE)).toEqual([]);
    expect(problems(check(roles), 'required')).toEqual([]);
  });
});
