/** A template that cannot be used, with where the fault is; the command words the message. */
export class TemplateError extends Error {
  constructor(
    readonly kind: 'syntax' | 'unclosed' | 'partial' | 'helper' | 'runtime',
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    /** For a missing partial or helper: the names that do exist. */
    readonly available: readonly string[] = [],
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** A helper's failure, with the template line it was called from. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'HelperError';
  }
}

/**
 * Handlebars reports a parse error as "Parse error on line 3:" followed by an excerpt and
 * what it expected; a mismatched block as "each doesn't match if - 3:2". Both become one
 * line with the template's own file name and line.
 */
export function syntaxError(error: unknown, file: string, source = ''): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse && /got 'EOF'/.test(message)) {
    const open = unclosedBlock(source);
    if (open) return new TemplateError('unclosed', file, open.name, open.line);
  }
  if (parse) {
    const expected = message.split('\n').at(-1) ?? message;
    return new TemplateError('syntax', file, expected.replace(/^Expecting /, 'expected '), Number(parse[1]));
  }
  const line = (error as { lineNumber?: unknown }).lineNumber;
  const detail = message.split('\n', 1)[0]!.replace(/ - \d+:\d+$/, '');
  return new TemplateError('syntax', file, detail, typeof line === 'number' ? line : undefined);
}

export function runtimeError(error: unknown, file: string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const line = error instanceof HelperError ? error.line : undefined;
  return new TemplateError('runtime', file, message.split('\n', 1)[0]!, line);
}

/**
 * "Expecting OPEN_ENDBLOCK, got EOF" points at the end of the file; the author needs the
 * block that was never closed. Comments are blanked first so their text is not read as
 * blocks, keeping their line breaks so the line numbers stay true.
 */
function unclosedBlock(source: string): { name: string; line: number } | undefined {
  const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const stack: { name: string; index: number }[] = [];
  for (const match of text.matchAll(/\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~]+)/g)) {
    const [, kind, name] = match as unknown as [string, string, string];
    if (kind === '/') {
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else stack.push({ name, index: match.index });
  }
  const open = stack.at(-1);
  return open && { name: open.name, line: text.slice(0, open.index).split('\n').length };
}
