import { STARTS_WITH_DATE } from '../../render/markdown/inline.js';

/** A run of text with the formatting Markdown can say. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
}

/**
 * Characters Markdown would read as markup where the author wrote them as text. Asterisks
 * and underscores only where they could open or close emphasis, so "3 * 4" and
 * "tegn_på_læring" stay as written. A "<" stays too: `render` never lets HTML through.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\*(?!\s)|(?<!\s)\*/g, '\\*')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/\[(?=[^\]]*\])/g, '\\[');
}

/** Markers that would start a heading, quote or list where a paragraph opens. */
export function escapeLineStart(text: string): string {
  if (STARTS_WITH_DATE.test(text)) return text;
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+-])(?=\s)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s)/, '$1\\$2');
}

function sameMarks(a: Span, b: Span): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.strike === !!b.strike && !!a.code === !!b.code && a.link === b.link;
}

/** A link whose text is its own address reads best as the address: the renderer links it again. */
function linkMarkdown(text: string, target: string, inner: string): string {
  const address = target.replace(/^mailto:/i, '');
  if (text.trim() === address || text.trim() === target) return inner;
  return `[${inner}](${target.includes(' ') || target.includes(')') ? `<${target}>` : target})`;
}

/**
 * Runs as one line of Markdown: bold, italics and strike-through as `**`, `*` and `~~`
 * around the words (never around the spaces beside them), links as `[text](address)`,
 * line breaks kept as `\n` for the caller to place.
 */
export function inlineMarkdown(spans: readonly Span[]): string {
  const merged: Span[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const previous = merged[merged.length - 1];
    if (previous && sameMarks(previous, span)) previous.text += span.text;
    else merged.push({ ...span });
  }
  let out = '';
  for (let index = 0; index < merged.length; index++) {
    const span = merged[index]!;
    // A link is one unit, whatever formatting changes inside it.
    if (span.link) {
      let text = span.text;
      while (merged[index + 1]?.link === span.link) text += merged[++index]!.text;
      out += linkMarkdown(text, span.link, escapeText(text.replace(/\t/g, ' ')));
      continue;
    }
    const text = span.text.replace(/\t/g, ' ');
    const lead = /^\s*/.exec(text)![0];
    const trail = /\s*$/.exec(text.slice(lead.length))![0];
    const core = text.slice(lead.length, text.length - trail.length);
    if (core === '') {
      out += text;
      continue;
    }
    const ticks = core.includes('`') ? '``' : '`';
    let marked = span.code ? `${ticks}${ticks.length > 1 ? ' ' : ''}${core}${ticks.length > 1 ? ' ' : ''}${ticks}` : escapeText(core);
    if (span.strike) marked = `~~${marked}~~`;
    if (span.italic) marked = `*${marked}*`;
    if (span.bold) marked = `**${marked}**`;
    out += lead + marked + trail;
  }
  return out.replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n').replace(/ {2,}/g, ' ').trim();
}
