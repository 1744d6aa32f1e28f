import { stringify } from 'yaml';

/** Longer values are cut here: a message names the value, it does not repeat a whole section. */
const MAX_SHOWN = 80;

/** A value as the author wrote it: text as it is, a list or mapping as flow YAML, never `[object Object]`. */
export function shownValue(value: unknown): string {
  const text =
    typeof value === 'string' ? value : value !== null && typeof value === 'object' ? stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim() : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
