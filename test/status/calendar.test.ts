import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/calendar/ics.js';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { planRepository, TODAY } from './repo.js';

let dir: string;
let cleanup: () => void;
let files: string[];

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  ({ files } = planRepository(dir));
});
afterAll(() => cleanup());

const calendar = async (args: string[] = []) => {
  const result = await runMain(['calendar', '.', '--today', TODAY, ...args], { cwd: dir });
  expect(result.code).toBe(0);
  return result.stdout;
};

/** The calendar as a real RFC 5545 parser reads it, with its time zone registered as a client would. */
function parsed(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const zone = root.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const todos = root.getAllSubcomponents('vtodo');
  return { root, events, todos };
}

/** Every meeting and every dated task and goal of the repository's plans, counted from the YAML itself. */
function datedRows(files: readonly string[]): { meetings: number; deadlines: number } {
  let meetings = 0;
  let deadlines = 0;
  const dated = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) || (typeof value === 'object' && value !== null && 'årlig' in value);
  for (const file of files) {
    const plan = parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, Array<Record<string, unknown>> | undefined>;
    meetings += (plan['tidsplan'] ?? []).filter((row) => dated(row['dato'])).length;
    for (const key of ['oppgaver', 'mål']) deadlines += (plan[key] ?? []).filter((row) => dated(row['frist'])).length;
  }
  return { meetings, deadlines };
}

describe('dekom calendar', () => {
  it('holds every meeting and every dated deadline of the plans, read back by ical.js', async () => {
    const text = await calendar();
    const { root, events, todos } = parsed(text);
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(todos).toHaveLength(0);
    const { meetings, deadlines } = datedRows(files);
    expect(meetings).toBeGreaterThan(5);
    expect(events).toHaveLength(meetings + deadlines);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('puts a meeting at its Oslo time, with its end, place and owner', async () => {
    const { events } = parsed(await calendar());
    const meeting = events.find((event) => event.summary === 'Nettverkssamling 4')!;
    expect(meeting.startDate.toJSDate().toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(meeting.endDate.toJSDate().toISOString()).toBe('2026-12-03T14:00:00.000Z');
    expect(meeting.location).toBe('Valle skule');
    expect(meeting.description).toMatch(/Ansvarlig: Sigrid Myklebust/);
    // In summer Oslo is two hours ahead: the zone's rules are there, not a fixed offset.
    const summer = events.find((event) => event.startDate.month === 8 && !event.startDate.isDate)!;
    expect(summer.startDate.toJSDate().getUTCHours()).toBe(summer.startDate.hour - 2);
  });

  it('makes deadlines all-day events, and a yearly one a yearly rule within the period', async () => {
    const { events } = parsed(await calendar());
    const deadline = events.find((event) => event.summary === 'Frist: Rapport til skoleeierne')!;
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe('2026-10-15');
    const yearly = events.find((event) => event.summary === 'Frist: Rapport til kommunestyret')!;
    expect(yearly.isRecurring()).toBe(true);
    const days: string[] = [];
    const iterator = yearly.iterator();
    for (let next = iterator.next(); next && days.length < 10; next = iterator.next()) days.push(next.toString());
    expect(days).toEqual(['2026-12-01', '2027-12-01']);
  });

  it('with --todo writes deadlines as to-dos with their status, meetings still as events', async () => {
    const { events, todos } = parsed(await calendar(['--todo']));
    expect(todos.length).toBeGreaterThan(10);
    expect(events.every((event) => !event.summary.startsWith('Frist'))).toBe(true);
    const done = todos.find((todo) => todo.getFirstPropertyValue('summary') === 'Frist: Rapport til skoleeierne')!;
    expect(done.getFirstPropertyValue('status')).toBe('IN-PROCESS');
    expect(String(done.getFirstPropertyValue('due'))).toBe('2026-10-15');
  });

  it('keeps every UID across two runs and when lines and rows are inserted in a plan', async () => {
    const uids = (text: string) => new Map(parsed(text).events.map((event) => [event.summary + event.startDate.toString(), event.uid]));
    const first = uids(await calendar());
    expect(uids(await calendar())).toEqual(first);
    const file = path.join(dir, 'agder/nettverk-setesdal.yaml');
    const original = readFileSync(file, 'utf8');
    try {
      const edited = original
        .replace(/^organisasjon:/m, '# Ny kommentar øverst\norganisasjon:')
        .replace(/^oppgaver:\n/m, 'oppgaver:\n  - oppgave: En ny første oppgave\n    beskrivelse: Satt inn.\n    ansvarlig: Sigrid Myklebust\n    frist: 2026-12-10\n');
      writeFileSync(file, edited);
      const after = uids(await calendar());
      expect(after.size).toBe(first.size + 1);
      for (const [key, uid] of first) expect([key, after.get(key)]).toEqual([key, uid]);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('with --for keeps only what the person answers for', async () => {
    const { events } = parsed(await calendar(['--for', 'Kari Nordmann']));
    expect(events.map((event) => event.summary).sort()).toEqual(['Frist: Kartlegging av lesing', 'Frist: Rapport til kommunestyret']);
  });

  it('writes a file with -o, says what it wrote, and does not overwrite without --force', async () => {
    const result = await runMain(['calendar', '.', '--today', TODAY, '-o', 'planer.ics'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Skrev \d+ hendelser og 0 gjøremål fra 12 planer til planer\.ics\.\n$/);
    const text = readFileSync(path.join(dir, 'planer.ics'), 'utf8');
    expect(parsed(text).events.length).toBeGreaterThan(0);
    const again = await runMain(['calendar', '.', '-o', 'planer.ics'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect((await runMain(['calendar', '.', '-o', 'planer.ics', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('follows RFC 5545 to the octet: CRLF, lines of at most 75 octets, text escaped', async () => {
    const text = await calendar();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(escapeText('a, b; c\\d\nny')).toBe('a\\, b\\; c\\\\d\\nny');
    const long = `DESCRIPTION:${'æ'.repeat(100)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    // A title with a comma and a semicolon comes back as written.
    const { events } = parsed(text);
    expect(events.some((event) => event.description.includes('Kvinesdal skole; ungdomstrinnet'))).toBe(true);
  });
});
