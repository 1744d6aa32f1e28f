import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'task-owner',
  severity: 'error',
  summary: { nb: 'En oppgave har ingen ansvarlig.', en: 'A task has no owner (ansvarlig).' },
  messages: {
    missing: {
      nb: 'Oppgaven «{task}» har ingen ansvarlig; skriv hvem som har ansvaret.',
      en: 'Task "{task}" has no owner; write who is responsible (ansvarlig).',
    },
  },
  check({ plan, report, lang }) {
    for (const { row, path } of rows(plan, 'oppgaver')) {
      if (!isBlank(row['ansvarlig'])) continue;
      const task = rowName(row, 'oppgave', path, lang);
      report('missing', [...path, 'ansvarlig'], { task }, row['ansvarlig'] === undefined ? 'node' : 'key');
    }
  },
});
