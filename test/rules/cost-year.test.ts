import { describe, expect, it } from 'vitest';
import { KINDS, base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'cost-year';
const PLAN = base('kompetanseplan'); // innstillingsår 2026; one need, år [2026, 2027], with kostnad

describe(RULE, () => {
  it('is silent on a costed need in the year applied for and an uncosted one later', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a costed need outside innstillingsår at its row', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 40, column: 5, path: 'kompetansebehov[1]', severity: 'warning' });
    expect(problem.message).toContain('«Inkluderende læringsmiljø»');
    expect(problem.message).toContain('2027, 2028');
    expect(problem.message).toContain('2026');
  });

  it.each([
    ['år [2027]', 1, 'år: [2026, 2027]', 'år: [2027]'],
    ['innstillingsår 2028', 1, 'innstillingsår: 2026', 'innstillingsår: 2028'],
  ])('with %s, reports %i', (_, count, from, to) => {
    expect(problems(check(edit(PLAN, from, to)), RULE)).toHaveLength(count);
  });

  it('asks nothing of a need without kostnad', () => {
    const text = edit(edit(PLAN, 'år: [2026, 2027]', 'år: [2027]'), '    kostnad: 1150000\n', '');
    expect(problems(check(text), RULE)).toEqual([]);
  });

  it.each(KINDS.filter((kind) => kind !== 'kompetanseplan'))('does not apply to a %s', (kind) => {
    expect(problems(check(base(kind)), RULE)).toEqual([]);
  });

  it('accepts grants per year within the need’s years', () => {
    expect(problems(check(fixture(RULE, 'pass-grants')), RULE)).toEqual([]);
  });

  it('reports a grant for a year the need does not run, at that year', () => {
    expectOne(check(fixture(RULE, 'fail-grant-year')), RULE, { line: 38, column: 30, path: 'kompetansebehov[0].tilskudd.2028', severity: 'warning' });
  });

  it('reports grants for more than three years', () => {
    const found = expectOne(check(fixture(RULE, 'fail-four-years')), RULE, { line: 38, column: 5, path: 'kompetansebehov[0].tilskudd', severity: 'warning' });
    expect(found.message).toContain('inntil tre år');
  });
});
