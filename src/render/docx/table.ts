import type { Token, Tokens } from 'marked';
import { inlineRuns, plainText, type LinkTargets } from './inline.js';
import { COLOURS, TEXT_WIDTH } from './styles.js';

/**
 * One character of 9.5 pt DejaVu Sans, in twips: what LibreOffice draws when neither Calibri
 * nor Carlito is installed. A word must fit its column even then, or it is broken inside
 * ("Midtveisevaluerin|g"); the bold header row is wider still. The cell's margins come on top.
 */
const FALLBACK_CHAR = 105;
const FALLBACK_BOLD_CHAR = 119;
const CELL_PADDING = 2 * 100;
/** 2.6 cm: a date ("30. september 2027") or a name fits on a line or two, never a letter a line. */
const MIN_WIDTH = 1_474;

/**
 * The longest word of some texts, up to 24 characters. A loop, not Math.max(...spread): a
 * long column, or a cell of a hundred thousand words, would be more arguments than the
 * stack holds. Only ordinary spaces break a line: "1 250 000 kr" is held together by no-break spaces.
 */
function longestWord(texts: readonly string[]): number {
  let longest = 0;
  for (const text of texts) for (const word of text.matchAll(/[^ \t\n]+/g)) if (word[0].length > longest) longest = word[0].length;
  return Math.min(24, longest);
}

/**
 * Column widths from what the columns hold (each column's header first, then its cells): a
 * column of dates or amounts gets room for its longest entry, a column of prose gets the rest,
 * and no word is broken unless the page is too narrow for all of them.
 */
export function columnWidths(columns: readonly (readonly string[])[], total = TEXT_WIDTH): number[] {
  const floor = Math.min(MIN_WIDTH, Math.floor(total / Math.max(1, columns.length)));
  const stats = columns.map((texts) => {
    let longest = 0;
    let length = 0;
    for (const text of texts) {
      longest = Math.max(longest, text.length);
      length += text.length;
    }
    const average = texts.length ? length / texts.length : 0;
    // Short columns get their longest entry; prose columns grow with their average, within bounds.
    const weight = Math.max(Math.min(longest, 26), Math.min(average + (longest - average) / 4, 120), 3);
    const word = Math.max(longestWord(texts.slice(0, 1)) * FALLBACK_BOLD_CHAR, longestWord(texts.slice(1)) * FALLBACK_CHAR);
    return { weight, need: Math.max(floor, word + CELL_PADDING) };
  });
  const sum = stats.reduce((a, s) => a + s.weight, 0);
  let widths = stats.map((s) => (s.weight / sum) * total);
  // Lift columns below their longest word, taking the width from columns that can spare it.
  for (let pass = 0; pass < 3; pass++) {
    const deficit = widths.reduce((a, w, i) => a + Math.max(0, stats[i]!.need - w), 0);
    if (deficit <= 0) break;
    const spare = widths.reduce((a, w, i) => a + Math.max(0, w - stats[i]!.need), 0);
    if (spare <= 0) break;
    const ratio = Math.min(1, deficit / spare);
    widths = widths.map((w, i) => (w < stats[i]!.need ? stats[i]!.need : w - (w - stats[i]!.need) * ratio));
  }
  // Too many columns for their words: the wide ones give way first, down to the floor; only
  // where every column is down to it do all shrink alike, and long words break.
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess > 0) {
    const above = widths.reduce((a, w) => a + Math.max(0, w - floor), 0);
    const share = Math.min(1, excess / Math.max(1, above));
    widths = widths.map((w) => w - Math.max(0, w - floor) * share);
    const left = widths.reduce((a, b) => a + b, 0);
    if (left > total) widths = widths.map((w) => (w * total) / left);
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/** Each column's text, its header first. */
function columnTexts(token: Tokens.Table): string[][] {
  return token.header.map((cell, index) => [plainText(cell.tokens), ...token.rows.map((row) => plainText(row[index]?.tokens))]);
}

function tablesIn(tokens: readonly Token[], out: Tokens.Table[] = []): Tokens.Table[] {
  for (const token of tokens) {
    if (token.type === 'table') out.push(token as Tokens.Table);
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested) tablesIn(nested, out);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) tablesIn(item.tokens, out);
  }
  return out;
}

/**
 * One grid for all tables of a document that have the same header row (the SMART table of
 * every goal, say), sized to what all of them hold, so they line up down the pages.
 */
export function sharedColumnWidths(tokens: readonly Token[], total = TEXT_WIDTH): Map<Tokens.Table, number[]> {
  const groups = new Map<string, Tokens.Table[]>();
  for (const table of tablesIn(tokens)) {
    const key = table.header.map((cell) => plainText(cell.tokens)).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  const widths = new Map<Tokens.Table, number[]>();
  for (const tables of groups.values()) {
    const texts = tables.map(columnTexts);
    const merged = texts[0]!.map((_, index) => [texts[0]![index]![0]!, ...texts.flatMap((columns) => columns[index]!.slice(1))]);
    const grid = columnWidths(merged, total);
    for (const table of tables) widths.set(table, grid);
  }
  return widths;
}

const BORDER = `w:val="single" w:color="${COLOURS.border}" w:sz="4"`;
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders>`;
const CELL_MARGINS = '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>';
const HEADER_SHADING = `<w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.headerFill}"/>`;

const ALIGN = { left: 'left', center: 'center', right: 'right' } as const;
const EMPTY_CELL: Tokens.TableCell = { text: '', tokens: [], header: false, align: null };

/**
 * A GFM table as a Word table: the header row shaded, bold and repeated on every page the
 * table runs over, short rows kept whole, the columns sized to their content. Written row
 * by row, so a long table costs its rows and nothing more.
 */
export function buildTable(token: Tokens.Table, links: LinkTargets, grid?: readonly number[]): string {
  const widths = grid ?? columnWidths(columnTexts(token));
  const align = (index: number) => ALIGN[token.align[index] ?? 'left'] ?? 'left';

  const cell = (content: Tokens.TableCell, index: number, header: boolean) => {
    const properties = `<w:tcW w:w="${widths[index]!}" w:type="dxa"/>${header ? HEADER_SHADING : ''}<w:vAlign w:val="top"/>`;
    const paragraph = `<w:pPr><w:pStyle w:val="${header ? 'TableHeading' : 'TableText'}"/>${header ? '<w:keepNext/>' : ''}<w:jc w:val="${align(index)}"/></w:pPr>`;
    const runs = inlineRuns(content.tokens, { links, bold: header, breakBeforeLabels: !header });
    return `<w:tc><w:tcPr>${properties}</w:tcPr><w:p>${paragraph}${runs}</w:p></w:tc>`;
  };

  let xml =
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${token.header.map((c, i) => cell(c, i, true)).join('')}</w:tr>`;
  for (const row of token.rows) {
    const length = row.reduce((a, c) => a + c.text.length, 0);
    // A row of a few lines reads badly split over two pages; a long one must be allowed to.
    xml += `<w:tr>${length < 400 ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${token.header.map((_, i) => cell(row[i] ?? EMPTY_CELL, i, false)).join('')}</w:tr>`;
  }
  return `${xml}</w:tbl>`;
}
