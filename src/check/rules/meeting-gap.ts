import { occurrences } from '../../util/calendar.js';
import { daysBetween, periodOf, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** About a school term's quarter: longer than this and a network loses its thread. */
export const MAX_GAP_DAYS = 92;

/** Days of July between two days: the summer holiday, when no network meets. */
function julyDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const start = `${year}-07-01` > from ? `${year}-07-01` : from;
    const end = `${year}-07-31` < to ? `${year}-07-31` : to;
    if (start <= end) count += daysBetween(start, end) + (end === to ? 0 : 1);
  }
  return count;
}

export default defineRule({
  id: 'meeting-gap',
  severity: 'warning',
  options: { days: 'number', summer: 'boolean' },
  summary: {
    nb: `Mer enn ${MAX_GAP_DAYS} dager (utenom juli) mellom to møter i tidsplanen.`,
    en: `More than ${MAX_GAP_DAYS} days (July aside) between two meetings in the schedule.`,
  },
  messages: {
    gap: {
      nb: '{days} dager siden forrige møte ({previous}){summer}; sett av faste og jevnlige møtepunkter (høyst {max} dager mellom).',
      en: '{days} days since the previous meeting ({previous}){summer}; set regular meeting points (at most {max} days apart).',
    },
  },
  // The limit is `days` in the config (`meeting-gap: [warning, { days: 120 }]`); the summer
  // holiday does not count unless `summer: true`.
  check({ plan, options, lang, report }) {
    const max = typeof options['days'] === 'number' && options['days'] > 0 ? options['days'] : MAX_GAP_DAYS;
    const countSummer = options['summer'] === true;
    const period = periodOf(plan);
    const dated = rows(plan, 'tidsplan')
      .flatMap(({ row, path }) => occurrences(row['dato'], period).map((day) => ({ path, day })))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (let i = 1; i < dated.length; i++) {
      const previous = dated[i - 1]!;
      const current = dated[i]!;
      const july = countSummer ? 0 : julyDaysBetween(previous.day, current.day);
      const days = daysBetween(previous.day, current.day) - july;
      if (days <= max) continue;
      const summer = july > 0 ? ({ nb: ', juli ikke medregnet', nn: ', juli ikkje rekna med', en: ', July not counted' }[lang]) : '';
      report('gap', current.path, { days, previous: previous.day, max, summer });
    }
  },
});
