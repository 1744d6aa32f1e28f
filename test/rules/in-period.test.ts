import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'in-period';
const PLAN = base('nettverksplan'); // periode 2026-08-01 – 2027-06-30

describe(RULE, () => {
  it('counts the first and last day of the period as inside, with or without a time', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
    expect(problems(check(edit(PLAN, 'dato: 2027-01-20', 'dato: 2027-06-30T23:59')), RULE)).toEqual([]);
  });

  it('reports a task frist the day after the period at the value', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 56, column: 12, path: 'oppgaver[0].frist', severity: 'warning' });
    expect(problem.message).toContain('2027-07-01');
    expect(problem.message).toContain('2026-08-01 – 2027-06-30');
  });

  it.each([
    ['a goal frist the day before', 'frist: 2027-06-01', 'frist: 2026-07-31', 'mål[0].frist', 38, 12],
    ['a meeting with a time after', 'dato: 2027-01-20', 'dato: 2027-07-01T10:00', 'tidsplan[2].dato', 72, 11],
    ['a meeting long before', 'dato: 2026-09-10T09:00', 'dato: 2025-09-10T09:00', 'tidsplan[0].dato', 60, 11],
  ])('reports %s', (_, from, to, path, line, column) => {
    expectOne(check(edit(PLAN, from, to)), RULE, { line, column, path, severity: 'warning' });
  });

  it('says nothing while the period itself is wrong', () => {
    const text = edit(edit(PLAN, '  fra: 2026-08-01', '  fra: 2028-08-01'), 'frist: 2026-12-15', 'frist: 2030-01-01');
    expect(problems(check(text), RULE)).toEqual([]);
  });

  it('covers the milestones of a kommuneplan', () => {
    const text = check(edit(base('kommuneplan'), 'dato: ' + milestoneDay(base('kommuneplan')), 'dato: 2030-01-01'));
    expect(text.problems.filter((p) => p.rule === RULE).map((p) => p.path)).toEqual([expect.stringMatching(/^forankringsstrategi\.milepæler\[\d+\]\.dato$/)]);
  });

  it('takes a yearly deadline as inside when one of its days is', () => {
    expect(problems(check(fixture(RULE, 'pass-yearly')), RULE)).toEqual([]);
  });

  it('reports a yearly deadline whose day never falls in the period', () => {
    expectOne(check(fixture(RULE, 'fail-yearly')), RULE, { line: 35, column: 5, path: 'oppgaver[0].frist', severity: 'warning' });
  });

  it('reads the annual cycle of a long-term plan as the kind defines it: its yearly dates fall in the period', () => {
    expect(problems(check(base('langsiktig_plan')), RULE)).toEqual([]);
  });

  it('reports a one-off date of the annual cycle after the period', () => {
    const found = expectOne(check(fixture(RULE, 'fail-arshjul')), RULE, { line: 46, column: 11, path: 'årshjul[2].dato', severity: 'warning' });
    expect(found.message).toBe('«dato» 2031-08-30 ligger utenfor perioden 2026-09-01 – 2030-12-31.');
  });

  it('reports each yearly date of the cycle that a four-month period never reaches', () => {
    const found = problems(check(fixture(RULE, 'fail-arshjul-never')), RULE);
    expect(found.map(({ line, path, message }) => ({ line, path, message }))).toEqual([
      { line: 40, path: 'årshjul[0].dato', message: '«dato» hvert år 02-01 faller aldri innenfor perioden 2026-09-01 – 2026-12-31.' },
      { line: 43, path: 'årshjul[1].dato', message: '«dato» hvert år 03-15 faller aldri innenfor perioden 2026-09-01 – 2026-12-31.' },
    ]);
  });

  it('leaves a recommendation’s measures alone: they may well run past its year', () => {
    expect(problems(check(base('innstilling')), RULE)).toEqual([]);
  });
});

/** The first milestone's date in the base plan, to move outside the period. */
function milestoneDay(text: string): string {
  const block = text.slice(text.indexOf('milepæler:'));
  return /dato: (\S+)/.exec(block)![1]!;
}
