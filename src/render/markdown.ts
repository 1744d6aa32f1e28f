import type { DocumentLang } from '../messages/render-labels/index.js';
import type { Kind } from '../kinds/index.js';
import { createEnvironment, type CompiledTemplate } from './handlebars/environment.js';
import { tidyMarkdown } from './markdown/tidy.js';
import { builtInPartials, builtInTemplate } from './templates.js';

export interface MarkdownOptions {
  kind: Kind;
  lang: DocumentLang;
  /** ISO date printed as the document's date. */
  today: string;
  /** The user's own template, compiled; the kind's built-in one when absent. */
  template?: CompiledTemplate;
}

/** The plan as Markdown: the one rendering both output formats are made from. */
export function renderMarkdown(plan: Readonly<Record<string, unknown>>, options: MarkdownOptions): string {
  const env = createEnvironment(builtInPartials());
  const render = env.load(options.template ?? builtInTemplate(options.kind));
  return tidyMarkdown(render(plan, { lang: options.lang, today: options.today, kind: options.kind }));
}
