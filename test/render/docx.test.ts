import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dekom, dekomInProcess, tempDir } from '../helpers.js';
import { EPOCH, EXAMPLES, RENDER_FIXTURES, docxPart, headings, htmlText, planData, render, tables } from './support.js';

let dir: string;
let cleanup: () => void;
/** Each plan rendered once by the built CLI, to Word. */
const documents = new Map<string, string>();

function docxOf(file: string, lang?: string): string {
  const key = `${file}:${lang ?? ''}`;
  const cached = documents.get(key);
  if (cached) return cached;
  const out = path.join(dir, `${path.basename(file, '.yaml')}${lang ? `-${lang}` : ''}.docx`);
  const result = dekom(['render', file, '-o', out, ...(lang ? ['--lang', lang] : [])], { env: { SOURCE_DATE_EPOCH: EPOCH } });
  expect(result.code, result.stderr).toBe(0);
  documents.set(key, out);
  return out;
}

/** The document as a reader sees it through mammoth: Word's heading styles become h1–h6. */
async function read(file: string): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ path: file });
  // The bookmarks the table of contents links to are not part of what a reader sees.
  const html = result.value.replace(/<a id="[^"]*"><\/a>/g, '');
  return { html, warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
}

function htmlHeadings(html: string): string[] {
  return [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${htmlText(m[2]!)}`);
}

function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((cell) => htmlText(cell[1]!))),
  );
}

/** What a reader sees of a Markdown cell: no emphasis marks, escapes or autolink brackets. */
function readerText(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/<((?:https?:|mailto:)?[^\s<>]+)>/g, '$1')
    .replace(/\*\*|\*/g, '')
    .trim();
}

beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('the Word file read back with mammoth', () => {
  it.each(EXAMPLES)('%s: the same section headings in the same order as the Markdown', async (file) => {
    const { html, warnings } = await read(docxOf(file));
    expect(warnings).toEqual([]);
    // The Markdown's one `#` heading is the title page; `##` is Word's Heading 1, and so on.
    const expected = headings(render(file))
      .filter((h) => h.depth > 1)
      .map((h) => `${h.depth - 1} ${h.text}`);
    expect(htmlHeadings(html)).toEqual(expected);
  });

  it.each(EXAMPLES)('%s: every table with its header row and every row of the Markdown', async (file) => {
    const { html } = await read(docxOf(file));
    const markdownTables = tables(render(file)).map((table) => [
      table.header.map((cell) => cell.text.replace(/\*\*/g, '')),
      ...table.rows.map((row) => row.map((cell) => cell.text)),
    ]);
    const wordTables = htmlTables(html);
    expect(wordTables).toHaveLength(markdownTables.length);
    wordTables.forEach((table, i) => {
      expect(table[0]).toEqual(markdownTables[i]![0]);
      expect(table).toHaveLength(markdownTables[i]!.length);
    });
  });

  it.each([...EXAMPLES, path.join(RENDER_FIXTURES, 'ufullstendig-nettverksplan.yaml')])('%s: the task table’s cells say what the Markdown says', async (file) => {
    const { html } = await read(docxOf(file));
    const [markdownTasks] = tables(render(file)).filter((table) => table.header[0]?.text === 'Oppgaver');
    const wordTasks = htmlTables(html).find((table) => table[0]![0] === 'Oppgaver');
    if (!markdownTasks) return expect(wordTasks).toBeUndefined();
    expect(wordTasks!.slice(1)).toEqual(markdownTasks.rows.map((row) => row.map((cell) => readerText(cell.text))));
  });

  it('keeps Norwegian letters, dates, amounts and the title page', async () => {
    const file = 'examples/nettverksplan-lister-digital-vurdering.yaml';
    const { html } = await read(docxOf(file));
    const text = htmlText(html);
    expect(text).toContain(String(planData(file)['tittel']));
    expect(text).toContain('Plantype: Plan og avtale om nettverkssamarbeid');
    expect(text).toContain('Dato: 24. november 2026');
    expect(text).toContain('Ressurslærerne får program, forberedelser og utprøvingsoppdrag');
    expect(text).toContain('Ane Marie Vestøl');
    expect(text).toContain('Budsjett/tildelte midler: 420\u00a0000\u00a0kr');
    const meetings = htmlTables(html).find((table) => table[0]![0] === 'Dato og tidspunkt')!;
    expect(meetings[1]).toEqual([
      'Torsdag 20. august 2026, kl. 12.00–15.00',
      'Prosjektgruppe',
      'Sted: TeamsInnhold: Oppstart, gjennomgang av planen og forberedelse av undersøkelsene.Ansvarlig: Lene AbrahamsenForberedelser: Alle kommuner har avklart frikjøp av ressurslærere.',
    ]);
    expect(html).toContain('<a href="mailto:lene.abrahamsen@farsund.kommune.no">');
  });

  it('shows "Ikke utfylt" where an incomplete plan is empty, in cells and sections alike', async () => {
    const { html } = await read(docxOf(path.join(RENDER_FIXTURES, 'ufullstendig-nettverksplan.yaml')));
    expect(html).toContain('<h1>Innledning</h1><p><em>Ikke utfylt</em></p>');
    expect(html).toContain('<h2>Tidsplan for samlinger og møter</h2><p><em>Ikke utfylt</em></p>');
    expect((html.match(/Ikke utfylt/g) ?? []).length).toBeGreaterThan(15);
    const tasks = htmlTables(html).find((table) => table[0]![0] === 'Oppgaver')!;
    expect(tasks[2]).toEqual(['Oppstart', 'Første linje andre linje | med pipe', 'Åse Ødegård', 'Ikke utfylt']);
    expect(htmlText(html)).toContain('Vi møtes <b>fire</b> ganger');
  });

  it('writes nynorsk and English headings into Word too', async () => {
    const file = 'examples/skoleplan-heimdal-ungdomsskole.yaml';
    expect(htmlHeadings((await read(docxOf(file, 'nn'))).html)).toContain('1 Situasjonsskildring');
    expect(htmlHeadings((await read(docxOf(file, 'en'))).html)).toContain('1 The current situation');
  });
});

describe('the kindergarten plan and the samarbeidsforum’s plans in Word, in bokmål, nynorsk and English', () => {
  const NEW_KINDS = ['examples/barnehageplan-gjovikregionen.yaml', 'examples/langsiktig-plan-nordland.yaml', 'examples/innstilling-agder-2027.yaml'];

  /** Each plan rendered once per language, in-process, and read back with mammoth. */
  const readBack = new Map<string, Promise<string>>();
  function wordIn(file: string, lang: 'nb' | 'nn' | 'en'): Promise<string> {
    const key = `${file}:${lang}`;
    if (!readBack.has(key)) readBack.set(key, renderAndRead(file, lang));
    return readBack.get(key)!;
  }

  async function renderAndRead(file: string, lang: 'nb' | 'nn' | 'en'): Promise<string> {
    const out = path.join(dir, `${path.basename(file, '.yaml')}-${lang}-inprocess.docx`);
    const result = await dekomInProcess(['render', file, '-o', out, '--lang', lang], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(result.code, result.stderr).toBe(0);
    const { html, warnings } = await read(out);
    expect(warnings).toEqual([]);
    return html;
  }

  it.each(NEW_KINDS.flatMap((file) => (['nb', 'nn', 'en'] as const).map((lang) => [file, lang] as const)))('%s in %s: the headings and tables of the Markdown', async (file, lang) => {
    const html = await wordIn(file, lang);
    const markdown = render(file, lang);
    expect(htmlHeadings(html)).toEqual(headings(markdown).filter((h) => h.depth > 1).map((h) => `${h.depth - 1} ${h.text}`));
    expect(htmlTables(html).map((table) => table[0])).toEqual(tables(markdown).map((table) => table.header.map((cell) => readerText(cell.text))));
  });

  it('a kindergarten plan: its kind and scheme, the kindergartens with their ownership, the measures by type', async () => {
    const file = NEW_KINDS[0]!;
    const nb = await wordIn(file, 'nb');
    expect(htmlText(nb)).toContain('Plantype: Plan for kompetanseutvikling i barnehagene (REKOM)');
    expect(htmlTables(nb).find((table) => table[0]![0] === 'Barnehage')![8]).toEqual(['Kruttverket naturbarnehage', 'Kruttverket naturbarnehage AS', 'privat', '14', 'Nei']);
    expect(htmlTables(nb).find((table) => table[0]![0] === 'Id')![1]).toEqual([
      'T1', 'Språkmiljø i hverdagen', 'Barnehagebasert kompetanseutvikling', 'Alle ansatte', '2026, 2027', '2026: 480\u00a0000\u00a0kr; 2027: 450\u00a0000\u00a0kr',
    ]);
    expect(htmlHeadings(await wordIn(file, 'nn'))).toContain('1 Barnehagane som deltek');
    const en = await wordIn(file, 'en');
    expect(htmlHeadings(en)).toContain('1 Sami perspectives');
    expect(htmlTables(en).find((table) => table[0]![0] === 'ID')![1]![3]).toBe('All staff');
  });

  it('a long-term plan: the annual cycle as yearly dates, in each language', async () => {
    const file = NEW_KINDS[1]!;
    const row = (html: string) => htmlTables(html).find((table) => table[0]!.length === 3 && table.some((cells) => cells[0] === 'Innstilling til Statsforvalteren'))!;
    expect(row(await wordIn(file, 'nb')).find((cells) => cells[0] === 'Innstilling til Statsforvalteren')).toEqual(['Innstilling til Statsforvalteren', 'hvert år 15. mars', 'Samarbeidsforum']);
    expect(row(await wordIn(file, 'nn')).find((cells) => cells[0] === 'Innstilling til Statsforvalteren')![1]).toBe('kvart år 15. mars');
    expect(row(await wordIn(file, 'en')).find((cells) => cells[0] === 'Innstilling til Statsforvalteren')![1]).toBe('every year on 15 March');
  });

  it('a recommendation: the frame per scheme against what is recommended, and each measure with its money', async () => {
    const file = NEW_KINDS[2]!;
    const nb = await wordIn(file, 'nb');
    const frames = htmlTables(nb).find((table) => table[0]![0] === 'Ordning')!;
    expect(frames.slice(1)).toEqual([
      ['DEKOM', '3\u00a0400\u00a0000\u00a0kr', '3\u00a0200\u00a0000\u00a0kr', '200\u00a0000\u00a0kr'],
      ['REKOM', '2\u00a0700\u00a0000\u00a0kr', '2\u00a0700\u00a0000\u00a0kr', '0\u00a0kr'],
      ['Kompetanseløftet', '1\u00a0200\u00a0000\u00a0kr', '1\u00a0100\u00a0000\u00a0kr', '100\u00a0000\u00a0kr'],
      ['Sum', '7\u00a0300\u00a0000\u00a0kr', '7\u00a0000\u00a0000\u00a0kr', ''],
    ]);
    expect(htmlHeadings(nb)).toContain('2 Tiltak D1: Lesing og skriving i alle fag i Lister');
    const d1 = htmlTables(nb).find((table) => table.some((cells) => cells[1]?.startsWith('Farsund kommune: 80')))!;
    expect(d1.find((cells) => cells[0] === 'Til koordinator')).toEqual(['Til koordinator', '50\u00a0000\u00a0kr']);
    expect(d1[1]).toEqual(['Tema', 'Lesing og skriving']);
    expect(d1.find((cells) => cells[0] === 'Egenandel')![1]).toContain('Lyngdal kommune: 85\u00a0000\u00a0kr (lønn/frikjøp), 30,3 % av andelen på 280\u00a0000\u00a0kr');
    const en = await wordIn(file, 'en');
    expect(htmlTables(en).find((table) => table[0]![0] === 'Grant scheme')![1]).toEqual(['DEKOM', 'NOK\u00a03,400,000', 'NOK\u00a03,200,000', 'NOK\u00a0200,000']);
    expect(htmlHeadings(await wordIn(file, 'nn'))).toContain('1 Innstillinga');
  });
});

describe('the Word file’s own structure', () => {
  const file = 'examples/nettverksplan-lister-digital-vurdering.yaml';

  it('carries title, subject (the plan kind) and author in the document properties', () => {
    const core = docxPart(docxOf(file), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Plan og avtale om nettverkssamarbeid – digital vurdering for læring i Lister 2026–2027</dc:title>');
    expect(core).toContain('<dc:subject>Plan og avtale om nettverkssamarbeid</dc:subject>');
    expect(core).toContain('<dc:creator>Lene Abrahamsen</dc:creator>');
  });

  it('is the same, byte for byte, when rendered twice with the same SOURCE_DATE_EPOCH', () => {
    const first = readFileSync(docxOf(file));
    const again = path.join(dir, 'igjen.docx');
    expect(dekom(['render', file, '-o', again], { env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    expect(readFileSync(again).equals(first)).toBe(true);
    const core = docxPart(again, 'docProps/core.xml');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-11-24T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-11-24T00:00:00Z<\/dcterms:modified>/);
  });

  it('names the document language in the core properties', () => {
    expect(docxPart(docxOf(file), 'docProps/core.xml')).toContain('<dc:language>nb-NO</dc:language>');
    expect(docxPart(docxOf(file, 'en'), 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it.each([
    [undefined, 'nb-NO'],
    ['nn', 'nn-NO'],
    ['en', 'en-GB'],
  ])('spell-checks the bokmål plan’s text in bokmål and dekom’s headings in the --lang (%s → %s)', (lang, tag) => {
    const styles = docxPart(docxOf(file, lang), 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="nb-NO"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:lang w:val="${tag}"/>.*?</w:style>`));
  });

  it('uses Word’s built-in heading styles, a table of contents field and page numbers in the footer', () => {
    const document = docxPart(docxOf(file), 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(document).toContain('<w:titlePg/>');
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((part) => docxPart(docxOf(file), part)).join('');
    expect(footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footers).toContain('Side ');
  });

  it('repeats and shades the header row of every table, with fixed column widths that fill the page', () => {
    const document = docxPart(docxOf(file), 'word/document.xml');
    const tablesXml = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tablesXml.length).toBeGreaterThan(5);
    for (const table of tablesXml) {
      const firstRow = /<w:tr>.*?<\/w:tr>/.exec(table)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(firstRow).toMatch(/<w:shd [^>]*w:fill="DCE6F2"/);
      const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(9070);
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(700);
    }
  });
});
