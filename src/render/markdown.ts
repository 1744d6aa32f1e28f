import type { DocumentLang } from '../messages/render-labels/index.js';
import type { Kind } from '../kinds/index.js';
import { createEnvironment, type TemplateSource } from './handlebars/environment.js';
import { tidyMarkdown } from './markdown/tidy.js';
import { builtInPartials, builtInTemplate } from './templates.js';

export interface MarkdownOptions {
  kind: Kind;
  lang: DocumentLang;
  /** ISO date printed as the document's date. */
  today: string;
  /** The user's own template; the kind's built-in one when absent. */
  template?: TemplateSource;
}

/** The plan as Markdown: the one rendering both output formats are made from. */
export function renderMarkdown(plan: Readonly<Record<string, unknown>>, options: MarkdownOptions): string {
  const env = createEnvironment(builtInPartials());
  const render = env.compile(options.template ?? builtInTemplate(options.kind));
  return tidyMarkdown(render(plan, { lang: options.lang, today: options.today, kind: options.kind }));
}
