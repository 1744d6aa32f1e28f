import { z } from 'zod';
import { header } from '../header.js';
import { GOALS_HELP, MEETINGS_HELP, PARTNERS_HELP, TASKS_HELP, goals, meetings, partners, tasks } from '../parts.js';
import { amount, isoDate, recommended, text, year, yesNo } from '../primitives.js';

const need = z
  .strictObject({
    behov: text('Kompetansebehovet nettverket har identifisert.'),
    prioritet: recommended(z.number().int().min(1).describe('Prioritet, 1 er høyest.')),
    tiltak: text('Kompetansetiltaket som skal møte behovet.'),
    målgruppe: recommended(text('Hvem tiltaket er for: lærere, ledere, ressurspersoner, hele personalet ...')),
    år: z.array(year('Et år tiltaket går.')).min(1).describe('Årene i fireårsperioden tiltaket går, for eksempel [2026, 2027].'),
    up2: z.string().optional().describe('Utviklingspartner 2 (UP2): tilbyderen av tiltaket.'),
    kostnad: amount('Kostnad i kroner. Beregnes bare for innstillingsåret.').optional(),
    sammenheng_med: recommended(
      text('Sammenheng med andre pågående tiltak, for eksempel oppfølgingsordningen, kompetanseløftet eller IBSM.'),
    ),
  })
  .describe('Et prioritert kompetansebehov med tiltak.');

/** Langsiktig kompetanseutviklingsplan for kompetansenettverk (DEKOM); also the year's recommendation. */
export const kompetanseplan = z
  .strictObject({
    ...header('kompetanseplan'),
    nettverk: text('Navn på kompetansenettverket.'),
    innstillingsår: year('Året kostnadene søkes for (innstilling for inneværende år).'),
    søknadsfrist: recommended(isoDate('Frist for innstillingen (ÅÅÅÅ-MM-DD).')),
    intensjoner: z
      .strictObject({
        lokale_behov: text('a) Hvordan møter kompetanseutviklingen lokale behov, og hvordan er den forankret lokalt?'),
        sammenheng: text('b) Hvordan ses tiltakene i sammenheng med andre tiltak og satsinger? Unngå fragmentering, skap sammenheng – og hold fast.'),
        kollektive_prosesser: text('c) Hvordan organiseres kompetanseutviklingen som lærende, kollektive prosesser (skolebasert kompetanseutvikling)?'),
        elevstemmen: recommended(
          text('d) Hvordan er utforsking av praksis i klasserommet og elevstemmen en rettesnor i planlegging, gjennomføring og vurdering?'),
        ),
        partnerskap: text('e) Hvordan skjer planlegging, gjennomføring og vurdering i partnerskap med UH?'),
      })
      .describe('Intensjonene i den desentraliserte kompetanseutviklingen (a–e): hvordan planen ivaretar hver av dem.'),
    parter: partners(PARTNERS_HELP).min(1),
    analyse: z
      .strictObject({
        alle_skoleeiere_involvert: yesNo(
          'Kompetansenettverket har foretatt en analyse og vurdering av det samlede kompetansebehovet i nettverket (alle skoleeiere, offentlige og private, har vært involvert).',
        ),
        bygger_på_skoleeiernes_analyser: yesNo(
          'Analysen i nettverket representerer skoleeiernes analyser og skolenes skolebaserte vurderinger.',
        ),
        samarbeid_med_up1: yesNo('Analysen, prioriteringen og planleggingen har foregått i samarbeid med UP1.'),
      })
      .describe('Analysefasen.'),
    up1: recommended(text('Navn på utviklingspartner 1 (UP1), hvis analysen er gjort i samarbeid med UP1.')),
    kompetansebehov: z
      .array(need)
      .min(1)
      .describe(
        'Kompetansebehov i nettverket: prioriteringene analysen har resultert i. Skisser tiltak for fire år, men beregn kostnader bare for innstillingsåret.',
      ),
    egenandel_bekreftet: recommended(
      yesNo('Vi bekrefter at alle kommunene/friskolene i nettverket oppfyller kravene til egenandel regulert i forskrift.'),
    ),
    mål: goals(GOALS_HELP).optional(),
    oppgaver: tasks(TASKS_HELP).optional(),
    tidsplan: meetings(MEETINGS_HELP).optional(),
    evaluering: text('Evaluering: hvordan og når skal resultatene måles, og hvem evaluerer?'),
  })
  .describe('Langsiktig kompetanseutviklingsplan for kompetansenettverk (DEKOM), med innstilling for inneværende år.');
