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
    invisible: {
      nb: 'Nøkkelen «{key}» har et usynlig tegn ({chars}), så den er ikke «{suggestion}» selv om den ser slik ut. Slett tegnet.',
      en: 'The key "{key}" holds an invisible character ({chars}), so it is not "{suggestion}" though it looks like it. Delete the character.',
    },
    invisiblePlain: {
      nb: 'Nøkkelen «{key}» har et usynlig tegn ({chars}) og er ukjent. Slett tegnet, og sjekk stavemåten.',
      en: 'The key "{key}" holds an invisible character ({chars}) and is unknown. Delete the character, and check the spelling.',
    },
  },
});
