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
          nn: 'Kort, unik id for målet, til dømes M1. Oppgåvene viser til målet med denne id-en.',
          en: 'Short, unique id of the goal, for example M1. Tasks refer to the goal by this id.',
        },
        ask: { auto: 'M{n}' },
      }),
      field('art', choice(GOAL_KINDS), {
        presence: 'optional',
        title: { nb: 'Art', nn: 'Art', en: 'Kind of goal' },
        help: {
          nb: 'resultat (standard): et mål som måles med indikator, utgangspunkt, målverdi og frist; prosess: et mål for hvordan arbeidet skal foregå; sektormål: et av de nasjonale målene planen bygger på. Bare resultatmål må være SMART.',
          nn: 'resultat (standard): eit mål som blir målt med indikator, utgangspunkt, målverdi og frist; prosess: eit mål for korleis arbeidet skal gå føre seg; sektormål: eitt av dei nasjonale måla planen byggjer på. Berre resultatmål må vere SMART.',
          en: 'resultat (default): a goal measured by indicator, baseline, target and deadline; prosess: a goal for how the work is done; sektormål: one of the national goals the plan builds on. Only outcome goals must be SMART.',
        },
        ask: { default: 'resultat' },
      }),
      field('beskrivelse', text(), {
        title: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
        help: {
          nb: 'Spesifikt: hva skal være annerledes, og for hvem? Hva er målet, og hvorfor skal vi ha dette målet?',
          nn: 'Spesifikt: kva skal vere annleis, og for kven? Kva er målet, og kvifor skal vi ha dette målet?',
          en: 'Specific: what shall be different, and for whom? What is the goal, and why should we have it?',
        },
      }),
      field('indikator', text(), {
        presence: 'recommended',
        title: { nb: 'Indikator', nn: 'Indikator', en: 'Indicator' },
        help: {
          nb: 'Målbart: hvordan måles det? For eksempel et spørsmål i Elevundersøkelsen, en kartleggingsprøve eller en observasjon.',
          nn: 'Målbart: korleis blir det målt? Til dømes eit spørsmål i Elevundersøkinga, ei kartleggingsprøve eller ein observasjon.',
          en: 'Measurable: how is it measured? For example an item in the Pupil Survey, a mapping test or an observation.',
        },
      }),
      field('utgangspunkt', measure(), {
        presence: 'recommended',
        title: { nb: 'Utgangspunkt', nn: 'Utgangspunkt', en: 'Baseline' },
        help: {
          nb: 'Målbart: utgangspunktet i dag, med kilde (nasjonale prøver, Elevundersøkelsen, Ståstedsanalysen ...).',
          nn: 'Målbart: utgangspunktet i dag, med kjelde (nasjonale prøver, Elevundersøkinga, Ståstadsanalysen ...).',
          en: 'Measurable: the value today, with its source (national tests, the Pupil Survey, Ståstedsanalysen ...).',
        },
      }),
      field('målverdi', measure(), {
        presence: 'recommended',
        title: { nb: 'Målverdi', nn: 'Målverdi', en: 'Target value' },
        help: { nb: 'Målbart: verdien målet er nådd ved.', nn: 'Målbart: verdien målet er nådd ved.', en: 'Measurable: the value at which the goal is reached.' },
      }),
      field('frist', date(), {
        presence: 'recommended',
        title: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
        help: { nb: 'Tidsbestemt: datoen målet skal være nådd (ÅÅÅÅ-MM-DD).', nn: 'Tidsavgrensa: datoen målet skal vere nådd (ÅÅÅÅ-MM-DD).', en: 'Time-bound: the date by which the goal is reached (YYYY-MM-DD).' },
      }),
      field('ansvarlig', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Owner' },
        help: { nb: 'Hvem har ansvaret for at målet nås?', nn: 'Kven har ansvaret for at målet blir nådd?', en: 'Who answers for reaching the goal?' },
        ask: { people: true },
      }),
      field('forankring', text(), {
        presence: 'recommended',
        title: { nb: 'Forankring', nn: 'Forankring', en: 'Agreement' },
        help: { nb: 'Akseptert: hvem har sluttet seg til målet, og når?', nn: 'Akseptert: kven har slutta seg til målet, og når?', en: 'Accepted: who has agreed to the goal, and when?' },
      }),
      field('begrunnelse', text(), {
        presence: 'recommended',
        title: { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Rationale' },
        help: {
          nb: 'Realistisk og relevant: hvorfor dette målet, ut fra situasjonen og analysen? Hvilke kartlegginger bygger valget på?',
          nn: 'Realistisk og relevant: kvifor dette målet, ut frå situasjonen og analysen? Kva kartleggingar byggjer valet på?',
          en: 'Realistic and relevant: why this goal, given the situation and the analysis? Which surveys is the choice based on?',
        },
      }),
    ],
    { rowHelp: { nb: 'Et SMART-mål: spesifikt, målbart, akseptert, realistisk og tidsbestemt.', nn: 'Eit SMART-mål: spesifikt, målbart, akseptert, realistisk og tidsavgrensa.', en: 'A SMART goal: specific, measurable, accepted, realistic and time-bound.' } },
  ),
  {
    title: { nb: 'Mål', nn: 'Mål', en: 'Goals' },
    help: {
      nb: 'Hva er målet for prosjektet? Hvorfor skal vi ha dette målet? Hvilke kartlegginger, undersøkelser eller annen kunnskap bygger vi valget av mål på? Er målet SMART (spesifikt, målbart, akseptert, realistisk, tidsbestemt)? Hvordan skal kompetansehevingen komme elevene til gode?',
      nn: 'Kva er målet for prosjektet? Kvifor skal vi ha dette målet? Kva kartleggingar, undersøkingar eller anna kunnskap byggjer vi valet av mål på? Er målet SMART (spesifikt, målbart, akseptert, realistisk, tidsavgrensa)? Korleis skal kompetansehevinga kome elevane til gode?',
      en: 'What is the goal of the project? Why should we have this goal? Which surveys, studies or other knowledge is the choice of goal based on? Is the goal SMART (specific, measurable, accepted, realistic, time-bound)? How will the competence development benefit the pupils?',
    },
    show: { partial: 'goals' },
  },
);
