import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Tokens } from 'marked';
import { inlineRuns, plainText } from './inline.js';
import { COLOURS, TEXT_WIDTH } from './styles.js';

/** About one character of 9.5 pt Calibri, in twips; the cell's side margins come on top. */
const CHAR = 95;
const CELL_PADDING = 2 * 100;
/** No column is squeezed below this, whatever its text. */
const MIN_WIDTH = 700;

/**
 * Column widths from what the columns hold: a column of dates or amounts gets room for
 * its longest entry, a column of prose gets the rest, and no word is broken unless the
 * page is too narrow for all of them.
 */
export function columnWidths(columns: readonly (readonly string[])[], total = TEXT_WIDTH): number[] {
  const stats = columns.map((texts) => {
    // Loops, not Math.max(...spread): a long column, or a cell of a hundred thousand words,
    // would be more arguments than the stack holds.
    let longest = 0;
    let total = 0;
    let longestWord = 0;
    for (const text of texts) {
      longest = Math.max(longest, text.length);
      total += text.length;
      // Only ordinary spaces break a line: "1 250 000 kr" is held together by no-break spaces.
      for (const word of text.matchAll(/[^ \t\n]+/g)) longestWord = Math.max(longestWord, word[0].length);
    }
    const average = texts.length ? total / texts.length : 0;
    // Short columns get their longest entry; prose columns grow with their average, within bounds.
    const weight = Math.max(Math.min(longest, 26), Math.min(average + (longest - average) / 4, 120), 3);
    return { weight, need: Math.max(MIN_WIDTH, Math.min(longestWord, 24) * CHAR + CELL_PADDING) };
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
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A GFM table as a Word table: the header row shaded, bold and repeated on every page the
 * table runs over, short rows kept whole, the columns sized to their content.
 */
export function buildTable(token: Tokens.Table): Table {
  const columns = token.header.map((cell, index) => [plainText(cell.tokens), ...token.rows.map((row) => plainText(row[index]?.tokens))]);
  const widths = columnWidths(columns);
  const align = (index: number) => ALIGN[token.align[index] ?? 'left'] ?? AlignmentType.LEFT;

  const cell = (content: Tokens.TableCell, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.headerFill } } : {}),
      children: [
        new Paragraph({
          style: 'TableText',
          alignment: align(index),
          ...(header ? { keepNext: true } : {}),
          children: inlineRuns(content.tokens, { bold: header, breakBeforeLabels: !header }),
        }),
      ],
    });

  const headerRow = new TableRow({ tableHeader: true, cantSplit: true, children: token.header.map((c, i) => cell(c, i, true)) });
  const rows = token.rows.map((row) => {
    const length = row.reduce((a, c) => a + c.text.length, 0);
    // A row of a few lines reads badly split over two pages; a long one must be allowed to.
    return new TableRow({ cantSplit: length < 400, children: token.header.map((_, i) => cell(row[i] ?? { text: '', tokens: [], header: false, align: null }, i, false)) });
  });

  return new Table({
    rows: [headerRow, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}
