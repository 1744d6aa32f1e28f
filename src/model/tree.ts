import type { Field, Node, Value } from './define.js';

/**
 * The fields of one mapping of the file, in file order. A heading holds keys of the
 * mapping it stands in, and so do the sections a field shows under itself; a shown
 * value holds none.
 */
export function fieldsAt(nodes: readonly Node[]): Field[] {
  const out: Field[] = [];
  const add = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.node === 'field') out.push(node);
      if (node.sections) add(node.sections);
    }
  };
  add(nodes);
  return out;
}

/** The nodes a mapping-valued field holds: a group's fields or a row's. */
export function childNodes(value: Value): readonly Node[] {
  return value.type === 'group' || value.type === 'rows' ? value.fields : [];
}

/**
 * Every node of the tree with its path in the file (`[]` for list rows) and its depth in
 * the document, depth first in document order.
 */
export function* walkNodes(
  nodes: readonly Node[],
  prefix = '',
  depth = 0,
): Generator<{ node: Node; pattern: string; depth: number }> {
  for (const node of nodes) {
    const pattern = node.node === 'field' ? (prefix ? `${prefix}.${node.key}` : node.key) : prefix;
    yield { node, pattern, depth };
    if (node.node === 'field') {
      const below = node.value.type === 'rows' ? `${pattern}[]` : pattern;
      yield* walkNodes(childNodes(node.value), below, depth + 1);
    }
    if (node.sections) yield* walkNodes(node.sections, prefix, depth + 1);
  }
}

/** The field at a path pattern such as `mål[].frist`, if the tree has one. */
export function fieldAt(nodes: readonly Node[], pattern: string): Field | undefined {
  for (const { node, pattern: at } of walkNodes(nodes)) if (node.node === 'field' && at === pattern) return node;
  return undefined;
}

/** A dated field of a kind, found from its tree: where it is, and the rows it stands in. */
export interface DatedField {
  /** `oppgaver[].frist`, `årshjul[].dato`. */
  pattern: string;
  field: Field;
  /** The list of rows the field is a key of, when it is one: `oppgaver`. */
  rows?: Field;
}

/**
 * Every field of the tree whose value is a date that may come back every year (a deadline,
 * a meeting, a date of the county's annual cycle), so rules read them all without a list
 * of their own: a new kind's dates are checked as soon as it has them.
 */
export function yearlyDateFields(nodes: readonly Node[]): DatedField[] {
  const out: DatedField[] = [];
  for (const { node, pattern } of walkNodes(nodes)) {
    if (node.node !== 'field' || (node.value.type !== 'date' && node.value.type !== 'datetime') || !node.value.yearly) continue;
    const at = pattern.lastIndexOf('[].');
    const rows = at >= 0 ? fieldAt(nodes, pattern.slice(0, at)) : undefined;
    out.push({ pattern, field: node, ...(rows ? { rows } : {}) });
  }
  return out;
}
