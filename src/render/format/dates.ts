import type { DocumentLang } from '../../messages/render-labels/index.js';
import { yearlyOf } from '../../util/calendar.js';
import { dayOf } from '../../util/dates.js';

export const MONTHS: Readonly<Record<DocumentLang, readonly string[]>> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Sunday first, as `Date.getUTCDay` counts. */
const WEEKDAYS: Readonly<Record<DocumentLang, readonly string[]>> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

interface Parsed {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** `HH:MM` when the value carries a time of day. */
  time?: string;
}

const TIME = /T(\d{2}):(\d{2})/;

/** A plan date or date-time, or undefined when the value is not a real one. */
export function parseDate(value: unknown): Parsed | undefined {
  const day = dayOf(value);
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  const time = TIME.exec(String(value));
  return { year, month, day: date, weekday, ...(time ? { time: `${time[1]}:${time[2]}` } : {}) };
}

function dayMonth(d: Parsed, lang: DocumentLang): string {
  const month = MONTHS[lang][d.month - 1]!;
  return lang === 'en' ? `${d.day} ${month}` : `${d.day}. ${month}`;
}

const EVERY_YEAR: Readonly<Record<DocumentLang, string>> = { nb: 'hvert år', nn: 'kvart år', en: 'every year on' };

/** `{ årlig: "03-15" }` as a reader says it: "hvert år 15. mars", "every year on 15 March". */
function formatYearly(value: unknown, lang: DocumentLang): string | undefined {
  const yearly = yearlyOf(value);
  if (!yearly) return undefined;
  return `${EVERY_YEAR[lang]} ${dayMonth({ year: 0, month: yearly.month, day: yearly.day, weekday: 0 }, lang)}`;
}

/** "15. mars 2026" (bokmål and nynorsk alike), "15 March 2026"; a yearly date "hvert år 15. mars". */
export function formatDate(value: unknown, lang: DocumentLang): string | undefined {
  const d = parseDate(value);
  return d ? `${dayMonth(d, lang)} ${d.year}` : formatYearly(value, lang);
}

/** "kl. 08.30" in Norwegian, as Språkrådet writes clock times; "08:30" in English. */
export function formatTime(time: string, lang: DocumentLang): string {
  return lang === 'en' ? time : time.replace(':', '.');
}

function clock(time: string, lang: DocumentLang): string {
  return lang === 'en' ? time : `kl. ${formatTime(time, lang)}`;
}

/**
 * A span of days written the way a reader says it: "1.–15. mars 2026",
 * "1. august – 30. desember 2026", "1. august 2026 – 30. juni 2027". With one end left
 * out, `missing` stands in for it, so the end that is known still shows.
 */
export function formatPeriod(from: unknown, to: unknown, lang: DocumentLang, missing?: string): string | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a && !b) return undefined;
  if (!a || !b) return missing === undefined ? undefined : a ? `${formatDate(from, lang)} – ${missing}` : `${missing} – ${formatDate(to, lang)}`;
  if (a.year !== b.year) return `${dayMonth(a, lang)} ${a.year} – ${dayMonth(b, lang)} ${b.year}`;
  if (a.month !== b.month) return `${dayMonth(a, lang)} – ${dayMonth(b, lang)} ${b.year}`;
  if (a.day === b.day) return `${dayMonth(a, lang)} ${a.year}`;
  const month = MONTHS[lang][a.month - 1]!;
  return lang === 'en' ? `${a.day}–${b.day} ${month} ${a.year}` : `${a.day}.–${b.day}. ${month} ${a.year}`;
}

function withWeekday(d: Parsed, lang: DocumentLang): string {
  return `${WEEKDAYS[lang][d.weekday]} ${dayMonth(d, lang)} ${d.year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * When a meeting takes place, weekday included because that is how people plan their
 * week: "Torsdag 24. september 2026, kl. 08.30–14.30".
 */
export function formatMeetingTime(start: unknown, end: unknown, lang: DocumentLang): string | undefined {
  const a = parseDate(start);
  if (!a) {
    const yearly = formatYearly(start, lang);
    return yearly && capitalise(yearly);
  }
  const b = parseDate(end);
  let out = withWeekday(a, lang);
  const sameDay = b && b.year === a.year && b.month === a.month && b.day === a.day;
  if (a.time && sameDay && b.time) out += `, ${clock(a.time, lang)}–${formatTime(b.time, lang)}`;
  else if (a.time) out += `, ${clock(a.time, lang)}`;
  if (b && !sameDay) out += ` – ${withWeekday(b, lang)}${b.time ? `, ${clock(b.time, lang)}` : ''}`;
  return capitalise(out);
}
