import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'task-deadline',
  severity: 'error',
  summary: { nb: 'En oppgave har ingen frist.', en: 'A task has no deadline (frist).' },
  messages: {
    missing: {
      nb: 'Oppgaven «{task}» har ingen frist; skriv når den skal være gjennomført (ÅÅÅÅ-MM-DD).',
      en: 'Task "{task}" has no deadline; write when it is to be done (frist, YYYY-MM-DD).',
    },
  },
  check({ plan, report, lang }) {
    for (const { row, path } of rows(plan, 'oppgaver')) {
      if (!isBlank(row['frist'])) continue;
      const task = rowName(row, 'oppgave', path, lang);
      report('missing', [...path, 'frist'], { task }, row['frist'] === undefined ? 'node' : 'key');
    }
  },
});
