import type { Field, KindDefinition, Node, TitleLang } from '../model/define.js';

const LANGS: readonly TitleLang[] = ['nb', 'nn', 'en'];

/**
 * A place in a kind's document that a heading of a Word document can stand for: a field,
 * a seed heading that holds fields, or a value shown again. Derived from the definition,
 * so a new kind is imported without a line of code here.
 */
export interface Target {
  node: Node;
  /** Where its value is in the plan; for a heading, the mapping it stands in. */
  path: string[];
  titles: string[];
  /** The seed's guiding questions, to tell a template's guidance from an author's text. */
  help: string[];
  parent?: Target;
  children: Target[];
  /** Depth in the document tree: 0 for a top section. */
  depth: number;
}

export interface KindTargets {
  definition: KindDefinition;
  all: Target[];
  top: Target[];
}

const cache = new WeakMap<KindDefinition, KindTargets>();

/** A node's titles in every language, and those it has in plans of other grant schemes ("barns medvirkning" for REKOM). */
function titlesOf(node: Node): string[] {
  const variants = [node.title, ...Object.values(node.show?.schemeTitles ?? {})];
  return [...new Set(variants.flatMap((titles) => LANGS.map((lang) => titles[lang])))];
}

function helpOf(node: Node): string[] {
  const help = node.node === 'show' ? undefined : node.help;
  const statement = node.node === 'field' && node.value.type === 'yesno' ? LANGS.map((lang) => (node.value as { statement: Record<TitleLang, string> }).statement[lang]) : [];
  return [help?.nb, help?.nn, help?.en, ...statement].filter((text): text is string => Boolean(text));
}

export function kindTargets(definition: KindDefinition): KindTargets {
  const cached = cache.get(definition);
  if (cached) return cached;
  const all: Target[] = [];
  const walk = (nodes: readonly Node[], prefix: string[], parent: Target | undefined, depth: number): Target[] => {
    const out: Target[] = [];
    for (const node of nodes) {
      if (node.node === 'field' && (node.value.type === 'literal' || node.show?.hidden)) continue;
      const path = node.node === 'field' ? [...prefix, node.key] : node.node === 'show' ? node.path.split('.') : prefix;
      const target: Target = { node, path, titles: titlesOf(node), help: helpOf(node), ...(parent ? { parent } : {}), children: [], depth };
      all.push(target);
      out.push(target);
      if (node.node === 'field' && node.value.type === 'group') target.children.push(...walk(node.value.fields, path, target, depth + 1));
      if (node.node === 'heading') target.children.push(...walk(node.sections ?? [], prefix, target, depth + 1));
      // The sections a field shows under itself are keys beside it, under its heading.
      if (node.sections && node.node !== 'heading') target.children.push(...walk(node.sections, prefix, target, depth + 1));
    }
    return out;
  };
  const top = walk(definition.sections, [], undefined, 0);
  const targets = { definition, all, top };
  cache.set(definition, targets);
  return targets;
}

export function isField(target: Target): target is Target & { node: Field } {
  return target.node.node === 'field';
}

/** A one-line value: a fact "**Tittel:** verdi" in the document. */
export function isScalar(target: Target): boolean {
  if (target.node.node === 'show') return true;
  if (target.node.node !== 'field') return false;
  const value = target.node.value;
  // A group of a few one-line fields is written on one line too: a period, a person.
  if (value.type === 'group') return value.fields.every((node) => node.node === 'field' && ['text', 'email', 'date'].includes(node.value.type));
  return !['prose', 'rows', 'yesno'].includes(value.type);
}

export function isYesNo(target: Target): boolean {
  return target.node.node === 'field' && target.node.value.type === 'yesno';
}

export function statementsOf(target: Target): string[] {
  const node = target.node;
  return node.node === 'field' && node.value.type === 'yesno' ? [...new Set(LANGS.map((lang) => (node.value as { statement: Record<TitleLang, string> }).statement[lang]))] : [];
}

/** The target and everything under it. */
export function* descendants(target: Target): Generator<Target> {
  yield target;
  for (const child of target.children) yield* descendants(child);
}
