import type { Lang } from '../messages/catalogue.js';
import { label } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import { printable } from '../util/terminal-text.js';
import type { CompiledTemplate } from './handlebars/environment.js';
import type { LoadedPlan } from './load.js';
import { renderMarkdown } from './markdown.js';
import { resolveDocumentLang, type Format } from './options.js';
import type { RenderRequest } from './request.js';
import { markdownToWord } from './word.js';
import { xmlForbiddenInPlan } from './xml-chars.js';

export interface ProduceOptions {
  format: Format;
  /** The language of messages. */
  lang: Lang;
  /** The document language asked for (`--lang`); else the plan's own `språk`. */
  documentLang: RenderRequest['lang'];
  today: string;
  template?: CompiledTemplate;
  /** The plan as messages name it. */
  file: string;
}

/** A rendered document and what the reader is told about it, each note a line for standard error. */
export interface Produced {
  markdown: string;
  /** The Word file's bytes; absent for Markdown. */
  docx?: Uint8Array;
  /** Errors `check` reports in a plan that renders all the same, with markers where it is empty. */
  errors: number;
  marker: string;
  notes: string[];
}

/**
 * A loaded plan through its template, and to Word when asked: the one path `render` and
 * `render --out-dir` share, so a document rendered in a batch is the one rendered alone.
 */
export async function produceDocument(loaded: Extract<LoadedPlan, { ok: true }>, options: ProduceOptions): Promise<Produced> {
  const { lang, today } = options;
  const documentLang = resolveDocumentLang(options.documentLang, loaded.plan);
  const markdown = renderMarkdown(loaded.plan, { kind: loaded.kind, lang: documentLang, today, template: options.template });
  const errors = loaded.result.problems.filter((problem) => problem.severity === 'error').length;
  const marker = label(documentLang, 'missing');
  const notes: string[] = [];
  if (errors > 0) {
    const key = errors === 1 ? 'incompleteOne' : 'incomplete';
    notes.push(`dekom: ${printable(renderMessage(lang, key, { count: errors, marker, file: options.file }))}\n`);
  }
  if (options.format === 'md') return { markdown, errors, marker, notes };
  const forbidden = xmlForbiddenInPlan(loaded.plan);
  if (forbidden.count > 0) {
    const shown = forbidden.paths.length > 5 ? `${forbidden.paths.slice(0, 5).join(', ')} …` : forbidden.paths.join(', ');
    notes.push(`dekom: ${printable(renderMessage(lang, 'xmlChars', { count: forbidden.count, paths: shown }))}\n`);
  }
  const docx = await markdownToWord(markdown, loaded.plan, loaded.kind, documentLang, today);
  return { markdown, docx, errors, marker, notes };
}
