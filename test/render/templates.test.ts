import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { EXAMPLES, LINT_CONFIG, RENDER_FIXTURES, headings, planData, render, tables } from './support.js';

/**
 * The seed templates' sections, in their order, as `##`, `###` and `####` headings; goal
 * headings ("Mål M1") come on top of these.
 */
const SKELETON: Record<string, string[]> = {
  nettverksplan: [
    '## Innledning',
    '## Nøkkelinformasjon',
    '### Tidsrom',
    '### Timer/ressurser',
    '### Partnere',
    '### Samarbeidsform',
    '### Samarbeidsplattform',
    '## Ansvarsfordeling',
    '## Prosjektbeskrivelse',
    '### Mål',
    '### Kunnskapsgrunnlag',
    '### Arbeidsmåter',
    '### Forankring og informasjon',
    '#### Til ledere',
    '#### Til deltakere',
    '### Plan for gjennomføring',
    '### Plan for videreføring',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
    '## Sluttføring',
    '## Ressurser',
    '### Oppgaver, tidsfrister og ansvar',
    '### Tidsplan for samlinger og møter',
  ],
  kompetanseplan: [
    '## Kompetansenettverket',
    '### Partnere',
    '## Intensjoner i den desentraliserte kompetanseutviklingen',
    '### a) Lokale behov og lokal forankring',
    '### b) Sammenheng med andre tiltak og satsinger',
    '### c) Lærende, kollektive prosesser',
    '### d) Utforsking av praksis og elevstemmen',
    '### e) Partnerskap med UH',
    '## Analysefasen',
    '## Kompetansebehov i nettverket',
    '### Egenandel',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
  skoleplan: [
    '## Rammer for arbeidet',
    '### Skolebasert kompetanseutvikling',
    '### Lokal forankring',
    '### Sammenheng, ikke fragmentering',
    '### Elevstemmen',
    '## Innledning, tema og mål',
    '## Situasjonsbeskrivelse',
    '## Resultatmål',
    '## Analyse',
    '## Tiltak og fremdriftsplan',
    '## Organisering',
    '## Tegn på læring og forbedring',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
  kommuneplan: [
    '## Utviklingsområder og innhold',
    '## Mål',
    '## Kommunens organisering og forankring av arbeidet',
    '### Strategi for forankring',
    '#### Politisk nivå',
    '#### Skoler og barnehager',
    '#### Milepæler',
    '## Gjennomføring av kompetanseutviklingen',
    '### Oppgaver, tidsfrister og ansvar',
    '## Eventuelle andre tiltak på lokalt nivå',
    '## Finansiering',
    '## Utfordringer og muligheter',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
  barnehageplan: [
    '## Barnehagemyndighet',
    '## Barnehagene som deltar',
    '### Området',
    '## Partnere',
    '## Kartlegging av kompetansebehov',
    '### Funn',
    '## Satsingsområder',
    '## Rammeplanen',
    '## Mål',
    '## Tiltak',
    '## Barns medvirkning',
    '## Samiske perspektiver',
    '## Oppgaver, tidsfrister og ansvar',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
  langsiktig_plan: [
    '## Samarbeidsforum',
    '## Vedtak',
    '## Overordnet del',
    '## Prioriteringer',
    '## Kompetansenettverk',
    '## Fordelingsmodell',
    '## Årshjul',
    '## Medlemmer',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
  innstilling: [
    '## Innstillingen',
    '## Samarbeidsforum',
    '## Medlemmer',
    '## Grunnlag',
    '## Ramme',
    '## Fordelingsmodell',
    '## Prioriterte tiltak',
    '## Vedtak',
    '## Medvirkning',
    '### De ansatte',
    '### De tillitsvalgte',
    '## Evaluering',
  ],
};

/** Sections a kind has only when the plan fills them in (not in the seed's form). */
const OPTIONAL = [
  '### Samarbeidspartnere',
  '### Målgrupper, utviklingspartnere og sammenheng',
  '## Mål',
  '## Oppgaver, tidsfrister og ansvar',
  '## Tidsplan for samlinger og møter',
  '### Tidsplan for samlinger og møter',
  '## Vedlegg',
  '## Ikke prioritert',
  '### Dissens',
];

/** The headings a kind's document must have; every kind needs its line here. */
function skeletonOf(kind: string): string[] {
  const headings = SKELETON[kind];
  if (!headings) throw new Error(`no expected headings for ${kind}`);
  return headings;
}

/** What the empty fixtures do fill in, since their front matter needs it. */
const FILLED_IN_EMPTY_PLANS = ['### Tidsrom'];

const outline = (markdown: string) => headings(markdown).map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
const isGoal = (line: string) => /^#+ (Mål|Goal) (M?\d+)$/.test(line);
/** A recommendation's measures each have a heading of their own: "Tiltak D1: Lesing …". */
const isMeasure = (line: string) => /^#+ (Tiltak|Measure) [^:]+: /.test(line);

describe('the built-in templates follow their seed', () => {
  it.each(KINDS)('%s: an empty plan shows every section of the seed, in order, each marked "Ikke utfylt"', (kind) => {
    const markdown = render(path.join(RENDER_FIXTURES, 'tomme', `${kind}.yaml`));
    expect(outline(markdown)).toEqual([`# Tom ${kind}`, ...skeletonOf(kind)]);
    // Under each heading: its subsections, the marker itself, or a table or list of fields
    // each marked where it is empty.
    const sections = markdown.split(/^(?=#{2,6} )/m).slice(1);
    for (const [index, text] of sections.entries()) {
      const [heading, ...rest] = text.trimEnd().split('\n');
      const body = rest.join('\n').trim();
      const depth = /^#+/.exec(heading!)![0].length;
      const next = sections[index + 1];
      if (body === '' && next !== undefined && /^#+/.exec(next)![0].length > depth) continue;
      if (FILLED_IN_EMPTY_PLANS.includes(heading!)) continue;
      if (/^(?:\||- |\*\*)/.test(body)) expect(body, heading).toMatch(/\*Ikke utfylt\*/);
      else expect(body.split('\n\n')[0], heading).toBe('> *Ikke utfylt*');
    }
  });

  it.each(EXAMPLES)('%s: the seed’s sections in order, with goals and optional sections in between', (file) => {
    const plan = planData(file);
    const lines = outline(render(file));
    expect(lines[0]).toBe(`# ${String(plan['tittel'])}`);
    const body = lines.slice(1).filter((line) => !isGoal(line) && !isMeasure(line));
    expect(body.filter((line) => !OPTIONAL.includes(line) || skeletonOf(String(plan['type'])).includes(line))).toEqual(skeletonOf(String(plan['type'])));
    for (const line of body) expect([...skeletonOf(String(plan['type'])), ...OPTIONAL]).toContain(line);
    // The one need planned for later years has no UP2 yet; its cost is a dash, not a gap,
    // since costs belong to the year applied for only.
    const expected = file.includes('kompetanseplan-agder-vest') ? 1 : 0;
    expect(render(file).match(/Ikke utfylt/g) ?? []).toHaveLength(expected);
  });

  it('shows every SMART letter of a goal, with the deadline as a Norwegian date', () => {
    const [goal] = tables(render('examples/nettverksplan-lister-digital-vurdering.yaml')).filter((t) => t.header[0]?.text === 'SMART');
    expect(goal!.rows.map((row) => row[0]!.text)).toEqual([
      'S – Spesifikt',
      'M – Målbart: indikator',
      'M – Målbart: utgangspunkt',
      'M – Målbart: målverdi',
      'A – Akseptert: forankring',
      'R – Realistisk og relevant: begrunnelse',
      'T – Tidsbestemt: frist',
      'Ansvarlig',
    ]);
    expect(goal!.rows[6]![1]!.text).toBe('15. juni 2027');
  });

  it('prints the seed’s resource tables with tasks by deadline and meetings by date', () => {
    const markdown = render('examples/nettverksplan-lister-digital-vurdering.yaml');
    const [tasks] = tables(markdown).filter((t) => t.header[0]?.text === 'Oppgaver');
    expect(tasks!.header.map((cell) => cell.text)).toEqual(['Oppgaver', 'Beskrivelse', 'Ansvar', 'Frister']);
    expect(tasks!.rows[0]![3]!.text).toBe('28. august 2026 (fullført)');
    const [meetings] = tables(markdown).filter((t) => t.header[0]?.text === 'Dato og tidspunkt');
    expect(meetings!.header.map((cell) => cell.text)).toEqual(['Dato og tidspunkt', 'Hvem', 'Gjennomføring']);
    expect(meetings!.rows[0]![0]!.text).toBe('Torsdag 20. august 2026, kl. 12.00–15.00');
    expect(markdown).toContain('**Budsjett/tildelte midler:** 420\u00a0000\u00a0kr');
  });

  it('sums the needs’ costs for the year the network applies for', () => {
    const [needs] = tables(render('examples/kompetanseplan-agder-vest.yaml')).filter((t) => t.header[1]?.text === 'Kompetansebehov');
    expect(needs!.header.at(-1)!.text).toBe('Kostnad 2026');
    expect(needs!.rows.at(-1)!.at(-1)!.text).toBe('**3\u00a0200\u00a0000\u00a0kr**');
    const later = needs!.rows.find((row) => !row[3]!.text.includes('2026'))!;
    expect(later.at(-1)!.text).toBe('–');
  });
});

describe('rendered Markdown passes markdownlint (default rules, MD013 line length off)', () => {
  const files = [...EXAMPLES, path.join(RENDER_FIXTURES, 'ufullstendig-nettverksplan.yaml'), ...KINDS.map((kind) => path.join(RENDER_FIXTURES, 'tomme', `${kind}.yaml`))];
  it.each(files.flatMap((file) => (['nb', 'nn', 'en'] as const).map((lang) => [path.basename(file), lang, file] as const)))('%s in %s', (_name, lang, file) => {
    const result = lint({ strings: { rendered: render(file, lang) }, config: LINT_CONFIG });
    expect(result['rendered']!.map((problem) => `${problem.lineNumber}: ${problem.ruleNames.join('/')} ${problem.errorDetail ?? ''}`)).toEqual([]);
  });
});

/**
 * Headings and column names that are written the same in bokmål and nynorsk. Anything else
 * left unchanged from the bokmål rendering is a bokmål word in a nynorsk document. English
 * shares only the acronym SMART.
 */
const SAME_IN_NYNORSK: readonly (string | RegExp)[] = [
  'Nøkkelinformasjon', 'Tidsrom', 'Samarbeidsform', 'Samarbeidsplattform', 'Ansvarsfordeling', 'Mål', /^Mål M\d+$/,
  'Kunnskapsgrunnlag', 'Forankring og informasjon', 'Plan for gjennomføring', 'Evaluering', 'Sluttføring',
  'Kompetansenettverket', 'a) Lokale behov og lokal forankring', 'Analysefasen', 'Kompetansebehov i nettverket',
  'Rammer for arbeidet', 'Lokal forankring', 'Resultatmål', 'Analyse', 'Organisering', 'Strategi for forankring',
  'Politisk nivå', 'Eventuelle andre tiltak på lokalt nivå', 'Finansiering',
  'SMART', 'Part', 'Rolle', 'Kontaktperson', 'Ansvar', 'Dato og tidspunkt', 'Gjennomføring', 'Dato', 'Prioritet',
  'Kompetansebehov', 'Tiltak', 'År', /^Kostnad \d{4}$/, 'Målgruppe', 'Spørsmål', 'Svar',
  'Rammeplanen', 'Id', 'Type', 'Barnehage', 'Samisk språkområde', 'Kartlegging av kompetansebehov', 'Funn', 'Området',
  'Samarbeidsforum', 'Vedtak', 'Fordelingsmodell', 'Årshjul', 'Kompetansenettverk', 'Nettverk', 'Sektor', 'Fokusområde', 'Når',
  'Medlemmer', 'Medlem', 'Representerer', 'Grunnlag', 'Ramme', 'Ordning', /^Innstilt \d{4}$/, 'Punkt', 'Prioriterte tiltak',
  /^Tiltak [^:]+: /, 'Behovsmelding',
];
const SAME_IN_ENGLISH: readonly (string | RegExp)[] = ['SMART'];

describe('nynorsk and English leave no bokmål heading behind', () => {
  it.each(EXAMPLES.flatMap((file) => (['nn', 'en'] as const).map((lang) => [file, lang] as const)))('%s in %s', (file, lang) => {
    const bokmål = render(file, 'nb');
    const other = render(file, lang);
    const pairs = headings(bokmål).map((h, i) => [h.text, headings(other)[i]?.text] as const);
    const headerPairs = tables(bokmål).flatMap((table, i) => table.header.map((cell, j) => [cell.text, tables(other)[i]?.header[j]?.text] as const));
    expect(headings(other)).toHaveLength(headings(bokmål).length);
    const same = lang === 'nn' ? SAME_IN_NYNORSK : SAME_IN_ENGLISH;
    const title = String(planData(file)['tittel']);
    for (const [nb, translated] of [...pairs, ...headerPairs]) {
      if (nb !== translated || nb === title) continue;
      expect(same.some((word) => (typeof word === 'string' ? word === nb : word.test(nb))), `"${nb}" left in bokmål`).toBe(true);
    }
  });

  it('uses the nynorsk marker, headings and dates', () => {
    const markdown = render(path.join(RENDER_FIXTURES, 'tomme', 'skoleplan.yaml'), 'nn');
    expect(markdown).toContain('*Ikkje fylt ut*');
    expect(markdown).toContain('## Situasjonsskildring');
    expect(markdown).toContain('**Tidsrom:** 1. august 2026 – 30. juni 2027');
    expect(render(path.join(RENDER_FIXTURES, 'tomme', 'skoleplan.yaml'), 'en')).toContain('*Not filled in*');
  });
});
