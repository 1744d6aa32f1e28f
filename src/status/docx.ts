import type { Lang } from '../messages/catalogue.js';
import { label, WORD_LANGUAGE } from '../messages/render-labels/index.js';
import { statusText } from '../messages/status.js';
import { statusMarkdown } from './formatters/markdown.js';
import type { StatusReport } from './status.js';

/**
 * The status as a short Word report (for the oppvekstutvalg), built from the same Markdown as
 * `--format md` through the render pipeline, so both say the same. Word cannot draw Mermaid,
 * so the timeline is left to the Markdown.
 */
export async function statusDocx(report: StatusReport, lang: Lang): Promise<Uint8Array> {
  const { markdownToDocx } = await import('../render/docx/document.js');
  const title = statusText(lang, 'heading.report');
  return markdownToDocx(statusMarkdown(report, { lang }, { timeline: false }), {
    title,
    subject: title,
    creator: 'dekom',
    language: WORD_LANGUAGE[lang],
    textLanguage: WORD_LANGUAGE[lang],
    date: report.today,
    tocTitle: label(lang, 'toc'),
    pageLabel: label(lang, 'footer.page'),
  });
}
