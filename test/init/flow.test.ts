import { describe, expect, test } from 'vitest';
import { planDocument } from '../../src/init/document.js';
import { interview } from '../../src/init/flow.js';
import { KINDS } from '../../src/kinds/index.js';
import { checkText } from '../helpers.js';
import { scripted, type Step } from './scripted.js';
import { COMPLETE, script } from './scripts.js';

const run = (kind: (typeof KINDS)[number], steps: Step[], lang: 'nb' | 'en' = 'nb', given?: Record<string, unknown>) => {
  const prompter = scripted(steps);
  return { prompter, plan: interview({ kind, lang, prompter, ...(given ? { given } : {}) }) };
};

describe('a whole session for every kind', () => {
  for (const kind of KINDS) {
    test(`${kind}: every answer given, the plan passes dekom check without errors`, async () => {
      const { prompter, plan } = run(kind, script(kind));
      const data = await plan;
      expect(prompter.remaining()).toBe(0);
      expect(prompter.refusals).toEqual([]);
      const text = planDocument(data, { kind, lang: 'nb', schemaRef: `schemas/${kind}.schema.json` });
      const result = checkText(text, '2026-06-01');
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.type).toBe(kind);
    });
  }
});

describe('answers are read into the plan', () => {
  test('Norwegian dates become ISO, numbers lose their spaces, years become a list', async () => {
    const data = await run('kompetanseplan', COMPLETE.kompetanseplan).plan;
    expect(data['periode']).toEqual({ fra: '2026-08-01', til: '2028-06-30' });
    expect(data['søknadsfrist']).toBe('2026-03-15');
    expect(data['kompetansebehov']).toEqual([
      {
        behov: 'Lesing i alle fag',
        prioritet: 1,
        tiltak: 'Skolebasert kompetanseutvikling i lesing',
        målgruppe: 'Hele personalet',
        år: [2026, 2027],
        up2: 'Lesesenteret',
        kostnad: 150000,
      },
    ]);
  });

  test('a yearly deadline, a grant per year, names with spaces and words of one’s own are kept as typed', async () => {
    const data = await run('barnehageplan', COMPLETE.barnehageplan).plan;
    expect((data['oppgaver'] as Record<string, unknown>[])[1]!['frist']).toEqual({ årlig: '02-01' });
    expect((data['tiltak'] as Record<string, unknown>[])[0]).toMatchObject({
      id: 'T1',
      målgruppe: 'alle_ansatte',
      barnehager: ['Hunndalen barnehage', 'Kruttverket naturbarnehage'],
      tilskudd: { 2026: 480000, 2027: 450000 },
    });
    expect(data['satsingsområder']).toEqual(['språk_og_kommunikasjon', 'Lek som arena for språk og vennskap']);
    expect(data['område']).toEqual({ kommuner: ['Gjøvik kommune', 'Østre Toten kommune'], private_barnehager: 19 });
  });

  test('a recommendation’s measures keep their amounts as whole kroner, and the annual cycle its yearly dates', async () => {
    const recommendation = await run('innstilling', COMPLETE.innstilling).plan;
    expect((recommendation['tiltak'] as Record<string, unknown>[])[0]).toMatchObject({
      prioritet: 1,
      eiere: ['Farsund kommune', 'Lyngdal kommune'],
      fordeling: { eiere: 1050000, uh: 300000, koordinator: 50000 },
      egenandel: [
        { eier: 'Farsund kommune', andel: 500000, beløp: 150000, form: 'lønn_frikjøp' },
        { eier: 'Lyngdal kommune', andel: 550000, beløp: 165000, form: 'kroner' },
      ],
    });
    const plan = await run('langsiktig_plan', COMPLETE.langsiktig_plan).plan;
    expect((plan['årshjul'] as Record<string, unknown>[]).map((row) => row['dato'])).toEqual([{ årlig: '02-01' }, { årlig: '03-15' }, '2027-08-30']);
  });

  test('a meeting time typed the Norwegian way is kept as a local date-time', async () => {
    const data = await run('nettverksplan', COMPLETE.nettverksplan).plan;
    expect(data['tidsplan']).toEqual([
      { dato: '2026-09-10T09:00', slutt: '2026-09-10T15:00', hvem: 'Nettverkssamling', sted: 'NTNU Kalvskinnet', innhold: 'Oppstart: lesestrategier i fagene', ansvarlig: 'NTNU' },
    ]);
  });

  test('goals get ids by themselves, and tasks refer to them by picking', async () => {
    const data = await run('skoleplan', COMPLETE.skoleplan).plan;
    const goals = data['mål'] as Record<string, unknown>[];
    expect(goals.map((g) => g['id'])).toEqual(['M1', 'M2']);
    expect((data['oppgaver'] as Record<string, unknown>[])[0]!['mål']).toEqual(['M1', 'M2']);
  });

  test('prose keeps its lines; a skipped section stays, empty, under its question', async () => {
    const steps = COMPLETE.skoleplan.map((step): Step => (step !== 'INTERRUPT' && step[0] === 'analyse' ? ['analyse', ''] : step));
    const data = await run('skoleplan', steps).plan;
    expect(data['innledning']).toBe('Svar på innledning.\n\nAndre linje med æ, ø og å.\n');
    expect(data).toHaveProperty('analyse', null);
    expect(data['tidsplan']).toEqual([]);
    expect(Object.keys(data)).toEqual(['dekom', 'type', 'tittel', 'organisasjon', 'ordning', 'språk', 'periode', 'kontakt', 'rammer', 'tema', 'innledning', 'situasjonsbeskrivelse', 'parter', 'mål', 'analyse', 'oppgaver', 'organisering', 'tidsplan', 'tegn_på_læring', 'medvirkning', 'evaluering', 'vedlegg']);
  });
});

describe('owners are offered from the people already named', () => {
  test('partners, their contact persons and the plan’s contact, each once', async () => {
    const prompter = scripted(COMPLETE.nettverksplan);
    const offered: string[][] = [];
    const select = prompter.select.bind(prompter);
    prompter.select = async (q) => {
      if (q.id === 'mål[0].ansvarlig') offered.push(q.choices.map((c) => c.name));
      return select(q);
    };
    await interview({ kind: 'nettverksplan', lang: 'nb', prompter });
    expect(offered).toEqual([['NTNU', 'Kari Nordmann', 'Trondheim kommune', 'Per Hansen', 'Ingrid Sæther', 'Et annet navn …', 'Hopp over']]);
  });

  test('a name typed as "another" is offered again for the next task', async () => {
    const prompter = scripted(COMPLETE.kommuneplan);
    const data = await interview({ kind: 'kommuneplan', lang: 'nb', prompter });
    expect((data['mål'] as Record<string, unknown>[])[0]!['ansvarlig']).toBe('Kommunalsjef oppvekst');
    expect((data['oppgaver'] as Record<string, unknown>[])[0]!['ansvarlig']).toBe('Kommunalsjef oppvekst');
    expect(prompter.transcript).toContain('? Ansvarlig: skriv navnet › Kommunalsjef oppvekst');
  });
});

describe('the guiding questions are the help under each prompt', () => {
  test('Mål shows the seed’s questions; each SMART letter is asked in turn', async () => {
    const prompter = scripted(COMPLETE.nettverksplan);
    const helps = new Map<string, string | undefined>();
    const text = prompter.text.bind(prompter);
    prompter.text = async (q) => {
      helps.set(q.id, q.help);
      return text(q);
    };
    const sections: string[] = [];
    const section = prompter.section.bind(prompter);
    prompter.section = (title, help, progress) => {
      sections.push(`${title}: ${help ?? ''}`);
      section(title, help, progress);
    };
    await interview({ kind: 'nettverksplan', lang: 'nb', prompter });
    expect(sections.find((s) => s.startsWith('Mål:'))).toMatch(/^Mål: Hva er målet for prosjektet\? Hvorfor skal vi ha dette målet\? .* Er målet SMART/);
    const goalQuestions = [...helps.keys()].filter((id) => id.startsWith('mål[0].'));
    expect(goalQuestions).toEqual(['mål[0].beskrivelse', 'mål[0].indikator', 'mål[0].utgangspunkt', 'mål[0].målverdi', 'mål[0].frist', 'mål[0].forankring', 'mål[0].begrunnelse']);
    expect(helps.get('mål[0].indikator')).toMatch(/^Målbart: hvordan måles det\?/);
    expect(helps.get('mål[0].frist')).toMatch(/^Tidsbestemt:/);
    expect(helps.get('mål[0].forankring')).toMatch(/^Akseptert:/);
  });

  test('with --lang en the questions and help are English', async () => {
    const { prompter, plan } = run('skoleplan', COMPLETE.skoleplan, 'en');
    await plan;
    expect(prompter.transcript).toContain('? Title › Lesing i alle fag – Heimdal ungdomsskole');
    expect(prompter.transcript).toContain('## Outcome goals (12/20)');
    expect(prompter.transcript).toContain('? Add another goal? › ja');
  });
});
