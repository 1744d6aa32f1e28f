import { Parser } from 'yaml';
import type { Problem } from './types.js';

/** An inline comment that silences rules: `# dekom-disable-next-line overdue -- reason`. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Empty means every rule. */
  rules: string[];
  line: number;
  column: number;
  /** The lines a line directive covers, first and last. */
  target?: { from: number; to: number };
  used: Set<string>;
}

const DIRECTIVE = /^#\s*dekom-(disable-next-line|disable-line|disable|enable)\b(.*)$/;

/** Cheap test before the comments are looked for properly. */
export function mayHaveDirectives(text: string): boolean {
  return /#\s*dekom-(?:disable|enable)/.test(text);
}

/** Every comment of the document with its offset; text that only looks like one inside a value is not. */
function comments(text: string): Array<{ offset: number; source: string }> {
  const found: Array<{ offset: number; source: string }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const token = value as { type?: string; offset?: number; source?: string };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        found.push({ offset: token.offset, source: token.source });
      }
      for (const child of Object.values(value)) if (child && typeof child === 'object') visit(child);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

/** Reads the directives from the comments of a plan. */
export function parseDirectives(text: string): Directive[] {
  const lines = text.split(/\r?\n/);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const directives: Directive[] = [];
  for (const comment of comments(text)) {
    const match = DIRECTIVE.exec(comment.source);
    if (!match) continue;
    const kind = match[1] as Directive['kind'];
    const [ruleText] = match[2]!.split(/\s--\s|\s--$/, 1);
    const rules = ruleText!
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    let index = lineStarts.length - 1;
    while (lineStarts[index]! > comment.offset) index--;
    const line = index + 1;
    const directive: Directive = { kind, rules, line, column: comment.offset - lineStarts[index]! + 1, used: new Set() };
    if (kind === 'disable-line') directive.target = { from: line, to: line };
    if (kind === 'disable-next-line') directive.target = nodeLines(lines, nextContentLine(lines, index + 1));
    directives.push(directive);
  }
  return directives;
}

/** The next line that holds more than a comment: a directive above a blank line still applies. */
function nextContentLine(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return i + 1;
  }
  return from + 1;
}

/**
 * The lines a disable-next-line covers: the next line, or, when that line opens a list row
 * (`- `), the whole row, since a task's problems sit on its inner lines. Never a whole section.
 */
function nodeLines(lines: readonly string[], line: number): { from: number; to: number } {
  const indent = (text: string) => text.length - text.trimStart().length;
  const start = lines[line - 1] ?? '';
  if (!start.trimStart().startsWith('- ')) return { from: line, to: line };
  const depth = indent(start);
  let to = line;
  for (let i = line; i < lines.length; i++) {
    const text = lines[i]!;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (indent(text) <= depth) break;
    to = i + 1;
  }
  return { from: line, to };
}

function covers(directive: Directive, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

/**
 * Drops the problems the directives silence and returns the directives that silenced
 * nothing, so they can be reported instead of rotting in the file.
 */
export function applyDirectives(problems: readonly Problem[], directives: readonly Directive[]): { kept: Problem[]; unused: Directive[] } {
  if (directives.length === 0) return { kept: [...problems], unused: [] };
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.line - b.line);
  const kept: Problem[] = [];
  for (const problem of problems) {
    const silencer =
      directives.find((d) => d.target && d.target.from <= problem.line && problem.line <= d.target.to && covers(d, problem.rule)) ??
      blockSilencer(blocks, problem);
    if (!silencer) kept.push(problem);
    else silencer.used.add(problem.rule);
  }
  const unused = directives.filter((d) => d.kind !== 'enable' && d.used.size === 0);
  return { kept, unused };
}

/** Rule ids a directive names that no rule has: a typo silences nothing and must be said. */
export function unknownRuleIds(directive: Directive, known: ReadonlySet<string>): string[] {
  return directive.rules.filter((rule) => !known.has(rule));
}

/** The open `dekom-disable` that covers a problem's line, if a later `dekom-enable` has not closed it. */
function blockSilencer(blocks: readonly Directive[], problem: Problem): Directive | undefined {
  let open: Directive | undefined;
  for (const directive of blocks) {
    if (directive.line >= problem.line) break;
    if (!covers(directive, problem.rule)) continue;
    open = directive.kind === 'disable' ? directive : undefined;
  }
  return open;
}
