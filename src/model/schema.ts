import * as z from 'zod';
import { isYearly, periodFromText } from '../util/calendar.js';
import { fieldsAt } from './tree.js';
import type { Field, KindDefinition, Node, Value } from './define.js';

// zod writes a JavaScript function for each object schema the first time it parses with it;
// a command checks a handful of plans and ends, so that code costs more than it saves
// (measured: check of one plan and of 1000 plans alike are no slower without it). The
// setting is this bundle's own copy of zod, not that of a program using dekom as a library.
z.config({ jitless: true });

/**
 * Fields that count towards `completeness` without being required: a plan can be
 * valid without them, but a careful author fills them in.
 */
export const recommendedFields = z.registry<{ recommended: true }>();

/** Required fields that may be left out when a sibling stands instead: `rolle` or `roller`. */
export const alternativeFields = z.registry<{ instead: string }>();

/** The Zod schema of one value type: what the file must hold there. */
function valueSchema(value: Value): z.ZodType {
  switch (value.type) {
    // Blank text is left to the `required` rule, not the schema.
    case 'prose':
    case 'text':
      return z.string();
    case 'email':
      return z.email();
    // ISO calendar dates; impossible ones such as 2026-02-30 are refused.
    case 'date':
      return value.yearly ? z.union([z.iso.date(), yearlySchema()]) : z.iso.date();
    case 'datetime':
      return z.union([z.iso.date(), z.iso.datetime({ local: true }), ...(value.yearly ? [yearlySchema()] : [])]);
    // Baselines and targets are often numbers ("3,4") but remain text in the plan.
    case 'measure':
      return z.union([z.string(), z.number()]);
    case 'number': {
      let schema = value.integer ? z.number().int() : z.number();
      if (value.min !== undefined) schema = schema.min(value.min);
      if (value.max !== undefined) schema = schema.max(value.max);
      return schema;
    }
    case 'yesno':
      return z.boolean();
    case 'choice': {
      const options = z.enum(Object.keys(value.options) as [string, ...string[]]);
      // Listing the options first keeps them as an editor's completions.
      return value.open ? z.union([options, z.string().describe('Eller med egne ord.')]) : options;
    }
    case 'literal':
      return z.literal(value.value);
    case 'list': {
      const items = z.array(valueSchema(value.item));
      return value.min ? items.min(value.min) : items;
    }
    case 'perYear':
      return z.record(z.string().regex(/^\d{4}$/).describe('Året, for eksempel 2026.'), z.number().nonnegative());
    case 'group':
      return value.words === 'period' ? z.union([objectSchema(value.fields), periodWords()]) : objectSchema(value.fields);
    case 'rows': {
      const row = objectSchema(value.fields);
      const items = z.array(value.rowHelp ? row.describe(value.rowHelp.nb) : row);
      return value.min ? items.min(value.min) : items;
    }
  }
}

/** `{ årlig: "03-15" }`: month and day of a date that comes back every year. */
function yearlySchema(): z.ZodType {
  return z
    .strictObject({
      årlig: z
        .string()
        .refine((text) => isYearly({ årlig: text }), { message: 'not a month and day', params: { dekom: 'monthDay' } })
        .describe('Måned og dag, MM-DD: 03-15 er 15. mars hvert år.'),
    })
    .describe('En dato som kommer igjen hvert år.');
}

/** A period in words: `2025–2027`, `skoleåret 2025/26`. */
function periodWords(): z.ZodType {
  return z
    .string()
    .refine((text) => periodFromText(text) !== undefined, { message: 'not a period', params: { dekom: 'periodWords' } })
    .describe('Eller i ord: et år (2026), flere år (2025–2027) eller et skoleår (skoleåret 2025/26).');
}

function fieldSchema(field: Field): z.ZodType {
  const inner = valueSchema(field.value);
  const described = field.help ? inner.describe(field.help.nb) : inner;
  if (field.presence === 'required' && !field.instead) return described;
  const optional = described.optional();
  if (field.instead) alternativeFields.add(optional, { instead: field.instead });
  if (field.presence === 'recommended') recommendedFields.add(optional, { recommended: true });
  return optional;
}

/** The keys of one mapping, in the order the tree gives them: headings and shown values hold no key. */
function objectSchema(nodes: readonly Node[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fieldsAt(nodes)) shape[field.key] = fieldSchema(field);
  return z.strictObject(shape);
}

const cache = new WeakMap<KindDefinition, z.ZodObject>();

/** The Zod schema of a kind, built from its definition once per run. */
export function schemaOf(definition: KindDefinition): z.ZodObject {
  let schema = cache.get(definition);
  if (!schema) {
    schema = objectSchema(definition.sections).describe(definition.names.nb);
    cache.set(definition, schema);
  }
  return schema;
}

/** Any plan of these kinds, dispatched on `type`. */
export function unionOf(definitions: readonly KindDefinition[]): z.ZodType {
  const [first, ...rest] = definitions.map(schemaOf);
  if (!first) throw new Error('there are no plan kinds');
  return rest.length === 0 ? first : z.discriminatedUnion('type', [first, ...rest]);
}
