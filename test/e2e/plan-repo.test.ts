import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dekom, tempDir } from '../helpers.js';

/** A small, complete skoleplan; each scenario below changes a line or two of it. */
function plan(changes: { tasks?: string; extraTop?: string } = {}): string {
  return `dekom: 1
type: skoleplan
tittel: Lesing i alle fag
organisasjon: Åsen skole
periode:
  fra: 2026-08-01
  til: 2027-06-30
kontakt:
  navn: Kari Lund
  rolle: rektor
tema: Lesing
innledning: Skolen vil styrke lesingen i alle fag.
rammer:
  skolebasert: Lærerne arbeider i team.
  forankring: Vedtatt i personalmøte.
  sammenheng: Bygger på kommunens leseplan.
  elevstemmen: Elevrådet deltar i evalueringen.
parter:
  - navn: NTNU
    rolle: uh
    kontaktperson: Per Dahl
situasjonsbeskrivelse: Resultatene på nasjonale prøver i lesing er svake.
mål:
  - id: M1
    beskrivelse: Flere elever leser godt.
    indikator: Nasjonale prøver i lesing.
    utgangspunkt: 32 % på laveste nivå
    målverdi: 20 % på laveste nivå
    frist: 2027-06-15
    ansvarlig: Kari Lund
    forankring: Personalmøtet august 2026.
    begrunnelse: Lesing er nøkkelen til alle fag.
analyse: Lite felles praksis for lesestrategier.
oppgaver:
${changes.tasks ?? `  - oppgave: Kurs i lesestrategier
    beskrivelse: Felles kurs for alle lærere.
    ansvarlig: Per Dahl
    frist: 2026-12-15
    status: planlagt
    mål: [M1]`}
organisering: Rektor leder arbeidet.
tegn_på_læring: Elevene bruker lesestrategier i alle fag.
evaluering: Evalueres i juni 2027.
${changes.extraTop ?? ''}`;
}

const OVERDUE_WITH_DIRECTIVE = `  # dekom-disable-next-line overdue -- flyttet, vedtatt i styringsgruppa
  - oppgave: Kartlegging
    beskrivelse: Kartlegging av lesing.
    ansvarlig: Per Dahl
    frist: 2026-09-01
    mål: [M1]
  - oppgave: Lesekafé
    beskrivelse: Lesekafé for foreldre.
    frist: 2026-12-01
    mål: [M1]`;

interface Json {
  files: Array<{ file: string; problems: Array<{ rule: string; severity: string; line: number; column: number; path: string }> }>;
  summary: { errors: number; warnings: number };
}

describe('a plan repository with config, overrides, directives and suppressions', () => {
  let repo: string;
  let cleanup: () => void;

  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    mkdirSync(path.join(repo, 'skoler'), { recursive: true });
    mkdirSync(path.join(repo, 'gamle'), { recursive: true });
    mkdirSync(path.join(repo, 'arkiv'), { recursive: true });
    writeFileSync(
      path.join(repo, 'dekom.config.yaml'),
      `rules:\n  owner-known: error\nignore:\n  - arkiv/**\noverrides:\n  - files: ["gamle/**"]\n    rules:\n      task-owner: warning\ntoday: 2026-11-24\n`,
    );
    writeFileSync(path.join(repo, 'skoler', 'asen.yaml'), plan({ tasks: OVERDUE_WITH_DIRECTIVE }));
    writeFileSync(path.join(repo, 'gamle', 'asen-2025.yaml'), plan({ tasks: OVERDUE_WITH_DIRECTIVE.replace('# dekom-disable-next-line overdue', '# dekom-disable-next-line meeting-gap') }));
    writeFileSync(path.join(repo, 'arkiv', 'broken.yaml'), 'dekom: 1\ntype: [\n');
  });
  afterAll(() => cleanup());

  const check = (args: string[], input?: string) => dekom(['check', ...args], { cwd: repo, input });
  const json = (args: string[]) => JSON.parse(check([...args, '--format', 'json']).stdout) as Json;

  it('applies the config, its override and ignore, and the inline directive', () => {
    const report = json(['.']);
    expect(report.files.map((f) => f.file)).toEqual(['gamle/asen-2025.yaml', 'skoler/asen.yaml']);
    const [old, current] = report.files;
    // skoler: the directive silences overdue on the task below it; the task without owner is an error.
    expect(current!.problems.map((p) => [p.rule, p.severity, p.line, p.column, p.path])).toEqual([
      ['task-owner', 'error', 41, 5, 'oppgaver[1].ansvarlig'],
    ]);
    // gamle: task-owner is a warning there, overdue is not silenced, and the directive silences nothing.
    expect(old!.problems.map((p) => [p.rule, p.severity, p.line])).toEqual([
      ['unused-directive', 'warning', 35],
      ['overdue', 'warning', 39],
      ['task-owner', 'warning', 41],
    ]);
  });

  it('prints the effective rules of a file', () => {
    const printed = JSON.parse(check(['--print-config', 'gamle/asen-2025.yaml']).stdout);
    expect(printed).toMatchObject({ config: 'dekom.config.yaml', today: '2026-11-24' });
    expect(printed.rules).toMatchObject({ 'task-owner': 'warning', 'owner-known': 'error', overdue: 'warning' });
  });

  it('takes a plan on stdin, named for config lookup', () => {
    const result = check(['-', '--stdin-filename', 'gamle/ny.yaml', '--format', 'json'], plan({ tasks: OVERDUE_WITH_DIRECTIVE }));
    const report = JSON.parse(result.stdout) as Json;
    expect(report.files.map((f) => f.file)).toEqual(['gamle/ny.yaml']);
    expect(report.files[0]!.problems.find((p) => p.rule === 'task-owner')!.severity).toBe('warning');
  });

  it('baselines errors with --suppress-all, shows them again when they grow, and prunes fixed ones', () => {
    expect(check(['skoler']).code).toBe(1);
    expect(check(['skoler', '--suppress-all']).code).toBe(0);
    const suppressions = JSON.parse(readFileSync(path.join(repo, 'dekom-suppressions.json'), 'utf8'));
    expect(suppressions).toEqual({ 'skoler/asen.yaml': { 'task-owner': { count: 1 } } });
    expect(check(['skoler']).code).toBe(0);

    const file = path.join(repo, 'skoler', 'asen.yaml');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('    ansvarlig: Per Dahl\n    frist: 2026-09-01', '    frist: 2026-09-01'));
      expect(json(['skoler']).files[0]!.problems.filter((p) => p.rule === 'task-owner')).toHaveLength(2);

      writeFileSync(file, plan());
      expect(check(['skoler', '--prune-suppressions']).code).toBe(0);
      expect(JSON.parse(readFileSync(path.join(repo, 'dekom-suppressions.json'), 'utf8'))).toEqual({});
    } finally {
      writeFileSync(file, original);
    }
  });

  it('reuses results with --cache, and notices a changed file', () => {
    const cacheFile = path.join(repo, '.dekomcache');
    const first = json(['.', '--cache']);
    expect(existsSync(cacheFile)).toBe(true);
    // Proof of a hit: a result planted in the cache comes back instead of a fresh check.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const entry = Object.entries(cache.entries).find(([file]) => file.endsWith('asen-2025.yaml'))![1] as { result: { completeness: number } };
    entry.result.completeness = 0.123;
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((json(['.', '--cache']) as unknown as { files: Array<{ completeness: number }> }).files[0]!.completeness).toBe(0.123);
    expect(json(['.'])).toEqual(first);

    const file = path.join(repo, 'skoler', 'asen.yaml');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('tittel: Lesing i alle fag', 'tittel: TODO'));
      expect(json(['.', '--cache']).files[1]!.problems.map((p) => p.rule)).toContain('placeholder');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('with --cache, a YAML file named once is still skipped by a folder search when it is not a plan', () => {
    writeFileSync(path.join(repo, 'workflow.yaml'), 'name: ci\non: push\n');
    try {
      expect(check(['workflow.yaml', '--cache']).code).toBe(1);
      expect(json(['.', '--cache']).files.map((f) => f.file)).not.toContain('workflow.yaml');
    } finally {
      rmSync(path.join(repo, 'workflow.yaml'));
    }
  });

  it('fails on warnings with --fail-severity warning', () => {
    expect(check(['gamle']).code).toBe(0);
    expect(check(['gamle', '--fail-severity', 'warning']).code).toBe(1);
  });

  it('treats a glob that matches nothing as exit 2, unless allowed', () => {
    expect(check(['"finnes/**/*.yaml"'.replace(/"/g, '')]).code).toBe(2);
    expect(check(['finnes/**/*.yaml', '--no-error-on-unmatched-pattern']).code).toBe(0);
  });

  it.each([
    ['rules:\n  overdeu: off\n', /dekom\.config\.yaml:2:3: .*overdeu/],
    ['rules:\n  overdue: av\n', /dekom\.config\.yaml:2:/],
    ['rules: [\n', /dekom\.config\.yaml:\d+:\d+/],
  ])('a broken config is exit 2 with its file and line: %j', (config, message) => {
    const { dir, cleanup: done } = tempDir();
    try {
      writeFileSync(path.join(dir, 'dekom.config.yaml'), config);
      writeFileSync(path.join(dir, 'plan.yaml'), plan());
      const result = dekom(['check', '.'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    } finally {
      done();
    }
  });
});

describe('a config that would let broken files pass', () => {
  it('refuses yaml-syntax: off with exit 2 and the line', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'dekom.config.yaml'), 'rules:\n  yaml-syntax: off\n');
      writeFileSync(path.join(dir, 'plan.yaml'), 'dekom: 1\ntype: [\n');
      const result = dekom(['check', '.'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/dekom\.config\.yaml:2:3: .*ignore/);
    } finally {
      cleanup();
    }
  });
});
