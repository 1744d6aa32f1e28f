import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers.js';
import { h1, p, title, wordDocument } from '../import/word.js';

/**
 * A kind is its folder: one added to a copy of the project, and nothing else changed,
 * is drafted, checked and rendered like the built-in ones.
 */
const KIND = `import { defineKind, field, prose, text } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';

export default defineKind({
  id: 'prøveplan',
  names: { nb: 'Prøveplan for lesing', nn: 'Prøveplan for lesing', en: 'Trial plan for reading' },
  rules: { 'uh-partner': 'warning' },
  sections: [
    header('prøveplan'),
    field('bakgrunn', prose(), {
      title: { nb: 'Bakgrunn for prøven', nn: 'Bakgrunn for prøva', en: 'Background of the trial' },
      help: { nb: 'Hvorfor prøver vi dette?', en: 'Why do we try this?' },
    }),
    field('leder', text(), {
      title: { nb: 'Leder av prøven', nn: 'Leiar av prøva', en: 'Leader of the trial' },
      help: { nb: 'Hvem leder prøven?', en: 'Who leads the trial?' },
    }),
    goals,
  ],
});
`;

const FILLED = `dekom: 1
type: prøveplan
tittel: Prøve med lesing
organisasjon: Heimdal ungdomsskole
periode: { fra: 2026-08-01, til: 2027-06-30 }
kontakt: { navn: Ingrid Sæther, epost: ingrid@example.no, rolle: Rektor }
bakgrunn: Elevsamtalene viser at elevene leser for lite.
leder: Ingrid Sæther
mål:
  - id: M1
    beskrivelse: Flere elever leser daglig.
    indikator: Leselogg
    utgangspunkt: 40 %
    målverdi: 60 %
    frist: 2027-06-15
    ansvarlig: Ingrid Sæther
    forankring: Personalmøte
    begrunnelse: Leseundersøkelsen
`;

let project: { dir: string; cleanup(): void };
const run = (args: string[], cwd = project.dir) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });

beforeAll(() => {
  project = tempDir();
  for (const entry of ['package.json', 'bin', 'scripts', 'src', 'templates', 'schemas', 'docs']) cpSync(path.join(ROOT, entry), path.join(project.dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project.dir, 'node_modules'), 'dir');
  mkdirSync(path.join(project.dir, 'src', 'kinds', 'prøveplan'));
  writeFileSync(path.join(project.dir, 'src', 'kinds', 'prøveplan', 'kind.ts'), KIND);
  const build = run(['scripts/build.mjs']);
  expect(build.stderr).toBe('');
}, 60_000);

afterAll(() => project.cleanup());

describe('a new kind folder, and nothing else', () => {
  it('is drafted by init --yes with its own sections under their guiding questions', () => {
    const result = run(['bin/dekom.js', 'init', '--yes', '--type', 'prøveplan', 'utkast.yaml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(project.dir, 'utkast.yaml'), 'utf8');
    expect(text).toContain('type: prøveplan\n');
    expect(text).toContain('# Hvorfor prøver vi dette?\nbakgrunn:\n');
    expect(text).toContain('\nleder:\n');
  });

  it('is checked: required sections, goals and the rule the kind switches on', () => {
    writeFileSync(path.join(project.dir, 'plan.yaml'), FILLED);
    const filled = run(['bin/dekom.js', 'check', 'plan.yaml', '--format', 'json', '--today', '2026-11-24']);
    const report = JSON.parse(filled.stdout) as { files: Array<{ type: string; sections: Array<{ key: string }>; problems: Array<{ rule: string; severity: string }> }> };
    expect(filled.status).toBe(0);
    expect(report.files[0]!.type).toBe('prøveplan');
    expect(report.files[0]!.sections.map((section) => section.key)).toEqual(['forside', 'bakgrunn', 'leder', 'mål']);
    expect(report.files[0]!.problems.map((p) => `${p.rule} ${p.severity}`)).toEqual(['uh-partner warning']);
    const skeleton = run(['bin/dekom.js', 'check', 'utkast.yaml', '--format', 'json']);
    expect(skeleton.status).toBe(1);
    expect(skeleton.stdout).toContain('"path":"bakgrunn"');
  });

  it('is rendered with its own headings in bokmål, nynorsk and English, and to Word', () => {
    const nb = run(['bin/dekom.js', 'render', 'plan.yaml']);
    expect(nb.status).toBe(0);
    expect(nb.stdout).toContain('## Bakgrunn for prøven\n\nElevsamtalene viser at elevene leser for lite.');
    expect(nb.stdout).toContain('**Leder av prøven:** Ingrid Sæther');
    expect(nb.stdout).toContain('- **Plantype:** Prøveplan for lesing');
    expect(run(['bin/dekom.js', 'render', 'plan.yaml', '--lang', 'nn']).stdout).toContain('## Bakgrunn for prøva');
    expect(run(['bin/dekom.js', 'render', 'plan.yaml', '--lang', 'en']).stdout).toContain('## Background of the trial');
    expect(run(['bin/dekom.js', 'render', 'plan.yaml', '-o', 'plan.docx']).status).toBe(0);
    expect(existsSync(path.join(project.dir, 'plan.docx'))).toBe(true);
  });

  it('is imported from Word by its own titles: its rendered document, and one typed by hand', () => {
    expect(run(['bin/dekom.js', 'render', 'plan.yaml', '--lang', 'nn', '-o', 'nynorsk.docx']).status).toBe(0);
    const back = run(['bin/dekom.js', 'import', 'nynorsk.docx', '-o', 'tilbake.yaml']);
    expect(back.stderr).toBe('');
    expect(back.stdout).toContain('som prøveplan (plantypen står i dokumentet)');
    const plan = parse(readFileSync(path.join(project.dir, 'tilbake.yaml'), 'utf8'));
    expect(plan.bakgrunn).toBe('Elevsamtalene viser at elevene leser for lite.');
    expect(plan.leder).toBe('Ingrid Sæther');
    expect(plan.mål[0]).toMatchObject({ id: 'M1', indikator: 'Leselogg', frist: '2027-06-15' });
    writeFileSync(path.join(project.dir, 'skrevet.docx'), wordDocument([title('Prøve med lesing'), h1('1. Bakgrunn for prøven'), p('Elevene leser for lite.'), h1('2. Leder av prøven'), p('Kari Lund')]));
    const typed = run(['bin/dekom.js', 'import', 'skrevet.docx']);
    expect(typed.stdout).toContain('som prøveplan (gjenkjent på 2 overskrifter)');
    const written = parse(readFileSync(path.join(project.dir, 'skrevet.yaml'), 'utf8'));
    expect(written).toMatchObject({ type: 'prøveplan', tittel: 'Prøve med lesing', bakgrunn: 'Elevene leser for lite.', leder: 'Kari Lund' });
  });
});
