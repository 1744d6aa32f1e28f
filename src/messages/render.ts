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
  noTemplates: 'Fant ikke malene til dekom (mappen templates/ i pakken); installer dekom på nytt.',
  unknownKind: 'Planen har ingen kjent «type» ({value}); bruk en av: {kinds}.',
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
  noTemplates: 'Cannot find the dekom templates (the templates/ folder of the package); reinstall dekom.',
  unknownKind: 'The plan has no known "type" ({value}); use one of: {kinds}.',
};

const MESSAGES: Readonly<Record<Lang, Record<RenderMessageKey, string>>> = { nb: messagesNb, nn: nnRender, en: messagesEn };

export function renderMessage(lang: Lang, key: RenderMessageKey, args?: MessageArgs): string {
  return formatMessage(MESSAGES[lang][key], args);
}
