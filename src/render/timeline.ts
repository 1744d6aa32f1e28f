import { planFacts, type RowFact } from '../check/facts.js';
import { kindDefinition, type Kind } from '../kinds/index.js';
import { label, type DocumentLang } from '../messages/render-labels/index.js';
import { occurrences } from '../util/calendar.js';
import { dayOf } from '../util/dates.js';
import { MONTHS } from './format/dates.js';
import { mermaidGantt, type GanttSection } from './gantt.js';

/** Beyond four years a month grid is a wall of empty rows; a long-term plan is four. */
const MAX_MONTHS = 60;

interface Dated {
  row: RowFact;
  day: string;
  time: string | null;
}

/** Every day a task, goal or meeting falls on, a yearly date in each year of the period. */
function datedRows(rows: readonly RowFact[], period: { fra: string; til: string } | undefined): Dated[] {
  const out: Dated[] = [];
  for (const row of rows) {
    const time = (row.date && /T(\d{2}:\d{2})/.exec(row.date)?.[1]) || null;
    const days = row.date ? [dayOf(row.date)!] : row.yearly ? occurrences({ årlig: row.yearly }, period) : [];
    for (const day of days) out.push({ row, day, time });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? ''));
}

/** Plan text in a table cell: a `|` would end the cell and a line break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').trim();
}

const titleOf = (row: RowFact) => row.title ?? row.path;
/** A goal is a sentence; a chart has room for a few words of it. */
const short = (text: string) => ([...text].length > 40 ? `${[...text].slice(0, 39).join('')}…` : text);

function gantt(dated: readonly Dated[], lang: DocumentLang): string {
  const pick = (section: RowFact['section']) => dated.filter((d) => d.row.section === section);
  const sections: GanttSection[] = [
    { name: label(lang, 'timeline.tasks'), entries: pick('oppgaver').map((d) => ({ title: titleOf(d.row), start: d.day, done: d.row.status === 'fullført' })) },
    { name: label(lang, 'timeline.goals'), entries: pick('mål').map((d) => ({ title: d.row.id ?? short(titleOf(d.row)), start: d.day, milestone: true })) },
    { name: label(lang, 'timeline.meetings'), entries: pick('tidsplan').map((d) => ({ title: titleOf(d.row), start: d.day, milestone: true })) },
  ];
  return mermaidGantt(label(lang, 'timeline.title'), sections);
}

function monthsOf(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  while (months.length < MAX_MONTHS) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** One row per month of the period: the meetings, and the task and goal deadlines, by day. */
function monthGrid(dated: readonly Dated[], period: { fra: string; til: string } | undefined, lang: DocumentLang): string {
  const first = period?.fra ?? dated[0]?.day;
  const last = period?.til ?? dated.at(-1)?.day;
  if (!first || !last) return '';
  const lines = [`| ${label(lang, 'timeline.month')} | ${label(lang, 'timeline.meetings')} | ${label(lang, 'timeline.deadlines')} |`, '| --- | --- | --- |'];
  const dayLabel = (d: Dated) => `${Number(d.day.slice(8, 10))}.${d.time ? ` ${d.time.replace(':', '.')}` : ''}`;
  for (const month of monthsOf(first, last)) {
    const inMonth = dated.filter((d) => d.day.startsWith(month));
    const meetings = inMonth.filter((d) => d.row.section === 'tidsplan').map((d) => `${dayLabel(d)}: ${cell(titleOf(d.row))}`);
    const deadlines = inMonth.filter((d) => d.row.section !== 'tidsplan').map((d) => `${dayLabel(d)}: ${cell(d.row.section === 'mål' && d.row.id ? `${label(lang, 'timeline.goals')} ${d.row.id}` : titleOf(d.row))}`);
    const name = `${MONTHS[lang][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
    lines.push(`| ${name} | ${meetings.join('; ') || '–'} | ${deadlines.join('; ') || '–'} |`);
  }
  return lines.join('\n');
}

/**
 * The plan's timeline, appended to its document: a Mermaid `gantt` in Markdown (GitHub draws
 * it), a month grid in Word (which cannot). Empty when the plan has no dated rows.
 */
export function timelineSection(plan: Readonly<Record<string, unknown>>, kind: Kind, lang: DocumentLang, form: 'gantt' | 'grid'): string {
  const facts = planFacts(plan as Record<string, unknown>, kindDefinition(kind));
  const period = facts.period ?? undefined;
  const dated = datedRows(facts.rows, period);
  if (dated.length === 0) return '';
  const body = form === 'gantt' ? gantt(dated, lang) : monthGrid(dated, period, lang);
  return body ? `## ${label(lang, 'timeline.title')}\n\n${label(lang, 'timeline.lead')}\n\n${body}\n` : '';
}

/** A rendered document with its timeline after the last section. */
export function withTimeline(markdown: string, plan: Readonly<Record<string, unknown>>, kind: Kind, lang: DocumentLang, form: 'gantt' | 'grid'): string {
  const section = timelineSection(plan, kind, lang, form);
  return section ? `${markdown.trimEnd()}\n\n${section}` : markdown;
}
