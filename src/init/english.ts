import type { Kind } from '../model/kinds.js';

/**
 * English titles and guiding questions for `--lang en`: a translation of the schema's
 * Norwegian descriptions, keyed like the field hints (`mål[].frist`, `skoleplan:innledning`).
 */
const EN: Readonly<Record<string, readonly [title: string, help: string]>> = {
  dekom: ['Format version', 'Format version of dekom plans. Always 1.'],
  type: ['Plan type', 'Plan type: nettverksplan, kompetanseplan, skoleplan or kommuneplan.'],
  tittel: ['Title', 'The title of the plan.'],
  organisasjon: ['Organisation', 'Whose plan it is: the school, the municipality or the network.'],
  språk: ['Language', 'The language the plan is rendered in: nb (bokmål, default), nn (nynorsk) or en (English).'],
  periode: ['Period', 'From date to date. Whom does the plan apply to, and for how long?'],
  'periode.fra': ['From', 'First day of the period the plan applies to (YYYY-MM-DD).'],
  'periode.til': ['To', 'Last day of the period the plan applies to (YYYY-MM-DD). Must be after "fra".'],
  kontakt: ['Contact', 'Contact person: the name of the person who fills in the plan.'],
  'kontakt.navn': ['Name', 'Name of the person who fills in the plan.'],
  'kontakt.epost': ['E-mail', 'E-mail address of the person who fills in the plan.'],
  'kontakt.rolle': ['Role', 'Role of the person who fills in the plan, for example network coordinator or head teacher.'],

  parter: [
    'Partners',
    'Partners in the collaboration: partners in the project group (municipality/university/school/others) and participants in the competence development. A university or university college (UH) is a required partner.',
  ],
  'parter[]': ['Partner', 'A partner in the collaboration.'],
  'parter[].navn': ['Name', 'Name of the partner: municipality, university/university college, school, kindergarten or other.'],
  'parter[].rolle': ['Role', 'The partner’s role: uh (university/university college), school owner, kindergarten owner, head teacher, kindergarten head, resource person, school, kindergarten, county, state administrator or other.'],
  'parter[].kontaktperson': ['Contact person', 'Contact person at the partner.'],
  'parter[].ansvar': ['Responsibility', 'What the partner is responsible for in the collaboration.'],

  mål: [
    'Goals',
    'What is the goal of the project? Why should we have this goal? Which surveys, studies or other knowledge is the choice of goal based on? Is the goal SMART (specific, measurable, accepted, realistic, time-bound)? How will the competence development benefit the pupils?',
  ],
  'skoleplan:mål': [
    'Result goals',
    'Result goals. Tips, SMARTE goals: specific and clear, measurable, accepted by those who are to reach them, realistic and challenging, time-bound, engaging and motivating. Is the goal SMART? How will the competence development benefit the pupils?',
  ],
  'mål[]': ['Goal', 'A SMART goal: specific, measurable, accepted, realistic and time-bound.'],
  'mål[].id': ['Id', 'Short, unique id of the goal, for example M1. Tasks refer to the goal by this id.'],
  'mål[].beskrivelse': ['Description', 'Specific: what shall be different, and for whom? What is the goal, and why should we have it?'],
  'mål[].indikator': ['Indicator', 'Measurable: how is it measured? For example an item in the Pupil Survey, a mapping test or an observation.'],
  'mål[].utgangspunkt': ['Baseline', 'Measurable: the value today, with its source (national tests, the Pupil Survey, Ståstedsanalysen ...).'],
  'mål[].målverdi': ['Target value', 'Measurable: the value at which the goal is reached.'],
  'mål[].frist': ['Deadline', 'Time-bound: the date by which the goal is reached (YYYY-MM-DD).'],
  'mål[].ansvarlig': ['Owner', 'Who answers for reaching the goal?'],
  'mål[].forankring': ['Agreement', 'Accepted: who has agreed to the goal, and when?'],
  'mål[].begrunnelse': ['Rationale', 'Realistic and relevant: why this goal, given the situation and the analysis? Which surveys is the choice based on?'],

  oppgaver: ['Tasks, deadlines and owners', 'Table of tasks, deadlines and responsibility: what is to be done, who is responsible, and when will it be done?'],
  'skoleplan:oppgaver': ['Measures and progress plan', 'Measures and progress plan: concrete activities to reach the goals, with time and owner.'],
  'oppgaver[]': ['Task', 'A row of the table Tasks – Description – Owner – Deadline.'],
  'oppgaver[].oppgave': ['Task', 'The task: a short title.'],
  'oppgaver[].beskrivelse': ['Description', 'What is to be done?'],
  'oppgaver[].ansvarlig': ['Owner', 'Who is responsible?'],
  'oppgaver[].frist': ['Deadline', 'When is it to be done? (YYYY-MM-DD)'],
  'oppgaver[].status': ['Status', 'Status: planlagt (planned, default), pågår (in progress), fullført (done) or avlyst (cancelled).'],
  'oppgaver[].mål': ['Goals', 'The ids of the goals the task contributes to, for example [M1].'],

  tidsplan: [
    'Schedule: gatherings and meetings',
    'Schedule of planned gatherings and meetings: date and time, who, and how (where, what, who is responsible, what must be prepared).',
  ],
  'tidsplan[]': ['Meeting', 'A row of the schedule: Date and time – Who – How.'],
  'tidsplan[].dato': ['Date', 'Date and time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).'],
  'tidsplan[].slutt': ['End', 'When the meeting or gathering ends (YYYY-MM-DDTHH:MM).'],
  'tidsplan[].hvem': ['Who', 'Who? Project group, network gathering, leaders’ gathering and so on.'],
  'tidsplan[].sted': ['Place', 'Where does it take place?'],
  'tidsplan[].innhold': ['Content', 'What is the planned content of the gathering?'],
  'tidsplan[].ansvarlig': ['Owner', 'Who is responsible?'],
  'tidsplan[].forberedelser': ['Preparations', 'What must be prepared?'],

  evaluering: ['Evaluation', 'Evaluation: how and when are the results measured, and who evaluates?'],
  'nettverksplan:evaluering': [
    'Evaluation',
    'Evaluation: how and when will we measure the results of the project? How can we measure real growth in competence? How has the competence development benefited the pupils?',
  ],
  'skoleplan:evaluering': ['Evaluation', 'Evaluation: how and when is the plan evaluated, and by whom?'],

  innledning: ['Introduction', 'Introduction: the background of the project, who took the initiative, any application process, funding granted and so on.'],
  ressurser: ['Hours and resources', 'Hours and resources available: budget or funds granted, hours set aside by the participants and so on.'],
  'ressurser.budsjett': ['Budget', 'Budget or funds granted, in NOK.'],
  'ressurser.timer': ['Hours', 'Hours set aside by the different participants.'],
  'ressurser.timer[].part': ['Partner', 'Which participant or partner the hours are set aside by.'],
  'ressurser.timer[].timer': ['Hours', 'Number of hours set aside.'],
  'ressurser.beskrivelse': ['Other resources', 'Other resources available: release time, travel funds, rooms and so on.'],
  samarbeidsform: ['Form of collaboration', 'Form of collaboration: planning meetings, network gatherings, other.'],
  samarbeidsplattform: ['Collaboration platform', 'Where is information shared between partners and participants? For example Teams, Google Workspace, a web site, other.'],
  ansvarsfordeling: [
    'Division of responsibility',
    'Who does what, and when? For example the flow of information to partners and participants, organising gatherings, sign-ups, surveys, minutes, leading gatherings, teaching and supervision, making support material.',
  ],
  kunnskapsgrunnlag: [
    'Knowledge base',
    'How can a shared knowledge base be built? What relevant research is there on the topic? How is information gathered through surveys or other channels? Which planning meetings with leaders, participants’ representatives and others are planned?',
  ],
  arbeidsmåter: [
    'Ways of working',
    'What kinds of gatherings will there be (network gatherings, workshops, others)? How are the teachers involved? How are the gatherings evaluated? How will the participants try out what they have learnt, and how will experience be shared?',
  ],
  forankring: ['Anchoring', 'With whom must the project be anchored further, and how? Who is responsible for the anchoring? How do we make sure the plan does not just end up in a drawer?'],
  informasjon: ['Information', 'Who needs information, about what and when? How is it shared, and how are the partners followed up?'],
  'informasjon.ledere': ['To leaders', 'Information to leaders: what are they told about roles, expectations and the importance of the project, when and by whom?'],
  'informasjon.deltakere': ['To participants', 'Information to participants: what are they told about roles, tasks and expectations, in good time before the gatherings, and by whom?'],
  gjennomføring: [
    'Plan for carrying out',
    'Over what period will the gatherings take place, how many and how long? Which milestones, processes or phases must be planned? When does the project end and get evaluated? How does the project group meet between gatherings?',
  ],
  videreføring: ['Plan for follow-up', 'How is the competence development followed up? What follow-up is needed? By whom? When?'],
  sluttføring: ['Completion', 'Who writes the project report? How is the project completed? How can the results be shared and followed up?'],

  nettverk: ['Competence network', 'Name of the competence network.'],
  innstillingsår: ['Recommendation year', 'The year whose costs are applied for (the recommendation for the current year).'],
  søknadsfrist: ['Deadline', 'Deadline of the recommendation (YYYY-MM-DD).'],
  intensjoner: ['Intentions (a–e)', 'The intentions of the decentralised competence development (a–e): how the plan meets each of them.'],
  'intensjoner.lokale_behov': ['Local needs', 'a) How does the competence development meet local needs, and how is it anchored locally?'],
  'intensjoner.sammenheng': ['Coherence', 'b) How are the measures seen together with other measures and initiatives? Avoid fragmentation, build coherence – and hold on.'],
  'intensjoner.kollektive_prosesser': ['Collective processes', 'c) How is the competence development organised as collective learning processes (school-based competence development)?'],
  'intensjoner.elevstemmen': ['Pupil voice', 'd) How are inquiry into classroom practice and the pupils’ voice a guide in planning, carrying out and assessing the work?'],
  'intensjoner.partnerskap': ['Partnership', 'e) How are planning, carrying out and assessment done in partnership with the university (UH)?'],
  'kompetanseplan:analyse': ['Analysis phase', 'The analysis phase.'],
  'analyse.alle_skoleeiere_involvert': ['All school owners involved', 'The network has analysed and assessed its overall need for competence (all school owners, public and private, have been involved).'],
  'analyse.bygger_på_skoleeiernes_analyser': ['Built on the owners’ analyses', 'The analysis in the network represents the school owners’ analyses and the schools’ school-based assessments.'],
  'analyse.samarbeid_med_up1': ['Together with UP1', 'The analysis, prioritising and planning were done together with development partner 1 (UP1).'],
  up1: ['Development partner 1 (UP1)', 'Name of development partner 1 (UP1), if the analysis was done with UP1.'],
  kompetansebehov: [
    'Competence needs',
    'Competence needs in the network: the priorities the analysis led to. Sketch measures for four years, but cost only the recommendation year.',
  ],
  'kompetansebehov[]': ['Need', 'A prioritised competence need with its measure.'],
  'kompetansebehov[].behov': ['Need', 'The competence need the network has identified.'],
  'kompetansebehov[].prioritet': ['Priority', 'Priority, 1 is highest.'],
  'kompetansebehov[].tiltak': ['Measure', 'The competence measure that meets the need.'],
  'kompetansebehov[].målgruppe': ['Target group', 'Whom the measure is for: teachers, leaders, resource persons, the whole staff ...'],
  'kompetansebehov[].år': ['Years', 'The years of the four-year period the measure runs, for example 2026, 2027.'],
  'kompetansebehov[].up2': ['UP2', 'Development partner 2 (UP2): the provider of the measure.'],
  'kompetansebehov[].kostnad': ['Cost', 'Cost in NOK. Only for the recommendation year.'],
  'kompetansebehov[].sammenheng_med': ['Connection', 'Connection with other ongoing measures, for example the follow-up scheme, the competence boost or IBSM.'],
  egenandel_bekreftet: ['Own contribution', 'We confirm that all municipalities and independent schools in the network meet the requirements for own contribution set by regulation.'],

  tema: ['Topic', 'Briefly, the topic of the measure (this plan).'],
  'skoleplan:innledning': [
    'Introduction',
    'Briefly about decentralised competence development and the background of the school’s plan. Whom does it apply to, and for how long? How does it connect with other and earlier initiatives? Which overall goals shall the competence development help to reach?',
  ],
  rammer: ['Frames for the work', 'Frames for the work: school-based, locally anchored, not fragmented, and with the pupils’ voice in planning, carrying out and evaluation.'],
  'rammer.skolebasert': ['School-based', 'How is the development work organised as school-based competence development (collective learning processes in or between schools)?'],
  'rammer.forankring': ['Anchoring', 'How is the development work anchored locally?'],
  'rammer.sammenheng': ['Coherence', 'How do we keep the development work from fragmenting? How does it connect with other initiatives?'],
  'rammer.elevstemmen': ['Pupil voice', 'How does the development work take care of the pupils’ voice in planning, carrying out and evaluation?'],
  situasjonsbeskrivelse: [
    'Situation',
    'What do we know about where the school stands? What do the results of national tests, mapping tests and exams show? What do teachers and pupils say about learning and teaching at the school? Other knowledge?',
  ],
  'skoleplan:analyse': [
    'Analysis',
    'What connections can we see between the school’s teaching, learning environment and the pupils’ learning and outcomes? Which areas of competence for teachers and pupils should be stressed?',
  ],
  organisering: [
    'Organisation',
    'Describe the roles of those involved (clarifying expectations). Who does what in carrying out the plan? Meeting places and learning arenas (make school-based development visible)? Internal and external partners (UP1 and UP2)?',
  ],
  tegn_på_læring: ['Signs of learning', 'Signs of learning and improvement: what are we succeeding with? What is less successful? Why?'],

  utviklingsområder: ['Areas of development', 'Areas of development and content: what shall the municipality give priority to, and why?'],
  organisering_og_forankring: [
    'Organisation and anchoring',
    'How will we work together within the municipality, with other municipalities and with the university? What network structure fits?',
  ],
  forankringsstrategi: ['Anchoring strategy', 'Strategy for how anchoring towards the political level, and towards the schools and kindergartens, will be done.'],
  'forankringsstrategi.politisk_nivå': ['Political level', 'Strategy for anchoring at the political level: how and when?'],
  'forankringsstrategi.skoler_og_barnehager': ['Schools and kindergartens', 'Strategy for anchoring with the schools and kindergartens: how and when?'],
  'forankringsstrategi.milepæler': ['Milestones', 'Milestones: what must happen before the first gathering, and before the summer?'],
  'forankringsstrategi.milepæler[].dato': ['Date', 'Date of the milestone (YYYY-MM-DD).'],
  'forankringsstrategi.milepæler[].beskrivelse': ['Description', 'What must have happened by this date?'],
  'kommuneplan:gjennomføring': [
    'Carrying out the competence development',
    'How will we recruit and use resource persons? What external competence do we need, and where do we find it? How will we in practice support and follow up the work in kindergartens and schools?',
  ],
  andre_tiltak: ['Other local measures', 'Any other measures at the local level.'],
  finansiering: ['Funding', 'How is the work funded? Apply for funds internally or externally? Own contribution?'],
  utfordringer_og_muligheter: ['Challenges and opportunities', 'Which other issues are important to raise?'],
};

/** The English title and guiding question of a field, if translated. */
export function english(kind: Kind, pattern: string): readonly [string, string] | undefined {
  return EN[`${kind}:${pattern}`] ?? EN[pattern];
}
