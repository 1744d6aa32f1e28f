import { kindDefinition, type Kind } from '../../kinds/index.js';
import { yearlyDateFields } from '../../model/tree.js';
import { occurrences, yearlyOf } from '../../util/calendar.js';
import { isRecord, periodOf, valuesAt } from '../plan-data.js';
import { defineRule } from '../rule.js';

/**
 * Goals' deadlines and a kommuneplan's anchoring milestones, which are plain dates; the
 * dates that may recur (tasks, meetings, the county's annual cycle) are found in the kind's
 * tree. A partnership agreement's term, or a measure's duration, may well reach past the plan.
 */
const PLAIN = ['mål[].frist', 'forankringsstrategi.milepæler[].dato'];

const patterns = new Map<Kind, string[]>();

function datedPatterns(kind: Kind): string[] {
  let found = patterns.get(kind);
  if (!found) {
    found = [...new Set([...PLAIN, ...yearlyDateFields(kindDefinition(kind).sections).map(({ pattern }) => pattern)])];
    patterns.set(kind, found);
  }
  return found;
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
  check({ plan, kind, report }) {
    const period = periodOf(plan);
    if (!period) return;
    const dated = datedPatterns(kind).flatMap((pattern) => valuesAt(plan, pattern).map((found) => ({ ...found, what: pattern.split('.').at(-1)! })));
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
