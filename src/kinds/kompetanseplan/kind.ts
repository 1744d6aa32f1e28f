import { adapt, amount, date, defineKind, field, group, heading, integer, list, perYear, prose, rows, show, text, year, yesNo } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { meetings } from '../parts/meetings.js';
import { partners } from '../parts/partners.js';
import { tasks } from '../parts/tasks.js';

const need = rows(
  {
    nb: { a: 'et kompetansebehov', one: 'Behov' },
    nn: { a: 'eit kompetansebehov', one: 'Behov' },
    en: { a: 'a competence need', one: 'Need' },
  },
  [
    field('behov', text(), {
      title: { nb: 'Kompetansebehov', nn: 'Kompetansebehov', en: 'Competence need' },
      help: { nb: 'Kompetansebehovet nettverket har identifisert.', en: 'The competence need the network has identified.' },
    }),
    field('prioritet', integer({ min: 1 }), {
      presence: 'recommended',
      title: { nb: 'Prioritet', nn: 'Prioritet', en: 'Priority' },
      help: { nb: 'Prioritet, 1 er høyest.', en: 'Priority, 1 is highest.' },
      ask: { default: '{n}' },
    }),
    field('tiltak', text(), {
      title: { nb: 'Tiltak', nn: 'Tiltak', en: 'Measure' },
      help: { nb: 'Kompetansetiltaket som skal møte behovet.', en: 'The competence measure that meets the need.' },
    }),
    field('målgruppe', text(), {
      presence: 'recommended',
      title: { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target group' },
      help: {
        nb: 'Hvem tiltaket er for: lærere, ledere, ressurspersoner, hele personalet ...',
        en: 'Whom the measure is for: teachers, leaders, resource persons, the whole staff ...',
      },
    }),
    field('år', list(year(), 1), {
      title: { nb: 'År', nn: 'År', en: 'Years' },
      help: {
        nb: 'Årene i fireårsperioden tiltaket går, for eksempel [2026, 2027].',
        en: 'The years of the four-year period the measure runs, for example 2026, 2027.',
      },
    }),
    field('up2', text(), {
      presence: 'optional',
      title: { nb: 'Utviklingspartner 2 (UP2)', nn: 'Utviklingspartnar 2 (UP2)', en: 'Development partner 2 (UP2)' },
      help: { nb: 'Utviklingspartner 2 (UP2): tilbyderen av tiltaket.', en: 'Development partner 2 (UP2): the provider of the measure.' },
    }),
    field('kostnad', amount(), {
      presence: 'optional',
      title: { nb: 'Kostnad', nn: 'Kostnad', en: 'Cost' },
      help: { nb: 'Kostnad i kroner. Beregnes bare for innstillingsåret.', en: 'Cost in NOK. Only for the recommendation year.' },
    }),
    field('tilskudd', perYear(), {
      presence: 'optional',
      title: { nb: 'Tilskudd per år', nn: 'Tilskot per år', en: 'Grant per year' },
      help: {
        nb: 'Tilskuddet det meldes behov for, per år i inntil tre år, for eksempel {2026: 150000, 2027: 120000}. Erstatter «kostnad» når behovet meldes for flere år.',
        en: 'The grant applied for, per year for up to three years, for example {2026: 150000, 2027: 120000}. Replaces "kostnad" when the need is reported for several years.',
      },
    }),
    field('sammenheng_med', text(), {
      presence: 'recommended',
      title: { nb: 'Sammenheng med andre tiltak', nn: 'Samanheng med andre tiltak', en: 'Coherence with other measures' },
      help: {
        nb: 'Sammenheng med andre pågående tiltak, for eksempel oppfølgingsordningen, kompetanseløftet eller IBSM.',
        en: 'Connection with other ongoing measures, for example the follow-up scheme, the competence boost or IBSM.',
      },
    }),
  ],
  { min: 1, rowHelp: { nb: 'Et prioritert kompetansebehov med tiltak.', en: 'A prioritised competence need with its measure.' } },
);

/** Langsiktig kompetanseutviklingsplan for kompetansenettverk (DEKOM); also the year's recommendation. */
export default defineKind({
  id: 'kompetanseplan',
  order: 2,
  names: {
    nb: 'Langsiktig kompetanseutviklingsplan for kompetansenettverk ({ordning})',
    nn: 'Langsiktig kompetanseutviklingsplan for kompetansenettverk ({ordning})',
    en: 'Long-term competence development plan for a competence network ({ordning})',
  },
  seed: 'kompetanseplan-langsiktig-dekom.txt',
  schemes: ['dekom'],
  rules: {
    'uh-partner': 'error',
    egenandel: 'error',
    'cost-year': 'warning',
    'staff-involved': 'warning',
    elevstemmen: { options: { field: 'intensjoner.elevstemmen' } },
  },
  sections: [
    header('kompetanseplan'),
    heading('kompetansenettverket', {
      title: { nb: 'Kompetansenettverket', nn: 'Kompetansenettverket', en: 'The competence network' },
      sections: [
        field('nettverk', text(), {
          title: { nb: 'Navn på kompetansenettverk', nn: 'Namn på kompetansenettverk', en: 'Name of the competence network' },
          help: { nb: 'Navn på kompetansenettverket.', en: 'Name of the competence network.' },
        }),
        show('fireårsperiode', 'periode', 'period', {
          title: { nb: 'Preliminær plan for fireårsperioden', nn: 'Preliminær plan for fireårsperioden', en: 'Preliminary plan for the four-year period' },
          show: { noHeading: true },
        }),
        field('innstillingsår', year(), {
          presence: 'optional',
          title: { nb: 'Innstilling for inneværende år', nn: 'Innstilling for inneverande år', en: 'Recommendation for the current year' },
          help: {
            nb: 'Året kostnadene søkes for, når planen også er årets innstilling eller behovsmelding. En langsiktig plan uten søknad lar det stå tomt.',
            en: 'The year whose costs are applied for, when the plan is also this year’s recommendation or need notification. A long-term plan without an application leaves it out.',
          },
        }),
        field('søknadsfrist', date(), {
          presence: 'recommended',
          title: { nb: 'Frist for innstillingen', nn: 'Frist for innstillinga', en: 'Deadline for the recommendation' },
          help: { nb: 'Frist for innstillingen (ÅÅÅÅ-MM-DD).', en: 'Deadline of the recommendation (YYYY-MM-DD).' },
        }),
        show('utfylt_av', 'kontakt.navn', 'text', {
          title: { nb: 'Navn på den som fyller ut skjemaet', nn: 'Namn på den som fyller ut skjemaet', en: 'Name of the person filling in the form' },
          show: { noHeading: true },
        }),
        adapt(partners, { min: 1 }),
      ],
    }),
    field(
      'intensjoner',
      group(
        field('lokale_behov', prose(), {
          title: { nb: 'a) Lokale behov og lokal forankring', nn: 'a) Lokale behov og lokal forankring', en: 'a) Local needs and local anchoring' },
          help: {
            nb: 'a) Hvordan møter kompetanseutviklingen lokale behov, og hvordan er den forankret lokalt?',
            en: 'a) How does the competence development meet local needs, and how is it anchored locally?',
          },
        }),
        field('sammenheng', prose(), {
          title: { nb: 'b) Sammenheng med andre tiltak og satsinger', nn: 'b) Samanheng med andre tiltak og satsingar', en: 'b) Coherence with other measures and initiatives' },
          help: {
            nb: 'b) Hvordan ses tiltakene i sammenheng med andre tiltak og satsinger? Unngå fragmentering, skap sammenheng – og hold fast.',
            en: 'b) How are the measures seen together with other measures and initiatives? Avoid fragmentation, build coherence – and hold on.',
          },
        }),
        field('kollektive_prosesser', prose(), {
          title: { nb: 'c) Lærende, kollektive prosesser', nn: 'c) Lærande, kollektive prosessar', en: 'c) Collective learning processes' },
          help: {
            nb: 'c) Hvordan organiseres kompetanseutviklingen som lærende, kollektive prosesser (skolebasert kompetanseutvikling)?',
            en: 'c) How is the competence development organised as collective learning processes (school-based competence development)?',
          },
        }),
        field('elevstemmen', prose(), {
          presence: 'recommended',
          title: {
            nb: 'd) Utforsking av praksis og elevstemmen',
            nn: 'd) Utforsking av praksis og elevstemma',
            en: 'd) Exploring classroom practice, guided by the pupil voice',
          },
          show: {
            schemeTitles: {
              rekom: {
                nb: 'd) Utforsking av praksis og barns medvirkning',
                nn: 'd) Utforsking av praksis og medverknaden til barna',
                en: 'd) Exploring practice, guided by the children’s participation',
              },
              flere: {
                nb: 'd) Utforsking av praksis, elevstemmen og barns medvirkning',
                nn: 'd) Utforsking av praksis, elevstemma og medverknaden til barna',
                en: 'd) Exploring practice, guided by the pupil voice and the children’s participation',
              },
            },
          },
          help: {
            nb: 'd) Hvordan er utforsking av praksis i klasserommet og elevstemmen en rettesnor i planlegging, gjennomføring og vurdering?',
            en: 'd) How are inquiry into classroom practice and the pupils’ voice a guide in planning, carrying out and assessing the work?',
          },
        }),
        field('partnerskap', prose(), {
          title: { nb: 'e) Partnerskap med UH', nn: 'e) Partnarskap med UH', en: 'e) Partnership with higher education' },
          help: {
            nb: 'e) Hvordan skjer planlegging, gjennomføring og vurdering i partnerskap med UH?',
            en: 'e) How are planning, carrying out and assessment done in partnership with the university (UH)?',
          },
        }),
      ),
      {
        title: {
          nb: 'Intensjoner i den desentraliserte kompetanseutviklingen',
          nn: 'Intensjonar i den desentraliserte kompetanseutviklinga',
          en: 'Intentions of decentralised competence development',
        },
        show: {
          schemeTitles: {
            rekom: {
              nb: 'Intensjoner i den regionale ordningen for kompetanseutvikling i barnehage',
              nn: 'Intensjonar i den regionale ordninga for kompetanseutvikling i barnehage',
              en: 'Intentions of the regional scheme for competence development in kindergartens',
            },
            kompetanseløftet: {
              nb: 'Intensjoner i Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
              nn: 'Intensjonar i Kompetanseløftet for spesialpedagogikk og inkluderande praksis',
              en: 'Intentions of Kompetanseløftet for special needs education and inclusive practice',
            },
            flere: {
              nb: 'Intensjoner i ordningene for lokal kompetanseutvikling',
              nn: 'Intensjonar i ordningane for lokal kompetanseutvikling',
              en: 'Intentions of the schemes for local competence development',
            },
          },
        },
        help: {
          nb: 'Intensjonene i den desentraliserte kompetanseutviklingen (a–e): hvordan planen ivaretar hver av dem.',
          en: 'The intentions of the decentralised competence development (a–e): how the plan meets each of them.',
        },
      },
    ),
    field(
      'analyse',
      group(
        field(
          'alle_skoleeiere_involvert',
          yesNo({
            nb: 'Kompetansenettverket har foretatt en analyse og vurdering av det samlede kompetansebehovet i nettverket (alle eiere av skoler og barnehager, offentlige og private, har vært involvert).',
            nn: 'Kompetansenettverket har gjort ein analyse og ei vurdering av det samla kompetansebehovet i nettverket (alle eigarar av skular og barnehagar, offentlege og private, har vore involverte).',
            en: 'The competence network has analysed and assessed the overall competence needs in the network (all owners of schools and kindergartens, public and private, have been involved).',
          }),
          {
            presence: 'recommended',
            title: { nb: 'Alle eiere involvert', nn: 'Alle eigarar involverte', en: 'All owners involved' },
            help: {
              nb: 'Kompetansenettverket har foretatt en analyse og vurdering av det samlede kompetansebehovet i nettverket (alle eiere av skoler og barnehager, offentlige og private, har vært involvert).',
              en: 'The network has analysed and assessed its overall need for competence (all owners of schools and kindergartens, public and private, have been involved).',
            },
          },
        ),
        field(
          'bygger_på_skoleeiernes_analyser',
          yesNo({
            nb: 'Analysen i nettverket representerer eiernes analyser og skolenes og barnehagenes egne vurderinger.',
            nn: 'Analysen i nettverket representerer analysane til eigarane og dei eigne vurderingane til skulane og barnehagane.',
            en: 'The network’s analysis represents the owners’ analyses and the schools’ and kindergartens’ own assessments.',
          }),
          {
            presence: 'recommended',
            title: { nb: 'Bygger på eiernes analyser', nn: 'Byggjer på analysane til eigarane', en: 'Built on the owners’ analyses' },
            help: {
              nb: 'Analysen i nettverket representerer eiernes analyser og skolenes og barnehagenes egne vurderinger.',
              en: 'The analysis in the network represents the owners’ analyses and the schools’ and kindergartens’ own assessments.',
            },
          },
        ),
        field(
          'samarbeid_med_up1',
          yesNo({
            nb: 'Analysen, prioriteringen og planleggingen har foregått i samarbeid med UP1.',
            nn: 'Analysen, prioriteringa og planlegginga har gått føre seg i samarbeid med UP1.',
            en: 'The analysis, prioritisation and planning have been done together with UP1.',
          }),
          {
            presence: 'recommended',
            title: { nb: 'Samarbeid med UP1', nn: 'Samarbeid med UP1', en: 'Together with UP1' },
            help: {
              nb: 'Analysen, prioriteringen og planleggingen har foregått i samarbeid med UP1.',
              en: 'The analysis, prioritising and planning were done together with development partner 1 (UP1).',
            },
          },
        ),
      ),
      {
        presence: 'recommended',
        title: { nb: 'Analysefasen', nn: 'Analysefasen', en: 'The analysis phase' },
        help: { nb: 'Analysefasen.', en: 'The analysis phase.' },
        sections: [
          field('up1', text(), {
            presence: 'recommended',
            title: { nb: 'Navn på utviklingspartner 1 (UP1)', nn: 'Namn på utviklingspartnar 1 (UP1)', en: 'Name of development partner 1 (UP1)' },
            help: {
              nb: 'Navn på utviklingspartner 1 (UP1), hvis analysen er gjort i samarbeid med UP1.',
              en: 'Name of development partner 1 (UP1), if the analysis was done with UP1.',
            },
          }),
        ],
      },
    ),
    field('kompetansebehov', need, {
      title: { nb: 'Kompetansebehov i nettverket', nn: 'Kompetansebehov i nettverket', en: 'Competence needs in the network' },
      help: {
        nb: 'Kompetansebehov i nettverket: prioriteringene analysen har resultert i. Skisser tiltak for fire år, men beregn kostnader bare for innstillingsåret.',
        en: 'Competence needs in the network: the priorities the analysis led to. Sketch measures for four years, but cost only the recommendation year.',
      },
      show: { partial: 'needs' },
      sections: [
        heading('egenandel', {
          title: { nb: 'Egenandel', nn: 'Eigenandel', en: 'Co-funding' },
          sections: [
            field(
              'egenandel_bekreftet',
              yesNo({
                nb: 'Vi bekrefter at alle kommunene/friskolene i nettverket oppfyller kravene til egenandel regulert i forskrift.',
                nn: 'Vi stadfestar at alle kommunane/friskulane i nettverket oppfyller krava til eigenandel regulert i forskrift.',
                en: 'We confirm that all municipalities and independent schools in the network meet the co-funding requirements set by regulation.',
              }),
              {
                presence: 'recommended',
                title: { nb: 'Bekreftet egenandel', nn: 'Stadfesta eigenandel', en: 'Co-funding confirmed' },
                help: {
                  nb: 'Vi bekrefter at alle kommunene/friskolene i nettverket oppfyller kravene til egenandel regulert i forskrift.',
                  en: 'We confirm that all municipalities and independent schools in the network meet the requirements for own contribution set by regulation.',
                },
              },
            ),
          ],
        }),
      ],
    }),
    adapt(goals, { presence: 'optional', show: { partial: 'goals', whenFilled: true } }),
    adapt(tasks, { presence: 'optional', show: { partial: 'tasks', whenFilled: true } }),
    adapt(meetings, { presence: 'optional', show: { partial: 'meetings', whenFilled: true } }),
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
