import { Document, Footer, HeadingLevel, LeaderType, PageNumber, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { blockChildren } from './blocks.js';
import { inlineRuns } from './inline.js';
import { documentStyles, fontTableXml, Numbering, PAGE } from './styles.js';
import { sharedColumnWidths } from './table.js';
import { packDocx } from './zip.js';

/** What the Word file says about itself, and the words it needs besides the Markdown. */
export interface DocxMeta {
  title: string;
  /** The plan kind, as Word's Subject property. */
  subject: string;
  /** The person who fills the plan in, as Word's Author. */
  creator: string;
  description?: string;
  /** BCP 47 language of the document and of dekom's headings and labels: nb-NO, nn-NO or en-GB. */
  language: string;
  /** BCP 47 language of the author's text, the plan's `språk`, for spell-checking it. */
  textLanguage: string;
  /** ISO day the document is dated, also as its created and modified time. */
  date: string;
  tocTitle: string;
  /** The footer, with `{page}` and `{pages}` where the numbers go. */
  pageLabel: string;
}

interface Parts {
  title?: Tokens.Heading;
  /** What stands between the title and the first section: the title page's details. */
  front: Token[];
  body: Token[];
  headingShift: number;
}

/**
 * When the document opens with its only level-1 heading, that heading is the title and
 * starts the title page, and the level-2 headings become Word's Heading 1, as pandoc does
 * with --shift-heading-level-by=-1. Any other shape is kept as it is, without a title page.
 */
function splitTitle(tokens: readonly Token[]): Parts {
  const blocks = tokens.filter((token) => token.type !== 'space');
  const first = blocks[0];
  const titles = blocks.filter((token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1);
  if (first?.type !== 'heading' || (first as Tokens.Heading).depth !== 1 || titles.length !== 1) {
    return { front: [], body: blocks, headingShift: 0 };
  }
  const next = blocks.findIndex((token, index) => index > 0 && token.type === 'heading');
  const end = next === -1 ? blocks.length : next;
  return { title: first as Tokens.Heading, front: blocks.slice(1, end), body: blocks.slice(end), headingShift: -1 };
}

/** The title page's details: each list item or paragraph on a line of its own, without bullets. */
function titlePage(parts: Parts, numbering: Numbering): FileChild[] {
  if (!parts.title) return [];
  const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: inlineRuns(parts.title.tokens) })];
  for (const token of parts.front) {
    if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) {
        const runs = item.tokens.flatMap((child) => inlineRuns((child as Tokens.Text).tokens));
        out.push(new Paragraph({ style: 'TitleDetail', children: runs }));
      }
    } else if (token.type === 'paragraph') {
      out.push(new Paragraph({ style: 'TitleDetail', children: inlineRuns((token as Tokens.Paragraph).tokens) }));
    } else {
      out.push(...blockChildren([token], { numbering, headingShift: parts.headingShift }));
    }
  }
  return out;
}

function pageFooter(label: string): Footer {
  const children = label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
  return new Footer({ children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children })] })] });
}

/**
 * Markdown to a Word document through marked's lexer: a title page, a table of contents
 * (a field Word fills in when it updates it), the body in Word's own
 * heading styles, and page numbers in the footer from the second page on.
 */
export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Uint8Array> {
  const parts = splitTitle(new Lexer({ gfm: true }).lex(markdown));
  const numbering = new Numbering();
  const hasTitlePage = parts.title !== undefined;
  const children: FileChild[] = [
    ...titlePage(parts, numbering),
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: hasTitlePage, children: [new TextRun(meta.tocTitle)] }),
    // The entries are written as links; the page numbers are Word's to fill in, which the
    // document asks it to do on opening (updateFields below), dots leading to each.
    new TableOfContents(meta.tocTitle, { hyperlink: true, headingStyleRange: '1-3', tabLeader: LeaderType.DOT }),
    ...blockChildren(parts.body, { numbering, headingShift: parts.headingShift, pageBreakBefore: true, tableWidths: sharedColumnWidths(parts.body) }),
  ];
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    description: meta.description,
    styles: documentStyles({ text: meta.textLanguage, labels: meta.language }),
    numbering: numbering.options(),
    // Word asks on opening to update the fields, which fills in the table of contents' page numbers.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: hasTitlePage,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
          },
        },
        footers: {
          default: pageFooter(meta.pageLabel),
          ...(hasTitlePage ? { first: new Footer({ children: [new Paragraph({ style: 'Footer', children: [] })] }) } : {}),
        },
        children,
      },
    ],
  });
  return packDocx(
    document,
    { date: meta.date, language: meta.language },
    {
      'word/fontTable.xml': fontTableXml,
      // Word reads the bare element as on too; the value written out leaves no reader in doubt.
      'word/settings.xml': (xml) => xml.replace('<w:updateFields/>', '<w:updateFields w:val="true"/>'),
    },
  );
}
