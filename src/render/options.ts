import path from 'node:path';
import type { RenderRequest } from './request.js';
import { DOCUMENT_LANGS, type DocumentLang } from '../messages/render-labels/index.js';
import { todayIso } from '../util/dates.js';
import { RenderError } from './errors.js';

export type Format = 'md' | 'docx';

const MARKDOWN_EXTENSIONS = new Set(['', '.md', '.markdown', '.mdown', '.mkd', '.txt']);

/**
 * `--format` when given, else the output's extension, else Markdown on standard output.
 * An extension that names neither (`plan.pdf`) is refused rather than filled with Markdown.
 */
export function resolveFormat(flags: Pick<RenderRequest, 'format' | 'output'>): Format {
  if (flags.format) return flags.format;
  if (flags.output === undefined || flags.output === '-') return 'md';
  const extension = path.extname(flags.output).toLowerCase();
  if (extension === '.docx') return 'docx';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'md';
  throw new RenderError('unknownExtension', { path: flags.output });
}

/** `--lang` first, then the plan's own `språk`, then bokmål. */
export function resolveDocumentLang(flag: string | undefined, plan: Readonly<Record<string, unknown>>): DocumentLang {
  for (const candidate of [flag, plan['språk']]) {
    if ((DOCUMENT_LANGS as readonly unknown[]).includes(candidate)) return candidate as DocumentLang;
  }
  return 'nb';
}

/**
 * The date printed on the document: today, or the day of SOURCE_DATE_EPOCH, the
 * reproducible-builds convention, so a rendered file can be made again byte for byte in
 * its text and tests do not depend on the calendar.
 */
export function renderDate(env: Readonly<Record<string, string | undefined>>, now = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return todayIso(now);
}
