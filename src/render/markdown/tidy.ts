/**
 * Handlebars leaves the blank lines of skipped sections and loops behind; this pass gives
 * the document the shape markdownlint expects (one blank line between blocks, blank lines
 * around headings and tables, headings that go down one level at a time, one final
 * newline) without touching fenced code.
 */
/** An empty table cell written "|  |" by a template; markdownlint wants "| |" (MD060). */
const EMPTY_CELL = /(?<!\\)\| {2,}(?=\|)/g;

export function tidyMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let previousLevel = 0;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');

  for (const raw of lines) {
    if (fence) {
      out.push(raw);
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const line = raw.replace(/[ \t]+$/, '');
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1]!;
      blank(out);
      out.push(line);
      continue;
    }
    const heading = /^(#{1,6})(\s.*)?$/.exec(line);
    if (heading) {
      const level = previousLevel === 0 ? heading[1]!.length : Math.min(heading[1]!.length, previousLevel + 1);
      previousLevel = level;
      blank(out);
      out.push(`${'#'.repeat(level)}${heading[2] ?? ''}`, '');
      continue;
    }
    const isTableRow = line.startsWith('|');
    const previous = out[out.length - 1];
    if (line === '') {
      if (previous !== '' && out.length > 0) out.push('');
      continue;
    }
    // A table needs a blank line before and after it (MD058), and so does what follows it.
    if (previous !== undefined && previous !== '' && previous.startsWith('|') !== isTableRow) out.push('');
    out.push(isTableRow ? line.replace(EMPTY_CELL, '| ') : line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function blank(out: string[]): void {
  if (out.length > 0 && out[out.length - 1] !== '') out.push('');
}
