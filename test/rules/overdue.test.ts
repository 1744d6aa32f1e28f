import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'overdue';
const PLAN = base('nettverksplan'); // the task's frist is 2026-12-15

describe(RULE, () => {
  it('skips tasks fullført or avlyst, tasks due today, and goals', () => {
    expect(problems(check(fixture(RULE, 'pass'), '2026-11-24'), RULE)).toEqual([]);
  });

  it('reports a frist before today at the value, naming the task and the day', () => {
    const problem = expectOne(check(fixture(RULE, 'fail'), '2026-11-24'), RULE, {
      line: 56,
      column: 12,
      path: 'oppgaver[0].frist',
      severity: 'warning',
    });
    expect(problem.message).toContain('2026-11-23');
    expect(problem.message).toContain('Planleggingsmøte med UiA');
    expect(problem.message).toContain('2026-11-24');
  });

  it.each([
    ['planlagt', true],
    ['pågår', true],
    ['fullført', false],
    ['avlyst', false],
  ])('with status %s, reports: %s', (status, reported) => {
    const text = edit(PLAN, 'status: planlagt', `status: ${status}`);
    expect(problems(check(text, '2026-12-16'), RULE)).toHaveLength(reported ? 1 : 0);
  });

  it('treats a task without status as planlagt', () => {
    expect(problems(check(edit(PLAN, '    status: planlagt\n', ''), '2026-12-16'), RULE)).toHaveLength(1);
  });

  it.each([
    ['2026-12-14', 0],
    ['2026-12-15', 0],
    ['2026-12-16', 1],
    ['2027-08-01', 1],
  ])('with today %s, reports %i', (today, count) => {
    expect(problems(check(PLAN, today), RULE)).toHaveLength(count);
  });

  it('never calls a yearly deadline overdue while the plan runs: it is due again next year', () => {
    expect(problems(check(fixture(RULE, 'yearly'), '2027-05-01'), RULE)).toEqual([]);
  });

  it('calls it overdue once the plan is over, from its last day in the period, at the yearly date', () => {
    const found = expectOne(check(fixture(RULE, 'yearly'), '2028-12-01'), RULE, { line: 35, column: 5, path: 'oppgaver[0].frist', severity: 'warning' });
    expect(found.message).toContain('2028-03-15');
  });

  it('never calls the annual cycle of a long-term plan overdue while the plan runs', () => {
    expect(problems(check(base('langsiktig_plan'), '2029-06-01'), RULE)).toEqual([]);
    expect(problems(check(fixture(RULE, 'arshjul'), '2026-05-01'), RULE)).toEqual([]);
  });

  it('says once, at the cycle, that a plan whose period is over has yearly dates left, naming the last', () => {
    const found = expectOne(check(fixture(RULE, 'arshjul'), '2026-11-24'), RULE, { line: 38, column: 1, path: 'årshjul', severity: 'warning' });
    expect(found.message).toBe(
      '«årshjul» har datoer som kommer hvert år, men planen gjaldt til 2026-08-31; den siste, «Innstilling til statsforvalteren», var 2026-03-15. Forleng perioden eller vedta en ny plan.',
    );
  });
});
