import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/render/docx/table.js';
import { ROOT, dekomInProcess, tempDir } from '../helpers.js';
import { EPOCH, EXAMPLES, docxPart, planData } from './support.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const rendered = new Map<string, string>();
/** A plan rendered to Word in-process, once per plan and language. */
async function word(file: string, lang?: string): Promise<string> {
  const key = `${file}:${lang ?? ''}`;
  if (rendered.has(key)) return rendered.get(key)!;
  const out = path.join(dir, `${path.basename(file, '.yaml')}-${rendered.size}.docx`);
  const result = await dekomInProcess(['render', path.resolve(ROOT, file), '-o', out, ...(lang ? ['--lang', lang] : [])], { env: { SOURCE_DATE_EPOCH: EPOCH } });
  expect(result.code, result.stderr).toBe(0);
  rendered.set(key, out);
  return out;
}

const SKOLEPLAN = 'examples/skoleplan-heimdal-ungdomsskole.yaml';
const twipsPerCm = 1440 / 2.54;

function tablesOf(documentXml: string): Array<{ header: string[]; grid: number[] }> {
  return (documentXml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).map((table) => {
    const firstRow = /<w:tr>.*?<\/w:tr>/.exec(table)![0];
    const header = (firstRow.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map((cell) => [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    return { header, grid: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])) };
  });
}

/** The XML of one style, by id. */
function style(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}

describe('the table of contents in Word', () => {
  it('asks Word to update the fields on opening, which fills in the page numbers', async () => {
    expect(docxPart(await word(SKOLEPLAN), 'word/settings.xml')).toContain('<w:updateFields w:val="true"/>');
  });

  it('leads each entry to its page number with dots, in the entries and in the TOC styles', async () => {
    const file = await word(SKOLEPLAN);
    const document = docxPart(file, 'word/document.xml');
    const entries = document.match(/<w:pStyle w:val="TOC[123]"\/><w:tabs>.*?<\/w:tabs>/g) ?? [];
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry).toMatch(/<w:tab w:val="right" w:pos="9070" w:leader="dot"\/>/);
    const styles = docxPart(file, 'word/styles.xml');
    for (const id of ['TOC1', 'TOC2', 'TOC3']) expect(style(styles, id)).toMatch(/<w:tab w:val="right" w:leader="dot" w:pos="9070"\/>|<w:tab w:val="right" w:pos="9070" w:leader="dot"\/>/);
  });
});

describe('the languages Word spell-checks in', () => {
  it('a bokmål plan rendered --lang en: the author’s text in bokmål, dekom’s headings and labels in English', async () => {
    const file = await word(SKOLEPLAN, 'en');
    const styles = docxPart(file, 'word/styles.xml');
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:lang w:val="nb-NO"/>');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'TOCHeading', 'TOC1', 'TableHeading', 'Footer', 'RunInLabel']) {
      expect([id, style(styles, id)]).toEqual([id, expect.stringContaining('<w:lang w:val="en-GB"/>')]);
    }
    for (const id of ['Title', 'TitleDetail', 'TableText', 'Normal']) expect(style(styles, id)).not.toContain('<w:lang ');
    const document = docxPart(file, 'word/document.xml');
    // No run overrides the language: the styles decide, so Word's own language tools still work.
    expect(document).not.toContain('<w:lang ');
    expect(document).toMatch(/<w:rStyle w:val="RunInLabel"\/>(?:<w:b\/><w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Theme:<\/w:t>/);
    expect(document).toMatch(/<w:pStyle w:val="TableHeading"\/>.*?<w:t xml:space="preserve">Tasks<\/w:t>/);
    expect(docxPart(file, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('a plan in English rendered in bokmål, and a plan without språk, which is taken to be in the --lang', async () => {
    const english = path.join(dir, 'english.yaml');
    writeFileSync(english, readFileSync(path.join(ROOT, SKOLEPLAN), 'utf8').replace(/^språk: nb$/m, 'språk: en'));
    const styles = docxPart(await word(english, 'nb'), 'word/styles.xml');
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:lang w:val="en-GB"/>');
    expect(style(styles, 'Heading1')).toContain('<w:lang w:val="nb-NO"/>');

    const unsaid = path.join(dir, 'uten-spraak.yaml');
    writeFileSync(unsaid, readFileSync(path.join(ROOT, SKOLEPLAN), 'utf8').replace(/^språk: nb\n/m, ''));
    const nynorsk = docxPart(await word(unsaid, 'nn'), 'word/styles.xml');
    expect(/<w:docDefaults>.*?<\/w:docDefaults>/.exec(nynorsk)![0]).toContain('<w:lang w:val="nn-NO"/>');
  });
});

describe('tables and fonts that lay out alike in Word and LibreOffice', () => {
  // A recommendation's tables are of measures and amounts: it has no date or owner column.
  it.each(EXAMPLES.filter((file) => planData(file)['type'] !== 'innstilling'))('%s: date and owner columns are at least 2.6 cm wide', async (file) => {
    const tables = tablesOf(docxPart(await word(file), 'word/document.xml'));
    const narrow = /^(Frister|Frist|Ansvar|Ansvarlig|Kontaktperson|Hvem|Dato|Dato og tidspunkt|År|Når)$/;
    const checked = tables.flatMap(({ header, grid }) => header.flatMap((name, i) => (narrow.test(name) ? [[name, grid[i]!]] : [])));
    expect(checked.length).toBeGreaterThan(1);
    for (const [name, width] of checked) expect([name, width]).toEqual([name, expect.toSatisfy((w: number) => w >= 2.6 * twipsPerCm - 1)]);
  });

  const withGoals = EXAMPLES.filter((file) => Array.isArray(planData(file)['mål']) && (planData(file)['mål'] as unknown[]).length > 1);
  it.each(withGoals)('%s: the goal tables of one document share one grid', async (file) => {
    const goals = tablesOf(docxPart(await word(file), 'word/document.xml')).filter((table) => table.header[0] === 'SMART');
    expect(goals.length).toBeGreaterThan(1);
    expect(new Set(goals.map((table) => table.grid.join(','))).size).toBe(1);
  });

  it('gives a column room for its longest word in the widest font LibreOffice may fall back to', () => {
    const widths = columnWidths([
      ['Oppgaver', 'Midtveisevaluering av arbeidet', 'Kurs'],
      ['Beskrivelse', 'Plangruppa, elevpanelet og NTNU vurderer resultater og erfaringer og justerer planen for neste år.'],
      ['Ansvar', 'Ingrid Sæther og Per Dahl'],
      ['Frister', '18. juni 2027'],
    ]);
    // "Midtveisevaluering" is 1.8 cm in Calibri at 9.5 pt and 3.2 cm in DejaVu Sans; the cell adds 0.35 cm.
    expect(widths[0]).toBeGreaterThanOrEqual(2_090);
    expect(widths[2]).toBeGreaterThanOrEqual(1_474);
    expect(widths[3]).toBeGreaterThanOrEqual(1_474);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9_070);
  });

  it('fits columns whose words need more than the page: the wide columns give way, none goes below zero', () => {
    // Four columns of long compound words, and one of prose in short words that could spare room.
    const compounds = Array.from({ length: 4 }, (_, i) => [`Kolonne${i}`, 'Barnehagefaglig grunnkompetanse', 'Kompetanseutviklingsnettverket']);
    const prose = ['Beskrivelse', 'Alle ansatte i de åtte barnehagene deltar i samlinger og i refleksjon på avdelingsmøtene mellom samlingene, med veiledning fra høgskolen.'.repeat(3)];
    const widths = columnWidths([...compounds, prose]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9_070);
    for (const width of widths) expect(width).toBeGreaterThan(0);
  });

  it('names Calibri with its metric-compatible stand-ins in the font table', async () => {
    const fonts = docxPart(await word(SKOLEPLAN), 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="Calibri"><w:altName w:val="Carlito"/><w:panose1 w:val="020F0502020204030204"/>');
    expect(fonts).toContain('<w:font w:name="Carlito">');
    expect(fonts).toContain('<w:font w:name="Liberation Sans">');
    expect(fonts).toContain('<w:family w:val="swiss"/><w:pitch w:val="variable"/>');
  });
});
