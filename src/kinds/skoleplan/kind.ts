import { adapt, defineKind, field, group, heading, prose, text } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { meetings } from '../parts/meetings.js';
import { partners } from '../parts/partners.js';
import { tasks } from '../parts/tasks.js';

/** Plan for utviklingsarbeid på den enkelte skole, Trøndelagsmodellen (DEKOM skoleplan). */
export default defineKind({
  id: 'skoleplan',
  order: 3,
  names: {
    nb: 'Plan for utviklingsarbeid på den enkelte skole – Trøndelagsmodellen (DEKOM skoleplan)',
    nn: 'Plan for utviklingsarbeid på den einskilde skulen – Trøndelagsmodellen (DEKOM-skuleplan)',
    en: 'Development plan for the individual school – the Trøndelag model (DEKOM school plan)',
  },
  seed: 'skoleplan-trondelagsmodellen.txt',
  schemes: ['dekom'],
  rules: { elevstemmen: { options: { field: 'rammer.elevstemmen' } } },
  sections: [
    header('skoleplan'),
    field(
      'rammer',
      group(
        field('skolebasert', prose(), {
          title: { nb: 'Skolebasert kompetanseutvikling', nn: 'Skulebasert kompetanseutvikling', en: 'School-based competence development' },
          help: {
            nb: 'Hvordan er utviklingsarbeidet organisert som skolebasert kompetanseutvikling (kollektive læringsprosesser i eller mellom skoler)?',
            en: 'How is the development work organised as school-based competence development (collective learning processes in or between schools)?',
          },
        }),
        field('forankring', prose(), {
          title: { nb: 'Lokal forankring', nn: 'Lokal forankring', en: 'Local anchoring' },
          help: { nb: 'Hvordan er utviklingsarbeidet forankret lokalt?', en: 'How is the development work anchored locally?' },
        }),
        field('sammenheng', prose(), {
          title: { nb: 'Sammenheng, ikke fragmentering', nn: 'Samanheng, ikkje fragmentering', en: 'Coherence, not fragmentation' },
          help: {
            nb: 'Hvordan unngår vi at utviklingsarbeidet blir fragmentert? Hvordan henger det sammen med andre satsinger?',
            en: 'How do we keep the development work from fragmenting? How does it connect with other initiatives?',
          },
        }),
        field('elevstemmen', prose(), {
          presence: 'recommended',
          title: { nb: 'Elevstemmen', nn: 'Elevstemma', en: 'The pupil voice' },
          help: {
            nb: 'Hvordan ivaretar utviklingsarbeidet elevstemmen i planlegging, gjennomføring og evaluering?',
            en: 'How does the development work take care of the pupils’ voice in planning, carrying out and evaluation?',
          },
        }),
      ),
      {
        title: { nb: 'Rammer for arbeidet', nn: 'Rammer for arbeidet', en: 'Frames for the work' },
        help: {
          nb: 'Rammer for arbeidet: skolebasert, lokalt forankret, ikke fragmentert, og med elevstemmen i planlegging, gjennomføring og evaluering.',
          en: 'Frames for the work: school-based, locally anchored, not fragmented, and with the pupils’ voice in planning, carrying out and evaluation.',
        },
      },
    ),
    heading('innledning_tema_og_mål', {
      title: { nb: 'Innledning, tema og mål', nn: 'Innleiing, tema og mål', en: 'Introduction, theme and goals' },
      sections: [
        field('tema', text(), {
          title: { nb: 'Tema', nn: 'Tema', en: 'Theme' },
          help: { nb: 'Kort om temaet for tiltaket (denne planen).', en: 'Briefly, the topic of the measure (this plan).' },
        }),
        field('innledning', prose(), {
          title: { nb: 'Innledning', nn: 'Innleiing', en: 'Introduction' },
          help: {
            nb: 'Innledning: kort om desentralisert kompetanseutvikling og bakgrunnen for skolens plan. Hvem gjelder den for, og for hvor lenge? Hvordan henger den sammen med andre satsinger og tidligere satsinger? Hvilke overordnede mål skal kompetanseutviklingen bidra til å realisere?',
            en: 'Briefly about decentralised competence development and the background of the school’s plan. Whom does it apply to, and for how long? How does it connect with other and earlier initiatives? Which overall goals shall the competence development help to reach?',
          },
          show: { noHeading: true },
        }),
      ],
    }),
    field('situasjonsbeskrivelse', prose(), {
      title: { nb: 'Situasjonsbeskrivelse', nn: 'Situasjonsskildring', en: 'The current situation' },
      help: {
        nb: 'Situasjonsbeskrivelse: hva vet vi om ståstedet til skolen? Hva viser resultater på nasjonale prøver, kartleggingsprøver og eksamen? Hva forteller lærere og elever om læring og undervisning ved skolen? Annet kunnskapsgrunnlag?',
        en: 'What do we know about where the school stands? What do the results of national tests, mapping tests and exams show? What do teachers and pupils say about learning and teaching at the school? Other knowledge?',
      },
    }),
    adapt(goals, {
      min: 1,
      title: { nb: 'Resultatmål', nn: 'Resultatmål', en: 'Outcome goals' },
      help: {
        nb: `Resultatmål. Tips, SMARTE mål: spesifikke og tydelige, målbare/vurderbare, aksepterte av de som skal nå målene, realistiske og utfordrende, tidsavgrensede, engasjerende og motiverende. ${goals.help!.nb}`,
        en: 'Result goals. Tips, SMARTE goals: specific and clear, measurable, accepted by those who are to reach them, realistic and challenging, time-bound, engaging and motivating. Is the goal SMART? How will the competence development benefit the pupils?',
      },
    }),
    field('analyse', prose(), {
      title: { nb: 'Analyse', nn: 'Analyse', en: 'Analysis' },
      help: {
        nb: 'Analyse: hvilke sammenhenger kan vi se mellom skolens undervisning, læringsmiljø og elevenes læring og læringsutbytte? Hvilke kompetanseområder for lærere og elever bør vektlegges?',
        en: 'What connections can we see between the school’s teaching, learning environment and the pupils’ learning and outcomes? Which areas of competence for teachers and pupils should be stressed?',
      },
    }),
    adapt(tasks, {
      min: 1,
      title: { nb: 'Tiltak og fremdriftsplan', nn: 'Tiltak og framdriftsplan', en: 'Measures and progress plan' },
      help: {
        nb: 'Tiltak og fremdriftsplan: konkrete aktiviteter som skal gjennomføres for å nå målene, med tidspunkt og ansvarlig.',
        en: 'Measures and progress plan: concrete activities to reach the goals, with time and owner.',
      },
    }),
    field('organisering', prose(), {
      title: { nb: 'Organisering', nn: 'Organisering', en: 'Organisation of the work' },
      help: {
        nb: 'Organisering: beskriv rollene til de involverte (forventningsavklaring). Hvem gjør hva i gjennomføringen av planen? Møteplasser og læringsarenaer (tydeliggjør skolebasert kompetanseutvikling)? Interne og eksterne samarbeidspartnere (UP1 og UP2)?',
        en: 'Describe the roles of those involved (clarifying expectations). Who does what in carrying out the plan? Meeting places and learning arenas (make school-based development visible)? Internal and external partners (UP1 and UP2)?',
      },
      sections: [
        adapt(partners, {
          presence: 'optional',
          title: { nb: 'Samarbeidspartnere', nn: 'Samarbeidspartnarar', en: 'Partners' },
          show: { partial: 'partners', whenFilled: true },
        }),
        adapt(meetings, { presence: 'optional', show: { partial: 'meetings', whenFilled: true } }),
      ],
    }),
    field('tegn_på_læring', prose(), {
      title: { nb: 'Tegn på læring og forbedring', nn: 'Teikn på læring og forbetring', en: 'Signs of learning and improvement' },
      help: {
        nb: 'Tegn på læring og forbedring: hva lykkes vi med? Hva er mindre vellykket? Hvorfor?',
        en: 'Signs of learning and improvement: what are we succeeding with? What is less successful? Why?',
      },
    }),
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: { nb: 'Evaluering: hvordan og når skal planen evalueres, og av hvem?', en: 'Evaluation: how and when is the plan evaluated, and by whom?' },
    }),
    attachments,
  ],
});
