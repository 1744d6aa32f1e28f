import type { WordBlock, WordTable } from './docx/word.js';
import type { DocSection } from './sections.js';

/** A table cell's text on one line: paragraphs and line breaks as spaces. */
export function cellMarkdown(blocks: readonly WordBlock[]): string {
  return blocks
    .map((block) => (block.type === 'paragraph' ? (block.list ? `• ${block.markdown}` : block.markdown) : tableText(block)))
    .filter((text) => text !== '')
    .join(' ')
    .replace(/\n/g, ' ')
    .trim();
}

function tableText(table: WordTable): string {
  return table.rows.map((row) => row.map((cell) => cellMarkdown(cell.blocks)).join(' ')).join(' ');
}

/** A Word table as a GFM table, its first row the header. */
function tableMarkdown(table: WordTable): string {
  const rows = table.rows.filter((row) => row.some((cell) => cellMarkdown(cell.blocks) !== ''));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
  // A pipe after an even number of backslashes would end the cell.
  const cellOf = (blocks: readonly WordBlock[]) => cellMarkdown(blocks).replace(/(\\*)\|/g, (whole, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : whole));
  const [head, ...body] = rows.map((row) => row.map((cell) => cellOf(cell.blocks)));
  return [line(head!), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/**
 * Paragraphs, lists and tables as the Markdown a plan's text holds: paragraphs apart by a
 * blank line, list items together, nested by their level, a line break as a hard break.
 */
export function blocksMarkdown(blocks: readonly WordBlock[]): string {
  const parts: string[] = [];
  let inList = false;
  let codeOpen = false;
  const counters: number[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      const table = tableMarkdown(block);
      if (table) parts.push(table);
      inList = false;
      continue;
    }
    if (block.code !== undefined) {
      const fence = block.code.includes('```') ? '~~~' : '```';
      const previous = parts[parts.length - 1];
      if (previous?.startsWith(fence) && codeOpen) parts[parts.length - 1] = `${previous.slice(0, -fence.length)}${block.code}\n${fence}`;
      else parts.push(`${fence}\n${block.code}\n${fence}`);
      codeOpen = true;
      inList = false;
      continue;
    }
    codeOpen = false;
    if (block.markdown === '') continue;
    const text = block.markdown.replace(/\n/g, '\\\n');
    if (block.list) {
      const level = Math.min(block.list.level, 8);
      counters.length = level + 1;
      counters[level] = (counters[level] ?? 0) + 1;
      const marker = block.list.ordered ? `${counters[level]}.` : '-';
      const item = `${'  '.repeat(level)}${marker} ${text.replace(/\\\n/g, `\\\n${'  '.repeat(level + 1)}`)}`;
      if (inList) parts[parts.length - 1] += `\n${item}`;
      else parts.push(item);
      inList = true;
      continue;
    }
    counters.length = 0;
    parts.push(text);
    inList = false;
  }
  return parts.join('\n\n');
}

/** A section's own text and its subsections as Markdown headings, `depth` being its own level. */
export function sectionMarkdown(section: DocSection, depth: number): string {
  const parts = [blocksMarkdown(section.blocks)];
  for (const child of section.children) {
    const body = sectionMarkdown(child, depth + 1);
    parts.push(`${'#'.repeat(Math.min(6, depth + 1))} ${child.title}`, body);
  }
  return parts.filter((part) => part !== '').join('\n\n');
}
