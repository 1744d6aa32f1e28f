import { z } from 'zod';
import { header } from '../header.js';
import { GOALS_HELP, MEETINGS_HELP, PARTNERS_HELP, goals, meetings, partners, tasks } from '../parts.js';
import { recommended, text } from '../primitives.js';

/** Plan for utviklingsarbeid på den enkelte skole, Trøndelagsmodellen (DEKOM skoleplan). */
export const skoleplan = z
  .strictObject({
    ...header('skoleplan'),
    tema: text('Kort om temaet for tiltaket (denne planen).'),
    innledning: text(
      'Innledning: kort om desentralisert kompetanseutvikling og bakgrunnen for skolens plan. Hvem gjelder den for, og for hvor lenge? Hvordan henger den sammen med andre satsinger og tidligere satsinger? Hvilke overordnede mål skal kompetanseutviklingen bidra til å realisere?',
    ),
    rammer: z
      .strictObject({
        skolebasert: text('Hvordan er utviklingsarbeidet organisert som skolebasert kompetanseutvikling (kollektive læringsprosesser i eller mellom skoler)?'),
        forankring: text('Hvordan er utviklingsarbeidet forankret lokalt?'),
        sammenheng: text('Hvordan unngår vi at utviklingsarbeidet blir fragmentert? Hvordan henger det sammen med andre satsinger?'),
        elevstemmen: recommended(text('Hvordan ivaretar utviklingsarbeidet elevstemmen i planlegging, gjennomføring og evaluering?')),
      })
      .describe('Rammer for arbeidet: skolebasert, lokalt forankret, ikke fragmentert, og med elevstemmen i planlegging, gjennomføring og evaluering.'),
    parter: partners(PARTNERS_HELP).optional(),
    situasjonsbeskrivelse: text(
      'Situasjonsbeskrivelse: hva vet vi om ståstedet til skolen? Hva viser resultater på nasjonale prøver, kartleggingsprøver og eksamen? Hva forteller lærere og elever om læring og undervisning ved skolen? Annet kunnskapsgrunnlag?',
    ),
    mål: goals(`Resultatmål. Tips, SMARTE mål: spesifikke og tydelige, målbare/vurderbare, aksepterte av de som skal nå målene, realistiske og utfordrende, tidsavgrensede, engasjerende og motiverende. ${GOALS_HELP}`).min(1),
    analyse: text(
      'Analyse: hvilke sammenhenger kan vi se mellom skolens undervisning, læringsmiljø og elevenes læring og læringsutbytte? Hvilke kompetanseområder for lærere og elever bør vektlegges?',
    ),
    oppgaver: tasks(
      'Tiltak og fremdriftsplan: konkrete aktiviteter som skal gjennomføres for å nå målene, med tidspunkt og ansvarlig.',
    ).min(1),
    organisering: text(
      'Organisering: beskriv rollene til de involverte (forventningsavklaring). Hvem gjør hva i gjennomføringen av planen? Møteplasser og læringsarenaer (tydeliggjør skolebasert kompetanseutvikling)? Interne og eksterne samarbeidspartnere (UP1 og UP2)?',
    ),
    tidsplan: meetings(MEETINGS_HELP).optional(),
    tegn_på_læring: text('Tegn på læring og forbedring: hva lykkes vi med? Hva er mindre vellykket? Hvorfor?'),
    evaluering: text('Evaluering: hvordan og når skal planen evalueres, og av hvem?'),
  })
  .describe('Plan for utviklingsarbeid på den enkelte skole – Trøndelagsmodellen (DEKOM skoleplan).');
