import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { goals } from '../../src/kinds/parts/goals.js';
import { KINDS, kindDefinition } from '../../src/kinds/index.js';
import { fieldAt } from '../../src/model/tree.js';
import { dekom, dekomInProcess, FIXTURES, ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const fixture = (name: string) => {
  copyFileSync(path.join(FIXTURES, 'init', name), path.join(dir, name));
  return name;
};

interface CheckJson {
  files: { file: string; type: string; completeness: number; problems: { rule: string; severity: string; path: string }[] }[];
}

const checkJson = (file: string): CheckJson => JSON.parse(dekom(['check', '--format', 'json', file], { cwd: dir }).stdout) as CheckJson;

describe('dekom init --yes', () => {
  for (const kind of KINDS) {
    test(`${kind}: a skeleton that dekom check reads without schema or syntax errors`, () => {
      const result = dekom(['init', '--yes', '--type', kind, `${kind}.yaml`], { cwd: dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Skrev ${kind}.yaml: skjelett for ${kind}.`);
      const text = readFileSync(path.join(dir, `${kind}.yaml`), 'utf8');
      // The plan lies outside the package's project (a temporary folder): the published URL, not a path on this machine.
      expect(text.split('\n').slice(0, 2)).toEqual([`# yaml-language-server: $schema=https://raw.githubusercontent.com/dekom-no/dekom/main/schemas/${kind}.schema.json`, 'dekom: 1']);
      expect(existsSync(path.join(ROOT, 'schemas', `${kind}.schema.json`))).toBe(true);

      const report = checkJson(`${kind}.yaml`);
      const rules = new Set(report.files[0]!.problems.map((p) => p.rule));
      expect(rules.has('schema')).toBe(false);
      expect(rules.has('yaml-syntax')).toBe(false);
      expect(rules.has('required')).toBe(true);
      // The sample goal row is empty, so goal-smart has its say where the kind has goals.
      expect(rules.has('goal-smart')).toBe(fieldAt(kindDefinition(kind).sections, 'mål') !== undefined);
    });
  }

  test('the comments are the guiding questions of the seed', () => {
    dekom(['init', '--yes', '--type', 'nettverksplan', 'plan.yaml'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    const above = text.slice(0, text.indexOf('\nmål:\n'));
    const comment = above.slice(above.lastIndexOf('\n\n') + 2).replace(/\n# /g, ' ').replace(/^# /, '');
    expect(comment).toBe(goals.help!.nb);
    expect(text).toContain('# Hva er målet for prosjektet? Hvorfor skal vi ha dette målet?');
    expect(text).toContain('# Samarbeidsplattform: hvor skal informasjon deles mellom partnere og deltakere?');
  });

  test.each([
    ['nb', '# slett raden om den ikke trengs'],
    ['en', '# delete the row if it is not needed'],
  ])('every sample row says it may be deleted (%s)', async (lang, note) => {
    await dekomInProcess(['init', '--yes', '--type', 'skoleplan', '--lang', lang, 'plan.yaml'], { cwd: dir });
    const lines = readFileSync(path.join(dir, 'plan.yaml'), 'utf8').split('\n');
    const rows = lines.flatMap((line, index) => (/^\s*- \S/.test(line) ? [index] : []));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const comments = [];
      for (let at = row - 1; at >= 0 && /^\s*#/.test(lines[at]!); at--) comments.push(lines[at]!.trim());
      expect(comments).toContain(note);
    }
  });

  test('the sample rows\' own values (id M1, a status) do not count as filled in', async () => {
    await dekomInProcess(['init', '--yes', '--type', 'skoleplan', 'plan.yaml'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}- id: M1$/m);
    const report = JSON.parse((await dekomInProcess(['check', '--format', 'json', 'plan.yaml'], { cwd: dir })).stdout) as {
      files: { completeness: number; sections: { key: string; completeness: number }[] }[];
    };
    const goals = report.files[0]!.sections.find((section) => section.key === 'mål');
    expect(goals?.completeness).toBe(0);
    // The same row with a real answer counts.
    writeFileSync(path.join(dir, 'plan.yaml'), text.replace(/^( {4}beskrivelse:)$/m, '$1 Flere elever leser godt'));
    const filled = JSON.parse((await dekomInProcess(['check', '--format', 'json', 'plan.yaml'], { cwd: dir })).stdout) as typeof report;
    const after = filled.files[0]!.sections.find((section) => section.key === 'mål');
    expect(after!.completeness).toBeGreaterThan(0.2);
    expect(filled.files[0]!.completeness).toBeGreaterThan(report.files[0]!.completeness);
  });

  test('--lang en writes the guidance in English', () => {
    const result = dekom(['init', '--yes', '--type', 'skoleplan', '--lang', 'en', 'plan.yaml'], { cwd: dir });
    expect(result.stdout).toContain('Wrote plan.yaml: a skeleton skoleplan.');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toContain('# What do we know about where the school stands?');
  });

  test('without --type it says which kinds there are', () => {
    const result = dekom(['init', '--yes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('dekom: Velg plantype med --type: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.\n');
  });
});

describe('dekom init --answers', () => {
  test('a complete set of answers: the plan is written, checked, and passes', () => {
    const result = dekom(['init', '--answers', fixture('svar-skoleplan.yaml'), 'plan.yaml'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ Skrev plan\.yaml: skoleplan, \d+ % utfylt\./);
    expect(result.stdout).toContain('dekom check plan.yaml');
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(text).toContain('tittel: Lesing i alle fag – Heimdal ungdomsskole\n');
    expect(text).toContain('kontakt:\n  # Navn på den som fyller ut planen.\n  navn: Ingrid Sæther\n');
    const plan = parse(text) as Record<string, unknown>;
    expect(plan['periode']).toEqual({ fra: '2026-08-01', til: '2028-06-30' });
    expect(checkJson('plan.yaml').files[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('answers that make a plan with errors: written, and exit 1 as check would', () => {
    const result = dekom(['init', '--answers', fixture('svar-med-feil.yaml'), 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('task-owner');
    expect(result.stdout).toContain('task-deadline');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(true);
  });

  test('a partial set without a terminal: exit 2, naming what is missing, nothing written', () => {
    const result = dekom(['init', '--answers', fixture('svar-delvis.yaml'), 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: Svarene i svar-delvis\.yaml mangler \d+ påkrevde felt: periode\.fra, periode\.til, innledning, parter \(minst én\), /);
    expect(result.stderr).toContain('tidsplan (minst én)');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  test('an alias bomb in the answers file: the file, line and column, exit 2, in the chosen language', () => {
    const level = (name: string, from: string) => `${name}: &${name} [${Array(10).fill(`*${from}`).join(', ')}]`;
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', level('b', 'a'), level('c', 'b'), level('d', 'c'), level('e', 'd'), ''];
    writeFileSync(path.join(dir, 'svar.yaml'), bomb.join('\n'));
    const nb = dekom(['init', '--answers', 'svar.yaml', 'plan.yaml'], { cwd: dir });
    expect(nb.code).toBe(2);
    const [, line, column] = /^dekom: svar\.yaml:(\d+):(\d+): Svarfilen har for mange YAML-alias \(&\/\*\) og ville blitt for stor å lese\. Skriv ut svarene i stedet for å gjenbruke dem med alias\.\n$/.exec(nb.stderr)!;
    // At the alias where the repeated content grows past the limit.
    expect(bomb[Number(line) - 1]![Number(column) - 1]).toBe('*');
    const en = dekom(['init', '--lang', 'en', '--yes', '--type', 'skoleplan', '--answers', 'svar.yaml', 'plan.yaml'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^dekom: svar\.yaml:\d+:\d+: The answers file has too many YAML aliases/);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  test('an answers file with a YAML fault: where, and the parser’s words in parentheses', () => {
    writeFileSync(path.join(dir, 'svar.yaml'), 'type: skoleplan\ntittel: "Lesing\n');
    const result = dekom(['init', '--answers', 'svar.yaml', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dekom: svar\.yaml:2:9: Svarfilen er ikke gyldig YAML \(.+\)\. Rett opp linjen/);
  });

  test('an answers file that is not there', () => {
    const result = dekom(['init', '--answers', 'finnes-ikke.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Fant ikke «finnes-ikke.yaml»');
  });
});

describe('dekom init refuses', () => {
  test('with no terminal and neither --yes nor --answers: exit 2 with a hint', () => {
    const result = dekom(['init'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dekom init spør i en terminal, og her er ingen. Bruk --yes');
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  test('to replace an existing plan without --force', () => {
    writeFileSync(path.join(dir, 'plan.yaml'), 'dekom: 1\ntittel: Min plan\n');
    const result = dekom(['init', '--yes', '--type', 'skoleplan'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('dekom: «plan.yaml» finnes allerede. Bruk --force for å erstatte den, eller velg et annet filnavn.\n');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe('dekom: 1\ntittel: Min plan\n');
    const forced = dekom(['init', '--yes', '--type', 'skoleplan', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toContain('type: skoleplan');
  });

  test('to write where a folder is, --force or not', () => {
    mkdirSync(path.join(dir, 'planer.yaml'));
    for (const force of [[], ['--force']]) {
      const result = dekom(['init', '--yes', '--type', 'skoleplan', ...force, 'planer.yaml'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`dekom: «planer.yaml» er en mappe. Skriv navnet på planfilen, for eksempel «dekom init ${path.join('planer.yaml', 'plan.yaml')}».\n`);
    }
  });

  test('an unknown kind', () => {
    const result = dekom(['init', '--yes', '--type', 'skole'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ukjent plantype «skole»');
  });
});
