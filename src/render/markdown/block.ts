import { asteriskEmphasis, isSafeUrl, linkAndEscapeHtml, outsideProtected, STARTS_WITH_DATE } from './inline.js';

/** Indentation, anything that can start a block, hide a tag or an address, or break a line. */
const NEEDS_WORK = /^(?:[ \t]+\S|[#>*+\-=_~`|[]|\d{1,9}[.)])|[<@_\t\r\\]|https?:|www\.|\S {2,}$/m;

/** A line of `=` or `-` alone: under a paragraph line it would make that a heading. */
const UNDERLINE = /^ {0,3}(=+|-+)\s*$/;

/** `[name]: address`, a link definition; a `[name]` anywhere in the text would link to it. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)/;

/**
 * A section's text as the author wrote it, fitted into the document around it: their
 * headings nest under the section (`depth` is the section's own level), lists get the
 * blank line and the "-" marker the rest of the document uses, code fences get a
 * language, and nothing the author typed can open raw HTML. Returns '' for blank text.
 */
export function blockMarkdown(text: string, depth: number): string {
  // Most sections are plain paragraphs; they need none of the work below.
  if (!NEEDS_WORK.test(text)) return collapse(text.replace(/[ \t]+$/gm, '').split('\n'));
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // A break at the very end would break before nothing.
    .replace(/(?:\s*<br\s*\/?>)+\s*$/i, '')
    // An HTML line break is the author asking for a hard break, which Markdown writes as "\".
    .replace(/<br\s*\/?>[ ]*\n?/gi, '\\\n');
  const lines = dedent(normalised.split('\n'));
  const out: string[] = [];
  const headings = headingLevels(lines);
  let fence: string | undefined;
  let inList = false;
  let previousLevel = depth;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, '');
    const previous = out.length > 0 ? out[out.length - 1]! : '';

    if (fence) {
      out.push(line);
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    if (opening) {
      fence = opening[2]!;
      pushBlank(out);
      out.push(`${opening[1]}${fence}${opening[3]!.trim() === '' ? 'text' : opening[3]}`);
      inList = false;
      continue;
    }

    const heading = headings.get(i);
    if (heading) {
      const level = Math.min(6, depth + 1 + heading.level - headings.min, previousLevel + 1);
      previousLevel = level;
      pushBlank(out);
      out.push(`${'#'.repeat(level)} ${inlineOf(heading.text.replace(/[.,;:!]+$/, ''))}`, '');
      if (heading.setext) i++;
      inList = false;
      continue;
    }

    if (line.trim() === '') {
      out.push('');
      continue;
    }
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
      pushBlank(out);
      out.push('---', '');
      inList = false;
      continue;
    }
    // Not the underline of a heading the author wrote (those are handled above), so text.
    if (UNDERLINE.test(line)) {
      out.push(line.replace(/^( *)([=-])/, '$1\\$2'));
      continue;
    }
    const definition = LINK_DEFINITION.exec(line);
    if (definition && !isSafeUrl(definition[1]!)) {
      out.push(line.replace('[', '\\['));
      continue;
    }
    // "15. mars begynner vi" is a date, not the 15th item of a list. Inside a paragraph only
    // "1." could start one.
    const date = STARTS_WITH_DATE.exec(line.trimStart());
    if (date && !inList && (previous.trim() === '' || date[1] === '1')) {
      out.push(`${leading(line)}${inlineOf(line.trimStart().replace(STARTS_WITH_DATE, '$1\\.'), false)}`);
      continue;
    }

    const item = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)(.*)$/.exec(line);
    if (item) {
      const marker = /^[*+]$/.test(item[2]!) ? '-' : item[2]!;
      const startsList = !inList && previous.trim() !== '' && !/^\s/.test(previous);
      // Only bullets and "1." may interrupt a paragraph; anything else is the paragraph's text.
      if (startsList && (marker === '-' || marker === '1.' || marker === '1)')) out.push('');
      if (previous.trim() === '' || startsList || inList) {
        out.push(`${item[1]}${marker}${item[3]}${inlineOf(item[4]!, false)}`);
        inList = true;
        continue;
      }
    } else if (previous.trim() === '' && !/^\s/.test(line)) {
      inList = false;
    }

    const hardBreak = /\S {2,}$/.test(lines[i]!) && i + 1 < lines.length && lines[i + 1]!.trim() !== '';
    const quote = /^(\s*(?:>\s?)+)(.*)$/.exec(line);
    const body = quote ? `${quote[1]}${inlineOf(quote[2]!, false)}` : `${leading(line)}${inlineOf(line.trimStart(), false)}`;
    out.push(hardBreak ? `${body}\\` : body);
  }
  // A fence the author never closed would otherwise run on through the rest of the document.
  if (fence) {
    while (out[out.length - 1] === '') out.pop();
    out.push(fence);
  }
  return escapeTrailingBackslash(collapse(out));
}

/** A backslash the text ends with stays a backslash, whatever the template puts after it. */
function escapeTrailingBackslash(markdown: string): string {
  const trailing = /\\+$/.exec(markdown);
  return trailing && trailing[0].length % 2 === 1 ? `${markdown}\\` : markdown;
}

function inlineOf(text: string, full = true): string {
  const safe = outsideProtected(text, (part) => asteriskEmphasis(linkAndEscapeHtml(part)));
  return full ? safe.replace(/(\s)(#+)$/, '$1\\$2') : safe;
}

function leading(line: string): string {
  return /^\s*/.exec(line)![0];
}

function pushBlank(out: string[]): void {
  if (out.length > 0 && out[out.length - 1] !== '') out.push('');
}

interface Heading {
  level: number;
  text: string;
  setext: boolean;
}

/** The author's headings by line, ATX and setext, with the shallowest level among them. */
function headingLevels(lines: readonly string[]): Map<number, Heading> & { min: number } {
  const found = new Map<number, Heading>() as Map<number, Heading> & { min: number };
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) continue;
    const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      found.set(i, { level: atx[1]!.length, text: atx[2] ?? '', setext: false });
      continue;
    }
    const next = lines[i + 1];
    const isParagraphLine = line.trim() !== '' && !/^\s*([-*+>]|\d{1,9}[.)])\s/.test(line) && !/^ {4}/.test(line);
    const previousBlank = i === 0 || lines[i - 1]!.trim() === '';
    if (next !== undefined && isParagraphLine && previousBlank && /^ {0,3}(=+|-+)\s*$/.test(next)) {
      found.set(i, { level: next.trim().startsWith('=') ? 1 : 2, text: line.trim(), setext: true });
    }
  }
  found.min = Math.min(...[...found.values()].map((h) => h.level), 6);
  return found;
}

/** Drops the indentation all lines share, so an indented block is not read as code. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => leading(line).length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return common === 0 ? lines : lines.map((line) => line.slice(Math.min(common, leading(line).length)));
}

function collapse(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
