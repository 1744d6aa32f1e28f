import { dayOf } from './dates.js';

/**
 * Dates as plans write them beyond a plain day: a yearly date (`{ årlig: "03-15" }`, the
 * county's "innen 15. mars hvert år") and a period written as years or school years
 * (`2025–2027`, `skoleåret 2025/26`). Rules, calendars and reports read both through here.
 */

export interface Period {
  fra: string;
  til: string;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** `{ årlig: "03-15" }`: the month and day of a yearly date, or undefined. */
export function yearlyOf(value: unknown): { month: number; day: number; text: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const text = (value as Record<string, unknown>)['årlig'];
  if (typeof text !== 'string') return undefined;
  const match = MONTH_DAY.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 29 February recurs only in leap years; every other month-day must exist in 2024.
  if (!dayOf(`2024-${match[1]}-${match[2]}`)) return undefined;
  return { month, day, text: `${match[1]}-${match[2]}` };
}

/** Whether a value is a yearly date of the right form (`MM-DD`). */
export function isYearly(value: unknown): boolean {
  return yearlyOf(value) !== undefined;
}

/**
 * The days a date falls on within a period: a plain date once (inside the period or not),
 * a yearly date in every year of the period. Without a period a yearly date has no day.
 */
export function occurrences(value: unknown, period: Period | undefined): string[] {
  const day = dayOf(value);
  if (day) return [day];
  const yearly = yearlyOf(value);
  if (!yearly || !period) return [];
  const out: string[] = [];
  const first = Number(period.fra.slice(0, 4));
  const last = Number(period.til.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const date = dayOf(`${year}-${yearly.text}`);
    if (date && date >= period.fra && date <= period.til) out.push(date);
  }
  return out;
}

const CALENDAR_YEAR = /^(\d{4})$/;
const CALENDAR_YEARS = /^(\d{4}) ?[-–—] ?(\d{4})$/;
/** `2025/26`, `skoleåret 2025/26`, `skoleåret 2025–2026`. */
const SCHOOL_YEAR = /^(?:(?:skoleåret|skuleåret|school year) )?(\d{4}) ?\/ ?(\d{2}|\d{4})$|^(?:skoleåret|skuleåret|school year) (\d{4}) ?[-–—] ?(\d{2}|\d{4})$/;
/** `skoleårene 2025–2027`: from the autumn of the first to the summer of the last. */
const SCHOOL_YEARS = /^(?:skoleårene|skuleåra|school years) (\d{4}) ?[-–—/] ?(\d{4})$/;

/**
 * A period written in words as plans write it: `2026`, `2025–2027`, `skoleåret 2025/26`,
 * `skoleårene 2025–2027` (a school year runs from 1 August to 31 July).
 */
export function periodFromText(text: string): Period | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let match = CALENDAR_YEAR.exec(value);
  if (match) return { fra: `${match[1]}-01-01`, til: `${match[1]}-12-31` };
  match = CALENDAR_YEARS.exec(value);
  if (match) return Number(match[1]) < Number(match[2]) ? { fra: `${match[1]}-01-01`, til: `${match[2]}-12-31` } : undefined;
  match = SCHOOL_YEAR.exec(value);
  if (match) return schoolYears(match[1] ?? match[3]!, match[2] ?? match[4]!);
  match = SCHOOL_YEARS.exec(value);
  if (match) return schoolYears(match[1]!, match[2]!);
  return undefined;
}

/** From 1 August of the first year to 31 July of the last: `2025/26` is one school year. */
function schoolYears(start: string, end: string): Period | undefined {
  const last = end.length === 2 ? `${start.slice(0, 2)}${end}` : end;
  if (Number(last) <= Number(start)) return undefined;
  return { fra: `${start}-08-01`, til: `${last}-07-31` };
}

/** The plan's period as two days, from `{fra, til}` or from words; undefined when neither is usable. */
export function periodFrom(value: unknown): Period | undefined {
  if (typeof value === 'string') return periodFromText(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const fra = dayOf(record['fra']);
  const til = dayOf(record['til']);
  return fra && til && fra <= til ? { fra, til } : undefined;
}
