import type { Path } from '../../load/source.js';
import { occurrences, yearlyOf } from '../../util/calendar.js';
import { isRecord, periodOf, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** A kommuneplan's anchoring milestones are deadlines too. */
function milestones(plan: Record<string, unknown>): Array<{ path: Path; value: unknown; what: string }> {
  const strategy = plan['forankringsstrategi'];
  if (!isRecord(strategy)) return [];
  return rows(strategy, 'milepæler').map(({ row, path }) => ({ path: ['forankringsstrategi', ...path, 'dato'], value: row['dato'], what: 'dato' }));
}

export default defineRule({
  id: 'in-period',
  severity: 'warning',
  summary: {
    nb: 'En frist, et møte eller en milepæl ligger utenfor planens periode.',
    en: 'A deadline, meeting or milestone lies outside the plan period.',
  },
  messages: {
    outside: {
      nb: '«{key}» {date} ligger utenfor perioden {fra} – {til}.',
      en: '"{key}" {date} lies outside the period {fra} – {til}.',
    },
    never: {
      nb: '«{key}» hvert år {date} faller aldri innenfor perioden {fra} – {til}.',
      en: '"{key}" every year on {date} never falls within the period {fra} – {til}.',
    },
  },
  check({ plan, report }) {
    const period = periodOf(plan);
    if (!period) return;
    const dated: Array<{ path: Path; value: unknown; what: string }> = [
      ...rows(plan, 'mål').map(({ row, path }) => ({ path: [...path, 'frist'], value: row['frist'], what: 'frist' })),
      ...rows(plan, 'oppgaver').map(({ row, path }) => ({ path: [...path, 'frist'], value: row['frist'], what: 'frist' })),
      ...rows(plan, 'tidsplan').map(({ row, path }) => ({ path: [...path, 'dato'], value: row['dato'], what: 'dato' })),
      ...milestones(plan),
    ];
    for (const { path, value, what } of dated) {
      // A yearly date is inside when one of its days is; a plain date has just the one.
      const days = occurrences(value, period);
      if (isRecord(value)) {
        // A yearly date of the wrong form is the schema's to report.
        if (days.length === 0 && yearlyOf(value)) report('never', path, { key: what, date: value['årlig'] as string, ...period });
        continue;
      }
      const day = days[0];
      if (day && (day < period.fra || day > period.til)) report('outside', path, { key: what, date: day, ...period });
    }
  },
});
