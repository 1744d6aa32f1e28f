import { BorderStyle, HeadingLevel, LineRuleType, Paragraph, TextRun, type FileChild, type IParagraphOptions } from 'docx';
import type { Token, Tokens } from 'marked';
import { inlineRuns } from './inline.js';
import { COLOURS, Numbering } from './styles.js';
import { buildTable } from './table.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export interface BlockContext {
  numbering: Numbering;
  /** Added to a Markdown heading's level: -1 when the single `#` heading is the title. */
  headingShift: number;
  /** Paragraph style for body text, such as a quote's. */
  style?: string;
  /** Set on the first paragraph written, to start it on a new page. */
  pageBreakBefore?: boolean;
  /** The grid of each table, shared by tables with the same header row. */
  tableWidths?: ReadonlyMap<Tokens.Table, number[]>;
}

/** Markdown blocks as Word paragraphs and tables. */
export function blockChildren(tokens: readonly Token[], context: BlockContext): FileChild[] {
  const out: FileChild[] = [];
  const paragraph = (options: IParagraphOptions) => {
    const breakHere = context.pageBreakBefore === true;
    context.pageBreakBefore = false;
    out.push(new Paragraph({ ...options, ...(breakHere ? { pageBreakBefore: true } : {}) }));
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = Math.min(6, Math.max(1, heading.depth + context.headingShift));
        paragraph({ heading: HEADINGS[level - 1], children: inlineRuns(heading.tokens) });
        break;
      }
      case 'paragraph':
        paragraph({ style: context.style, children: inlineRuns((token as Tokens.Paragraph).tokens) });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        paragraph({ style: context.style, children: text.tokens ? inlineRuns(text.tokens) : [new TextRun(text.text)] });
        break;
      }
      case 'list':
        listItems(token as Tokens.List, 0, context, paragraph, out);
        break;
      case 'table':
        if (context.pageBreakBefore) paragraph({ children: [] });
        out.push(buildTable(token as Tokens.Table, context.tableWidths?.get(token as Tokens.Table)));
        // Two tables in a row would merge into one in Word; a small empty paragraph keeps them apart.
        paragraph({ spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, run: { size: 12 }, children: [] });
        break;
      case 'blockquote': {
        const quote = { ...context, style: 'Quote' };
        out.push(...blockChildren((token as Tokens.Blockquote).tokens, quote));
        context.pageBreakBefore = quote.pageBreakBefore;
        break;
      }
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) {
          paragraph({ style: 'SourceCode', children: [new TextRun(line === '' ? ' ' : line)] });
        }
        paragraph({ spacing: { after: 0 }, children: [] });
        break;
      case 'hr':
        paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 1 } }, children: [] });
        break;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text.trim() !== '') {
          paragraph({ style: context.style, children: [new TextRun(token.text)] });
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
  paragraph: (options: IParagraphOptions) => void,
  out: FileChild[],
): void {
  const ordered = list.ordered ? context.numbering.ordered(typeof list.start === 'number' ? list.start : 1) : undefined;
  for (const item of list.items) {
    let first = true;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        listItems(child as Tokens.List, level + 1, context, paragraph, out);
        continue;
      }
      if (child.type !== 'text' && child.type !== 'paragraph') {
        out.push(...blockChildren([child], context));
        continue;
      }
      const runs = inlineRuns((child as Tokens.Text).tokens ?? [{ type: 'text', raw: child.raw, text: (child as Tokens.Text).text }]);
      if (first && item.task) runs.unshift(new TextRun(item.checked ? '[x] ' : '[ ] '));
      if (first) {
        paragraph(
          ordered
            ? { numbering: { reference: ordered.reference, instance: ordered.instance, level }, children: runs }
            : { numbering: { reference: Numbering.bullets, level }, children: runs },
        );
      } else {
        paragraph({ indent: { left: 360 * (level + 1) }, children: runs });
      }
      first = false;
    }
  }
}
