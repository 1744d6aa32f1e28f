import { dayOf } from '../util/dates.js';

/**
 * Dates as Norwegian and English documents write them, read back into what a plan holds:
 * "15. mars 2027" and "15.03.2027" as 2027-03-15, "uke 12" and "høsten 2026" as the day
 * they stand for, "hvert år 15. mars" as a yearly date. Only the importer reads dates
 * from words; rules and reports read the plan's own forms (src/util/calendar.ts).
 */

/** Whether a day was written as such, or worked out from a week, a season or a month. */
export interface ReadDate {
  iso: string;
  /** Set when the text did not name one day: the words it was read from. */
  interpreted?: string;
}

/** Where a day stands in what it is read for: a start takes the first day of a week or season, an end the last. */
export type DateRole = 'start' | 'end';

const MONTHS: Record<string, number> = {
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
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const WEEKDAYS = /\b(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tir|tirs|ons|tor|tors|fre|lør|søn)\b\.?,?/gi;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  return dayOf(`${year}-${pad(month)}-${pad(day)}`);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

/** The Monday of ISO week `week` in `year`, moved to Friday for an end. */
function weekDay(year: number, week: number, role: DateRole): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const fourth = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(fourth.getTime() - ((fourth.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const day = role === 'end' ? new Date(monday.getTime() + 4 * 86_400_000) : monday;
  return day.toISOString().slice(0, 10);
}

const SEASONS: Record<string, { start: [number, number]; end: [number, number] }> = {
  vår: { start: [1, 1], end: [6, 30] },
  høst: { start: [8, 1], end: [12, 31] },
  haust: { start: [8, 1], end: [12, 31] },
  sommer: { start: [6, 15], end: [8, 15] },
  sumar: { start: [6, 15], end: [8, 15] },
  vinter: { start: [1, 1], end: [2, 28] },
  spring: { start: [1, 1], end: [6, 30] },
  autumn: { start: [8, 1], end: [12, 31] },
  fall: { start: [8, 1], end: [12, 31] },
  summer: { start: [6, 15], end: [8, 15] },
  winter: { start: [1, 1], end: [2, 28] },
};

function seasonOf(word: string): { start: [number, number]; end: [number, number] } | undefined {
  const stem = word.toLowerCase().replace(/(?:en|a|et)$/, '');
  return SEASONS[stem] ?? SEASONS[word.toLowerCase()];
}

/**
 * A day from how a person writes one. `year` fills in a date written without one (the
 * plan's period decides it); `role` says which end of a week, month or season is meant.
 */
export function readDate(text: string, role: DateRole = 'start', year?: (month: number) => number | undefined): ReadDate | undefined {
  const original = text.trim().replace(/\s+/g, ' ');
  const cleaned = original
    .replace(WEEKDAYS, ' ')
    .replace(/^(?:innen|senest|før|frist|by|before|fra|from|i|in|uke-?start)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(cleaned);
  if (isoMatch) {
    const day = dayOf(isoMatch[0]);
    return day ? { iso: day } : undefined;
  }
  // 15.03.2027, 15.3.27, 15/3/2027
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b/.exec(cleaned);
  if (numeric) {
    const day = iso(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
    return day ? (numeric[3]!.length === 2 ? { iso: day, interpreted: original } : { iso: day }) : undefined;
  }
  // 15. mars 2027, 15 March 2027, 15. mars
  const named = new RegExp(`^(\\d{1,2})\\.?\\s*(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?\\b`, 'i').exec(cleaned);
  if (named) {
    const month = MONTHS[named[2]!.toLowerCase()]!;
    const y = named[3] ? Number(named[3]) : year?.(month);
    if (y === undefined) return undefined;
    const day = iso(y, month, Number(named[1]));
    if (!day) return undefined;
    // "15. sept. 2027" is as exact as "15. september 2027"; without a year the day was placed.
    return named[3] ? { iso: day } : { iso: day, interpreted: original };
  }
  // March 15, 2027
  const american = new RegExp(`^(${MONTH_WORDS})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(cleaned);
  if (american) {
    const day = iso(Number(american[3]), MONTHS[american[1]!.toLowerCase()]!, Number(american[2]));
    return day ? { iso: day } : undefined;
  }
  // uke 12, uke 12 2027, veke 12, week 12
  const week = /^(?:uke|veke|week|u|v)\.?\s*(\d{1,2})(?:\s*[,/-]?\s*(\d{4}))?\b/i.exec(cleaned);
  if (week) {
    const y = week[2] ? Number(week[2]) : year?.(Math.min(12, Math.max(1, Math.ceil(Number(week[1]) / 4.4))));
    if (y === undefined) return undefined;
    const day = weekDay(y, Number(week[1]), role);
    return day ? { iso: day, interpreted: original } : undefined;
  }
  // høsten 2026, våren 2027, autumn 2026
  const season = /^(?:(?:i|på|om)\s+)?([a-zæøå]+)\s+(\d{4})$/i.exec(cleaned);
  const seasonSpan = season ? seasonOf(season[1]!) : undefined;
  if (season && seasonSpan) {
    const y = Number(season[2]);
    const [month, day] = role === 'end' ? seasonSpan.end : seasonSpan.start;
    return { iso: iso(y, month, day)!, interpreted: original };
  }
  // mars 2027, juni 2027
  const monthYear = new RegExp(`^(?:(?:i|in|innen)\\s+)?(${MONTH_WORDS})\\.?\\s+(\\d{4})$`, 'i').exec(cleaned);
  if (monthYear) {
    const y = Number(monthYear[2]);
    const month = MONTHS[monthYear[1]!.toLowerCase()]!;
    return { iso: iso(y, month, role === 'end' ? lastDay(y, month) : 1)!, interpreted: original };
  }
  // 2027
  const onlyYear = /^(\d{4})$/.exec(cleaned);
  if (onlyYear) {
    const y = Number(onlyYear[1]);
    if (y < 2000 || y > 2100) return undefined;
    return { iso: role === 'end' ? `${y}-12-31` : `${y}-01-01`, interpreted: original };
  }
  return undefined;
}

/** A span of days: "1. august 2026 – 30. juni 2027", "1.–15. mars 2026", "01.08.2026–30.06.2027", "skoleåret 2026–2027". */
export function readPeriod(text: string, year?: (month: number) => number | undefined): { fra?: ReadDate; til?: ReadDate } | undefined {
  const cleaned = text.trim().replace(/^(?:fra|frå|from|tidsrom:?)\s+/i, '').replace(/\s+/g, ' ');
  const school = /^(?:skole|skule|barnehage)?året\s+(\d{4})\s*[–—/-]\s*(\d{2,4})$/i.exec(cleaned) ?? /^(\d{4})\s*[–—/-]\s*(\d{2,4})$/.exec(cleaned);
  if (school) {
    const from = Number(school[1]);
    const to = school[2]!.length === 2 ? 2000 + Number(school[2]) : Number(school[2]);
    if (to < from) return undefined;
    const schoolYear = /året/i.test(cleaned) || to === from + 1;
    return schoolYear && /året/i.test(cleaned)
      ? { fra: { iso: `${from}-08-01`, interpreted: text.trim() }, til: { iso: `${to}-07-31`, interpreted: text.trim() } }
      : { fra: { iso: `${from}-01-01`, interpreted: text.trim() }, til: { iso: `${to}-12-31`, interpreted: text.trim() } };
  }
  const parts = cleaned.split(/\s*[–—]\s*|\s+-\s+|\s+(?:til|to|until)\s+/i).filter((part) => part !== '');
  if (parts.length === 1) {
    const only = readDate(parts[0]!, 'start', year);
    return only ? { fra: only } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const [left, right] = parts as [string, string];
  const til = readDate(right, 'end', year);
  // "1.–15. mars 2026" and "1. august – 30. desember 2026": the start borrows what it leaves out.
  let fra = readDate(left, 'start', (month) => (til ? Number(til.iso.slice(0, 4)) - (month > Number(til.iso.slice(5, 7)) ? 1 : 0) : year?.(month)));
  if (!fra && til && /^\d{1,2}\.?$/.test(left.trim())) {
    const day = iso(Number(til.iso.slice(0, 4)), Number(til.iso.slice(5, 7)), Number(left.replace('.', '')));
    if (day) fra = { iso: day, ...(til.interpreted ? { interpreted: til.interpreted } : {}) };
  }
  if (!fra && !til) return undefined;
  // The start written without the year the end gives it ("1. august – 30. desember 2026") is exact.
  if (fra?.interpreted && til && !til.interpreted && fra.interpreted === left.trim()) fra = { iso: fra.iso };
  return { ...(fra ? { fra } : {}), ...(til ? { til } : {}) };
}

/** "Torsdag 24. september 2026, kl. 08.30–14.30" as a meeting's start and end. */
export function readMeetingTime(text: string, year?: (month: number) => number | undefined): { dato?: ReadDate; slutt?: ReadDate } | undefined {
  const cleaned = text.replace(WEEKDAYS, ' ').replace(/\s+/g, ' ').trim();
  // Two days: "… – Fredag 25. september 2026, kl. 12.00"
  const halves = cleaned.split(/\s+[–—-]\s+(?=\d)/);
  const time = /(?:kl\.?|klokka|klokken|at)?\s*\b(\d{1,2})[.:](\d{2})\b(?:\s*[–—-]\s*(\d{1,2})(?:[.:](\d{2}))?\b)?/i;
  const readHalf = (half: string) => {
    const at = /,?\s*(?:kl\.?|klokka|klokken)\s*|,\s*(?=\d{1,2}[.:]\d{2}\b)/i.exec(half);
    const datePart = at ? half.slice(0, at.index) : half;
    const timePart = at ? half.slice(at.index) : '';
    const day = readDate(datePart, 'start', year);
    const clock = timePart ? time.exec(timePart) : null;
    return { day, clock };
  };
  const first = readHalf(halves[0]!);
  if (!first.day) return undefined;
  const stamp = (day: ReadDate, hour?: string, minute?: string): ReadDate =>
    hour === undefined ? day : { ...day, iso: `${day.iso}T${pad(Number(hour))}:${minute ?? '00'}` };
  const dato = stamp(first.day, first.clock?.[1], first.clock?.[2]);
  if (halves.length > 1) {
    const second = readHalf(halves.slice(1).join(' – '));
    if (second.day) return { dato, slutt: stamp(second.day, second.clock?.[1], second.clock?.[2]) };
  }
  if (first.clock?.[3]) return { dato, slutt: stamp(first.day, first.clock[3], first.clock[4]) };
  return { dato };
}


const EVERY_YEAR = /^(?:hvert|hver|kvart|kvar|every)\s+(?:år|year)(?:\s+(?:on|den))?\s+(.+)$|^(.+?),?\s+(?:hvert|hver|kvart|kvar|every)\s+(?:år|year)$|^(?:årlig|årleg|yearly|annually)[,:]?\s+(.+)$/i;

/**
 * A date that comes back every year, as `{ årlig: "MM-DD" }`: "hvert år 15. mars", "kvart
 * år 15. mars", "every year on 15 March", "15. mars hvert år", "årlig 15.03".
 */
export function readYearly(text: string): { årlig: string } | undefined {
  const found = EVERY_YEAR.exec(text.trim().replace(/\s+/g, ' '));
  const rest = found ? (found[1] ?? found[2] ?? found[3])!.trim() : undefined;
  if (!rest) return undefined;
  const numeric = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(rest);
  const named = new RegExp(`^(\\d{1,2})\\.?\\s*(${MONTH_WORDS})\\.?$`, 'i').exec(rest);
  const month = numeric ? Number(numeric[2]) : named ? MONTHS[named[2]!.toLowerCase()]! : undefined;
  const day = numeric ? Number(numeric[1]) : named ? Number(named[1]) : undefined;
  // 2024 is a leap year: 29 February comes back, 30 February does not.
  if (month === undefined || day === undefined || !iso(2024, month, day)) return undefined;
  return { årlig: `${pad(month)}-${pad(day)}` };
}
