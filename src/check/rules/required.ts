import { isBlank } from '../plan-data.js';
import { defineRule } from '../rule.js';
import { formatPath } from '../../load/source.js';
import { walkFields } from '../../model/walk.js';

export default defineRule({
  id: 'required',
  severity: 'error',
  // Only in part: a left-out key (required), a colon in a text (yaml-syntax); see the rule's page.
  fixable: true,
  summary: { nb: 'Et påkrevd felt eller en påkrevd del mangler eller er tom.', en: 'A required key or section is missing or blank.' },
  messages: {
    missing: { nb: 'Mangler påkrevd «{key}».', en: 'Missing required "{key}".' },
    missingEither: { nb: 'Mangler påkrevd «{key}» (eller «{instead}»).', en: 'Missing required "{key}" (or "{instead}").' },
    blank: { nb: '«{key}» er tom; fyll den ut.', en: '"{key}" is blank; fill it in.' },
    notPlan: {
      nb: 'Filen mangler «dekom: 1» øverst, så den er ikke en dekom-plan. Lag en med «dekom init».',
      en: 'The file lacks "dekom: 1" at the top, so it is not a dekom plan. Create one with "dekom init".',
    },
    noType: {
      nb: 'Mangler «type»: {kinds}.',
      en: 'Missing "type": {kinds}.',
    },
  },
  check({ plan, schema, report }) {
    walkFields(schema, plan, (field) => {
      if (!field.required || !isBlank(field.value)) return;
      const args = { key: field.key, path: formatPath(field.path) };
      // A key written with no value is placed at the key; a key left out, at its mapping.
      if (field.value === undefined) report(field.instead ? 'missingEither' : 'missing', field.path, { ...args, instead: field.instead ?? '' });
      else report('blank', field.path, args, 'key');
    });
  },
});

