import { describe, expect, it } from 'vitest';
import { importWord } from '../../src/import/import.js';
import { kommuneplanNynorsk, kompetanseplanSkjema, nettverksplanUia, skoleplanTrondelag } from './hand-made.js';
import { h1, h2, p, table, wordDocument } from './word.js';

/** Plans as municipalities fill the seed templates in Word, read as dekom import reads them. */
describe('documents filled in by hand', () => {
  it('Trøndelagsmodellen: the STRUKTUR | INNHOLD table, numbered headings, guidance left in', () => {
    const imported = importWord(skoleplanTrondelag(), { display: 'lade.docx' });
    const plan = imported.plan as Record<string, any>;
    expect(imported.kind).toBe('skoleplan');
    expect(imported.how).toBe('headings');
    expect(plan.tittel).toBe('Plan for utviklingsarbeid på Lade skole 2026–2028');
    // "2 Situasjonsbeskrivelse", "4.Analyse": numbered as the seed numbers them.
    expect(plan.situasjonsbeskrivelse).toBe(
      'Nasjonale prøver høsten 2025 viser at 30 % av elevene på 5. trinn er på laveste mestringsnivå i lesing.\n\n- Lærerne melder at elevene strever med fagtekster i samfunnsfag.\n- Elevene sier i elevsamtaler at de sjelden får lære lesestrategier.',
    );
    expect(plan.analyse).toBe('Lesing undervises mest i norsk; de andre fagene tar i liten grad ansvar for lesing av fagtekster.');
    expect(plan.innledning).toContain('Lade skole deltar i DEKOM');
    // The seed's guiding questions are not the author's text.
    for (const text of [plan.innledning, plan.situasjonsbeskrivelse, plan.analyse, plan.organisering]) {
      expect(text).not.toMatch(/Hvilke overordnede mål|Hva viser resultater|Hvilke sammenhenger kan vi se|Beskriv rollene/);
    }
    expect(imported.state.guidance).toBeGreaterThanOrEqual(5);
    // "5. Tiltak" is the seed's name for "Tiltak og fremdriftsplan"; its empty row is skipped.
    expect(plan.oppgaver).toEqual([
      { oppgave: 'Oppstartsmøte', beskrivelse: 'Plangruppa presenterer planen for personalet', ansvarlig: 'Rektor', frist: '2026-08-15' },
      { oppgave: 'Utprøving av lesestrategier', beskrivelse: 'Alle faglærere prøver ut to strategier', ansvarlig: 'Lesegruppa', frist: '2027-03-26' },
      { oppgave: 'Midtveisevaluering', beskrivelse: 'Plangruppa og NTNU vurderer erfaringene', ansvarlig: 'Rektor', frist: '2027-03-15' },
    ]);
    expect(imported.state.dates).toEqual([{ path: ['oppgaver', 1, 'frist'], original: 'uke 12 2027', iso: '2027-03-26' }]);
    expect(plan.mål).toEqual([
      { beskrivelse: 'Færre elever på laveste mestringsnivå i lesing', indikator: 'Nasjonale prøver, 5. trinn', utgangspunkt: '30 %', målverdi: '20 %', frist: '2027-12-15', ansvarlig: 'Rektor' },
    ]);
    expect(plan.organisering).toBe('- Rektor leder arbeidet; lesegruppa planlegger utprøvingene.\n- NTNU er utviklingspartner (UP1).');
    // "7. Tegn på læring/forbedring" holds only its guiding question; "Evaluering" is not in the seed at all.
    expect(plan.tegn_på_læring).toBeNull();
    expect(imported.missing).toEqual(expect.arrayContaining(['tegn_på_læring', 'evaluering']));
    expect(imported.state.emptyRows).toBe(2);
    expect(plan.merknader[0]).toEqual({ tekst: 'Gruppearbeid 1\n\nTrøndelagsmodellen' });
  });

  it('the long-term plan form: content controls answered and left open, Velg et element as Ja, Nei or nothing', () => {
    const imported = importWord(kompetanseplanSkjema(), { display: 'nordfjord.docx' });
    const plan = imported.plan as Record<string, any>;
    expect(imported.kind).toBe('kompetanseplan');
    expect(plan.nettverk).toBe('Kompetansenettverket Nordfjord');
    expect(plan.innstillingsår).toBe(2027);
    // "Klikk eller trykk her …" left in the control: empty, for check to report.
    expect(plan.periode).toEqual({ fra: null, til: null });
    expect(plan.kontakt.navn).toBeNull();
    expect(plan.analyse).toEqual({ alle_skoleeiere_involvert: true, bygger_på_skoleeiernes_analyser: null, samarbeid_med_up1: false });
    expect(plan.up1).toBe('Høgskulen på Vestlandet');
    expect(plan.egenandel_bekreftet).toBe(true);
    expect(imported.state.placeholders).toBe(3);
    expect(plan.kompetansebehov).toEqual([
      { behov: 'Lesing i alle fag', prioritet: 1, tiltak: 'Skolebasert kompetanseutvikling i lesing', målgruppe: 'Lærere 5.–10. trinn', år: [2027, 2028], kostnad: 350000 },
      { behov: 'Klasseledelse', prioritet: 2, tiltak: 'Nettverk for ressurspersoner', målgruppe: 'Ressurspersoner', år: [2028, 2029] },
    ]);
    expect(imported.state.dates).toContainEqual({ path: ['kompetansebehov', 1, 'år'], original: '2028–2029', iso: '2028, 2029' });
    expect(JSON.stringify(plan)).not.toMatch(/Klikk eller trykk|Velg et element/);
  });

  it("UiA's plan: sections moved, one renamed, one left out, tables with empty rows, bullets, the template's own chapter kept", () => {
    const imported = importWord(nettverksplanUia(), { display: 'sunnhordland.docx' });
    const plan = imported.plan as Record<string, any>;
    expect(imported.kind).toBe('nettverksplan');
    expect(plan.periode).toEqual({ fra: '2026-08-01', til: '2027-06-30' });
    expect(imported.state.dates.map((date) => date.original)).toEqual(['høsten 2026', 'våren 2027']);
    expect(plan.innledning).toBe('Fem kommuner i Sunnhordland har søkt om midler til et felles nettverk for lesing i alle fag.');
    expect(plan.ressurser).toEqual({ budsjett: 1250000, timer: [], beskrivelse: 'Frikjøp av ressurslærere og reisemidler til samlingene.' });
    expect(plan.parter).toEqual([
      { navn: 'Universitetet i Agder', rolle: 'uh', kontaktperson: 'Kari Nilsen', ansvar: 'Faglig ansvar for samlingene' },
      { navn: 'Stord kommune', rolle: 'skoleeier', kontaktperson: 'Per Olsen', ansvar: 'Koordinerer nettverket' },
    ]);
    // "Samarbeidsformer", renamed from the seed's "Samarbeidsform".
    expect(plan.samarbeidsform).toBe('- Planleggingsmøter i prosjektgruppa hver måned\n- Fire nettverkssamlinger i året');
    expect(plan.samarbeidsplattform).toBe('Vi bruker et felles Teams-område.');
    // Moved before "Prosjektbeskrivelse", still found.
    expect(plan.evaluering).toMatch(/^Prosjektgruppa evaluerer hver samling/);
    expect(plan.mål).toEqual([{ beskrivelse: 'Flere elever skal mestre lesing av fagtekster' }, { beskrivelse: 'Alle lærere skal bruke felles lesestrategier' }]);
    expect(plan.oppgaver).toEqual([{ oppgave: 'Oppstart', beskrivelse: 'Felles oppstartssamling for alle lærere', ansvarlig: 'UiA', frist: '2026-09-01' }]);
    expect(plan.tidsplan).toEqual([{ dato: '2026-09-24T09:00', slutt: '2026-09-24T15:00', hvem: 'Nettverkssamling', innhold: 'Stord hotell: oppstart med lesestrategier' }]);
    expect(imported.state.emptyRows).toBe(4);
    expect(imported.missing).toContain('sluttføring');
    // Nothing is lost: what no section takes is kept under its heading, in document order.
    expect(plan.merknader).toEqual([
      { overskrift: 'Prosjektbeskrivelse › Praktisk informasjon', tekst: 'Samlingene holdes på Stord hotell. Parkering er gratis.' },
      {
        overskrift: 'Avgjørende elementer i et nettverkssamarbeid › Forankring',
        tekst: 'Det er avgjørende å sikre engasjement og forståelse hos skoleeiere og ledere for at prosjektet skal ha gjennomslagskraft.',
      },
    ]);
    expect(plan.forankring).toBeNull();
  });

  it('a municipal plan in nynorsk with bold numbered headings typed by hand', () => {
    const imported = importWord(kommuneplanNynorsk(), { display: 'stryn.docx' });
    const plan = imported.plan as Record<string, any>;
    expect(imported.kind).toBe('kommuneplan');
    expect(plan.språk).toBe('nn');
    expect(plan.utviklingsområder).toBe('Kommunen prioriterer lesing og inkluderande læringsmiljø.');
    expect(plan.organisering_og_forankring).toMatch(/^Arbeidet vert leia/);
    expect(plan.gjennomføring).toBe('Ressurspersonar frå kvar skule leier arbeidet lokalt.');
    expect(plan.mål).toEqual([{ beskrivelse: 'Fleire elevar les godt', indikator: 'Nasjonale prøver', frist: '2028-06-30', ansvarlig: 'Kommunalsjef' }]);
    expect(plan.oppgaver).toEqual([{ oppgave: 'Samling for ressurspersonar', beskrivelse: 'To dagar med HVL', ansvarlig: 'Kommunalsjef', frist: '2026-09-18' }]);
    expect(imported.state.dates.map((date) => `${date.original} → ${date.iso}`)).toEqual(['våren 2028 → 2028-06-30', 'uke 38 2026 → 2026-09-18']);
    expect(imported.missing).toEqual(['andre_tiltak', 'utfordringer_og_muligheter', 'medvirkning', 'vedlegg']);
  });

  it('a plan whose title is a heading over all the others, its sections matched as loosely as at the top', () => {
    const bytes = wordDocument([
      h1('Plan for utviklingsarbeid ved Lade skole'),
      h2('2 Situasjonsbeskrivelse'),
      p('Lesing er svakt på 5. trinn.'),
      h2('5. Tiltak'),
      table(['Oppgaver', 'Beskrivelse', 'Ansvar', 'Frister'], ['Oppstart', 'Fagdag', 'Rektor', '15.08.2026']),
      h2('Evaluering'),
      p('Plangruppa evaluerer i juni.'),
    ]);
    const imported = importWord(bytes, { display: 'lade.docx' });
    const plan = imported.plan as Record<string, any>;
    expect(imported.kind).toBe('skoleplan');
    expect(plan.tittel).toBe('Plan for utviklingsarbeid ved Lade skole');
    expect(plan.situasjonsbeskrivelse).toBe('Lesing er svakt på 5. trinn.');
    expect(plan.oppgaver).toEqual([{ oppgave: 'Oppstart', beskrivelse: 'Fagdag', ansvarlig: 'Rektor', frist: '2026-08-15' }]);
    expect(plan.evaluering).toBe('Plangruppa evaluerer i juni.');
    expect(plan.merknader).toBeUndefined();
  });

  it('a placeholder split over several runs is found, and the label before it kept', () => {
    const bytes = wordDocument([
      p('LANGSIKTIG KOMPETANSEUTVIKLINGSPLAN FOR KOMPETANSENETTVERK (DEKOM)'),
      p('Navn på kompetansenettverk: ', 'Klikk eller trykk ', 'her for å skrive inn tekst.'),
      h1('1. Analysefasen'),
      p('Hvis ja; navn på UP1: Høgskulen i Innlandet'),
      h1('2. Kompetansebehov i nettverket'),
      p('Vi bekrefter at alle kommunene/friskolene i nettverket oppfyller kravene til egenandel regulert i forskrift.'),
      p('Nei'),
    ]);
    const imported = importWord(bytes, { display: 'skjema.docx' });
    expect(imported.kind).toBe('kompetanseplan');
    expect(imported.plan['nettverk']).toBeNull();
    expect(imported.state.placeholders).toBe(1);
    expect(imported.plan['up1']).toBe('Høgskulen i Innlandet');
    expect(imported.plan['egenandel_bekreftet']).toBe(false);
    expect(JSON.stringify(imported.plan)).not.toContain('Klikk');
  });
});
