import definitions from 'virtual:dekom-kinds';
import type { KindDefinition } from '../model/define.js';

/** A plan kind's id, such as `skoleplan`: the name of its folder in src/kinds. */
export type Kind = string;

/** Every kind, in the order lists show them. */
export const KIND_DEFINITIONS: readonly KindDefinition[] = [...definitions].sort(
  (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

export const KINDS: readonly Kind[] = KIND_DEFINITIONS.map((kind) => kind.id);

const BY_ID: ReadonlyMap<Kind, KindDefinition> = new Map(KIND_DEFINITIONS.map((kind) => [kind.id, kind]));

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && BY_ID.has(value);
}

export function kindDefinition(kind: Kind): KindDefinition {
  const definition = BY_ID.get(kind);
  if (!definition) throw new Error(`unknown plan kind ${kind}`);
  return definition;
}
