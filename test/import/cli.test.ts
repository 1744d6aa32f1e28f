import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { checkPaths } from '../../src/check/run.js';
import { zip } from '../../src/render/docx/zip.js';
import { KINDS } from '../../src/kinds/index.js';
import { dekomInProcess, tempDir } from '../helpers.js';
import { kompetanseplanSkjema, nettverksplanUia } from './hand-made.js';
import { renderDocx } from './support.js';
import { h1, p, wordDocument } from './word.js';

let project: { dir: string; cleanup(): void };
beforeEach(() => {
  project = tempDir();
});
afterEach(() => project.cleanup());

const file = (name: string) => path.join(project.dir, name);
const run = (args: string[], env: Record<string, string> = {}) => dekomInProcess(args, { cwd: project.dir, env });

describe('dekom import', () => {
  it('writes the plan beside the document, reports what it found and checks it', async () => {
    writeFileSync(file('sunnhordland.docx'), nettverksplanUia());
    const result = await run(['import', 'sunnhordland.docx']);
    expect(result.stderr).toBe('');
    const text = readFileSync(file('sunnhordland.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=https://raw.githubusercontent.com/dekom-no/dekom/main/schemas/nettverksplan.schema.json', 'dekom: 1', 'type: nettverksplan']);
    // The interpreted dates keep the words they were read from.
    expect(text).toContain('fra: 2026-08-01 # tolket fra «høsten 2026»');
    expect(text).toContain('til: 2027-06-30 # tolket fra «våren 2027»');
    expect(text).toMatch(/# Merknader: tekst fra et importert dokument[^\n]*\n# [^\n]*\nmerknader:\n/);
    // Every section stands in the file under its guiding question, as init writes it.
    expect(text).toContain('# Sluttføring: hvem skriver rapport fra prosjektet?');
    expect(parse(text).sluttføring).toBeNull();
    expect(result.stdout).toContain('Leste «sunnhordland.docx» som nettverksplan (gjenkjent på');
    expect(result.stdout).toContain('✔ Skrev «sunnhordland.yaml».');
    expect(result.stdout).toMatch(/Deler funnet\s+6 av 9/);
    expect(result.stdout).toMatch(/Ikke i dokumentet\s+Medvirkning, Sluttføring, Vedlegg/);
    expect(result.stdout).toMatch(/Rader lest\s+parter 2, mål 2, oppgaver 1, tidsplan 1/);
    expect(result.stdout).toMatch(/Datoer tolket\s+2\n\s+«høsten 2026» → 2026-08-01 \(periode\.fra\)\n\s+«våren 2027» → 2027-06-30 \(periode\.til\)/);
    expect(result.stdout).toMatch(/Tekst uten plass\s+2 deler lagt i merknader\n\s+under «Prosjektbeskrivelse › Praktisk informasjon»\n\s+under «Avgjørende elementer i et nettverkssamarbeid › Forankring»/);
    expect(result.stdout).toContain('Sjekk av den nye planen:');
    expect(result.stdout).toContain('«sluttføring» er tom; fyll den ut.');
    expect(result.stdout).toContain('dekom check sunnhordland.yaml');
    // It ends as check does on the plan it wrote.
    expect(result.code).toBe(1);
    const check = await run(['check', 'sunnhordland.yaml']);
    expect(check.code).toBe(1);
    expect(result.stdout).toContain(check.stdout.split('\n')[0]!);
  });

  it('a rendered plan comes back whole and passes check, in English too', async () => {
    const source = parse(readFileSync(path.join(__dirname, '..', '..', 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), 'utf8'));
    writeFileSync(file('heimdal.docx'), await renderDocx(source, 'en'));
    const result = await run(['import', 'heimdal.docx', '-o', 'tilbake.yaml', '--lang', 'en'], { DEKOM_TODAY: '2026-11-24' });
    expect(result.stdout).toContain('Read "heimdal.docx" as skoleplan (the document names its plan type).');
    expect(result.stdout).toMatch(/Sections found\s+10 of 11/);
    expect(result.stdout).toMatch(/Text without a place\s+none/);
    const back = parse(readFileSync(file('tilbake.yaml'), 'utf8'));
    expect(back.språk).toBe('en');
    expect(back.mål.map((goal: { id: string }) => goal.id)).toEqual(['M1', 'M2', 'M3']);
    expect(back.parter).toEqual(source.parter);
  });

  it('never writes over a plan without --force, and replaces it with it', async () => {
    writeFileSync(file('plan.docx'), kompetanseplanSkjema());
    writeFileSync(file('plan.yaml'), 'min egen plan\n');
    const refused = await run(['import', 'plan.docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('dekom: «plan.yaml» finnes allerede. Bruk --force for å erstatte den, eller velg et annet filnavn.\n');
    expect(readFileSync(file('plan.yaml'), 'utf8')).toBe('min egen plan\n');
    const forced = await run(['import', 'plan.docx', '--force']);
    expect(forced.stderr).toBe('');
    expect(parse(readFileSync(file('plan.yaml'), 'utf8')).type).toBe('kompetanseplan');
  });

  it('writes to standard output with -o -, the report going to standard error', async () => {
    writeFileSync(file('plan.docx'), kompetanseplanSkjema());
    const result = await run(['import', 'plan.docx', '-o', '-']);
    expect(parseDocument(result.stdout).errors).toEqual([]);
    expect(parse(result.stdout).innstillingsår).toBe(2027);
    expect(result.stderr).toContain('Planen ble skrevet til standard ut.');
    expect(result.stderr).toMatch(/Tomme innholdskontroller\s+3/);
    expect(existsSync(file('plan.yaml'))).toBe(false);
  });

  it('takes the kind from --type when the headings do not tell it', async () => {
    writeFileSync(file('notat.docx'), wordDocument([h1('Bakgrunn'), p('Vi vil samarbeide om lesing.')]));
    const unknown = await run(['import', 'notat.docx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`dekom: Kan ikke avgjøre plantypen til «notat.docx» ut fra overskriftene. Oppgi den med --type, en av: ${KINDS.join(', ')}.\n`);
    const typed = await run(['import', 'notat.docx', '--type', 'kommuneplan']);
    expect(typed.stdout).toContain('som kommuneplan (oppgitt med --type)');
    const plan = parse(readFileSync(file('notat.yaml'), 'utf8'));
    expect(plan.merknader).toEqual([{ overskrift: 'Bakgrunn', tekst: 'Vi vil samarbeide om lesing.' }]);
  });

  it('says what is wrong with a file that is not a Word document', async () => {
    writeFileSync(file('plan.txt.docx'), 'bare tekst\n');
    writeFileSync(file('gammel.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(file('arkiv.docx'), zip(new Map([['noe.txt', 'hei']])));
    const cases: [string, RegExp][] = [
      ['plan.txt.docx', /«plan\.txt\.docx» er ikke et Word-dokument \(\.docx\)/],
      ['gammel.doc', /«gammel\.doc» er et eldre Word-dokument \(\.doc\)\. Åpne det i Word, velg Lagre som/],
      ['arkiv.docx', /«arkiv\.docx» er en zip-fil, men ikke et Word-dokument: word\/document\.xml mangler/],
      ['finnes-ikke.docx', /Fant ikke «finnes-ikke\.docx»/],
    ];
    for (const [name, message] of cases) {
      const result = await run(['import', name]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(message);
      expect(result.stdout, name).toBe('');
    }
    expect(existsSync(file('gammel.yaml'))).toBe(false);
  });

  it('has help with examples', async () => {
    const result = await run(['import', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dekom import gammel-plan.docx');
    expect(result.stdout).toContain('--type <kind>');
  });
});

describe('a Word file where a plan is expected', () => {
  it('check names it and points to dekom import', async () => {
    writeFileSync(file('gammel plan.docx'), nettverksplanUia());
    const result = await run(['check', 'gammel plan.docx']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Filen er et Word-dokument, ikke en YAML-plan. Hent planen inn med «dekom import "gammel plan.docx"», som skriver den som YAML.');
    const english = await run(['check', 'gammel plan.docx', '--lang', 'en']);
    expect(english.stdout).toContain('Bring the plan in with "dekom import "gammel plan.docx""');
  });

  it('check names one larger than any plan as a Word document too, not as a file too large', async () => {
    writeFileSync(file('stor.docx'), nettverksplanUia());
    const report = await checkPaths(['stor.docx'], { cwd: project.dir, lang: 'nb', today: '2026-11-24', limits: { bytes: 100 } });
    expect(report.files[0]!.problems.map((problem) => problem.message)).toEqual([
      'Filen er et Word-dokument, ikke en YAML-plan. Hent planen inn med «dekom import stor.docx», som skriver den som YAML.',
    ]);
  });

  it('init --answers names it and points to dekom import', async () => {
    writeFileSync(file('svar.docx'), nettverksplanUia());
    const result = await run(['init', '--answers', 'svar.docx', 'plan.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('svar.docx er et Word-dokument. Hent planen inn med «dekom import svar.docx»');
    expect(existsSync(file('plan.yaml'))).toBe(false);
  });
});
