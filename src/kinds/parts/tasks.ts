import { choice, field, list, recurringDate, rows, text, type Field, type Options } from '../../model/define.js';

/** A task's status, with what a document calls each. */
export const TASK_STATUSES: Options = {
  planlagt: { nb: 'planlagt', nn: 'planlagd', en: 'planned' },
  pågår: { nb: 'pågår', nn: 'pågår', en: 'in progress' },
  fullført: { nb: 'fullført', nn: 'fullført', en: 'completed' },
  avlyst: { nb: 'avlyst', nn: 'avlyst', en: 'cancelled' },
};

/** Words authors write for a status, read as the status. */
const STATUS_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  planlagt: ['planlegges', 'ikke startet', 'ikke påbegynt', 'ny', 'planned', 'todo'],
  pågår: ['pågående', 'i gang', 'igang', 'startet', 'påbegynt', 'underveis', 'in progress'],
  fullført: ['ferdig', 'gjennomført', 'utført', 'avsluttet', 'levert', 'done', 'completed'],
  avlyst: ['kansellert', 'utgår', 'utgått', 'droppet', 'cancelled', 'canceled'],
};

/** `oppgaver`: the table "Oppgaver – Beskrivelse – Ansvar – Frister". */
export const tasks: Field = field(
  'oppgaver',
  rows(
    { nb: { a: 'en oppgave', one: 'Oppgave' }, nn: { a: 'ei oppgåve', one: 'Oppgåve' }, en: { a: 'a task', one: 'Task' } },
    [
      field('oppgave', text(), {
        title: { nb: 'Oppgave', nn: 'Oppgåve', en: 'Task' },
        help: { nb: 'Oppgaven: kort tittel.', nn: 'Oppgåva: kort tittel.', en: 'The task: a short title.' },
      }),
      field('beskrivelse', text(), {
        presence: 'recommended',
        title: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
        help: { nb: 'Hva skal gjøres?', nn: 'Kva skal gjerast?', en: 'What is to be done?' },
      }),
      field('ansvarlig', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Owner' },
        help: { nb: 'Hvem har ansvaret?', nn: 'Kven har ansvaret?', en: 'Who is responsible?' },
        ask: { people: true },
      }),
      field('frist', recurringDate(), {
        presence: 'recommended',
        title: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
        help: {
          nb: 'Når skal det være gjennomført? (ÅÅÅÅ-MM-DD, eller «årlig: 03-15» for en frist som kommer igjen hvert år)',
          nn: 'Når skal det vere gjennomført? (ÅÅÅÅ-MM-DD, eller «årlig: 03-15» for ein frist som kjem att kvart år)',
          en: 'When is it to be done? (YYYY-MM-DD, or "årlig: 03-15" for a deadline that comes back every year)',
        },
      }),
      field('status', choice(TASK_STATUSES, STATUS_SYNONYMS), {
        presence: 'optional',
        title: { nb: 'Status', nn: 'Status', en: 'Status' },
        help: {
          nb: 'Status: planlagt (standard), pågår, fullført eller avlyst.',
          nn: 'Status: planlagt (standard), pågår, fullført eller avlyst.',
          en: 'Status: planlagt (planned, default), pågår (in progress), fullført (done) or avlyst (cancelled).',
        },
        ask: { default: 'planlagt' },
      }),
      field('mål', list(text()), {
        presence: 'optional',
        title: { nb: 'Mål', nn: 'Mål', en: 'Goals' },
        help: { nb: 'Id-ene til målene oppgaven bidrar til, for eksempel [M1].', nn: 'Id-ane til måla oppgåva bidreg til, til dømes [M1].', en: 'The ids of the goals the task contributes to, for example [M1].' },
        ask: { goals: true },
      }),
    ],
    { rowHelp: { nb: 'En rad i tabellen Oppgaver – Beskrivelse – Ansvar – Frister.', nn: 'Ei rad i tabellen Oppgåver – Skildring – Ansvar – Fristar.', en: 'A row of the table Tasks – Description – Owner – Deadline.' } },
  ),
  {
    title: { nb: 'Oppgaver, tidsfrister og ansvar', nn: 'Oppgåver, tidsfristar og ansvar', en: 'Tasks, deadlines and responsibilities' },
    help: {
      nb: 'Tabelloversikt over oppgaver, tidsfrister og ansvar: hva skal gjøres, hvem har ansvaret, og når skal det gjennomføres?',
      nn: 'Tabelloversikt over oppgåver, tidsfristar og ansvar: kva skal gjerast, kven har ansvaret, og når skal det gjennomførast?',
      en: 'Table of tasks, deadlines and responsibility: what is to be done, who is responsible, and when will it be done?',
    },
    show: { partial: 'tasks' },
  },
);
