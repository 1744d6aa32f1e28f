import { formatDate } from '../../src/render/format/dates.js';
import type { Node, Value } from '../../src/model/define.js';
import { fieldsAt } from '../../src/model/tree.js';

/** A value the document must show, and how it shows it. */
export interface Expected {
  path: string;
  /** Text that appears in the Markdown when the value is printed. */
  shown: string;
  /** Compare with spaces taken out: numbers are grouped with no-break spaces. */
  digits?: true;
}

/**
 * A plan of a kind in which every field holds a value of its own, one row per list, and
 * what the document must show of each: if a field is never printed, its value is missing.
 */
export function markerPlan(nodes: readonly Node[]): { plan: Record<string, unknown>; expected: Expected[]; hidden: string[] } {
  let n = 0;
  const expected: Expected[] = [];
  const hidden: string[] = [];
  const mapping = (list: readonly Node[], prefix: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const field of fieldsAt(list)) {
      const path = prefix ? `${prefix}.${field.key}` : field.key;
      if (field.show?.hidden) hidden.push(path);
      out[field.key] = valueOf(field.value, path, field.show?.hidden === true);
    }
    return out;
  };
  const valueOf = (value: Value, path: string, hidden: boolean): unknown => {
    n++;
    const expect = (shown: string, digits?: true) => {
      if (!hidden) expected.push({ path, shown, ...(digits ? { digits } : {}) });
    };
    switch (value.type) {
      case 'prose':
      case 'text':
      case 'measure':
        expect(`Merke${n}`);
        return `Merke${n}`;
      case 'email':
        expect(`merke${n}@example.no`);
        return `merke${n}@example.no`;
      case 'date':
      case 'datetime': {
        // Days weeks apart, so a period's two ends fall in different months and both are named.
        const day = new Date(Date.UTC(2026, 0, 1 + n * 37)).toISOString().slice(0, 10);
        expect(formatDate(day, 'nb')!.replace(/ \d{4}$/, ''));
        return value.type === 'date' ? day : `${day}T10:00`;
      }
      case 'number': {
        const number = value.max !== undefined && value.max <= 2100 ? 2026 : 1000 + n;
        expect(String(number), true);
        return number;
      }
      case 'yesno':
        // A question of its own is printed with its statement; a column of a table says yes or no.
        expect(path.includes('[]') ? '| Ja |' : value.statement.nb);
        return true;
      case 'choice': {
        const [key, titles] = Object.entries(value.options).at(-1)!;
        expect(titles.nb);
        return key;
      }
      case 'literal':
        return value.value;
      case 'perYear':
        expect(String(3000 + n), true);
        return { 2026: 3000 + n };
      case 'list':
        return [valueOf(value.item, path, hidden)];
      case 'group':
        return mapping(value.fields, path);
      case 'rows':
        return [mapping(value.fields, `${path}[]`)];
    }
  };
  return { plan: mapping(nodes, ''), expected, hidden };
}
