import { formatPath, type Path } from '../load/source.js';
import { isRecord } from '../model/walk.js';
import { periodFrom, type Period } from '../util/calendar.js';
import { findPlaceholder } from './placeholders.js';
import { rowLabel } from '../model/readable-path.js';
import { goals } from '../kinds/parts/goals.js';
import { tasks } from '../kinds/parts/tasks.js';
import { meetings } from '../kinds/parts/meetings.js';
import { partners } from '../kinds/parts/partners.js';
import type { Field } from '../model/define.js';
import type { MessageLang } from './types.js';

/** The lists rules name rows of, with the nouns their rows are counted by. */
const SHARED_ROWS: readonly Field[] = [goals, tasks, meetings, partners];

export { dayOf, daysBetween } from '../util/dates.js';

export { isRecord };

/** Missing, null, whitespace-only text or an empty list: nothing an author wrote. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Filled in: not blank and not template text. */
export function isFilled(value: unknown): boolean {
  return !isBlank(value) && findPlaceholder(value) === undefined;
}

export interface Row {
  row: Record<string, unknown>;
  path: Path;
  index: number;
}

/** How a row is named in messages: its title when it has one, else its number in words ("Oppgave nr. 3"). */
export function rowName(row: Record<string, unknown>, key: string, path: Path, lang: MessageLang = 'nb'): string {
  const title = row[key];
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  const list = SHARED_ROWS.find((part) => part.key === path[0]);
  const index = path[1];
  if (!list || list.value.type !== 'rows' || typeof index !== 'number' || path.length !== 2) return formatPath(path);
  return rowLabel(list.value, undefined, index, lang);
}

/** The mapping rows of a top-level list such as `oppgaver`, with their paths. */
export function rows(plan: Record<string, unknown>, key: string): Row[] {
  const list = plan[key];
  if (!Array.isArray(list)) return [];
  const out: Row[] = [];
  list.forEach((row, index) => {
    if (isRecord(row)) out.push({ row, path: [key, index], index });
  });
  return out;
}


/** The plan period, as two days in order: from `{fra, til}` or from words (`skoleåret 2025/26`). */
export function periodOf(plan: Record<string, unknown>): Period | undefined {
  return periodFrom(plan['periode']);
}

/** A partner's roles: its `roller`, else its one `rolle`. */
export function rolesOf(row: Record<string, unknown>): Set<string> {
  const roles = new Set<string>();
  if (Array.isArray(row['roller'])) for (const role of row['roller']) if (typeof role === 'string') roles.add(role);
  if (typeof row['rolle'] === 'string') roles.add(row['rolle']);
  return roles;
}

/** Whether some partner of the plan has one of these roles. */
export function hasPartner(plan: Record<string, unknown>, roles: readonly string[]): boolean {
  return rows(plan, 'parter').some(({ row }) => roles.some((role) => rolesOf(row).has(role)));
}

/** Whether any text of the plan matches, for rules that accept a mention anywhere. */
export function mentions(plan: Record<string, unknown>, pattern: RegExp): boolean {
  return eachText(plan, (text) => pattern.test(text));
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * Calls `visit` with every text value in the data and its path, for rules that read prose;
 * `visit` returns true to stop early.
 */
export function eachText(value: unknown, visit: (text: string, path: Path) => boolean | void, path: Path = []): boolean {
  if (typeof value === 'string') return visit(value, path) === true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (eachText(value[i], visit, [...path, i])) return true;
  } else if (isRecord(value)) {
    for (const key in value) if (eachText(value[key], visit, [...path, key])) return true;
  }
  return false;
}

/** Text with its words in lower case and runs of space made one, for comparing names. */
export function normalName(value: unknown): string {
  return (textOf(value) ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether two names are one, the one written in full or not: "Gjøvik" and "Gjøvik kommune". */
export function sameName(a: unknown, b: unknown): boolean {
  const [x, y] = [normalName(a), normalName(b)];
  if (x === '' || y === '') return false;
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** An amount in whole kroner, or undefined where the value is not a number. */
export function kronerOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
}

/** A grant by year (`{2027: 400000}`) for one year, in whole kroner. */
export function grantIn(grants: unknown, year: unknown): number | undefined {
  if (!isRecord(grants) || (typeof year !== 'number' && typeof year !== 'string')) return undefined;
  return kronerOf(grants[String(year)]);
}

/** Whether a grant by year gives money for some year. */
export function isFunded(grants: unknown): boolean {
  return isRecord(grants) && Object.values(grants).some((amount) => (kronerOf(amount) ?? 0) > 0);
}

/** A value found at a path pattern, with the row it stands in when the pattern goes through a list. */
export interface Found {
  path: Path;
  value: unknown;
  row?: Record<string, unknown>;
  rowPath?: Path;
}

/**
 * The values at a path pattern such as `forankringsstrategi.milepæler[].dato`: one for each
 * row of each list on the way; mappings that are not there give nothing.
 */
export function valuesAt(plan: Record<string, unknown>, pattern: string): Found[] {
  let found: Found[] = [{ path: [], value: plan }];
  for (const part of pattern.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const next: Found[] = [];
    for (const { path, value, row, rowPath } of found) {
      if (!isRecord(value)) continue;
      const inner = value[key];
      if (!list) {
        next.push({ path: [...path, key], value: inner, ...(row ? { row, rowPath: rowPath! } : {}) });
        continue;
      }
      if (!Array.isArray(inner)) continue;
      inner.forEach((item, index) => {
        if (isRecord(item)) next.push({ path: [...path, key, index], value: item, row: item, rowPath: [...path, key, index] });
      });
    }
    found = next;
  }
  return found.filter(({ value }) => value !== undefined);
}
