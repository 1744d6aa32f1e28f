import { z } from 'zod';
import { header } from '../header.js';
import { GOALS_HELP, MEETINGS_HELP, PARTNERS_HELP, TASKS_HELP, goals, meetings, partners, tasks } from '../parts.js';
import { amount, recommended, text } from '../primitives.js';

/** Plan og avtale om nettverkssamarbeid (UiA), with the guidance "Bygg". */
export const nettverksplan = z
  .strictObject({
    ...header('nettverksplan'),
    innledning: text('Innledning: bakgrunnen for prosjektet, initiativtakere, eventuell søknadsprosess, tildeling av midler osv.'),
    ressurser: recommended(
      z
        .strictObject({
          budsjett: recommended(amount('Budsjett eller tildelte midler, i kroner.')),
          timer: recommended(
            z
              .array(
                z
                  .strictObject({
                    part: text('Hvilken deltaker eller part timene er avsatt fra.'),
                    timer: z.number().nonnegative().describe('Antall timer avsatt.'),
                  })
                  .describe('Timer avsatt fra én part.'),
              )
              .describe('Antall timer avsatt fra de ulike deltakerne.'),
          ),
          beskrivelse: recommended(text('Andre ressurser tilgjengelig: frikjøp, reisemidler, lokaler osv.')),
        })
        .describe('Timer/ressurser tilgjengelig: budsjett/tildelte midler, antall timer avsatt fra de ulike deltakerne osv.'),
    ),
    parter: partners(PARTNERS_HELP).min(1),
    samarbeidsform: text('Samarbeidsform: planleggingsmøter, nettverkssamlinger, annet.'),
    samarbeidsplattform: text(
      'Samarbeidsplattform: hvor skal informasjon deles mellom partnere og deltakere? For eksempel Teams, Google Workspace, nettside, annet.',
    ),
    ansvarsfordeling: text(
      'Ansvarsfordeling: hvem gjør hva, når? For eksempel informasjonsflyt til partnere og deltakere, organisatorisk arbeid og avklaringer rundt samlinger, påmeldinger, undersøkelser, referatføring, ledelse av samlinger, undervisning/veiledning, utarbeidelse av støtteressurser.',
    ),
    mål: goals(GOALS_HELP).min(1),
    kunnskapsgrunnlag: text(
      'Kunnskapsgrunnlag: hvordan kan det skapes et felles kunnskapsgrunnlag? Hvilken relevant forskning finnes om temaet? Hvordan samles det inn informasjon gjennom undersøkelser eller andre kanaler? Hvilke planleggingsmøter med ledere, representanter for deltakere og andre er planlagt?',
    ),
    arbeidsmåter: text(
      'Arbeidsmåter: hva slags samlinger skal det arrangeres (nettverkssamlinger, workshoper, andre)? Hvordan skal lærerne involveres? Hvordan evalueres samlingene? Hvordan skal deltakerne prøve ut det de har lært, og hvordan skal erfaringsdelingen foregå?',
    ),
    forankring: text(
      'Forankringsbehov: hos hvem må prosjektet forankres videre, og hvordan? Hvem har ansvaret for forankringen? Hvordan passer vi på at plandokumentet ikke bare ender opp i en skuff?',
    ),
    informasjon: recommended(
      z
        .strictObject({
          ledere: recommended(
            text('Informasjon til ledere: hva får de vite om roller, forventninger og prosjektets betydning, når og fra hvem?'),
          ),
          deltakere: recommended(
            text('Informasjon til deltakere: hva får de vite om roller, oppgaver og forventninger, i god tid før samlingene, og fra hvem?'),
          ),
        })
        .describe('Informasjon: hvem må ha informasjon, om hva og når? Hvordan deles informasjonen, og hvordan følges partene opp?'),
    ),
    gjennomføring: text(
      'Plan for gjennomføring: i hvilken tidsperiode skal samlingene foregå, hvor mange og hvor lange skal de være? Hvilke milepæler, prosesser eller faser skal planlegges? Når skal prosjektet avsluttes og evalueres? Hvordan skal prosjektgruppa samles mellom samlingene?',
    ),
    videreføring: text('Plan for videreføring: hvordan følges kompetansehevingen opp? Hvilken oppfølging er det behov for? Av hvem? Når?'),
    evaluering: text(
      'Evaluering: hvordan og når skal vi måle resultatene av prosjektet? Hvordan kan vi måle reell kompetanseheving? Hvordan har kompetansehevingen kommet elevene til gode?',
    ),
    sluttføring: text('Sluttføring: hvem skriver rapport fra prosjektet? Hvordan sluttføres prosjektet? Hvordan kan resultatene deles og følges opp?'),
    oppgaver: tasks(TASKS_HELP).min(1),
    tidsplan: meetings(MEETINGS_HELP).min(1),
  })
  .describe('Plan og avtale om nettverkssamarbeid.');
