import { DOCUMENT_LANGS, type DocumentLang } from '../messages/render-labels/index.js';
import { renderMessage } from '../messages/render.js';
import { isKind, KINDS, type Kind } from '../kinds/index.js';
import { todayIso } from '../util/dates.js';
import { renderMarkdown as markdownOf } from './markdown.js';
import { withTimeline } from './timeline.js';
import { markdownToWord } from './word.js';

export interface RenderOptions {
  /** nb, nn or en; the plan's `språk` when left out, else nb. */
  lang?: DocumentLang;
  /** The ISO day the document is dated; today when left out. */
  today?: string;
}

interface Resolved {
  kind: Kind;
  lang: DocumentLang;
  today: string;
}

function resolve(plan: Readonly<Record<string, unknown>>, options: RenderOptions): Resolved {
  const kind = plan['type'];
  const asked = options.lang ?? plan['språk'];
  const lang = (DOCUMENT_LANGS as readonly unknown[]).includes(asked) ? (asked as DocumentLang) : 'nb';
  if (!isKind(kind)) throw new TypeError(renderMessage(lang === 'en' ? 'en' : 'nb', 'unknownKind', { value: JSON.stringify(kind ?? null), kinds: KINDS.join(', ') }));
  return { kind, lang, today: options.today ?? todayIso() };
}

/** A plan (its YAML read into an object) as Markdown, with its kind's built-in template. */
export function renderPlanMarkdown(plan: Readonly<Record<string, unknown>>, options: RenderOptions = {}): string {
  const resolved = resolve(plan, options);
  return withTimeline(markdownOf(plan, resolved), plan, resolved.kind, resolved.lang, 'gantt');
}

/** A plan as a Word document: the .docx file's bytes, as `dekom render -o plan.docx` writes them. */
export async function renderPlanDocx(plan: Readonly<Record<string, unknown>>, options: RenderOptions = {}): Promise<Uint8Array> {
  const resolved = resolve(plan, options);
  return markdownToWord(withTimeline(markdownOf(plan, resolved), plan, resolved.kind, resolved.lang, 'grid'), plan, resolved.kind, resolved.lang, resolved.today);
}
