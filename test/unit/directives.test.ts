import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers.js';

const PLAN = (tasks: string) => `dekom: 1
type: skoleplan
tittel: Plan
organisasjon: Skole
periode:
  fra: 2026-08-01
  til: 2027-06-30
oppgaver:
${tasks}
`;

const rules = (text: string) => checkText(PLAN(text)).problems.filter((p) => ['task-owner', 'task-deadline', 'overdue', 'unused-directive'].includes(p.rule)).map((p) => `${p.rule}@${p.line}`);

describe('inline directives', () => {
  it('disable-next-line covers the list row that follows, for the named rules only', () => {
    const tasks = `  # dekom-disable-next-line task-owner -- eieren velges i januar
  - oppgave: A
    frist: 2026-12-01
  - oppgave: B
    frist: 2026-12-01`;
    expect(rules(tasks)).toEqual(['task-owner@12']);
  });

  it('a list of rules, and no rule meaning every rule', () => {
    expect(rules(`  # dekom-disable-next-line task-owner, task-deadline\n  - oppgave: A`)).toEqual([]);
    expect(rules(`  # dekom-disable-next-line\n  - oppgave: A`)).toEqual([]);
  });

  it('disable … enable covers the lines between', () => {
    const tasks = `  # dekom-disable task-owner
  - oppgave: A
    frist: 2026-12-01
  # dekom-enable task-owner
  - oppgave: B
    frist: 2026-12-01`;
    expect(rules(tasks)).toEqual(['task-owner@13']);
  });

  it('disable-line covers its own line', () => {
    const tasks = `  - oppgave: A
    ansvarlig: Per
    frist: 2026-09-01 # dekom-disable-line overdue`;
    expect(rules(tasks)).toEqual([]);
  });

  it('reports a directive that silences nothing, at the comment', () => {
    const tasks = `  # dekom-disable-next-line overdue
  - oppgave: A
    ansvarlig: Per
    frist: 2026-12-01`;
    expect(rules(tasks)).toEqual(['unused-directive@9']);
    const problem = checkText(PLAN(tasks)).problems.find((p) => p.rule === 'unused-directive')!;
    expect(problem).toMatchObject({ severity: 'warning', column: 3 });
    expect(problem.message).toMatch(/dekom-disable-next-line overdue/);
  });

  it('ignores directive-like text inside a value', () => {
    const tasks = `  - oppgave: "Les # dekom-disable-next-line i manualen"
    frist: 2026-12-01`;
    expect(rules(tasks)).toEqual(['task-owner@9']);
  });

  it('names an unknown rule id in a directive, with the likely one', () => {
    const tasks = `  # dekom-disable-next-line task-ownr
  - oppgave: A
    frist: 2026-12-01`;
    const problem = checkText(PLAN(tasks)).problems.find((p) => p.rule === 'unused-directive')!;
    expect(problem.message).toMatch(/Ukjent regel «task-ownr».*task-owner/);
  });

  it('above a mapping key, covers that line only, never the whole section', () => {
    const text = PLAN(`  - oppgave: A
    frist: 2026-12-01`).replace('oppgaver:', '# dekom-disable-next-line task-owner\noppgaver:');
    const result = checkText(text).problems.map((p) => p.rule);
    expect(result).toContain('task-owner');
    expect(result).toContain('unused-directive');
  });
});
