import { adapt, choice, defineKind, email, field, group, integer, list, openChoice, perYear, prose, rows, text, year, yesNo, type Options } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { meetings } from '../parts/meetings.js';
import { partners } from '../parts/partners.js';
import { tasks } from '../parts/tasks.js';

/** The four thematic areas of «Kompetanse for fremtidens barnehage» (Udir). */
export const KINDERGARTEN_AREAS: Options = {
  pedagogisk_virksomhet: { nb: 'Barnehagen som pedagogisk virksomhet', nn: 'Barnehagen som pedagogisk verksemd', en: 'The kindergarten as a pedagogical practice' },
  inkluderende_miljø: {
    nb: 'Et inkluderende miljø for omsorg, lek, læring og danning',
    nn: 'Eit inkluderande miljø for omsorg, leik, læring og danning',
    en: 'An inclusive environment for care, play, learning and formation',
  },
  språk_og_kommunikasjon: { nb: 'Språk og kommunikasjon', nn: 'Språk og kommunikasjon', en: 'Language and communication' },
  verdigrunnlag: { nb: 'Barnehagens verdigrunnlag', nn: 'Verdigrunnlaget til barnehagen', en: 'The kindergarten’s values' },
};

/** What REKOM funds besides work inside each kindergarten (Udir, kompetansestrategi for barnehage). */
export const KINDERGARTEN_MEASURES: Options = {
  barnehagebasert: { nb: 'Barnehagebasert kompetanseutvikling', nn: 'Barnehagebasert kompetanseutvikling', en: 'Kindergarten-based competence development' },
  fagbrev_praksiskandidat: {
    nb: 'Fagbrev gjennom praksiskandidatordningen',
    nn: 'Fagbrev gjennom praksiskandidatordninga',
    en: 'Craft certificate as an experienced candidate',
  },
  fagbrev_på_jobb: { nb: 'Fagbrev på jobb', nn: 'Fagbrev på jobb', en: 'Craft certificate at work' },
  grunnkompetanse: { nb: 'Barnehagefaglig grunnkompetanse', nn: 'Barnehagefagleg grunnkompetanse', en: 'Basic kindergarten competence' },
  annen: { nb: 'Annet tiltak', nn: 'Anna tiltak', en: 'Other measure' },
};

/** Whom a measure is for; «alle ansatte i barnehager som deltar» is REKOM's target group. */
export const KINDERGARTEN_STAFF: Options = {
  alle_ansatte: { nb: 'Alle ansatte', nn: 'Alle tilsette', en: 'All staff' },
  pedagogiske_ledere: { nb: 'Pedagogiske ledere', nn: 'Pedagogiske leiarar', en: 'Pedagogical leaders' },
  styrere: { nb: 'Styrere', nn: 'Styrarar', en: 'Kindergarten heads' },
  fagarbeidere_og_assistenter: {
    nb: 'Barne- og ungdomsarbeidere og assistenter',
    nn: 'Barne- og ungdomsarbeidarar og assistentar',
    en: 'Child and youth workers and assistants',
  },
  ressurspersoner: { nb: 'Ressurspersoner', nn: 'Ressurspersonar', en: 'Resource persons' },
};

const MAPPERS: Options = {
  alle_ansatte: { nb: 'Alle ansatte', nn: 'Alle tilsette', en: 'All staff' },
  ledelse: { nb: 'Ledelsen', nn: 'Leiinga', en: 'The management' },
  pedagogiske_ledere: { nb: 'Pedagogiske ledere', nn: 'Pedagogiske leiarar', en: 'Pedagogical leaders' },
  ressursgruppe: { nb: 'En ressursgruppe', nn: 'Ei ressursgruppe', en: 'A resource group' },
};

const OWNER_FORMS: Options = {
  kommunal: { nb: 'kommunal', nn: 'kommunal', en: 'municipal' },
  privat: { nb: 'privat', nn: 'privat', en: 'private' },
};

const kindergartens = rows(
  { nb: { a: 'en barnehage', one: 'Barnehage' }, nn: { a: 'ein barnehage', one: 'Barnehage' }, en: { a: 'a kindergarten', one: 'Kindergarten' } },
  [
    field('navn', text(), {
      title: { nb: 'Barnehage', nn: 'Barnehage', en: 'Kindergarten' },
      help: { nb: 'Navnet på barnehagen.', en: 'The name of the kindergarten.' },
    }),
    field('eier', text(), {
      title: { nb: 'Eier', nn: 'Eigar', en: 'Owner' },
      help: { nb: 'Hvem som eier barnehagen: kommunen, et selskap, en stiftelse, et samvirke ...', en: 'Who owns the kindergarten: the municipality, a company, a foundation, a cooperative ...' },
    }),
    field('eierform', choice(OWNER_FORMS), {
      title: { nb: 'Eierform', nn: 'Eigarform', en: 'Ownership' },
      help: { nb: 'kommunal eller privat.', en: 'kommunal (municipal) or privat (private).' },
    }),
    field('ansatte', integer({ min: 0 }), {
      presence: 'recommended',
      title: { nb: 'Ansatte', nn: 'Tilsette', en: 'Staff' },
      help: { nb: 'Hvor mange ansatte barnehagen har, alle stillinger.', en: 'How many staff the kindergarten has, in all posts.' },
    }),
    field(
      'samisk_språkområde',
      yesNo({ nb: 'Barnehagen ligger i et samisk språkområde.', nn: 'Barnehagen ligg i eit samisk språkområde.', en: 'The kindergarten lies in a Sami language area.' }),
      {
        presence: 'recommended',
        title: { nb: 'Samisk språkområde', nn: 'Samisk språkområde', en: 'Sami language area' },
        help: {
          nb: 'Ligger barnehagen i forvaltningsområdet for samisk språk, eller har den samiske barn? Da skal planen si hvordan samiske perspektiver ivaretas.',
          en: 'Is the kindergarten in the administrative area for Sami languages, or does it have Sami children? Then the plan says how Sami perspectives are met.',
        },
      },
    ),
  ],
  { min: 1, rowHelp: { nb: 'En barnehage som deltar.', en: 'A kindergarten that takes part.' } },
);

const measures = rows(
  { nb: { a: 'et tiltak', one: 'Tiltak' }, nn: { a: 'eit tiltak', one: 'Tiltak' }, en: { a: 'a measure', one: 'Measure' } },
  [
    field('id', text(), {
      presence: 'recommended',
      title: { nb: 'Id', nn: 'Id', en: 'ID' },
      help: { nb: 'Kort, unik id for tiltaket, for eksempel T1.', en: 'Short, unique id of the measure, for example T1.' },
      ask: { auto: 'T{n}' },
    }),
    field('tittel', text(), {
      title: { nb: 'Tiltak', nn: 'Tiltak', en: 'Measure' },
      help: { nb: 'Hva tiltaket heter, kort.', en: 'What the measure is called, briefly.' },
    }),
    field('type', choice(KINDERGARTEN_MEASURES), {
      title: { nb: 'Type', nn: 'Type', en: 'Kind' },
      help: {
        nb: 'barnehagebasert (kompetanseutvikling i hele personalet), fagbrev_praksiskandidat, fagbrev_på_jobb, grunnkompetanse (barnehagefaglig grunnkompetanse) eller annen.',
        en: 'barnehagebasert (the whole staff’s competence development), fagbrev_praksiskandidat, fagbrev_på_jobb, grunnkompetanse (basic kindergarten competence) or annen (other).',
      },
      ask: { default: 'barnehagebasert' },
    }),
    field('målgruppe', openChoice(KINDERGARTEN_STAFF), {
      title: { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target group' },
      help: {
        nb: 'Hvem tiltaket er for. Barnehagebasert kompetanseutvikling er for alle ansatte i barnehagene som deltar.',
        en: 'Whom the measure is for. Kindergarten-based development is for all staff in the kindergartens taking part.',
      },
      ask: { default: 'alle_ansatte' },
    }),
    field('barnehager', list(text()), {
      presence: 'recommended',
      title: { nb: 'Barnehager', nn: 'Barnehagar', en: 'Kindergartens' },
      help: { nb: 'Barnehagene som deltar i tiltaket, ved navn.', en: 'The kindergartens taking part in the measure, by name.' },
    }),
    field('uh', text(), {
      presence: 'recommended',
      title: { nb: 'Universitet/høgskole', nn: 'Universitet/høgskule', en: 'University' },
      help: { nb: 'Universitetet, høgskolen eller det nasjonale senteret tiltaket gjennomføres med.', en: 'The university or national centre the measure is carried out with.' },
    }),
    field('år', list(year(), 1), {
      title: { nb: 'År', nn: 'År', en: 'Years' },
      help: { nb: 'Årene tiltaket går, for eksempel [2026, 2027].', en: 'The years the measure runs, for example 2026, 2027.' },
    }),
    field('tilskudd', perYear(), {
      presence: 'recommended',
      title: { nb: 'Tilskudd per år', nn: 'Tilskot per år', en: 'Grant per year' },
      help: {
        nb: 'Tilskuddet det meldes behov for, per år i inntil tre år, for eksempel {2026: 450000, 2027: 400000}.',
        en: 'The grant applied for, per year for up to three years, for example {2026: 450000, 2027: 400000}.',
      },
    }),
  ],
  { min: 1, rowHelp: { nb: 'Et kompetansetiltak.', en: 'A competence measure.' } },
);

/** A kindergarten owner's or network's plan under the regional scheme (REKOM). */
export default defineKind({
  id: 'barnehageplan',
  order: 5,
  names: {
    nb: 'Plan for kompetanseutvikling i barnehagene ({ordning})',
    nn: 'Plan for kompetanseutvikling i barnehagane ({ordning})',
    en: 'Competence development plan for kindergartens ({ordning})',
  },
  schemes: ['rekom'],
  rules: {
    'rekom-myndighet': 'error',
    'rekom-private': 'warning',
    'rekom-kartlegging': 'warning',
    'rekom-all-staff': 'warning',
    'no-videreutdanning': 'warning',
    samisk: 'warning',
    'uh-partner': 'error',
    'staff-involved': 'warning',
    'barns-medvirkning': { options: { field: 'barns_medvirkning' } },
  },
  sections: [
    header('barnehageplan'),
    field(
      'barnehagemyndighet',
      group(
        field('kommune', text(), {
          title: { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
          help: { nb: 'Kommunen som er barnehagemyndighet.', en: 'The municipality that is the local kindergarten authority.' },
        }),
        field('kontaktperson', text(), {
          presence: 'recommended',
          title: { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
          help: { nb: 'Hvem hos barnehagemyndigheten barnehagene melder behov til.', en: 'Whom at the authority the kindergartens report their needs to.' },
        }),
        field('epost', email(), {
          presence: 'recommended',
          title: { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
          help: { nb: 'E-postadressen til kontaktpersonen.', en: 'The contact person’s e-mail address.' },
        }),
      ),
      {
        title: { nb: 'Barnehagemyndighet', nn: 'Barnehagemynde', en: 'Kindergarten authority' },
        help: {
          nb: 'Barnehagemyndighet: kommunen som lokal barnehagemyndighet, som barnehagene melder kompetansebehovene sine til. Kommunen skal være representert i regional ordning.',
          en: 'The municipality as local kindergarten authority, to which the kindergartens report their needs. It is to be represented in the regional scheme.',
        },
      },
    ),
    field('barnehager', kindergartens, {
      title: { nb: 'Barnehagene som deltar', nn: 'Barnehagane som deltek', en: 'The kindergartens taking part' },
      help: {
        nb: 'Barnehagene som deltar: navn, eier, kommunal eller privat, antall ansatte og om barnehagen ligger i et samisk språkområde. Offentlige og private barnehager deltar på lik linje.',
        en: 'The kindergartens taking part: name, owner, municipal or private, number of staff and whether it lies in a Sami language area. Public and private kindergartens take part on equal terms.',
      },
      sections: [
        field(
          'område',
          group(
            field('kommuner', list(text()), {
              presence: 'recommended',
              title: { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
              help: { nb: 'Kommunene planen gjelder for.', en: 'The municipalities the plan covers.' },
            }),
            field('private_barnehager', integer({ min: 0 }), {
              presence: 'recommended',
              title: { nb: 'Private barnehager i området', nn: 'Private barnehagar i området', en: 'Private kindergartens in the area' },
              help: {
                nb: 'Hvor mange private barnehager det er i området, også de som ikke deltar; 0 når det ikke er noen.',
                en: 'How many private kindergartens there are in the area, also those not taking part; 0 when there are none.',
              },
            }),
          ),
          {
            presence: 'recommended',
            title: { nb: 'Området', nn: 'Området', en: 'The area' },
            help: {
              nb: 'Området planen gjelder for: kommunene, og hvor mange private barnehager som finnes der.',
              en: 'The area the plan covers: its municipalities, and how many private kindergartens there are.',
            },
          },
        ),
      ],
    }),
    adapt(partners, { min: 1 }),
    field(
      'kartlegging',
      group(
        field('verktøy', text(), {
          presence: 'recommended',
          title: { nb: 'Verktøy', nn: 'Verktøy', en: 'Tool' },
          help: {
            nb: 'Hvilke kjente verktøy barnehagene kartla behovene med, for eksempel Udirs ståstedsanalyse for barnehager.',
            en: 'Which known tools the kindergartens mapped their needs with, for example Udir’s self-assessment for kindergartens.',
          },
        }),
        field('når', text(), {
          title: { nb: 'Når', nn: 'Når', en: 'When' },
          help: { nb: 'Når kartleggingen ble gjort, for eksempel høsten 2025.', en: 'When the mapping was done, for example autumn 2025.' },
        }),
        field('hvem', openChoice(MAPPERS), {
          title: { nb: 'Hvem', nn: 'Kven', en: 'Who' },
          help: { nb: 'Hvem som var med: alle_ansatte, ledelse, pedagogiske_ledere, ressursgruppe, eller med egne ord.', en: 'Who took part: alle_ansatte (all staff), ledelse (management), pedagogiske_ledere, ressursgruppe, or in your own words.' },
          ask: { default: 'alle_ansatte' },
        }),
        field('funn', prose(), {
          title: { nb: 'Funn', nn: 'Funn', en: 'Findings' },
          help: { nb: 'Hva viste kartleggingen? Hvilke behov gikk igjen?', en: 'What did the mapping show? Which needs came up again and again?' },
        }),
      ),
      {
        title: { nb: 'Kartlegging av kompetansebehov', nn: 'Kartlegging av kompetansebehov', en: 'Mapping of competence needs' },
        help: {
          nb: 'Kartlegging: hver barnehage kartlegger behovene sine med kjente verktøy og melder dem til kommunen som barnehagemyndighet. Hvilket verktøy, når, hvem var med, og hva viste det?',
          en: 'Each kindergarten maps its needs with known tools and reports them to the municipality as kindergarten authority. Which tool, when, who took part, and what did it show?',
        },
      },
    ),
    field('satsingsområder', list(openChoice(KINDERGARTEN_AREAS), 1), {
      title: { nb: 'Satsingsområder', nn: 'Satsingsområde', en: 'Focus areas' },
      help: {
        nb: 'Satsingsområder fra «Kompetanse for fremtidens barnehage»: pedagogisk_virksomhet, inkluderende_miljø, språk_og_kommunikasjon, verdigrunnlag, eller med egne ord.',
        en: 'Focus areas from «Kompetanse for fremtidens barnehage»: pedagogisk_virksomhet, inkluderende_miljø, språk_og_kommunikasjon, verdigrunnlag, or in your own words.',
      },
      show: { section: true },
    }),
    field('rammeplan', prose(), {
      title: { nb: 'Rammeplanen', nn: 'Rammeplanen', en: 'The framework plan' },
      help: {
        nb: 'Rammeplanen: hvordan realiserer arbeidet rammeplanens intensjoner og krav i barnehagens pedagogiske praksis?',
        en: 'How does the work realise the intentions and requirements of the framework plan in the kindergartens’ pedagogical practice?',
      },
    }),
    adapt(goals, {
      presence: 'recommended',
      help: {
        nb: 'Hva skal være annerledes i barnehagene når arbeidet er gjort? Resultatmål er SMART; prosessmål sier hvordan arbeidet skal foregå. Hvordan skal kompetanseutviklingen komme barna til gode?',
        en: 'What shall be different in the kindergartens when the work is done? Outcome goals are SMART; process goals say how the work is done. How will it benefit the children?',
      },
    }),
    field('tiltak', measures, {
      title: { nb: 'Tiltak', nn: 'Tiltak', en: 'Measures' },
      help: {
        nb: 'Tiltak: barnehagebasert kompetanseutvikling, fagbrev eller barnehagefaglig grunnkompetanse; for hvem, i hvilke barnehager, med hvilket universitet eller høgskole, hvilke år og med hvilket tilskudd. Individuell videreutdanning kan ikke få midler.',
        en: 'Kindergarten-based development, craft certificates or basic competence; for whom, in which kindergartens, with which university, in which years and with what grant. Individual further education cannot be funded.',
      },
      show: { partial: 'measures' },
    }),
    field('barns_medvirkning', prose(), {
      presence: 'recommended',
      title: { nb: 'Barns medvirkning', nn: 'Medverknaden til barna', en: 'The children’s participation' },
      help: {
        nb: 'Barns medvirkning: hvordan preger barnas medvirkning planlegging, gjennomføring og vurdering av arbeidet?',
        en: 'How does the children’s participation inform the planning, carrying out and assessment of the work?',
      },
    }),
    field('samiske_perspektiver', prose(), {
      presence: 'recommended',
      title: { nb: 'Samiske perspektiver', nn: 'Samiske perspektiv', en: 'Sami perspectives' },
      help: {
        nb: 'Samiske perspektiver: hvordan ivaretar arbeidet samisk språk og kultur, særlig i barnehager i samiske språkområder?',
        en: 'How does the work take care of Sami language and culture, especially in kindergartens in Sami language areas?',
      },
    }),
    adapt(tasks, { presence: 'recommended' }),
    adapt(meetings, { presence: 'optional', show: { partial: 'meetings', whenFilled: true } }),
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: {
        nb: 'Evaluering: hvordan og når skal vi se om arbeidet har endret praksis i barnehagene, og hvem evaluerer?',
        en: 'How and when will we see whether the work has changed practice in the kindergartens, and who evaluates?',
      },
    }),
    attachments,
  ],
});
