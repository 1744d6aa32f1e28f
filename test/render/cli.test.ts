import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, dekom, dekomInProcess, tempDir } from '../helpers.js';
import { EPOCH, RENDER_FIXTURES, renderDocument } from './support.js';

const NETTVERK = 'examples/nettverksplan-lister-digital-vurdering.yaml';
const MALER = path.join(RENDER_FIXTURES, 'maler');
const env = { SOURCE_DATE_EPOCH: EPOCH };

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('dekom render to Markdown', () => {
  it('prints the plan as Markdown on standard output, nothing on standard error', () => {
    const result = dekom(['render', NETTVERK], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderDocument(NETTVERK, 'gantt'));
    expect(result.stdout).toMatch(/^# Plan og avtale om nettverkssamarbeid – digital vurdering/);
    expect(result.stdout).toContain('- **Dato:** 24. november 2026');
  });

  it('takes "-o -" as standard output', () => {
    expect(dekom(['render', NETTVERK, '-o', '-'], { env }).stdout).toBe(renderDocument(NETTVERK, 'gantt'));
  });

  it('writes the same Markdown to a file with -o, and says nothing', () => {
    const out = path.join(dir, 'plan.md');
    const result = dekom(['render', NETTVERK, '-o', out], { env });
    expect([result.code, result.stdout, result.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(renderDocument(NETTVERK, 'gantt'));
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('writes nynorsk and English with --lang, before or after the command', () => {
    expect(dekom(['--lang', 'nn', 'render', NETTVERK], { env }).stdout).toContain('## Innleiing');
    expect(dekom(['render', NETTVERK, '--lang', 'en'], { env }).stdout).toContain('## Introduction');
    expect(dekom(['render', NETTVERK, '--lang', 'en'], { env }).stdout).toContain('- **Date:** 24 November 2026');
  });

  it('takes the language from the plan’s språk when --lang is not given', () => {
    const plan = path.join(dir, 'nynorsk.yaml');
    writeFileSync(plan, readFileSync(path.join(ROOT, NETTVERK), 'utf8').replace('språk: nb', 'språk: nn'));
    const result = dekom(['render', plan], { env });
    expect(result.stdout).toContain('## Prosjektskildring');
    expect(dekom(['render', plan, '--lang', 'nb'], { env }).stdout).toContain('## Prosjektbeskrivelse');
  });

  it('renders an incomplete plan with its markers and says so on standard error', () => {
    const result = dekom(['render', path.join(RENDER_FIXTURES, 'ufullstendig-nettverksplan.yaml')], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Innledning\n\n> *Ikke utfylt*');
    expect(result.stdout).toContain('| Oppstart | Første linje andre linje \\| med pipe | Åse Ødegård | *Ikke utfylt* |');
    expect(result.stdout).toContain('- **Organisasjon:** Kommune A \\| Kommune B');
    expect(result.stdout).toContain('#### Møter');
    expect(result.stdout).toContain('Vi møtes \\<b>fire\\</b> ganger; se <https://example.no/plan> for datoer.');
    expect(result.stderr).toMatch(/^dekom: merk: planen har \d+ feil; det som mangler, er merket «Ikke utfylt»\./);
  });
});

describe('dekom render to Word', () => {
  it('writes a .docx chosen by the extension, atomically, and nothing else', () => {
    const out = path.join(dir, 'plan.docx');
    const result = dekom(['render', NETTVERK, '-o', out], { env });
    expect([result.code, result.stdout, result.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('writes Word with --format docx whatever the file is called', () => {
    const out = path.join(dir, 'plan.dokument');
    expect(dekom(['render', NETTVERK, '-o', out, '--format', 'docx']).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses to write Word to standard output (exit 2)', () => {
    const result = dekom(['render', NETTVERK, '--format', 'docx']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dekom: Et Word-dokument kan ikke skrives til standard ut; oppgi en fil med --output/);
  });
});

describe('dekom render keeps what is already there', () => {
  it('does not replace an existing file without --force (exit 2, file unchanged)', () => {
    const out = path.join(dir, 'plan.docx');
    writeFileSync(out, 'mitt eget dokument');
    const result = dekom(['render', NETTVERK, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/finnes allerede\. Bruk --force/);
    expect(readFileSync(out, 'utf8')).toBe('mitt eget dokument');
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('replaces it with --force', () => {
    const out = path.join(dir, 'plan.md');
    writeFileSync(out, 'gammelt');
    expect(dekom(['render', NETTVERK, '-o', out, '--force'], { env }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(renderDocument(NETTVERK, 'gantt'));
  });

  it('never writes over the plan itself, even with --force', () => {
    const plan = path.join(dir, 'plan.yaml');
    const text = readFileSync(path.join(ROOT, NETTVERK), 'utf8');
    writeFileSync(plan, text);
    const result = dekom(['render', 'plan.yaml', '-o', plan, '--format', 'md', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/er selve planen/);
    expect(readFileSync(plan, 'utf8')).toBe(text);
  });

  it.each([
    ['a symbolic link', (plan: string, link: string) => symlinkSync(plan, link)],
    ['a hard link', (plan: string, link: string) => linkSync(plan, link)],
  ])('never writes over the plan through %s, even with --force', (_kind, makeLink) => {
    const plan = path.join(dir, 'plan.yaml');
    const text = readFileSync(path.join(ROOT, NETTVERK), 'utf8');
    writeFileSync(plan, text);
    makeLink(plan, path.join(dir, 'lenke.md'));
    const result = dekom(['render', 'plan.yaml', '-o', 'lenke.md', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/«lenke\.md» er selve planen/);
    expect(readFileSync(plan, 'utf8')).toBe(text);
  });

  it('says the output is the plan before it asks about the format', () => {
    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(path.join(ROOT, NETTVERK), 'utf8'));
    const result = dekom(['render', 'plan.yaml', '-o', 'plan.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: 'dekom: «plan.yaml» er selve planen; velg et annet filnavn for resultatet.\n' });
  });

  it('checks the plan with the nearest dekom.config.yaml, as dekom check does', () => {
    copyFileSync(path.join(RENDER_FIXTURES, 'halv-periode.yaml'), path.join(dir, 'plan.yaml'));
    const count = (stderr: string) => Number(/planen har (\d+) feil/.exec(stderr)?.[1] ?? 0);
    const before = count(dekom(['render', 'plan.yaml'], { cwd: dir, env }).stderr);
    writeFileSync(path.join(dir, 'dekom.config.yaml'), 'rules:\n  required: off\n');
    const check = dekom(['check', 'plan.yaml'], { cwd: dir, env });
    const rendered = dekom(['render', 'plan.yaml'], { cwd: dir, env });
    expect(rendered.code).toBe(0);
    expect(count(rendered.stderr)).toBe((check.stdout + check.stderr).match(/ feil {2,}/g)?.length ?? 0);
    expect(count(rendered.stderr)).toBeLessThan(before);
  });

  it('says "1 error", not "1 errors", in English', () => {
    copyFileSync(path.join(RENDER_FIXTURES, 'halv-periode.yaml'), path.join(dir, 'plan.yaml'));
    writeFileSync(path.join(dir, 'dekom.config.yaml'), 'rules:\n  required: off\n  period: off\n  in-period: off\n  elevstemmen: off\n  uh-partner: error\n');
    const result = dekom(['--lang', 'en', 'render', 'plan.yaml'], { cwd: dir, env });
    expect(result.stderr).toMatch(/^dekom: note: the plan has 1 error; /);
  });

  it('prints the check report and writes nothing for a plan with schema errors (exit 1)', () => {
    const out = path.join(dir, 'plan.docx');
    const result = dekom(['render', path.join(RENDER_FIXTURES, 'feil-struktur.yaml'), '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/feil-struktur\.yaml {2}\(skoleplan, \d+ % utfylt\)/);
    expect(result.stderr).toMatch(/^ {2}6:8 +feil +«31\.03\.20260» er ikke en gyldig dato.* {2}schema$/m);
    expect(result.stderr).toMatch(/^ {2}8:6 +feil +.* {2}schema$/m);
    expect(result.stderr).toMatch(/dekom: Planen kan ikke gjøres om til et dokument før feilene i strukturen over er rettet\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lists only the errors that block the render, not the empty fields or the warnings', async () => {
    const check = await dekomInProcess(['check', path.join(RENDER_FIXTURES, 'feil-struktur.yaml')]);
    expect(check.stdout).toMatch(/ required$/m);
    const result = await dekomInProcess(['render', path.join(RENDER_FIXTURES, 'feil-struktur.yaml')]);
    expect(result.code).toBe(1);
    const rows = result.stderr.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((line) => / {2}schema$/.test(line))).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`✖ ${rows.length} problemer? \\(${rows.length} feil, 0 advarsler\\)`));
  });

  it('says why a file that is not a plan cannot render, and nothing else', async () => {
    const result = await dekomInProcess(['render', path.join(RENDER_FIXTURES, 'ikke-en-plan.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line))).toHaveLength(1);
  });

  it('refuses a file that is not a plan the same way (exit 1), in English with --lang en', () => {
    const result = dekom(['render', path.join(RENDER_FIXTURES, 'ikke-en-plan.yaml'), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/required/);
    expect(result.stderr).toMatch(/The plan cannot be rendered until the structural errors above are fixed\./);
  });

  it('says what is wrong with the command itself (exit 2)', () => {
    expect(dekom(['render', 'finnes-ikke.yaml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Fant ikke «finnes-ikke\.yaml»/) });
    expect(dekom(['render', NETTVERK, '-o', path.join(dir, 'plan.pdf')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Kan ikke avgjøre formatet ut fra filnavnet «.*plan\.pdf»; bruk --format md eller --format docx/),
    });
    expect(dekom(['render', NETTVERK, '--format', 'pdf'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Ukjent format «pdf»/) });
    expect(dekom(['render', NETTVERK, '--lang', 'se'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Ukjent språk «se»/) });
    expect(dekom(['render', NETTVERK, '-o', path.join(dir, 'mangler', 'plan.md')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Kan ikke skrive/),
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('dekom render --template', () => {
  it('renders the user’s own template with the built-in helpers and partials', () => {
    const result = dekom(['render', NETTVERK, '--template', path.join(MALER, 'egen-mal.md.hbs')], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Plan og avtale om nettverkssamarbeid/);
    expect(result.stdout).toContain('Kort versjon for nettsiden, 24. november 2026.');
    expect(result.stdout).toContain('### Mål M1\n\n| SMART | Innhold |');
    expect(result.stdout).toContain('| Oppgaver | Beskrivelse | Ansvar | Frister |');
    expect(result.stdout).toContain('420\u00a0000\u00a0kr og 980 timer.');
  });

  it('gives a template nothing from outside the plan’s data', () => {
    const result = dekom(['render', NETTVERK, '--template', path.join(MALER, 'prototype.md.hbs')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => /^[A-J]\[/.test(line))).toEqual(['A[]', 'B[]', 'C[]', 'D[]', 'E[]', 'G[constructor]', 'H[]', 'J[]']);
  });

  it.each([
    ['ødelagt.md.hbs', 3, /ødelagt\.md\.hbs:3: \{\{#each\}\} lukkes aldri; sett inn \{\{\/each\}\}/],
    ['mangler-delmal.md.hbs', 5, /mangler-delmal\.md\.hbs:5: delmalen «finnes-ikke» finnes ikke; tilgjengelige delmaler er block, frames, front-matter, goals, measures, meetings, missing, needs, notes, partners, recommendations, resources, tasks\./],
    ['mangler-hjelper.md.hbs', 4, /mangler-hjelper\.md\.hbs:4: hjelperen «formatere» finnes ikke; tilgjengelige hjelpere er .*\bnok\b/],
  ])('names the file and line of a broken template, %s (exit 2, nothing written)', (template, _line, message) => {
    const out = path.join(dir, 'plan.md');
    const result = dekom(['render', NETTVERK, '--template', path.join(MALER, template), '-o', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^dekom: .*${message.source}`));
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(out)).toBe(false);
  });

  it('reports a call to something that is not a helper by file and line, and runs nothing', () => {
    const result = dekom(['render', NETTVERK, '--template', path.join(MALER, 'konstruktør.md.hbs')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^dekom: .*konstruktør\.md\.hbs:1: hjelperen «constructor\.constructor» finnes ikke; tilgjengelige hjelpere er /);
  });

  it('names the line of a helper that fails while rendering', () => {
    const template = path.join(dir, 'each.hbs');
    writeFileSync(template, '# Tittel\n\n{{#each}}\nx\n{{/each}}\n');
    const result = dekom(['render', NETTVERK, '--template', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/each\.hbs:3: malen feilet under utskrift: Must pass iterator to #each/);
  });

  it('gives goals without a depth the level under a section, and drops a placeholder left unfilled', () => {
    const result = dekom(['render', NETTVERK, '--template', path.join(MALER, 'mål-uten-dybde.md.hbs')], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Mål\n\n### Mål M1\n');
    expect(result.stdout).not.toMatch(/^# Mål/m);
    expect(result.stdout).toMatch(/\nKostnad\n$/);
  });

  it('says when the template file is missing (exit 2)', () => {
    const result = dekom(['render', NETTVERK, '--template', 'ingen.hbs']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'dekom: Fant ikke «ingen.hbs». Sjekk stavemåten, eller kjør fra mappen der planene ligger.\n' });
  });

  it('names the template when it fails while rendering', () => {
    const template = path.join(dir, 'ukjent-etikett.hbs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(template, '# {{t "finnes.ikke"}}\n');
    const result = dekom(['render', NETTVERK, '--template', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ukjent-etikett\.hbs:1: malen feilet under utskrift: there is no label "finnes\.ikke"/);
  });
});
