import { describe, expect, it } from 'vitest';
import { KINDS, base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'egenandel';
const PLAN = base('kompetanseplan');

describe(RULE, () => {
  it('is silent when egenandel_bekreftet is true', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports false at the value', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 40, column: 22, path: 'egenandel_bekreftet', severity: 'error' });
    expect(problem.message).toContain('egenandel_bekreftet: true');
  });

  it('reports a missing confirmation at the start of the plan', () => {
    expectOne(check(fixture(RULE, 'fail-missing')), RULE, { line: 1, column: 1, path: 'egenandel_bekreftet', severity: 'error' });
  });

  it.each([
    ['text "ja", read as yes', '"ja"', ['normalised']],
    ['"Velg et element"', 'Velg et element.', ['egenandel', 'placeholder', 'schema']],
  ])('reports %s, alongside the rules that own its form', (_, value, rules) => {
    const result = check(edit(PLAN, 'egenandel_bekreftet: true', `egenandel_bekreftet: ${value}`));
    expect(result.problems.map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual(rules.map((rule) => `${rule} 40:22`));
  });

  // A key written with no value belongs at the key, as `required` and `task-owner` place it;
  // today it lands after the colon (40:21): locate() in src/load/source.ts tests `node === null`,
  // but `yaml` gives an empty value as a null Scalar.
  it('reports an empty egenandel_bekreftet at its key', () => {
    const text = edit(PLAN, 'egenandel_bekreftet: true', 'egenandel_bekreftet:');
    expectOne(check(text), RULE, { line: 40, column: 1, path: 'egenandel_bekreftet', severity: 'error' });
  });

  it.each(KINDS.filter((kind) => kind !== 'kompetanseplan'))('does not apply to a %s', (kind) => {
    expect(problems(check(base(kind)), RULE)).toEqual([]);
  });

  it('asks nothing of a plan outside the decentralised scheme: REKOM has no co-funding rule', () => {
    expect(problems(check(fixture(RULE, 'pass-rekom')), RULE)).toEqual([]);
  });
});
