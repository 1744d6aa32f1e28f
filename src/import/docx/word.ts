import { ImportError } from '../errors.js';
import { coreField, defaultLanguage, readLinks, readNumbering, readStyles, styleLevel, type Parts } from './parts.js';
import { child, children, find, isElement, parseXml, val, type XmlElement } from './xml.js';
import { readArchive } from './zip.js';
import { escapeLineStart, inlineMarkdown, type Span } from './spans.js';

/** A paragraph as the importer sees it: its text as Markdown and as plain text, and what kind of line it is. */
export interface WordParagraph {
  type: 'paragraph';
  markdown: string;
  plain: string;
  /** 1–9 for Heading 1–9 (or an outline level), 0 for the Title style. */
  heading?: number;
  list?: { ordered: boolean; level: number };
  /** Every letter is bold: a heading made by hand, or a label. */
  bold: boolean;
  /** A content control still showing its placeholder ("Klikk eller trykk her …") stood here. */
  placeholder: boolean;
  /** A line of a code block: the paragraph is set in a source-code style or a fixed-width font throughout. */
  code?: string;
}

export interface WordCell {
  blocks: WordBlock[];
}

export interface WordTable {
  type: 'table';
  rows: WordCell[][];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordDocument {
  blocks: WordBlock[];
  /** BCP 47, as the document's default or its properties say: `nb-NO`. */
  language?: string;
  /** The title in the document's properties. */
  title?: string;
}

/** Text Word's own templates put in a content control for the author to replace. */
const TEMPLATE_PLACEHOLDERS =
  /klikk eller trykk her for å skrive inn tekst\.?|klikk eller trykk for å skrive inn en dato\.?|klikk her for å skrive inn tekst\.?|click or tap here to enter text\.?|click or tap to enter a date\.?|velg et element\.?|choose an item\.?/gi;

/**
 * A .docx as blocks: paragraphs with their heading level, list level and inline Markdown,
 * and tables of cells. The document XML is read directly, since content controls
 * (`w:sdt`), which tell a template's placeholder from an answer, are what other readers drop.
 */
export function readWord(bytes: Uint8Array, display: string): WordDocument {
  const archive = readArchive(bytes, display);
  const documentXml = archive.text('word/document.xml');
  if (documentXml === undefined) throw new ImportError('notDocx', { file: display });
  const stylesXml = archive.text('word/styles.xml');
  const parts: Parts = {
    styles: readStyles(stylesXml),
    numbering: readNumbering(archive.text('word/numbering.xml')),
    links: readLinks(archive.text('word/_rels/document.xml.rels')),
  };
  const body = find(parseXml(documentXml), 'w:body');
  const blocks: WordBlock[] = [];
  if (body) readBlocks(body, parts, blocks);
  const core = archive.text('docProps/core.xml');
  const language = coreField(core, 'dc:language') ?? defaultLanguage(stylesXml);
  const title = coreField(core, 'dc:title');
  return { blocks, ...(language ? { language } : {}), ...(title ? { title } : {}) };
}

function readBlocks(container: XmlElement, parts: Parts, out: WordBlock[]): void {
  for (const node of container.children) {
    if (!isElement(node)) continue;
    switch (node.name) {
      case 'w:p': {
        const paragraph = readParagraph(node, parts);
        if (paragraph) out.push(paragraph);
        break;
      }
      case 'w:tbl':
        out.push(readTable(node, parts));
        break;
      case 'w:sdt': {
        const properties = child(node, 'w:sdtPr');
        // The table of contents is Word's, made from the headings.
        if (val(find(properties, 'w:docPartObj'), 'w:docPartGallery')?.startsWith('Table of Contents')) break;
        const start = out.length;
        readBlocks(child(node, 'w:sdtContent') ?? node, parts, out);
        if (child(properties, 'w:showingPlcHdr')) {
          const kept = out.splice(start).filter((block) => block.type === 'table');
          out.push(...kept, { type: 'paragraph', markdown: '', plain: '', bold: false, placeholder: true });
        }
        break;
      }
      case 'w:customXml':
      case 'w:ins':
      case 'w:smartTag':
        readBlocks(node, parts, out);
        break;
      case 'mc:AlternateContent':
        readBlocks(child(node, 'mc:Fallback') ?? node, parts, out);
        break;
      default:
        break;
    }
  }
}

function readTable(table: XmlElement, parts: Parts): WordTable {
  const rows: WordCell[][] = [];
  for (const row of children(table, 'w:tr')) {
    const cells: WordCell[] = [];
    for (const cell of children(row, 'w:tc')) {
      const merge = child(child(cell, 'w:tcPr'), 'w:vMerge');
      // A cell merged with the one above holds nothing of its own.
      if (merge && merge.attrs['w:val'] !== 'restart') {
        cells.push({ blocks: [] });
        continue;
      }
      const blocks: WordBlock[] = [];
      readBlocks(cell, parts, blocks);
      cells.push({ blocks });
    }
    rows.push(cells);
  }
  return { type: 'table', rows };
}

function readParagraph(paragraph: XmlElement, parts: Parts): WordParagraph | undefined {
  const properties = child(paragraph, 'w:pPr');
  const style = styleLevel(parts.styles, val(properties, 'w:pStyle'));
  if (style.skip) return undefined;
  const spans: Span[] = [];
  const state = { field: 'none' as 'none' | 'code' | 'result', placeholder: false };
  readInline(paragraph, parts, spans, {}, state);
  let placeholder = state.placeholder;
  for (const span of spans) {
    const cleared = span.text.replace(TEMPLATE_PLACEHOLDERS, '');
    if (cleared !== span.text) placeholder = true;
    span.text = cleared;
  }
  const joined = spans.map((span) => span.text).join('');
  // A placeholder split over several runs is found in the paragraph's whole text; the
  // rest of the paragraph stays, without its formatting.
  if (joined.replace(TEMPLATE_PLACEHOLDERS, '') !== joined) {
    placeholder = true;
    spans.splice(0, spans.length, { text: joined.replace(TEMPLATE_PLACEHOLDERS, '') });
  }
  const plain = joined.replace(TEMPLATE_PLACEHOLDERS, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/ ?\n ?/g, '\n').trim();
  const outline = val(properties, 'w:outlineLvl');
  const heading = style.level ?? (outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : undefined);
  const numbering = child(properties, 'w:numPr');
  const numId = val(numbering, 'w:numId') ?? style.numId;
  const ilvl = val(numbering, 'w:ilvl') ?? '0';
  const list = numId && numId !== '0' && heading === undefined ? { ordered: parts.numbering.get(numId)?.get(ilvl) ?? false, level: Number(ilvl) } : undefined;
  const lettered = spans.filter((span) => /\S/.test(span.text));
  const styleName = parts.styles.get(val(properties, 'w:pStyle') ?? '')?.name ?? val(properties, 'w:pStyle') ?? '';
  const code = /source ?code|^code|html preformatted/i.test(styleName) ? joined.replace(/\u00a0/g, ' ') : undefined;
  return {
    ...(code !== undefined ? { code: code.trim() === '' ? '' : code } : {}),
    type: 'paragraph',
    markdown: list ? inlineMarkdown(spans) : escapeLineStart(inlineMarkdown(spans)),
    plain,
    ...(heading !== undefined && plain !== '' ? { heading } : {}),
    ...(list ? { list } : {}),
    bold: lettered.length > 0 && lettered.every((span) => span.bold),
    placeholder,
  };
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
}

/** Whether a toggle such as `<w:b/>` is on: `w:val` of 0, false or off turns it off. */
function on(properties: XmlElement | undefined, name: string): boolean | undefined {
  const element = child(properties, name);
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function readInline(container: XmlElement, parts: Parts, out: Span[], marks: Marks, state: { field: 'none' | 'code' | 'result'; placeholder: boolean }): void {
  for (const node of container.children) {
    if (!isElement(node)) continue;
    switch (node.name) {
      case 'w:r':
        readRun(node, out, marks, state);
        break;
      case 'w:hyperlink': {
        const target = node.attrs['r:id'] ? parts.links.get(node.attrs['r:id']) : undefined;
        readInline(node, parts, out, target ? { ...marks, link: target } : marks, state);
        break;
      }
      case 'w:sdt': {
        const properties = child(node, 'w:sdtPr');
        if (child(properties, 'w:showingPlcHdr')) {
          state.placeholder = true;
          break;
        }
        readInline(child(node, 'w:sdtContent') ?? node, parts, out, marks, state);
        break;
      }
      case 'w:ins':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:sdtContent':
        readInline(node, parts, out, marks, state);
        break;
      default:
        break;
    }
  }
}

function readRun(run: XmlElement, out: Span[], marks: Marks, state: { field: 'none' | 'code' | 'result' }): void {
  const properties = child(run, 'w:rPr');
  const span: Marks = {
    ...marks,
    ...(on(properties, 'w:b') !== undefined ? { bold: on(properties, 'w:b') } : {}),
    ...(on(properties, 'w:i') !== undefined ? { italic: on(properties, 'w:i') } : {}),
    ...(on(properties, 'w:strike') !== undefined ? { strike: on(properties, 'w:strike') } : {}),
    ...(/courier|consolas|mono/i.test(child(properties, 'w:rFonts')?.attrs['w:ascii'] ?? '') ? { code: true } : {}),
  };
  const push = (text: string) => {
    if (state.field !== 'code') out.push({ text, ...span });
  };
  for (const node of run.children) {
    if (!isElement(node)) continue;
    switch (node.name) {
      case 'w:t':
        push(node.children.filter((part): part is string => typeof part === 'string').join(''));
        break;
      case 'w:tab':
        push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (node.attrs['w:type'] !== 'page' && node.attrs['w:type'] !== 'column') push('\n');
        break;
      case 'w:noBreakHyphen':
        push('-');
        break;
      case 'w:fldChar': {
        const type = node.attrs['w:fldCharType'];
        state.field = type === 'begin' ? 'code' : type === 'separate' ? 'result' : 'none';
        break;
      }
      default:
        break;
    }
  }
}
