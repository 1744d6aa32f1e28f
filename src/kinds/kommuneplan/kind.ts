import { adapt, date, defineKind, field, group, prose, rows, text } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { meetings } from '../parts/meetings.js';
import { partners } from '../parts/partners.js';
import { tasks } from '../parts/tasks.js';

const milestones = rows(
  { nb: { a: 'en milepæl', one: 'Milepæl' }, nn: { a: 'ein milepæl', one: 'Milepæl' }, en: { a: 'a milestone', one: 'Milestone' } },
  [
    field('dato', date(), {
      title: { nb: 'Dato', nn: 'Dato', en: 'Date' },
      help: { nb: 'Dato for milepælen (ÅÅÅÅ-MM-DD).', en: 'Date of the milestone (YYYY-MM-DD).' },
    }),
    field('beskrivelse', text(), {
      title: { nb: 'Hva må skje', nn: 'Kva må skje', en: 'What must happen' },
      help: { nb: 'Hva må skje innen denne datoen?', en: 'What must have happened by this date?' },
    }),
  ],
  { rowHelp: { nb: 'En milepæl i forankringsarbeidet.', en: 'A milestone in the anchoring work.' } },
);

/** Kommunens plan, from Udir's group work on the decentralised scheme. */
export default defineKind({
  id: 'kommuneplan',
  order: 4,
  names: {
    nb: 'Kommunens plan for kompetanseutvikling',
    nn: 'Kommunen sin plan for kompetanseutvikling',
    en: 'The municipality’s plan for competence development',
  },
  seed: 'kommuneplan-udir-gruppearbeid.txt',
  schemes: ['dekom'],
  // The owner's plan is what its need notifications rest on; UH is to be in it before then.
  rules: { 'uh-partner': 'warning' },
  sections: [
    header('kommuneplan'),
    field('utviklingsområder', prose(), {
      title: { nb: 'Utviklingsområder og innhold', nn: 'Utviklingsområde og innhald', en: 'Development areas and content' },
      help: {
        nb: 'Utviklingsområder og innhold: hva skal kommunen prioritere, og hvorfor?',
        en: 'Areas of development and content: what shall the municipality give priority to, and why?',
      },
    }),
    adapt(goals, { min: 1 }),
    field('organisering_og_forankring', prose(), {
      title: {
        nb: 'Kommunens organisering og forankring av arbeidet',
        nn: 'Kommunen si organisering og forankring av arbeidet',
        en: 'How the municipality organises and anchors the work',
      },
      help: {
        nb: 'Kommunens organisering og forankring av arbeidet: hvordan skal vi samarbeide internt i kommunen, med andre kommuner og med universitet/høgskole? Hvilken nettverksstruktur er hensiktsmessig?',
        en: 'How will we work together within the municipality, with other municipalities and with the university? What network structure fits?',
      },
      sections: [
        adapt(partners, {
          presence: 'optional',
          title: { nb: 'Samarbeidspartnere', nn: 'Samarbeidspartnarar', en: 'Partners' },
          show: { partial: 'partners', whenFilled: true },
        }),
        field(
          'forankringsstrategi',
          group(
            field('politisk_nivå', prose(), {
              title: { nb: 'Politisk nivå', nn: 'Politisk nivå', en: 'Political level' },
              help: { nb: 'Strategi for forankring opp mot politisk nivå: hvordan og når?', en: 'Strategy for anchoring at the political level: how and when?' },
            }),
            field('skoler_og_barnehager', prose(), {
              title: { nb: 'Skoler og barnehager', nn: 'Skular og barnehagar', en: 'Schools and kindergartens' },
              help: {
                nb: 'Strategi for forankring opp mot skolene og barnehagene: hvordan og når?',
                en: 'Strategy for anchoring with the schools and kindergartens: how and when?',
              },
            }),
            field('milepæler', milestones, {
              presence: 'recommended',
              title: { nb: 'Milepæler', nn: 'Milepælar', en: 'Milestones' },
              help: {
                nb: 'Milepæler: hva må skje før første samling, og hva må skje før sommeren?',
                en: 'Milestones: what must happen before the first gathering, and before the summer?',
              },
              show: { sortBy: 'dato' },
            }),
          ),
          {
            title: { nb: 'Strategi for forankring', nn: 'Strategi for forankring', en: 'Anchoring strategy' },
            help: {
              nb: 'Strategi/plan for hvordan forankringsarbeidet opp mot politisk nivå, og opp mot skolene og barnehagene, skal foregå.',
              en: 'Strategy for how anchoring towards the political level, and towards the schools and kindergartens, will be done.',
            },
          },
        ),
      ],
    }),
    field('gjennomføring', prose(), {
      title: {
        nb: 'Gjennomføring av kompetanseutviklingen',
        nn: 'Gjennomføring av kompetanseutviklinga',
        en: 'Carrying out the competence development',
      },
      help: {
        nb: 'Gjennomføring av kompetanseutviklingen: hvordan skal vi rekruttere og bruke ressurspersoner? Hva trenger vi av ekstern kompetanse, og hvor finner vi den? Hvordan skal vi i praksis støtte og følge opp arbeidet i barnehagene og skolene?',
        en: 'How will we recruit and use resource persons? What external competence do we need, and where do we find it? How will we in practice support and follow up the work in kindergartens and schools?',
      },
      sections: [adapt(tasks, { min: 1 }), adapt(meetings, { presence: 'optional', show: { partial: 'meetings', whenFilled: true } })],
    }),
    field('andre_tiltak', prose(), {
      presence: 'recommended',
      title: { nb: 'Eventuelle andre tiltak på lokalt nivå', nn: 'Eventuelle andre tiltak på lokalt nivå', en: 'Other measures at local level' },
      help: { nb: 'Eventuelle andre tiltak på lokalt nivå.', en: 'Any other measures at the local level.' },
    }),
    field('finansiering', prose(), {
      title: { nb: 'Finansiering', nn: 'Finansiering', en: 'Funding' },
      help: {
        nb: 'Finansiering: hvordan skal arbeidet finansieres? Søke midler internt eller eksternt? Egenandel?',
        en: 'How is the work funded? Apply for funds internally or externally? Own contribution?',
      },
    }),
    field('utfordringer_og_muligheter', prose(), {
      title: { nb: 'Utfordringer og muligheter', nn: 'Utfordringar og moglegheiter', en: 'Challenges and opportunities' },
      help: {
        nb: 'Utfordringer og muligheter: hvilke andre problemstillinger er viktige å løfte?',
        en: 'Which other issues are important to raise?',
      },
    }),
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: {
        nb: 'Evaluering: hvordan og når skal resultatene måles, og hvem evaluerer?',
        en: 'Evaluation: how and when are the results measured, and who evaluates?',
      },
    }),
    attachments,
  ],
});
