import { describe, expect, it } from 'vitest';
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
});
