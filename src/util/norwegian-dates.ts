import { dayOf } from './dates.js';

/**
 * Dates as Norwegians write them, read into the ISO form plans keep: `15.03.2027`,
 * `15.3.27`, `15. mars 2027`, and the deadline conventions of plans: a month means its last
 * day (`mars 2028` → 2028-03-31), `høsten 2026` the end of the year (31 December),
 * `våren 2027` the end of the school year (30 June), `uke 12 2027` the Friday of that week.
 * Where a day starts something (`periode.fra`), a month or term means its first day instead.
 */

export interface Reading {
  iso: string;
  /** How the text was understood, for the message that shows it back: a convention was applied. */
  convention?: 'month' | 'autumn' | 'spring' | 'week';
}

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, des: 12, december: 12, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  return dayOf(`${year}-${pad(month)}-${pad(day)}`);
}

/** Two-digit years are this century's: `27` is 2027. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Friday of ISO week `week` of `year`: the end of a working week. */
function fridayOfWeek(year: number, week: number): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const friday = new Date(monday.getTime() + 4 * 86_400_000);
  return friday.getUTCFullYear() === year || week < 53 ? friday.toISOString().slice(0, 10) : undefined;
}

/**
 * A day written the Norwegian way, or ISO; undefined when it is not a real day. `start`
 * reads a month or term as its first day, for the start of a period.
 */
export function readDay(raw: string, { start = false }: { start?: boolean } = {}): Reading | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const plain = dayOf(text);
  if (plain && plain === text) return { iso: plain };
  let match = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (match) return wrap(iso(fullYear(match[4]!), Number(match[3]), Number(match[1])));
  match = /^(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})$/.exec(text);
  if (match && MONTHS[match[2]!]) return wrap(iso(Number(match[3]), MONTHS[match[2]!]!, Number(match[1])));
  match = /^([a-zæøå]+)\.? (\d{4})$/.exec(text);
  if (match && MONTHS[match[1]!]) {
    const year = Number(match[2]);
    const month = MONTHS[match[1]!]!;
    return wrap(iso(year, month, start ? 1 : lastDay(year, month)), 'month');
  }
  match = /^(?:høsten|hausten|autumn) (\d{4})$/.exec(text);
  if (match) return wrap(start ? iso(Number(match[1]), 8, 1) : iso(Number(match[1]), 12, 31), 'autumn');
  match = /^(?:våren|spring) (\d{4})$/.exec(text);
  if (match) return wrap(start ? iso(Number(match[1]), 1, 1) : iso(Number(match[1]), 6, 30), 'spring');
  match = /^(?:uke|veke|week) (\d{1,2}),? (\d{4})$/.exec(text);
  if (match) return wrap(fridayOfWeek(Number(match[2]), Number(match[1])), 'week');
  return undefined;
}

function wrap(day: string | undefined, convention?: Reading['convention']): Reading | undefined {
  return day ? { iso: day, ...(convention ? { convention } : {}) } : undefined;
}

const TIME = /^(?:kl\.? ?)?(\d{1,2})(?:[:.](\d{2}))?$/;

/** `kl. 9`, `09:00`, `15.30`: a time of day, `HH:MM`. */
export function readTime(raw: string): string | undefined {
  const match = TIME.exec(raw.trim().toLowerCase());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

/**
 * A day or a day and a time (`15.03.2026 kl. 18.00`, `2026-03-15T18:00`), in the form the
 * plan keeps. `sameDay` is the day a time alone belongs to (a meeting's end on its start's day).
 */
export function readDayTime(raw: string, sameDay?: string): Reading | undefined {
  const text = raw.trim().replace(/\s+/g, ' ');
  const isoTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(text);
  if (isoTime) {
    const day = dayOf(isoTime[1]);
    return day && Number(isoTime[2]) < 24 && Number(isoTime[3]) < 60 ? { iso: `${day}T${isoTime[2]}:${isoTime[3]}` } : undefined;
  }
  const day = readDay(text);
  if (day) return day;
  const alone = readTime(text);
  if (alone && sameDay) return { iso: `${sameDay}T${alone}` };
  const split = /^(.+?)(?:,? (?:kl\.? ?)| )(\d{1,2}[:.]\d{2}|\d{1,2})$/i.exec(text);
  if (!split) return undefined;
  const date = readDay(split[1]!);
  const time = readTime(split[2]!);
  return date && time && !date.convention ? { iso: `${date.iso}T${time}` } : undefined;
}
