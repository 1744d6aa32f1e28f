import {
  AlignmentType,
  BorderStyle,
  LeaderType,
  LevelFormat,
  LineRuleType,
  TabStopType,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

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
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
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
export const TOC_TAB = { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT } as const;

/**
 * Word's built-in styles (Title, Heading 1–6, Hyperlink, List Paragraph) restyled, so the
 * navigation pane, the table of contents and a reader's own style changes all work. The
 * plan's language sits on the document defaults, so the author's text is spell-checked in
 * it; the styles of the words dekom writes (headings, table headers, run-in labels, the
 * table of contents, the footer) carry the language of the labels.
 */
export function documentStyles(languages: DocumentLanguages): IStylesOptions {
  const labels = { value: languages.labels };
  /** Sizes are in half-points, as Word stores them. */
  const heading = (size: number, colour: string, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: colour, language: labels },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  const toc = (id: string, name: string, left: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    run: { language: labels },
    paragraph: { spacing: { before: 40, after: 40 }, indent: { left }, tabStops: [TOC_TAB] },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: languages.text } },
        paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 52, bold: true, color: COLOURS.accent },
        paragraph: {
          spacing: { before: 2_400, after: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.accent, space: 12 } },
        },
      },
      heading1: heading(32, COLOURS.accent, 400, 160),
      heading2: heading(26, COLOURS.accent, 280, 100),
      heading3: heading(23, COLOURS.accentLight, 220, 80),
      heading4: heading(22, COLOURS.accentLight, 200, 60),
      heading5: heading(22, COLOURS.muted, 160, 40),
      heading6: heading(22, COLOURS.muted, 160, 40),
      hyperlink: { run: { color: '0563C1', underline: { type: 'single' } } },
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
    },
    paragraphStyles: [
      {
        id: 'TitleDetail',
        name: 'Title Detail',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 24, color: COLOURS.muted },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, bold: true, color: COLOURS.accent, language: labels },
        paragraph: { spacing: { after: 240 } },
      },
      toc('TOC1', 'toc 1', 0),
      toc('TOC2', 'toc 2', 220),
      toc('TOC3', 'toc 3', 440),
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { before: 30, after: 30, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        run: { bold: true, language: labels },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: COLOURS.muted },
        paragraph: {
          indent: { left: 284 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.rule, space: 8 } },
        },
      },
      {
        id: 'SourceCode',
        name: 'Source Code',
        basedOn: 'Normal',
        run: { font: MONO, size: 19 },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, shading: { type: 'clear', color: 'auto', fill: 'F2F2F2' } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, color: COLOURS.muted, language: labels },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      // A bold run-in label ("Sted:") in the author's paragraph or cell: dekom's word, in the labels' language.
      { id: 'RunInLabel', name: 'Run-in Label', basedOn: 'DefaultParagraphFont', run: { bold: true, language: labels } },
    ],
  };
}

const INDENT = 360;

function bulletLevel(level: number): ILevelsOptions {
  return {
    level,
    format: LevelFormat.BULLET,
    // "–" on the second level, as Norwegian typing manuals set nested lists.
    text: level % 2 === 0 ? '•' : '–',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
  };
}

function numberLevel(level: number, start: number): ILevelsOptions {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
  return {
    level,
    format: formats[level % 3]!,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
  };
}

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The lists of one document. Every numbered list is an instance of its own, so each
 * starts again at its first number; a list that starts elsewhere ("3.") gets a definition
 * starting there.
 */
export class Numbering {
  private readonly starts = new Set<number>([1]);
  private nextInstance = 1;

  static readonly bullets = 'bullets';

  ordered(start: number): { reference: string; instance: number } {
    this.starts.add(start);
    return { reference: `numbers-${start}`, instance: this.nextInstance++ };
  }

  options(): INumberingOptions {
    return {
      config: [
        { reference: Numbering.bullets, levels: LEVELS.map(bulletLevel) },
        ...[...this.starts].map((start) => ({ reference: `numbers-${start}`, levels: LEVELS.map((level) => numberLevel(level, start)) })),
      ],
    };
  }
}
