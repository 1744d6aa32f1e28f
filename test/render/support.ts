import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Lexer, type Token, type Tokens } from 'marked';
import { parseSource } from '../../src/load/source.js';
import type { DocumentLang } from '../../src/messages/render-labels/index.js';
import type { Kind } from '../../src/kinds/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { withTimeline } from '../../src/render/timeline.js';
import { FIXTURES, ROOT } from '../helpers.js';

export const RENDER_FIXTURES = path.join(FIXTURES, 'render');
export const TODAY = '2026-11-24';
/** SOURCE_DATE_EPOCH for TODAY, so the CLI prints the same date as the in-process renders. */
export const EPOCH = String(Date.UTC(2026, 10, 24) / 1000);

/** The markdownlint settings rendered Markdown is held to: all default rules but line length. */
export const LINT_CONFIG = { default: true, MD013: false } as const;

export const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
  .map((file) => path.join('examples', file));

export function planData(file: string): Record<string, unknown> {
  return parseSource(readFileSync(path.resolve(ROOT, file))).data as Record<string, unknown>;
}

/** Renders a plan file in-process, as `dekom render` does, on a fixed date. */
export function render(file: string, lang?: DocumentLang): string {
  const plan = planData(file);
  return renderMarkdown(plan, { kind: plan['type'] as Kind, lang: lang ?? ((plan['språk'] as DocumentLang | undefined) ?? 'nb'), today: TODAY });
}

/**
 * The whole document `dekom render` writes with the built-in template: the sections, then the
 * timeline, a Mermaid chart in Markdown (`gantt`) or a month grid for Word (`grid`).
 */
export function renderDocument(file: string, form: 'gantt' | 'grid', lang?: DocumentLang): string {
  const plan = planData(file);
  const documentLang = lang ?? ((plan['språk'] as DocumentLang | undefined) ?? 'nb');
  return withTimeline(render(file, lang), plan, plan['type'] as Kind, documentLang, form);
}

export interface Heading {
  depth: number;
  text: string;
}

export function tokens(markdown: string): Token[] {
  return new Lexer({ gfm: true }).lex(markdown);
}

/** Every heading, in order, as a reader sees its text. */
export function headings(markdown: string): Heading[] {
  return tokens(markdown)
    .filter((token): token is Tokens.Heading => token.type === 'heading')
    .map((heading) => ({ depth: heading.depth, text: plainText(heading.tokens) }));
}

export function tables(markdown: string): Tokens.Table[] {
  return tokens(markdown).filter((token): token is Tokens.Table => token.type === 'table');
}

function plainText(list: Token[] | undefined): string {
  return (list ?? [])
    .map((token) => ('tokens' in token && token.tokens ? plainText(token.tokens) : 'text' in token ? String(token.text) : ''))
    .join('')
    .trim();
}

/** One part of a .docx (a zip archive), read with Node's zlib so the test trusts no docx code. */
export function docxPart(file: string, name: string): string {
  const data = readFileSync(file);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    const entry = data.toString('utf8', at + 46, at + 46 + nameLength);
    if (entry === name) {
      const start = offset + 30 + data.readUInt16LE(offset + 26) + data.readUInt16LE(offset + 28);
      const raw = data.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in ${file}`);
}

/** The text of an HTML fragment from mammoth, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();
}
