import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockMarkdown } from '../../src/render/markdown/block.js';
import { inlineMarkdown } from '../../src/render/markdown/inline.js';
import { RENDER_FIXTURES, headings, render, tables, tokens } from './support.js';

const fixture = (name: string) => path.join(RENDER_FIXTURES, name);

/** The blocks between a heading and the next, as marked reads them. */
function section(markdown: string, title: string): string {
  const all = tokens(markdown);
  const start = all.findIndex((token) => token.type === 'heading' && token.text === title);
  const end = all.findIndex((token, index) => index > start && token.type === 'heading');
  return all
    .slice(start + 1, end === -1 ? undefined : end)
    .map((token) => token.raw)
    .join('')
    .trim();
}

describe('section text that would take over the document', () => {
  it('closes a code fence the author left open, so the next section is still a heading', () => {
    const markdown = render(fixture('kodeblokk.yaml'));
    expect(section(markdown, 'Innledning')).toBe('Her er kode:\n\n```text\nnpm install\n```');
    expect(headings(markdown).map((h) => h.text)).toContain('Nøkkelinformasjon');
  });

  it('keeps a "===" or "--" line under a paragraph as text, not a heading', () => {
    const markdown = render(fixture('kodeblokk.yaml'));
    expect(headings(markdown).map((h) => h.text)).not.toContain('Setext med to streker');
    expect(blockMarkdown('a\nb\n===', 2)).toBe('a\nb\n\\===');
    expect(headings(render(fixture('vanskelig.yaml'))).map((h) => h.text)).not.toContain('Setext heading');
  });

  it('keeps "15. mars" at the start of a section or a wrapped line as a date, not a list', () => {
    expect(section(render(fixture('vanskelig.yaml')), 'Kunnskapsgrunnlag')).toBe('15\\. mars begynner vi');
    const text = section(render(fixture('kodeblokk.yaml')), 'Kunnskapsgrunnlag');
    expect(tokens(text).map((token) => token.type)).toEqual(['paragraph']);
    expect(tokens(blockMarkdown('1. March we start', 2))[0]!.type).toBe('paragraph');
    expect(blockMarkdown('Slik:\n1. først\n2. så', 2)).toBe('Slik:\n\n1. først\n2. så');
  });

  it('keeps a backslash the text ends with', () => {
    const text = section(render(fixture('vanskelig.yaml')), 'Plan for videreføring');
    const [paragraph] = tokens(text) as { text: string; tokens: { text: string }[] }[];
    expect(paragraph!.tokens.map((token) => token.text).join('')).toBe('tekst som slutter med backslash \\');
  });
});

describe('links and table cells', () => {
  it('keeps only the text of a link to javascript: or another unsafe scheme', () => {
    const markdown = render(fixture('vanskelig.yaml'));
    expect(markdown).not.toMatch(/javascript:/i);
    expect(section(markdown, 'Sluttføring')).toBe('![bilde](http://x/y.png) <http://evil> x');
    expect(inlineMarkdown('[a](java&#115;cript:x) [b](data:text/html,x) [c](https://udir.no) [d](#mål) [e](plan.md)', false)).toBe(
      'a b [c](https://udir.no) [d](#mål) [e](plan.md)',
    );
  });

  it('does not split a cell at a pipe after escaped backslashes', () => {
    const [timer] = tables(render(fixture('backslash.yaml'))).filter((table) => table.header[0]?.text === 'Part');
    expect(timer!.rows.map((row) => row.length)).toEqual([2, 2, 2, 2]);
    expect(timer!.rows.slice(0, 3).map((row) => row[1]!.text)).toEqual(['1', '2', '3']);
  });
});

describe('numbers, periods and empty cells', () => {
  it('writes numbers the Norwegian way, without rounding them', () => {
    const markdown = render(fixture('tall.yaml'));
    const [timer] = tables(markdown).filter((table) => table.header[0]?.text === 'Part');
    expect(timer!.rows.slice(0, 3).map((row) => row[1]!.text)).toEqual(['3,5', '0,125', '1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000']);
    expect(markdown).toContain('**Budsjett/tildelte midler:** 1\u00a0234,57\u00a0kr');
    const goal = tables(render(fixture('vanskelig.yaml'))).find((table) => table.header[0]?.text === 'SMART')!;
    expect(goal.rows.slice(2, 4).map((row) => row[1]!.text)).toEqual(['3,5', '1\u00a0234\u00a0567']);
  });

  it('shows the marker in an empty priority, cost, partner or hours cell', () => {
    const [needs] = tables(render(fixture('tomme-celler.yaml'))).filter((table) => table.header[1]?.text === 'Kompetansebehov');
    expect(needs!.rows[1]!.map((cell) => cell.text)).toEqual(['*Ikke utfylt*', 'Lesing', '*Ikke utfylt*', '*Ikke utfylt*', '*Ikke utfylt*']);
    const [details] = tables(render(fixture('tomme-celler.yaml'))).filter((table) => table.header[1]?.text === 'Målgruppe');
    expect(details!.rows[1]![0]!.text).toBe('*Ikke utfylt*');
    expect(details!.rows[0]![2]!.text).toBe('*Ikke utfylt*');
    const [timer] = tables(render(fixture('vanskelig.yaml'))).filter((table) => table.header[0]?.text === 'Part');
    expect(timer!.rows[1]!.map((cell) => cell.text)).toEqual(['*Ikke utfylt*', '2,25']);
  });

  it('shows the known end of a half-filled period, and the marker for the other', () => {
    const markdown = render(fixture('halv-periode.yaml'));
    expect(markdown).toContain('- **Tidsrom:** 1. august 2026 – *Ikke utfylt*');
    expect(section(markdown, 'Tidsrom')).toBe('1\\. august 2026 – *Ikke utfylt*');
  });
});
