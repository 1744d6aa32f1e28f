/**
 * Plan text is Markdown by contract, so emphasis and links are kept; what is neutralised is
 * whatever would let a value break out of the line it is put on: pipes that end a table
 * cell, line breaks that end a row or heading, markers that start a list or heading, and
 * raw HTML that a website would run and Word cannot show.
 */

/**
 * Code spans, links and autolinks: text that must reach the output untouched. A link's
 * address may be in angle brackets or hold one level of parentheses, as CommonMark allows.
 */
const PROTECTED =
  /`+[^`]*`+|(!?\[([^\]]*)\])\((?:\s*<([^>\n]*)>|\s*((?:[^()\s]|\([^()\s]*\))*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+\.[^\s<>]+)>/g;

/**
 * "15. mars" or "1. August" opening a line, a date rather than a list item; `$1` is the day.
 */
export const STARTS_WITH_DATE =
  /^(\d{1,2})\.(?=[ \t]+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b)/i;

/**
 * Whether an address may become a link: web and e-mail addresses, anchors and relative
 * paths. Anything with another scheme (`javascript:`, `data:`), or that a reader could
 * decode into one through an entity or escape, is not.
 */
export function isSafeUrl(url: string): boolean {
  const address = url.trim();
  if (/^(?:https?:\/\/|mailto:)/i.test(address)) return true;
  const head = address.split(/[/?#]/, 1)[0]!;
  return !/[:&\\%\s\0-\x1f]/.test(head);
}

/** A link or autolink with an unsafe address keeps its text and loses the link. */
function protect(match: RegExpMatchArray, edit: (part: string) => string): string {
  const [whole, label, text, bracketed, plain, autolink] = match;
  if (label !== undefined) return isSafeUrl(bracketed ?? plain ?? '') ? whole : edit(text ?? '');
  if (autolink !== undefined && !autolink.includes('@') && !isSafeUrl(autolink)) return edit(autolink);
  return whole;
}

/** A web address, or else an e-mail address, in one pass so the two never nest. */
const BARE_ADDRESS = /\bhttps?:\/\/[^\s<>"'|]*[^\s<>"'|.,;:!?)\]]|(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
/** A `<` that would open an HTML tag, comment or declaration. */
const HTML_OPEN = /<(?=[A-Za-z/!?])/g;
const BR_TAG = /<br\s*\/?>/gi;

/** Applies `edit` to the text between protected spans. */
export function outsideProtected(text: string, edit: (part: string) => string): string {
  if (!/[`[<]/.test(text)) return edit(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += edit(text.slice(last, match.index)) + protect(match, edit);
    last = match.index + match[0].length;
  }
  return out + edit(text.slice(last));
}

/**
 * Bare addresses become autolinks, as markdownlint asks (MD034) and so Word gets a real
 * hyperlink; tags are escaped so they show as the text the author typed.
 */
export function linkAndEscapeHtml(part: string): string {
  if (!/[<@]|https?:/.test(part)) return part;
  return part.replace(HTML_OPEN, '\\<').replace(BARE_ADDRESS, (address) => `<${address}>`);
}

/** `_x_` and `__x__` written as `*x*` and `**x**`, so a document uses one emphasis style (MD049, MD050). */
export function asteriskEmphasis(part: string): string {
  if (!part.includes('_')) return part;
  return part
    .replace(/(^|[\s(["'«])__(?=\S)([^_\n]*?\S)__(?=$|[\s)\]"'».,;:!?])/g, '$1**$2**')
    .replace(/(^|[\s(["'«])_(?=[^\s_])([^_\n]*?[^\s_])_(?=$|[\s)\]"'».,;:!?])/g, '$1*$2*');
}

const BULLET_ITEM = /^[-*+]\s+/;
const ORDERED_ITEM = /^(\d{1,9})[.)]\s+/;

/** Markers that mean something at the start of a line. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+\-*])(?=\s)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s)/, '$1\\$2')
    .replace(/^(=+|-+)$/, '\\$1');
}

/**
 * One line of Markdown, safe in a table cell, a heading or a list item: line breaks become
 * spaces, list items become "•" runs, pipes are escaped. `lineStart` says the text opens a
 * line, where "15. mars" would start a list; elsewhere it is left as typed, so the
 * Markdown stays pleasant to read.
 */
export function inlineMarkdown(text: string, lineStart = true): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(BR_TAG, '\n').split('\n');
  const parts: string[] = [];
  let previous: 'blank' | 'item' | 'text' = 'blank';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      previous = 'blank';
      continue;
    }
    // As in CommonMark, only a bullet or "1." may interrupt a paragraph: "25. juni" on a
    // wrapped line is text, not a list.
    const bullet = BULLET_ITEM.exec(line);
    const ordered = ORDERED_ITEM.exec(line);
    const startsItem = bullet || (ordered && (previous !== 'text' || ordered[1] === '1'));
    if (startsItem && lines.length > 1) {
      parts.push(bullet ? `• ${line.slice(bullet[0].length)}` : line);
      previous = 'item';
    } else {
      parts.push(line);
      previous = previous === 'item' ? 'item' : 'text';
    }
  }
  const joined = parts.join(' ').replace(/[ \t]+/g, ' ');
  const safe = outsideProtected(joined, (part) => asteriskEmphasis(linkAndEscapeHtml(part)));
  return (lineStart ? escapeLineStart(safe) : safe)
    // A pipe after an even number of backslashes (none, or escaped backslashes) ends a cell.
    .replace(/(\\*)\|/g, (whole, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : whole))
    .replace(/\\$/, '\\\\')
    .replace(/(\s)(#+)$/, '$1\\$2');
}

/** What a template value prints as, before escaping: lists joined, objects never as "[object Object]". */
export function plainValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).filter((item) => item !== '').join(', ');
  return '';
}
