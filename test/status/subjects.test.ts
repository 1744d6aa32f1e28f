import { describe, expect, it } from 'vitest';
import { runMain } from '../in-process.js';
import { ROOT } from '../helpers.js';

const DRAFT = 'test/fixtures/draft/utkast-skoleplan.yaml';
const TODAY = ['--today', '2026-11-24'];

interface Subject {
  row: string;
  section: string;
  title: string | null;
  owner: string | null;
  deadline: string | null;
  status: string | null;
}

describe('problems carry their subject', () => {
  it('json: each file its organisation and period, a problem about a row the row\'s title, owner, deadline and status', async () => {
    const result = await runMain(['check', DRAFT, '--format', 'json', ...TODAY], { cwd: ROOT });
    const report = JSON.parse(result.stdout) as { files: Array<{ organisation: string; period: unknown; problems: Array<{ rule: string; path: string; subject?: Subject }> }> };
    const file = report.files[0]!;
    expect(file.organisation).toBe('Saupstad skole, Trondheim kommune');
    expect(file.period).toEqual({ fra: '2026-08-01', til: '2027-06-30' });
    const overdue = file.problems.find((p) => p.rule === 'overdue')!;
    expect(overdue.subject).toEqual({ row: overdue.path.replace(/\.frist$/, ''), section: 'oppgaver', title: 'Elevsamtaler om vurdering', owner: 'Ola Ukjent', deadline: '2026-09-01', status: 'planlagt' });
    // A problem about the plan as a whole has no row to name.
    const whole = file.problems.find((p) => p.path === 'situasjonsbeskrivelse')!;
    expect(whole.subject).toBeUndefined();
    // Every problem inside a row names that row.
    for (const problem of file.problems.filter((p) => /^(oppgaver|mål|tidsplan)\[\d+\]/.test(p.path))) {
      expect(problem.path.startsWith(problem.subject!.row)).toBe(true);
    }
  });

  it('sarif: the same subject in the result\'s properties, and the organisation and period on the artifact', async () => {
    const result = await runMain(['check', DRAFT, '--format', 'sarif', ...TODAY], { cwd: ROOT });
    const log = JSON.parse(result.stdout) as {
      runs: Array<{ artifacts: Array<{ properties: { organisation: string; period: unknown } }>; results: Array<{ ruleId: string; properties: { path: string; subject?: Subject } }> }>;
    };
    const run = log.runs[0]!;
    expect(run.artifacts[0]!.properties).toEqual({ organisation: 'Saupstad skole, Trondheim kommune', period: { fra: '2026-08-01', til: '2027-06-30' } });
    const overdue = run.results.find((r) => r.ruleId === 'overdue')!;
    expect(overdue.properties.subject).toEqual(expect.objectContaining({ title: 'Elevsamtaler om vurdering', owner: 'Ola Ukjent', deadline: '2026-09-01', status: 'planlagt' }));
  });

  it('a file that is no plan says so with nulls, not a guess', async () => {
    const result = await runMain(['check', '-', '--format', 'json', ...TODAY], { cwd: ROOT, stdin: 'bare: tekst\n' });
    const file = (JSON.parse(result.stdout) as { files: Array<Record<string, unknown>> }).files[0]!;
    expect(file['organisation']).toBeNull();
    expect(file['period']).toBeNull();
  });
});
