import { kindDefinition, type Kind } from '../kinds/index.js';
import type { Field, Node, TitleLang, Value } from '../model/define.js';

/**
 * How a single value is written: as typed, as a date, as a period "1. august – 30. juni 2027",
 * amounts by year, kroner ("1 250 000 kr"), yes or no, or by what its choice is called.
 */
export type ValueFormat = 'text' | 'date' | 'period' | 'amounts' | 'kroner' | 'yesno' | 'label';

export interface Fact {
  title: string;
  path: string;
  as: ValueFormat;
  /** For `label`: what the document calls each option, in its language. */
  labels?: Readonly<Record<string, string>>;
}

export interface Column {
  title: string;
  key: string;
  as: ValueFormat;
  labels?: Readonly<Record<string, string>>;
}

/**
 * The document of a kind as blocks the generic template draws, one partial per block
 * type (templates/partials/block.hbs). Built from the kind's tree once per kind and
 * language: headings at each depth, prose, facts, yes/no questions, tables and a
 * partial for each shared part.
 */
export type Block =
  | { block: 'front' }
  | { block: 'section'; title: string; depth: number; whenFilled?: string; children: Block[] }
  | { block: 'prose'; path: string; level: number }
  | { block: 'facts'; single: boolean; items: Fact[] }
  | { block: 'questions'; items: { statement: string; path: string }[] }
  | { block: 'part'; partial: string; path: string; depth: number; level: number }
  | { block: 'table'; path: string; columns: Column[]; sortBy?: string }
  | { block: 'value'; path: string; as: ValueFormat; labels?: Readonly<Record<string, string>> };

const cache = new Map<string, Block[]>();

/**
 * The blocks of a kind's document in one language, for plans of these grant schemes
 * (their headings may differ); `##` is the depth of its top sections.
 */
export function outline(kind: Kind, lang: TitleLang, schemes: readonly string[] = []): Block[] {
  const key = `${kind}:${lang}:${schemes.join(',')}`;
  let blocks = cache.get(key);
  if (!blocks) {
    blocks = build(kindDefinition(kind).sections, '', 2, { lang, schemes });
    cache.set(key, blocks);
  }
  return blocks;
}

interface Words {
  lang: TitleLang;
  schemes: readonly string[];
}

/** A node's heading: the seed's, or the one for the plan's scheme (`flere` for several). */
function titleOf(node: Node, { lang, schemes }: Words): string {
  const variants = node.show?.schemeTitles;
  const variant = variants && (schemes.length > 1 ? variants['flere'] : schemes.length === 1 ? variants[schemes[0]!] : undefined);
  return (variant ?? node.title)[lang];
}

const SCALARS = new Set<Value['type']>(['text', 'email', 'date', 'datetime', 'measure', 'number', 'choice', 'list', 'perYear']);

/** How a value is written, with the words of its options where it is a choice (or a list of them). */
function formatOf(value: Value, lang: TitleLang): { as: ValueFormat; labels?: Record<string, string> } {
  const inner = value.type === 'list' ? value.item : value;
  if (inner.type === 'choice') return { as: 'label', labels: Object.fromEntries(Object.entries(inner.options).map(([key, titles]) => [key, titles[lang]])) };
  if (value.type === 'date') return { as: 'date' };
  if (value.type === 'perYear') return { as: 'amounts' };
  if (value.type === 'number' && value.unit === 'kr') return { as: 'kroner' };
  if (value.type === 'yesno') return { as: 'yesno' };
  return { as: 'text' };
}

function pathOf(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/**
 * The blocks of sibling nodes at one depth. Runs of one-line values become one list of
 * facts, runs of yes/no questions one table, as the seeds set them out.
 */
function build(nodes: readonly Node[], prefix: string, depth: number, words: Words): Block[] {
  const { lang } = words;
  const out: Block[] = [];
  const last = () => out[out.length - 1];
  const addFact = (fact: Fact) => {
    const previous = last();
    if (previous?.block === 'facts') {
      previous.items.push(fact);
      previous.single = false;
    } else out.push({ block: 'facts', single: true, items: [fact] });
  };
  for (const node of nodes) {
    const title = titleOf(node, words);
    if (node.node === 'show') {
      if (node.show?.noHeading) addFact({ title, path: node.path, as: node.as });
      else out.push({ block: 'section', title, depth, children: [{ block: 'value', path: node.path, as: node.as }] });
      continue;
    }
    if (node.node === 'heading') {
      if (node.show?.partial === 'front-matter') out.push({ block: 'front' });
      else if (node.show?.noHeading) out.push(...build(node.sections ?? [], prefix, depth, words));
      else out.push(section(title, depth, undefined, build(node.sections ?? [], prefix, depth + 1, words)));
      continue;
    }
    if (node.show?.hidden || node.value.type === 'literal') continue;
    const path = pathOf(prefix, node.key);
    if (SCALARS.has(node.value.type) && node.show?.section) {
      out.push(section(title, depth, node.show.whenFilled ? path : undefined, [{ block: 'value', path, ...formatOf(node.value, lang) }]));
    } else if (SCALARS.has(node.value.type)) addFact({ title, path, ...formatOf(node.value, lang) });
    else if (node.value.type === 'yesno') {
      const question = { statement: node.value.statement[lang], path };
      const previous = last();
      if (previous?.block === 'questions') previous.items.push(question);
      else out.push({ block: 'questions', items: [question] });
    } else out.push(...fieldBlocks(node, prefix, depth, words));
    if (node.sections && (SCALARS.has(node.value.type) || node.value.type === 'yesno')) out.push(...build(node.sections, prefix, depth, words));
  }
  return out;
}

/** A field that is a section of its own: prose, a group, or rows. */
function fieldBlocks(field: Field, prefix: string, depth: number, words: Words): Block[] {
  const { lang } = words;
  const path = pathOf(prefix, field.key);
  const inline = field.show?.noHeading === true;
  // Without a heading, the field's content stands at the level of the section around it.
  const level = inline ? depth - 1 : depth;
  const below = inline ? depth : depth + 1;
  const content: Block[] = [];
  const value = field.value;
  if (field.show?.partial) content.push({ block: 'part', partial: field.show.partial, path, depth: level + 1, level });
  else if (value.type === 'prose') content.push({ block: 'prose', path, level });
  else if (value.type === 'group') content.push(...build(value.fields, path, below, words));
  else if (value.type === 'rows') {
    content.push({
      block: 'table',
      path,
      columns: value.fields.flatMap((row) => (row.node === 'field' && !row.show?.hidden ? [{ title: row.title[lang], key: row.key, ...formatOf(row.value, lang) }] : [])),
      ...(field.show?.sortBy ? { sortBy: field.show.sortBy } : {}),
    });
  }
  if (field.sections) content.push(...build(field.sections, prefix, below, words));
  if (inline) return content;
  return [section(titleOf(field, words), depth, field.show?.whenFilled ? path : undefined, content)];
}

function section(title: string, depth: number, whenFilled: string | undefined, children: Block[]): Block {
  return { block: 'section', title, depth, ...(whenFilled ? { whenFilled } : {}), children };
}
