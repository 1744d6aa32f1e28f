import { dayOf, daysBetween, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** About a school term's quarter: longer than this and a network loses its thread. */
export const MAX_GAP_DAYS = 92;

export default defineRule({
  id: 'meeting-gap',
  severity: 'warning',
  summary: {
    nb: `Mer enn ${MAX_GAP_DAYS} dager mellom to møter i tidsplanen.`,
    en: `More than ${MAX_GAP_DAYS} days between two meetings in the schedule.`,
  },
  messages: {
    gap: {
      nb: '{days} dager siden forrige møte ({previous}); sett av faste og jevnlige møtepunkter (høyst {max} dager mellom).',
      en: '{days} days since the previous meeting ({previous}); set regular meeting points (at most {max} days apart).',
    },
  },
  check({ plan, report }) {
    const dated = rows(plan, 'tidsplan')
      .map(({ row, path }) => ({ path, day: dayOf(row['dato']) }))
      .filter((meeting): meeting is { path: typeof meeting.path; day: string } => meeting.day !== undefined)
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (let i = 1; i < dated.length; i++) {
      const previous = dated[i - 1]!;
      const current = dated[i]!;
      const days = daysBetween(previous.day, current.day);
      if (days > MAX_GAP_DAYS) report('gap', current.path, { days, previous: previous.day, max: MAX_GAP_DAYS });
    }
  },
});
