import { z } from 'zod';
import { kindSchemas, type Kind } from '../model/plan.js';
import { recommendedFields } from '../model/primitives.js';
import { hintFor, type FieldHint } from '../model/sections.js';
import { objectShape, unwrap } from '../model/walk.js';

interface FieldBase {
  key: string;
  /** Path with `[]` for list rows, as hints and English help are keyed: `mål[].frist`. */
  pattern: string;
  /** The schema requires it where its parent exists. */
  required: boolean;
  recommended: boolean;
  /** The guiding question, from the schema's description. */
  help: string;
  /** The field's own schema, wrappers removed: prompts validate with it. */
  schema: z.ZodType;
  hint: FieldHint;
  /** Inside a list row. */
  inRow: boolean;
}

/**
 * A field as `init` asks it, derived from the kind's Zod schema: the prompt follows the
 * type, so a field added to the schema is asked, validated and written without more code.
 */
export type Field =
  | (FieldBase & { type: 'text' | 'prose' | 'date' | 'datetime' | 'measure' | 'yesno' })
  | (FieldBase & { type: 'number'; integer: boolean; min?: number; max?: number })
  | (FieldBase & { type: 'choice'; options: readonly string[] })
  | (FieldBase & { type: 'fixed'; value: unknown })
  | (FieldBase & { type: 'values'; item: Field })
  | (FieldBase & { type: 'group'; fields: Field[] })
  | (FieldBase & { type: 'rows'; fields: Field[]; min: number; rowHelp: string });

export type FieldOf<T extends Field['type']> = Extract<Field, { type: T }>;

const cache = new Map<Kind, Field[]>();

/** The kind's fields in template order, as `init` asks and writes them. */
export function fieldsOf(kind: Kind): Field[] {
  let fields = cache.get(kind);
  if (!fields) {
    fields = fieldsOfObject(kind, kindSchemas[kind], '', false);
    cache.set(kind, fields);
  }
  return fields;
}

function fieldsOfObject(kind: Kind, schema: z.ZodType, prefix: string, inRow: boolean): Field[] {
  const shape = objectShape(schema) ?? {};
  return Object.entries(shape).map(([key, fieldSchema]) => fieldOf(kind, key, fieldSchema, prefix ? `${prefix}.${key}` : key, inRow));
}

function fieldOf(kind: Kind, key: string, outer: z.ZodType, pattern: string, inRow: boolean): Field {
  const inner = unwrap(outer);
  const hint = hintFor(kind, pattern);
  const base: FieldBase = {
    key,
    pattern,
    required: !(outer instanceof z.ZodOptional),
    recommended: recommendedFields.has(outer),
    help: outer.description ?? inner.description ?? '',
    schema: inner,
    hint,
    inRow,
  };
  if (inner instanceof z.ZodLiteral) return { ...base, type: 'fixed', value: inner.value };
  if (inner instanceof z.ZodEnum) return { ...base, type: 'choice', options: inner.options.map(String) };
  if (inner instanceof z.ZodBoolean) return { ...base, type: 'yesno' };
  if (inner instanceof z.ZodNumber) {
    return {
      ...base,
      type: 'number',
      integer: inner.isInt,
      ...(Number.isFinite(inner.minValue) ? { min: inner.minValue! } : {}),
      ...(Number.isFinite(inner.maxValue) ? { max: inner.maxValue! } : {}),
    };
  }
  if (inner instanceof z.ZodISODate) return { ...base, type: 'date' };
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly z.ZodType[];
    if (options.some((o) => o instanceof z.ZodISODateTime)) return { ...base, type: 'datetime' };
    return { ...base, type: 'measure' };
  }
  if (inner instanceof z.ZodObject) return { ...base, type: 'group', fields: fieldsOfObject(kind, inner, pattern, inRow) };
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    if (unwrap(element) instanceof z.ZodObject) {
      return {
        ...base,
        type: 'rows',
        fields: fieldsOfObject(kind, element, `${pattern}[]`, true),
        min: inner.safeParse([]).success ? 0 : 1,
        rowHelp: element.description ?? '',
      };
    }
    return { ...base, type: 'values', item: fieldOf(kind, key, element, `${pattern}[]`, true) };
  }
  const prose = !inRow && !hint.short;
  return { ...base, type: prose ? 'prose' : 'text' };
}

/** Every field under `fields`, the fields of groups and rows included, depth first. */
export function* allFields(fields: readonly Field[]): Generator<Field> {
  for (const field of fields) {
    yield field;
    if (field.type === 'group' || field.type === 'rows') yield* allFields(field.fields);
  }
}
