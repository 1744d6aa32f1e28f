import * as z from 'zod';
import { ti, type InitLang } from '../messages/init.js';
import { readDay, readDayTime } from '../util/norwegian-dates.js';
import { isYearly } from '../util/calendar.js';
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

const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['januar', 'january', 'jan'],
    ['februar', 'february', 'feb'],
    ['mars', 'march', 'mar'],
    ['april', 'apr'],
    ['mai', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['desember', 'december', 'des', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const EVERY_YEAR = /^(?:årlig|årleg|hvert år|kvart år|yearly|every year(?: on)?)[:,]?\s+|\s+(?:årlig|årleg|hvert år|kvart år|yearly|every year)$/i;

/**
 * A date that comes back every year, as people type it: `årlig 15.03`, `hvert år 15. mars`,
 * `15.03 hvert år`, `årlig: 03-15` (month first, as the file writes it) or `--03-15`.
 */
export function readYearly(raw: string): { årlig: string } | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  let month: number | undefined;
  let day: number | undefined;
  const iso = /^--(\d{2})-(\d{2})$/.exec(text);
  if (iso) [month, day] = [Number(iso[1]), Number(iso[2])];
  else {
    const rest = text.replace(EVERY_YEAR, '');
    if (rest === text) return undefined;
    const monthFirst = /^(\d{1,2})-(\d{1,2})$/.exec(rest);
    const dayFirst = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(rest);
    const named = /^(\d{1,2})\.? ([a-zæøå]+)\.?$/.exec(rest);
    if (monthFirst) [month, day] = [Number(monthFirst[1]), Number(monthFirst[2])];
    else if (dayFirst) [day, month] = [Number(dayFirst[1]), Number(dayFirst[2])];
    else if (named && MONTH_NAMES[named[2]!] !== undefined) [day, month] = [Number(named[1]), MONTH_NAMES[named[2]!]!];
  }
  if (month === undefined || day === undefined) return undefined;
  const value = { årlig: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  return isYearly(value) ? value : undefined;
}

/**
 * Amounts by year as people type them: `2027: 400 000; 2028: 350 000` (or `2027=400000`),
 * one year per part; a comma before the next year also parts them.
 */
export function readPerYear(raw: string): Record<string, number> | undefined {
  const parts = raw.split(/\s*(?:;|\n|,(?=\s*\d{4}\s*[:=]))\s*/).filter((part) => part.trim() !== '');
  if (parts.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const part of parts) {
    const match = /^(\d{4})\s*[:=]\s*(.+)$/.exec(part.trim());
    const amount = match ? readNumber(match[2]!.replace(/\s*(?:kr|nok)\.?$/i, '')) : undefined;
    if (!match || amount === undefined || amount < 0 || Object.hasOwn(out, match[1]!)) return undefined;
    out[match[1]!] = amount;
  }
  return out;
}

/** `150 000` and `1,5` as Norwegians write numbers. */
export function readNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
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
      const yearly = field.yearly ? readYearly(text) : undefined;
      if (yearly) return valid(field, yearly, text, scope, 'refuse.yearly');
      // The start of a period is the first day of a month written alone; a deadline its last.
      const sameDay = typeof scope.siblings['dato'] === 'string' ? scope.siblings['dato'].slice(0, 10) : undefined;
      const value = field.type === 'date' ? readDate(text, field.key === 'fra') : readDateTime(text, field.key === 'slutt' ? sameDay : undefined);
      if (!value) return refuse(scope, field.yearly ? 'refuse.yearly' : `refuse.${field.type}`, { value: text });
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
      return valid(field, value, text, scope, 'refuse.perYear');
    }
    case 'values': {
      const values: unknown[] = [];
      // Names hold spaces ("Arendal kommune"); years and ids are parted by them too.
      const separators = field.item.type === 'text' || field.item.type === 'choice' ? /\s*[,;\n]\s*/ : /[,;\s]+/;
      for (const part of text.split(separators).filter(Boolean)) {
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
  const yearly = field.type === 'date' || field.type === 'datetime' ? (field.yearly ? readYearly(value) : undefined) : undefined;
  if (yearly) return yearly;
  if (field.type === 'date') return readDate(value, field.key === 'fra') ?? value;
  if (field.type === 'datetime') return readDateTime(value) ?? value;
  return value;
}
