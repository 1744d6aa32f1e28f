import * as z from 'zod';
import type { Path } from '../load/source.js';
import { alternativeFields, recommendedFields } from './schema.js';

/** A key of an object schema, met while walking a plan beside its schema. */
export interface FieldVisit {
  path: Path;
  key: string;
  value: unknown;
  required: boolean;
  recommended: boolean;
  /** The sibling that may stand instead of this field (`roller` for `rolle`). */
  instead?: string;
  schema: z.ZodType;
}

/** Strips `.optional()` and similar wrappers down to the schema that says what the value is. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The mapping a schema describes; for a value that may also be written otherwise (a period in words), its mapping form. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const object = objectOf(schema);
  return object ? (object.shape as Record<string, z.ZodType>) : undefined;
}

function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner;
  // A mapping that may also be written in words lists the mapping first; a yearly date
  // (a day, or `{ årlig }`) is a value, not a section to walk into.
  if (inner instanceof z.ZodUnion) {
    const first = unwrap((inner.options as readonly z.ZodType[])[0]!);
    return first instanceof z.ZodObject ? first : undefined;
  }
  return undefined;
}

/** The schema that describes the value at `path`, or undefined where the schema does not reach. */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    if (typeof segment === 'number') current = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    else current = objectShape(inner)?.[segment];
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface FieldInfo {
  key: string;
  schema: z.ZodType;
  required: boolean;
  recommended: boolean;
  /** Required unless this sibling is given instead. */
  instead?: string;
  /** Set when the field holds a mapping or a list of rows the walk descends into. */
  object?: z.ZodType;
  rows?: z.ZodType;
}

/** Field facts per object schema, worked out once: a check of 3000 plans walks them all. */
const fieldCache = new WeakMap<z.ZodType, FieldInfo[]>();

function schemaFields(schema: z.ZodType): FieldInfo[] | undefined {
  const cached = fieldCache.get(schema);
  if (cached) return cached;
  const shape = objectShape(schema);
  if (!shape) return undefined;
  const fields = Object.entries(shape).map(([key, fieldSchema]): FieldInfo => {
    const inner = unwrap(fieldSchema);
    return {
      key,
      schema: fieldSchema,
      required: !(fieldSchema instanceof z.ZodOptional),
      recommended: recommendedFields.has(fieldSchema),
      ...(alternativeFields.has(fieldSchema) ? { instead: alternativeFields.get(fieldSchema)!.instead } : {}),
      object: objectOf(inner),
      rows: inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined,
    };
  });
  fieldCache.set(schema, fields);
  return fields;
}

/**
 * Visits every key the schema declares on every object present in the data, list rows
 * included; `required` and `completeness` are both counts over this walk.
 */
export function walkFields(schema: z.ZodType, data: unknown, visit: (field: FieldVisit) => void, path: Path = []): void {
  if (!isRecord(data)) return;
  const fields = schemaFields(schema);
  if (!fields) return;
  for (const field of fields) {
    const value = data[field.key];
    const fieldPath = [...path, field.key];
    // `rolle` is required only where `roller` does not stand instead.
    const required = field.required || (field.instead !== undefined && isEmpty(data[field.instead]));
    visit({ path: fieldPath, key: field.key, value, required, recommended: field.recommended, ...(field.instead ? { instead: field.instead } : {}), schema: field.schema });
    if (field.object) walkFields(field.object, value, visit, fieldPath);
    else if (field.rows && Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) walkFields(field.rows, value[index], visit, [...fieldPath, index]);
    }
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * How many required or recommended fields lie under a mapping or list schema: nested
 * mappings count in full, a list as one row.
 */
export function expectedFieldCount(schema: z.ZodType): number {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return expectedFieldCount(inner.element as z.ZodType);
  let count = 0;
  for (const field of schemaFields(inner) ?? []) {
    if (!field.required && !field.recommended && !field.instead) continue;
    count += 1 + (field.object ? expectedFieldCount(field.object) : 0);
  }
  return count;
}
