import { DOCUMENT_LANGS, label, WORD_LANGUAGE, type DocumentLang } from '../messages/render-labels/index.js';
import type { Kind } from '../kinds/index.js';
import type { DocxMeta } from './docx/document.js';
import { kindName } from './titles.js';
import { xmlSafe } from './docx/xml-safe.js';
import { plainValue } from './markdown/inline.js';

/** The language the author wrote the plan in: its `språk`, when that is one dekom knows. */
function planLanguage(plan: Readonly<Record<string, unknown>>): DocumentLang | undefined {
  const value = plan['språk'];
  return (DOCUMENT_LANGS as readonly unknown[]).includes(value) ? (value as DocumentLang) : undefined;
}

/**
 * Word's document properties, so the file is findable by title, kind and author, and its two
 * languages: `lang` for dekom's headings and labels, the plan's `språk` for the author's text.
 */
export function documentMeta(plan: Readonly<Record<string, unknown>>, kind: Kind, lang: DocumentLang, today: string): DocxMeta {
  const name = kindName(kind, lang, plan);
  const contact = plan['kontakt'] as Record<string, unknown> | undefined;
  const organisation = plainValue(plan['organisasjon']).trim();
  return {
    title: xmlSafe(plainValue(plan['tittel']).trim()) || name,
    subject: name,
    creator: xmlSafe(plainValue(contact?.['navn']).trim() || organisation) || 'dekom',
    description: xmlSafe(organisation) || undefined,
    language: WORD_LANGUAGE[lang],
    textLanguage: WORD_LANGUAGE[planLanguage(plan) ?? lang],
    date: today,
    tocTitle: label(lang, 'toc'),
    pageLabel: label(lang, 'footer.page'),
  };
}

/** A plan's rendered Markdown as a Word file. Word support is the heaviest part of dekom; only this loads it. */
export async function markdownToWord(markdown: string, plan: Readonly<Record<string, unknown>>, kind: Kind, lang: DocumentLang, today: string): Promise<Uint8Array> {
  const { markdownToDocx } = await import('./docx/document.js');
  return markdownToDocx(markdown, documentMeta(plan, kind, lang, today));
}
