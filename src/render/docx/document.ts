import { Lexer, type Token, type Tokens } from 'marked';
import { blockChildren, paragraphXml, type DocumentParts, type TocEntry } from './blocks.js';
import { inlineRuns, textRun, type LinkTargets } from './inline.js';
import { APP_XML, PACKAGE_RELS, SETTINGS_XML, contentTypesXml, coreXml, footerXml, relationshipType, relationshipsXml, type Relationship } from './parts.js';
import { fontTableXml, Numbering, PAGE, stylesXml, TOC_TABS } from './styles.js';
import { sharedColumnWidths } from './table.js';
import { escapeXml, W_NAMESPACES, XML_DECLARATION } from './xml.js';
import { zip } from './zip.js';

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
function titlePage(parts: Parts, document: DocumentParts): string {
  if (!parts.title) return '';
  const links = document.links;
  let out = paragraphXml({ style: 'Title' }, inlineRuns(parts.title.tokens, { links }));
  for (const token of parts.front) {
    if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) {
        const runs = item.tokens.map((child) => inlineRuns((child as Tokens.Text).tokens, { links })).join('');
        out += paragraphXml({ style: 'TitleDetail' }, runs);
      }
    } else if (token.type === 'paragraph') {
      out += paragraphXml({ style: 'TitleDetail' }, inlineRuns((token as Tokens.Paragraph).tokens, { links }));
    } else {
      out += blockChildren([token], { document, headingShift: parts.headingShift });
    }
  }
  return out;
}

const field = (instruction: string) =>
  `<w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">${escapeXml(instruction)}</w:instrText><w:fldChar w:fldCharType="separate"/>`;

/**
 * Word's table of contents field, levels 1–3 with links, its entries written out so the
 * headings show before any program has updated the field; the page numbers are Word's to
 * fill in, which the document asks it to do on opening (updateFields in the settings).
 */
function tableOfContents(title: string, entries: readonly TocEntry[]): string {
  const begin = `<w:r>${field('TOC \\h \\o "1-3"')}</w:r>`;
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const paragraphs = entries.map((entry, index) => {
    const page = `<w:r>${field(`PAGEREF ${entry.bookmark} \\h`)}<w:fldChar w:fldCharType="end"/></w:r>`;
    const link = `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">${textRun(entry.text)}<w:r><w:tab/></w:r>${page}</w:hyperlink>`;
    return `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/>${TOC_TABS}</w:pPr>${index === 0 ? begin : ''}${link}</w:p>`;
  });
  const content = entries.length ? `${paragraphs.join('')}<w:p>${end}</w:p>` : `<w:p>${begin}${end}</w:p>`;
  const properties = `<w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/** The document's relationships; hyperlinks are numbered in the order they first appear, one per address. */
class Relationships implements LinkTargets {
  private readonly targets = new Map<string, string>();

  link(target: string): string {
    let id = this.targets.get(target);
    if (id === undefined) {
      id = `rIdLink${this.targets.size + 1}`;
      this.targets.set(target, id);
    }
    return id;
  }

  hyperlinks(): Relationship[] {
    return [...this.targets].map(([target, id]) => ({ id, type: relationshipType('hyperlink'), target, external: true }));
  }
}

/**
 * Markdown to a Word document through marked's lexer: a title page, a table of contents,
 * the body in Word's own heading styles, and page numbers in the footer from the second
 * page on. Every id in the file (bookmarks, lists, links) is counted within this document,
 * so a plan renders to the same bytes whatever was rendered before it in the process.
 */
export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Uint8Array> {
  const parts = splitTitle(new Lexer({ gfm: true }).lex(markdown));
  const links = new Relationships();
  const document: DocumentParts = { numbering: new Numbering(), links, toc: [] };
  const hasTitlePage = parts.title !== undefined;
  const front = titlePage(parts, document);
  const body = blockChildren(parts.body, { document, headingShift: parts.headingShift, pageBreakBefore: true, tableWidths: sharedColumnWidths(parts.body) });
  const tocHeading = paragraphXml({ style: 'TOCHeading', pageBreakBefore: hasTitlePage }, textRun(meta.tocTitle));

  const footers = hasTitlePage ? ['footer1.xml', 'footer2.xml'] : ['footer1.xml'];
  const footerRefs = `<w:footerReference w:type="default" r:id="rIdFooter1"/>${hasTitlePage ? '<w:footerReference w:type="first" r:id="rIdFooter2"/>' : ''}`;
  const section =
    `<w:sectPr>${footerRefs}<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="709" w:footer="709" w:gutter="0"/>` +
    `${hasTitlePage ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`;
  const documentXml = `${XML_DECLARATION}<w:document ${W_NAMESPACES}><w:body>${front}${tocHeading}${tableOfContents(meta.tocTitle, document.toc)}${body}${section}</w:body></w:document>`;

  const relationships = relationshipsXml([
    { id: 'rIdStyles', type: relationshipType('styles'), target: 'styles.xml' },
    { id: 'rIdNumbering', type: relationshipType('numbering'), target: 'numbering.xml' },
    { id: 'rIdSettings', type: relationshipType('settings'), target: 'settings.xml' },
    { id: 'rIdFontTable', type: relationshipType('fontTable'), target: 'fontTable.xml' },
    ...footers.map((file, index) => ({ id: `rIdFooter${index + 1}`, type: relationshipType('footer'), target: file })),
    ...links.hyperlinks(),
  ]);
  const content = new Map<string, string>([
    ['word/document.xml', documentXml],
    ['word/_rels/document.xml.rels', relationships],
    ['word/styles.xml', stylesXml({ text: meta.textLanguage, labels: meta.language })],
    ['word/numbering.xml', document.numbering.xml()],
    ['word/settings.xml', SETTINGS_XML],
    ['word/fontTable.xml', fontTableXml()],
    ['word/footer1.xml', footerXml(meta.pageLabel)],
    // The first page is the title page; its footer stays empty.
    ...(hasTitlePage ? [['word/footer2.xml', footerXml()] as const] : []),
    ['docProps/core.xml', coreXml({ ...meta, language: meta.language })],
    ['docProps/app.xml', APP_XML],
  ]);
  // Readers that sniff a package look for the content types first, as Word writes them.
  return zip(new Map([['[Content_Types].xml', contentTypesXml([...content.keys()])], ['_rels/.rels', PACKAGE_RELS], ...content]));
}
