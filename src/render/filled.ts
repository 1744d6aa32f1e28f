import { PLACEHOLDER_PATTERNS } from '../check/placeholders.js';

const GLOBAL_PLACEHOLDERS = PLACEHOLDER_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));

/**
 * Whether a value holds something the author wrote. Text that is nothing but the Word
 * form's "Klikk eller trykk her …" or a TODO counts as empty, so it is printed as
 * "Ikke utfylt" rather than sent on as if it were content; text that merely mentions a
 * TODO among real sentences is kept.
 */
export function isFilledValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') {
    let rest = value;
    for (const pattern of GLOBAL_PLACEHOLDERS) rest = rest.replace(pattern, '');
    return /[\p{L}\p{N}]/u.test(rest);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(isFilledValue);
  if (typeof value === 'object') return Object.values(value).some(isFilledValue);
  return false;
}
