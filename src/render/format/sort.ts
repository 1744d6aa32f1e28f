import { yearlyOf } from '../../util/calendar.js';
import { dayOf } from '../../util/dates.js';

type Key = { number: number } | { text: string };

/** Numbers sort as numbers, ISO dates and date-times as text; anything else has no place. */
function sortKey(value: unknown): Key | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { number: value };
  if (dayOf(value)) return { text: String(value).trim() };
  // A yearly date has no year: it goes by month and day, before the dated rows.
  const yearly = yearlyOf(value);
  return yearly ? { text: `0000-${yearly.text}` } : undefined;
}

function compare(a: Key, b: Key): number {
  if ('number' in a && 'number' in b) return a.number - b.number;
  if ('text' in a && 'text' in b) return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  return 'number' in a ? -1 : 1;
}

/**
 * Rows ordered by one field (a deadline, a meeting's date, a priority), without changing
 * the plan: a date without a time comes before the same day with one, ties keep the
 * author's order, and rows without a value come last in the order they were written.
 */
export function sortRows<T>(rows: unknown, key: string): T[] {
  if (!Array.isArray(rows)) return [];
  const keyed = rows.map((row: T, index) => ({
    row,
    index,
    key: typeof row === 'object' && row !== null ? sortKey((row as Record<string, unknown>)[key]) : undefined,
  }));
  keyed.sort((a, b) => {
    if (a.key && b.key) return compare(a.key, b.key) || a.index - b.index;
    if (a.key) return -1;
    if (b.key) return 1;
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}
