import * as z from 'zod';
import { configSchema } from '../config/schema.js';
import { KINDS, type Kind } from './index.js';
import { kindSchema, planSchema } from './schemas.js';

const SCHEMA_BASE = 'https://dekom.no/schemas/';

/** The JSON Schema editors use for hover help and completion; generated, never hand-edited. */
export function jsonSchemaFor(kind?: Kind): Record<string, unknown> {
  const schema = kind ? kindSchema(kind) : planSchema();
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `${SCHEMA_BASE}${kind ?? 'plan'}.schema.json`,
    title: kind ? `dekom ${kind}` : 'dekom plan',
    ...rest,
  };
}

/** File name of each schema in `schemas/`; `plan` dispatches on `type`. */
export function schemaFiles(): Array<{ file: string; schema: Record<string, unknown> }> {
  return [
    { file: 'plan.schema.json', schema: jsonSchemaFor() },
    ...KINDS.map((kind) => ({ file: `${kind}.schema.json`, schema: jsonSchemaFor(kind) })),
    { file: 'config.schema.json', schema: configJsonSchema() },
  ];
}

/** The schema of `dekom.config.yaml`, so editors complete rule ids and severities. */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(configSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: `${SCHEMA_BASE}config.schema.json`, title: 'dekom.config.yaml', ...rest };
}
