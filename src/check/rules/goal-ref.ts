import { rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'goal-ref',
  severity: 'error',
  summary: {
    nb: 'En oppgave viser til et mål som ikke finnes, eller to mål har samme id.',
    en: 'A task refers to a goal id the plan lacks, or two goals share an id.',
  },
  messages: {
    unknown: {
      nb: 'Oppgaven viser til målet «{id}», men planen har ikke noe mål med den id-en{known}.',
      en: 'The task refers to goal "{id}", but the plan has no goal with that id{known}.',
    },
    duplicate: {
      nb: 'Id-en «{id}» er brukt av et annet mål før; gi hvert mål sin egen id.',
      en: 'The id "{id}" is already used by another goal; give each goal its own id.',
    },
  },
  check({ plan, report, }) {
    const ids = new Set<string>();
    for (const { row, path } of rows(plan, 'mål')) {
      const id = row['id'];
      if (typeof id !== 'string' || id.trim() === '') continue;
      if (ids.has(id)) report('duplicate', [...path, 'id'], { id });
      ids.add(id);
    }
    const known = ids.size > 0 ? ` (${[...ids].join(', ')})` : '';
    for (const { row, path } of rows(plan, 'oppgaver')) {
      const refs = row['mål'];
      if (!Array.isArray(refs)) continue;
      refs.forEach((ref, index) => {
        if (typeof ref === 'string' && !ids.has(ref)) report('unknown', [...path, 'mål', index], { id: ref, known });
      });
    }
  },
});
