import { isHelperCall } from './references.js';

/**
 * Handlebars escapes `{{value}}` for HTML, which is wrong for Markdown twice over: it
 * turns "&" into "&amp;" and lets "|" or a line break through. Rather than patch the
 * runtime, the parsed template is rewritten so every escaped mustache goes through the
 * `inline` helper: `{{tittel}}` becomes `{{{inline tittel}}}`, `{{date frist}}` becomes
 * `{{{inline (date frist)}}}`. Triple mustaches stay raw, as in Handlebars.
 */

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Mustache = hbs.AST.MustacheStatement;

export function escapeForMarkdown(program: Program, isHelper: (name: string) => boolean): Program {
  visitProgram(program, isHelper);
  return program;
}

function visitProgram(program: Program | undefined, isHelper: (name: string) => boolean): void {
  if (!program) return;
  program.body.forEach((node, index) => {
    if (node.type === 'MustacheStatement') {
      program.body[index] = wrap(node as Mustache, atLineStart(program.body, index), isHelper);
      return;
    }
    // Blocks, partial blocks and inline partials all keep their content in `program`.
    const block = node as Partial<hbs.AST.BlockStatement>;
    visitProgram(block.program, isHelper);
    visitProgram(block.inverse, isHelper);
  });
}

/**
 * Line-start markers are escaped only where the value opens a line; where the template
 * does not show it (after another value, at the start of a block) it counts as one.
 */
function atLineStart(body: readonly hbs.AST.Statement[], index: number): boolean {
  // Text that Handlebars stripped around a standalone `{{#block}}` line is left as '' and shows nothing.
  let at = index - 1;
  while (body[at]?.type === 'ContentStatement' && (body[at] as hbs.AST.ContentStatement).value === '') at--;
  const previous = body[at];
  if (previous?.type !== 'ContentStatement') return true;
  return /\n$/.test((previous as hbs.AST.ContentStatement).value);
}

function wrap(node: Mustache, lineStart: boolean, isHelper: (name: string) => boolean): Mustache {
  if (!node.escaped) return node;
  const loc = node.loc;
  const value: hbs.AST.Expression = isHelperCall(node, isHelper)
    ? ({ type: 'SubExpression', path: node.path, params: node.params, hash: node.hash, loc } as hbs.AST.SubExpression)
    : node.path;
  const start: hbs.AST.BooleanLiteral = { type: 'BooleanLiteral', value: lineStart, original: lineStart, loc };
  const hash: hbs.AST.Hash = { type: 'Hash', pairs: [{ type: 'HashPair', key: 'start', value: start, loc }], loc };
  const path: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: ['inline'], original: 'inline', loc };
  return { ...node, path, params: [value], hash, escaped: false } as Mustache & Node;
}
