import { isBlank } from '../check/plan-data.js';
import { isRecord } from '../model/walk.js';
import { keyFields, type Field } from './fields.js';

/**
 * Whether an answers file (or a draft) already answers a field: the key is there, and
 * a required field is not left blank. A mapping or a list is answered only in part;
 * the caller looks inside it.
 */
export function isAnswered(field: Field, given: Readonly<Record<string, unknown>> | undefined): boolean {
  // `rolle: uh` in an answers file answers what `roller` would ask.
  if (given && field.standsFor && Object.hasOwn(given, field.standsFor) && !isBlank(given[field.standsFor])) return true;
  if (!given || !Object.hasOwn(given, field.key)) return false;
  const value = given[field.key];
  if (field.type === 'group') return isRecord(value);
  if (field.type === 'rows') return Array.isArray(value) && !(field.required && value.length < field.min);
  return !(field.required && isBlank(value));
}

/** Keys of a given mapping the schema does not know: kept, so no typed answer is dropped. */
export function extraEntries(fields: readonly Field[], given: Readonly<Record<string, unknown>> | undefined): [string, unknown][] {
  if (!given) return [];
  const known = new Set(keyFields(fields).map((f) => f.key));
  return Object.entries(given).filter(([key]) => !known.has(key));
}

/**
 * Sets an entry as the object's own, `__proto__` and `constructor` included, as the YAML
 * parser reads them: assigning `__proto__` would swap the prototype and drop the key.
 */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A scalar where a mapping or a list belongs: kept as written, neither asked again nor
 * called missing, for `check` to point at with its line.
 */
export function isMisshapen(field: Field, value: unknown): boolean {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return false;
  if (field.type === 'group') return !isRecord(value);
  if (field.type === 'rows') return !Array.isArray(value);
  return false;
}
