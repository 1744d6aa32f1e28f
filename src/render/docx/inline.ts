import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import { xmlSafe } from './xml-safe.js';

/** Formatting inherited from the spans a run sits in. */
interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Inside a hyperlink: Word's Hyperlink character style. */
  link?: boolean;
  /** A run-in label ("**Sted:**"): dekom's word, in the labels' language. */
  label?: boolean;
}

export interface InlineOptions {
  /**
   * In a table cell, a bold label such as "**Sted:**" after other text starts a new line:
   * Markdown cannot break a line inside a table cell, Word can.
   */
  breakBeforeLabels?: boolean;
  /** A character style for every run, such as the table header's. */
  bold?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** The lexer leaves entities as typed; Word needs the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function run(text: string, marks: Marks): TextRun {
  return new TextRun({
    // A soft line break in Markdown is a space in the paragraph; an entity may decode to what XML forbids.
    text: xmlSafe(decodeEntities(text).replace(/\n/g, ' ')),
    bold: marks.bold,
    italics: marks.italics,
    strike: marks.strike,
    ...(marks.code ? { font: 'Courier New', size: 19 } : {}),
    ...(marks.link ? { style: 'Hyperlink' } : marks.label ? { style: 'RunInLabel' } : {}),
  });
}

/** Inline Markdown tokens as Word runs, links as real hyperlinks. */
export function inlineRuns(tokens: readonly Token[] | undefined, options: InlineOptions = {}, marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const base: Marks = options.bold ? { ...marks, bold: true } : marks;
  const list = tokens ?? [];
  for (const [index, token] of list.entries()) {
    switch (token.type) {
      case 'strong': {
        const label = token as Tokens.Strong;
        if (options.breakBeforeLabels && out.length > 0 && isLabel(label)) out.push(new TextRun({ break: 1 }));
        out.push(...inlineRuns(label.tokens, { ...options, breakBeforeLabels: false }, { ...base, bold: true, label: isLabel(label) }));
        break;
      }
      case 'em':
        out.push(...inlineRuns((token as Tokens.Em).tokens, options, { ...base, italics: true }));
        break;
      case 'del':
        out.push(...inlineRuns((token as Tokens.Del).tokens, options, { ...base, strike: true }));
        break;
      case 'codespan':
        out.push(run((token as Tokens.Codespan).text, { ...base, code: true }));
        break;
      case 'br':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        // Only addresses Word can open become hyperlinks; anything else keeps its text.
        if (/^(https?:|mailto:)/i.test(link.href)) {
          const children = inlineRuns(link.tokens, options, { ...base, link: true });
          out.push(new ExternalHyperlink({ link: xmlSafe(link.href), children }));
        } else out.push(...inlineRuns(link.tokens, options, base));
        break;
      }
      case 'image':
        out.push(run((token as Tokens.Image).text, { ...base, italics: true }));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        // Text inside a list item holds its own inline tokens.
        if (text.tokens?.length) out.push(...inlineRuns(text.tokens, options, base));
        else {
          // A space before a line break would wrap on its own and leave an empty line.
          const content = options.breakBeforeLabels && isLabel(list[index + 1]) ? text.text.trimEnd() : text.text;
          if (content !== '') out.push(run(content, base));
        }
        break;
      }
      case 'html':
        // A template may write "<br>" for a line break in a table cell; other tags show as typed.
        if (/^<br\s*\/?>$/i.test((token as Tokens.HTML).text.trim())) out.push(new TextRun({ break: 1 }));
        else out.push(run((token as Tokens.HTML).text, base));
        break;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text !== '') out.push(run(token.text, base));
        break;
    }
  }
  return out;
}

/** A bold run-in label such as "**Sted:**". */
function isLabel(token: Token | undefined): boolean {
  return token?.type === 'strong' && /:\s*$/.test((token as Tokens.Strong).text);
}

/** The visible text of inline tokens, for titles, widths and hyperlinks. */
export function plainText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested?.length && token.type !== 'codespan') out += plainText(nested);
    else if (token.type === 'br') out += ' ';
    else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text);
  }
  // Ordinary whitespace only: a no-break space is part of the text it holds together.
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}
