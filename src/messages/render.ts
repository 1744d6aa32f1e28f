import { formatMessage, type MessageArgs } from './format.js';
import type { Lang } from './catalogue.js';
import { nnRender } from './nn/render.js';

/** What `render` says on the command line (bokmål or English, like every other message). */
const messagesNb = {
  docxToStdout: 'Et Word-dokument kan ikke skrives til standard ut; oppgi en fil med --output, for eksempel -o plan.docx.',
  unknownExtension: 'Kan ikke avgjøre formatet ut fra filnavnet «{path}»; bruk --format md eller --format docx.',
  sameAsInput: '«{path}» er selve planen; velg et annet filnavn for resultatet.',
  invalid: 'Planen kan ikke gjøres om til et dokument før feilene i strukturen over er rettet.',
  incompleteOne: 'merk: planen har 1 feil; det som mangler, er merket «{marker}». Se «dekom check {file}».',
  incomplete: 'merk: planen har {count} feil; det som mangler, er merket «{marker}». Se «dekom check {file}».',
  xmlChars: 'merk: {count} tegn som Word ikke kan lagre (kontrolltegn, U+FFFE eller U+FFFF), er tatt ut av dokumentet; de står i {paths}. Slett dem i planen.',
  templateSyntax: '{where}: feil i malen: {detail}',
  unclosedBlock: '{where}: {{#{name}}} lukkes aldri; sett inn {{/{name}}} der blokken skal slutte.',
  missingPartial: '{where}: delmalen «{name}» finnes ikke; tilgjengelige delmaler er {available}.',
  missingHelper: '{where}: hjelperen «{name}» finnes ikke; tilgjengelige hjelpere er {available}.',
  templateRuntime: '{where}: malen feilet under utskrift: {detail}',
  unknownKind: 'Planen har ingen kjent «type» ({value}); bruk en av: {kinds}.',
  needsOutDir: 'Flere planer skrives ut med --out-dir <mappe>, hver til sin egen fil; én plan kan skrives til en fil med -o.',
  outDirAndOutput: '--output og --out-dir kan ikke brukes sammen: -o skriver én plan til én fil, --out-dir hver plan til sin egen fil i mappen.',
  outDirNotFolder: '«{path}» finnes og er ikke en mappe; oppgi en mappe med --out-dir.',
  collision: '«{first}» og «{second}» ville begge blitt skrevet til «{target}»; oppgi mappen de ligger i, så beholdes undermappene, eller skriv dem ut hver for seg.',
  existsMany: '{count} av filene finnes allerede, for eksempel «{path}». Bruk --force for å erstatte dem, eller velg en annen mappe.',
  progress: 'Skriver ut {done} av {total}: {file}',
  summary: 'Skrev {count} {documents} til {dir}.',
  summaryInvalid: '{count} {plans} ble ikke skrevet ut fordi strukturen har feil; se rapporten over.',
  summaryIncomplete: '{count} {plans} har feil som «dekom check» rapporterer; det som mangler, er merket «{marker}».',
  'word.document.one': 'dokument',
  'word.document.many': 'dokumenter',
  'word.plan.one': 'plan',
  'word.plan.many': 'planer',
} as const;

export type RenderMessageKey = keyof typeof messagesNb;

const messagesEn: Record<RenderMessageKey, string> = {
  docxToStdout: 'A Word document cannot be written to standard output; name a file with --output, for example -o plan.docx.',
  unknownExtension: 'Cannot tell the format from the file name "{path}"; use --format md or --format docx.',
  sameAsInput: '"{path}" is the plan itself; choose another file name for the output.',
  invalid: 'The plan cannot be rendered until the structural errors above are fixed.',
  incompleteOne: 'note: the plan has 1 error; what is missing is marked "{marker}". See "dekom check {file}".',
  incomplete: 'note: the plan has {count} errors; what is missing is marked "{marker}". See "dekom check {file}".',
  xmlChars: 'note: {count} characters Word cannot store (control characters, U+FFFE or U+FFFF) are left out of the document; they are in {paths}. Delete them from the plan.',
  templateSyntax: '{where}: error in the template: {detail}',
  unclosedBlock: '{where}: {{#{name}}} is never closed; add {{/{name}}} where the block should end.',
  missingPartial: '{where}: there is no partial "{name}"; the partials are {available}.',
  missingHelper: '{where}: there is no helper "{name}"; the helpers are {available}.',
  templateRuntime: '{where}: the template failed while rendering: {detail}',
  unknownKind: 'The plan has no known "type" ({value}); use one of: {kinds}.',
  needsOutDir: 'Several plans are rendered with --out-dir <folder>, each to a file of its own; one plan can be written to a file with -o.',
  outDirAndOutput: '--output and --out-dir cannot be used together: -o writes one plan to one file, --out-dir each plan to a file of its own in the folder.',
  outDirNotFolder: '"{path}" exists and is not a folder; name a folder with --out-dir.',
  collision: '"{first}" and "{second}" would both be written to "{target}"; name the folder they are in, which keeps the subfolders, or render them one at a time.',
  existsMany: '{count} of the files already exist, for example "{path}". Use --force to replace them, or choose another folder.',
  progress: 'Rendering {done} of {total}: {file}',
  summary: 'Wrote {count} {documents} to {dir}.',
  summaryInvalid: '{count} {plans} not rendered because the structure has errors; see the report above.',
  summaryIncomplete: 'Errors that "dekom check" reports in {count} {plans}; what is missing is marked "{marker}".',
  'word.document.one': 'document',
  'word.document.many': 'documents',
  'word.plan.one': 'plan',
  'word.plan.many': 'plans',
};

const MESSAGES: Readonly<Record<Lang, Record<RenderMessageKey, string>>> = { nb: messagesNb, nn: nnRender, en: messagesEn };

export function renderMessage(lang: Lang, key: RenderMessageKey, args?: MessageArgs): string {
  return formatMessage(MESSAGES[lang][key], args);
}

/** The singular or plural of a word the render messages count with. */
export function renderCountWord(lang: Lang, base: 'document' | 'plan', count: number): string {
  return renderMessage(lang, `word.${base}.${count === 1 ? 'one' : 'many'}`);
}
