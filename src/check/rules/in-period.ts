import type { Path } from '../../load/source.js';
import { dayOf, isRecord, periodOf, rows } from '../plan-data.js';
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
      const day = dayOf(value);
      if (day && (day < period.fra || day > period.til)) {
        report('outside', path, { key: what, date: day, ...period });
      }
    }
  },
});
