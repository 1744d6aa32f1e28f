import { formatMessage, type MessageArgs } from './format.js';
import type { Lang } from './catalogue.js';
import { nnImport } from './nn/import.js';

/** What `import` says on the command line (bokmål, nynorsk or English, like every other message). */
const messagesNb = {
  notZip: '«{file}» er ikke et Word-dokument (.docx). Lagre dokumentet som .docx i Word, og importer det på nytt.',
  legacyDoc: '«{file}» er et eldre Word-dokument (.doc). Åpne det i Word, velg Lagre som → Word-dokument (.docx), og importer den nye filen.',
  notDocx: '«{file}» er en zip-fil, men ikke et Word-dokument: word/document.xml mangler. Lagre dokumentet som .docx i Word.',
  unknownKind: 'Kan ikke avgjøre plantypen til «{file}» ut fra overskriftene. Oppgi den med --type, en av: {kinds}.',
  sameAsInput: '«{path}» er selve dokumentet; velg et annet filnavn for planen.',
  tooLarge: '«{file}» er {size} stor; et Word-dokument med en plan er sjelden over {max}. Sjekk at det er riktig fil, eller lagre det uten store bilder.',
  'by.type': 'oppgitt med --type',
  'by.document': 'plantypen står i dokumentet',
  'by.headings': 'gjenkjent på {count} overskrifter',
  read: 'Leste «{file}» som {kind} ({how}).',
  written: 'Skrev «{file}».',
  sections: 'Deler funnet',
  sectionsCount: '{found} av {total}',
  missing: 'Ikke i dokumentet',
  rows: 'Rader lest',
  rowsNone: 'ingen',
  dates: 'Datoer tolket',
  datesNone: 'ingen; alle datoer sto som vanlige datoer',
  placeholders: 'Tomme innholdskontroller',
  placeholdersCount: '{count} («Klikk eller trykk her …», «Velg et element»): står tomme, så «dekom check» melder dem',
  guidance: 'Veiledning fra malen',
  guidanceCount: '{count} avsnitt utelatt',
  unmapped: 'Tekst uten plass',
  unmappedNone: 'ingen',
  unmappedCount: '{count} {word} lagt i merknader',
  'word.block.one': 'del',
  'word.block.many': 'deler',
  under: 'under «{heading}»',
  before: 'før første overskrift',
  check: 'Sjekk av den nye planen:',
  'next.title': 'Neste steg:',
  'next.edit': 'Fyll inn det som mangler i {file}, og flytt merknadene dit de hører hjemme.',
  'next.check': 'sjekk planen igjen',
  'next.render': 'lag et nytt Word-dokument fra planen',
  stdoutNote: 'Planen ble skrevet til standard ut.',
  interpreted: 'tolket fra «{original}»',
} as const;

export type ImportMessageKey = keyof typeof messagesNb;

const messagesEn: Record<ImportMessageKey, string> = {
  notZip: '"{file}" is not a Word document (.docx). Save the document as .docx in Word, and import it again.',
  legacyDoc: '"{file}" is an older Word document (.doc). Open it in Word, choose Save As → Word Document (.docx), and import the new file.',
  notDocx: '"{file}" is a zip file but not a Word document: word/document.xml is missing. Save the document as .docx in Word.',
  unknownKind: 'Cannot tell the plan type of "{file}" from its headings. Name it with --type, one of: {kinds}.',
  sameAsInput: '"{path}" is the document itself; choose another file name for the plan.',
  tooLarge: '"{file}" is {size}; a Word document holding a plan is rarely over {max}. Check that this is the right file, or save it without large pictures.',
  'by.type': 'named by --type',
  'by.document': 'the document names its plan type',
  'by.headings': 'recognised by {count} headings',
  read: 'Read "{file}" as {kind} ({how}).',
  written: 'Wrote "{file}".',
  sections: 'Sections found',
  sectionsCount: '{found} of {total}',
  missing: 'Not in the document',
  rows: 'Rows read',
  rowsNone: 'none',
  dates: 'Dates interpreted',
  datesNone: 'none; every date was written as a plain date',
  placeholders: 'Empty content controls',
  placeholdersCount: '{count} ("Klikk eller trykk her …", "Velg et element"): left empty, so "dekom check" reports them',
  guidance: 'Template guidance',
  guidanceCount: '{count} paragraphs left out',
  unmapped: 'Text without a place',
  unmappedNone: 'none',
  unmappedCount: '{count} {word} kept in merknader',
  'word.block.one': 'part',
  'word.block.many': 'parts',
  under: 'under "{heading}"',
  before: 'before the first heading',
  check: 'Check of the new plan:',
  'next.title': 'Next steps:',
  'next.edit': 'Fill in what is missing in {file}, and move the notes where they belong.',
  'next.check': 'check the plan again',
  'next.render': 'make a new Word document from the plan',
  stdoutNote: 'The plan was written to standard output.',
  interpreted: 'read from "{original}"',
};

const MESSAGES: Readonly<Record<Lang, Record<ImportMessageKey, string>>> = { nb: messagesNb, nn: nnImport, en: messagesEn };

export function importMessage(lang: Lang, key: ImportMessageKey, args?: MessageArgs): string {
  return formatMessage(MESSAGES[lang][key], args);
}
