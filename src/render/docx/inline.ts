import type { Token, Tokens } from 'marked';
import { escapeXml } from './xml.js';

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

/** The document's relationships to what it links to, each named once. */
export interface LinkTargets {
  /** The relationship id of an external address. */
  link(target: string): string;
}

export interface InlineOptions {
  links: LinkTargets;
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

const CODE_FONT = '<w:rFonts w:ascii="Courier New" w:cs="Courier New" w:eastAsia="Courier New" w:hAnsi="Courier New"/>';
const LINE_BREAK = '<w:r><w:br/></w:r>';

/** One run of text; its properties in the order the schema gives them. */
function run(text: string, marks: Marks): string {
  let props = marks.link ? '<w:rStyle w:val="Hyperlink"/>' : marks.label ? '<w:rStyle w:val="RunInLabel"/>' : '';
  if (marks.code) props += CODE_FONT;
  if (marks.bold) props += '<w:b/><w:bCs/>';
  if (marks.italics) props += '<w:i/><w:iCs/>';
  if (marks.strike) props += '<w:strike/>';
  if (marks.code) props += '<w:sz w:val="19"/><w:szCs w:val="19"/>';
  // A soft line break in Markdown is a space in the paragraph; an entity may decode to what XML forbids, which escapeXml drops.
  const content = escapeXml(decodeEntities(text).replace(/\n/g, ' '));
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${content}</w:t></w:r>`;
}

/** A run of plain text with no formatting of its own. */
export function textRun(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** Inline Markdown tokens as Word runs, links as real hyperlinks. */
export function inlineRuns(tokens: readonly Token[] | undefined, options: InlineOptions, marks: Marks = {}): string {
  let out = '';
  const base: Marks = options.bold ? { ...marks, bold: true } : marks;
  const list = tokens ?? [];
  for (const [index, token] of list.entries()) {
    switch (token.type) {
      case 'strong': {
        const label = token as Tokens.Strong;
        if (options.breakBeforeLabels && out !== '' && isLabel(label)) out += LINE_BREAK;
        out += inlineRuns(label.tokens, { ...options, breakBeforeLabels: false }, { ...base, bold: true, label: isLabel(label) });
        break;
      }
      case 'em':
        out += inlineRuns((token as Tokens.Em).tokens, options, { ...base, italics: true });
        break;
      case 'del':
        out += inlineRuns((token as Tokens.Del).tokens, options, { ...base, strike: true });
        break;
      case 'codespan':
        out += run((token as Tokens.Codespan).text, { ...base, code: true });
        break;
      case 'br':
        out += LINE_BREAK;
        break;
      case 'link': {
        const link = token as Tokens.Link;
        // Only addresses Word can open become hyperlinks; anything else keeps its text.
        if (/^(https?:|mailto:)/i.test(link.href)) {
          const children = inlineRuns(link.tokens, options, { ...base, link: true });
          out += `<w:hyperlink r:id="${options.links.link(link.href)}" w:history="1">${children}</w:hyperlink>`;
        } else out += inlineRuns(link.tokens, options, base);
        break;
      }
      case 'image':
        out += run((token as Tokens.Image).text, { ...base, italics: true });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        // Text inside a list item holds its own inline tokens.
        if (text.tokens?.length) out += inlineRuns(text.tokens, options, base);
        else {
          // A space before a line break would wrap on its own and leave an empty line.
          const content = options.breakBeforeLabels && isLabel(list[index + 1]) ? text.text.trimEnd() : text.text;
          if (content !== '') out += run(content, base);
        }
        break;
      }
      case 'html':
        // A template may write "<br>" for a line break in a table cell; other tags show as typed.
        if (/^<br\s*\/?>$/i.test((token as Tokens.HTML).text.trim())) out += LINE_BREAK;
        else out += run((token as Tokens.HTML).text, base);
        break;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text !== '') out += run(token.text, base);
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
