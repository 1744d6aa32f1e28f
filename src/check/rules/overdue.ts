import { kindDefinition, type Kind } from '../../kinds/index.js';
import { fieldsAt, yearlyDateFields } from '../../model/tree.js';
import { occurrences, yearlyOf } from '../../util/calendar.js';
import { dayOf, periodOf, rowName, valuesAt } from '../plan-data.js';
import { defineRule } from '../rule.js';

const CLOSED = new Set(['fullført', 'avlyst']);

/** A list of rows with a deadline: the tasks, the annual cycle of a county's long-term plan. */
interface Deadlines {
  pattern: string;
  /** The field a row is named by in messages: `oppgave`, `hva`. */
  name: string;
  /** Its rows have a `status`, so a deadline can be met; the annual cycle's cannot. */
  closable: boolean;
}

const cache = new Map<Kind, Deadlines[]>();

/**
 * The kind's deadlines, from its tree: every date field of a list of rows that may come
 * back every year (`recurringDate`). Meetings, which have a time of day, are not deadlines.
 */
function deadlinesOf(kind: Kind): Deadlines[] {
  let found = cache.get(kind);
  if (!found) {
    found = yearlyDateFields(kindDefinition(kind).sections).flatMap(({ pattern, field, rows }) => {
      if (field.value.type !== 'date' || rows?.value.type !== 'rows') return [];
      const keys = fieldsAt(rows.value.fields);
      const name = keys.find((key) => key.value.type === 'text')?.key ?? field.key;
      return [{ pattern, name, closable: keys.some((key) => key.key === 'status') }];
    });
    cache.set(kind, found);
  }
  return found;
}

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
    ended: {
      nb: '«{list}» har datoer som kommer hvert år, men planen gjaldt til {til}; den siste, «{task}», var {frist}. Forleng perioden eller vedta en ny plan.',
      en: '"{list}" has dates that come every year, but the plan ran to {til}; the last, "{task}", was on {frist}. Extend the period or adopt a new plan.',
    },
  },
  check({ plan, kind, today, report, lang }) {
    const period = periodOf(plan);
    for (const { pattern, name, closable } of deadlinesOf(kind)) {
      // A date of the annual cycle cannot be closed: a day that has passed has simply been.
      // Once the plan has run out, its yearly dates say so, once for the whole cycle.
      let ended: { task: string; frist: string } | undefined;
      for (const { path, value, row, rowPath } of valuesAt(plan, pattern)) {
        if (!row || CLOSED.has(String(row['status']))) continue;
        const task = rowName(row, name, rowPath!, lang);
        if (!closable) {
          const last = period && period.til < today ? lastYearly(value, period, today) : undefined;
          if (last && (!ended || last > ended.frist)) ended = { task, frist: last };
          continue;
        }
        const frist = dayOf(value) ?? lastYearly(value, period, today);
        if (!frist || frist >= today) continue;
        report('late', path, { frist, task, today });
      }
      if (ended && period) {
        const list = pattern.slice(0, pattern.indexOf('[]'));
        report('ended', list.split('.'), { list, til: period.til, ...ended }, 'key');
      }
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
