import type { WordBlock, WordParagraph, WordTable } from './docx/word.js';
import { normalise } from './similarity.js';

/** A heading of the Word document with what stands under it, up to the next heading as high. */
export interface DocSection {
  title: string;
  level: number;
  blocks: WordBlock[];
  children: DocSection[];
}

export interface Sectioned {
  /** What stands before the first heading: the title page. */
  root: DocSection;
  /** The paragraph in Word's Title style, as Markdown. */
  title?: string;
}

/** Says whether a line is the title of some section of the plan kinds, to tell a hand-made heading. */
export type IsTitle = (text: string) => boolean;

/** Says whether a table's head names the columns of some list of rows: a table of data, not of sections. */
export type IsListTable = (table: WordTable) => boolean;

export function cellText(blocks: readonly WordBlock[]): string {
  return blocks
    .map((block) => (block.type === 'paragraph' ? block.plain : block.rows.map((row) => row.map((cell) => cellText(cell.blocks)).join(' ')).join(' ')))
    .filter((text) => text !== '')
    .join('\n');
}

/**
 * The seeds' two-column table STRUKTUR | INNHOLD: each row is a section, its heading in
 * the left cell and its text in the right.
 */
function isStructureTable(table: WordTable, isTitle: IsTitle, isListTable: IsListTable): boolean {
  // A list's rows may be named like sections ("Farsund kommune", "Universitet/høgskole"); its head tells it.
  if (isListTable(table)) return false;
  const rows = table.rows.filter((row) => row.some((cell) => cellText(cell.blocks) !== ''));
  if (rows.length < 2 || rows.some((row) => row.length !== 2)) return false;
  const head = rows[0]!.map((cell) => normalise(cellText(cell.blocks)));
  if (head[0] === 'struktur' && (head[1] === 'innhold' || head[1] === 'innhald')) return true;
  // Most two-column tables are not one (a goal's SMART table): stop as soon as the count cannot be reached.
  const needed = Math.max(3, Math.ceil(rows.length * 0.6));
  let titled = 0;
  for (const [index, row] of rows.entries()) {
    if (isTitle(cellText(row[0]!.blocks))) titled++;
    if (titled >= needed) return true;
    if (titled + (rows.length - index - 1) < needed) return false;
  }
  return false;
}

/** A paragraph set in bold alone on its line, that names a section: a heading typed by hand. */
function isHandHeading(paragraph: WordParagraph, isTitle: IsTitle): boolean {
  return paragraph.bold && !paragraph.list && paragraph.plain.length <= 100 && isTitle(paragraph.plain.replace(/:$/, ''));
}

/**
 * The document as a tree of sections by its headings, whatever their levels: Heading
 * styles, bold lines that name a section, and the rows of a STRUKTUR | INNHOLD table.
 */
export function sectionsOf(blocks: readonly WordBlock[], isTitle: IsTitle, isListTable: IsListTable = () => false): Sectioned {
  const root: DocSection = { title: '', level: -1, blocks: [], children: [] };
  const stack: DocSection[] = [root];
  let title: string | undefined;
  const open = (heading: string, level: number) => {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
    const section: DocSection = { title: heading, level, blocks: [], children: [] };
    stack[stack.length - 1]!.children.push(section);
    stack.push(section);
    return section;
  };
  for (const block of blocks) {
    const top = stack[stack.length - 1]!;
    if (block.type === 'table') {
      if (!isStructureTable(block, isTitle, isListTable)) {
        top.blocks.push(block);
        continue;
      }
      // Its rows stand beside a heading typed by hand, one level under the last real one.
      const styled = [...stack].reverse().find((section) => section.level >= 0 && Number.isInteger(section.level));
      const level = (styled?.level ?? 0) + 0.5;
      while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
      const base = stack.length;
      for (const [index, row] of block.rows.entries()) {
        const left = cellText(row[0]?.blocks ?? []).replace(/\n/g, ' ');
        if (index === 0 && /^struktur$/.test(normalise(left))) continue;
        if (left === '' && cellText(row[1]?.blocks ?? []) === '') continue;
        stack.length = base;
        const section = open(left, level);
        section.blocks.push(...(row[1]?.blocks ?? []));
        stack.length = base;
      }
      continue;
    }
    if (block.heading === 0 && title === undefined && root.children.length === 0) {
      title = block.markdown;
      continue;
    }
    if (block.heading !== undefined && block.heading > 0) {
      open(block.plain, block.heading);
      continue;
    }
    if (isHandHeading(block, isTitle)) {
      // A bold heading sits one level under the last real heading.
      const styled = [...stack].reverse().find((section) => section.level >= 0 && Number.isInteger(section.level));
      open(block.plain.replace(/:$/, ''), (styled?.level ?? 0) + 0.5);
      continue;
    }
    top.blocks.push(block);
  }
  return { root, ...(title !== undefined ? { title } : {}) };
}
