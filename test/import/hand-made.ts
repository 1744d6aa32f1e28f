import { bold, bullet, control, h1, h2, numbered, p, table, title, wordDocument, type Block } from './word.js';

/**
 * The seed templates as municipalities fill them in Word: their own headings and guidance
 * left in, content controls answered or not, tables with empty rows, bullets, a heading
 * renamed, sections moved or left out.
 */

/** Trøndelagsmodellen: the two-column STRUKTUR | INNHOLD table, numbered headings, guidance bullets left in. */
export function skoleplanTrondelag(): Uint8Array {
  const blocks: Block[] = [
    p('Gruppearbeid 1'),
    title('Plan for utviklingsarbeid på Lade skole 2026–2028'),
    p('Plan for utviklingsarbeid på denne enkelte skole i DEKOM'),
    p('Trøndelagsmodellen'),
    bold('Rammer for arbeidet:'),
    numbered('Utviklingsarbeidet skal være organisert som skolebasert kompetanseutvikling (kollektive læringsprosesser i, eller mellom skoler)'),
    numbered('Utviklingsarbeidet skal være forankret lokalt'),
    numbered('Utviklingsarbeidet skal ikke være fragmentert.'),
    numbered('Utviklingsarbeidet skal ivareta elevstemmen i planlegging, gjennomføring og evaluering'),
    table(
      ['STRUKTUR', 'INNHOLD'],
      [
        '1.Innledning, tema og mål',
        [
          bullet('Kort om desentralisert kompetanseutvikling. Intensjoner og rammer for denne ordningen.'),
          bullet('Hvilke overordnede mål skal kompetanseutviklingen bidra til å realisere?'),
          p('Lade skole deltar i DEKOM i skoleårene 2026–27 og 2027–28. Planen gjelder hele personalet, og bygger på kommunens satsing på lesing.'),
          p('Temaet er lesing i alle fag på 5.–7. trinn.'),
        ],
      ],
      [
        '2 Situasjonsbeskrivelse',
        [
          p('Hva vet vi om ståstedet til skolen/kommunen?'),
          bullet('Hva viser resultater på for eksempel nasjonale prøver, kartleggingsprøver og eksamen?'),
          p('Nasjonale prøver høsten 2025 viser at 30 % av elevene på 5. trinn er på laveste mestringsnivå i lesing.'),
          bullet('Lærerne melder at elevene strever med fagtekster i samfunnsfag.'),
          bullet('Elevene sier i elevsamtaler at de sjelden får lære lesestrategier.'),
        ],
      ],
      [
        '3 Resultatmål',
        [
          p('Tips SMARTE mål:'),
          bullet('Spesifikke og tydelige'),
          bullet('Målbare / vurderbare'),
          table(
            ['Mål', 'Indikator', 'Utgangspunkt', 'Målverdi', 'Frist', 'Ansvarlig'],
            ['Færre elever på laveste mestringsnivå i lesing', 'Nasjonale prøver, 5. trinn', '30 %', '20 %', '15.12.2027', 'Rektor'],
            ['', '', '', '', '', ''],
          ),
        ],
      ],
      ['4.Analyse', [p('Hvilke sammenhenger kan vi se mellom skolens undervisning, læringsmiljø og elevenes læring og læringsutbytte?'), p('Lesing undervises mest i norsk; de andre fagene tar i liten grad ansvar for lesing av fagtekster.')]],
      [
        '5. Tiltak',
        [
          p('Konkrete aktiviteter som skal gjennomføres for å nå målene.'),
          table(
            ['Oppgaver', 'Beskrivelse', 'Ansvar', 'Frister'],
            ['Oppstartsmøte', 'Plangruppa presenterer planen for personalet', 'Rektor', '15.08.2026'],
            ['Utprøving av lesestrategier', 'Alle faglærere prøver ut to strategier', 'Lesegruppa', 'uke 12 2027'],
            ['Midtveisevaluering', 'Plangruppa og NTNU vurderer erfaringene', 'Rektor', '15. mars 2027'],
            ['', '', '', ''],
          ),
        ],
      ],
      ['6. Organisering', [p('Beskriv rollene til de involverte (forventningsavklaring)'), bullet('Rektor leder arbeidet; lesegruppa planlegger utprøvingene.'), bullet('NTNU er utviklingspartner (UP1).')]],
      ['7.  Tegn på læring/forbedring', [p('Hva lykkes vi med? Hva er mindre vellykket? Hvorfor?')]],
    ),
  ];
  return wordDocument(blocks);
}

/** The long-term network plan: content controls answered and left, Velg et element as Ja, Nei and open. */
export function kompetanseplanSkjema(): Uint8Array {
  return wordDocument([
    p('LANGSIKTIG KOMPETANSEUTVIKLINGSPLAN FOR KOMPETANSENETTVERK (DEKOM)'),
    p('Preliminær plan for neste fireårsperiode: ', control(null)),
    p('- og innstilling for inneværende år: ', control('2027')),
    p('Navn på kompetansenettverk: ', control('Kompetansenettverket Nordfjord')),
    p('Navn på den som fyller ut skjemaet: ', control(null)),
    p('Kompetansenettverket skal ivareta intensjonene i den desentraliserte kompetanseutviklingen:'),
    p('a) Kompetanseutviklingen skal møte lokale behov og forankres lokalt'),
    p('Med bakgrunn i intensjonene over, legges en langsiktig kompetanseutviklingsplan for kompetansenettverket.'),
    h1('1. Analysefasen'),
    p('Kompetansenettverket har foretatt en analyse og vurdering av det samlede kompetansebehovet i nettverket (alle skoleeiere; offentlige og private, har vært involvert).'),
    p(control('Ja', 'dropdown')),
    p('Kompetansenettverket har sørget for at analysen i nettverket representerer skoleeiernes analyser/skolenes skolebaserte vurderinger.'),
    p(control(null, 'dropdown')),
    p('Analysen, prioriteringen og planleggingen har foregått i samarbeid med UP1:'),
    p(control('Nei', 'dropdown')),
    p('Hvis ja; navn på UP1: ', control('Høgskulen på Vestlandet')),
    h1('2. Kompetansebehov i nettverket'),
    p('Analysen har resultert i at kompetansenettverket har identifisert kompetansebehov, og har konkludert med prioriteringene i skjemaet under.'),
    table(
      ['Kompetansebehov', 'Prioritet', 'Tiltak', 'Målgruppe', 'År', 'Kostnad'],
      ['Lesing i alle fag', '1', 'Skolebasert kompetanseutvikling i lesing', 'Lærere 5.–10. trinn', '2027, 2028', '350 000 kr'],
      ['Klasseledelse', '2', 'Nettverk for ressurspersoner', 'Ressurspersoner', '2028–2029', ''],
      ['', '', '', '', '', ''],
    ),
    p('Vi bekrefter at alle kommunene/friskolene i nettverket oppfyller kravene til egenandel regulert i forskrift.'),
    p(control('Ja', 'dropdown')),
  ]);
}

/** UiA's plan and agreement: Heading styles, sections moved, one renamed, one left out, guidance kept, empty table rows. */
export function nettverksplanUia(): Uint8Array {
  return wordDocument([
    title('Plan og avtale om nettverkssamarbeid – Lesing i Sunnhordland'),
    h1('Innledning'),
    p('Bakgrunnen for prosjektet, initiativtakere, eventuell søknadsprosess, tildeling av midler osv.'),
    p('Fem kommuner i Sunnhordland har søkt om midler til et felles nettverk for lesing i alle fag.'),
    h1('Nøkkelinformasjon'),
    h2('Tidsrom'),
    p('høsten 2026 – våren 2027'),
    h2('Timer/ressurser tilgjengelig'),
    p('Budsjett: 1 250 000 kr'),
    p('Frikjøp av ressurslærere og reisemidler til samlingene.'),
    h2('Partnere i samarbeidet'),
    table(
      ['Part', 'Rolle', 'Kontaktperson', 'Ansvar'],
      ['Universitetet i Agder', 'Universitet/høgskole', 'Kari Nilsen', 'Faglig ansvar for samlingene'],
      ['Stord kommune', 'Skoleeier', 'Per Olsen', 'Koordinerer nettverket'],
      ['', '', '', ''],
    ),
    h2('Samarbeidsformer'),
    bullet('Planleggingsmøter i prosjektgruppa hver måned'),
    bullet('Fire nettverkssamlinger i året'),
    h2('Samarbeidsplattform'),
    p('Hvor skal informasjon deles mellom partnere og deltakere? For eksempel Teams, Google Workspace, nettside, annet'),
    p('Vi bruker et felles Teams-område.'),
    h1('Evaluering'),
    p('Prosjektgruppa evaluerer hver samling med en spørreundersøkelse, og hele prosjektet i juni 2027.'),
    h1('Ansvarsfordeling'),
    p('UiA leder samlingene; kommunene sørger for lokaler og påmelding.'),
    h1('Prosjektbeskrivelse'),
    h2('Mål'),
    bullet('Flere elever skal mestre lesing av fagtekster'),
    bullet('Alle lærere skal bruke felles lesestrategier'),
    h2('Kunnskapsgrunnlag'),
    p('Vi bygger på forskning om lesing i fag og kommunenes resultater fra nasjonale prøver.'),
    h2('Praktisk informasjon'),
    p('Samlingene holdes på Stord hotell. Parkering er gratis.'),
    h1('Avgjørende elementer i et nettverkssamarbeid'),
    h2('Forankring'),
    p('Det er avgjørende å sikre engasjement og forståelse hos skoleeiere og ledere for at prosjektet skal ha gjennomslagskraft.'),
    h1('Ressurser'),
    h2('Tabelloversikt over oppgaver, tidsfrister og ansvar'),
    table(
      ['Oppgaver', 'Beskrivelse\nHva skal gjøres?', 'Ansvar\nHvem har ansvaret?', 'Frister\nNår skal det gjennomføres?'],
      ['Oppstart', 'Felles oppstartssamling for alle lærere', 'UiA', '1. september 2026'],
      ['', '', '', ''],
      ['', '', '', ''],
    ),
    h2('Tidsplan med oversikt over planlagte samlinger og møter'),
    table(
      ['Dato og tidspunkt', 'Hvem?\nProsjektgruppe, samlinger, nettverk osv.', 'Gjennomføring:\nHvor, når, hva? Hva er planlagt innhold i samlingen? Hvem er ansvarlig? Hvilke forberedelser må gjøres?'],
      ['24.09.2026 kl. 09.00–15.00', 'Nettverkssamling', 'Stord hotell: oppstart med lesestrategier'],
      ['', '', ''],
    ),
  ]);
}

/** The municipality's plan in nynorsk: bold headings typed by hand, numbered, one missing. */
export function kommuneplanNynorsk(): Uint8Array {
  return wordDocument(
    [
      title('Kommunen sin plan for kompetanseutvikling – Stryn kommune'),
      bold('1. Utviklingsområde og innhald'),
      p('Kommunen prioriterer lesing og inkluderande læringsmiljø.'),
      bold('2. Mål'),
      table(['Skildring', 'Indikator', 'Frist', 'Ansvarleg'], ['Fleire elevar les godt', 'Nasjonale prøver', 'våren 2028', 'Kommunalsjef']),
      bold('3. Kommunen si organisering og forankring av arbeidet'),
      p('Arbeidet vert leia av ei styringsgruppe med rektorane og kommunalsjefen.'),
      bold('4. Gjennomføring av kompetanseutviklinga'),
      p('Ressurspersonar frå kvar skule leier arbeidet lokalt.'),
      table(['Oppgåver', 'Skildring', 'Ansvar', 'Frister'], ['Samling for ressurspersonar', 'To dagar med HVL', 'Kommunalsjef', 'uke 38 2026']),
      bold('5. Finansiering'),
      p('Midlar frå DEKOM og kommunal eigendel.'),
      bold('6. Evaluering'),
      p('Styringsgruppa evaluerer arbeidet kvart halvår.'),
    ],
    'nn-NO',
  );
}
