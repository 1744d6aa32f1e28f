import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ParseLimits } from './limits.js';
import type { Path, PathSegment } from './source.js';

/** The tags of YAML's core schema; any other (`!!timestamp`, `!!set`, `!custom`) means nothing in a plan. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** What stops a document from being read as plain data: where, and why. */
export type TreeFault =
  | { kind: 'undefined-alias'; name: string; offset: number }
  | { kind: 'cycle'; name: string; offset: number }
  | { kind: 'aliases'; offset: number };

/** A value tagged with something other than a core tag: read as plain text or collection, and said so. */
export interface ForeignTag {
  path: Path;
  tag: string;
  /** Where the value starts; the tag stands before it. */
  offset: number;
}

/**
 * Walks a parsed document once before it becomes data. An alias must name an anchor set
 * before it, and not one of the collections it stands in (`&a [*a]` would make data that
 * is not a tree: rules and renderers would never end). Aliases are counted as what they
 * repeat, so a few lines cannot expand into millions of values.
 */
export function inspectTree(doc: Document.Parsed, limits: Pick<ParseLimits, 'nodes'>): { fault?: TreeFault; tags: ForeignTag[] } {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  const tags: ForeignTag[] = [];
  let total = 0;

  // One path, extended and shortened as the walk goes; copied only for a tag found on the way.
  const path: PathSegment[] = [];

  /** The number of nodes `node` stands for, aliases expanded; throws the first fault. */
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (!target) throw { kind: 'undefined-alias', name: node.source, offset } satisfies TreeFault;
      if (open.has(target)) throw { kind: 'cycle', name: node.source, offset } satisfies TreeFault;
      const size = sizes.get(target) ?? 1;
      total += size;
      if (total > limits.nodes) throw { kind: 'aliases', offset } satisfies TreeFault;
      return size;
    }
    if (!node || typeof node !== 'object') return 0;
    const yamlNode = node as Node;
    if (yamlNode.anchor) anchors.set(yamlNode.anchor, yamlNode);
    if (yamlNode.tag && !CORE_TAGS.has(yamlNode.tag)) tags.push({ path: [...path], tag: shortTag(yamlNode.tag), offset: yamlNode.range?.[0] ?? 0 });
    total += 1;
    let size = 1;
    if (isMap(node) || isSeq(node)) {
      open.add(yamlNode);
      const { items } = node;
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        if (isPair(item)) {
          size += walk(item.key);
          path.push(isScalar(item.key) ? String(item.key.value) : String(index));
          size += walk(item.value);
        } else {
          path.push(index);
          size += walk(item);
        }
        path.pop();
      }
      open.delete(yamlNode);
    }
    // Only anchored nodes are ever looked up again.
    if (yamlNode.anchor) sizes.set(yamlNode, size);
    return size;
  };

  try {
    walk(doc.contents);
  } catch (fault) {
    if (isTreeFault(fault)) return { fault, tags };
    throw fault;
  }
  return { tags };
}

function isTreeFault(value: unknown): value is TreeFault {
  return typeof value === 'object' && value !== null && 'kind' in value && 'offset' in value;
}

/** `tag:yaml.org,2002:timestamp` as the author wrote it: `!!timestamp`. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
