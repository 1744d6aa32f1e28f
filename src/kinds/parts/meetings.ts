import { dateTime, field, recurringDateTime, rows, text, type Field } from '../../model/define.js';

/** `tidsplan`: the table "Dato og tidspunkt – Hvem – Gjennomføring". */
export const meetings: Field = field(
  'tidsplan',
  rows(
    {
      nb: { a: 'et møte eller en samling', one: 'Møte' },
      nn: { a: 'eit møte eller ei samling', one: 'Møte' },
      en: { a: 'a meeting', one: 'Meeting' },
    },
    [
      field('dato', recurringDateTime(), {
        title: { nb: 'Dato', nn: 'Dato', en: 'Date' },
        help: {
          nb: 'Dato og tidspunkt: ÅÅÅÅ-MM-DD, eller med klokkeslett som 2026-09-15T09:00; «årlig: 09-15» for et møte hvert år.',
          nn: 'Dato og tidspunkt: ÅÅÅÅ-MM-DD, eller med klokkeslett som 2026-09-15T09:00; «årlig: 09-15» for eit møte kvart år.',
          en: 'Date and time (YYYY-MM-DD or YYYY-MM-DDTHH:MM); "årlig: 09-15" for a meeting every year.',
        },
      }),
      field('slutt', dateTime(), {
        presence: 'optional',
        title: { nb: 'Slutt', nn: 'Slutt', en: 'End' },
        help: {
          nb: 'Når møtet eller samlingen slutter, for eksempel 2026-09-15T15:00.',
          nn: 'Når møtet eller samlinga sluttar, til dømes 2026-09-15T15:00.',
          en: 'When the meeting or gathering ends (YYYY-MM-DDTHH:MM).',
        },
        ask: { after: 'dato' },
      }),
      field('hvem', text(), {
        title: { nb: 'Hvem', nn: 'Kven', en: 'Who' },
        help: { nb: 'Hvem? Prosjektgruppe, nettverkssamling, ledersamling osv.', nn: 'Kven? Prosjektgruppe, nettverkssamling, leiarsamling osb.', en: 'Who? Project group, network gathering, leaders’ gathering and so on.' },
      }),
      field('sted', text(), {
        presence: 'recommended',
        title: { nb: 'Sted', nn: 'Stad', en: 'Place' },
        help: { nb: 'Hvor foregår det?', nn: 'Kvar går det føre seg?', en: 'Where does it take place?' },
      }),
      field('innhold', text(), {
        presence: 'recommended',
        title: { nb: 'Innhold', nn: 'Innhald', en: 'Content' },
        help: { nb: 'Hva er planlagt innhold i samlingen?', nn: 'Kva er planlagt innhald i samlinga?', en: 'What is the planned content of the gathering?' },
      }),
      field('ansvarlig', text(), {
        presence: 'recommended',
        title: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
        help: { nb: 'Hvem er ansvarlig?', nn: 'Kven er ansvarleg?', en: 'Who is responsible?' },
        ask: { people: true },
      }),
      field('forberedelser', text(), {
        presence: 'optional',
        title: { nb: 'Forberedelser', nn: 'Førebuingar', en: 'Preparation' },
        help: { nb: 'Hvilke forberedelser må gjøres?', nn: 'Kva førebuingar må gjerast?', en: 'What must be prepared?' },
      }),
    ],
    { rowHelp: { nb: 'En rad i tidsplanen: Dato og tidspunkt – Hvem – Gjennomføring.', nn: 'Ei rad i tidsplanen: Dato og tidspunkt – Kven – Gjennomføring.', en: 'A row of the schedule: Date and time – Who – How.' } },
  ),
  {
    title: { nb: 'Tidsplan for samlinger og møter', nn: 'Tidsplan for samlingar og møte', en: 'Schedule of gatherings and meetings' },
    help: {
      nb: 'Tidsplan med oversikt over planlagte samlinger og møter: dato og tidspunkt, hvem, og gjennomføring (hvor, hva, hvem er ansvarlig, hvilke forberedelser må gjøres).',
      nn: 'Tidsplan med oversikt over planlagde samlingar og møte: dato og tidspunkt, kven, og gjennomføring (kvar, kva, kven er ansvarleg, kva førebuingar må gjerast).',
      en: 'Schedule of planned gatherings and meetings: date and time, who, and how (where, what, who is responsible, what must be prepared).',
    },
    show: { partial: 'meetings' },
  },
);
