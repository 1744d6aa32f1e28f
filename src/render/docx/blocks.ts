import type { Token, Tokens } from 'marked';
import { inlineRuns, plainText, textRun, type LinkTargets } from './inline.js';
import { COLOURS, Numbering } from './styles.js';
import { buildTable } from './table.js';

/** A heading the table of contents lists, with the bookmark it links to. */
export interface TocEntry {
  level: number;
  text: string;
  bookmark: string;
}

/** What one document keeps while its blocks are written: every id in it counts from 1 in it. */
export interface DocumentParts {
  numbering: Numbering;
  links: LinkTargets;
  /** The headings of levels 1–3, in order, as the table of contents lists them. */
  toc: TocEntry[];
}

export interface BlockContext {
  document: DocumentParts;
  /** Added to a Markdown heading's level: -1 when the single `#` heading is the title. */
  headingShift: number;
  /** Paragraph style for body text, such as a quote's. */
  style?: string;
  /** Set on the first paragraph written, to start it on a new page. */
  pageBreakBefore?: boolean;
  /** The grid of each table, shared by tables with the same header row. */
  tableWidths?: ReadonlyMap<Tokens.Table, number[]>;
}

/** A paragraph's properties, in the order the schema gives them. */
interface ParagraphProperties {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { numId: number; level: number };
  border?: string;
  spacing?: string;
  indent?: number;
  run?: string;
}

export function paragraphXml(properties: ParagraphProperties, content: string): string {
  let props = properties.style ? `<w:pStyle w:val="${properties.style}"/>` : '';
  if (properties.keepNext) props += '<w:keepNext/>';
  if (properties.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (properties.numbering) props += `<w:numPr><w:ilvl w:val="${properties.numbering.level}"/><w:numId w:val="${properties.numbering.numId}"/></w:numPr>`;
  if (properties.border) props += properties.border;
  if (properties.spacing) props += properties.spacing;
  if (properties.indent !== undefined) props += `<w:ind w:left="${properties.indent}"/>`;
  if (properties.run) props += `<w:rPr>${properties.run}</w:rPr>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** Levels the table of contents shows, as its field's `\o "1-3"` says. */
const TOC_LEVELS = 3;

/** Markdown blocks as Word paragraphs and tables. */
export function blockChildren(tokens: readonly Token[], context: BlockContext): string {
  let out = '';
  const append = (xml: string) => {
    out += xml;
  };
  const links = context.document.links;
  const paragraph = (properties: ParagraphProperties, content: string) => {
    const breakHere = context.pageBreakBefore === true;
    context.pageBreakBefore = false;
    append(paragraphXml(breakHere ? { ...properties, pageBreakBefore: true } : properties, content));
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = Math.min(6, Math.max(1, heading.depth + context.headingShift));
        let runs = inlineRuns(heading.tokens, { links });
        if (level <= TOC_LEVELS) {
          const toc = context.document.toc;
          const id = toc.length + 1;
          // Word's own name for the bookmarks its table of contents links to.
          const bookmark = `_Toc${id}`;
          toc.push({ level, text: plainText(heading.tokens), bookmark });
          runs = `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
        }
        paragraph({ style: `Heading${level}` }, runs);
        break;
      }
      case 'paragraph':
        paragraph({ style: context.style }, inlineRuns((token as Tokens.Paragraph).tokens, { links }));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        paragraph({ style: context.style }, text.tokens ? inlineRuns(text.tokens, { links }) : textRun(text.text));
        break;
      }
      case 'list':
        listItems(token as Tokens.List, 0, context, paragraph, append);
        break;
      case 'table':
        if (context.pageBreakBefore) paragraph({}, '');
        out += buildTable(token as Tokens.Table, links, context.tableWidths?.get(token as Tokens.Table));
        // Two tables in a row would merge into one in Word; a small empty paragraph keeps them apart.
        paragraph({ spacing: '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', run: '<w:sz w:val="12"/><w:szCs w:val="12"/>' }, '');
        break;
      case 'blockquote': {
        const quote = { ...context, style: 'Quote' };
        out += blockChildren((token as Tokens.Blockquote).tokens, quote);
        context.pageBreakBefore = quote.pageBreakBefore;
        break;
      }
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) paragraph({ style: 'SourceCode' }, textRun(line === '' ? ' ' : line));
        paragraph({ spacing: '<w:spacing w:after="0"/>' }, '');
        break;
      case 'hr':
        paragraph({ border: `<w:pBdr><w:bottom w:val="single" w:color="${COLOURS.rule}" w:sz="6" w:space="1"/></w:pBdr>` }, '');
        break;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text.trim() !== '') {
          paragraph({ style: context.style }, textRun(token.text));
        }
    }
  }
  return out;
}

/**
 * A list item's first paragraph carries the bullet or number; nested lists go one level
 * deeper; further paragraphs are indented to the item's text.
 */
function listItems(
  list: Tokens.List,
  level: number,
  context: BlockContext,
  paragraph: (properties: ParagraphProperties, content: string) => void,
  append: (xml: string) => void,
): void {
  const { links, numbering } = context.document;
  const numId = list.ordered ? numbering.ordered(typeof list.start === 'number' ? list.start : 1) : Numbering.bullets;
  for (const item of list.items) {
    let first = true;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        listItems(child as Tokens.List, level + 1, context, paragraph, append);
        continue;
      }
      if (child.type !== 'text' && child.type !== 'paragraph') {
        append(blockChildren([child], context));
        continue;
      }
      let runs = inlineRuns((child as Tokens.Text).tokens ?? [{ type: 'text', raw: child.raw, text: (child as Tokens.Text).text }], { links });
      if (first && item.task) runs = textRun(item.checked ? '[x] ' : '[ ] ') + runs;
      if (first) paragraph({ style: 'ListParagraph', numbering: { numId, level } }, runs);
      else paragraph({ indent: 360 * (level + 1) }, runs);
      first = false;
    }
  }
}
