import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { LINT_CONFIG } from './support.js';

const NETTVERK = 'examples/nettverksplan-lister-digital-vurdering.yaml';
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the timeline of a rendered plan', () => {
  it('ends the Markdown with a Mermaid gantt of tasks, goals and meetings that GitHub can draw', async () => {
    const result = await runMain(['render', NETTVERK], { cwd: ROOT });
    expect(result.code).toBe(0);
    const timeline = result.stdout.slice(result.stdout.indexOf('## Tidslinje'));
    expect(timeline).toMatch(/^## Tidslinje\n\nMøtene og fristene i planen\.\n\n```mermaid\ngantt\n {2}title Tidslinje\n {2}dateFormat YYYY-MM-DD\n/);
    expect(timeline).toMatch(/^ {2}section Oppgaver\n {4}Signere plan og avtale :done, 2026-08-28, 2026-08-29$/m);
    expect(timeline).toMatch(/^ {4}M1 :milestone, 2027-06-15, 0d$/m);
    expect(timeline).toMatch(/^ {4}Nettverkssamling 1 for ressurslærere og rektorer :milestone, 2026-09-24, 0d$/m);
    expect(timeline.trimEnd().endsWith('```')).toBe(true);
    const problems = lint({ strings: { rendered: result.stdout }, config: LINT_CONFIG })['rendered']!;
    expect(problems.map((p) => `${p.lineNumber}: ${p.ruleNames.join('/')}`)).toEqual([]);
  });

  it('ends the Word file with a month grid of the period instead, one row per month', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const result = await runMain(['render', path.join(ROOT, NETTVERK), '-o', 'plan.docx'], { cwd: dir });
      expect(result.code).toBe(0);
      const { value: html } = await mammoth.convertToHtml({ path: path.join(dir, 'plan.docx') });
      const heading = /<h1><a id="[^"]+"><\/a>Tidslinje<\/h1>/.exec(html);
      expect(heading).not.toBeNull();
      expect(html).not.toContain('mermaid');
      const grid = html.slice(heading!.index);
      const text = (cellHtml: string) => cellHtml.replace(/<[^>]+>/g, '');
      const rows = [...grid.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => text(c[1]!)));
      expect(rows[0]).toEqual(['Måned', 'Møter og samlinger', 'Frister']);
      // August 2026 to June 2027: eleven months.
      expect(rows.slice(1).map((row) => row[0])).toHaveLength(11);
      expect(rows[2]).toEqual(['september 2026', '24. 08.30: Nettverkssamling 1 for ressurslærere og rektorer', '18.: Lærer- og lederundersøkelse; 30.: Førundersøkelse blant elevene']);
      expect(rows[3]).toEqual(['oktober 2026', '–', '–']);
      expect(rows[11]![2]).toBe('15.: Mål M1; 15.: Mål M2; 15.: Mål M3; 25.: Sluttrapport');
    } finally {
      cleanup();
    }
  });

  it('is left to the author with a template of their own', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const template = path.join(dir, 'egen.md.hbs');
      writeFileSync(template, '# {{tittel}}\n');
      const result = await runMain(['render', NETTVERK, '--template', template], { cwd: ROOT });
      expect(result.stdout).not.toContain('Tidslinje');
      expect(readFileSync(template, 'utf8')).toBe('# {{tittel}}\n');
    } finally {
      cleanup();
    }
  });
});
