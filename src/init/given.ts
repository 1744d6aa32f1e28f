import { isBlank } from '../check/plan-data.js';
import { isRecord } from '../model/walk.js';
import type { Field } from './fields.js';

export { isBlank, isRecord };

/**
 * Whether an answers file (or a draft) already answers a field: the key is there, and
 * a required field is not left blank. A mapping or a list is answered only in part;
 * the caller looks inside it.
 */
export function isAnswered(field: Field, given: Readonly<Record<string, unknown>> | undefined): boolean {
  if (!given || !(field.key in given)) return false;
  const value = given[field.key];
  if (field.type === 'group') return isRecord(value);
  if (field.type === 'rows') return Array.isArray(value) && !(field.required && value.length < field.min);
  return !(field.required && isBlank(value));
}

/** Keys of a given mapping the schema does not know: kept, so no typed answer is dropped. */
export function extraEntries(fields: readonly Field[], given: Readonly<Record<string, unknown>> | undefined): [string, unknown][] {
  if (!given) return [];
  const known = new Set(fields.map((f) => f.key));
  return Object.entries(given).filter(([key]) => !known.has(key));
}
