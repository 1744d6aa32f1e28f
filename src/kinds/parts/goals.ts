import { choice, date, field, measure, rows, text, type Field, type Options } from '../../model/define.js';

/** What a goal is: a result to measure, a process to carry out, or one of the national sector goals. */
export const GOAL_KINDS: Options = {
  resultat: { nb: 'Resultatmål', nn: 'Resultatmål', en: 'Outcome goal' },
  prosess: { nb: 'Prosessmål', nn: 'Prosessmål', en: 'Process goal' },
  sektormål: { nb: 'Sektormål', nn: 'Sektormål', en: 'Sector goal' },
};

/** `mål`: SMART goals, after the SMARTE tips of the Trøndelag template. */
export const goals: Field = field(
  'mål',
  rows(
    { nb: { a: 'et mål', one: 'Mål' }, nn: { a: 'eit mål', one: 'Mål' }, en: { a: 'a goal', one: 'Goal' } },
    [
      field('id', text(), {
        presence: 'recommended',
        title: { nb: 'Id', nn: 'Id', en: 'Id' },
        help: {
          nb: 'Kort, unik id for målet, for eksempel M1. Oppgaver viser til målet med denne id-en.',
          en: 'Short, unique id of the goal, for example M1. Tasks refer to the goal by this id.',
        },
        ask: { auto: 'M{n}' },
      }),
      field('art', choice(GOAL_KINDS), {
        presence: 'optional',
        title: { nb: 'Art', nn: 'Art', en: 'Kind of goal' },
        help: {
          nb: 'resultat (standard): et mål som måles med indikator, utgangspunkt, målverdi og frist; prosess: et mål for hvordan arbeidet skal foregå; sektormål: et av de nasjonale målene planen bygger på. Bare resultatmål må være SMART.',
          en: 'resultat (default): a goal measured by indicator, baseline, target and deadline; prosess: a goal for how the work is done; sektormål: one of the national goals the plan builds on. Only outcome goals must be SMART.',
        },
        ask: { default: 'resultat' },
      }),
      field('beskrivelse', text(), {
        title: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
        help: {
          nb: 'Spesifikt: hva skal være annerledes, og for hvem? Hva er målet, og hvorfor skal vi ha dette målet?',
          en: 'Specific: what shall be different, and for whom? What is the goal, and why should we have it?',
        },
      }),
      field('indikator', text(), {
        presence: 'recommended',
        title: { nb: 'Indikator', nn: 'Indikator', en: 'Indicator' },
        help: {
          nb: 'Målbart: hvordan måles det? For eksempel et spørsmål i Elevundersøkelsen, en kartleggingsprøve eller en observasjon.',
          en: 'Measurable: how is it measured? For example an item in the Pupil Survey, a mapping test or an observation.',
        },
      }),
      field('utgangspunkt', measure(), {
        presence: 'recommended',
        title: { nb: 'Utgangspunkt', nn: 'Utgangspunkt', en: 'Baseline' },
        help: {
          nb: 'Målbart: utgangspunktet i dag, med kilde (nasjonale prøver, Elevundersøkelsen, Ståstedsanalysen ...).',
          en: 'Measurable: the value today, with its source (national tests, the Pupil Survey, Ståstedsanalysen ...).',
        },
      }),
      field('målverdi', measure(), {
        presence: 'recommended',
        title: { nb: 'Målverdi', nn: 'Målverdi', en: 'Target value' },
        help: { nb: 'Målbart: verdien målet er nådd ved.', en: 'Measurable: the value at which the goal is reached.' },
      }),
      field('frist', date(), {
        presence: 'recommended',
        title: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
        help: { nb: 'Tidsbestemt: datoen målet skal være nådd (ÅÅÅÅ-MM-DD).', en: 'Time-bound: the date by which the goal is reached (YYYY-MM-DD).' },
      }),
      field('ansvarlig', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Owner' },
        help: { nb: 'Hvem svarer for at målet nås?', en: 'Who answers for reaching the goal?' },
        ask: { people: true },
      }),
      field('forankring', text(), {
        presence: 'recommended',
        title: { nb: 'Forankring', nn: 'Forankring', en: 'Agreement' },
        help: { nb: 'Akseptert: hvem har sluttet seg til målet, og når?', en: 'Accepted: who has agreed to the goal, and when?' },
      }),
      field('begrunnelse', text(), {
        presence: 'recommended',
        title: { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Rationale' },
        help: {
          nb: 'Realistisk og relevant: hvorfor dette målet, ut fra situasjonen og analysen? Hvilke kartlegginger bygger valget på?',
          en: 'Realistic and relevant: why this goal, given the situation and the analysis? Which surveys is the choice based on?',
        },
      }),
    ],
    { rowHelp: { nb: 'Et SMART-mål: spesifikt, målbart, akseptert, realistisk og tidsbestemt.', en: 'A SMART goal: specific, measurable, accepted, realistic and time-bound.' } },
  ),
  {
    title: { nb: 'Mål', nn: 'Mål', en: 'Goals' },
    help: {
      nb: 'Hva er målet for prosjektet? Hvorfor skal vi ha dette målet? Hvilke kartlegginger, undersøkelser eller annen kunnskap bygger vi valget av mål på? Er målet SMART (spesifikt, målbart, akseptert, realistisk, tidsbestemt)? Hvordan skal kompetansehevingen komme elevene til gode?',
      en: 'What is the goal of the project? Why should we have this goal? Which surveys, studies or other knowledge is the choice of goal based on? Is the goal SMART (specific, measurable, accepted, realistic, time-bound)? How will the competence development benefit the pupils?',
    },
    show: { partial: 'goals' },
  },
);
