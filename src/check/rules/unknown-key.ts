import { defineRule } from '../rule.js';

export default defineRule({
  id: 'unknown-key',
  severity: 'warning',
  summary: {
    nb: 'En nøkkel planformatet ikke kjenner; foreslår nærmeste kjente nøkkel.',
    en: 'A key the plan format does not know; suggests the nearest known key.',
  },
  messages: {
    suggest: { nb: 'Ukjent nøkkel «{key}». Mente du «{suggestion}»?', en: 'Unknown key "{key}". Did you mean "{suggestion}"?' },
    plain: { nb: 'Ukjent nøkkel «{key}». Kjente nøkler her: {known}.', en: 'Unknown key "{key}". Known keys here: {known}.' },
  },
});
