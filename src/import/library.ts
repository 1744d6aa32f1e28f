import type { Kind } from '../kinds/index.js';
import type { Lang } from '../messages/catalogue.js';
import { PUBLISHED_SCHEMAS } from '../init/schema-ref.js';
import { importMessage } from '../messages/import.js';
import { ImportError } from './errors.js';
import { importWord } from './import.js';
import { importedYaml } from './write.js';

export interface ImportDocumentOptions {
  /** The plan's kind, where the document's headings do not tell it (`--type`). */
  kind?: Kind;
  /** The document's name in messages. */
  display?: string;
  /** The language of the comments in the plan file and of error messages. */
  lang?: Lang;
  /** The `$schema` line's reference; the published schema of the kind otherwise. */
  schemaRef?: string;
}

/** A Word document read as a plan, as `dekom import` reads it. */
export interface ImportResult {
  readonly kind: Kind;
  /** The language the document is written in. */
  readonly lang: 'nb' | 'nn' | 'en';
  /** Every key of the kind, in its order: what the document gave, the rest empty. */
  readonly plan: Record<string, unknown>;
  /** The plan file: the schema line, `dekom: 1`, the guiding questions as comments. */
  readonly yaml: string;
  /** The kind's top sections the document filled, and those it left out, by key. */
  readonly found: readonly string[];
  readonly missing: readonly string[];
}

/**
 * Throws, as an Error with the words `dekom import` would print, what keeps the document
 * from being read: not a Word document, a .doc, a kind its headings do not tell.
 */
export function importDocument(bytes: Uint8Array, options: ImportDocumentOptions = {}): ImportResult {
  const lang = options.lang ?? 'nb';
  try {
    const imported = importWord(bytes, { display: options.display ?? 'plan.docx', ...(options.kind ? { kind: options.kind } : {}) });
    const yaml = importedYaml(imported, imported.kind, lang, options.schemaRef ?? `${PUBLISHED_SCHEMAS}${imported.kind}.schema.json`);
    return { kind: imported.kind, lang: imported.lang, plan: imported.plan, yaml, found: imported.found, missing: imported.missing };
  } catch (error) {
    throw error instanceof ImportError ? new Error(importMessage(lang, error.key, error.args)) : error;
  }
}
