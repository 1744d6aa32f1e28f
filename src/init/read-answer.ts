import * as z from 'zod';
import { ti, type InitLang } from '../messages/init.js';
import { readDay, readDayTime } from '../util/norwegian-dates.js';
import type { Field } from './fields.js';

export type Reading = { ok: true; value: unknown } | { ok: false; reason: string };

/** What an answer is checked against besides its own field. */
export interface AnswerScope {
  lang: InitLang;
  /** The field's name as the prompt shows it, for "«Tittel» må fylles ut". */
  label: string;
  /** Refuse an empty answer: the plan cannot do without it here. */
  mustAnswer: boolean;
  /** The other answers of the same mapping, for "til must be after fra". */
  siblings: Readonly<Record<string, unknown>>;
}

/** `2026-03-15`, `15.03.2026`, `15. mars 2026`, `mars 2026` (its last day, or its first with `start`), as an ISO day. */
export function readDate(raw: string, start = false): string | undefined {
  return readDay(raw, { start })?.iso;
}

/**
 * A day, or a day and a time (`15.03.2026 18:00`, `2026-03-15T18:00`), in the form the plan
 * keeps; a time alone (`15:00`) on `sameDay`, as a meeting's end on its start's day.
 */
export function readDateTime(raw: string, sameDay?: string): string | undefined {
  return readDayTime(raw, sameDay)?.iso;
}

/** `150 000` and `1,5` as Norwegians write numbers. */
export function readNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** `2026: 150 000; 2027: 120 000` (commas or semicolons between years) as amounts by year. */
export function readPerYear(raw: string): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const part of raw.split(/;|,(?=\s*\d{4}\s*:)/)) {
    if (part.trim() === '') continue;
    const match = /^\s*(\d{4})\s*:\s*(.+?)\s*(?:kr)?\s*$/i.exec(part);
    const amount = match ? readNumber(match[2]!) : undefined;
    if (!match || amount === undefined || amount < 0) return undefined;
    out[match[1]!] = amount;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Each line typed at the prompt is a paragraph: in Markdown and Word single line breaks
 * run together, and two paragraphs typed must stay two. A text that has blank lines
 * already (from an answers file) says where its paragraphs are itself.
 */
function paragraphs(text: string): string {
  if (!text.includes('\n')) return text;
  if (/\n[ \t]*\n/.test(text)) return `${text}\n`;
  return `${text.split('\n').map((line) => line.trimEnd()).join('\n\n')}\n`;
}

/**
 * Reads a typed answer into the value the plan keeps, or the reason it is refused. An
 * empty answer is `undefined`: the question was skipped. Whatever is accepted has passed
 * the field's own schema, the one `check` judges the plan by, so the two never disagree;
 * the friendly reasons come first, and the schema has the last word.
 */
export function readAnswer(field: Field, raw: string, scope: AnswerScope): Reading {
  const text = field.type === 'prose' ? raw.replace(/\s+$/, '') : raw.trim();
  if (text === '') return scope.mustAnswer ? refuse(scope, 'refuse.required', { label: scope.label }) : { ok: true, value: undefined };
  switch (field.type) {
    case 'prose':
      return valid(field, paragraphs(text), text, scope);
    case 'date':
    case 'datetime': {
      // The start of a period is the first day of a month written alone; a deadline its last.
      const sameDay = typeof scope.siblings['dato'] === 'string' ? scope.siblings['dato'].slice(0, 10) : undefined;
      const value = field.type === 'date' ? readDate(text, field.key === 'fra') : readDateTime(text, field.key === 'slutt' ? sameDay : undefined);
      if (!value) return refuse(scope, `refuse.${field.type}`, { value: text });
      const reading = valid(field, value, text, scope, `refuse.${field.type}`);
      return reading.ok ? afterSibling(field, value, scope) : reading;
    }
    case 'number': {
      const value = readNumber(text);
      if (value === undefined) return refuse(scope, 'refuse.number', { value: text });
      if (field.integer && !Number.isInteger(value)) return refuse(scope, 'refuse.integer', { value: text });
      if (field.min !== undefined && value < field.min) return refuse(scope, 'refuse.min', { min: field.min });
      if (field.max !== undefined && value > field.max) return refuse(scope, 'refuse.max', { max: field.max });
      return valid(field, value, text, scope);
    }
    case 'perYear': {
      const value = readPerYear(text);
      if (!value) return refuse(scope, 'refuse.perYear', { value: text });
      return valid(field, value, text, scope);
    }
    case 'values': {
      const values: unknown[] = [];
      for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
        const item = readAnswer(field.item, part, { ...scope, mustAnswer: false });
        if (!item.ok) return item;
        values.push(item.value);
      }
      return valid(field, values, text, scope);
    }
    default:
      // Text, e-mail, measures and whatever a later schema adds: the schema decides.
      return valid(field, text, text, scope, field.schema instanceof z.ZodEmail ? 'refuse.email' : 'refuse.invalid');
  }
}

/** The value if the field's schema takes it; else the reason, told about what was typed. */
function valid(field: Field, value: unknown, typed: string, scope: AnswerScope, reason: ReasonKey = 'refuse.invalid'): Reading {
  if (field.schema.safeParse(value).success) return { ok: true, value };
  return refuse(scope, reason, { value: typed, label: scope.label });
}

function afterSibling(field: Field, value: string, scope: AnswerScope): Reading {
  const other = field.ask.after;
  const earlier = other ? scope.siblings[other] : undefined;
  // ISO days and date-times sort as text; a day alone sorts before the same day with a time.
  if (typeof earlier === 'string' && value <= earlier) {
    return refuse(scope, 'refuse.after', { key: field.key, other: other!, value: earlier });
  }
  return { ok: true, value };
}

type ReasonKey = Parameters<typeof ti>[1];

function refuse(scope: AnswerScope, key: ReasonKey, args: Record<string, string | number>): Reading {
  return { ok: false, reason: ti(scope.lang, key, args) };
}

/**
 * A value from an answers file, with dates in Norwegian form turned to ISO so the plan
 * is valid; anything else is kept exactly as given, for `check` to judge.
 */
export function tidyGiven(field: Field, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field.type === 'date') return readDate(value, field.key === 'fra') ?? value;
  if (field.type === 'datetime') return readDateTime(value) ?? value;
  return value;
}
