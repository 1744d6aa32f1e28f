import { dayOf, rowName, rows } from '../plan-data.js';
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
  check({ plan, today, report }) {
    for (const { row, path } of rows(plan, 'oppgaver')) {
      const frist = dayOf(row['frist']);
      if (!frist || frist >= today || CLOSED.has(String(row['status']))) continue;
      const task = rowName(row, 'oppgave', path);
      report('late', [...path, 'frist'], { frist, task, today });
    }
  },
});
