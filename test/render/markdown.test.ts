import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { blockMarkdown } from '../../src/render/markdown/block.js';
import { inlineMarkdown } from '../../src/render/markdown/inline.js';
import { tidyMarkdown } from '../../src/render/markdown/tidy.js';

/** The cells of a one-row table made with the given cell text, as a GFM reader sees them. */
function cellsOf(cell: string): string[] {
  const [table] = new Lexer({ gfm: true }).lex(`| A | B |\n| --- | --- |\n| ${cell} | end |\n`) as Tokens.Table[];
  return table!.rows[0]!.map((c) => c.text);
}

describe('inline escaping (table cells, headings, list items)', () => {
  it('escapes pipes so a cell is not split in two', () => {
    expect(inlineMarkdown('Kommune A | Kommune B', false)).toBe('Kommune A \\| Kommune B');
    expect(cellsOf(inlineMarkdown('Kommune A | Kommune B', false))).toEqual(['Kommune A | Kommune B', 'end']);
  });

  it('joins line breaks, so a row or heading stays on one line', () => {
    expect(inlineMarkdown('Første linje\r\nandre linje\n\ntredje', false)).toBe('Første linje andre linje tredje');
    expect(inlineMarkdown('Kort<br>lang', false)).toBe('Kort lang');
  });

  it('writes a list as "•" runs, but leaves a wrapped "25. juni" as text', () => {
    expect(inlineMarkdown('- lesing\n- skriving', false)).toBe('• lesing • skriving');
    expect(inlineMarkdown('Rapporten leveres innen\n25. juni 2027.', false)).toBe('Rapporten leveres innen 25. juni 2027.');
  });

  it('escapes what would start a list or heading only where the value opens a line', () => {
    expect(inlineMarkdown('1. august 2026', true)).toBe('1\\. august 2026');
    expect(inlineMarkdown('1. august 2026', false)).toBe('1. august 2026');
    expect(inlineMarkdown('# ikke en overskrift', true)).toBe('\\# ikke en overskrift');
    expect(inlineMarkdown('- ikke en liste', true)).toBe('\\- ikke en liste');
    expect(inlineMarkdown('> ikke et sitat', true)).toBe('\\> ikke et sitat');
  });

  it('keeps the author’s Markdown but never raw HTML', () => {
    expect(inlineMarkdown('**viktig** og *lett*', false)).toBe('**viktig** og *lett*');
    expect(inlineMarkdown('<script>alert(1)</script>', false)).toBe('\\<script>alert(1)\\</script>');
    expect(inlineMarkdown('`a <b> c`', false)).toBe('`a <b> c`');
  });

  it('turns bare addresses into autolinks, and leaves written links alone', () => {
    expect(inlineMarkdown('se https://udir.no/dekom.', false)).toBe('se <https://udir.no/dekom>.');
    expect(inlineMarkdown('skriv til post@kommune.no', false)).toBe('skriv til <post@kommune.no>');
    expect(inlineMarkdown('[Udir](https://udir.no)', false)).toBe('[Udir](https://udir.no)');
    expect(inlineMarkdown('<https://udir.no>', false)).toBe('<https://udir.no>');
    expect(inlineMarkdown('https://ola@server.no/x', false)).toBe('<https://ola@server.no/x>');
  });

  it('writes emphasis with asterisks, leaving snake_case words alone', () => {
    expect(inlineMarkdown('_viktig_ og __svært__ i tegn_på_læring', false)).toBe('*viktig* og **svært** i tegn_på_læring');
  });
});

describe('block Markdown (section text)', () => {
  it('nests the author’s headings under the section and keeps their steps one level at a time', () => {
    const text = '# Bakgrunn\n\nTekst.\n\n### Detaljer:\n\nMer.';
    expect(blockMarkdown(text, 2)).toBe('### Bakgrunn\n\nTekst.\n\n#### Detaljer\n\nMer.');
    expect(blockMarkdown('Tittel\n======\n\nTekst', 3)).toBe('#### Tittel\n\nTekst');
  });

  it('gives a list its blank line and the "-" marker, without turning "25. juni" into a list', () => {
    expect(blockMarkdown('Fasene:\n* kartlegging\n+ utprøving', 2)).toBe('Fasene:\n\n- kartlegging\n- utprøving');
    expect(blockMarkdown('Fristen er\n25. juni 2027.', 2)).toBe('Fristen er\n25. juni 2027.');
    expect(blockMarkdown('Slik:\n1. først\n2. så', 2)).toBe('Slik:\n\n1. først\n2. så');
  });

  it('names a code fence’s language, keeps its content, and escapes HTML outside it', () => {
    expect(blockMarkdown('```\n<b>x</b>\n```\n<b>y</b>', 2)).toBe('```text\n<b>x</b>\n```\n\\<b>y\\</b>');
  });

  it('turns an HTML line break into a Markdown one and strips trailing spaces', () => {
    expect(blockMarkdown('en<br>to   \ntre  ', 2)).toBe('en\\\nto\\\ntre');
  });

  it('dedents an indented block so it is not read as code', () => {
    expect(blockMarkdown('    Innrykket tekst\n    over to linjer', 2)).toBe('Innrykket tekst\nover to linjer');
  });

  it('returns nothing for blank text, leaving the marker to the template', () => {
    expect(blockMarkdown('  \n ', 2)).toBe('');
  });
});

describe('tidying the rendered document', () => {
  it('leaves one blank line between blocks and one newline at the end', () => {
    expect(tidyMarkdown('# T\n\n\n\nTekst   \n\n\n')).toBe('# T\n\nTekst\n');
  });

  it('puts blank lines around headings and tables, and writes empty cells as "| |"', () => {
    expect(tidyMarkdown('## A\nTekst\n| a | b |\n| --- | --- |\n|  | x |\nEtter')).toBe(
      '## A\n\nTekst\n\n| a | b |\n| --- | --- |\n| | x |\n\nEtter\n',
    );
  });

  it('keeps headings going down one level at a time', () => {
    expect(tidyMarkdown('# T\n\n#### Dyp\n\n## Neste\n')).toBe('# T\n\n## Dyp\n\n## Neste\n');
  });

  it('does not touch fenced code', () => {
    expect(tidyMarkdown('```text\na   \n\n\n\nb\n```\n')).toBe('```text\na   \n\n\n\nb\n```\n');
  });
});
