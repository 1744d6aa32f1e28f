import { z } from 'zod';
import type { Path } from '../load/source.js';
import { recommendedFields } from './primitives.js';

/** A key of an object schema, met while walking a plan beside its schema. */
export interface FieldVisit {
  path: Path;
  key: string;
  value: unknown;
  required: boolean;
  recommended: boolean;
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

export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
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

/**
 * Visits every key the schema declares on every object present in the data, list rows
 * included; `required` and `completeness` are both counts over this walk.
 */
export function walkFields(schema: z.ZodType, data: unknown, visit: (field: FieldVisit) => void, path: Path = []): void {
  const shape = objectShape(schema);
  if (!shape || !isRecord(data)) return;
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const value = data[key];
    const fieldPath = [...path, key];
    visit({
      path: fieldPath,
      key,
      value,
      required: !(fieldSchema instanceof z.ZodOptional),
      recommended: recommendedFields.has(fieldSchema),
      schema: fieldSchema,
    });
    const inner = unwrap(fieldSchema);
    if (inner instanceof z.ZodObject) walkFields(inner, value, visit, fieldPath);
    else if (inner instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((row, index) => walkFields(inner.element as z.ZodType, row, visit, [...fieldPath, index]));
    }
  }
}
