import type { InitLang } from '../messages/init.js';
import type { Kind } from '../model/kinds.js';
import { english } from './english.js';
import type { Field } from './fields.js';

/** `tegn_på_læring` → `Tegn på læring`: most keys read well as their own title. */
export function humanise(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field's name in prompts and headings. */
export function labelOf(kind: Kind, field: Field, lang: InitLang): string {
  if (lang === 'en') return english(kind, field.pattern)?.[0] ?? humanise(field.key);
  return field.hint.title ?? humanise(field.key);
}

/** The guiding question shown under the prompt and written as the YAML comment. */
export function helpOf(kind: Kind, field: Field, lang: InitLang): string {
  if (lang === 'en') return english(kind, field.pattern)?.[1] ?? field.help;
  return field.help;
}

/** What one row of a list is, written above the skeleton's sample row. */
export function rowHelpOf(kind: Kind, field: Field & { rowHelp: string }, lang: InitLang): string {
  if (lang === 'en') return english(kind, `${field.pattern}[]`)?.[1] ?? field.rowHelp;
  return field.rowHelp;
}

/** How a row of a list is named in "Legge til et mål til?" and "Mål 2". */
export function rowNameOf(field: Field, lang: InitLang): { a: string; one: string; noun: string } {
  const names = field.hint.row?.[lang] ?? (lang === 'nb' ? { a: 'en rad', one: 'Rad' } : { a: 'a row', one: 'Row' });
  return { ...names, noun: names.one.toLowerCase() };
}
