/**
 * Handlebars finds a missing partial or helper only when it reaches it, and then says
 * neither file nor line. Walking the parsed template first lets the error name both, and
 * catches a typo in a branch the plan at hand never takes.
 */

export interface MissingReference {
  kind: 'partial' | 'helper';
  name: string;
  line: number;
}

interface Known {
  partials: ReadonlySet<string>;
  helpers: ReadonlySet<string>;
}

type AnyNode = hbs.AST.Node & Record<string, unknown>;

/**
 * Whether a mustache, block or subexpression calls a helper: it has arguments, is a
 * subexpression, or (with `isHelper`) names a helper on its own, as `{{missing}}` does.
 */
export function isHelperCall(
  node: Pick<hbs.AST.MustacheStatement, 'path' | 'params' | 'hash'> & { type: string },
  isHelper?: (name: string) => boolean,
): boolean {
  if (node.type === 'SubExpression' || node.params.length > 0 || node.hash) return true;
  return isHelper !== undefined && isHelperName(node.path, { has: isHelper });
}

function isHelperName(path: hbs.AST.Expression, helpers: { has(name: string): boolean }): boolean {
  const named = path as Partial<hbs.AST.PathExpression>;
  return path.type === 'PathExpression' && !named.data && named.parts?.length === 1 && helpers.has(named.original!);
}

export function findMissingReference(program: hbs.AST.Program, known: Known): MissingReference | undefined {
  const inline = new Set<string>();
  collectInlinePartials(program as unknown as AnyNode, inline);
  const partials = new Set([...known.partials, ...inline, '@partial-block']);
  return visit(program as unknown as AnyNode, { partials, helpers: known.helpers });
}

/** `{{#*inline "name"}}` defines a partial anywhere in the template, before or after its use. */
function collectInlinePartials(node: AnyNode, into: Set<string>): void {
  if (node.type === 'DecoratorBlock') {
    const path = node['path'] as hbs.AST.PathExpression;
    const first = (node['params'] as hbs.AST.Expression[])[0] as hbs.AST.StringLiteral | undefined;
    if (path.original === 'inline' && first?.type === 'StringLiteral') into.add(first.value);
  }
  for (const child of children(node)) collectInlinePartials(child, into);
}

function visit(node: AnyNode, known: Known): MissingReference | undefined {
  const line = node.loc?.start.line ?? 1;
  if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
    const name = node['name'] as hbs.AST.PathExpression | hbs.AST.SubExpression | hbs.AST.StringLiteral;
    // A partial named by an expression is only known when the template runs.
    const literal = name.type === 'PathExpression' ? name.original : name.type === 'StringLiteral' ? name.value : undefined;
    if (literal !== undefined && !known.partials.has(literal)) return { kind: 'partial', name: literal, line };
  }
  if (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') {
    const call = node as unknown as hbs.AST.MustacheStatement | hbs.AST.SubExpression;
    // Only a plain name can be a helper: `{{constructor.constructor "…"}}` or `{{@x "…"}}` is
    // a call to something that is not one, and is reported as such rather than run.
    if (isHelperCall(call) && !isHelperName(call.path, known.helpers)) {
      const path = call.path as Partial<hbs.AST.PathExpression>;
      return { kind: 'helper', name: path.original ?? String((call.path as Partial<hbs.AST.StringLiteral>).value ?? ''), line };
    }
  }
  for (const child of children(node)) {
    const found = visit(child, known);
    if (found) return found;
  }
  return undefined;
}

/** Every AST node below this one, in source order. */
function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') out.push(value as AnyNode);
  };
  for (const key of ['body', 'path', 'params', 'hash', 'pairs', 'value', 'program', 'inverse', 'name']) {
    if (key === 'value' && node.type !== 'HashPair') continue;
    add(node[key]);
  }
  return out;
}
