import { defineRule } from '../rule.js';

export default defineRule({
  id: 'unused-directive',
  severity: 'warning',
  summary: {
    nb: 'En «# dekom-disable»-kommentar demper ingenting og kan fjernes.',
    en: 'A "# dekom-disable" comment silences nothing and can be removed.',
  },
  messages: {
    unused: {
      nb: '«dekom-{kind}{rules}» demper ingen problemer her; fjern kommentaren.',
      en: '"dekom-{kind}{rules}" silences no problem here; remove the comment.',
    },
    unknownRule: {
      nb: 'Ukjent regel «{id}» i kommentaren{hint}; den demper ingenting. «dekom rules» lister reglene.',
      en: 'Unknown rule "{id}" in the comment{hint}; it silences nothing. "dekom rules" lists the rules.',
    },
  },
});
