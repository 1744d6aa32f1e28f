import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'meeting-gap';
const PLAN = base('nettverksplan'); // meetings 2026-09-10T09:00, 2026-11-05, 2027-01-20

describe(RULE, () => {
  it.each(['pass', 'pass-unsorted'])('is silent on %s: gaps of at most 92 days once sorted', (name) => {
    expect(problems(check(fixture(RULE, name)), RULE)).toEqual([]);
  });

  it('reports a long gap at the later meeting', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 72, column: 5, path: 'tidsplan[2]', severity: 'warning' });
    expect(problem.message).toContain('116 dager');
    expect(problem.message).toContain('2026-11-05');
  });

  it('sorts meetings by date first, and reports the later one wherever it is listed', () => {
    const problem = expectOne(check(fixture(RULE, 'fail-unsorted')), RULE, { line: 60, column: 5, path: 'tidsplan[0]', severity: 'warning' });
    expect(problem.message).toContain('116 dager');
  });

  it.each([
    ['2027-02-05', 0], // 92 days after 2026-11-05
    ['2027-02-06', 1], // 93 days
  ])('with the last meeting on %s, reports %i', (day, count) => {
    expect(problems(check(edit(PLAN, 'dato: 2027-01-20', `dato: ${day}`)), RULE)).toHaveLength(count);
  });

  it('counts days, not hours, between meetings with a time', () => {
    const text = edit(edit(PLAN, 'dato: 2026-11-05', 'dato: 2026-11-05T07:00'), 'dato: 2027-01-20', 'dato: 2027-02-05T23:30');
    expect(problems(check(text), RULE)).toEqual([]);
  });

  it('needs two meetings to measure a gap', () => {
    const one = base('nettverksplan').slice(0, PLAN.indexOf('  - dato: 2026-11-05'));
    expect(problems(check(one), RULE)).toEqual([]);
  });

  it('does not count July: a gap across the summer holiday is the weeks around it', () => {
    expect(problems(check(fixture(RULE, 'pass-summer')), RULE)).toEqual([]);
  });

  it('counts July too with the option summer: true', () => {
    const bytes = Buffer.from(fixture(RULE, 'pass-summer'), 'utf8');
    const result = checkBytes('plan.yaml', bytes, { lang: 'nb', today: '2026-11-24', ruleOptions: { [RULE]: { summer: true } } });
    expect(problems(result, RULE).map((p) => p.path)).toEqual(['tidsplan[5]']);
  });

  it('takes its limit from the option days', () => {
    const bytes = Buffer.from(PLAN, 'utf8');
    const result = checkBytes('plan.yaml', bytes, { lang: 'nb', today: '2026-11-24', ruleOptions: { [RULE]: { days: 50 } } });
    expect(problems(result, RULE).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'tidsplan[1]: 56 dager siden forrige møte (2026-09-10); sett av faste og jevnlige møtepunkter (høyst 50 dager mellom).',
      'tidsplan[2]: 76 dager siden forrige møte (2026-11-05); sett av faste og jevnlige møtepunkter (høyst 50 dager mellom).',
    ]);
  });

  it('spreads a yearly meeting over every year of the period', () => {
    const found = expectOne(check(fixture(RULE, 'fail-yearly')), RULE, { line: 60, column: 5, path: 'tidsplan[0]', severity: 'warning' });
    expect(found.message).toContain('334 dager siden forrige møte (2026-09-15), juli ikke medregnet');
  });
});
