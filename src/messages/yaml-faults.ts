/** The `yaml-syntax` rule's words: a file that cannot be read as a plan, told in the author's terms. */
export const YAML_FAULT_MESSAGES = {
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
    colonInText: {
      nb: 'Teksten etter «{key}:» har et kolon med mellomrom etter, og da leser YAML den som en ny nøkkel. Sett teksten i anførselstegn: {quoted}',
      en: 'The text after "{key}:" has a colon followed by a space, so YAML reads it as a new key. Put the text in quotes: {quoted}',
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
    nul: {
      nb: 'Her står et NUL-tegn (byte 0), som ikke hører hjemme i tekst; ofte er filen skadet eller limt sammen av et annet program. Slett tegnet.',
      en: 'There is a NUL character (byte 0) here, which has no place in text; often the file is damaged or was pieced together by another program. Delete the character.',
    },
    encoding: {
      nb: 'Filen er ikke UTF-8. Lagre den som UTF-8 i redigeringsprogrammet.',
      en: 'The file is not UTF-8. Save it as UTF-8 in your editor.',
    },
    encodingAt: {
      nb: 'Filen er ikke UTF-8: byten på linje {line}, kolonne {column} er ugyldig (kanskje er filen Latin-1 eller Windows-1252). Lagre den som UTF-8 i redigeringsprogrammet, eller gjør den om med «iconv -f WINDOWS-1252 -t UTF-8 plan.yaml > ny.yaml».',
      en: 'The file is not UTF-8: the byte at line {line}, column {column} is invalid (perhaps the file is Latin-1 or Windows-1252). Save it as UTF-8 in your editor, or convert it with "iconv -f WINDOWS-1252 -t UTF-8 plan.yaml > new.yaml".',
    },
    encodingNamed: {
      nb: 'Filen er lagret som {encoding}, ikke UTF-8. Lagre den som UTF-8 i redigeringsprogrammet, eller gjør den om med «iconv -f {encoding} -t UTF-8 plan.yaml > ny.yaml».',
      en: 'The file is saved as {encoding}, not UTF-8. Save it as UTF-8 in your editor, or convert it with "iconv -f {encoding} -t UTF-8 plan.yaml > new.yaml".',
    },
    tooLarge: {
      nb: 'Filen er {size} stor; en plan er sjelden over 100 kB. Sjekk at det er riktig fil.',
      en: 'The file is {size}; a plan is rarely over 100 kB. Check that this is the right file.',
    },
    aliases: {
      nb: 'YAML-aliasene (*navn) gjentar innhold til mer enn {max} verdier, og filen ville blitt for stor å lese. Skriv ut innholdet i stedet for å gjenbruke det med alias.',
      en: 'The YAML aliases (*name) repeat content to more than {max} values, and the file would expand too far to read. Write the content out instead of reusing it through aliases.',
    },
    undefinedAlias: {
      nb: 'Aliaset «*{name}» viser til ankeret «&{name}», som ikke er satt før det. Sett ankeret først, eller skriv verdien ut.',
      en: 'The alias "*{name}" refers to the anchor "&{name}", which is not set before it. Set the anchor first, or write the value out.',
    },
    cycle: {
      nb: 'Aliaset «*{name}» står inne i det ankeret «&{name}» gjelder, så innholdet ville inneholde seg selv uten ende. Skriv innholdet ut i stedet for aliaset.',
      en: 'The alias "*{name}" stands inside what the anchor "&{name}" marks, so the content would contain itself without end. Write the content out instead of the alias.',
    },
    limitLines: {
      nb: 'Filen har mer enn {max} linjer; en plan har noen hundre. Sjekk at det er riktig fil, eller del planen opp.',
      en: 'The file has more than {max} lines; a plan has a few hundred. Check that this is the right file, or split the plan.',
    },
    limitTokens: {
      nb: 'Filen har mer enn {max} YAML-tegn (verdier, skilletegn, klammer og kommentarer); en plan har et par tusen. Sjekk at det er riktig fil.',
      en: 'The file has more than {max} YAML tokens (values, separators, brackets and comments); a plan has a couple of thousand. Check that this is the right file.',
    },
    limitNodes: {
      nb: 'Filen har mer enn {max} YAML-verdier (nøkler, verdier og listepunkter); en plan har noen hundre. Sjekk at det er riktig fil, eller del planen opp.',
      en: 'The file has more than {max} YAML values (keys, values and list items); a plan has a few hundred. Check that this is the right file, or split the plan.',
    },
    limitDepth: {
      nb: 'Verdiene her er nøstet mer enn {max} nivåer dypt; en plan har bare noen få nivåer. Sjekk innrykket og klammene.',
      en: 'The values here are nested more than {max} levels deep; a plan has only a few levels. Check the indentation and the brackets.',
    },
    limitEntries: {
      nb: 'Listen eller tabellen her har mer enn {max} punkter; det er flere enn dekom leser i én liste. Del planen opp.',
      en: 'The list or mapping here has more than {max} entries, more than dekom reads in one list. Split the plan.',
    },
  } as const;
