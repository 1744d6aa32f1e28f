import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'owner-known';
const PLAN = base('nettverksplan');
const TASK_OWNER = 'ansvarlig: Ola Hansen\n    frist';

describe(RULE, () => {
  it('knows partners, contact persons, the contact’s role and role words, also combined', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports an unknown task owner at the value, naming it', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 55, column: 16, path: 'oppgaver[0].ansvarlig', severity: 'warning' });
    expect(problem.message).toContain('«Per Olsen»');
  });

  it.each([
    ['a goal', '    ansvarlig: Kari Nordmann\n    forankring', '    ansvarlig: Per Olsen\n    forankring', 'mål[0].ansvarlig', 39],
    ['a meeting', '    ansvarlig: Kari Nordmann\n  - dato', '    ansvarlig: Per Olsen\n  - dato', 'tidsplan[1].ansvarlig', 71],
  ])('checks the owner of %s too', (_, from, to, path, line) => {
    expectOne(check(edit(PLAN, from, to)), RULE, { line, column: 16, path, severity: 'warning' });
  });

  it.each(['kari nordmann', 'Farsund kommune', 'Lister skolenettverk', 'Ola Hansen, Farsund kommune'])('knows %s', (owner) => {
    expect(problems(check(edit(PLAN, TASK_OWNER, `ansvarlig: ${owner}\n    frist`)), RULE)).toEqual([]);
  });

  it.each(['Kari Nordmann og Per Olsen', 'Rektor', 'Statsforvalteren'])('reports %s', (owner) => {
    expect(problems(check(edit(PLAN, TASK_OWNER, `ansvarlig: ${owner}\n    frist`)), RULE)).toHaveLength(1);
  });

  it('matches names with Norwegian letters, whatever the case', () => {
    const text = edit(base('skoleplan'), 'ansvarlig: Siri Ødegård', 'ansvarlig: SIRI ØDEGÅRD');
    expect(problems(check(text), RULE)).toEqual([]);
    expect(problems(check(edit(base('skoleplan'), 'ansvarlig: Siri Ødegård', 'ansvarlig: Siri Odegard')), RULE)).toHaveLength(1);
  });

  it.each([
    ['a typo in a contact person', 'Ola Hansn', 'Ola Hansen'],
    ['a name without its Norwegian letters', 'Farsund kommne', 'Farsund kommune'],
  ])('suggests the nearest known name for %s', (_, owner, suggestion) => {
    const [problem] = problems(check(edit(PLAN, TASK_OWNER, `ansvarlig: ${owner}\n    frist`)), RULE);
    expect(problem?.message).toBe(`«${owner}» er ikke nevnt blant partene, kontaktpersonene eller rollene i planen; mente du «${suggestion}»? Ellers legg til parten.`);
  });

  it('suggests in English too', () => {
    const [problem] = problems(check(edit(PLAN, TASK_OWNER, 'ansvarlig: Ola Hansn\n    frist'), undefined, 'en'), RULE);
    expect(problem?.message).toContain('did you mean "Ola Hansen"?');
  });

  it('suggests nothing when no known name is close', () => {
    const [problem] = problems(check(edit(PLAN, TASK_OWNER, 'ansvarlig: Per Olsen\n    frist')), RULE);
    expect(problem?.message).not.toMatch(/mente du/);
  });
});
