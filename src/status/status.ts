import type { PlanFacts, RowFact, RowSection } from '../check/facts.js';
import { checkPaths, type RunOptions } from '../check/run.js';
import type { FileResult, Report } from '../check/types.js';
import { occurrences } from '../util/calendar.js';
import { dayOf } from '../util/dates.js';
import { personIn } from './people.js';

export const TASK_STATES = ['planlagt', 'pågår', 'fullført', 'avlyst'] as const;
export type TaskState = (typeof TASK_STATES)[number];
const CLOSED: ReadonlySet<string> = new Set(['fullført', 'avlyst']);

/** A task, goal or meeting on its day: overdue, or coming up within `--innen` days. */
export interface StatusItem {
  section: RowSection;
  /** `oppgaver[2]`, as problems name the row. */
  row: string;
  title: string | null;
  owner: string | null;
  /** The day it falls on (a yearly date's next or last day in the period). */
  date: string;
  /** A meeting's time of day, `HH:MM`, when it has one. */
  time: string | null;
  status: string | null;
  /** Days from today: negative when overdue. */
  days: number;
}

/** How much of one section is filled in, for the emptiest sections of a plan. */
export interface SectionShare {
  key: string;
  title: string;
  completeness: number;
}

/** One row of `dekom status`: one plan, whether it has problems or not. */
export interface StatusRow {
  file: string;
  type: string | null;
  title: string | null;
  organisation: string | null;
  schemes: string[];
  period: { fra: string; til: string } | null;
  network: string | null;
  completeness: number;
  /** Up to three sections below complete, emptiest first. */
  emptiest: SectionShare[];
  errors: number;
  warnings: number;
  tasks: Record<TaskState, number>;
  overdue: StatusItem[];
  upcoming: StatusItem[];
}

export interface StatusSummary {
  plans: number;
  errors: number;
  warnings: number;
  tasks: Record<TaskState, number>;
  overdue: number;
  upcoming: number;
}

/** `dekom status --format json`: documented in docs/status.md, `version` raised on any breaking change. */
export interface StatusReport {
  version: 1;
  today: string;
  within: number;
  for: string | null;
  plans: StatusRow[];
  summary: StatusSummary;
}

export interface StatusSettings {
  today: string;
  /** How many days ahead count as coming up (`--innen`). */
  within: number;
  /** Keep only what this person or partner answers for (`--for`). */
  for?: string;
}

const MAX_EMPTIEST = 3;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysFrom(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

function timeOf(date: string | null): string | null {
  return (date && /T(\d{2}:\d{2})/.exec(date)?.[1]) || null;
}

/** The days a row falls on: its date once, or a yearly date in each year of the period. */
function daysOf(row: RowFact, facts: PlanFacts): string[] {
  if (row.date) return [dayOf(row.date)!];
  if (row.yearly) return occurrences({ årlig: row.yearly }, facts.period ?? undefined);
  return [];
}

function item(row: RowFact, date: string, today: string): StatusItem {
  return { section: row.section, row: row.path, title: row.title, owner: row.owner, date, time: timeOf(row.date), status: row.status, days: daysFrom(today, date) };
}

/**
 * A task is overdue as the `overdue` rule says: open, with its deadline before today; a
 * yearly deadline only once no day of it is left in the period.
 */
function overdueOf(row: RowFact, days: readonly string[], today: string): string | undefined {
  if (row.section !== 'oppgaver' || CLOSED.has(row.status ?? '')) return undefined;
  if (row.yearly && days.some((day) => day >= today)) return undefined;
  const last = days.at(-1);
  return last !== undefined && last < today ? last : undefined;
}

function byDate(a: StatusItem, b: StatusItem): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.row.localeCompare(b.row);
}

function emptyTasks(): Record<TaskState, number> {
  return { planlagt: 0, pågår: 0, fullført: 0, avlyst: 0 };
}

/** One plan's row; undefined when `--for` names someone the plan does not mention. */
export function statusRow(file: FileResult, settings: StatusSettings): StatusRow | undefined {
  const facts = file.facts;
  const person = settings.for === undefined ? undefined : personIn(facts, settings.for);
  const rows = (facts?.rows ?? []).filter((row) => !person || person.owns(row.owner));
  if (person && !person.inPlan && rows.length === 0) return undefined;
  const horizon = addDays(settings.today, settings.within);
  const tasks = emptyTasks();
  const overdue: StatusItem[] = [];
  const upcoming: StatusItem[] = [];
  for (const row of rows) {
    if (row.section === 'oppgaver' && row.status && Object.hasOwn(tasks, row.status)) tasks[row.status as TaskState]++;
    const days = daysOf(row, facts!);
    const late = overdueOf(row, days, settings.today);
    if (late) {
      overdue.push(item(row, late, settings.today));
      continue;
    }
    if (row.section !== 'tidsplan' && CLOSED.has(row.status ?? '')) continue;
    const next = days.find((day) => day >= settings.today);
    if (next && next <= horizon) upcoming.push(item(row, next, settings.today));
  }
  const emptiest = (file.sections ?? [])
    .filter((section) => section.completeness < 1)
    .sort((a, b) => a.completeness - b.completeness)
    .slice(0, MAX_EMPTIEST)
    .map(({ key, title, completeness }) => ({ key, title, completeness }));
  return {
    file: file.file,
    type: file.type,
    title: facts?.title ?? null,
    organisation: facts?.organisation ?? null,
    schemes: facts?.schemes ?? [],
    period: facts?.period ?? null,
    network: facts?.network ?? null,
    completeness: file.completeness,
    emptiest,
    errors: file.problems.filter((p) => p.severity === 'error').length,
    warnings: file.problems.filter((p) => p.severity === 'warning').length,
    tasks,
    overdue: overdue.sort(byDate),
    upcoming: upcoming.sort(byDate),
  };
}

/** The status of every plan of a check report, in the report's order. */
export function statusOf(report: Report, settings: StatusSettings): StatusReport {
  const plans = report.files.flatMap((file) => statusRow(file, settings) ?? []);
  const tasks = emptyTasks();
  for (const plan of plans) for (const state of TASK_STATES) tasks[state] += plan.tasks[state];
  const sum = (pick: (plan: StatusRow) => number) => plans.reduce((total, plan) => total + pick(plan), 0);
  return {
    version: 1,
    today: settings.today,
    within: settings.within,
    for: settings.for ?? null,
    plans,
    summary: {
      plans: plans.length,
      errors: sum((plan) => plan.errors),
      warnings: sum((plan) => plan.warnings),
      tasks,
      overdue: sum((plan) => plan.overdue.length),
      upcoming: sum((plan) => plan.upcoming.length),
    },
  };
}

/**
 * `dekom status` as a library call: the plans found and checked exactly as `check` finds and
 * checks them (config, cache, threads), then one row each.
 */
export async function planStatus(inputs: readonly string[], options: RunOptions & StatusSettings): Promise<StatusReport> {
  const report = await checkPaths(inputs, options);
  return statusOf(report, options);
}
