import * as z from 'zod';
import { kindDefinition, type Kind } from '../kinds/index.js';
import { kindSchema } from '../kinds/schemas.js';
import type { AskHints, Guidance, Node, RowNames, Titles, Value } from '../model/define.js';
import { objectShape, unwrap } from '../model/walk.js';

interface FieldBase {
  key: string;
  /** Path with `[]` for list rows, as drafts and tests name a question: `mål[].frist`. */
  pattern: string;
  /** The schema requires it where its parent exists. */
  required: boolean;
  recommended: boolean;
  title: Titles;
  /** The guiding question, from the kind's definition. */
  help?: Guidance;
  /** The field's own schema, wrappers removed: prompts validate with it. */
  schema: z.ZodType;
  ask: AskHints;
  /** Inside a list row. */
  inRow: boolean;
  /** Asked without a heading of its own, as the document shows it. */
  noHeading: boolean;
  /** Required unless this sibling is answered instead. */
  instead?: string;
  /** Asked in place of this sibling, which is not asked itself: `roller` for `rolle`. */
  standsFor?: string;
}

/**
 * A field as `init` asks it, derived from the kind's definition: the prompt follows the
 * value type, so a field added to a kind is asked, validated and written without more code.
 * A `heading` is a section of the seed that holds keys without being one: its fields go
 * into the mapping it stands in.
 */
export type Field =
  | (FieldBase & { type: 'text' | 'prose' | 'measure' | 'yesno' | 'perYear' })
  /** `yearly`: also a date that comes back every year, typed as "årlig 15.03". */
  | (FieldBase & { type: 'date' | 'datetime'; yearly: boolean })
  | (FieldBase & { type: 'number'; integer: boolean; min?: number; max?: number })
  /** `open`: the author may write words of their own where no option fits. */
  | (FieldBase & { type: 'choice'; options: readonly string[]; labels: Readonly<Record<string, Titles>>; open: boolean })
  | (FieldBase & { type: 'fixed'; value: unknown })
  | (FieldBase & { type: 'values'; item: Field })
  | (FieldBase & { type: 'group'; fields: Field[] })
  | (FieldBase & { type: 'rows'; fields: Field[]; min: number; rowHelp?: Guidance; row: RowNames })
  | (FieldBase & { type: 'heading'; fields: Field[] });

export type FieldOf<T extends Field['type']> = Extract<Field, { type: T }>;

const cache = new Map<Kind, Field[]>();

/** The kind's fields in the seed's order, as `init` asks and writes them. */
export function fieldsOf(kind: Kind): Field[] {
  let fields = cache.get(kind);
  if (!fields) {
    fields = namesFirst(fieldsOfNodes(kindDefinition(kind).sections, kindSchema(kind), '', false));
    cache.set(kind, fields);
  }
  return fields;
}

function fieldsOfNodes(nodes: readonly Node[], schema: z.ZodType, prefix: string, inRow: boolean): Field[] {
  const shape = objectShape(schema) ?? {};
  const out: Field[] = [];
  for (const node of nodes) {
    if (node.node === 'heading') {
      const fields = fieldsOfNodes(node.sections ?? [], schema, prefix, inRow);
      out.push({
        ...base(node.key, prefix, z.never(), inRow),
        title: node.title,
        ...(node.help ? { help: node.help } : {}),
        noHeading: node.show?.noHeading === true,
        type: 'heading',
        fields,
      });
      continue;
    }
    if (node.node === 'field') {
      if (node.ask?.never) continue;
      const outer = shape[node.key];
      if (!outer) throw new Error(`the schema has no ${node.key}`);
      out.push(fieldOf(node.key, node.value, outer, prefix ? `${prefix}.${node.key}` : node.key, inRow, node));
    }
    // The sections a field shows under itself are keys beside it: asked right after it.
    if (node.sections) out.push(...fieldsOfNodes(node.sections, schema, prefix, inRow));
  }
  return withStandIns(out);
}

/** A field not asked (`ask.skip`) is asked through its stand-in, which takes on its being required. */
function withStandIns(fields: Field[]): Field[] {
  const skipped = keyFields(fields).filter((field) => field.ask.skip && field.instead);
  if (skipped.length === 0) return fields;
  const replace = (list: Field[]): Field[] =>
    list.map((field) => {
      if (field.type === 'heading') return { ...field, fields: replace(field.fields) };
      const standsFor = skipped.find((skip) => skip.instead === field.key);
      return standsFor ? { ...field, required: field.required || standsFor.required, standsFor: standsFor.key } : field;
    });
  return replace(fields);
}

function base(key: string, pattern: string, schema: z.ZodType, inRow: boolean): FieldBase {
  return { key, pattern, required: false, recommended: false, title: { nb: key, nn: key, en: key }, schema, ask: {}, inRow, noHeading: false };
}

function fieldOf(
  key: string,
  value: Value,
  outer: z.ZodType,
  pattern: string,
  inRow: boolean,
  node?: Extract<Node, { node: 'field' }>,
): Field {
  const inner = unwrap(outer);
  const common: FieldBase = {
    key,
    pattern,
    required: node ? node.presence === 'required' : true,
    recommended: node?.presence === 'recommended',
    title: node?.title ?? { nb: key, nn: key, en: key },
    ...(node?.help ? { help: node.help } : {}),
    schema: inner,
    ask: node?.ask ?? {},
    inRow,
    noHeading: node?.show?.noHeading === true,
    ...(node?.instead ? { instead: node.instead } : {}),
  };
  switch (value.type) {
    case 'perYear':
      return { ...common, type: 'perYear' };
    case 'literal':
      return { ...common, type: 'fixed', value: value.value };
    case 'choice':
      return { ...common, type: 'choice', options: Object.keys(value.options), labels: value.options, open: value.open === true };
    case 'yesno':
      return { ...common, type: 'yesno' };
    case 'number':
      return {
        ...common,
        type: 'number',
        integer: value.integer === true,
        ...(value.min !== undefined ? { min: value.min } : {}),
        ...(value.max !== undefined ? { max: value.max } : {}),
      };
    case 'date':
      return { ...common, type: 'date', yearly: value.yearly === true };
    case 'datetime':
      return { ...common, type: 'datetime', yearly: value.yearly === true };
    case 'measure':
      return { ...common, type: 'measure' };
    case 'group':
      return { ...common, type: 'group', fields: fieldsOfNodes(value.fields, inner, pattern, inRow) };
    case 'rows': {
      const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
      return {
        ...common,
        type: 'rows',
        fields: fieldsOfNodes(value.fields, element, `${pattern}[]`, true),
        min: value.min ?? 0,
        ...(value.rowHelp ? { rowHelp: value.rowHelp } : {}),
        row: value.row,
      };
    }
    case 'list': {
      const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
      return { ...common, type: 'values', item: fieldOf(key, value.item, element, `${pattern}[]`, true) };
    }
    case 'prose':
      // Inside a list row every text is one line: a table cell.
      return { ...common, type: inRow ? 'text' : 'prose' };
    case 'text':
    case 'email':
      return { ...common, type: 'text' };
  }
}

/**
 * The partners are offered as owners of goals and tasks, so they are asked before the
 * first question that offers people, also where the seed shows them later (under
 * "Organisering" in a school plan).
 */
function namesFirst(fields: Field[]): Field[] {
  const offers = (field: Field) => [...allFields([field])].some((inner) => inner.ask.people);
  const at = fields.findIndex(offers);
  if (at < 0) return fields;
  const late = fields.slice(at + 1).flatMap((field) => [...allFields([field])].filter((inner) => inner.ask.names));
  if (late.length === 0) return fields;
  const moved = new Set(late);
  const without = (list: Field[]): Field[] =>
    list.filter((field) => !moved.has(field)).map((field) => (field.type === 'heading' ? { ...field, fields: without(field.fields) } : field));
  const rest = without(fields);
  return [...rest.slice(0, at), ...late, ...rest.slice(at)];
}

/** Every field under `fields`, the fields of groups, headings and rows included, depth first. */
export function* allFields(fields: readonly Field[]): Generator<Field> {
  for (const field of fields) {
    yield field;
    if (field.type === 'group' || field.type === 'rows' || field.type === 'heading') yield* allFields(field.fields);
  }
}

/** The fields that are keys of one mapping: a heading's fields stand in the mapping around it. */
export function keyFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) => (field.type === 'heading' ? keyFields(field.fields) : [field]));
}
