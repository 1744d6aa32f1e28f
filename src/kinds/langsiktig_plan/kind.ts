import { choice, date, defineKind, field, group, list, prose, recurringDate, rows, text, type Options } from '../../model/define.js';
import { forum, members } from '../parts/forum.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';

/** The sectors a long-term plan sets priorities for; «laget rundt» is Kompetanseløftet's. */
export const SECTORS: Options = {
  barnehage: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten' },
  grunnskole: { nb: 'Grunnskole', nn: 'Grunnskule', en: 'Primary and lower secondary school' },
  vgo: { nb: 'Videregående opplæring', nn: 'Vidaregåande opplæring', en: 'Upper secondary education' },
  laget_rundt: { nb: 'Laget rundt barnet og eleven', nn: 'Laget rundt barnet og eleven', en: 'The team around the child and pupil' },
};

const REVISIONS: Options = {
  årlig: { nb: 'hvert år', nn: 'kvart år', en: 'every year' },
  annethvert_år: { nb: 'annethvert år', nn: 'annakvart år', en: 'every other year' },
  ved_behov: { nb: 'ved behov', nn: 'ved behov', en: 'when needed' },
};

/** Samarbeidsforumets langsiktige plan, after Nordland's «Langsiktig plan 2023–2026». */
export default defineKind({
  id: 'langsiktig_plan',
  order: 6,
  names: {
    nb: 'Langsiktig plan for samarbeidsforum ({ordning})',
    nn: 'Langsiktig plan for samarbeidsforum ({ordning})',
    en: 'Long-term plan of the collaboration forum ({ordning})',
  },
  rules: {
    'network-uh': 'error',
    'priority-per-scheme': 'warning',
    'forum-composition': 'warning',
    // The forum's plan sets the direction; the pupils' and children's voice, PPT, private
    // owners and Statped are asked of the owners' and networks' own plans.
    elevstemmen: 'off',
    'barns-medvirkning': 'off',
    'kl-ppt': 'off',
    'kl-private': 'off',
    'kl-statped': 'off',
  },
  sections: [
    header('langsiktig_plan', { ordning: 'required' }),
    forum,
    field(
      'vedtatt',
      group(
        field('av', text(), {
          title: { nb: 'Vedtatt av', nn: 'Vedteken av', en: 'Adopted by' },
          help: { nb: 'Hvem som vedtok planen, vanligvis samarbeidsforumet.', en: 'Who adopted the plan, usually the collaboration forum.' },
        }),
        field('dato', date(), {
          title: { nb: 'Dato', nn: 'Dato', en: 'Date' },
          help: { nb: 'Datoen planen ble vedtatt (ÅÅÅÅ-MM-DD).', en: 'The date the plan was adopted (YYYY-MM-DD).' },
        }),
      ),
      {
        title: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decision' },
        help: { nb: 'Vedtak: hvem vedtok planen, og når?', en: 'Who adopted the plan, and when?' },
      },
    ),
    field('overordnet', prose(), {
      title: { nb: 'Overordnet del', nn: 'Overordna del', en: 'General part' },
      help: {
        nb: 'Overordnet del: hvordan ordningene er bygd opp og drives i fylket, hvem som deltar, og hvordan samarbeidsforumet arbeider.',
        en: 'How the schemes are built and run in the county, who takes part, and how the collaboration forum works.',
      },
    }),
    field(
      'prioriteringer',
      rows(
        { nb: { a: 'en prioritering', one: 'Prioritering' }, nn: { a: 'ei prioritering', one: 'Prioritering' }, en: { a: 'a priority', one: 'Priority' } },
        [
          field('sektor', choice(SECTORS), {
            title: { nb: 'Sektor', nn: 'Sektor', en: 'Sector' },
            help: { nb: 'barnehage, grunnskole, vgo (videregående) eller laget_rundt (laget rundt barnet og eleven).', en: 'barnehage, grunnskole, vgo (upper secondary) or laget_rundt (the team around the child).' },
          }),
          field('område', text(), {
            title: { nb: 'Fokusområde', nn: 'Fokusområde', en: 'Focus area' },
            help: { nb: 'Fokusområdet for sektoren i perioden.', en: 'The sector’s focus area for the period.' },
          }),
          field('begrunnelse', prose(), {
            title: { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Rationale' },
            help: { nb: 'Hvorfor dette området: hva viser behovsmeldingene, analysene og evalueringene?', en: 'Why this area: what do the notifications, analyses and evaluations show?' },
          }),
        ],
        { min: 1, rowHelp: { nb: 'Et fokusområde for én sektor.', en: 'A focus area for one sector.' } },
      ),
      {
        title: { nb: 'Prioriteringer', nn: 'Prioriteringar', en: 'Priorities' },
        help: {
          nb: 'Prioriteringer: fokusområdene for hver sektor i perioden, minst ett per ordning, med begrunnelse. De årlige innstillingene forankres i dem.',
          en: 'The focus areas of each sector for the period, at least one per scheme, with their rationale. The yearly recommendations are anchored in them.',
        },
      },
    ),
    field(
      'kompetansenettverk',
      rows(
        { nb: { a: 'et kompetansenettverk', one: 'Nettverk' }, nn: { a: 'eit kompetansenettverk', one: 'Nettverk' }, en: { a: 'a competence network', one: 'Network' } },
        [
          field('navn', text(), {
            title: { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
            help: { nb: 'Navnet på kompetansenettverket.', en: 'The name of the competence network.' },
          }),
          field('kommuner', list(text(), 1), {
            title: { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
            help: { nb: 'Kommunene i nettverket.', en: 'The municipalities in the network.' },
          }),
          field('friskoler', list(text()), {
            presence: 'optional',
            title: { nb: 'Friskoler og private barnehager', nn: 'Friskular og private barnehagar', en: 'Independent schools and private kindergartens' },
            help: { nb: 'Private skoler og barnehager som er med i nettverket.', en: 'The private schools and kindergartens in the network.' },
          }),
          field('uh', text(), {
            presence: 'recommended',
            title: { nb: 'Universitet/høgskole', nn: 'Universitet/høgskule', en: 'University' },
            help: { nb: 'Universitetet eller høgskolen nettverket samarbeider med.', en: 'The university the network works with.' },
          }),
        ],
        { min: 1, rowHelp: { nb: 'Et kompetansenettverk i fylket.', en: 'A competence network in the county.' } },
      ),
      {
        title: { nb: 'Kompetansenettverk', nn: 'Kompetansenettverk', en: 'Competence networks' },
        help: {
          nb: 'Kompetansenettverkene i fylket: kommunene, friskolene og universitetet eller høgskolen hvert nettverk samarbeider med.',
          en: 'The county’s competence networks: their municipalities, independent schools and the university each works with.',
        },
      },
    ),
    field('fordelingsmodell', prose(), {
      title: { nb: 'Fordelingsmodell', nn: 'Fordelingsmodell', en: 'Distribution model' },
      help: {
        nb: 'Fordelingsmodell: hvordan midlene fordeles mellom nettverkene, UH og fellestiltak.',
        en: 'How the money is split between the networks, the universities and joint measures.',
      },
      sections: [
        field('fordelingsmodell_revideres', choice(REVISIONS), {
          presence: 'recommended',
          title: { nb: 'Fordelingsmodellen revideres', nn: 'Fordelingsmodellen blir revidert', en: 'The model is revised' },
          help: { nb: 'Hvor ofte forumet drøfter og reviderer modellen: årlig, annethvert_år eller ved_behov.', en: 'How often the forum reviews the model: årlig (yearly), annethvert_år (every other year) or ved_behov (when needed).' },
          ask: { default: 'årlig' },
        }),
      ],
    }),
    field(
      'årshjul',
      rows(
        { nb: { a: 'en dato i årshjulet', one: 'Dato' }, nn: { a: 'ein dato i årshjulet', one: 'Dato' }, en: { a: 'a date of the annual cycle', one: 'Date' } },
        [
          field('hva', text(), {
            title: { nb: 'Hva', nn: 'Kva', en: 'What' },
            help: { nb: 'Hva som skjer: behovsmeldinger, innstilling, rapportering ...', en: 'What happens: need notifications, the recommendation, reporting ...' },
          }),
          field('dato', recurringDate(), {
            title: { nb: 'Når', nn: 'Når', en: 'When' },
            help: {
              nb: 'Når det skjer hvert år, for eksempel «årlig 15.03» (skrives { årlig: "03-15" }), eller en dato (ÅÅÅÅ-MM-DD).',
              en: 'When it happens every year, for example "every year 15.03" (written { årlig: "03-15" }), or a date (YYYY-MM-DD).',
            },
          }),
          field('ansvarlig', text(), {
            title: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
            help: { nb: 'Hvem som har ansvaret.', en: 'Who is responsible.' },
          }),
        ],
        { min: 1, rowHelp: { nb: 'En fast dato i året.', en: 'A fixed date of the year.' } },
      ),
      {
        title: { nb: 'Årshjul', nn: 'Årshjul', en: 'Annual cycle' },
        help: {
          nb: 'Årshjul: de faste datoene i året, som frist for behovsmeldinger, innstillingen til statsforvalteren og rapportering.',
          en: 'The fixed dates of the year, such as the deadline for need notifications, the recommendation and reporting.',
        },
        show: { sortBy: 'dato' },
      },
    ),
    members,
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: {
        nb: 'Evaluering: hvordan og når vurderer forumet om planen virker, og når revideres den?',
        en: 'How and when does the forum assess whether the plan works, and when is it revised?',
      },
    }),
    attachments,
  ],
});
