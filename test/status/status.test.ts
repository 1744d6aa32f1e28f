import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/status/status.js';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { planRepository, TODAY } from './repo.js';

let dir: string;
let cleanup: () => void;
let files: string[];

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  ({ files } = planRepository(dir));
});
afterAll(() => cleanup());

const status = (args: string[] = []) => runMain(['status', '.', '--today', TODAY, ...args], { cwd: dir });
let plain: Promise<StatusReport> | undefined;
/** The report of a plain run, read once: the tests that only look at it share it. */
function statusJson(args: string[] = []): Promise<StatusReport> {
  if (args.length > 0) return readStatus(args);
  return (plain ??= readStatus([]));
}
async function readStatus(args: string[]): Promise<StatusReport> {
  const result = await status(['--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as StatusReport;
}
const byOrganisation = (report: StatusReport, organisation: string) => {
  const plan = report.plans.find((p) => p.organisation === organisation);
  if (!plan) throw new Error(`no plan of ${organisation} in ${report.plans.map((p) => p.organisation).join(', ')}`);
  return plan;
};

/** A CSV line split as Excel splits it: `;` outside quotes, `""` inside them a quote. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('dekom status on a repository of 12 plans', () => {
  it('gives one row per plan, clean ones included, and skips YAML that is not a plan', async () => {
    const report = await statusJson();
    expect(report.plans.map((p) => p.file)).toEqual(files);
    expect(report.plans).toHaveLength(12);
    expect(report.plans.filter((p) => p.errors === 0 && p.warnings === 0).length).toBeGreaterThanOrEqual(4);
    expect(report.today).toBe(TODAY);
    expect(report.within).toBe(30);
  });

  it('has the documented JSON shape', async () => {
    const report = await statusJson();
    expect(Object.keys(report)).toEqual(['version', 'today', 'within', 'for', 'plans', 'summary']);
    expect(report.version).toBe(1);
    for (const plan of report.plans) {
      expect(Object.keys(plan)).toEqual(['file', 'type', 'title', 'organisation', 'schemes', 'period', 'network', 'completeness', 'emptiest', 'errors', 'warnings', 'tasks', 'overdue', 'upcoming']);
      expect(Object.keys(plan.tasks)).toEqual(['planlagt', 'pågår', 'fullført', 'avlyst']);
      for (const item of [...plan.overdue, ...plan.upcoming]) expect(Object.keys(item)).toEqual(['section', 'row', 'title', 'owner', 'date', 'time', 'status', 'days']);
    }
    expect(Object.keys(report.summary)).toEqual(['plans', 'errors', 'warnings', 'tasks', 'overdue', 'upcoming']);
  });

  it('counts errors and warnings as check does on the same files', async () => {
    const report = await statusJson();
    const check = await runMain(['check', '.', '--today', TODAY, '--format', 'json'], { cwd: dir });
    const checked = JSON.parse(check.stdout) as { files: Array<{ file: string; completeness: number; problems: Array<{ severity: string }> }> };
    expect(checked.files.map((f) => f.file)).toEqual(report.plans.map((p) => p.file));
    for (const [i, file] of checked.files.entries()) {
      const plan = report.plans[i]!;
      expect([file.file, plan.errors, plan.warnings, plan.completeness]).toEqual([
        file.file,
        file.problems.filter((p) => p.severity === 'error').length,
        file.problems.filter((p) => p.severity === 'warning').length,
        file.completeness,
      ]);
    }
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('lists overdue tasks with their owners, and what comes up within 30 days', async () => {
    const report = await statusJson();
    const setesdal = byOrganisation(report, 'Nettverket for klasseledelse i Setesdal');
    expect(setesdal.overdue).toEqual([expect.objectContaining({ section: 'oppgaver', title: 'Rapport til skoleeierne', owner: 'Sigrid Myklebust', date: '2026-10-15', status: 'pågår', days: -40 })]);
    expect(setesdal.upcoming).toContainEqual(expect.objectContaining({ section: 'tidsplan', title: 'Nettverkssamling 4', date: '2026-12-03', time: '09:00', days: 9 }));
    const saupstad = byOrganisation(report, 'Saupstad skole, Trondheim kommune');
    expect(saupstad.overdue.map((item) => [item.date, item.owner])).toEqual([['2026-09-01', 'Ola Ukjent']]);
    expect(byOrganisation(report, 'Kvinesdal skole; ungdomstrinnet').overdue.map((item) => item.owner)).toEqual(['Kari Nordmann']);
    // A yearly deadline is due on its next day in the period, not late.
    const lyngdal = byOrganisation(report, 'Lyngdal ungdomsskole');
    expect(lyngdal.overdue).toEqual([]);
    expect(lyngdal.upcoming).toContainEqual(expect.objectContaining({ title: 'Rapport til kommunestyret', date: '2026-12-01', days: 7 }));
    for (const plan of report.plans) for (const item of plan.upcoming) expect(item.days).toBeGreaterThanOrEqual(0), expect(item.days).toBeLessThanOrEqual(30);
    expect(report.summary.overdue).toBe(report.plans.reduce((n, p) => n + p.overdue.length, 0));
  });

  it('counts tasks by status', async () => {
    const report = await statusJson();
    const vanse = byOrganisation(report, 'Vanse skole');
    expect(vanse.tasks.fullført).toBeGreaterThan(0);
    expect(vanse.tasks.planlagt + vanse.tasks.pågår + vanse.tasks.avlyst).toBe(0);
    const flekkefjord = byOrganisation(report, 'Flekkefjord skole');
    expect(flekkefjord.tasks.avlyst).toBe(1);
    expect(flekkefjord.tasks.pågår).toBeGreaterThanOrEqual(1);
  });

  it('names the emptiest sections of an incomplete plan', async () => {
    const report = await statusJson();
    const farsund = byOrganisation(report, 'Farsund kommune');
    expect(farsund.completeness).toBeLessThan(1);
    expect(farsund.emptiest[0]).toEqual(expect.objectContaining({ key: 'evaluering', completeness: 0 }));
    expect(byOrganisation(report, 'Lindesnes kommune, Oppvekst').emptiest).toEqual([]);
  });

  it('--innen narrows what counts as coming up', async () => {
    const report = await statusJson(['--innen', '8']);
    expect(report.within).toBe(8);
    const upcoming = report.plans.flatMap((p) => p.upcoming.map((item) => item.date));
    expect(upcoming).toContain('2026-12-01');
    expect(upcoming).not.toContain('2026-12-03');
  });

  it('--for keeps the plans and rows a person answers for, and a partner through its contact person', async () => {
    const kari = await statusJson(['--for', 'Kari Nordmann']);
    expect(kari.for).toBe('Kari Nordmann');
    expect(kari.plans.map((p) => p.organisation).sort()).toEqual(['Kvinesdal skole; ungdomstrinnet', 'Lyngdal ungdomsskole']);
    expect(byOrganisation(kari, 'Kvinesdal skole; ungdomstrinnet').tasks).toEqual({ planlagt: 1, pågår: 0, fullført: 0, avlyst: 0 });
    // Sigrid Myklebust is UiA's contact person: what UiA owns is hers, and hers is UiA's.
    const uia = await statusJson(['--for', 'universitetet i agder']);
    expect(byOrganisation(uia, 'Nettverket for klasseledelse i Setesdal').overdue.map((i) => i.title)).toEqual(['Rapport til skoleeierne']);
    expect(uia.plans.every((p) => p.tasks.planlagt + p.tasks.pågår + p.tasks.fullført + p.tasks.avlyst <= 20)).toBe(true);
    const nobody = await status(['--for', 'Ingen Slik Person']);
    expect(nobody.code).toBe(0);
    expect(nobody.stdout).toMatch(/Ingen planer nevner «Ingen Slik Person»/);
  });

  it('prints a table within 100 columns, one line per plan, with the late tasks and their owners', async () => {
    const result = await status();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(100);
    expect(lines[0]).toMatch(/^Plan +Type +Utfylt +Feil +Adv\./);
    expect(lines.slice(1, 13).every((line) => /\d+ %/.test(line))).toBe(true);
    expect(lines[13]).toBe('Oppgaver: planlagt/pågår/fullført/avlyst');
    expect(lines[14]).toBe('');
    expect(result.stdout).toMatch(/^ {2}2026-10-15 +40 dager over +Rapport til skoleeierne \(Sigrid Myklebust\) · Nettverket/m);
    expect(result.stdout).toMatch(/^ {2}2026-12-03 09:00 +om 9 dager +møte: Nettverkssamling 4 \(Sigrid Myklebust\)/m);
    expect(result.stdout).toMatch(/^12 planer · \d+ feil · \d+ advarsl\w+ · 4 forsinket · \d+ de neste 30 dagene$/m);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours the table on a terminal that allows it, and speaks English with --lang en', async () => {
    const coloured = await runMain(['status', '.', '--today', TODAY], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toMatch(/\u001b\[31m/);
    const english = await status(['--lang', 'en']);
    expect(english.stdout).toMatch(/^Plan +Type +Filled in +Errors/);
    expect(english.stdout).toMatch(/40 days late/);
  });

  it('writes CSV a Norwegian Excel opens: BOM, semicolons, CRLF, ISO dates, quoted cells', async () => {
    const result = await status(['--format', 'csv', '-o', 'status.csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const bytes = readFileSync(path.join(dir, 'status.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(13);
    const head = rows[0]!;
    expect(head.slice(0, 4)).toEqual(['Fil', 'Organisasjon', 'Tittel', 'Type']);
    for (const row of rows) expect(row).toHaveLength(head.length);
    const col = (name: string) => head.indexOf(name);
    const kvinesdal = rows.find((row) => row[col('Organisasjon')] === 'Kvinesdal skole; ungdomstrinnet')!;
    expect(kvinesdal).toBeDefined();
    expect(kvinesdal[col('Fra')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(kvinesdal[col('Forsinket')]).toBe('1');
    expect(kvinesdal[col('Forsinket, ansvarlige')]).toBe('Kari Nordmann');
    expect(kvinesdal[col('Utfylt (%)')]).toMatch(/^\d+$/);
    expect(rows.find((row) => row[col('Organisasjon')] === 'Lyngdal ungdomsskole')![col('Neste dato')]).toBe('2026-12-01');
  });

  it('keeps a cell that starts like a formula as text in CSV', async () => {
    const { dir: other, cleanup: done } = tempDir();
    try {
      writeFileSync(path.join(other, 'plan.yaml'), readFileSync(path.join(dir, 'skoler/heimdal.yaml'), 'utf8').replace(/^organisasjon: .*$/m, 'organisasjon: "=HYPERLINK(\\"x\\")"'));
      const result = await runMain(['status', '.', '--today', TODAY, '--format', 'csv'], { cwd: other });
      expect(csvRows(result.stdout.slice(1))[1]![1]).toBe('\'=HYPERLINK("x")');
    } finally {
      done();
    }
  });

  it('writes Markdown with a table row per plan, the lists, and a Mermaid timeline', async () => {
    const result = await status(['--format', 'md']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Plan') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(12);
    expect(result.stdout).toContain('| Kvinesdal skole; ungdomstrinnet |');
    expect(result.stdout).toMatch(/^- \*\*2026-10-15\*\* \(40 dager over\): Nettverket for klasseledelse i Setesdal: oppgave: Rapport til skoleeierne \(Sigrid Myklebust\)$/m);
    expect(result.stdout).toMatch(/```mermaid\ngantt\n/);
    expect(result.stdout).toMatch(/^ {4}Rapport til skoleeierne :crit, 2026-10-15, 2026-10-16$/m);
    expect(result.stdout).toMatch(/^ {4}Nettverkssamling 4 :milestone, 2026-12-03, 0d$/m);
  });

  it('writes a Word report through the render pipeline, read back with mammoth', async () => {
    const result = await status(['-o', 'status.docx']);
    expect(result.code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: path.join(dir, 'status.docx') });
    expect(value).toContain('Status for planene');
    expect(value).toContain('Rapport til skoleeierne');
    for (const organisation of ['Vanse skole', 'Farsund kommune', 'Kompetansenettverket Setesdal']) expect(value).toContain(organisation);
    expect(value).not.toContain('```');
  });

  it('refuses to overwrite without --force, to write Word to standard output, and a bad --innen (exit 2)', async () => {
    writeFileSync(path.join(dir, 'finnes.md'), 'mitt\n');
    const exists = await status(['-o', 'finnes.md']);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/finnes\.md.*--force/);
    expect(readFileSync(path.join(dir, 'finnes.md'), 'utf8')).toBe('mitt\n');
    expect((await status(['-o', 'finnes.md', '--force'])).code).toBe(0);
    const docx = await status(['--format', 'docx']);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toMatch(/--output/);
    const days = await status(['--innen', 'snart']);
    expect(days.code).toBe(2);
    expect(days.stderr).toMatch(/«snart» er ikke et antall dager/);
    const onPlan = await status(['-o', 'skoler/heimdal.yaml', '--force']);
    expect(onPlan.code).toBe(2);
    expect(existsSync(path.join(dir, 'skoler/heimdal.yaml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'skoler/heimdal.yaml'), 'utf8')).toMatch(/^dekom: 1/m);
  });

  it('shows help with an example and the exit codes', async () => {
    const help = await runMain(['status', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--innen <days>/);
    expect(help.stdout).toMatch(/--for <name>/);
    expect(help.stdout).toMatch(/dekom status planer --format csv -o status.csv/);
    expect(help.stdout).toMatch(/Avslutningskoder/);
  });
});
