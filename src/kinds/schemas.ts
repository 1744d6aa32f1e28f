import type { z } from 'zod';
import { schemaOf, unionOf } from '../model/schema.js';
import { KIND_DEFINITIONS, kindDefinition, type Kind } from './index.js';

/** The Zod schema a kind's plans are checked against; apart from the registry, so naming the kinds loads no Zod. */
export function kindSchema(kind: Kind): z.ZodObject {
  return schemaOf(kindDefinition(kind));
}

/** Any plan, dispatched on `type`. */
export function planSchema(): z.ZodType {
  return unionOf(KIND_DEFINITIONS);
}
