import { formatMessage, type MessageArgs } from '../check/rule.js';

export type Lang = 'nb' | 'en';

/** Every user-facing string outside the rules, bokmål first; `en` must have the same keys. */
const nb = {
  'severity.error': 'feil',
  'severity.warning': 'advarsel',
  'summary.problems': '{total} {problemWord} ({errors} {errorWord}, {warnings} {warningWord}) i {files} {fileWord}',
  'summary.clean': 'Ingen problemer i {files} {fileWord}.',
  'word.problem.one': 'problem',
  'word.problem.many': 'problemer',
  'word.error.one': 'feil',
  'word.error.many': 'feil',
  'word.warning.one': 'advarsel',
  'word.warning.many': 'advarsler',
  'word.file.one': 'fil',
  'word.file.many': 'filer',
  'file.header': '{kind}, {percent} % utfylt',
  'file.noKind': 'ukjent type',
  'warnings.tooMany': 'For mange advarsler: {warnings} (høyst {max} tillatt med --max-warnings).',
  'error.notFound': 'Fant ikke «{path}». Sjekk stavemåten, eller kjør fra mappen der planene ligger.',
  'error.noPlans': 'Fant ingen planer i {paths}. En plan er en .yaml-fil med «dekom: 1» øverst; lag en med «dekom init».',
  'error.unreadable': 'Kan ikke lese «{path}»: {reason}.',
  'error.badDate': '«{value}» er ikke en dato; skriv ÅÅÅÅ-MM-DD.',
  'error.badNumber': '«{value}» er ikke et heltall fra 0 og oppover.',
  'error.badFormat': 'Ukjent format «{value}»; bruk en av: {allowed}.',
  'error.badLang': 'Ukjent språk «{value}»; bruk en av: {allowed}.',
  'error.badKind': 'Ukjent plantype «{value}»; bruk en av: {allowed}.',
  'error.usage': '{message}',
  'error.internal': 'Noe gikk galt inne i dekom: {message}. Kjør igjen med DEKOM_DEBUG=1 for detaljer, og meld feilen.',
  'error.write': 'Kan ikke skrive «{path}»: {reason}.',
  'error.exists': '«{path}» finnes allerede. Bruk --force for å erstatte den, eller velg et annet filnavn.',
  'help.title.usage': 'Bruk:',
  'help.title.options': 'Valg:',
  'help.title.commands': 'Kommandoer:',
  'help.title.arguments': 'Argumenter:',
  'help.title.examples': 'Eksempler:',
  'help.title.globalOptions': 'Felles valg:',
  'help.program': 'Planlegg, sjekk og skriv ut planer for kompetanseutvikling (DEKOM, REKOM) som YAML.',
  'help.exitCodes': 'Avslutningskoder: 0 ingen feil, 1 planen har feil, 2 kommandoen kunne ikke kjøre.',
  'help.version': 'vis versjonsnummeret',
  'help.help': 'vis hjelp for kommandoen',
  'help.lang': 'språk for meldinger: nb eller en (standard: DEKOM_LANG eller nb)',
  'help.check': 'sjekk planer for mangler og feil',
  'help.check.paths': 'filer, mapper eller glob-mønstre (standard: gjeldende mappe)',
  'help.check.format': 'utdataformat: {formats} (standard: stylish)',
  'help.check.output': 'skriv rapporten til en fil i stedet for standard ut',
  'help.check.quiet': 'vis bare feil, ikke advarsler',
  'help.check.maxWarnings': 'avslutt med kode 1 når det er flere advarsler enn dette',
  'help.check.today': 'dagens dato for regelen overdue (ÅÅÅÅ-MM-DD)',
  'help.check.config': 'konfigurasjonsfil (standard: dekom.config.yaml oppover fra mappen)',
  'help.schema': 'skriv ut JSON Schema for planformatet',
  'help.schema.type': 'plantype: {kinds} (standard: alle, valgt etter «type»)',
  'help.render': 'skriv ut en plan som Markdown eller Word',
  'help.init': 'lag en ny plan, del for del',
  'help.rules': 'list reglene dekom sjekker',
} as const;

type Key = keyof typeof nb;

const en: Record<Key, string> = {
  'severity.error': 'error',
  'severity.warning': 'warning',
  'summary.problems': '{total} {problemWord} ({errors} {errorWord}, {warnings} {warningWord}) in {files} {fileWord}',
  'summary.clean': 'No problems in {files} {fileWord}.',
  'word.problem.one': 'problem',
  'word.problem.many': 'problems',
  'word.error.one': 'error',
  'word.error.many': 'errors',
  'word.warning.one': 'warning',
  'word.warning.many': 'warnings',
  'word.file.one': 'file',
  'word.file.many': 'files',
  'file.header': '{kind}, {percent} % filled in',
  'file.noKind': 'unknown type',
  'warnings.tooMany': 'Too many warnings: {warnings} (at most {max} allowed by --max-warnings).',
  'error.notFound': 'Cannot find "{path}". Check the spelling, or run from the folder the plans are in.',
  'error.noPlans': 'No plans found in {paths}. A plan is a .yaml file with "dekom: 1" at the top; create one with "dekom init".',
  'error.unreadable': 'Cannot read "{path}": {reason}.',
  'error.badDate': '"{value}" is not a date; write YYYY-MM-DD.',
  'error.badNumber': '"{value}" is not a whole number from 0 up.',
  'error.badFormat': 'Unknown format "{value}"; use one of: {allowed}.',
  'error.badLang': 'Unknown language "{value}"; use one of: {allowed}.',
  'error.badKind': 'Unknown plan type "{value}"; use one of: {allowed}.',
  'error.usage': '{message}',
  'error.internal': 'Something went wrong inside dekom: {message}. Run again with DEKOM_DEBUG=1 for details, and report it.',
  'error.write': 'Cannot write "{path}": {reason}.',
  'error.exists': '"{path}" already exists. Use --force to replace it, or choose another file name.',
  'help.title.usage': 'Usage:',
  'help.title.options': 'Options:',
  'help.title.commands': 'Commands:',
  'help.title.arguments': 'Arguments:',
  'help.title.examples': 'Examples:',
  'help.title.globalOptions': 'Global options:',
  'help.program': 'Plan, check and render competence-development plans (DEKOM, REKOM) as YAML.',
  'help.exitCodes': 'Exit codes: 0 no errors, 1 the plan has errors, 2 the command could not run.',
  'help.version': 'print the version number',
  'help.help': 'show help for the command',
  'help.lang': 'language of messages: nb or en (default: DEKOM_LANG or nb)',
  'help.check': 'check plans for gaps and mistakes',
  'help.check.paths': 'files, folders or glob patterns (default: the current folder)',
  'help.check.format': 'output format: {formats} (default: stylish)',
  'help.check.output': 'write the report to a file instead of standard output',
  'help.check.quiet': 'report errors only, not warnings',
  'help.check.maxWarnings': 'exit with code 1 when there are more warnings than this',
  'help.check.today': 'the day taken as today by the overdue rule (YYYY-MM-DD)',
  'help.check.config': 'configuration file (default: dekom.config.yaml found upward from the folder)',
  'help.schema': 'print the JSON Schema of the plan format',
  'help.schema.type': 'plan type: {kinds} (default: all, chosen by "type")',
  'help.render': 'render a plan as Markdown or Word',
  'help.init': 'draft a new plan, section by section',
  'help.rules': 'list the rules dekom checks',
};

const catalogues: Record<Lang, Record<Key, string>> = { nb, en };

export type MessageKey = Key;

export function t(lang: Lang, key: Key, args?: MessageArgs): string {
  return formatMessage(catalogues[lang][key], args);
}

/** Picks the singular or plural word, as Norwegian and English both need. */
export function countWord(lang: Lang, base: 'problem' | 'error' | 'warning' | 'file', count: number): string {
  return t(lang, `word.${base}.${count === 1 ? 'one' : 'many'}` as Key);
}
