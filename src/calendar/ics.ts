import { createHash } from 'node:crypto';
import type { PlanFacts, RowFact } from '../check/facts.js';
import type { FileResult } from '../check/types.js';
import type { Lang } from '../messages/catalogue.js';
import { statusText } from '../messages/status.js';
import { personIn } from '../status/people.js';
import { occurrences } from '../util/calendar.js';
import { dayOf } from '../util/dates.js';

export interface CalendarOptions {
  lang: Lang;
  /** Deadlines as to-dos (VTODO) instead of all-day events. */
  todo?: boolean;
  /** Only what this person or partner answers for, as `status --for`. */
  for?: string;
  /** DTSTAMP, `YYYYMMDDTHHMMSSZ`: the moment the file is written. */
  stamp: string;
  /** The dekom version, in PRODID. */
  version: string;
}

const TZID = 'Europe/Oslo';

/** Norway's rules since 1996: summer time from the last Sunday of March to the last of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside
 * a UTF-8 character (an æ is two octets).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const localTime = (dateTime: string) => `${compactDay(dateTime.slice(0, 10))}T${dateTime.slice(11, 13)}${dateTime.slice(14, 16)}${dateTime.length >= 19 ? dateTime.slice(17, 19) : '00'}`;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const hasTime = (date: string | null): date is string => date !== null && date.includes('T');

/** What stays the same about a plan when its lines move: its kind, whose it is and its title. */
function planIdentity(file: FileResult, facts: PlanFacts): string {
  return [file.type ?? '', facts.organisation ?? '', facts.title ?? ''].join('\u0000') || file.file;
}

/**
 * A UID from the plan and the row, not from their position: a row's own id, else its title,
 * with a count for rows of the same title, so inserting a line or another row elsewhere
 * changes no UID and importing again updates the events instead of doubling them.
 */
function uidsFor(file: FileResult, facts: PlanFacts): Map<RowFact, string> {
  const seen = new Map<string, number>();
  const out = new Map<RowFact, string>();
  const plan = planIdentity(file, facts);
  for (const row of facts.rows) {
    const key = `${row.section}\u0000${row.id ?? row.title ?? ''}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const hash = createHash('sha256').update(`${plan}\u0000${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
    out.set(row, `${hash}@dekom`);
  }
  return out;
}

const TODO_STATUS: Record<string, string> = { planlagt: 'NEEDS-ACTION', pågår: 'IN-PROCESS', fullført: 'COMPLETED', avlyst: 'CANCELLED' };

function describe(row: RowFact, facts: PlanFacts, lang: Lang): string {
  const lines: string[] = [];
  if (row.content && row.content !== row.title) lines.push(row.content);
  if (row.owner) lines.push(`${statusText(lang, 'col.owner')}: ${row.owner}`);
  if (row.status) lines.push(`Status: ${row.status}`);
  const plan = [facts.title, facts.organisation].filter(Boolean).join(' – ');
  if (plan) lines.push(`${statusText(lang, 'col.plan')}: ${plan}`);
  return lines.join('\n');
}

function summaryOf(row: RowFact, lang: Lang): string {
  const title = row.title ?? row.path;
  if (row.section === 'tidsplan') return title;
  const deadline = lang === 'en' ? 'Deadline' : 'Frist';
  if (row.section === 'oppgaver') return `${deadline}: ${title}`;
  const goal = `${statusText(lang, 'section.mål')}${row.id ? ` ${row.id}` : ''}`;
  return `${deadline} ${lang === 'en' ? 'for' : 'for'} ${goal}: ${title}`;
}

/** The start (and end) of a row, and its rule when it comes back every year; undefined when it has no day. */
function when(row: RowFact, facts: PlanFacts, todo: boolean): string[] | undefined {
  const period = facts.period ?? undefined;
  const start = row.date ?? (row.yearly ? occurrences({ årlig: row.yearly }, period)[0] : undefined);
  if (!start || !dayOf(start)) return undefined;
  const lines: string[] = [];
  const dateProperty = todo && row.section !== 'tidsplan' ? 'DUE' : 'DTSTART';
  if (row.section === 'tidsplan' && hasTime(start)) {
    lines.push(`DTSTART;TZID=${TZID}:${localTime(start)}`);
    if (hasTime(row.end ?? null) && row.end! > start) lines.push(`DTEND;TZID=${TZID}:${localTime(row.end!)}`);
  } else {
    const day = dayOf(start)!;
    // A to-do that recurs needs a DTSTART for its rule to count from.
    if (dateProperty === 'DUE' && row.yearly) lines.push(`DTSTART;VALUE=DATE:${compactDay(day)}`);
    lines.push(`${dateProperty};VALUE=DATE:${compactDay(day)}`);
    const last = row.end && dayOf(row.end) && dayOf(row.end)! > day ? dayOf(row.end)! : day;
    if (dateProperty === 'DTSTART') lines.push(`DTEND;VALUE=DATE:${compactDay(nextDay(last))}`);
  }
  if (row.yearly) lines.push(period ? `RRULE:FREQ=YEARLY;UNTIL=${compactDay(period.til)}` : 'RRULE:FREQ=YEARLY');
  return lines;
}

function component(row: RowFact, uid: string, facts: PlanFacts, options: CalendarOptions): string[] | undefined {
  const todo = options.todo === true && row.section !== 'tidsplan';
  const dates = when(row, facts, todo);
  if (!dates) return undefined;
  const name = todo ? 'VTODO' : 'VEVENT';
  const lines = [`BEGIN:${name}`, `UID:${uid}`, `DTSTAMP:${options.stamp}`, ...dates, `SUMMARY:${escapeText(summaryOf(row, options.lang))}`];
  if (row.place) lines.push(`LOCATION:${escapeText(row.place)}`);
  const description = describe(row, facts, options.lang);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (todo && row.status && TODO_STATUS[row.status]) lines.push(`STATUS:${TODO_STATUS[row.status]}`);
  else if (!todo && row.status === 'avlyst') lines.push('STATUS:CANCELLED');
  else if (!todo && row.section === 'tidsplan') lines.push('STATUS:CONFIRMED');
  if (!todo && row.section !== 'tidsplan') lines.push('TRANSP:TRANSPARENT');
  if (row.owner) lines.push(`X-DEKOM-OWNER:${escapeText(row.owner)}`);
  lines.push(`END:${name}`);
  return lines;
}

/** How many events and to-dos a calendar holds, for the line `calendar` prints. */
export interface Calendar {
  text: string;
  events: number;
  todos: number;
}

/**
 * The meetings and the task and goal deadlines of the plans as one iCalendar file
 * (RFC 5545), with CRLF lines folded at 75 octets and the Oslo time zone defined in it.
 */
export function calendarOf(files: readonly FileResult[], options: CalendarOptions): Calendar {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//dekom//dekom ${options.version}//${options.lang.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const names = files.flatMap((file) => (file.facts?.organisation ? [file.facts.organisation] : []));
  lines.push(`X-WR-CALNAME:${escapeText(names.length === 1 ? names[0]! : `dekom: ${names.length} ${options.lang === 'en' ? 'plans' : 'planer'}`)}`, `X-WR-TIMEZONE:${TZID}`, ...VTIMEZONE);
  let events = 0;
  let todos = 0;
  const used = new Set<string>();
  for (const file of files) {
    const facts = file.facts;
    if (!facts) continue;
    const person = options.for === undefined ? undefined : personIn(facts, options.for);
    const uids = uidsFor(file, facts);
    for (const row of facts.rows) {
      if (person && !person.owns(row.owner)) continue;
      let uid = uids.get(row)!;
      // Two plans of the same kind, organisation and title: the second's rows are told apart by file.
      if (used.has(uid)) uid = `${createHash('sha256').update(`${file.file}\u0000${uid}`).digest('hex').slice(0, 32)}@dekom`;
      used.add(uid);
      const part = component(row, uid, facts, options);
      if (!part) continue;
      if (part[0] === 'BEGIN:VTODO') todos++;
      else events++;
      lines.push(...part);
    }
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, events, todos };
}
