import { z } from 'zod';
import { header } from '../header.js';
import { GOALS_HELP, MEETINGS_HELP, PARTNERS_HELP, TASKS_HELP, goals, meetings, partners, tasks } from '../parts.js';
import { isoDate, recommended, text } from '../primitives.js';

/** Kommunens plan, from Udir's group work on the decentralised scheme. */
export const kommuneplan = z
  .strictObject({
    ...header('kommuneplan'),
    utviklingsområder: text('Utviklingsområder og innhold: hva skal kommunen prioritere, og hvorfor?'),
    parter: partners(PARTNERS_HELP).optional(),
    mål: goals(GOALS_HELP).min(1),
    organisering_og_forankring: text(
      'Kommunens organisering og forankring av arbeidet: hvordan skal vi samarbeide internt i kommunen, med andre kommuner og med universitet/høgskole? Hvilken nettverksstruktur er hensiktsmessig?',
    ),
    forankringsstrategi: z
      .strictObject({
        politisk_nivå: text('Strategi for forankring opp mot politisk nivå: hvordan og når?'),
        skoler_og_barnehager: text('Strategi for forankring opp mot skolene og barnehagene: hvordan og når?'),
        milepæler: recommended(
          z
            .array(
              z
                .strictObject({
                  dato: isoDate('Dato for milepælen (ÅÅÅÅ-MM-DD).'),
                  beskrivelse: text('Hva må skje innen denne datoen?'),
                })
                .describe('En milepæl i forankringsarbeidet.'),
            )
            .describe('Milepæler: hva må skje før første samling, og hva må skje før sommeren?'),
        ),
      })
      .describe('Strategi/plan for hvordan forankringsarbeidet opp mot politisk nivå, og opp mot skolene og barnehagene, skal foregå.'),
    gjennomføring: text(
      'Gjennomføring av kompetanseutviklingen: hvordan skal vi rekruttere og bruke ressurspersoner? Hva trenger vi av ekstern kompetanse, og hvor finner vi den? Hvordan skal vi i praksis støtte og følge opp arbeidet i barnehagene og skolene?',
    ),
    oppgaver: tasks(TASKS_HELP).min(1),
    tidsplan: meetings(MEETINGS_HELP).optional(),
    andre_tiltak: recommended(text('Eventuelle andre tiltak på lokalt nivå.')),
    finansiering: text('Finansiering: hvordan skal arbeidet finansieres? Søke midler internt eller eksternt? Egenandel?'),
    utfordringer_og_muligheter: text('Utfordringer og muligheter: hvilke andre problemstillinger er viktige å løfte?'),
    evaluering: text('Evaluering: hvordan og når skal resultatene måles, og hvem evaluerer?'),
  })
  .describe('Kommunens plan for kompetanseutvikling (desentralisert ordning).');
