import { escapeXml, W_NAMESPACES, XML_DECLARATION } from './xml.js';

/**
 * The look of the Word file. Calibri and Courier New are the fonts Word and LibreOffice
 * (as Carlito and Liberation Mono) both have, so the pages break alike in both.
 */
export const FONT = 'Calibri';
export const MONO = 'Courier New';

/**
 * The fonts the document names, each with the metric-compatible font that stands in for it
 * (Carlito is drawn to Calibri's widths, Liberation to Arial's and Courier New's), and its
 * family and PANOSE class, so an application without it picks the nearest sans or mono.
 */
export const FONT_TABLE = [
  { name: FONT, altName: 'Carlito', panose: '020F0502020204030204', family: 'swiss', pitch: 'variable' },
  { name: 'Carlito', altName: FONT, panose: '020F0502020204030204', family: 'swiss', pitch: 'variable' },
  { name: 'Liberation Sans', altName: 'Arial', panose: '020B0604020202020204', family: 'swiss', pitch: 'variable' },
  { name: MONO, altName: 'Liberation Mono', panose: '02070309020205020404', family: 'modern', pitch: 'fixed' },
] as const;

/** word/fontTable.xml with FONT_TABLE: docx writes the table empty. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (font) =>
      `<w:font w:name="${font.name}"><w:altName w:val="${font.altName}"/><w:panose1 w:val="${font.panose}"/><w:charset w:val="00"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`,
  ).join('');
  return `${XML_DECLARATION}<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The languages of a document's text: the plan's own, and dekom's headings and labels. */
export interface DocumentLanguages {
  /** BCP 47 tag of what the author wrote: the plan's `språk`. */
  text: string;
  /** BCP 47 tag of the words dekom adds: `--lang`. */
  labels: string;
}

/** A4 with 2.5 cm margins, as Norwegian public documents use; sizes in twips. */
export const PAGE = { width: 11_906, height: 16_838, margin: 1_418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOURS = {
  accent: '1F3864',
  accentLight: '2F5496',
  headerFill: 'DCE6F2',
  border: 'A6A6A6',
  muted: '595959',
  rule: 'BFBFBF',
} as const;

/** Where the page number of a table-of-contents entry goes, with dots leading to it. */
export const TOC_TABS = `<w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="dot"/></w:tabs>`;

/** A run's fonts: one name for every script, so no script falls back to the theme's. */
const fonts = (name: string) => `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>`;
/** Sizes are in half-points, as Word stores them. */
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const colour = (value: string) => `<w:color w:val="${value}"/>`;
const BOLD = '<w:b/><w:bCs/>';
const ITALIC = '<w:i/><w:iCs/>';
const spacing = (values: { before?: number; after?: number; line?: number }) =>
  `<w:spacing${values.before === undefined ? '' : ` w:before="${values.before}"`}${values.after === undefined ? '' : ` w:after="${values.after}"`}${
    values.line === undefined ? '' : ` w:line="${values.line}" w:lineRule="auto"`
  }/>`;
const border = (side: 'bottom' | 'left', colourValue: string, eighths: number, space: number) =>
  `<w:pBdr><w:${side} w:val="single" w:color="${colourValue}" w:sz="${eighths}" w:space="${space}"/></w:pBdr>`;

interface StyleDefinition {
  type: 'paragraph' | 'character' | 'table';
  id: string;
  name: string;
  default?: boolean;
  basedOn?: string;
  next?: string;
  /** What Word shows the style by in its gallery and lists: the schema's order, before pPr. */
  extra?: string;
  paragraph?: string;
  run?: string;
  table?: string;
}

function styleXml(style: StyleDefinition): string {
  return (
    `<w:style w:type="${style.type}" w:styleId="${style.id}"${style.default ? ' w:default="1"' : ''}>` +
    `<w:name w:val="${escapeXml(style.name)}"/>` +
    (style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/>` : '') +
    (style.next ? `<w:next w:val="${style.next}"/>` : '') +
    (style.extra ?? '') +
    (style.paragraph ? `<w:pPr>${style.paragraph}</w:pPr>` : '') +
    (style.run ? `<w:rPr>${style.run}</w:rPr>` : '') +
    (style.table ? `<w:tblPr>${style.table}</w:tblPr>` : '') +
    '</w:style>'
  );
}

/**
 * word/styles.xml: Word's built-in styles (Title, Heading 1–6, Hyperlink, List Paragraph)
 * restyled, so the navigation pane, the table of contents and a reader's own style changes
 * all work. The plan's language sits on the document defaults, so the author's text is
 * spell-checked in it; the styles of the words dekom writes (headings, table headers,
 * run-in labels, the table of contents, the footer) carry the language of the labels.
 */
export function stylesXml(languages: DocumentLanguages): string {
  const labels = `<w:lang w:val="${escapeXml(languages.labels)}"/>`;
  const heading = (level: number, halfPoints: number, colourValue: string, before: number, after: number): StyleDefinition => ({
    type: 'paragraph',
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    extra: '<w:uiPriority w:val="9"/><w:qFormat/>',
    // The outline level is what the navigation pane and the TOC field's \o switch read.
    paragraph: `<w:keepNext/><w:keepLines/>${spacing({ before, after })}<w:outlineLvl w:val="${level - 1}"/>`,
    run: `${fonts(FONT)}${BOLD}${colour(colourValue)}${size(halfPoints)}${labels}`,
  });
  const toc = (level: number, left: number): StyleDefinition => ({
    type: 'paragraph',
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    extra: '<w:uiPriority w:val="39"/><w:unhideWhenUsed/>',
    paragraph: `${TOC_TABS}${spacing({ before: 40, after: 40 })}<w:ind w:left="${left}"/>`,
    run: labels,
  });
  const styles: StyleDefinition[] = [
    { type: 'paragraph', id: 'Normal', name: 'Normal', default: true, extra: '<w:qFormat/>' },
    { type: 'character', id: 'DefaultParagraphFont', name: 'Default Paragraph Font', default: true, extra: '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>' },
    {
      type: 'table',
      id: 'TableNormal',
      name: 'Normal Table',
      default: true,
      extra: '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
      table: '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>',
    },
    {
      type: 'paragraph',
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      extra: '<w:uiPriority w:val="10"/><w:qFormat/>',
      paragraph: `${border('bottom', COLOURS.accent, 12, 12)}${spacing({ before: 2_400, after: 480 })}`,
      run: `${fonts(FONT)}${BOLD}${colour(COLOURS.accent)}${size(52)}`,
    },
    heading(1, 32, COLOURS.accent, 400, 160),
    heading(2, 26, COLOURS.accent, 280, 100),
    heading(3, 23, COLOURS.accentLight, 220, 80),
    heading(4, 22, COLOURS.accentLight, 200, 60),
    heading(5, 22, COLOURS.muted, 160, 40),
    heading(6, 22, COLOURS.muted, 160, 40),
    {
      type: 'paragraph',
      id: 'ListParagraph',
      name: 'List Paragraph',
      basedOn: 'Normal',
      extra: '<w:uiPriority w:val="34"/><w:qFormat/>',
      paragraph: `${spacing({ after: 60 })}<w:contextualSpacing/>`,
    },
    {
      type: 'character',
      id: 'Hyperlink',
      name: 'Hyperlink',
      basedOn: 'DefaultParagraphFont',
      extra: '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
      run: '<w:color w:val="0563C1"/><w:u w:val="single"/>',
    },
    { type: 'paragraph', id: 'TitleDetail', name: 'Title Detail', basedOn: 'Normal', next: 'Normal', paragraph: spacing({ after: 80 }), run: `${colour(COLOURS.muted)}${size(24)}` },
    { type: 'paragraph', id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', paragraph: spacing({ after: 240 }), run: `${BOLD}${colour(COLOURS.accent)}${size(32)}${labels}` },
    toc(1, 0),
    toc(2, 220),
    toc(3, 440),
    { type: 'paragraph', id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: spacing({ before: 30, after: 30, line: 252 }), run: size(19) },
    { type: 'paragraph', id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', run: `${BOLD}${labels}` },
    {
      type: 'paragraph',
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      extra: '<w:uiPriority w:val="29"/><w:qFormat/>',
      paragraph: `${border('left', COLOURS.rule, 18, 8)}<w:ind w:left="284"/>`,
      run: `${ITALIC}${colour(COLOURS.muted)}`,
    },
    {
      type: 'paragraph',
      id: 'SourceCode',
      name: 'Source Code',
      basedOn: 'Normal',
      paragraph: `<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>${spacing({ after: 0, line: 240 })}`,
      run: `${fonts(MONO)}${size(19)}`,
    },
    { type: 'paragraph', id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: `${spacing({ after: 0 })}<w:jc w:val="center"/>`, run: `${colour(COLOURS.muted)}${size(18)}${labels}` },
    // A bold run-in label ("Sted:") in the author's paragraph or cell: dekom's word, in the labels' language.
    { type: 'character', id: 'RunInLabel', name: 'Run-in Label', basedOn: 'DefaultParagraphFont', run: `${BOLD}${labels}` },
  ];
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONT)}${size(22)}<w:lang w:val="${escapeXml(languages.text)}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${spacing({ after: 140, line: 276 })}</w:pPr></w:pPrDefault></w:docDefaults>`;
  return `${XML_DECLARATION}<w:styles ${W_NAMESPACES}>${defaults}${styles.map(styleXml).join('')}</w:styles>`;
}

const INDENT = 360;
const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

function level(ilvl: number, format: string, text: string, start = 1): string {
  const indent = `<w:pPr><w:ind w:left="${INDENT * (ilvl + 1)}" w:hanging="${INDENT}"/></w:pPr>`;
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${indent}</w:lvl>`;
}

const NUMBER_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'] as const;

/**
 * The lists of one document. Every numbered list is an instance of its own, so each
 * starts again at its first number; a list that starts elsewhere ("3.") gets a definition
 * starting there. Bullets are one list throughout.
 */
export class Numbering {
  /** The definition of each start a numbered list has, in the order they are first used. */
  private readonly starts: number[] = [];
  /** Each numbered list: the definition it is an instance of. */
  private readonly lists: number[] = [];

  /** The `w:numId` of the bullets. */
  static readonly bullets = 1;

  /** A new numbered list starting at `start`; its `w:numId`. */
  ordered(start: number): number {
    if (!this.starts.includes(start)) this.starts.push(start);
    this.lists.push(start);
    return this.lists.length + 1;
  }

  /** word/numbering.xml. */
  xml(): string {
    // "–" on the second level, as Norwegian typing manuals set nested lists.
    const bullets = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${LEVELS.map((l) => level(l, 'bullet', l % 2 === 0 ? '•' : '–')).join('')}</w:abstractNum>`;
    const numbers = this.starts.map(
      (start, index) =>
        `<w:abstractNum w:abstractNumId="${index + 1}"><w:multiLevelType w:val="hybridMultilevel"/>${LEVELS.map((l) =>
          level(l, NUMBER_FORMATS[l % 3]!, `%${l + 1}.`, l === 0 ? start : 1),
        ).join('')}</w:abstractNum>`,
    );
    // Restarting every level makes each list count from its own start, nested lists too.
    const restart = (start: number) => LEVELS.map((l) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${l === 0 ? start : 1}"/></w:lvlOverride>`).join('');
    const instances = this.lists.map(
      (start, index) => `<w:num w:numId="${index + 2}"><w:abstractNumId w:val="${this.starts.indexOf(start) + 1}"/>${restart(start)}</w:num>`,
    );
    return `${XML_DECLARATION}<w:numbering ${W_NAMESPACES}>${bullets}${numbers.join('')}<w:num w:numId="${Numbering.bullets}"><w:abstractNumId w:val="0"/></w:num>${instances.join('')}</w:numbering>`;
  }
}
