import type { Path } from '../load/source.js';
import type { Node, Value } from '../model/define.js';
import { fieldsAt } from '../model/tree.js';
import { isRecord } from '../model/walk.js';
import { dayOf } from '../util/dates.js';
import { readDay, readDayTime, type Reading } from '../util/norwegian-dates.js';

/** A value written otherwise than the format wants, and what it was read as. */
export interface Normalised {
  path: Path;
  /** As the author wrote it. */
  from: unknown;
  /** What the plan is checked with, and what `--fix` writes. */
  to: unknown;
  how: 'value' | 'list' | NonNullable<Reading['convention']>;
}

/**
 * Reads what authors type as the format wants it, in place: Norwegian dates as ISO days,
 * `UH` and `ferdig` as the values they mean, a lone goal id as a list, «ja» as yes, a time
 * alone as a meeting's end on its day. Each such value is told back (`normalised`) with the
 * form to write, instead of failing the plan; what cannot be read is left for the schema.
 */
export function normalisePlan(nodes: readonly Node[], plan: Record<string, unknown>): Normalised[] {
  const found: Normalised[] = [];
  mapping(nodes, plan, [], found);
  return found;
}

function mapping(nodes: readonly Node[], record: Record<string, unknown>, path: Path, found: Normalised[]): void {
  for (const field of fieldsAt(nodes)) {
    if (!Object.hasOwn(record, field.key)) continue;
    const at = [...path, field.key];
    const read = valueOf(field.value, record[field.key], { key: field.key, siblings: record }, at, found);
    if (read !== undefined) {
      found.push({ path: at, from: record[field.key], to: read.to, how: read.how });
      record[field.key] = read.to;
    }
  }
}

interface Context {
  key: string;
  siblings: Record<string, unknown>;
}

type Read = { to: unknown; how: Normalised['how'] } | undefined;

const YES = new Set(['ja', 'j', 'yes', 'y', 'sant', 'true']);
const NO = new Set(['nei', 'n', 'no', 'usant', 'false']);

function valueOf(value: Value, current: unknown, context: Context, path: Path, found: Normalised[]): Read {
  switch (value.type) {
    case 'date': {
      if (typeof current !== 'string' || dayOf(current) === current.trim()) return undefined;
      const reading = readDay(current, { start: context.key === 'fra' });
      return reading && { to: reading.iso, how: reading.convention ?? 'value' };
    }
    case 'datetime': {
      if (typeof current !== 'string' || isIsoDateTime(current)) return undefined;
      const start = context.siblings['dato'];
      const sameDay = context.key === 'slutt' && typeof start === 'string' ? dayOf(start) : undefined;
      const reading = readDayTime(current, sameDay);
      return reading && { to: reading.iso, how: reading.convention ?? 'value' };
    }
    case 'choice': {
      const chosen = typeof current === 'string' ? choiceOf(value, current) : undefined;
      return chosen !== undefined && chosen !== current ? { to: chosen, how: 'value' } : undefined;
    }
    case 'yesno': {
      if (typeof current !== 'string') return undefined;
      const word = current.trim().toLowerCase();
      return YES.has(word) ? { to: true, how: 'value' } : NO.has(word) ? { to: false, how: 'value' } : undefined;
    }
    case 'number': {
      if (typeof current !== 'string') return undefined;
      const number = readAmount(current);
      return number === undefined ? undefined : { to: number, how: 'value' };
    }
    case 'list': {
      if (Array.isArray(current)) {
        current.forEach((item, index) => {
          const read = valueOf(value.item, item, context, [...path, index], found);
          if (read) {
            found.push({ path: [...path, index], from: item, to: read.to, how: read.how });
            current[index] = read.to;
          }
        });
        return undefined;
      }
      // A lone value where a list belongs: `mål: M1`, `ordning: dekom`.
      if (typeof current !== 'string' && typeof current !== 'number') return undefined;
      if (typeof current === 'string' && current.trim() === '') return undefined;
      const item = valueOf(value.item, current, context, path, []);
      return { to: [item ? item.to : current], how: 'list' };
    }
    case 'group':
      if (isRecord(current)) mapping(value.fields, current, path, found);
      return undefined;
    case 'rows':
      if (Array.isArray(current)) current.forEach((row, index) => isRecord(row) && mapping(value.fields, row, [...path, index], found));
      return undefined;
    case 'perYear':
      if (isRecord(current)) {
        for (const [year, amount] of Object.entries(current)) {
          const number = typeof amount === 'string' ? readAmount(amount) : undefined;
          if (number === undefined) continue;
          found.push({ path: [...path, year], from: amount, to: number, how: 'value' });
          current[year] = number;
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

function isIsoDateTime(text: string): boolean {
  const trimmed = text.trim();
  return dayOf(trimmed) === trimmed || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed);
}

const fold = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** The choice a word means: the value in another case, its label in any language, or a synonym. */
function choiceOf(value: Extract<Value, { type: 'choice' }>, word: string): string | undefined {
  const wanted = fold(word);
  for (const [key, titles] of Object.entries(value.options)) {
    if (fold(key) === wanted || Object.values(titles).some((title) => fold(title) === wanted)) return key;
  }
  for (const [key, words] of Object.entries(value.synonyms ?? {})) if (words.some((synonym) => fold(synonym) === wanted)) return key;
  return undefined;
}

/** `150 000`, `150 000 kr`, `1,5` as numbers. */
function readAmount(text: string): number | undefined {
  const plain = text.trim().replace(/\s*(kr|nok|,-)\.?$/i, '').replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}
