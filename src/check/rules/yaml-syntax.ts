import { defineRule } from '../rule.js';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  summary: { nb: 'Filen er ikke gyldig YAML.', en: 'The file is not well-formed YAML.' },
  messages: {
    yaml: {
      nb: 'Ugyldig YAML: {detail}. Rett opp linjen (innrykk med mellomrom, ikke tabulator; kolon etter nøkler).',
      en: 'Invalid YAML: {detail}. Fix the line (indent with spaces, not tabs; a colon after keys).',
    },
    binary: {
      nb: 'Filen er binær, ikke tekst. En plan er en YAML-tekstfil.',
      en: 'The file is binary, not text. A plan is a YAML text file.',
    },
    encoding: {
      nb: 'Filen er ikke UTF-8. Lagre den som UTF-8 i redigeringsprogrammet.',
      en: 'The file is not UTF-8. Save it as UTF-8 in your editor.',
    },
    tooLarge: {
      nb: 'Filen er {size} stor; en plan er sjelden over 100 kB. Sjekk at det er riktig fil.',
      en: 'The file is {size}; a plan is rarely over 100 kB. Check that this is the right file.',
    },
    aliases: {
      nb: 'For mange YAML-alias (&/*): filen ville blitt for stor å lese. Skriv ut innholdet i stedet for å gjenbruke det med alias.',
      en: 'Too many YAML aliases (&/*): the file would expand too far to read. Write the content out instead of reusing it through aliases.',
    },
  },
});
