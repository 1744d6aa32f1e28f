import type { InitLang } from '../messages/init.js';
import type { Guidance } from '../model/define.js';
import type { Field, FieldOf } from './fields.js';

/** The field's name in prompts and headings: the seed's heading, as the document prints it. */
export function labelOf(field: Field, lang: InitLang): string {
  return field.title[lang];
}

/** A guiding question in the reader's language, the seed's bokmål where it is not written. */
export function guidance(help: Guidance | undefined, lang: InitLang): string {
  return help?.[lang] ?? help?.nb ?? '';
}

/** The guiding question shown under the prompt and written as the YAML comment. */
export function helpOf(field: Field, lang: InitLang): string {
  return guidance(field.help, lang);
}

/** What one row of a list is, written above the skeleton's sample row. */
export function rowHelpOf(field: FieldOf<'rows'>, lang: InitLang): string {
  return guidance(field.rowHelp, lang);
}

/** How a row of a list is named in "Legge til et mål til?" and "Mål 2". */
export function rowNameOf(field: FieldOf<'rows'>, lang: InitLang): { a: string; one: string; noun: string } {
  const names = field.row[lang];
  return { ...names, noun: names.one.toLowerCase() };
}
