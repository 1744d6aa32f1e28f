import { occurrences, yearlyOf } from '../../util/calendar.js';
import { dayOf, periodOf, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

const CLOSED = new Set(['fullført', 'avlyst']);

export default defineRule({
  id: 'overdue',
  severity: 'warning',
  summary: {
    nb: 'En oppgave som ikke er fullført eller avlyst, har frist før i dag.',
    en: 'A task not fullført or avlyst has a deadline before today.',
  },
  messages: {
    late: {
      nb: 'Fristen {frist} for «{task}» er passert ({today}); sett status til fullført eller avlyst, eller flytt fristen.',
      en: 'The deadline {frist} for "{task}" has passed ({today}); set status to fullført or avlyst, or move the deadline.',
    },
  },
  check({ plan, today, report, lang }) {
    const period = periodOf(plan);
    for (const { row, path } of rows(plan, 'oppgaver')) {
      if (CLOSED.has(String(row['status']))) continue;
      const frist = dayOf(row['frist']) ?? lastYearly(row['frist'], period, today);
      if (!frist || frist >= today) continue;
      const task = rowName(row, 'oppgave', path, lang);
      report('late', [...path, 'frist'], { frist, task, today });
    }
  },
});

/**
 * A yearly deadline is due again next year, so it is not late while the plan runs; once the
 * period is over and no day of it is left, its last day in the period has passed.
 */
function lastYearly(value: unknown, period: { fra: string; til: string } | undefined, today: string): string | undefined {
  if (!yearlyOf(value) || !period) return undefined;
  const days = occurrences(value, period);
  return days.some((day) => day >= today) ? undefined : days.at(-1);
}
