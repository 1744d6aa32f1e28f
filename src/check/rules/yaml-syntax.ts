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
    quote: {
      nb: 'Anførselstegnet som begynner her, blir aldri avsluttet ({detail}). Avslutt teksten med samme tegn.',
      en: 'The quote that starts here is never closed ({detail}). End the text with the same character.',
    },
    tab: {
      nb: 'Tabulator brukt som innrykk; YAML krever mellomrom ({detail}).',
      en: 'A tab is used for indentation; YAML needs spaces ({detail}).',
    },
    indent: {
      nb: 'Feil innrykk: linjen står ikke under riktig nøkkel ({detail}).',
      en: 'Wrong indentation: the line does not sit under the right key ({detail}).',
    },
    duplicateKey: {
      nb: 'Samme nøkkel står to ganger i samme del; slå dem sammen ({detail}).',
      en: 'The same key appears twice in one mapping; merge them ({detail}).',
    },
    colon: {
      nb: 'Mangler mellomrom etter kolon, eller en tekst med kolon må stå i anførselstegn ({detail}).',
      en: 'A space is missing after a colon, or text containing a colon must be quoted ({detail}).',
    },
    multipleDocs: {
      nb: 'Filen har flere YAML-dokumenter (---); en plan er ett dokument.',
      en: 'The file holds several YAML documents (---); a plan is one document.',
    },
    tooDeep: {
      nb: 'Filen er nøstet for dypt til å leses; en plan har bare noen få nivåer.',
      en: 'The file is nested too deeply to read; a plan has only a few levels.',
    },
    word: {
      nb: 'Filen er et Word-dokument, ikke en YAML-plan. Hent planen inn med «dekom import {file}», som skriver den som YAML.',
      en: 'The file is a Word document, not a YAML plan. Bring the plan in with "dekom import {file}", which writes it as YAML.',
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
